/* bounce-window.c
 *
 * The main window: the empty state, the verdict, the code lookup and the
 * questions, and the loading of whatever the user gives us.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-core.h"
#include "bounce-verdict.h"
#include "bounce-window-private.h"

/* Quick results appear without flashing the loading page. */
#define LOADING_PAGE_DELAY_MSEC 150
#define PULSE_INTERVAL_MSEC     120

G_DEFINE_FINAL_TYPE (BounceWindow, bounce_window, ADW_TYPE_APPLICATION_WINDOW)

static void
stop_loading_ui (BounceWindow *self)
{
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  g_clear_handle_id (&self->pulse_timeout, g_source_remove);
}

static gboolean
pulse_cb (gpointer user_data)
{
  BounceWindow *self = user_data;

  if (self->loader == NULL || bounce_loader_get_fraction (self->loader) == 0.0)
    gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

static gboolean
loading_timeout_cb (gpointer user_data)
{
  BounceWindow *self = user_data;

  self->loading_timeout = 0;
  g_free (self->page_before_loading);
  self->page_before_loading = g_strdup (gtk_stack_get_visible_child_name (self->explain_stack));
  gtk_stack_set_visible_child_name (self->explain_stack, "loading");
  adw_view_stack_set_visible_child_name (self->view_stack, "explain");

  if (self->pulse_timeout == 0)
    self->pulse_timeout = g_timeout_add (PULSE_INTERVAL_MSEC, pulse_cb, self);

  return G_SOURCE_REMOVE;
}

static void
loader_progress_cb (BounceWindow *self,
                    GParamSpec   *pspec,
                    BounceLoader *loader)
{
  g_autofree char *text = NULL;
  guint n_messages;

  g_assert (BOUNCE_IS_WINDOW (self));

  if (loader != self->loader)
    return;

  n_messages = bounce_loader_get_n_messages (loader);
  if (bounce_loader_get_fraction (loader) > 0.0)
    gtk_progress_bar_set_fraction (self->progress_bar, bounce_loader_get_fraction (loader));

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u message read",
                                       "%u messages read",
                                       n_messages),
                          n_messages);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
show_reports (BounceWindow *self,
              GPtrArray    *reports)
{
  g_assert (BOUNCE_IS_WINDOW (self));
  g_assert (reports != NULL && reports->len > 0);

  g_clear_pointer (&self->reports, g_ptr_array_unref);
  self->reports = g_ptr_array_ref (reports);
  self->batch_messages = 0;

  adw_view_stack_set_visible_child_name (self->view_stack, "explain");

  if (reports->len == 1)
    {
      _bounce_window_show_message (self, 0);
      _bounce_window_update_actions (self);
      return;
    }

  /* Several messages: the batch view, which adds them in steps. */
  bounce_batch_view_set_reports (self->batch_view, reports);

  gtk_stack_set_visible_child_name (self->explain_stack, "messages");
  _bounce_window_update_actions (self);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  BounceLoader *loader = (BounceLoader *)object;
  g_autoptr(BounceWindow) self = user_data;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (BOUNCE_IS_LOADER (loader));
  g_assert (BOUNCE_IS_WINDOW (self));

  reports = bounce_loader_load_finish (loader, result, &error);

  /* A newer load replaced this one; it owns the interface now. */
  if (loader != self->loader)
    return;

  stop_loading_ui (self);
  g_clear_object (&self->loader);
  g_clear_object (&self->cancellable);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Back to whatever was shown before, as if nothing happened. */
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->explain_stack), "loading") == 0)
        gtk_stack_set_visible_child_name (self->explain_stack,
                                          self->page_before_loading ? self->page_before_loading : "empty");
      _bounce_window_update_actions (self);
      return;
    }

  if (error != NULL)
    {
      if (g_error_matches (error, BOUNCE_ERROR, BOUNCE_ERROR_EMPTY))
        _bounce_window_show_error (self, _("Nothing to Explain"), error->message);
      else if (g_error_matches (error, BOUNCE_ERROR, BOUNCE_ERROR_TOO_LARGE))
        _bounce_window_show_error (self, _("This Is Too Large"), error->message);
      else
        _bounce_window_show_error (self, _("Could Not Read This"), error->message);
      return;
    }

  show_reports (self, reports);
}

