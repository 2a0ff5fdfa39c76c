/* test-batch.c
 *
 * The batch view on its own, in a window: reading several fixtures, a
 * folder and a large generated mbox; counts, filters, sorting, the
 * addresses to remove, copying, exports, row activation and Cancel.
 *
 * The expected counts are those of tests/fixtures/expected.ini for the
 * fixtures used here (what each email says).
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "bounce-batch-view.h"
#include "bounce-summary-chart.h"
#include "bounce-window-private.h"

#define WAIT_TIMEOUT_USEC (60 * G_USEC_PER_SEC)

static const char * const batch_files[] = {
  "exim-multi.eml",             /* k.ito (userunknown, hard), accounts@example.net (hostunknown,
                                 * hard), h.larsen (mailboxfull) */
  "postfix-user-unknown.eml",   /* jwalsh@example.org, userunknown, hard */
  "not-a-bounce.eml",
  "out-of-office-iso2022jp.eml",
  "postfix-delayed.eml",        /* pieter.devries@example.org, mailboxfull, delayed */
  "yahoo-no-account.eml",       /* z.hollis.2041@yahoo.com, userunknown, hard */
};

static const char * const expected_remove[] = {
  "accounts@example.net",
  "jwalsh@example.org",
  "k.ito@example.org",
  "z.hollis.2041@yahoo.com",
  NULL
};

typedef struct
{
  GtkWindow       *window;
  BounceBatchView *view;
} Fixture;

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop until the view is done reading and filtering. */
static void
wait_until_idle (BounceBatchView *view)
{
  BounceBatchModel *model = bounce_batch_view_get_model (view);
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  guint tick = g_timeout_add (10, tick_cb, NULL);

  while ((bounce_batch_model_get_loading (model) || bounce_batch_view_is_filtering (view)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  spin ();

  g_source_remove (tick);
  g_assert_false (bounce_batch_model_get_loading (model));
  g_assert_false (bounce_batch_view_is_filtering (view));
}

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);

  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  return g_file_new_for_path (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  g_object_ref_sink (fixture->window);
  gtk_window_set_default_size (fixture->window, 900, 700);
  fixture->view = BOUNCE_BATCH_VIEW (bounce_batch_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  spin ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  spin ();
  g_assert_finalize_object (fixture->window);
}

static void
load_batch (Fixture *fixture)
{
  GFile *files[G_N_ELEMENTS (batch_files)];

  for (guint i = 0; i < G_N_ELEMENTS (batch_files); i++)
    files[i] = fixture_file (batch_files[i]);

  bounce_batch_view_load_files (fixture->view, files, G_N_ELEMENTS (files));
  g_assert_true (bounce_batch_model_get_loading (bounce_batch_view_get_model (fixture->view)));
  wait_until_idle (fixture->view);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  /* Not into the pop-ups of the drop-downs. */
  if (GTK_IS_POPOVER (widget))
    return NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
read_report_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  BounceReport **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = bounce_batch_model_read_report_finish (BOUNCE_BATCH_MODEL (object), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*out);
}

/* The report of @row, read again as the app does when the row is opened. */
static BounceReport *
read_row_report (BounceBatchModel *model,
                 BounceBatchRow   *row)
{
  BounceReport *report = NULL;
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;

  bounce_batch_model_read_report_async (model, row, NULL, read_report_cb, &report);
  while (report == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (report);

  return report;
}

/* The JSON objects of @report, as the exports write them. */
static char *
report_json (BounceReport *report)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GString *out = g_string_new (NULL);
  gboolean first = TRUE;

  bounce_export_append_json_report (out, generator, report, &first);

  return g_string_free (out, FALSE);
}

static gboolean
collect_cb (BounceReport *report,
            gpointer      user_data)
{
  g_ptr_array_add (user_data, g_object_ref (report));

  return TRUE;
}

/* The reports of @files read straight through the engine, as the batch
 * reads them: folders as files, anything else as a stream. */
static GPtrArray *
analyze_inputs (GFile **files,
                guint   n_files)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  GPtrArray *reports = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GError) error = NULL;

      if (g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        g_assert_true (bounce_analyzer_analyze_file (analyzer, files[i], collect_cb, reports, NULL, &error));
      else
        {
          g_autoptr(GFileInputStream) stream = g_file_read (files[i], NULL, &error);
          g_autofree char *path = g_file_get_path (files[i]);

          g_assert_no_error (error);
          g_assert_true (bounce_analyzer_analyze_stream (analyzer, G_INPUT_STREAM (stream), path,
                                                         collect_cb, reports, NULL, &error));
        }
      g_assert_no_error (error);
    }

  return reports;
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  BounceBatchModel *model = bounce_batch_view_get_model (fixture->view);
  BounceSummary *summary = bounce_batch_model_get_summary (model);
  g_autofree char *description = NULL;

  load_batch (fixture);

  g_assert_cmpuint (bounce_batch_model_get_n_messages (model), ==, 6);
  g_assert_cmpuint (bounce_batch_model_get_n_failed (model), ==, 0);
  g_assert_false (bounce_batch_model_get_cancelled (model));
  g_assert_null (bounce_batch_view_get_status_text (fixture->view));
  g_assert_cmpstr (bounce_batch_view_get_progress_text (fixture->view), ==, "6 messages read");

  /* One row per recipient of a bounce, one per other message. */
  g_assert_cmpuint (g_list_model_get_n_items (bounce_batch_model_get_rows (model)), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (bounce_batch_view_get_shown (fixture->view)), ==, 8);

  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_CATEGORY, "permanent"), ==, 5);
  /* The delay notice: the engine says informational, people read "temporary problem". */
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_CATEGORY, "temporary"), ==, 1);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_CATEGORY, "informational"), ==, 0);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_CATEGORY, "not-bounce"), ==, 1);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_CATEGORY, "auto-reply"), ==, 1);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_REASON, "userunknown"), ==, 3);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_REASON, "hostunknown"), ==, 1);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_REASON, "mailboxfull"), ==, 2);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_DOMAIN, "example.org"), ==, 4);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_DOMAIN, "example.net"), ==, 1);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_DOMAIN, "yahoo.com"), ==, 1);

  /* The charts say the same in words, for screen readers. */
  description = bounce_summary_chart_dup_description (BOUNCE_SUMMARY_CHART (bounce_batch_view_get_chart (fixture->view, "category")));
  g_assert_nonnull (strstr (description, "Permanent failure: 5."));
  g_assert_nonnull (strstr (description, "Automatic reply: 1."));
  g_clear_pointer (&description, g_free);
  description = bounce_summary_chart_dup_description (BOUNCE_SUMMARY_CHART (bounce_batch_view_get_chart (fixture->view, "domain")));
  g_assert_true (g_str_has_prefix (description, "example.org: 4."));
  g_assert_cmpuint (bounce_summary_chart_get_n_bars (BOUNCE_SUMMARY_CHART (bounce_batch_view_get_chart (fixture->view, "reason"))), ==, 3);
}

