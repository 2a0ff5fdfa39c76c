/* bounce-window-actions.c
 *
 * The window's actions: open, paste, examples, pages, copy, cancel.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-window-private.h"

static void
file_chooser_response_cb (BounceWindow         *self,
                          int                   response,
                          GtkFileChooserNative *native)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = NULL;

  g_assert (BOUNCE_IS_WINDOW (self));
  g_assert (GTK_IS_FILE_CHOOSER_NATIVE (native));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));

      bounce_window_open_files (self, (GFile **)array->pdata, array->len);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  if (self->file_chooser == GTK_NATIVE_DIALOG (native))
    g_clear_object (&self->file_chooser);
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *mime_types,
            const char * const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types != NULL && mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; patterns != NULL && patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);

  gtk_file_chooser_add_filter (chooser, filter);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  static const char * const email_types[] = { "message/rfc822", "message/global", "message/delivery-status", NULL };
  static const char * const email_patterns[] = { "*.eml", "*.EML", "*.msg822", NULL };
  static const char * const mbox_types[] = { "application/mbox", NULL };
  static const char * const mbox_patterns[] = { "*.mbox", "*.mbx", "*.MBOX", NULL };
  static const char * const text_types[] = { "text/plain", NULL };
  static const char * const all_patterns[] = { "*", NULL };
  BounceWindow *self = (BounceWindow *)widget;
  GtkFileChooserNative *native;

  g_assert (BOUNCE_IS_WINDOW (self));

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (self->file_chooser);
      return;
    }

  /* GtkFileChooserNative goes through the portal inside a sandbox. */
  native = gtk_file_chooser_native_new (_("Open a Bounced Email"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);

  add_filter (GTK_FILE_CHOOSER (native), _("Emails"), email_types, email_patterns);
  add_filter (GTK_FILE_CHOOSER (native), _("Mailboxes (mbox)"), mbox_types, mbox_patterns);
  add_filter (GTK_FILE_CHOOSER (native), _("Text Files"), text_types, NULL);
  add_filter (GTK_FILE_CHOOSER (native), _("All Files"), NULL, all_patterns);

  g_signal_connect_object (native, "response",
                           G_CALLBACK (file_chooser_response_cb),
                           self,
                           G_CONNECT_SWAPPED);

  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

static void
read_files_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GdkClipboard *clipboard = (GdkClipboard *)object;
  g_autoptr(BounceWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  const GValue *value;

  value = gdk_clipboard_read_value_finish (clipboard, result, &error);

  /* The window may have been closed while the clipboard was read. */
  if (self->explain_stack == NULL)
    return;

  if (value == NULL || !_bounce_window_handle_drop (self, value))
    _bounce_window_add_toast (self, _("Could not read the copied files"));
}

static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GdkClipboard *clipboard = (GdkClipboard *)object;
  g_autoptr(BounceWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = gdk_clipboard_read_text_finish (clipboard, result, &error);

  /* The window may have been closed while the clipboard was read. */
  if (self->explain_stack == NULL)
    return;

  if (is_blank (text))
    {
      _bounce_window_add_toast (self, _("The clipboard holds no text. Copy the error text from the bounce, then paste again."));
      return;
    }

  bounce_window_open_text (self, text);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  BounceWindow *self = (BounceWindow *)widget;
  GdkClipboard *clipboard;
  GtkWidget *focus;

  g_assert (BOUNCE_IS_WINDOW (self));

  /* Ctrl+V in the search entry pastes into the entry, as everywhere else. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (GTK_IS_TEXT (focus) && gtk_widget_is_drawable (focus))
    {
      gtk_widget_activate_action (focus, "clipboard.paste", NULL);
      return;
    }

  clipboard = gtk_widget_get_clipboard (widget);

  /* Files copied in a file manager arrive as a file list. */
  if (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_FILE_LIST))
    {
      gdk_clipboard_read_value_async (clipboard, GDK_TYPE_FILE_LIST, G_PRIORITY_DEFAULT,
                                      NULL, read_files_cb, g_object_ref (self));
      return;
    }

  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, g_object_ref (self));
}

static void
example_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  BounceWindow *self = (BounceWindow *)widget;

  g_assert (BOUNCE_IS_WINDOW (self));

  bounce_window_open_example (self, g_variant_get_string (param, NULL));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  BounceWindow *self = (BounceWindow *)widget;

  g_assert (BOUNCE_IS_WINDOW (self));

  bounce_window_show_page (self, g_variant_get_string (param, NULL));
}

static void
copy_summary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  BounceWindow *self = (BounceWindow *)widget;

  g_assert (BOUNCE_IS_WINDOW (self));

  gtk_widget_activate_action (GTK_WIDGET (self->verdict_view), "verdict.copy-summary", NULL);
}

static void
show_messages_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  BounceWindow *self = (BounceWindow *)widget;

  g_assert (BOUNCE_IS_WINDOW (self));

  if ((self->reports == NULL || self->reports->len < 2) && self->batch_messages < 2)
    return;

  gtk_stack_set_visible_child_name (self->explain_stack, "messages");
  _bounce_window_update_actions (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  BounceWindow *self = (BounceWindow *)widget;

  g_assert (BOUNCE_IS_WINDOW (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  bounce_batch_view_cancel (self->batch_view);
}

void
_bounce_window_class_actions_init (BounceWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.example", "s", example_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.copy-summary", NULL, copy_summary_action);
  gtk_widget_class_install_action (widget_class, "win.show-messages", NULL, show_messages_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel", NULL);
}
