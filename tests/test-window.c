/* test-window.c
 *
 * The main window, driven as a user would: open, drop, paste, check steps,
 * look up codes, and the paths where the input is no bounce at all.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "bounce-window-private.h"

#define WAIT_TIMEOUT_USEC (20 * G_USEC_PER_SEC)

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Spins the main loop until the window has finished reading, with a limit. */
static void
wait_until_idle (BounceWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  guint tick = g_timeout_add (20, tick_cb, NULL);

  while (_bounce_window_is_busy (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  /* Let the stack and the list settle. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_source_remove (tick);
  g_assert_false (_bounce_window_is_busy (window));
}

static BounceWindow *
create_window (void)
{
  BounceWindow *window = g_object_new (BOUNCE_TYPE_WINDOW, NULL);

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
destroy_window (BounceWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (window);
}

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return g_file_new_for_path (path);
}

static void
open_fixture (BounceWindow *window,
              const char   *name)
{
  g_autoptr(GFile) file = fixture (name);

  bounce_window_open_files (window, &file, 1);
  g_assert_true (_bounce_window_is_busy (window));
  wait_until_idle (window);
}

static const char *
reason_title (BounceReason reason)
{
  const BounceKnowledgeEntry *entry = bounce_knowledge_get_reason (reason);

  g_assert_nonnull (entry);

  return bounce_knowledge_entry_title (entry);
}

static void
test_empty_state (void)
{
  BounceWindow *window = create_window ();

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "empty");
  g_assert_false (_bounce_window_is_busy (window));
  /* Nothing to copy before there is a verdict. */
  g_assert_null (bounce_verdict_view_get_report (_bounce_window_get_verdict_view (window)));
  g_assert_null (bounce_verdict_view_dup_summary (_bounce_window_get_verdict_view (window)));
  /* The examples compiled into the app are offered, each one working. */
  g_assert_cmpint (g_menu_model_get_n_items (G_MENU_MODEL (window->example_menu)), ==, 6);
  for (int i = 0; i < g_menu_model_get_n_items (G_MENU_MODEL (window->example_menu)); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (G_MENU_MODEL (window->example_menu),
                                                                          i, G_MENU_ATTRIBUTE_TARGET,
                                                                          G_VARIANT_TYPE_STRING);

      g_assert_nonnull (target);
      g_assert_true (bounce_window_open_example (window, g_variant_get_string (target, NULL)));
      wait_until_idle (window);
      g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
    }

  destroy_window (window);
}

static void
test_open_fixture (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);

  open_fixture (window, "postfix-user-unknown.eml");

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  g_assert_cmpstr (bounce_verdict_view_get_headline_text (view), ==,
                   reason_title (BOUNCE_REASON_USERUNKNOWN));
  g_assert_cmpstr (bounce_verdict_view_get_status_text (view), ==, "5.1.1");
  g_assert_cmpstr (bounce_verdict_view_get_category_text (view), ==, "Permanent failure");
  g_assert_cmpuint (bounce_verdict_view_get_n_recipients (view), ==, 1);
  g_assert_cmpstr (bounce_verdict_view_get_verdict (view)->recipient, ==, "jwalsh@example.org");

  destroy_window (window);
}

static void
test_open_example (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.example", "s", "user-unknown"));
  wait_until_idle (window);

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  g_assert_cmpstr (bounce_verdict_view_get_headline_text (view), ==,
                   reason_title (BOUNCE_REASON_USERUNKNOWN));
  g_assert_cmpstr (bounce_verdict_view_get_reply_code_text (view), ==, "550");
  g_assert_cmpstr (bounce_verdict_view_get_status_text (view), ==, "5.1.1");

  /* A name that is not an example is refused, not looked up elsewhere. */
  g_assert_false (bounce_window_open_example (window, "../../etc/passwd"));
  g_assert_false (_bounce_window_is_busy (window));

  destroy_window (window);
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GtkDropTarget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        found = GTK_DROP_TARGET (controller);
    }

  return found;
}