static void
test_remove_list (Fixture       *fixture,
                  gconstpointer  data)
{
  BounceSummary *summary = bounce_batch_model_get_summary (bounce_batch_view_get_model (fixture->view));
  g_auto(GStrv) remove = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected_text = NULL;
  GtkListView *list;

  load_batch (fixture);

  /* Exactly the hard bounces: not the full mailboxes, not the others. */
  remove = bounce_summary_dup_remove_list (summary);
  g_assert_cmpstrv (remove, expected_remove);

  expected_text = g_strconcat (expected_remove[0], "\n", expected_remove[1], "\n",
                               expected_remove[2], "\n", expected_remove[3], "\n", NULL);
  text = bounce_batch_view_dup_remove_text (fixture->view);
  g_assert_cmpstr (text, ==, expected_text);

  /* The page lists them too. */
  bounce_batch_view_show_page (fixture->view, "remove");
  spin ();
  list = GTK_LIST_VIEW (find_named (GTK_WIDGET (fixture->view), "remove-list"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==, 4);
}

static void
clipboard_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
}

static void
test_copy (Fixture       *fixture,
           gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->view));
  g_autofree char *expected = NULL;
  char *text = NULL;

  load_batch (fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "batch.copy-remove", NULL));
  gdk_clipboard_read_text_async (clipboard, NULL, clipboard_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  expected = bounce_batch_view_dup_remove_text (fixture->view);
  g_assert_cmpstr (text, ==, expected);
  g_assert_true (g_str_has_prefix (text, "accounts@example.net\njwalsh@example.org\n"));
  g_free (text);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GListModel *shown = bounce_batch_view_get_shown (fixture->view);

  load_batch (fixture);

  bounce_batch_view_set_search (fixture->view, "EXAMPLE.NET");
  wait_until_idle (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  {
    g_autoptr(BounceBatchRow) row = g_list_model_get_item (shown, 0);

    g_assert_cmpstr (bounce_batch_row_get_recipient (row), ==, "accounts@example.net");
  }

  /* Searching a reply code. */
  bounce_batch_view_set_search (fixture->view, "552");
  wait_until_idle (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  bounce_batch_view_set_search (fixture->view, "");
  wait_until_idle (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 8);

  bounce_batch_view_set_category (fixture->view, "permanent");
  wait_until_idle (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 5);

  /* Both filters at once. */
  bounce_batch_view_set_search (fixture->view, "yahoo");
  wait_until_idle (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  bounce_batch_view_set_search (fixture->view, "no such text anywhere");
  wait_until_idle (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);

  bounce_batch_view_set_search (fixture->view, NULL);
  bounce_batch_view_set_category (fixture->view, NULL);
  wait_until_idle (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 8);
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *shown = bounce_batch_view_get_shown (fixture->view);
  GtkColumnView *column_view;
  GListModel *columns;
  GtkColumnViewColumn *code_column = NULL;
  GtkColumnViewColumn *recipient_column = NULL;
  g_autoptr(BounceBatchRow) first = NULL;
  g_autoptr(BounceBatchRow) last = NULL;

  load_batch (fixture);

  column_view = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_COLUMN_VIEW));
  columns = gtk_column_view_get_columns (column_view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 8);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Code") == 0)
        code_column = column;
      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Recipient") == 0)
        recipient_column = column;
    }
  g_assert_nonnull (code_column);
  g_assert_nonnull (recipient_column);

  gtk_column_view_sort_by_column (column_view, code_column, GTK_SORT_DESCENDING);
  wait_until_idle (fixture->view);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpuint (bounce_batch_row_get_reply_code (first), ==, 554);
  g_clear_object (&first);

  gtk_column_view_sort_by_column (column_view, recipient_column, GTK_SORT_ASCENDING);
  wait_until_idle (fixture->view);
  /* Rows without a recipient (not bounces) sort first. */
  last = g_list_model_get_item (shown, g_list_model_get_n_items (shown) - 1);
  g_assert_cmpstr (bounce_batch_row_get_recipient (last), ==, "z.hollis.2041@yahoo.com");
}