void
_bounce_window_load (BounceWindow *self,
                     BounceLoader *loader)
{
  g_assert (BOUNCE_IS_WINDOW (self));
  g_assert (BOUNCE_IS_LOADER (loader));

  /* One thing at a time: a new request replaces the one still running. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  stop_loading_ui (self);
  g_set_object (&self->loader, loader);
  self->cancellable = g_cancellable_new ();

  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  g_signal_connect_object (loader, "notify::fraction",
                           G_CALLBACK (loader_progress_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (loader, "notify::n-messages",
                           G_CALLBACK (loader_progress_cb), self, G_CONNECT_SWAPPED);

  self->loading_timeout = g_timeout_add (LOADING_PAGE_DELAY_MSEC, loading_timeout_cb, self);

  bounce_loader_load_async (loader, self->cancellable, load_cb, g_object_ref (self));
  _bounce_window_update_actions (self);
}

void
_bounce_window_show_message (BounceWindow *self,
                             guint         position)
{
  g_autofree char *text = NULL;

  g_assert (BOUNCE_IS_WINDOW (self));
  g_assert (self->reports != NULL && position < self->reports->len);

  bounce_verdict_view_set_report (self->verdict_view, g_ptr_array_index (self->reports, position));

  text = g_strdup_printf (_("Message %u of %u"), position + 1, self->reports->len);
  gtk_label_set_text (self->messages_position_label, text);
  gtk_revealer_set_reveal_child (self->messages_bar, self->reports->len > 1);

  gtk_stack_set_visible_child_name (self->explain_stack, "verdict");
  _bounce_window_update_actions (self);
}

/* A message of the batch view, read again: the batch keeps no reports. */
static void
show_batch_report (BounceWindow *self,
                   BounceReport *report,
                   guint         ordinal,
                   guint         record_index)
{
  g_autofree char *text = NULL;

  g_assert (BOUNCE_IS_WINDOW (self));

  self->batch_messages = bounce_batch_model_get_n_messages (bounce_batch_view_get_model (self->batch_view));
  g_clear_pointer (&self->reports, g_ptr_array_unref);

  bounce_verdict_view_set_report (self->verdict_view, report);
  bounce_verdict_view_select (self->verdict_view, record_index);

  text = g_strdup_printf (_("Message %u of %u"), ordinal, self->batch_messages);
  gtk_label_set_text (self->messages_position_label, text);
  gtk_revealer_set_reveal_child (self->messages_bar, self->batch_messages > 1);

  gtk_stack_set_visible_child_name (self->explain_stack, "verdict");
  _bounce_window_update_actions (self);
}

typedef struct
{
  BounceWindow *self;
  guint         ordinal;
  guint         record_index;
} ReadRow;

static void
read_report_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ReadRow *read = user_data;
  g_autoptr(BounceWindow) self = read->self;
  g_autoptr(BounceReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = bounce_batch_model_read_report_finish (BOUNCE_BATCH_MODEL (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_free (read);
      return;
    }

  if (report == NULL)
    _bounce_window_add_toast (self, error->message);
  else
    show_batch_report (self, report, read->ordinal, read->record_index);

  g_free (read);
}

static void
read_batch_row (BounceWindow   *self,
                BounceBatchRow *row)
{
  BounceBatchLocation location;
  ReadRow *read;

  g_assert (BOUNCE_IS_WINDOW (self));

  /* The last row asked for wins. */
  if (self->read_cancellable != NULL)
    g_cancellable_cancel (self->read_cancellable);
  g_clear_object (&self->read_cancellable);
  self->read_cancellable = g_cancellable_new ();

  bounce_batch_row_get_location (row, &location);
  read = g_new0 (ReadRow, 1);
  read->self = g_object_ref (self);
  read->ordinal = location.ordinal;
  read->record_index = bounce_batch_row_get_record_index (row);

  bounce_batch_model_read_report_async (bounce_batch_view_get_model (self->batch_view), row,
                                        self->read_cancellable, read_report_cb, read);
}

static void
batch_row_activated_cb (BounceWindow    *self,
                        BounceBatchRow  *row,
                        BounceBatchView *view)
{
  g_assert (BOUNCE_IS_WINDOW (self));

  read_batch_row (self, row);
}

/* The batch view read files itself (several files, a folder, an mbox). */
static void
batch_loading_cb (BounceWindow     *self,
                  GParamSpec       *pspec,
                  BounceBatchModel *model)
{
  guint n_messages = bounce_batch_model_get_n_messages (model);

  g_assert (BOUNCE_IS_WINDOW (self));

  if (bounce_batch_model_get_loading (model) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->explain_stack), "messages") != 0)
    {
      _bounce_window_update_actions (self);
      return;
    }

  g_clear_pointer (&self->reports, g_ptr_array_unref);
  self->batch_messages = n_messages;

  /* An mbox that held one message: its verdict, as for a single file. */
  if (n_messages == 1 && !bounce_batch_model_get_cancelled (model))
    {
      g_autoptr(BounceBatchRow) row = g_list_model_get_item (bounce_batch_model_get_rows (model), 0);

      if (row != NULL)
        read_batch_row (self, row);
    }
  else if (n_messages == 0 && !bounce_batch_model_get_cancelled (model))
    _bounce_window_show_error (self, _("Nothing to Explain"),
                               _("There was nothing to read: the files are empty or could "
                                 "not be opened."));

  _bounce_window_update_actions (self);
}

