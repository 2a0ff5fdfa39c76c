/* bounce-batch-model.c
 *
 * A worker thread reads the inputs message by message and groups the
 * reports, with the table rows made from them, into batches: a batch is
 * handed over every BATCH_SIZE messages or BATCH_INTERVAL, whichever comes
 * first. Batches travel through a GAsyncQueue; one idle source on the main
 * context drains it, with a time budget per main-loop iteration, and
 * appends each batch to the list of rows in one change. So the table
 * grows while the worker reads, and input and drawing are never held up.
 *
 * Cancelling stops the worker at the next message (the engine's callback
 * returns FALSE) and drops the batches not yet shown: what the user saw
 * when pressing Cancel is what stays.
 *
 * Memory stays flat however many messages there are: the worker turns each
 * report into compact rows and counts it into a small summary of its batch,
 * then drops it; the main thread merges the batch summaries. Each row
 * knows where its message is (for a message of an mbox or of a stream, the
 * bytes its report noted: bounce_report_get_byte_range()), so bounce_batch_model_read_report_async()
 * reads that one message again, and the exports read the inputs again in a
 * worker, up to the messages shown, writing as they go.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-batch-model.h"
#include "bounce-batch-row.h"
#include "bounce-reread.h"
#include "bounce-row-list.h"

#define BATCH_SIZE           200
/* The table builds widgets for its first couple of hundred rows as they
 * arrive; small batches until then keep each step short. */
#define FIRST_BATCH_SIZE     10
#define FIRST_ROWS           250
#define YOUNG_PAUSE_MSEC     40
/* At most this many rows in one splice. */
#define MAX_SPLICE_ROWS      5000
/* How often to look again while the view asks to hold new rows back. */
#define HOLD_RETRY_MSEC      50
#define BATCH_INTERVAL_USEC  (50 * 1000)
/* At most this long on the main thread per iteration, then let GTK draw. */
#define DRAIN_BUDGET_USEC    (8 * 1000)
/* Reports given all at once are split into batches of this size. */
#define ADD_BATCH_SIZE       500

typedef struct
{
  GFile    *file;
  char     *source;         /* as the reports name it */
  guint     n_messages;     /* shown, so far */
  gboolean  directory;
} Input;

typedef struct
{
  guint      generation;
  GPtrArray *reports;       /* BounceReport given by add_reports(), made into rows on the main thread */
  GPtrArray *rows;          /* BounceBatchRow */
  BounceSummary *summary;   /* the counts of this batch, made in the worker */
  GArray    *inputs;        /* guint: the input of each message */
  guint      n_read;        /* messages read so far, this batch included */
  double     fraction;
} Batch;

typedef struct
{
  /* Worker inputs */
  GPtrArray        *inputs;   /* Input, shared with the model: read-only here */
  BounceBatchModel *model;
  guint             generation;

  /* Worker state */
  Batch            *pending;
  BounceBatchAtoms *atoms;
  GSeekable        *seekable;  /* the input read as a stream, for the progress */
  goffset           size;
  guint             file_index;
  guint             n_read;
  guint             n_failed;
  gint64            last_flush;
  GCancellable     *cancellable;
} LoadData;

struct _BounceBatchModel
{
  GObject       parent_instance;

  /* Owned references */
  BounceRowList *rows;
  GPtrArray    *inputs;       /* Input, of the last load */
  GPtrArray    *reports;      /* BounceReport given by add_reports(), in memory anyway */
  BounceBatchAtoms *atoms;    /* for the rows of add_reports() */
  BounceSummary *summary;
  GMainContext *context;
  GAsyncQueue  *queue;        /* Batch, pushed by the worker */
  GTask        *task;         /* the running load */

  /* Main thread state */
  guint         generation;   /* bumped to drop batches of an older load */
  double        pending_fraction;
  guint         n_messages;
  guint         n_taken;      /* messages in the model */
  guint         n_failed;
  double        fraction;
  guint         loading : 1;
  guint         cancelled : 1;
  guint         worker_done : 1;
  guint         feeding : 1;  /* reports given by add_reports() still in the queue */
  guint         hold : 1;     /* the view is busy with the rows it has */

  /* Shared with the worker */
  gint          drain_scheduled;
};