/* Asserts that @shown is in the order of @column, ascending or descending. */
static void
assert_ordered (GListModel        *shown,
                BounceBatchColumn  column,
                gboolean           descending)
{
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 1; i < n; i++)
    {
      g_autoptr(BounceBatchRow) before = g_list_model_get_item (shown, i - 1);
      g_autoptr(BounceBatchRow) after = g_list_model_get_item (shown, i);
      int order = bounce_batch_row_compare (before, after, column);

      if (descending)
        g_assert_cmpint (order, >=, 0);
      else
        g_assert_cmpint (order, <=, 0);
    }
}

/* Rows that arrive while a column is sorted go to their places. */
static void
test_sort_while_loading (Fixture       *fixture,
                         gconstpointer  data)
{
  BounceBatchModel *model = bounce_batch_view_get_model (fixture->view);
  GListModel *shown = bounce_batch_view_get_shown (fixture->view);
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkColumnViewColumn) recipient_column = NULL;
  g_autoptr(GtkColumnViewColumn) code_column = NULL;
  g_autoptr(BounceBatchRow) first = NULL;
  GtkColumnView *column_view;
  guint n_rows;

  column_view = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_COLUMN_VIEW));
  recipient_column = g_list_model_get_item (gtk_column_view_get_columns (column_view), 0);
  code_column = g_list_model_get_item (gtk_column_view_get_columns (column_view), 2);
  g_assert_cmpstr (gtk_column_view_column_get_title (recipient_column), ==, "Recipient");
  g_assert_cmpstr (gtk_column_view_column_get_title (code_column), ==, "Code");

  /* Sorted before anything arrives; reports come in many batches. */
  gtk_column_view_sort_by_column (column_view, recipient_column, GTK_SORT_ASCENDING);
  for (guint i = 0; i < 600; i++)
    {
      const char *name = batch_files[i % G_N_ELEMENTS (batch_files)];
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      g_ptr_array_add (reports, bounce_analyzer_analyze_bytes (analyzer, bytes, name));
    }

  bounce_batch_view_set_reports (fixture->view, reports);
  wait_until_idle (fixture->view);

  /* The six fixtures make eight rows; a hundred times each. */
  n_rows = g_list_model_get_n_items (bounce_batch_model_get_rows (model));
  g_assert_cmpuint (n_rows, ==, 800);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_rows);
  assert_ordered (shown, BOUNCE_BATCH_COLUMN_RECIPIENT, FALSE);
  first = g_list_model_get_item (shown, n_rows - 1);
  g_assert_cmpstr (bounce_batch_row_get_recipient (first), ==, "z.hollis.2041@yahoo.com");
  g_clear_object (&first);

  /* Another order, then a filter, then back to everything: still in order. */
  gtk_column_view_sort_by_column (column_view, code_column, GTK_SORT_DESCENDING);
  wait_until_idle (fixture->view);
  assert_ordered (shown, BOUNCE_BATCH_COLUMN_REPLY_CODE, TRUE);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpuint (bounce_batch_row_get_reply_code (first), ==, 554);
  g_clear_object (&first);

  bounce_batch_view_set_search (fixture->view, "example.org");
  wait_until_idle (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_rows);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  assert_ordered (shown, BOUNCE_BATCH_COLUMN_REPLY_CODE, TRUE);

  bounce_batch_view_set_search (fixture->view, NULL);
  wait_until_idle (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_rows);
  assert_ordered (shown, BOUNCE_BATCH_COLUMN_REPLY_CODE, TRUE);
}