static void
test_drop_files (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  g_autoptr(GFile) delayed = fixture ("postfix-delayed.eml");
  g_autoptr(GFile) multi = fixture ("exim-multi.eml");
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  g_auto(GValue) value = G_VALUE_INIT;
  GdkFileList *list;
  GFile *files[2];
  gboolean accepted = FALSE;
  g_autoptr(BounceBatchRow) row = NULL;
  GListModel *rows;
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;

  g_assert_nonnull (target);

  /* One file: its verdict. */
  files[0] = delayed;
  list = gdk_file_list_new_from_array (files, 1);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, list);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  wait_until_idle (window);

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  g_assert_cmpstr (bounce_verdict_view_get_headline_text (view), ==, "Still trying — nothing to do yet");
  g_assert_cmpstr (bounce_verdict_view_get_category_text (view), ==, "Temporary problem");
  g_assert_cmpstr (bounce_verdict_view_get_status_text (view), ==, "4.2.2");
  g_assert_false (gtk_widget_get_visible (window->drop_highlight));

  /* Two files: a list of both messages, each opening its own verdict. */
  files[1] = multi;
  g_value_unset (&value);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (files, 2));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  wait_until_idle (window);

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "messages");
  rows = bounce_batch_model_get_rows (bounce_batch_view_get_model (window->batch_view));
  g_assert_cmpuint (bounce_batch_model_get_n_messages (bounce_batch_view_get_model (window->batch_view)), ==, 2);
  /* A row of the second message, opened from the table: read again in a worker. */
  for (guint i = 0; i < g_list_model_get_n_items (rows) && row == NULL; i++)
    {
      g_autoptr(BounceBatchRow) candidate = g_list_model_get_item (rows, i);

      if (g_str_has_suffix (bounce_batch_row_get_source (candidate), "exim-multi.eml"))
        row = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (row);
  g_signal_emit_by_name (window->batch_view, "row-activated", row);
  while (g_strcmp0 (_bounce_window_get_explain_page (window), "verdict") != 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  g_assert_cmpuint (bounce_verdict_view_get_n_recipients (view), >, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-messages", NULL));
  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "messages");

  destroy_window (window);
}

static void
test_drop_text (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "552 5.2.2 <r.lindgren@example.org>: Mailbox full, quota exceeded");
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  wait_until_idle (window);

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  g_assert_cmpstr (bounce_verdict_view_get_status_text (view), ==, "5.2.2");
  g_assert_cmpstr (bounce_verdict_view_get_reply_code_text (view), ==, "552");
  g_assert_cmpstr (bounce_verdict_view_get_headline_text (view), ==,
                   reason_title (BOUNCE_REASON_MAILBOXFULL));

  /* An empty string is refused. */
  g_value_set_string (&value, "");
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_false (accepted);
  g_assert_false (_bounce_window_is_busy (window));

  destroy_window (window);
}

static void
test_paste_files (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  g_autoptr(GFile) file = fixture ("arf-abuse-report.eml");
  GdkFileList *list = gdk_file_list_new_from_array (&file, 1);
  gint64 deadline;

  /* Files copied in a file manager are opened like dropped ones. */
  gdk_clipboard_set (gtk_widget_get_clipboard (GTK_WIDGET (window)), GDK_TYPE_FILE_LIST, list);
  g_boxed_free (GDK_TYPE_FILE_LIST, list);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));

  deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  while (!_bounce_window_is_busy (window) &&
         g_strcmp0 (_bounce_window_get_explain_page (window), "empty") == 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  wait_until_idle (window);

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  g_assert_cmpstr (bounce_verdict_view_get_headline_text (view), ==, "A spam complaint");

  destroy_window (window);
}

static void
test_drop_message_bytes (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "gmail-unauthenticated.eml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  /* What a mail program drags: the message itself, as message/rfc822. */
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);

  _bounce_window_open_message_bytes (window, bytes);
  g_assert_true (_bounce_window_is_busy (window));
  wait_until_idle (window);

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  g_assert_cmpstr (bounce_verdict_view_get_status_text (view), ==, "5.7.26");
  g_assert_cmpstr (bounce_verdict_view_get_category_text (view), ==, "Permanent failure");

  destroy_window (window);
}

static void
test_drop_highlight (void)
{
  BounceWindow *window = create_window ();
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  GdkDragAction action = 0;

  g_assert_false (gtk_widget_get_visible (window->drop_highlight));
  g_signal_emit_by_name (target, "enter", 5.0, 5.0, &action);
  g_assert_true (action & GDK_ACTION_COPY);
  g_assert_true (gtk_widget_get_visible (window->drop_highlight));
  g_signal_emit_by_name (target, "leave");
  g_assert_false (gtk_widget_get_visible (window->drop_highlight));

  destroy_window (window);
}