G_DEFINE_FINAL_TYPE (BounceBatchModel, bounce_batch_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_MESSAGES,
  PROP_FRACTION,
  PROP_LOADING,
  PROP_CANCELLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean drain_cb (gpointer user_data);

static void
input_free (gpointer data)
{
  Input *input = data;

  g_clear_object (&input->file);
  g_clear_pointer (&input->source, g_free);
  g_free (input);
}

static Batch *
batch_new (guint generation)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->generation = generation;
  batch->reports = g_ptr_array_new_with_free_func (g_object_unref);
  batch->rows = g_ptr_array_new_with_free_func (g_object_unref);
  batch->inputs = g_array_new (FALSE, FALSE, sizeof (guint));

  return batch;
}

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  g_clear_pointer (&batch->reports, g_ptr_array_unref);
  g_clear_pointer (&batch->rows, g_ptr_array_unref);
  g_clear_pointer (&batch->inputs, g_array_unref);
  g_clear_object (&batch->summary);
  g_free (batch);
}

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_pointer (&load->inputs, g_ptr_array_unref);
  g_clear_pointer (&load->pending, batch_free);
  g_clear_pointer (&load->atoms, bounce_batch_atoms_free);
  g_clear_object (&load->seekable);
  g_clear_object (&load->cancellable);
  g_clear_object (&load->model);
  g_free (load);
}

/* Any thread: make sure one drain is on its way to the main context. */
static void
schedule_drain (BounceBatchModel *self)
{
  GSource *source;

  if (!g_atomic_int_compare_and_exchange (&self->drain_scheduled, 0, 1))
    return;

  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (source, drain_cb, g_object_ref (self), g_object_unref);
  g_source_set_name (source, "[bounce] batch drain");
  g_source_attach (source, self->context);
  g_source_unref (source);
}

static void
set_loading (BounceBatchModel *self,
             gboolean          loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_cancelled (BounceBatchModel *self,
               gboolean          cancelled)
{
  if (self->cancelled == !!cancelled)
    return;

  self->cancelled = !!cancelled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCELLED]);
}

/* Counts a batch and moves its rows to @rows, to be added in one splice. */
static void
take_batch (BounceBatchModel *self,
            Batch            *batch,
            GPtrArray        *rows)
{
  g_assert (BOUNCE_IS_BATCH_MODEL (self));

  g_object_freeze_notify (G_OBJECT (self->summary));

  /* Reports given by add_reports(): rows made here, kept for reading again. */
  for (guint i = 0; i < batch->reports->len; i++)
    {
      BounceReport *report = g_ptr_array_index (batch->reports, i);
      BounceBatchLocation location = { BOUNCE_BATCH_LOCATION_MEMORY, 0, 0, 0, 0, 0 };

      g_ptr_array_add (self->reports, g_object_ref (report));
      location.ordinal = location.position = self->reports->len;
      bounce_batch_row_append_for_report (batch->rows, report, self->atoms, &location);
      bounce_summary_add_report (self->summary, report);
      self->n_taken++;
    }

  if (batch->summary != NULL)
    bounce_summary_merge (self->summary, batch->summary);

  for (guint i = 0; i < batch->inputs->len; i++)
    {
      guint input = g_array_index (batch->inputs, guint, i);

      if (self->inputs != NULL && input < self->inputs->len)
        ((Input *)g_ptr_array_index (self->inputs, input))->n_messages++;
      self->n_taken++;
    }

  g_object_thaw_notify (G_OBJECT (self->summary));

  g_ptr_array_extend_and_steal (rows, g_steal_pointer (&batch->rows));
  self->pending_fraction = batch->fraction;
}

static void
add_rows (BounceBatchModel *self,
          GPtrArray        *rows)
{
  g_assert (BOUNCE_IS_BATCH_MODEL (self));

  bounce_row_list_append (self->rows, rows->pdata, rows->len);

  if (self->n_messages != self->n_taken)
    {
      self->n_messages = self->n_taken;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MESSAGES]);
    }

  if (self->fraction != self->pending_fraction)
    {
      self->fraction = self->pending_fraction;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }
}

static void
schedule_drain_later (BounceBatchModel *self,
                      guint             msec)
{
  GSource *source = g_timeout_source_new (msec);

  g_source_set_callback (source, drain_cb, g_object_ref (self), g_object_unref);
  g_source_set_name (source, "[bounce] batch drain");
  g_source_attach (source, self->context);
  g_source_unref (source);
}

static void
finish_load (BounceBatchModel *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);

  self->fraction = 1.0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  set_loading (self, FALSE);

  if (task == NULL)
    return;

  if (self->n_taken == 0 && self->n_failed > 0)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                             _("None of the files could be read."));
  else
    g_task_return_boolean (task, TRUE);
}

