/* test-hostile-ui.c
 *
 * Hostile input in the window: text from a message is shown literally, never
 * as Pango markup; huge inputs are read without freezing the window; and the
 * files it opens are left exactly as they were.
 *
 * Responsiveness is measured the way a user feels it: a 10 ms timeout on the
 * main context records the longest gap between two of its runs while the
 * window loads. The bound is generous (sanitizer builds, a loaded CI machine);
 * a frozen window misses it by far.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "bounce-window-private.h"

#define WAIT_TIMEOUT_USEC   (120 * G_USEC_PER_SEC)
/* Each main-loop step takes under 50 ms on a loaded 2-CPU machine with
 * software rendering; the bound leaves room for sanitizer builds. */
#define MAX_STALL_USEC      (G_USEC_PER_SEC / 2)

#define MARKUP "<b>bold</b> &amp; <span foreground='red'>x</span>"

#define HEADERS \
  "From: MAILER-DAEMON@example.com\n" \
  "To: sender@example.org\n" \
  "MIME-Version: 1.0\n"

#define REPORT_BODY \
  "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n" \
  "\n" \
  "--b\n" \
  "Content-Type: text/plain\n" \
  "\n" \
  "Delivery failed.\n" \
  "\n" \
  "--b\n" \
  "Content-Type: message/delivery-status\n" \
  "\n" \
  "Reporting-MTA: dns; mx.example.com\n"

static char *tmp_dir;

typedef struct
{
  gint64 last;
  gint64 longest;
} Stall;

static gboolean
stall_tick_cb (gpointer user_data)
{
  Stall *stall = user_data;
  gint64 now = g_get_monotonic_time ();

  if (stall->last != 0)
    stall->longest = MAX (stall->longest, now - stall->last);
  stall->last = now;

  return G_SOURCE_CONTINUE;
}

/* Spins the main loop until the window has finished reading, and returns
 * the longest time the main context did not get to run its sources. */
static gint64
wait_until_idle (BounceWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;
  Stall stall = { 0 };
  guint tick = g_timeout_add (10, stall_tick_cb, &stall);

  while (_bounce_window_is_busy (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  /* Showing the result is part of it: let the stack and lists settle. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  stall_tick_cb (&stall);

  g_source_remove (tick);
  g_assert_false (_bounce_window_is_busy (window));

  return stall.longest;
}

static BounceWindow *
create_window (void)
{
  BounceWindow *window = g_object_new (BOUNCE_TYPE_WINDOW, NULL);

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

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

static gint64
open_path (BounceWindow *window,
           const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  bounce_window_open_files (window, &file, 1);
  g_assert_true (_bounce_window_is_busy (window));

  return wait_until_idle (window);
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static void
collect_type (GtkWidget *widget,
              GType      type,
              GPtrArray *widgets)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (widgets, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_type (child, type, widgets);
}

/* The label whose shown text contains @needle, or NULL. */
static GtkLabel *
find_label (GPtrArray  *labels,
            const char *needle)
{
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (strstr (gtk_label_get_text (label), needle) != NULL)
        return label;
    }

  return NULL;
}

static void
test_hostile_ui_text_is_literal (void)
{
  BounceWindow *window = create_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "hostile", "markup-bidi-controls.eml", NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkLabel *label;

  open_path (window, path);
  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");

  collect_labels (GTK_WIDGET (window), labels);
  g_assert_cmpuint (labels->len, >, 0);

  /* The server's words, tags and entities included, are shown as they are:
   * a label that parsed them as markup would show "bold & x" instead. */
  label = find_label (labels, MARKUP);
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "\u202Egnp.exe"));

  /* The address and the subject with their bidi override and escape. */
  g_assert_nonnull (find_label (labels, "us\u202Eer\x1b[1m"));
  g_assert_nonnull (find_label (labels, "Hello \u202Eevil \x1b[31mred <b>b</b>"));

  /* Whatever came from the message never reaches a label that reads markup. */
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *l = g_ptr_array_index (labels, i);

      if (!gtk_label_get_use_markup (l))
        continue;
      g_assert_null (strstr (gtk_label_get_label (l), "bold"));
      g_assert_null (strstr (gtk_label_get_label (l), "pwned"));
      g_assert_null (strstr (gtk_label_get_label (l), "evil"));
    }

  destroy_window (window);
}

/* Errors are shown in a status page, whose description is markup: the
 * message must arrive escaped. */
