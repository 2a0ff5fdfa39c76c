/* bounce-loader.c
 *
 * Reads files, pasted text or bundled examples in a worker thread and
 * returns the engine's reports, reporting progress on the caller's main
 * context while it works.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-core.h"
#include "bounce-loader.h"

/* Progress is posted to the main loop at most this often. */
#define PROGRESS_INTERVAL_USEC (50 * 1000)

struct _BounceLoader
{
  GObject    parent_instance;

  /* Inputs, copied into the worker's own data when loading starts */
  GPtrArray *files;
  char      *text;
  GBytes    *bytes;
  char      *name;

  /* Progress, only touched on the main context */
  double     fraction;
  guint      n_messages;
};

typedef struct
{
  /* Plain inputs owned by the worker */
  GPtrArray    *files;
  char         *text;
  GBytes       *bytes;
  char         *name;

  /* Results */
  GPtrArray    *reports;

  /* Progress bookkeeping inside the worker */
  BounceLoader *loader;
  GMainContext *context;
  GCancellable *cancellable;
  GSeekable    *seekable;
  goffset       size;
  guint         file_index;
  gint64        last_progress;
} LoadData;

typedef struct
{
  BounceLoader *loader;
  double        fraction;
  guint         n_messages;
} Progress;

G_DEFINE_FINAL_TYPE (BounceLoader, bounce_loader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  PROP_N_MESSAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_pointer (&load->files, g_ptr_array_unref);
  g_clear_pointer (&load->text, g_free);
  g_clear_pointer (&load->bytes, g_bytes_unref);
  g_clear_pointer (&load->name, g_free);
  g_clear_pointer (&load->reports, g_ptr_array_unref);
  g_clear_object (&load->loader);
  g_clear_pointer (&load->context, g_main_context_unref);
  g_clear_object (&load->cancellable);
  g_clear_object (&load->seekable);
  g_free (load);
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_clear_object (&progress->loader);
  g_free (progress);
}

static void
set_progress (BounceLoader *self,
              double        fraction,
              guint         n_messages)
{
  g_assert (BOUNCE_IS_LOADER (self));

  fraction = CLAMP (fraction, 0.0, 1.0);

  if (self->fraction != fraction)
    {
      self->fraction = fraction;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }

  if (self->n_messages != n_messages)
    {
      self->n_messages = n_messages;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MESSAGES]);
    }
}

static gboolean
progress_main_cb (gpointer data)
{
  Progress *progress = data;

  set_progress (progress->loader, progress->fraction, progress->n_messages);

  return G_SOURCE_REMOVE;
}

/* Runs in the worker: only plain values cross over to the main context. */
static void
post_progress (LoadData *load,
               gboolean  force)
{
  gint64 now = g_get_monotonic_time ();
  Progress *progress;
  double fraction = 0.0;
  guint n_files = MAX (1, load->files != NULL ? load->files->len : 1);

  if (!force && now - load->last_progress < PROGRESS_INTERVAL_USEC)
    return;

  load->last_progress = now;

  if (load->seekable != NULL && load->size > 0)
    fraction = (double)g_seekable_tell (load->seekable) / (double)load->size;

  progress = g_new0 (Progress, 1);
  progress->loader = g_object_ref (load->loader);
  progress->fraction = (load->file_index + CLAMP (fraction, 0.0, 1.0)) / n_files;
  progress->n_messages = load->reports->len;

  g_main_context_invoke_full (load->context,
                              G_PRIORITY_DEFAULT,
                              progress_main_cb,
                              progress,
                              progress_free);
}

static gboolean
report_cb (BounceReport *report,
           gpointer      user_data)
{
  LoadData *load = user_data;

  g_ptr_array_add (load->reports, g_object_ref (report));
  post_progress (load, FALSE);

  return !g_cancellable_is_cancelled (load->cancellable);
}

static gboolean
load_file (LoadData       *load,
           BounceAnalyzer *analyzer,
           GFile          *file,
           GCancellable   *cancellable,
           GError        **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *source = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE,
                            cancellable,
                            error);
  if (info == NULL)
    return FALSE;

  /* Folders (maildirs, folders of .eml) are walked by the engine itself. */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    return bounce_analyzer_analyze_file (analyzer, file, report_cb, load, cancellable, error);

  if (!(stream = g_file_read (file, cancellable, error)))
    return FALSE;

  /* Reading through our own stream lets us tell how far into a large mbox
   * the parser has got. */
  source = g_file_get_path (file);
  if (source == NULL)
    source = g_file_get_uri (file);

  g_set_object (&load->seekable, G_SEEKABLE (stream));
  load->size = g_file_info_get_size (info);

  return bounce_analyzer_analyze_stream (analyzer,
                                         G_INPUT_STREAM (stream),
                                         source,
                                         report_cb,
                                         load,
                                         cancellable,
                                         error);
}