static gboolean
drain_cb (gpointer user_data)
{
  BounceBatchModel *self = user_data;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 start = g_get_monotonic_time ();
  gboolean young;
  Batch *batch;

  g_assert (BOUNCE_IS_BATCH_MODEL (self));

  /* Cancelled: the rows shown stay, the batches still queued are dropped.
   * The worker may have read everything long before (the table takes its
   * rows more slowly while it sorts), so nothing else would notice. */
  if (self->task != NULL && g_cancellable_is_cancelled (g_task_get_cancellable (self->task)))
    {
      while ((batch = g_async_queue_try_pop (self->queue)))
        batch_free (batch);
      g_atomic_int_set (&self->drain_scheduled, 0);

      /* Until it is done, the worker ends the load itself (worker_done_cb()). */
      if (self->worker_done)
        {
          g_autoptr(GTask) task = g_steal_pointer (&self->task);

          self->generation++;
          set_cancelled (self, TRUE);
          set_loading (self, FALSE);
          g_task_return_error_if_cancelled (task);
        }

      return G_SOURCE_REMOVE;
    }

  /* The table makes widgets for its first rows in the next frame: small
   * batches with a pause in between spread that over several frames. */
  young = g_list_model_get_n_items (G_LIST_MODEL (self->rows)) < FIRST_ROWS;

  /* Rows added while the view still sorts or filters the previous ones
   * would make it finish that work at once, in one long step. */
  if (self->hold)
    {
      schedule_drain_later (self, HOLD_RETRY_MSEC);
      return G_SOURCE_REMOVE;
    }

  /* As many batches as the time budget allows, in one splice. */
  while ((batch = g_async_queue_try_pop (self->queue)))
    {
      if (batch->generation == self->generation)
        take_batch (self, batch, rows);
      batch_free (batch);

      if (young ||
          rows->len >= MAX_SPLICE_ROWS ||
          g_get_monotonic_time () - start > DRAIN_BUDGET_USEC)
        break;
    }

  if (rows->len > 0)
    add_rows (self, rows);

  if (g_async_queue_length (self->queue) > 0)
    {
      if (!young)
        return G_SOURCE_CONTINUE;

      schedule_drain_later (self, YOUNG_PAUSE_MSEC);
      return G_SOURCE_REMOVE;
    }

  /* The worker may push between the empty queue and the flag being
   * cleared; look once more after clearing it. */
  g_atomic_int_set (&self->drain_scheduled, 0);
  if (g_async_queue_length (self->queue) > 0 &&
      g_atomic_int_compare_and_exchange (&self->drain_scheduled, 0, 1))
    return G_SOURCE_CONTINUE;

  if (self->feeding)
    {
      self->feeding = FALSE;
      if (self->task == NULL)
        finish_load (self);
    }
  else if (self->task != NULL && self->worker_done)
    finish_load (self);

  return G_SOURCE_REMOVE;
}

/* Worker thread: hand the pending batch to the main thread. */
static void
flush_pending (LoadData *load)
{
  double fraction = 0.0;
  guint n_files = MAX (1, load->inputs->len);

  load->last_flush = g_get_monotonic_time ();

  if (load->pending == NULL || load->pending->inputs->len == 0)
    return;

  if (load->seekable != NULL && load->size > 0)
    fraction = (double)g_seekable_tell (load->seekable) / (double)load->size;

  load->pending->n_read = load->n_read;
  load->pending->fraction = (load->file_index + CLAMP (fraction, 0.0, 1.0)) / n_files;

  g_async_queue_push (load->model->queue, g_steal_pointer (&load->pending));
  schedule_drain (load->model);
}