static void
row_activated_cb (BounceBatchView *view,
                  BounceBatchRow  *row,
                  gpointer         user_data)
{
  BounceBatchRow **out = user_data;

  g_set_object (out, row);
}

static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  BounceBatchModel *model = bounce_batch_view_get_model (fixture->view);
  g_autoptr(BounceBatchRow) activated = NULL;
  g_autoptr(BounceBatchRow) expected = NULL;
  g_autoptr(BounceReport) report = NULL;
  GtkColumnView *column_view;
  BounceRecord *record;

  load_batch (fixture);

  g_signal_connect (fixture->view, "row-activated", G_CALLBACK (row_activated_cb), &activated);
  column_view = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_COLUMN_VIEW));
  g_signal_emit_by_name (column_view, "activate", 2);

  expected = g_list_model_get_item (bounce_batch_view_get_shown (fixture->view), 2);
  g_assert_true (activated == expected);

  /* The row keeps no report: its message is read again, to the same verdict. */
  report = read_row_report (model, activated);
  g_assert_cmpstr (bounce_report_get_source (report), ==, bounce_batch_row_get_source (activated));
  g_assert_cmpuint (bounce_report_get_index (report), ==, bounce_batch_row_get_message (activated));
  g_assert_cmpuint (bounce_report_get_n_records (report), >, bounce_batch_row_get_record_index (activated));
  record = bounce_report_get_record (report, bounce_batch_row_get_record_index (activated));
  g_assert_cmpstr (bounce_record_get_recipient (record), ==, bounce_batch_row_get_recipient (activated));
  g_assert_cmpuint (bounce_record_get_reply_code (record), ==, bounce_batch_row_get_reply_code (activated));
  g_assert_cmpint (bounce_record_get_hard_bounce (record), ==, bounce_batch_row_get_hard_bounce (activated));
}

/* Every row of an mbox, a maildir, a single file and a folder holding an
 * mbox, read again after the batch is done, gives the report the engine
 * gave when it read them: mbox messages from their own bytes (not the
 * first one only, and in a folder too), other folder files by name. */