static void
summary_copied_cb (BounceWindow      *self,
                   BounceVerdictView *view)
{
  g_assert (BOUNCE_IS_WINDOW (self));

  _bounce_window_add_toast (self, _("Summary copied: paste it into a ticket or an email"));
}

void
_bounce_window_add_toast (BounceWindow *self,
                          const char   *text)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_assert (BOUNCE_IS_WINDOW (self));

  /* Toast titles are markup; what we say may quote a file name. */
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_bounce_window_show_error (BounceWindow *self,
                           const char   *title,
                           const char   *message)
{
  g_autofree char *escaped = NULL;

  g_assert (BOUNCE_IS_WINDOW (self));

  /* Status page descriptions are markup; error messages quote file names. */
  escaped = g_markup_escape_text (message ? message : "", -1);
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->explain_stack, "error");
  adw_view_stack_set_visible_child_name (self->view_stack, "explain");
  _bounce_window_update_actions (self);
}

void
_bounce_window_update_actions (BounceWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->explain_stack);

  g_assert (BOUNCE_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-summary",
                                 g_strcmp0 (page, "verdict") == 0 &&
                                 bounce_verdict_view_get_report (self->verdict_view) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-messages",
                                 (self->reports != NULL && self->reports->len > 1) ||
                                 self->batch_messages > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel", _bounce_window_is_busy (self));
}

static void
fill_example_menu (BounceWindow *self)
{
  static const struct {
    const char *name;
    const char *label;
  } known[] = {
    { "user-unknown", N_("The Address Does Not Exist") },
    { "mailbox-full", N_("The Mailbox Is Full") },
    { "spam-rejected", N_("Rejected as Spam") },
    { "delayed", N_("Delivery Delayed") },
    { "out-of-office", N_("An Out-of-Office Reply") },
    { "several-recipients", N_("Several Recipients") },
  };
  g_auto(GStrv) children = NULL;

  children = g_resources_enumerate_children (BOUNCE_EXAMPLES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (children == NULL)
    return;

  /* The known examples in a sensible order, then any others by file name. */
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      g_autofree char *file = g_strconcat (known[i].name, ".eml", NULL);
      g_autofree char *detailed = NULL;

      if (!g_strv_contains ((const char * const *)children, file))
        continue;

      detailed = g_strdup_printf ("win.example('%s')", known[i].name);
      g_menu_append (self->example_menu, g_dgettext (GETTEXT_PACKAGE, known[i].label), detailed);
    }

  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *detailed = NULL;
      gboolean is_known = FALSE;

      if (!g_str_has_suffix (children[i], ".eml"))
        continue;

      name = g_strndup (children[i], strlen (children[i]) - strlen (".eml"));
      for (guint j = 0; j < G_N_ELEMENTS (known); j++)
        is_known |= g_str_equal (name, known[j].name);
      if (is_known)
        continue;

      detailed = g_strdup_printf ("win.example('%s')", name);
      g_menu_append (self->example_menu, name, detailed);
    }
}

static void
restore_window_state (BounceWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), MAX (360, width), MAX (400, height));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
bounce_window_close_request (GtkWindow *window)
{
  BounceWindow *self = (BounceWindow *)window;
  int width, height;

  g_assert (BOUNCE_IS_WINDOW (self));

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (bounce_window_parent_class)->close_request (window);
}

static void
apply_debug_page (BounceWindow *self)
{
  /* For build-aux/screenshots only: open on a given page and search. */
  const char *page = g_getenv ("BOUNCE_EXPLAINER_PAGE");
  const char *query = g_getenv ("BOUNCE_EXPLAINER_LOOKUP");

  if (query != NULL)
    bounce_lookup_page_set_query (self->lookup_page, query);
  if (page != NULL)
    bounce_window_show_page (self, page);
}

static void
bounce_window_dispose (GObject *object)
{
  BounceWindow *self = (BounceWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  stop_loading_ui (self);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_WINDOW);

  if (self->read_cancellable != NULL)
    g_cancellable_cancel (self->read_cancellable);
  g_clear_object (&self->read_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->loader);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->reports, g_ptr_array_unref);
  g_clear_pointer (&self->page_before_loading, g_free);

  G_OBJECT_CLASS (bounce_window_parent_class)->dispose (object);
}

static void
bounce_window_class_init (BounceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bounce_window_dispose;
  window_class->close_request = bounce_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/bounce-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, explain_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, messages_bar);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, messages_position_label);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, batch_view);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, verdict_view);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, lookup_page);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, faq_page);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, drop_highlight);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, example_menu);
  gtk_widget_class_bind_template_callback (widget_class, batch_row_activated_cb);

  _bounce_window_class_actions_init (klass);

  g_type_ensure (BOUNCE_TYPE_BATCH_VIEW);
  g_type_ensure (BOUNCE_TYPE_FAQ_PAGE);
  g_type_ensure (BOUNCE_TYPE_LOOKUP_PAGE);
  g_type_ensure (BOUNCE_TYPE_VERDICT_VIEW);
}