/* Worker thread, once per message. */
static gboolean
report_cb (BounceReport *report,
           gpointer      user_data)
{
  LoadData *load = user_data;
  BounceBatchLocation location = { 0, };
  guint index = bounce_report_get_index (report);

  if (g_cancellable_is_cancelled (load->cancellable))
    return FALSE;

  if (load->pending == NULL)
    {
      load->pending = batch_new (load->generation);
      load->pending->summary = bounce_summary_new ();
    }

  location.ordinal = load->n_read + 1;
  location.input = load->file_index;

  /* Messages of a stream or of an mbox (given alone or in a folder) are
   * read again from their bytes; a file of a folder without a byte range
   * holds one message (or could not be read), by its name. */
  if (bounce_report_get_byte_range (report, &location.offset, &location.length))
    {
      location.kind = BOUNCE_BATCH_LOCATION_SLICE;
      location.position = index;
    }
  else
    {
      location.kind = BOUNCE_BATCH_LOCATION_FILE;
      location.position = 1;
    }

  /* Rows and counts are made here, off the main thread; the report is not kept. */
  bounce_batch_row_append_for_report (load->pending->rows, report, load->atoms, &location);
  bounce_summary_add_report (load->pending->summary, report);
  g_array_append_val (load->pending->inputs, load->file_index);
  load->n_read++;

  if (load->pending->inputs->len >= (load->n_read <= FIRST_ROWS ? FIRST_BATCH_SIZE : BATCH_SIZE) ||
      g_get_monotonic_time () - load->last_flush >= BATCH_INTERVAL_USEC)
    flush_pending (load);

  return !g_cancellable_is_cancelled (load->cancellable);
}

/* Reads one input as the first reading did: a folder with
 * bounce_analyzer_analyze_file(), anything else as a stream. The exports
 * read the inputs again through here. */
static gboolean
read_input (Input             *input,
            BounceAnalyzer    *analyzer,
            BounceReportFunc   func,
            gpointer           user_data,
            GSeekable        **seekable,
            GCancellable      *cancellable,
            GError           **error)
{
  g_autoptr(GFileInputStream) stream = NULL;

  /* Folders (maildirs, folders of .eml) are walked by the engine. */
  if (input->directory)
    return bounce_analyzer_analyze_file (analyzer, input->file, func, user_data, cancellable, error);

  if (!(stream = g_file_read (input->file, cancellable, error)))
    return FALSE;

  /* The position in the file tells how far into a large mbox the parser is. */
  if (seekable != NULL)
    g_set_object (seekable, G_SEEKABLE (stream));

  return bounce_analyzer_analyze_stream (analyzer, G_INPUT_STREAM (stream), input->source,
                                         func, user_data, cancellable, error);
}

static gboolean
load_file (LoadData        *load,
           BounceAnalyzer  *analyzer,
           Input           *input,
           GCancellable    *cancellable,
           GError         **error)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (input->file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return FALSE;

  /* Written here, before the main thread reads it; read-only from now on. */
  input->directory = g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY;
  if (!input->directory)
    load->size = g_file_info_get_size (info);

  return read_input (input, analyzer, report_cb, load, &load->seekable, cancellable, error);
}

/* Legacy charsets that bounces in the wild come in. */
static void
load_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  LoadData *load = task_data;

  load->last_flush = g_get_monotonic_time ();

  for (guint i = 0; i < load->inputs->len; i++)
    {
      g_autoptr(GError) error = NULL;

      load->file_index = i;
      load->size = 0;
      g_clear_object (&load->seekable);
    
      if (!load_file (load, analyzer, g_ptr_array_index (load->inputs, i), cancellable, &error) &&
          !g_cancellable_is_cancelled (cancellable))
        {
          /* One unreadable file among many must not hide the others. */
          g_debug ("Could not read input %u: %s", i, error ? error->message : "");
          load->n_failed++;
        }

      if (g_cancellable_is_cancelled (cancellable))
        break;
    }

  g_clear_object (&load->seekable);
  load->file_index = load->inputs->len;
  flush_pending (load);

  if (!g_task_return_error_if_cancelled (task))
    g_task_return_int (task, load->n_failed);
}

static void
worker_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  BounceBatchModel *self = (BounceBatchModel *)object;
  g_autoptr(GTask) outer = user_data;
  g_autoptr(GError) error = NULL;
  gssize n_failed;

  g_assert (BOUNCE_IS_BATCH_MODEL (self));

  n_failed = g_task_propagate_int (G_TASK (result), &error);

  /* A newer load or a clear() took over. */
  if (outer != self->task)
    return;

  self->worker_done = TRUE;

  if (error != NULL)
    {
      g_clear_object (&self->task);
      /* Batches not yet shown are dropped. */
      self->generation++;
      set_cancelled (self, TRUE);
      set_loading (self, FALSE);
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  self->n_failed = n_failed;

  if (g_async_queue_length (self->queue) <= 0 && !g_atomic_int_get (&self->drain_scheduled))
    finish_load (self);
}

