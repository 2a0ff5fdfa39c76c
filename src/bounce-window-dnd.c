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
  GtkDropTarget *target;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

  g_assert (BOUNCE_IS_WINDOW (self));

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (target), "bounce-drop-target");

  g_signal_connect_object (target, "enter", G_CALLBACK (drop_enter_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "leave", G_CALLBACK (drop_leave_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