static void
test_hostile_ui_error_is_literal (void)
{
  BounceWindow *window = create_window ();
  g_autofree char *path = g_build_filename (tmp_dir, "<b>not<i> & mail.eml", NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  static const char png[] = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";

  g_assert_true (g_file_set_contents (path, png, sizeof png - 1, NULL));
  open_path (window, path);

  collect_labels (GTK_WIDGET (window), labels);
  if (g_strcmp0 (_bounce_window_get_explain_page (window), "error") == 0)
    g_assert_nonnull (find_label (labels, "<b>not<i> & mail.eml"));
  else
    g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");

  g_unlink (path);
  destroy_window (window);
}

/* Huge inputs */

static char *
write_file (const char *name,
            GString    *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_file_set_contents (path, contents->str, contents->len, &error);
  g_assert_no_error (error);

  return path;
}

static char *
large_attachment (void)
{
  g_autoptr(GString) s = g_string_sized_new (51 * 1024 * 1024);

  g_string_append (s, HEADERS "Subject: Undelivered Mail Returned to Sender\n" REPORT_BODY
                   "\nFinal-Recipient: rfc822; big@example.net\nAction: failed\nStatus: 5.3.4\n"
                   "Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed limit\n"
                   "\n--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n");
  while (s->len < 50 * 1024 * 1024)
    g_string_append (s, "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n");
  g_string_append (s, "--b--\n");

  return write_file ("attachment.eml", s);
}

static char *
many_recipients (void)
{
  g_autoptr(GString) s = g_string_new (HEADERS "Subject: Undelivered Mail Returned to Sender\n" REPORT_BODY);

  for (guint i = 0; i < 10001; i++)
    g_string_append_printf (s, "\nFinal-Recipient: rfc822; user%u@example.net\nAction: failed\n"
                            "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n", i);
  g_string_append (s, "\n--b--\n");

  return write_file ("recipients.eml", s);
}

static char *
long_lines (void)
{
  g_autoptr(GString) s = g_string_new (HEADERS "Subject: ");
  g_autofree char *line = g_malloc (1024 * 1024 + 1);

  /* Words, so that a label would have to lay out and wrap all of it. */
  for (guint i = 0; i < 1024 * 1024; i++)
    line[i] = i % 8 == 7 ? ' ' : 'a' + i % 26;
  line[1024 * 1024] = '\0';

  g_string_append (s, line);
  g_string_append (s, "\n" REPORT_BODY "\nFinal-Recipient: rfc822; long@example.net\nAction: failed\n"
                   "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 ");
  g_string_append (s, line);
  g_string_append (s, "\n\n--b--\n");

  return write_file ("long-lines.eml", s);
}

static char *
nested_multiparts (void)
{
  g_autoptr(GString) s = g_string_new (HEADERS "Subject: Undelivered\n"
                                       "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");

  for (guint i = 1; i < 10000; i++)
    g_string_append_printf (s, "--b%u\nContent-Type: multipart/mixed; boundary=\"b%u\"\n\n", i - 1, i);
  g_string_append (s, "--b9999\nContent-Type: text/plain\n\n<deep@example.net>: 550 5.1.1 unknown\n");

  return write_file ("nested.eml", s);
}

/* The cut diagnostic is in the technical details, literally and in a text
 * view, once they are opened; opening them does not freeze the window. */
static void
check_long_details (BounceWindow *window)
{
  g_autoptr(GPtrArray) verdict_views = g_ptr_array_new ();
  g_autoptr(GPtrArray) expanders = g_ptr_array_new ();
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  Stall stall = { 0 };
  gboolean found = FALSE;
  guint tick;

  collect_type (GTK_WIDGET (window), BOUNCE_TYPE_VERDICT_VIEW, verdict_views);
  g_assert_cmpuint (verdict_views->len, ==, 1);
  collect_type (g_ptr_array_index (verdict_views, 0), ADW_TYPE_EXPANDER_ROW, expanders);
  g_assert_cmpuint (expanders->len, ==, 1);

  tick = g_timeout_add (10, stall_tick_cb, &stall);
  adw_expander_row_set_expanded (g_ptr_array_index (expanders, 0), TRUE);
  for (guint n = 0; n < 50; n++)
    g_main_context_iteration (NULL, FALSE);
  stall_tick_cb (&stall);
  g_source_remove (tick);
  g_test_message ("opening the details stalled the main loop at most %.3f s",
                  stall.longest / (double) G_USEC_PER_SEC);
  g_assert_cmpint (stall.longest, <, MAX_STALL_USEC);

  collect_type (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW, views);
  for (guint i = 0; i < views->len; i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (g_ptr_array_index (views, i));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (g_str_has_prefix (text, "550 5.1.1 abcdefg ijklmno"))
        {
          g_assert_false (gtk_text_view_get_editable (g_ptr_array_index (views, i)));
          g_assert_cmpuint (strlen (text), <, 8 * 1024);
          found = TRUE;
        }
    }
  g_assert_true (found);
}

static void
test_hostile_ui_responsive (void)
{
  struct {
    const char *what;
    char *(*make) (void);
    const char *page;
  } inputs[] = {
    { "a 50 MB attachment", large_attachment, "verdict" },
    { "10,001 recipients", many_recipients, "verdict" },
    { "1 MB header and diagnostic lines", long_lines, "verdict" },
    { "10,000 nested multiparts", nested_multiparts, "verdict" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      BounceWindow *window = create_window ();
      g_autofree char *path = inputs[i].make ();
      gint64 stall;

      stall = open_path (window, path);
      g_test_message ("%s: the main loop stalled at most %.3f s",
                      inputs[i].what, stall / (double) G_USEC_PER_SEC);

      g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, inputs[i].page);
      g_assert_cmpint (stall, <, MAX_STALL_USEC);

      if (inputs[i].make == long_lines)
        check_long_details (window);

      g_unlink (path);
      destroy_window (window);
    }
}

/* Nothing written */

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* "name size mtime mode sha256" of every file in @dir, sorted. */
static char *
fingerprint (const char *dir)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *sum = NULL;
      gsize length = 0;
      GStatBuf st;

      g_assert_no_errno (g_lstat (path, &st));
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
      g_ptr_array_add (lines, g_strdup_printf ("%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %o %s",
                                               name, (gint64) st.st_size, (gint64) st.st_mtime,
                                               (guint) st.st_mode, sum));
    }

  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