static void
bounce_batch_model_dispose (GObject *object)
{
  BounceBatchModel *self = (BounceBatchModel *)object;

  if (self->task != NULL)
    g_cancellable_cancel (g_task_get_cancellable (self->task));
  g_clear_object (&self->task);

  G_OBJECT_CLASS (bounce_batch_model_parent_class)->dispose (object);
}

static void
bounce_batch_model_finalize (GObject *object)
{
  BounceBatchModel *self = (BounceBatchModel *)object;

  g_clear_object (&self->rows);
  g_clear_pointer (&self->inputs, g_ptr_array_unref);
  g_clear_pointer (&self->reports, g_ptr_array_unref);
  g_clear_pointer (&self->atoms, bounce_batch_atoms_free);
  g_clear_object (&self->summary);
  g_clear_pointer (&self->queue, g_async_queue_unref);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (bounce_batch_model_parent_class)->finalize (object);
}

static void
bounce_batch_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BounceBatchModel *self = BOUNCE_BATCH_MODEL (object);

  switch (prop_id)
    {
    case PROP_N_MESSAGES:
      g_value_set_uint (value, self->n_messages);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_CANCELLED:
      g_value_set_boolean (value, self->cancelled);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_batch_model_class_init (BounceBatchModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = bounce_batch_model_dispose;
  object_class->finalize = bounce_batch_model_finalize;
  object_class->get_property = bounce_batch_model_get_property;

  properties[PROP_N_MESSAGES] =
    g_param_spec_uint ("n-messages", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_FRACTION] = g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0, flags);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, flags);
  properties[PROP_CANCELLED] = g_param_spec_boolean ("cancelled", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bounce_batch_model_init (BounceBatchModel *self)
{
  self->rows = bounce_row_list_new (BOUNCE_TYPE_BATCH_ROW);
  self->reports = g_ptr_array_new_with_free_func (g_object_unref);
  self->atoms = bounce_batch_atoms_new ();
  self->summary = bounce_summary_new ();
  self->queue = g_async_queue_new_full (batch_free);
  self->context = g_main_context_ref_thread_default ();
}

BounceBatchModel *
bounce_batch_model_new (void)
{
  return g_object_new (BOUNCE_TYPE_BATCH_MODEL, NULL);
}

/**
 * bounce_batch_model_get_rows:
 * @self: a #BounceBatchModel
 *
 * Returns: (transfer none): a #GListModel of #BounceBatchRow
 */
GListModel *
bounce_batch_model_get_rows (BounceBatchModel *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_MODEL (self), NULL);

  return G_LIST_MODEL (self->rows);
}

/**
 * bounce_batch_model_get_summary:
 * @self: a #BounceBatchModel
 *
 * Returns: (transfer none): the counts of the reports shown
 */
BounceSummary *
bounce_batch_model_get_summary (BounceBatchModel *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_MODEL (self), NULL);

  return self->summary;
}

guint
bounce_batch_model_get_n_messages (BounceBatchModel *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_MODEL (self), 0);

  return self->n_messages;
}

double
bounce_batch_model_get_fraction (BounceBatchModel *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_MODEL (self), 0.0);

  return self->fraction;
}

gboolean
bounce_batch_model_get_loading (BounceBatchModel *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_MODEL (self), FALSE);

  return self->loading;
}

gboolean
bounce_batch_model_get_cancelled (BounceBatchModel *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_MODEL (self), FALSE);

  return self->cancelled;
}

/**
 * bounce_batch_model_set_hold:
 * @self: a #BounceBatchModel
 * @hold: whether to keep new rows back for now
 *
 * The view holds new rows back while it sorts or filters the ones it has;
 * they are added, all at once, when it lets go.
 */
void
bounce_batch_model_set_hold (BounceBatchModel *self,
                             gboolean          hold)
{
  g_return_if_fail (BOUNCE_IS_BATCH_MODEL (self));

  self->hold = !!hold;
}

/* Inputs that could not be read at all (missing, unreadable). */
guint
bounce_batch_model_get_n_failed (BounceBatchModel *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_MODEL (self), 0);

  return self->n_failed;
}

/**
 * bounce_batch_model_clear:
 * @self: a #BounceBatchModel
 *
 * Cancels a running load and forgets all results.
 */