static void
load_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(BounceAnalyzer) analyzer = NULL;
  g_autoptr(GError) first_error = NULL;
  LoadData *load = task_data;

  g_assert (BOUNCE_IS_LOADER (source_object));
  g_assert (load != NULL);

  /* GMime objects are not thread-safe: this worker owns its own analyzer. */
  analyzer = bounce_analyzer_new ();

  if (load->text != NULL)
    {
      g_ptr_array_add (load->reports,
                       bounce_analyzer_analyze_text (analyzer, load->text, -1));
    }
  else if (load->bytes != NULL)
    {
      g_ptr_array_add (load->reports,
                       bounce_analyzer_analyze_bytes (analyzer, load->bytes, load->name));
    }
  else
    {
      for (guint i = 0; i < load->files->len; i++)
        {
          g_autoptr(GError) error = NULL;

          load->file_index = i;
          g_clear_object (&load->seekable);
          load->size = 0;

          if (!load_file (load, analyzer, g_ptr_array_index (load->files, i), cancellable, &error))
            {
              if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
                break;

              /* One unreadable file among several should not hide the others. */
              g_debug ("Could not read file %u: %s", i, error->message);
              if (first_error == NULL)
                first_error = g_steal_pointer (&error);
            }

          post_progress (load, TRUE);
        }
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  if (load->reports->len == 0 && first_error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&first_error));
      return;
    }

  if (load->reports->len == 0)
    {
      g_task_return_new_error (task,
                               BOUNCE_ERROR,
                               BOUNCE_ERROR_EMPTY,
                               _("There was nothing to read: the input is empty."));
      return;
    }

  g_task_return_pointer (task,
                         g_steal_pointer (&load->reports),
                         (GDestroyNotify)g_ptr_array_unref);
}

static void
bounce_loader_finalize (GObject *object)
{
  BounceLoader *self = (BounceLoader *)object;

  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (bounce_loader_parent_class)->finalize (object);
}

static void
bounce_loader_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BounceLoader *self = BOUNCE_LOADER (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    case PROP_N_MESSAGES:
      g_value_set_uint (value, self->n_messages);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_loader_class_init (BounceLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bounce_loader_finalize;
  object_class->get_property = bounce_loader_get_property;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL,
                         0.0, 1.0, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_MESSAGES] =
    g_param_spec_uint ("n-messages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bounce_loader_init (BounceLoader *self)
{
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
}

BounceLoader *
bounce_loader_new (void)
{
  return g_object_new (BOUNCE_TYPE_LOADER, NULL);
}

void
bounce_loader_add_file (BounceLoader *self,
                        GFile        *file)
{
  g_return_if_fail (BOUNCE_IS_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));

  g_ptr_array_add (self->files, g_object_ref (file));
}

void
bounce_loader_set_text (BounceLoader *self,
                        const char   *text)
{
  g_return_if_fail (BOUNCE_IS_LOADER (self));

  g_free (self->text);
  self->text = g_strdup (text);
}

void
bounce_loader_set_bytes (BounceLoader *self,
                         GBytes       *bytes,
                         const char   *name)
{
  g_return_if_fail (BOUNCE_IS_LOADER (self));

  g_clear_pointer (&self->bytes, g_bytes_unref);
  self->bytes = bytes != NULL ? g_bytes_ref (bytes) : NULL;
  g_free (self->name);
  self->name = g_strdup (name);
}

double
bounce_loader_get_fraction (BounceLoader *self)
{
  g_return_val_if_fail (BOUNCE_IS_LOADER (self), 0.0);

  return self->fraction;
}

guint
bounce_loader_get_n_messages (BounceLoader *self)
{
  g_return_val_if_fail (BOUNCE_IS_LOADER (self), 0);

  return self->n_messages;
}

/**
 * bounce_loader_load_async:
 * @self: a #BounceLoader
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when all inputs are read
 * @user_data: closure data for @callback
 *
 * Analyses the text, bytes or files given to @self in a worker thread.
 * #BounceLoader:fraction and #BounceLoader:n-messages follow the progress
 * on the thread-default main context of the caller.
 */
void
bounce_loader_load_async (BounceLoader        *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (BOUNCE_IS_LOADER (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  load = g_new0 (LoadData, 1);
  load->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->files->len; i++)
    g_ptr_array_add (load->files, g_file_dup (g_ptr_array_index (self->files, i)));
  load->text = g_strdup (self->text);
  load->bytes = self->bytes != NULL ? g_bytes_ref (self->bytes) : NULL;
  load->name = g_strdup (self->name);
  load->reports = g_ptr_array_new_with_free_func (g_object_unref);
  load->loader = g_object_ref (self);
  load->context = g_main_context_ref_thread_default ();
  load->cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();

  set_progress (self, 0.0, 0);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bounce_loader_load_async);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_worker);
}

/**
 * bounce_loader_load_finish:
 * @self: a #BounceLoader
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer container) (element-type BounceReport): one report per
 *   message read, or %NULL with @error set
 */
GPtrArray *
bounce_loader_load_finish (BounceLoader  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  GPtrArray *reports;

  g_return_val_if_fail (BOUNCE_IS_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  reports = g_task_propagate_pointer (G_TASK (result), error);
  if (reports != NULL)
    set_progress (self, 1.0, reports->len);

  return reports;
}