static void
test_several_recipients (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  BounceReport *report;
  g_autofree char *first = NULL;

  open_fixture (window, "exim-multi.eml");

  report = bounce_verdict_view_get_report (view);
  g_assert_cmpuint (bounce_verdict_view_get_n_recipients (view), ==, bounce_report_get_n_records (report));
  g_assert_cmpuint (bounce_verdict_view_get_n_recipients (view), >=, 2);
  g_assert_cmpuint (bounce_verdict_view_get_selected (view), ==, 0);
  first = g_strdup (bounce_verdict_view_get_verdict (view)->recipient);
  g_assert_cmpstr (first, ==, bounce_record_get_recipient (bounce_report_get_record (report, 0)));

  /* Progress through the steps is kept per recipient. */
  bounce_checklist_set_step_done (bounce_verdict_view_get_checklist (view), 0, TRUE);
  g_assert_cmpuint (bounce_checklist_get_n_done (bounce_verdict_view_get_checklist (view)), ==, 1);

  bounce_verdict_view_select (view, 1);
  g_assert_cmpuint (bounce_verdict_view_get_selected (view), ==, 1);
  g_assert_cmpuint (bounce_checklist_get_n_done (bounce_verdict_view_get_checklist (view)), ==, 0);
  g_assert_cmpstr (bounce_verdict_view_get_verdict (view)->recipient, ==,
                   bounce_record_get_recipient (bounce_report_get_record (report, 1)));
  g_assert_cmpstr (bounce_verdict_view_get_verdict (view)->recipient, !=, first);

  bounce_verdict_view_select (view, 0);
  g_assert_cmpstr (bounce_verdict_view_get_verdict (view)->recipient, ==, first);
  g_assert_cmpuint (bounce_checklist_get_n_done (bounce_verdict_view_get_checklist (view)), ==, 1);
  g_assert_true (bounce_checklist_get_step_done (bounce_verdict_view_get_checklist (view), 0));

  destroy_window (window);
}

static void
set_clipboard_and_paste (BounceWindow *window,
                         const char   *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));

  /* Reading the clipboard is asynchronous too: wait for the worker to start. */
  {
    gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;

    while (!_bounce_window_is_busy (window) &&
           g_strcmp0 (_bounce_window_get_explain_page (window), "empty") == 0 &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
  }

  wait_until_idle (window);
}

static void
test_paste_text (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  g_autofree char *summary = NULL;

  set_clipboard_and_paste (window,
                           "550 5.1.1 <a.person@example.net>: Recipient address rejected: "
                           "User unknown in virtual mailbox table");

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  g_assert_cmpstr (bounce_verdict_view_get_reply_code_text (view), ==, "550");
  g_assert_cmpstr (bounce_verdict_view_get_status_text (view), ==, "5.1.1");
  g_assert_cmpstr (bounce_verdict_view_get_category_text (view), ==, "Permanent failure");
  g_assert_cmpstr (bounce_verdict_view_get_headline_text (view), ==,
                   reason_title (BOUNCE_REASON_USERUNKNOWN));

  summary = bounce_verdict_view_dup_summary (view);
  g_assert_nonnull (strstr (summary, bounce_verdict_view_get_headline_text (view)));
  g_assert_nonnull (strstr (summary, "User unknown in virtual mailbox table"));

  destroy_window (window);
}

static void
test_paste_nothing (void)
{
  BounceWindow *window = create_window ();

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "   \n ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));
  {
    gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

    while (g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
  }

  /* Blank text starts nothing and leaves the empty state in place. */
  g_assert_false (_bounce_window_is_busy (window));
  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "empty");

  destroy_window (window);
}

static void
test_text_is_literal (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  g_autofree char *summary = NULL;

  /* Broken markup in an email must neither be interpreted nor warn
   * (warnings are fatal in this test). */
  set_clipboard_and_paste (window,
                           "550 5.1.1 <b>unclosed & <i>bold</i> <x@example.net>: "
                           "User unknown &amp; gone");

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  summary = bounce_verdict_view_dup_summary (view);
  g_assert_nonnull (strstr (summary, "<b>unclosed & <i>bold</i>"));
  g_assert_nonnull (strstr (summary, "&amp; gone"));

  destroy_window (window);
}

static void
clipboard_text_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
}

