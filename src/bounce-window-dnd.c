/* bounce-window-dnd.c
 *
 * Dropping files or text anywhere on the window, with a highlight while a
 * drag is over it.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-window-private.h"

static GdkDragAction
drop_enter_cb (BounceWindow  *self,
               double         x,
               double         y,
               GtkDropTarget *target)
{
  g_assert (BOUNCE_IS_WINDOW (self));

  _bounce_window_set_drop_highlight (self, TRUE);

  return GDK_ACTION_COPY;
}

static void
drop_leave_cb (BounceWindow  *self,
               GtkDropTarget *target)
{
  g_assert (BOUNCE_IS_WINDOW (self));

  _bounce_window_set_drop_highlight (self, FALSE);
}

static gboolean
drop_cb (BounceWindow  *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  g_assert (BOUNCE_IS_WINDOW (self));

  _bounce_window_set_drop_highlight (self, FALSE);

  return _bounce_window_handle_drop (self, value);
}

/* Mail programs drag a message as message/rfc822 bytes rather than a file:
 * read them (bounded, like any message) and analyse them like an example. */
#define MAX_DROPPED_MESSAGE (64 * 1024 * 1024)

typedef struct
{
  BounceWindow *window;
  GdkDrop      *drop;
} DropRead;

static void
drop_read_free (DropRead *read)
{
  g_clear_object (&read->window);
  g_clear_object (&read->drop);
  g_free (read);
}

static void
message_spliced_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GOutputStream *memory = (GOutputStream *)object;
  DropRead *read = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (g_output_stream_splice_finish (memory, result, &error) < 0)
    {
      g_debug ("Could not read the dropped message: %s", error->message);
      gdk_drop_finish (read->drop, 0);
      if (read->window->explain_stack != NULL)
        _bounce_window_add_toast (read->window, _("Could not read the dropped message"));
      drop_read_free (read);
      return;
    }

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  gdk_drop_finish (read->drop, GDK_ACTION_COPY);

  if (read->window->explain_stack != NULL)
    _bounce_window_open_message_bytes (read->window, bytes);

  drop_read_free (read);
}

static void
message_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GdkDrop *drop = (GdkDrop *)object;
  DropRead *read = user_data;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GError) error = NULL;

  if (!(stream = gdk_drop_read_finish (drop, result, NULL, &error)))
    {
      g_debug ("Could not read the dropped message: %s", error->message);
      gdk_drop_finish (drop, 0);
      drop_read_free (read);
      return;
    }

  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory,
                                stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT,
                                NULL,
                                message_spliced_cb,
                                read);
}

static GdkDragAction
message_enter_cb (BounceWindow       *self,
                  GdkDrop            *drop,
                  double              x,
                  double              y,
                  GtkDropTargetAsync *target)
{
  g_assert (BOUNCE_IS_WINDOW (self));

  _bounce_window_set_drop_highlight (self, TRUE);

  return GDK_ACTION_COPY;
}

static void
message_leave_cb (BounceWindow       *self,
                  GdkDrop            *drop,
                  GtkDropTargetAsync *target)
{
  g_assert (BOUNCE_IS_WINDOW (self));

  _bounce_window_set_drop_highlight (self, FALSE);
}

static gboolean
message_drop_cb (BounceWindow       *self,
                 GdkDrop            *drop,
                 double              x,
                 double              y,
                 GtkDropTargetAsync *target)
{
  static const char *mime_types[] = { "message/rfc822", NULL };
  DropRead *read;

  g_assert (BOUNCE_IS_WINDOW (self));

  _bounce_window_set_drop_highlight (self, FALSE);

  read = g_new0 (DropRead, 1);
  read->window = g_object_ref (self);
  read->drop = g_object_ref (drop);
  gdk_drop_read_async (drop, mime_types, G_PRIORITY_DEFAULT, NULL, message_read_cb, read);

  return TRUE;
}

/**
 * _bounce_window_open_message_bytes:
 * @self: a #BounceWindow
 * @bytes: one message, as dragged from a mail program
 *
 * Analyses @bytes in the worker, refusing what is larger than a message
 * may be.
 */
void
_bounce_window_open_message_bytes (BounceWindow *self,
                                   GBytes       *bytes)
{
  g_autoptr(BounceLoader) loader = NULL;

  g_assert (BOUNCE_IS_WINDOW (self));
  g_assert (bytes != NULL);

  if (g_bytes_get_size (bytes) > MAX_DROPPED_MESSAGE)
    {
      _bounce_window_show_error (self, _("This Is Too Large"),
                                 _("The dropped message is larger than 64 MB, more than any bounce should be."));
      return;
    }

  loader = bounce_loader_new ();
  bounce_loader_set_bytes (loader, bytes, _("Dropped message"));
  _bounce_window_load (self, loader);
}

void
_bounce_window_set_drop_highlight (BounceWindow *self,
                                   gboolean      highlight)
{
  g_assert (BOUNCE_IS_WINDOW (self));

  gtk_widget_set_visible (self->drop_highlight, highlight);
}

/**
 * _bounce_window_handle_drop:
 * @self: a #BounceWindow
 * @value: a #GValue holding a #GdkFileList or a string
 *
 * Analyses what was dropped or pasted as files.
 *
 * Returns: %TRUE if @value held something to analyse
 */
gboolean
_bounce_window_handle_drop (BounceWindow *self,
                            const GValue *value)
{
  g_assert (BOUNCE_IS_WINDOW (self));
  g_assert (value != NULL);

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GdkFileList *file_list = g_value_get_boxed (value);
      g_autoptr(GPtrArray) files = g_ptr_array_new ();
      GSList *list;

      if (file_list == NULL)
        return FALSE;

      list = gdk_file_list_get_files (file_list);
      for (const GSList *iter = list; iter != NULL; iter = iter->next)
        g_ptr_array_add (files, iter->data);
      g_slist_free (list);

      if (files->len == 0)
        return FALSE;

      bounce_window_open_files (self, (GFile **)files->pdata, files->len);
      return TRUE;
    }

  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *text = g_value_get_string (value);

      if (text == NULL || *text == '\0')
        return FALSE;

      bounce_window_open_text (self, text);
      return TRUE;
    }

  return FALSE;
}

void
_bounce_window_dnd_init (BounceWindow *self)
{
  g_autoptr(GdkContentFormats) message_formats = NULL;
  GtkDropTargetAsync *message_target;
  GtkDropTarget *target;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

  g_assert (BOUNCE_IS_WINDOW (self));

  /* First, so that a message dragged from a mail program is read whole
   * rather than as whatever text the program also offers. */
  message_formats = gdk_content_formats_new ((const char *[]) { "message/rfc822" }, 1);
  message_target = gtk_drop_target_async_new (g_steal_pointer (&message_formats), GDK_ACTION_COPY);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (message_target), "bounce-message-drop-target");
  g_signal_connect_object (message_target, "drag-enter", G_CALLBACK (message_enter_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (message_target, "drag-leave", G_CALLBACK (message_leave_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (message_target, "drop", G_CALLBACK (message_drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (message_target));

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (target), "bounce-drop-target");

  g_signal_connect_object (target, "enter", G_CALLBACK (drop_enter_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "leave", G_CALLBACK (drop_leave_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
