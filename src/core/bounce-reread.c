/* bounce-reread.c
 *
 * A batch of a hundred thousand messages keeps no reports (that would be
 * gigabytes); it keeps where each message came from and reads it again
 * when someone wants its full verdict. Each function here takes the same
 * path through the analyzer as the first reading did, so the report is the
 * same, and gives it the source and number the first reading gave it:
 *
 *  - bounce_reread_slice(): a message of an mbox read with
 *    bounce_analyzer_analyze_stream(), at the offset bounce-mbox-stream.h
 *    noted. The analyzer reads each message of an mbox as if it were given
 *    alone, "From " line included, which bounce_analyzer_analyze_bytes()
 *    does: reading it again costs one message, however large the mbox.
 *  - bounce_reread_stream(): the @position-th message of a file read with
 *    bounce_analyzer_analyze_stream() (a single message, or an mbox message
 *    that is no plain slice of it), reading the file from the start.
 *  - bounce_reread_file(): the same for a file read with
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
 * @file: the mbox
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
 *   file cannot be read
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
  g_autoptr(GBytes) bytes = NULL;
  g_autofree guint8 *data = NULL;
  gsize n_read = 0;

  g_return_val_if_fail (BOUNCE_IS_ANALYZER (analyzer), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (offset >= 0 && length >= 0, NULL);

  /* Too large to analyse: the analyzer says so from the size alone, and
   * only a whole reading gives it that size without holding the bytes. */
  if ((guint64) length > bounce_analyzer_get_max_size (analyzer))
    return bounce_reread_stream (analyzer, file, source, index, index, cancellable, error);

  if (!(stream = g_file_read (file, cancellable, error)) ||
      !g_seekable_seek (G_SEEKABLE (stream), offset, G_SEEK_SET, cancellable, error))
    return NULL;

  data = g_malloc (MAX (length, 1));
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), data, length, &n_read, cancellable, error))
    return NULL;
  if (n_read < (gsize) length)
    return not_found (file, index, error);

  bytes = g_bytes_new_take (g_steal_pointer (&data), length);

  return renumber (bounce_analyzer_analyze_bytes (analyzer, bytes, source), source, index);
}

/**
 * bounce_reread_stream:
 * @analyzer: a #BounceAnalyzer
 * @file: the file
 * @source: (nullable): the report's source, as the first reading had it
 * @position: which message of the file, from 1
 * @index: the report's number, as the first reading had it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @file with bounce_analyzer_analyze_stream() up to message
 * @position. Blocks: call it from a worker thread.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
BounceReport *
bounce_reread_stream (BounceAnalyzer  *analyzer,
                      GFile           *file,
                      const char      *source,
                      guint            position,
                      guint            index,
                      GCancellable    *cancellable,
                      GError         **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  Wanted wanted = { position, 0, NULL };

  g_return_val_if_fail (BOUNCE_IS_ANALYZER (analyzer), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(stream = g_file_read (file, cancellable, error)))
    return NULL;

  if (!bounce_analyzer_analyze_stream (analyzer, G_INPUT_STREAM (stream), source,
                                       wanted_cb, &wanted, cancellable, error))
    {
      g_clear_object (&wanted.report);
      return NULL;
    }

  if (wanted.report == NULL)
    return not_found (file, position, error);

  return renumber (wanted.report, source, index);
}

/**
 * bounce_reread_file:
 * @analyzer: a #BounceAnalyzer
 * @file: a file of a folder (a message or an mbox)
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