static void
bounce_window_init (BounceWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = g_settings_new (BOUNCE_SETTINGS_SCHEMA_ID);
  restore_window_state (self);

  g_signal_connect_object (self->verdict_view, "summary-copied",
                           G_CALLBACK (summary_copied_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bounce_batch_view_get_model (self->batch_view), "notify::loading",
                           G_CALLBACK (batch_loading_cb), self, G_CONNECT_SWAPPED);

  fill_example_menu (self);
  _bounce_window_dnd_init (self);
  _bounce_window_update_actions (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drop_highlight),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Drop to explain"),
                                  -1);

  apply_debug_page (self);
}

/* Several files, a folder or an mbox go to the batch view, which shows
 * results while it reads; a single message goes to the verdict. */
static gboolean
wants_batch (GFile **files,
             guint   n_files)
{
  g_autofree char *name = NULL;

  if (n_files > 1)
    return TRUE;

  name = g_file_get_basename (files[0]);
  if (name != NULL && (g_str_has_suffix (name, ".mbox") || g_str_has_suffix (name, ".mbx")))
    return TRUE;

  return g_file_query_file_type (files[0], G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY;
}

BounceWindow *
bounce_window_new (BounceApplication *application)
{
  return g_object_new (BOUNCE_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

void
bounce_window_open_files (BounceWindow  *self,
                          GFile        **files,
                          guint          n_files)
{
  g_autoptr(BounceLoader) loader = NULL;

  g_return_if_fail (BOUNCE_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  if (n_files == 0)
    return;

  if (wants_batch (files, n_files))
    {
      /* A running read of the window's own is replaced. */
      if (self->cancellable != NULL)
        g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      g_clear_object (&self->loader);
      stop_loading_ui (self);
      g_clear_pointer (&self->reports, g_ptr_array_unref);
      self->batch_messages = 0;

      adw_view_stack_set_visible_child_name (self->view_stack, "explain");
      gtk_stack_set_visible_child_name (self->explain_stack, "messages");
      bounce_batch_view_load_files (self->batch_view, files, n_files);
      _bounce_window_update_actions (self);
      return;
    }

  loader = bounce_loader_new ();
  for (guint i = 0; i < n_files; i++)
    bounce_loader_add_file (loader, files[i]);

  _bounce_window_load (self, loader);
}

void
bounce_window_open_text (BounceWindow *self,
                         const char   *text)
{
  g_autoptr(BounceLoader) loader = NULL;

  g_return_if_fail (BOUNCE_IS_WINDOW (self));

  loader = bounce_loader_new ();
  bounce_loader_set_text (loader, text ? text : "");
  _bounce_window_load (self, loader);
}

gboolean
bounce_window_open_example (BounceWindow *self,
                            const char   *name)
{
  g_autoptr(BounceLoader) loader = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *file = NULL;

  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  /* Names come from our own menu; refuse anything that could leave the folder. */
  if (strchr (name, '/') != NULL)
    return FALSE;

  file = g_strconcat (name, ".eml", NULL);
  path = g_strconcat (BOUNCE_EXAMPLES_PATH, file, NULL);
  if (!(bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL)))
    {
      _bounce_window_add_toast (self, _("This example is missing from the app"));
      return FALSE;
    }

  loader = bounce_loader_new ();
  bounce_loader_set_bytes (loader, bytes, file);
  _bounce_window_load (self, loader);

  return TRUE;
}

void
bounce_window_show_page (BounceWindow *self,
                         const char   *name)
{
  g_return_if_fail (BOUNCE_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (!g_str_equal (name, "explain") && !g_str_equal (name, "lookup") && !g_str_equal (name, "faq"))
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, name);

  if (g_str_equal (name, "lookup"))
    bounce_lookup_page_focus_search (self->lookup_page);
}

gboolean
_bounce_window_is_busy (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), FALSE);

  return self->loader != NULL ||
         bounce_batch_model_get_loading (bounce_batch_view_get_model (self->batch_view));
}

const char *
_bounce_window_get_explain_page (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->explain_stack);
}

BounceVerdictView *
_bounce_window_get_verdict_view (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->verdict_view;
}

BounceLookupPage *
_bounce_window_get_lookup_page (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->lookup_page;
}

BounceFaqPage *
_bounce_window_get_faq_page (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->faq_page;
}

const char *
_bounce_window_get_error_title (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return adw_status_page_get_title (self->error_page);
}