static void
test_reread (Fixture       *fixture,
             gconstpointer  data)
{
  BounceBatchModel *model = bounce_batch_view_get_model (fixture->view);
  GListModel *rows = bounce_batch_model_get_rows (model);
  g_autoptr(GFile) mbox = fixture_file ("mbox/several.mbox");
  g_autoptr(GFile) maildir = fixture_file ("maildir");
  g_autoptr(GFile) single = fixture_file ("exim-multi.eml");
  g_autoptr(GFile) mbox_folder = fixture_file ("mbox");
  GFile *files[] = { single, mbox, maildir, mbox_folder };
  g_autoptr(GPtrArray) expected = analyze_inputs (files, G_N_ELEMENTS (files));
  guint n_rows;
  guint n_slices[G_N_ELEMENTS (files)] = { 0, };
  guint message = 0;
  goffset last_offset[G_N_ELEMENTS (files)] = { -1, -1, -1, -1 };

  bounce_batch_view_load_files (fixture->view, files, G_N_ELEMENTS (files));
  wait_until_idle (fixture->view);
  g_assert_cmpuint (bounce_batch_model_get_n_messages (model), ==, expected->len);

  n_rows = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(BounceBatchRow) row = g_list_model_get_item (rows, i);
      g_autoptr(BounceReport) report = read_row_report (model, row);
      g_autofree char *json = report_json (report);
      g_autofree char *expected_json = NULL;
      BounceBatchLocation location;

      bounce_batch_row_get_location (row, &location);
      g_assert_cmpuint (location.ordinal, >=, 1);
      g_assert_cmpuint (location.ordinal, <=, expected->len);
      message = location.ordinal;
      expected_json = report_json (g_ptr_array_index (expected, message - 1));
      g_assert_cmpstr (json, ==, expected_json);

      /* The messages of the mbox are slices of it, one after the other,
       * whether it was given alone or found in a folder; the maildir's
       * files are read by name. */
      g_assert_cmpuint (location.input, <, G_N_ELEMENTS (files));
      if (g_strcmp0 (bounce_batch_row_get_source (row), g_file_peek_path (mbox)) == 0)
        {
          g_assert_cmpint (location.kind, ==, BOUNCE_BATCH_LOCATION_SLICE);
          g_assert_cmpint (location.offset, >=, last_offset[location.input]);
          g_assert_cmpint (location.length, >, 0);
          last_offset[location.input] = location.offset;
          n_slices[location.input]++;
        }
      else if (location.input == 2)
        g_assert_cmpint (location.kind, ==, BOUNCE_BATCH_LOCATION_FILE);
    }
  g_assert_cmpuint (message, ==, expected->len);
  g_assert_cmpuint (n_slices[1], >=, 6);
  g_assert_cmpuint (n_slices[3], ==, n_slices[1]);
  g_assert_cmpint (last_offset[1], >, 0);
  g_assert_cmpint (last_offset[3], ==, last_offset[1]);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (bounce_batch_view_export_finish (BOUNCE_BATCH_VIEW (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static char *
export_to_string (BounceBatchView    *view,
                  BounceExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-batch-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "export", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean done = FALSE;
  char *contents = NULL;

  g_assert_no_error (error);
  bounce_batch_view_export_async (view, format, file, NULL, export_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_unlink (path);
  g_rmdir (dir);

  return contents;
}

static void
test_exports (Fixture       *fixture,
              gconstpointer  data)
{
  BounceBatchModel *model = bounce_batch_view_get_model (fixture->view);
  GListModel *rows = bounce_batch_model_get_rows (model);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *list = NULL;
  g_autofree char *expected_list = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *array;

  load_batch (fixture);

  /* JSON: one object per row, in the same order, parsed back. */
  json = export_to_string (fixture->view, BOUNCE_EXPORT_JSON);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, g_list_model_get_n_items (rows));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(BounceBatchRow) row = g_list_model_get_item (rows, i);
      JsonObject *object = json_array_get_object_element (array, i);

      g_assert_cmpstr (json_object_get_string_member_with_default (object, "recipient", NULL), ==,
                       bounce_batch_row_get_recipient (row));
      g_assert_cmpint (json_object_get_boolean_member (object, "hard_bounce"), ==,
                       bounce_batch_row_get_hard_bounce (row));
    }

  /* CSV: the header and one line per row (no field here spans lines). */
  csv = export_to_string (fixture->view, BOUNCE_EXPORT_CSV);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, g_list_model_get_n_items (rows) + 2);
  g_assert_true (g_str_has_prefix (lines[0], "file,message,recipient,domain,action,status,reply_code,"));
  g_assert_cmpstr (lines[g_list_model_get_n_items (rows) + 1], ==, "");
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BounceBatchRow) row = g_list_model_get_item (rows, i);
      const char *recipient = bounce_batch_row_get_recipient (row);

      if (recipient != NULL)
        g_assert_nonnull (strstr (lines[i + 1], recipient));
    }

  list = export_to_string (fixture->view, BOUNCE_EXPORT_REMOVE_LIST);
  expected_list = bounce_batch_view_dup_remove_text (fixture->view);
  g_assert_cmpstr (list, ==, expected_list);

  /* Byte for byte what bounce_export_write() makes of the engine's reports
   * (the contract with explain-bounce's objects and CSV rows). */
  {
    GFile *files[G_N_ELEMENTS (batch_files)];
    g_autoptr(GPtrArray) reports = NULL;
    g_autofree char *dir = g_dir_make_tmp ("test-batch-XXXXXX", &error);
    g_autofree char *path = g_build_filename (dir, "expected", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    const BounceExportFormat formats[] = { BOUNCE_EXPORT_JSON, BOUNCE_EXPORT_CSV };

    for (guint i = 0; i < G_N_ELEMENTS (batch_files); i++)
      files[i] = fixture_file (batch_files[i]);
    reports = analyze_inputs (files, G_N_ELEMENTS (files));
    for (guint i = 0; i < G_N_ELEMENTS (batch_files); i++)
      g_object_unref (files[i]);

    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      {
        g_autofree char *expected = NULL;
        g_autofree char *exported = export_to_string (fixture->view, formats[i]);

        g_assert_true (bounce_export_write (file, formats[i], reports, NULL, NULL, &error));
        g_assert_no_error (error);
        g_assert_true (g_file_get_contents (path, &expected, NULL, &error));
        g_assert_cmpstr (exported, ==, expected);
      }
    g_unlink (path);
    g_rmdir (dir);
  }
}