void
bounce_batch_model_clear (BounceBatchModel *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BOUNCE_IS_BATCH_MODEL (self));

  self->generation++;
  self->feeding = FALSE;

  if ((task = g_steal_pointer (&self->task)))
    {
      g_cancellable_cancel (g_task_get_cancellable (task));
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The results were cleared"));
    }

  bounce_row_list_remove_all (self->rows);
  g_ptr_array_set_size (self->reports, 0);
  g_clear_pointer (&self->inputs, g_ptr_array_unref);
  g_clear_pointer (&self->atoms, bounce_batch_atoms_free);
  self->atoms = bounce_batch_atoms_new ();
  bounce_summary_clear (self->summary);
  self->n_messages = 0;
  self->n_taken = 0;
  self->n_failed = 0;
  self->fraction = 0.0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MESSAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  set_loading (self, FALSE);
  set_cancelled (self, FALSE);
}

/**
 * bounce_batch_model_add_reports:
 * @self: a #BounceBatchModel
 * @reports: (element-type BounceReport): reports read elsewhere
 *
 * Adds reports that were already read (by the app's loader), in batches
 * over several main-loop iterations, so that a hundred thousand of them do
 * not freeze the window. #BounceBatchModel:loading is %TRUE meanwhile.
 */
void
bounce_batch_model_add_reports (BounceBatchModel *self,
                                GPtrArray        *reports)
{
  g_return_if_fail (BOUNCE_IS_BATCH_MODEL (self));
  g_return_if_fail (reports != NULL);

  for (guint i = 0; i < reports->len; )
    {
      Batch *batch = batch_new (self->generation);
      guint end = MIN (reports->len, i + (i < FIRST_ROWS ? FIRST_BATCH_SIZE : ADD_BATCH_SIZE));

      for (; i < end; i++)
        g_ptr_array_add (batch->reports, g_object_ref (g_ptr_array_index (reports, i)));
      batch->n_read = end;
      batch->fraction = (double)batch->n_read / reports->len;
      g_async_queue_push (self->queue, batch);
    }

  self->feeding = TRUE;
  set_loading (self, TRUE);
  schedule_drain (self);
}

/**
 * bounce_batch_model_load_async:
 * @self: a #BounceBatchModel
 * @files: (array length=n_files): messages, mboxes, maildirs or folders
 * @n_files: the number of @files
 * @cancellable: (nullable): cancels the reading; what was shown stays
 * @callback: called when everything is read and shown
 * @user_data: closure data for @callback
 *
 * Clears @self and reads @files in a worker thread, adding results as they come.
 */
void
bounce_batch_model_load_async (BounceBatchModel     *self,
                               GFile               **files,
                               guint                 n_files,
                               GCancellable         *cancellable,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data)
{
  g_autoptr(GTask) worker = NULL;
  g_autoptr(GCancellable) own_cancellable = NULL;
  LoadData *load;

  g_return_if_fail (BOUNCE_IS_BATCH_MODEL (self));
  g_return_if_fail (files != NULL || n_files == 0);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  bounce_batch_model_clear (self);

  if (cancellable == NULL)
    cancellable = own_cancellable = g_cancellable_new ();

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, bounce_batch_model_load_async);
  self->worker_done = FALSE;
  set_loading (self, TRUE);

  self->inputs = g_ptr_array_new_with_free_func (input_free);
  for (guint i = 0; i < n_files; i++)
    {
      Input *input = g_new0 (Input, 1);

      input->file = g_file_dup (files[i]);
      input->source = g_file_get_path (files[i]);
      if (input->source == NULL)
        input->source = g_file_get_uri (files[i]);
      g_ptr_array_add (self->inputs, input);
    }

  load = g_new0 (LoadData, 1);
  load->inputs = g_ptr_array_ref (self->inputs);
  load->atoms = bounce_batch_atoms_new ();
  load->model = g_object_ref (self);
  load->generation = self->generation;
  load->cancellable = g_object_ref (cancellable);

  /* The worker's task reports to worker_done_cb; the caller's task ends
   * once the last batch is in the model. */
  worker = g_task_new (self, cancellable, worker_done_cb, g_object_ref (self->task));
  g_task_set_source_tag (worker, load_worker);
  g_task_set_task_data (worker, load, load_data_free);
  g_task_run_in_thread (worker, load_worker);
}

/**
 * bounce_batch_model_load_finish:
 * @self: a #BounceBatchModel
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError; %G_IO_ERROR_CANCELLED after Cancel
 *
 * Returns: %TRUE when everything was read (some inputs may have failed,
 *   see bounce_batch_model_get_n_failed())
 */