static void
test_copy_summary (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  g_autofree char *text = NULL;
  gint64 deadline;

  open_fixture (window, "exim-multi.eml");
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "old");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-summary", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL,
                                 clipboard_text_cb, &text);
  deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  while (text == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, bounce_verdict_view_get_headline_text (view)));
  g_assert_nonnull (strstr (text, "Permanent failure"));
  g_assert_nonnull (strstr (text, bounce_verdict_view_get_verdict (view)->recipient));
  g_assert_nonnull (strstr (text, "5.1.1"));

  destroy_window (window);
}

static void
test_checklist (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  BounceChecklist *checklist = bounce_verdict_view_get_checklist (view);
  const BounceKnowledgeEntry *entry = bounce_knowledge_get_reason (BOUNCE_REASON_USERUNKNOWN);
  guint n_steps;

  open_fixture (window, "postfix-user-unknown.eml");

  n_steps = bounce_checklist_get_n_steps (checklist);
  g_assert_cmpuint (n_steps, ==, bounce_knowledge_entry_n_steps (entry));
  g_assert_cmpuint (n_steps, >=, 2);
  g_assert_cmpuint (bounce_checklist_get_n_done (checklist), ==, 0);

  /* As a user would: activate the check boxes. */
  gtk_widget_activate (GTK_WIDGET (bounce_checklist_get_check_button (checklist, 0)));
  g_assert_cmpuint (bounce_checklist_get_n_done (checklist), ==, 1);
  g_assert_true (bounce_checklist_get_step_done (checklist, 0));
  {
    g_autofree char *expected = g_strdup_printf ("1 of %u done", n_steps);

    g_assert_cmpstr (bounce_checklist_get_progress_text (checklist), ==, expected);
  }

  for (guint i = 1; i < n_steps; i++)
    gtk_widget_activate (GTK_WIDGET (bounce_checklist_get_check_button (checklist, i)));
  g_assert_cmpuint (bounce_checklist_get_n_done (checklist), ==, n_steps);
  g_assert_cmpstr (bounce_checklist_get_progress_text (checklist), ==, "All done");

  gtk_widget_activate (GTK_WIDGET (bounce_checklist_get_check_button (checklist, 0)));
  g_assert_cmpuint (bounce_checklist_get_n_done (checklist), ==, n_steps - 1);
  g_assert_false (bounce_checklist_get_step_done (checklist, 0));

  destroy_window (window);
}

static gboolean
results_contain_key (BounceLookupPage *page,
                     const char       *key)
{
  for (guint i = 0; i < bounce_lookup_page_get_n_results (page); i++)
    if (g_strcmp0 (bounce_lookup_page_get_result (page, i)->key, key) == 0)
      return TRUE;

  return FALSE;
}

static void
test_lookup (void)
{
  BounceWindow *window = create_window ();
  BounceLookupPage *page = _bounce_window_get_lookup_page (window);
  guint n_all = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "lookup"));

  /* Empty: everything, to browse. */
  bounce_knowledge_get_all (&n_all);
  g_assert_cmpuint (n_all, >, 0);
  g_assert_cmpuint (bounce_lookup_page_get_n_results (page), ==, n_all);

  bounce_lookup_page_set_query (page, "550");
  g_assert_cmpuint (bounce_lookup_page_get_n_results (page), >, 0);
  g_assert_true (results_contain_key (page, "550"));
  /* The best match is shown at once. */
  g_assert_nonnull (bounce_lookup_page_get_selected (page));
  g_assert_cmpstr (bounce_lookup_page_get_detail_title (page), ==,
                   bounce_knowledge_entry_title (bounce_lookup_page_get_result (page, 0)));

  bounce_lookup_page_set_query (page, "5.7.26");
  g_assert_true (results_contain_key (page, "5.7.26") || results_contain_key (page, "X.7.26"));

  bounce_lookup_page_set_query (page, "relay");
  g_assert_cmpuint (bounce_lookup_page_get_n_results (page), >, 0);

  bounce_lookup_page_set_query (page, "452 4.2.2 Mailbox is full, try again later");
  g_assert_cmpuint (bounce_lookup_page_get_n_results (page), >, 0);

  bounce_lookup_page_set_query (page, "qqqzzzxxyy");
  g_assert_cmpuint (bounce_lookup_page_get_n_results (page), ==, 0);
  g_assert_null (bounce_lookup_page_get_selected (page));

  bounce_lookup_page_set_query (page, "");
  g_assert_cmpuint (bounce_lookup_page_get_n_results (page), ==, n_all);
  bounce_lookup_page_select (page, 3);
  g_assert_true (bounce_lookup_page_get_selected (page) == bounce_lookup_page_get_result (page, 3));

  destroy_window (window);
}

