/* bounce-export.c
 *
 * Exports stream into a GFileOutputStream from g_file_replace(): GIO writes
 * a temporary file next to the target and renames it over the target when
 * the stream is closed, so a reader never sees half a file. When anything
 * fails the stream is closed with a cancelled cancellable, which makes GIO
 * drop the temporary file and leave the old one alone. BounceExportWriter
 * does that for a caller that has its reports one at a time;
 * bounce_export_write() for a caller that has them all.
 *
 * The reports are only read here; they are immutable once the engine has
 * made them, so a worker thread may read them while the main thread shows
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bounce-csv.h"
#include "bounce-export.h"
#include "bounce-json.h"
#include "bounce-record.h"
#include "bounce-report.h"

/* Write in chunks of about this size: the output of 100,000 messages never sits in memory. */
#define CHUNK_SIZE (256 * 1024)

typedef struct
{
  GFile              *file;
  GPtrArray          *reports;
  char              **addresses;
  BounceExportFormat  format;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_clear_object (&export->file);
  g_clear_pointer (&export->reports, g_ptr_array_unref);
  g_clear_pointer (&export->addresses, g_strfreev);
  g_free (export);
}

static void
append_node (GString       *out,
             JsonGenerator *generator,
             JsonNode      *node,
             gboolean      *first)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);
  g_string_append (out, *first ? "\n  " : ",\n  ");
  g_string_append_len (out, text, length);
  *first = FALSE;
}

/**
 * bounce_export_append_json_report:
 * @out: where the text goes
 * @generator: a compact #JsonGenerator, reused between calls
 * @report: the report of one message
 * @first: (inout): %TRUE before the first element of the array; updated
 *
 * Appends the array elements of @report (the objects of bounce-json.h: one
 * per record of a bounce, else one, or an error object), each preceded by
 * the separator the position in the array needs. The caller writes "[" before
 * the first and "\n]\n" after the last.
 */
void
bounce_export_append_json_report (GString       *out,
                                  JsonGenerator *generator,
                                  BounceReport  *report,
                                  gboolean      *first)
{
  guint n_records;

  g_return_if_fail (out != NULL);
  g_return_if_fail (JSON_IS_GENERATOR (generator));
  g_return_if_fail (BOUNCE_IS_REPORT (report));
  g_return_if_fail (first != NULL);

  n_records = bounce_report_get_n_records (report);

  if (bounce_report_get_error (report) != NULL)
    {
      g_autoptr(JsonNode) node = bounce_json_error_node (bounce_report_get_source (report),
                                                         bounce_report_get_index (report),
                                                         bounce_report_get_error (report));
      append_node (out, generator, node, first);
    }
  else if (!bounce_report_is_bounce (report) || n_records == 0)
    {
      g_autoptr(JsonNode) node = bounce_json_record_node (report, NULL);

      append_node (out, generator, node, first);
    }
  else
    {
      for (guint i = 0; i < n_records; i++)
        {
          BounceRecord *record = bounce_report_get_record (report, i);
          g_autoptr(JsonNode) node = bounce_json_record_node (report, record);

          append_node (out, generator, node, first);
        }
    }
}

struct _BounceExportWriter
{
  GFileOutputStream  *stream;
  GCancellable       *cancellable;
  GString            *out;
  JsonGenerator      *generator;   /* JSON only */
  BounceExportFormat  format;
  gboolean            first;       /* no JSON array element written yet */
  gboolean            closed;
};

static gboolean
writer_flush (BounceExportWriter  *writer,
              gboolean             force,
              GError             **error)
{
  if (writer->out->len == 0 || (!force && writer->out->len < CHUNK_SIZE))
    return TRUE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (writer->stream), writer->out->str,
                                  writer->out->len, NULL, writer->cancellable, error))
    return FALSE;

  g_string_truncate (writer->out, 0);

  return TRUE;
}

/**
 * bounce_export_writer_new:
 * @file: the file to create or replace
 * @format: what to write
 * @cancellable: (nullable): a #GCancellable, for every write
 * @error: return location for a #GError
 *
 * Starts writing @file, in chunks: a caller that reads its reports one
 * at a time (the batch view reading its inputs again) writes them as it
 * goes. @file keeps its old contents until bounce_export_writer_close()
 * succeeds; bounce_export_writer_free() without it leaves them alone.
 *
 * Returns: (transfer full) (nullable): the writer, or %NULL with @error set
 */
BounceExportWriter *
bounce_export_writer_new (GFile               *file,
                          BounceExportFormat   format,
                          GCancellable        *cancellable,
                          GError             **error)
{
  BounceExportWriter *writer;
  GFileOutputStream *stream;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (format <= BOUNCE_EXPORT_REMOVE_LIST, NULL);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, error);
  if (stream == NULL)
    return NULL;

  writer = g_new0 (BounceExportWriter, 1);
  writer->stream = stream;
  writer->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  writer->out = g_string_sized_new (CHUNK_SIZE + 4096);
  writer->format = format;
  writer->first = TRUE;

  if (format == BOUNCE_EXPORT_CSV)
    bounce_csv_append_header (writer->out);
  else if (format == BOUNCE_EXPORT_JSON)
    {
      writer->generator = json_generator_new ();
      g_string_append_c (writer->out, '[');
    }

  return writer;
}

