/* bounce-reread.c
 *
 * A batch of a hundred thousand messages keeps no reports (that would be
 * gigabytes); it keeps where each message came from and reads it again
 * when someone wants its full verdict. Each function here takes the same
 * path through the analyzer as the first reading did, so the report is the
 * same, and gives it the source and number the first reading gave it:
 *
 *  - bounce_reread_slice(): a message of a file read with
 *    bounce_analyzer_analyze_stream(), or of an mbox in a folder, at the
 *    bytes its report noted (bounce_report_get_byte_range()). The analyzer
 *    reads from there as a stream and stops after that message: reading it
 *    again costs one message, however large the mbox, and takes the same
 *    path as the first reading (pasted text, size limit, mbox or not).
 *  - bounce_reread_file(): the @position-th message of a file read with
 *    bounce_analyzer_analyze_file(), as the files of a folder are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-analyzer.h"
#include "bounce-report-private.h"
#include "bounce-reread.h"

typedef struct
{
  guint         position;
  guint         seen;
  BounceReport *report;
} Wanted;

/* The number and source the first reading gave. */
static BounceReport *
renumber (BounceReport *report,
          const char   *source,
          guint         index)
{
  report->index = index;
  if (source != NULL && g_strcmp0 (report->source, source) != 0)
    {
      g_free (report->source);
      report->source = g_strdup (source);
    }

  return report;
}

static gboolean
wanted_cb (BounceReport *report,
           gpointer      user_data)
{
  Wanted *wanted = user_data;

  if (++wanted->seen < wanted->position)
    return TRUE;

  wanted->report = g_object_ref (report);

  return FALSE;
}

static BounceReport *
not_found (GFile   *file,
           guint    position,
           GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               /* Translators: "Message 12 of “bounces.mbox” is no longer there" */
               _("Message %u of “%s” is no longer there"), position, name);

  return NULL;
}

/**
 * bounce_reread_slice:
 * @analyzer: a #BounceAnalyzer
 * @file: the file
 * @source: (nullable): the report's source, as the first reading had it
 * @offset: where the message starts, its "From " line included
 * @length: its length in bytes
 * @index: the report's number, as the first reading had it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Blocks: call it from a worker thread.
 *
 * Returns: (transfer full): the report, or %NULL with @error set when the
 *   file cannot be read or no longer has a message of @length bytes there
 */
BounceReport *
bounce_reread_slice (BounceAnalyzer  *analyzer,
                     GFile           *file,
                     const char      *source,
                     goffset          offset,
                     goffset          length,
                     guint            index,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(BounceReport) report = NULL;
  Wanted wanted = { 1, 0, NULL };
  goffset found_length = -1;

  g_return_val_if_fail (BOUNCE_IS_ANALYZER (analyzer), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (offset >= 0 && length >= 0, NULL);

  if (!(stream = g_file_read (file, cancellable, error)) ||
      !g_seekable_seek (G_SEEKABLE (stream), offset, G_SEEK_SET, cancellable, error))
    return NULL;

  /* The message ends where the analyzer sees the next one start. */
  if (!bounce_analyzer_analyze_stream (analyzer, G_INPUT_STREAM (stream), source,
                                       wanted_cb, &wanted, cancellable, error))
    {
      g_clear_object (&wanted.report);
      return NULL;
    }
  report = g_steal_pointer (&wanted.report);

  /* Other bytes there: the file changed since. */
  if (report == NULL || !bounce_report_get_byte_range (report, NULL, &found_length) ||
      found_length != length)
    return not_found (file, index, error);

  /* The offset the first reading counted. */
  _bounce_report_set_byte_range (report, offset, length);

  return renumber (g_steal_pointer (&report), source, index);
}

/**
 * bounce_reread_file:
 * @analyzer: a #BounceAnalyzer
 * @file: a file of a folder
 * @source: (nullable): the report's source, as the first reading had it
 * @position: which message of the file, from 1
 * @index: the report's number, as the first reading had it (counted
 *   across the folder)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @file with bounce_analyzer_analyze_file() up to message
 * @position. Blocks: call it from a worker thread.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
BounceReport *
bounce_reread_file (BounceAnalyzer  *analyzer,
                    GFile           *file,
                    const char      *source,
                    guint            position,
                    guint            index,
                    GCancellable    *cancellable,
                    GError         **error)
{
  Wanted wanted = { position, 0, NULL };
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (BOUNCE_IS_ANALYZER (analyzer), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Stopping at the wanted message is no failure. */
  bounce_analyzer_analyze_file (analyzer, file, wanted_cb, &wanted, cancellable, &local_error);

  if (wanted.report != NULL)
    return renumber (wanted.report, source, index);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return not_found (file, position, error);
}