static void
test_paste_into_search (void)
{
  BounceWindow *window = create_window ();
  BounceLookupPage *page = _bounce_window_get_lookup_page (window);
  gint64 deadline;

  /* Ctrl+V in the search entry pastes into the entry, not a new bounce. */
  bounce_window_show_page (window, "lookup");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (GTK_IS_TEXT (gtk_root_get_focus (GTK_ROOT (window))));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "5.7.1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));

  deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  while (g_strcmp0 (bounce_lookup_page_get_query (page), "5.7.1") != 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpstr (bounce_lookup_page_get_query (page), ==, "5.7.1");
  g_assert_false (_bounce_window_is_busy (window));
  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "empty");

  destroy_window (window);
}

static void
test_faq (void)
{
  BounceWindow *window = create_window ();
  BounceFaqPage *page = _bounce_window_get_faq_page (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "faq"));
  g_assert_cmpuint (bounce_faq_page_get_n_questions (page), >=, 12);
  bounce_faq_page_expand (page, 0);

  destroy_window (window);
}

typedef struct
{
  const char *fixture;
  const char *headline;
  const char *category;
} KindCase;

static void
test_not_failures (void)
{
  static const KindCase cases[] = {
    { "not-a-bounce.eml", "This is not a bounce", "Not a failure" },
    { "out-of-office-iso2022jp.eml", "Out of office — nothing went wrong", "Not a failure" },
    { "arf-abuse-report.eml", "A spam complaint", "Not a failure" },
    { "delivered-dsn.eml", "Delivered", "Not a failure" },
    { "backscatter.eml", "You probably never sent this message", "Not your message" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      BounceWindow *window = create_window ();
      BounceVerdictView *view = _bounce_window_get_verdict_view (window);

      g_test_message ("%s", cases[i].fixture);
      open_fixture (window, cases[i].fixture);

      g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
      g_assert_cmpstr (bounce_verdict_view_get_headline_text (view), ==, cases[i].headline);
      g_assert_cmpstr (bounce_verdict_view_get_category_text (view), ==, cases[i].category);

      destroy_window (window);
    }
}

static void
test_not_email (void)
{
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  static const char garbage[] = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe\x00\x01";
  int fd;

  fd = g_file_open_tmp ("bounce-test-XXXXXX.png", &path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, garbage, sizeof garbage - 1, &error));
  g_assert_no_error (error);
  close (fd);

  file = g_file_new_for_path (path);
  bounce_window_open_files (window, &file, 1);
  wait_until_idle (window);

  /* Either a verdict that says so, or an inline error: never a crash or a
   * pretend bounce. */
  if (g_strcmp0 (_bounce_window_get_explain_page (window), "verdict") == 0)
    {
      g_assert_cmpstr (bounce_verdict_view_get_headline_text (view), ==, "This is not an email");
      g_assert_cmpstr (bounce_verdict_view_get_category_text (view), ==, "Not readable");
    }
  else
    {
      g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "error");
    }

  g_unlink (path);
  destroy_window (window);
}

static void
test_hostile_text (void)
{
  static const char message[] =
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\n"
    "To: someone@example.com\n"
    "Subject: Undelivered <b>Mail & Returned\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n"
    "\n"
    "--b1\n"
    "Content-Type: text/plain\n"
    "\n"
    "This is the mail system. <b>bold & broken\n"
    "\n"
    "--b1\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.com\n"
    "\n"
    "Final-Recipient: rfc822; x@example.org\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 user unknown \xff\xfe\xc3\x28 <i>&amp; <span foreground='red'>\n"
    "\n"
    "--b1--\n";
  BounceWindow *window = create_window ();
  BounceVerdictView *view = _bounce_window_get_verdict_view (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *summary = NULL;
  int fd;

  /* Invalid UTF-8 and markup in every field: shown literally, no warning
   * (warnings are fatal here). */
  fd = g_file_open_tmp ("bounce-test-XXXXXX.eml", &path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, message, sizeof message - 1, &error));
  g_assert_no_error (error);
  close (fd);

  file = g_file_new_for_path (path);
  bounce_window_open_files (window, &file, 1);
  wait_until_idle (window);

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  g_assert_cmpstr (bounce_verdict_view_get_status_text (view), ==, "5.1.1");
  summary = bounce_verdict_view_dup_summary (view);
  g_assert_true (g_utf8_validate (summary, -1, NULL));
  g_assert_nonnull (strstr (summary, "<i>&amp; <span foreground='red'>"));

  g_unlink (path);
  destroy_window (window);
}