/* Adds the rows (CSV) or array elements (JSON) of @report. */
gboolean
bounce_export_writer_add_report (BounceExportWriter  *writer,
                                 BounceReport        *report,
                                 GError             **error)
{
  g_return_val_if_fail (writer != NULL && !writer->closed, FALSE);
  g_return_val_if_fail (writer->format != BOUNCE_EXPORT_REMOVE_LIST, FALSE);

  if (writer->format == BOUNCE_EXPORT_CSV)
    bounce_csv_append_report (writer->out, report);
  else
    bounce_export_append_json_report (writer->out, writer->generator, report, &writer->first);

  return writer_flush (writer, FALSE, error);
}

/* Adds a line of the list of addresses. */
gboolean
bounce_export_writer_add_address (BounceExportWriter  *writer,
                                  const char          *address,
                                  GError             **error)
{
  g_return_val_if_fail (writer != NULL && !writer->closed, FALSE);
  g_return_val_if_fail (writer->format == BOUNCE_EXPORT_REMOVE_LIST, FALSE);

  g_string_append (writer->out, address);
  g_string_append_c (writer->out, '\n');

  return writer_flush (writer, FALSE, error);
}

/**
 * bounce_export_writer_close:
 * @writer: a #BounceExportWriter
 * @error: return location for a #GError
 *
 * Ends the file and puts it in place of the old one.
 *
 * Returns: %TRUE when the file holds the new contents
 */
gboolean
bounce_export_writer_close (BounceExportWriter  *writer,
                            GError             **error)
{
  g_return_val_if_fail (writer != NULL && !writer->closed, FALSE);

  if (writer->format == BOUNCE_EXPORT_JSON)
    g_string_append (writer->out, writer->first ? "]\n" : "\n]\n");

  if (!writer_flush (writer, TRUE, error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (writer->stream), writer->cancellable, error))
    return FALSE;

  writer->closed = TRUE;

  return TRUE;
}

void
bounce_export_writer_free (BounceExportWriter *writer)
{
  if (writer == NULL)
    return;

  /* Closing with a cancelled cancellable removes the temporary file
   * instead of moving it over the target. */
  if (!writer->closed)
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (writer->stream), abort, NULL);
    }

  g_object_unref (writer->stream);
  g_clear_object (&writer->cancellable);
  g_string_free (writer->out, TRUE);
  g_clear_object (&writer->generator);
  g_free (writer);
}

/**
 * bounce_export_write:
 * @file: the file to create or replace
 * @format: what to write
 * @reports: (nullable) (element-type BounceReport): the reports, for CSV and JSON
 * @addresses: (nullable) (array zero-terminated=1): the addresses, for the list
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @file atomically: on success it holds the new contents, on
 * failure (or cancellation) it is left as it was. Blocks: call it from a
 * worker thread, or use bounce_export_write_async().
 *
 * Returns: %TRUE on success
 */
gboolean
bounce_export_write (GFile               *file,
                     BounceExportFormat   format,
                     GPtrArray           *reports,
                     const char * const  *addresses,
                     GCancellable        *cancellable,
                     GError             **error)
{
  g_autoptr(BounceExportWriter) writer = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format <= BOUNCE_EXPORT_REMOVE_LIST, FALSE);

  writer = bounce_export_writer_new (file, format, cancellable, error);
  if (writer == NULL)
    return FALSE;

  if (format == BOUNCE_EXPORT_REMOVE_LIST)
    {
      for (guint i = 0; addresses != NULL && addresses[i] != NULL; i++)
        if (!bounce_export_writer_add_address (writer, addresses[i], error))
          return FALSE;
    }
  else
    {
      for (guint i = 0; reports != NULL && i < reports->len; i++)
        if (!bounce_export_writer_add_report (writer, g_ptr_array_index (reports, i), error))
          return FALSE;
    }

  return bounce_export_writer_close (writer, error);
}

static void
export_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *export = task_data;
  g_autoptr(GError) error = NULL;

  if (!bounce_export_write (export->file,
                            export->format,
                            export->reports,
                            (const char * const *)export->addresses,
                            cancellable,
                            &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * bounce_export_write_async:
 * @file: the file to create or replace
 * @format: what to write
 * @reports: (nullable) (element-type BounceReport): the reports, for CSV and
 *   JSON; the export takes a copy of the array, so it may grow meanwhile
 * @addresses: (nullable) (array zero-terminated=1): the addresses, for the list
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written
 * @user_data: closure data for @callback
 *
 * bounce_export_write() in a worker thread.
 */
void
bounce_export_write_async (GFile               *file,
                           BounceExportFormat   format,
                           GPtrArray           *reports,
                           const char * const  *addresses,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *export;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  export = g_new0 (ExportData, 1);
  export->file = g_object_ref (file);
  export->format = format;
  export->reports = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; reports != NULL && i < reports->len; i++)
    g_ptr_array_add (export->reports, g_object_ref (g_ptr_array_index (reports, i)));
  export->addresses = g_strdupv ((char **)addresses);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bounce_export_write_async);
  g_task_set_task_data (task, export, export_data_free);
  g_task_run_in_thread (task, export_worker);
}

gboolean
bounce_export_write_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