static void
test_folder (Fixture       *fixture,
             gconstpointer  data)
{
  BounceBatchModel *model = bounce_batch_view_get_model (fixture->view);
  g_autoptr(GFile) maildir = fixture_file ("maildir");
  g_autoptr(GFile) mbox = fixture_file ("mbox/several.mbox");
  g_autofree char *missing = g_test_build_filename (G_TEST_DIST, "fixtures", "no-such-file.eml", NULL);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  GFile *files[] = { maildir, mbox, nowhere };

  bounce_batch_view_load_files (fixture->view, files, G_N_ELEMENTS (files));
  wait_until_idle (fixture->view);

  /* expected.ini: three messages in the maildir; the mbox holds several. */
  g_assert_cmpuint (bounce_batch_model_get_n_messages (model), >, 3 + 1);
  g_assert_cmpuint (bounce_batch_model_get_n_failed (model), ==, 1);
  g_assert_nonnull (bounce_batch_view_get_status_text (fixture->view));
  g_assert_nonnull (strstr (bounce_batch_view_get_status_text (fixture->view), "could not be read"));
}

static void
test_set_reports (Fixture       *fixture,
                  gconstpointer  data)
{
  BounceBatchModel *model = bounce_batch_view_get_model (fixture->view);
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "postfix-user-unknown.eml", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  /* What the window hands over when its loader read many messages. */
  for (guint i = 0; i < 1200; i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (contents, length);

      g_ptr_array_add (reports, bounce_analyzer_analyze_bytes (analyzer, bytes, "postfix-user-unknown.eml"));
    }

  bounce_batch_view_set_reports (fixture->view, reports);
  g_assert_true (bounce_batch_model_get_loading (model));
  wait_until_idle (fixture->view);

  g_assert_cmpuint (bounce_batch_model_get_n_messages (model), ==, 1200);
  g_assert_cmpuint (g_list_model_get_n_items (bounce_batch_view_get_shown (fixture->view)), ==, 1200);
  g_assert_cmpuint (bounce_summary_get_n_remove (bounce_batch_model_get_summary (model)), ==, 1);
}