static void
test_incomplete_report (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "exim-multi.eml", NULL);
  g_autoptr(BounceReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  BounceVerdictView *view;
  char *contents = NULL;
  gsize length = 0;

  /* A report cut at a limit says so, in the view and in the summary. */
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);
  bounce_analyzer_set_max_recipients (analyzer, 1);
  report = bounce_analyzer_analyze_bytes (analyzer, bytes, "exim-multi.eml");
  g_assert_nonnull (bounce_report_get_warning (report));

  view = g_object_ref_sink (BOUNCE_VERDICT_VIEW (bounce_verdict_view_new ()));
  bounce_verdict_view_set_report (view, report);
  g_assert_cmpuint (bounce_verdict_view_get_n_recipients (view), ==, 1);
  summary = bounce_verdict_view_dup_summary (view);
  g_assert_nonnull (strstr (summary, bounce_report_get_warning (report)->message));

  bounce_verdict_view_set_report (view, NULL);
  g_assert_null (bounce_verdict_view_dup_summary (view));
  g_assert_finalize_object (view);
}

static void
test_missing_file (void)
{
  BounceWindow *window = create_window ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/bounce-explainer/none.eml");

  bounce_window_open_files (window, &file, 1);
  wait_until_idle (window);

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "error");
  g_assert_cmpstr (_bounce_window_get_error_title (window), ==, "Could Not Read This");

  destroy_window (window);
}

static void
test_cancel (void)
{
  BounceWindow *window = create_window ();
  g_autoptr(GFile) file = fixture ("exim-multi.eml");

  bounce_window_open_files (window, &file, 1);
  g_assert_true (_bounce_window_is_busy (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel", NULL));
  wait_until_idle (window);

  /* Cancelled before it finished, or it finished first; never an error page. */
  g_assert_cmpstr (_bounce_window_get_explain_page (window), !=, "error");

  destroy_window (window);
}

static void
test_window_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BOUNCE_SETTINGS_SCHEMA_ID);
  BounceWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 640);
  g_settings_set_int (settings, "window-height", 580);
  window = create_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 580);

  /* Closing saves the size for the next start. */
  gtk_window_set_default_size (GTK_WINDOW (window), 420, 610);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 420);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/empty-state", test_empty_state);
  g_test_add_func ("/window/open-fixture", test_open_fixture);
  g_test_add_func ("/window/open-example", test_open_example);
  g_test_add_func ("/window/drop-files", test_drop_files);
  g_test_add_func ("/window/drop-text", test_drop_text);
  g_test_add_func ("/window/drop-message-bytes", test_drop_message_bytes);
  g_test_add_func ("/window/drop-highlight", test_drop_highlight);
  g_test_add_func ("/window/paste-files", test_paste_files);
  g_test_add_func ("/window/several-recipients", test_several_recipients);
  g_test_add_func ("/window/paste-text", test_paste_text);
  g_test_add_func ("/window/paste-nothing", test_paste_nothing);
  g_test_add_func ("/window/text-is-literal", test_text_is_literal);
  g_test_add_func ("/window/copy-summary", test_copy_summary);
  g_test_add_func ("/window/checklist", test_checklist);
  g_test_add_func ("/window/lookup", test_lookup);
  g_test_add_func ("/window/paste-into-search", test_paste_into_search);
  g_test_add_func ("/window/faq", test_faq);
  g_test_add_func ("/window/not-failures", test_not_failures);
  g_test_add_func ("/window/not-email", test_not_email);
  g_test_add_func ("/window/hostile-text", test_hostile_text);
  g_test_add_func ("/window/incomplete-report", test_incomplete_report);
  g_test_add_func ("/window/missing-file", test_missing_file);
  g_test_add_func ("/window/cancel", test_cancel);
  g_test_add_func ("/window/size", test_window_size);

  return g_test_run ();
}