gboolean
bounce_batch_model_load_finish (BounceBatchModel  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_MODEL (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  GFile               *file;
  char                *source;
  char                *recipient;   /* the row's, to tell a file that changed since */
  BounceBatchLocation  location;
  guint                index;
  guint                record_index;
} ReadData;

static void
read_data_free (gpointer data)
{
  ReadData *read = data;

  g_clear_object (&read->file);
  g_clear_pointer (&read->source, g_free);
  g_clear_pointer (&read->recipient, g_free);
  g_free (read);
}

static void
read_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GError) error = NULL;
  ReadData *read = task_data;
  BounceReport *report = NULL;

  switch (read->location.kind)
    {
    case BOUNCE_BATCH_LOCATION_SLICE:
      report = bounce_reread_slice (analyzer, read->file, read->source,
                                    read->location.offset, read->location.length,
                                    read->index, cancellable, &error);
      break;

    case BOUNCE_BATCH_LOCATION_FILE:
      report = bounce_reread_file (analyzer, read->file, read->source,
                                   read->location.position, read->index, cancellable, &error);
      break;

    case BOUNCE_BATCH_LOCATION_MEMORY:
    default:
      g_assert_not_reached ();
    }

  /* Another message where the row's was: the file changed since. */
  if (report != NULL && read->recipient != NULL &&
      (read->record_index >= bounce_report_get_n_records (report) ||
       g_strcmp0 (bounce_record_get_recipient (bounce_report_get_record (report, read->record_index)),
                  read->recipient) != 0))
    {
      g_autofree char *name = g_file_get_parse_name (read->file);

      g_clear_object (&report);
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("“%s” has changed since it was read; read it again to see this message"),
                   name);
    }

  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, report, g_object_unref);
}

/**
 * bounce_batch_model_read_report_async:
 * @self: a #BounceBatchModel
 * @row: one of its rows
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the report
 * @user_data: closure data for @callback
 *
 * The model keeps no reports: this reads the message of @row again, in a
 * worker thread, and analyses it as the batch did. For a message of an
 * mbox only that message is read.
 */
void
bounce_batch_model_read_report_async (BounceBatchModel    *self,
                                      BounceBatchRow      *row,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadData *read;
  Input *input = NULL;

  g_return_if_fail (BOUNCE_IS_BATCH_MODEL (self));
  g_return_if_fail (BOUNCE_IS_BATCH_ROW (row));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bounce_batch_model_read_report_async);

  read = g_new0 (ReadData, 1);
  bounce_batch_row_get_location (row, &read->location);
  read->index = bounce_batch_row_get_message (row);
  read->source = g_strdup (bounce_batch_row_get_source (row));
  read->recipient = g_strdup (bounce_batch_row_get_recipient (row));
  read->record_index = bounce_batch_row_get_record_index (row);
  g_task_set_task_data (task, read, read_data_free);

  if (read->location.kind == BOUNCE_BATCH_LOCATION_MEMORY)
    {
      guint position = read->location.position;

      if (position == 0 || position > self->reports->len)
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                 _("The message is no longer there"));
      else
        g_task_return_pointer (task, g_object_ref (g_ptr_array_index (self->reports, position - 1)),
                               g_object_unref);
      return;
    }

  if (self->inputs != NULL && read->location.input < self->inputs->len)
    input = g_ptr_array_index (self->inputs, read->location.input);

  /* A file of a folder by its name; any other input as it was given. */
  if (read->source != NULL &&
      (read->location.kind == BOUNCE_BATCH_LOCATION_FILE || (input != NULL && input->directory)))
    read->file = g_file_new_for_path (read->source);
  else if (input != NULL)
    read->file = g_object_ref (input->file);
  else
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("The message is no longer there"));
      return;
    }

  g_task_run_in_thread (task, read_worker);
}

/**
 * bounce_batch_model_read_report_finish:
 * @self: a #BounceBatchModel
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
BounceReport *
bounce_batch_model_read_report_finish (BounceBatchModel  *self,
                                       GAsyncResult      *result,
                                       GError           **error)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_MODEL (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  /* Inputs */
  GFile              *file;
  BounceExportFormat  format;
  GPtrArray          *inputs;     /* Input copies: file, source, n_messages */
  GPtrArray          *reports;    /* BounceReport, for add_reports() */

  /* Worker state */
  BounceExportWriter *writer;
  GCancellable       *cancellable;
  GError             *error;
  guint               left;       /* messages still to write from this input */
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_clear_object (&export->file);
  g_clear_pointer (&export->inputs, g_ptr_array_unref);
  g_clear_pointer (&export->reports, g_ptr_array_unref);
  g_clear_pointer (&export->writer, bounce_export_writer_free);
  g_clear_error (&export->error);
  g_free (export);
}