/* Writes an mbox of @n copies of a fixture; returns its path. */
static char *
make_mbox (const char *dir,
           guint       n)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "postfix-user-unknown.eml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) mbox = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "large.mbox", NULL);

  g_assert_true (g_file_get_contents (source, &contents, NULL, &error));
  for (guint i = 0; i < n; i++)
    {
      g_string_append (mbox, "From MAILER-DAEMON Fri Nov 27 19:00:00 2026\n");
      g_string_append (mbox, contents);
      g_string_append (mbox, "\n");
    }
  g_assert_true (g_file_set_contents (path, mbox->str, mbox->len, &error));

  return path;
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  BounceBatchModel *model = bounce_batch_view_get_model (fixture->view);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-batch-XXXXXX", &error);
  g_autofree char *path = make_mbox (dir, 20000);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  gint64 cancelled_at;
  gint64 latency;
  guint n_at_cancel;
  guint n_rows;

  bounce_batch_view_load_files (fixture->view, &file, 1);

  /* Wait for the first results to appear while the worker still reads. */
  while (bounce_batch_model_get_n_messages (model) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (bounce_batch_model_get_n_messages (model), >, 0);
  g_assert_true (bounce_batch_model_get_loading (model));

  cancelled_at = g_get_monotonic_time ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "batch.cancel", NULL));
  n_at_cancel = bounce_batch_model_get_n_messages (model);

  while (bounce_batch_model_get_loading (model) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  latency = g_get_monotonic_time () - cancelled_at;
  g_test_message ("Cancel took %" G_GINT64_FORMAT " ms", latency / 1000);

  g_assert_false (bounce_batch_model_get_loading (model));
  g_assert_cmpint (latency, <, 500 * 1000);
  g_assert_true (bounce_batch_model_get_cancelled (model));

  /* Partial results stay, nothing more arrives, and the view says so. */
  spin ();
  g_assert_cmpuint (bounce_batch_model_get_n_messages (model), ==, n_at_cancel);
  g_assert_cmpuint (bounce_batch_model_get_n_messages (model), <, 20000);
  n_rows = g_list_model_get_n_items (bounce_batch_model_get_rows (model));
  g_assert_cmpuint (n_rows, ==, bounce_summary_get_n_rows (bounce_batch_model_get_summary (model)));
  g_assert_nonnull (bounce_batch_view_get_status_text (fixture->view));
  g_assert_true (g_str_has_prefix (bounce_batch_view_get_status_text (fixture->view), "Stopped."));

  /* Saving writes what is shown, not the whole mbox. */
  {
    g_autofree char *csv = export_to_string (fixture->view, BOUNCE_EXPORT_CSV);
    g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, n_rows + 2);
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* Usable at 360 px: the view asks for no more width than that. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  const char *pages[] = { "table", "summary", "remove" };
  int minimum = 0;

  load_batch (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      bounce_batch_view_show_page (fixture->view, pages[i]);
      spin ();
      gtk_widget_measure (GTK_WIDGET (fixture->view), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      g_test_message ("%s: %d px", pages[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
    }
}

/* In the app: several files open the batch view; a row opens that message's
 * verdict, and "All Messages" leads back to the batch. */
static void
test_window (void)
{
  BounceWindow *window = g_object_new (BOUNCE_TYPE_WINDOW, NULL);
  g_autoptr(GFile) first = fixture_file ("postfix-user-unknown.eml");
  g_autoptr(GFile) second = fixture_file ("exim-multi.eml");
  GFile *files[] = { first, second };
  BounceBatchView *view;
  BounceBatchModel *model;
  GListModel *shown;
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  guint position = G_MAXUINT;

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  view = window->batch_view;
  model = bounce_batch_view_get_model (view);
  shown = bounce_batch_view_get_shown (view);

  bounce_window_open_files (window, files, G_N_ELEMENTS (files));
  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "messages");
  while (_bounce_window_is_busy (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  wait_until_idle (view);

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "messages");
  g_assert_cmpuint (bounce_batch_model_get_n_messages (model), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);

  /* The third recipient of exim-multi.eml (h.larsen, a full mailbox). */
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(BounceBatchRow) row = g_list_model_get_item (shown, i);

      if (g_strcmp0 (bounce_batch_row_get_recipient (row), "h.larsen@example.org") == 0)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_signal_emit_by_name (find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW), "activate", position);
  /* The message is read again in a worker. */
  while (g_strcmp0 (_bounce_window_get_explain_page (window), "verdict") != 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  spin ();

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  g_assert_cmpuint (bounce_verdict_view_get_n_recipients (window->verdict_view), ==, 3);
  g_assert_cmpuint (bounce_verdict_view_get_selected (window->verdict_view), ==, 2);
  g_assert_cmpstr (bounce_verdict_view_get_status_text (window->verdict_view), ==, "5.2.2");

  /* Back to the batch, as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-messages", NULL));
  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "messages");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_finalize_object (window);
}

static void
read_error_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(BounceReport) report = NULL;

  report = bounce_batch_model_read_report_finish (BOUNCE_BATCH_MODEL (object), result, error);
  g_assert_null (report);
  g_assert_nonnull (*error);
}

/* An mbox rewritten after it was read: opening a row says so rather than
 * showing whatever message now sits at that offset. */
static void
test_reread_changed (Fixture       *fixture,
                     gconstpointer  data)
{
  BounceBatchModel *model = bounce_batch_view_get_model (fixture->view);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-batch-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "changing.mbox", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(BounceBatchRow) row = NULL;
  GError *read_error = NULL;
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  GListModel *rows = bounce_batch_model_get_rows (model);
  gsize length;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "fixtures", "mbox", "several.mbox", NULL),
                                      &contents, &length, &error));
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  file = g_file_new_for_path (path);

  bounce_batch_view_load_files (fixture->view, &file, 1);
  wait_until_idle (fixture->view);

  /* The last recipient's row; then the first half of the file is dropped. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(BounceBatchRow) candidate = g_list_model_get_item (rows, i);

      if (bounce_batch_row_get_recipient (candidate) != NULL)
        g_set_object (&row, candidate);
    }
  g_assert_nonnull (row);
  g_assert_true (g_file_set_contents (path, strstr (contents + 1, "\nFrom ") + 1, -1, &error));

  bounce_batch_model_read_report_async (model, row, NULL, read_error_cb, &read_error);
  while (read_error == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (read_error);
  g_test_message ("%s", read_error->message);
  g_clear_error (&read_error);

  g_unlink (path);
  g_rmdir (dir);
}

/* In the app: the fifth message of an mbox, opened from the table after the
 * batch is done, shows that message's verdict, not the first one's. */
static void
test_window_mbox (void)
{
  BounceWindow *window = g_object_new (BOUNCE_TYPE_WINDOW, NULL);
  g_autoptr(GFile) mbox = fixture_file ("mbox/several.mbox");
  BounceBatchView *view;
  GListModel *shown;
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  guint position = G_MAXUINT;
  BounceReport *report;

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  view = window->batch_view;
  shown = bounce_batch_view_get_shown (view);

  bounce_window_open_files (window, &mbox, 1);
  while (_bounce_window_is_busy (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  wait_until_idle (view);
  g_assert_cmpuint (bounce_batch_model_get_n_messages (bounce_batch_view_get_model (view)), ==, 6);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(BounceBatchRow) row = g_list_model_get_item (shown, i);

      if (g_strcmp0 (bounce_batch_row_get_recipient (row), "parts@example.net") == 0)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  g_signal_emit_by_name (find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW), "activate", position);
  while (g_strcmp0 (_bounce_window_get_explain_page (window), "verdict") != 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  spin ();

  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  report = bounce_verdict_view_get_report (window->verdict_view);
  g_assert_nonnull (report);
  g_assert_cmpuint (bounce_report_get_index (report), ==, 5);
  g_assert_cmpstr (bounce_record_get_recipient (bounce_report_get_record (report, 0)), ==,
                   "parts@example.net");
  g_assert_cmpstr (bounce_verdict_view_get_status_text (window->verdict_view), ==, "4.3.1");
  g_assert_cmpstr (gtk_label_get_text (window->messages_position_label), ==, "Message 5 of 6");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-messages", NULL));
  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "messages");

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/batch/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("counts", test_counts);
  ADD ("remove-list", test_remove_list);
  ADD ("copy", test_copy);
  ADD ("filters", test_filters);
  ADD ("sort", test_sort);
  ADD ("sort-while-loading", test_sort_while_loading);
  ADD ("activate", test_activate);
  ADD ("reread", test_reread);
  ADD ("reread-changed", test_reread_changed);
  ADD ("exports", test_exports);
  ADD ("folder", test_folder);
  ADD ("set-reports", test_set_reports);
  ADD ("cancel", test_cancel);
  ADD ("narrow", test_narrow);

#undef ADD

  g_test_add_func ("/batch/window", test_window);
  g_test_add_func ("/batch/window-mbox", test_window_mbox);

  return g_test_run ();
}