test_hostile_ui_no_writes (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "opened", NULL);
  g_autofree char *hostile = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "fixtures", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *sources[] = { hostile, fixtures };
  BounceWindow *window;

  g_assert_no_errno (g_mkdir (dir, 0755));

  /* Copies with their old times: any write would change the mtime. */
  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      g_autoptr(GDir) handle = g_dir_open (sources[s], 0, NULL);
      const char *name;

      while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
        {
          g_autofree char *from_path = g_build_filename (sources[s], name, NULL);
          g_autofree char *to_path = g_build_filename (dir, name, NULL);
          g_autoptr(GFile) from = g_file_new_for_path (from_path);
          g_autoptr(GFile) to = g_file_new_for_path (to_path);
          g_autoptr(GError) error = NULL;

          if (!g_str_has_suffix (name, ".eml"))
            continue;
          g_file_copy (from, to, G_FILE_COPY_OVERWRITE | G_FILE_COPY_ALL_METADATA, NULL, NULL, NULL, &error);
          g_assert_no_error (error);
          g_ptr_array_add (files, g_steal_pointer (&to));
        }
    }
  g_assert_cmpuint (files->len, >, 10);

  before = fingerprint (dir);

  /* All at once (the list of messages), then one by one (each verdict). */
  window = create_window ();
  bounce_window_open_files (window, (GFile **) files->pdata, files->len);
  wait_until_idle (window);
  g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "messages");
  for (guint i = 0; i < files->len; i++)
    {
      bounce_window_open_files (window, (GFile **) &files->pdata[i], 1);
      wait_until_idle (window);
    }
  destroy_window (window);

  after = fingerprint (dir);
  g_assert_cmpstr (before, ==, after);

  for (guint i = 0; i < files->len; i++)
    g_file_delete (g_ptr_array_index (files, i), NULL, NULL);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmp_dir = g_dir_make_tmp ("bounce-hostile-ui-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/hostile-ui/text-is-literal", test_hostile_ui_text_is_literal);
  g_test_add_func ("/hostile-ui/error-is-literal", test_hostile_ui_error_is_literal);
  g_test_add_func ("/hostile-ui/responsive", test_hostile_ui_responsive);
  g_test_add_func ("/hostile-ui/no-writes", test_hostile_ui_no_writes);

  ret = g_test_run ();

  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return ret;
}