static gboolean
export_report (ExportData   *export,
               BounceReport *report)
{
  return export->error == NULL &&
         bounce_export_writer_add_report (export->writer, report, &export->error);
}

static gboolean
export_report_cb (BounceReport *report,
                  gpointer      user_data)
{
  ExportData *export = user_data;

  if (export->left == 0 || g_cancellable_is_cancelled (export->cancellable))
    return FALSE;

  export->left--;

  return export_report (export, report) && export->left > 0;
}

static gboolean
export_contents (ExportData *export)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();

  for (guint i = 0; i < export->reports->len; i++)
    if (!export_report (export, g_ptr_array_index (export->reports, i)))
      return FALSE;

  /* The inputs are read again, up to the messages that were shown. */
  for (guint i = 0; i < export->inputs->len; i++)
    {
      Input *input = g_ptr_array_index (export->inputs, i);
      g_autoptr(GError) error = NULL;

      if (input->n_messages == 0)
        continue;

      export->left = input->n_messages;
      if (!read_input (input, analyzer, export_report_cb, export, NULL,
                       export->cancellable, &error) &&
          export->error == NULL && error != NULL)
        g_propagate_error (&export->error, g_steal_pointer (&error));

      if (export->error == NULL)
        g_cancellable_set_error_if_cancelled (export->cancellable, &export->error);
      if (export->error == NULL && export->left > 0)
        {
          g_autofree char *name = g_file_get_parse_name (input->file);

          /* The file changed since: better no file than a wrong one. */
          g_set_error (&export->error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("“%s” has changed since it was read; read it again to save the results"),
                       name);
        }
      if (export->error != NULL)
        return FALSE;
    }

  return bounce_export_writer_close (export->writer, &export->error);
}

static void
export_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *export = task_data;

  export->cancellable = cancellable;

  /* The file is replaced atomically, and left as it was on failure. */
  export->writer = bounce_export_writer_new (export->file, export->format, cancellable, &export->error);
  if (export->writer == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&export->error));
      return;
    }

  if (export_contents (export))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Drops the temporary file before the caller hears of the failure. */
  g_clear_pointer (&export->writer, bounce_export_writer_free);

  if (export->error == NULL)
    g_set_error_literal (&export->error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The file could not be written"));
  g_task_return_error (task, g_steal_pointer (&export->error));
}

/**
 * bounce_batch_model_export_async:
 * @self: a #BounceBatchModel
 * @format: %BOUNCE_EXPORT_CSV or %BOUNCE_EXPORT_JSON
 * @file: where; replaced atomically
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written
 * @user_data: closure data for @callback
 *
 * Saves the results of all messages shown, as bounce_export_write() would
 * save their reports: the inputs are read again in a worker thread, up to
 * the messages shown, and written as they are read.
 */
void
bounce_batch_model_export_async (BounceBatchModel    *self,
                                 BounceExportFormat   format,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *export;

  g_return_if_fail (BOUNCE_IS_BATCH_MODEL (self));
  g_return_if_fail (format == BOUNCE_EXPORT_CSV || format == BOUNCE_EXPORT_JSON);
  g_return_if_fail (G_IS_FILE (file));

  export = g_new0 (ExportData, 1);
  export->file = g_object_ref (file);
  export->format = format;
  export->reports = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->reports->len && i < self->n_taken; i++)
    g_ptr_array_add (export->reports, g_object_ref (g_ptr_array_index (self->reports, i)));

  /* A copy: the counts of the messages shown, as they are now. */
  export->inputs = g_ptr_array_new_with_free_func (input_free);
  for (guint i = 0; self->inputs != NULL && i < self->inputs->len; i++)
    {
      const Input *input = g_ptr_array_index (self->inputs, i);
      Input *copy = g_new0 (Input, 1);

      copy->file = g_object_ref (input->file);
      copy->source = g_strdup (input->source);
      copy->n_messages = input->n_messages;
      copy->directory = input->directory;
      g_ptr_array_add (export->inputs, copy);
    }

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bounce_batch_model_export_async);
  g_task_set_task_data (task, export, export_data_free);
  g_task_run_in_thread (task, export_worker);
}

gboolean
bounce_batch_model_export_finish (BounceBatchModel  *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_MODEL (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
