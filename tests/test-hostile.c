/* test-hostile.c
 *
 * Hostile input: every file here comes from a stranger, so each one has an
 * asserted outcome, either a correct result or a clear error. Small inputs
 * are committed under tests/hostile/; the big ones (a 50 MB attachment, 10,000
 * nested multiparts, a 1 MB header line, 10,000 recipients) are generated
 * here, into a temporary folder that is removed afterwards. Time is bounded by
 * the meson test timeout, not by assertions on the clock.
 *
 * The CLI checks (terminal safety, no network socket, no writes to the files
 * it reads) run the built explain-bounce next to this test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "bounce-analyzer.h"
#include "bounce-dsn.h"
#include "bounce-record.h"
#include "bounce-report.h"

#define HEADERS \
  "From: MAILER-DAEMON@example.com\n" \
  "To: sender@example.org\n" \
  "Subject: Undelivered Mail Returned to Sender\n" \
  "MIME-Version: 1.0\n"

#define REPORT_HEAD \
  HEADERS \
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

/* Helpers */

static char *
hostile_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "hostile", name, NULL);
}

static char *
cli_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "explain-bounce", NULL);
}

static char *
write_temp (const char *name,
            const char *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);

  return path;
}

static gboolean
collect_cb (BounceReport *report,
            gpointer      user_data)
{
  g_ptr_array_add (user_data, g_object_ref (report));

  return TRUE;
}

/* The one report of a file read through analyze_file(). */
static BounceReport *
analyze_path (BounceAnalyzer *analyzer,
              const char     *path)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (bounce_analyzer_analyze_file (analyzer, file, collect_cb, reports, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 1);

  return g_object_ref (g_ptr_array_index (reports, 0));
}

/* The one report of a file read as a stream, the way the app reads files. */
static BounceReport *
analyze_as_stream (BounceAnalyzer *analyzer,
                   const char     *path)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  stream = g_file_read (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (bounce_analyzer_analyze_stream (analyzer, G_INPUT_STREAM (stream), path,
                                                 collect_cb, reports, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 1);

  return g_object_ref (g_ptr_array_index (reports, 0));
}

static BounceReport *
analyze_fixture (const char *name)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autofree char *path = hostile_path (name);

  return analyze_path (analyzer, path);
}

static void
assert_utf8 (const char *text)
{
  if (text != NULL)
    g_assert_true (g_utf8_validate (text, -1, NULL));
}

/* Every string a report hands out is valid UTF-8: the UI and JSON rely on it. */
static void
assert_report_utf8 (BounceReport *report)
{
  assert_utf8 (bounce_report_get_subject (report));
  assert_utf8 (bounce_report_get_from (report));
  assert_utf8 (bounce_report_get_human_text (report));
  assert_utf8 (bounce_report_get_original_subject (report));
  assert_utf8 (bounce_report_get_original_from (report));
  assert_utf8 (bounce_report_get_original_to (report));

  for (guint i = 0; i < bounce_report_get_n_records (report); i++)
    {
      BounceRecord *record = bounce_report_get_record (report, i);

      assert_utf8 (bounce_record_get_recipient (record));
      assert_utf8 (bounce_record_get_diagnostic (record));
      assert_utf8 (bounce_record_get_reporting_mta (record));
      assert_utf8 (bounce_record_get_remote_mta (record));
    }
}

static void
assert_error (BounceReport *report,
              int           code)
{
  const GError *error = bounce_report_get_error (report);

  g_assert_nonnull (error);
  g_assert_error ((GError *) error, BOUNCE_ERROR, code);
  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_NOT_EMAIL);
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 0);
  g_assert_cmpstr (error->message, !=, "");
}

static void
assert_single_failure (BounceReport *report,
                       const char   *recipient,
                       const char   *status)
{
  BounceRecord *record;

  g_assert_null (bounce_report_get_error (report));
  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 1);
  record = bounce_report_get_record (report, 0);
  g_assert_cmpstr (bounce_record_get_recipient (record), ==, recipient);
  g_assert_cmpstr (bounce_record_get_status (record), ==, status);
  assert_report_utf8 (report);
}

/* A delivery report with @n failed recipients. */
static char *
recipients_report (guint n)
{
  GString *s = g_string_new (REPORT_HEAD);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s,
                            "\nFinal-Recipient: rfc822; user%u@example.net\n"
                            "Action: failed\n"
                            "Status: 5.1.1\n"
                            "Diagnostic-Code: smtp; 550 5.1.1 <user%u@example.net>: user unknown\n",
                            i, i);
  g_string_append (s, "\n--b--\n");

  return g_string_free (s, FALSE);
}

/* Empty, garbage, not mail */

static void
test_hostile_empty (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("", 0);
  g_autoptr(BounceReport) from_bytes = bounce_analyzer_analyze_bytes (analyzer, bytes, "empty");
  g_autoptr(BounceReport) from_text = bounce_analyzer_analyze_text (analyzer, "\r\n \n\t", -1);
  g_autofree char *path = write_temp ("empty.eml", "", 0);
  g_autoptr(BounceReport) from_file = analyze_path (analyzer, path);
  g_autoptr(BounceReport) from_stream = analyze_as_stream (analyzer, path);

  assert_error (from_bytes, BOUNCE_ERROR_EMPTY);
  assert_error (from_text, BOUNCE_ERROR_EMPTY);
  assert_error (from_file, BOUNCE_ERROR_EMPTY);
  assert_error (from_stream, BOUNCE_ERROR_EMPTY);
}

static void
test_hostile_binary_garbage (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260314);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BounceReport) from_bytes = NULL;
  g_autoptr(BounceReport) from_text = NULL;
  guint8 *data = g_malloc (64 * 1024);

  for (guint i = 0; i < 64 * 1024; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  bytes = g_bytes_new_take (data, 64 * 1024);

  /* Random bytes have no header block: not an email, said clearly. */
  from_bytes = bounce_analyzer_analyze_bytes (analyzer, bytes, "garbage");
  assert_error (from_bytes, BOUNCE_ERROR_NOT_EMAIL);

  /* Pasted, they are scanned as the text of a bounce and hold none. */
  from_text = bounce_analyzer_analyze_text (analyzer, g_bytes_get_data (bytes, NULL), 64 * 1024);
  g_assert_null (bounce_report_get_error (from_text));
  g_assert_cmpint (bounce_report_get_kind (from_text), ==, BOUNCE_KIND_NOT_BOUNCE);
  g_assert_cmpuint (bounce_report_get_n_records (from_text), ==, 0);
  assert_report_utf8 (from_text);
}

static void
test_hostile_image_renamed (void)
{
  g_autoptr(BounceReport) report = analyze_fixture ("image-renamed.eml");

  assert_error (report, BOUNCE_ERROR_NOT_EMAIL);
}

/* Broken structure */

static void
test_hostile_truncated_boundary (void)
{
  g_autoptr(BounceReport) report = analyze_fixture ("truncated-boundary.eml");

  /* Everything before the cut is read. */
  assert_single_failure (report, "gone@example.net", "5.1.1");
  g_assert_cmpstr (bounce_report_get_original_subject (report), ==, "Quarterly figures");
}

static char *
nested_multiparts (guint n)
{
  GString *s = g_string_new (HEADERS "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");

  for (guint i = 1; i < n; i++)
    g_string_append_printf (s, "--b%u\nContent-Type: multipart/mixed; boundary=\"b%u\"\n\n", i - 1, i);
  g_string_append_printf (s, "--b%u\nContent-Type: text/plain\n\n"
                          "<deep@example.net>: 550 5.1.1 user unknown\n", n - 1);
  for (guint i = n; i > 0; i--)
    g_string_append_printf (s, "--b%u--\n", i - 1);

  return g_string_free (s, FALSE);
}

static void
test_hostile_nested_multiparts (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autofree char *data = nested_multiparts (10000);
  g_autofree char *path = write_temp ("nested.eml", data, strlen (data));
  g_autoptr(BounceReport) report = analyze_path (analyzer, path);
  g_autoptr(BounceReport) shallow = NULL;
  g_autofree char *limit = g_strdup_printf ("%u", BOUNCE_DEFAULT_MAX_DEPTH);
  g_autofree char *small = NULL;
  const GError *warning;

  /* Read down to the depth limit, with a note that the rest was not. */
  g_assert_null (bounce_report_get_error (report));
  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_NOT_BOUNCE);
  warning = bounce_report_get_warning (report);
  g_assert_nonnull (warning);
  g_assert_error ((GError *) warning, BOUNCE_ERROR, BOUNCE_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (warning->message, limit));

  /* Within the limit the same shape is read to the bottom. */
  small = nested_multiparts (10);
  shallow = bounce_analyzer_analyze_text (analyzer, small, -1);
  g_assert_null (bounce_report_get_warning (shallow));
  g_assert_cmpint (bounce_report_get_kind (shallow), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpstr (bounce_record_get_recipient (bounce_report_get_record (shallow, 0)), ==,
                   "deep@example.net");
}

/* The same boundary at every level made GMime build hundreds of thousands of
 * nested multiparts (gigabytes of memory) from a few megabytes. */
static void
test_hostile_multipart_bomb (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GString) s = g_string_new (HEADERS "Content-Type: multipart/mixed; boundary=\"b\"\n\n");
  g_autoptr(BounceReport) report = NULL;
  g_autoptr(BounceReport) stream_report = NULL;
  g_autofree char *path = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "--b\nContent-Type: multipart/mixed; boundary=\"b\"\n\n");
  path = write_temp ("bomb.eml", s->str, s->len);

  report = analyze_path (analyzer, path);
  assert_error (report, BOUNCE_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (bounce_report_get_error (report)->message, "16384"));

  stream_report = analyze_as_stream (analyzer, path);
  assert_error (stream_report, BOUNCE_ERROR_TOO_DEEP);

  /* In an mbox file, the bomb is refused and the next message still read. */
  {
    g_autoptr(GString) mbox = g_string_new ("From bomb@example.com Fri Nov 27 10:00:00 2026\n");
    g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GFile) file = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *mbox_path = NULL;
    g_autofree char *next = recipients_report (1);

    g_string_append (mbox, s->str);
    g_string_append (mbox, "\n\nFrom daemon@example.com Fri Nov 27 10:01:00 2026\n");
    g_string_append (mbox, next);
    mbox_path = write_temp ("bomb.mbox", mbox->str, mbox->len);
    file = g_file_new_for_path (mbox_path);

    g_assert_true (bounce_analyzer_analyze_file (analyzer, file, collect_cb, reports, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (reports->len, ==, 2);
    assert_error (g_ptr_array_index (reports, 0), BOUNCE_ERROR_TOO_DEEP);
    assert_single_failure (g_ptr_array_index (reports, 1), "user0@example.net", "5.1.1");
  }
}

static void
test_hostile_long_header_line (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(BounceReport) report = NULL;
  g_autofree char *path = NULL;
  const char *diagnostic;
  const char *subject;
  char *line = g_malloc (1024 * 1024 + 1);

  memset (line, 'x', 1024 * 1024);
  line[1024 * 1024] = '\0';

  /* A 1 MB header line in the bounce, in the DSN and in the original. */
  g_string_append_printf (s, "X-Long: %s\n", line);
  g_string_append (s, REPORT_HEAD "\nFinal-Recipient: rfc822; long@example.net\n"
                   "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 ");
  g_string_append (s, line);
  g_string_append (s, "\n\n--b\nContent-Type: text/rfc822-headers\n\nFrom: sender@example.org\nSubject: ");
  g_string_append (s, line);
  g_string_append (s, "\n\n--b--\n");
  g_free (line);

  path = write_temp ("long-line.eml", s->str, s->len);
  report = analyze_path (analyzer, path);

  assert_single_failure (report, "long@example.net", "5.1.1");

  /* Kept, but capped: nothing downstream has to show a megabyte. */
  diagnostic = bounce_record_get_diagnostic (bounce_report_get_record (report, 0));
  g_assert_true (g_str_has_prefix (diagnostic, "550 5.1.1 xxx"));
  g_assert_cmpuint (strlen (diagnostic), <, 64 * 1024);
  subject = bounce_report_get_original_subject (report);
  g_assert_nonnull (subject);
  g_assert_true (g_str_has_prefix (subject, "xxx"));
  g_assert_cmpuint (strlen (subject), <, 64 * 1024);
}

/* A bounce with a base64 attachment of about @size bytes. */
static char *
write_attachment_message (gsize size)
{
  g_autofree char *path = g_build_filename (tmp_dir, "attachment.eml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) s = g_string_sized_new (size + 4096);
  static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  g_string_append (s, REPORT_HEAD "\nFinal-Recipient: rfc822; big@example.net\n"
                   "Action: failed\nStatus: 5.3.4\n"
                   "Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed limit\n"
                   "\n--b\nContent-Type: application/octet-stream; name=\"video.mp4\"\n"
                   "Content-Transfer-Encoding: base64\n\n");
  while (s->len < size)
    {
      for (guint i = 0; i < 76; i++)
        g_string_append_c (s, alphabet[(s->len * 7 + i) % 64]);
      g_string_append_c (s, '\n');
    }
  g_string_append (s, "--b--\n");

  g_file_set_contents (path, s->str, s->len, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
test_hostile_large_attachment (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autofree char *path = write_attachment_message (50 * 1024 * 1024);
  g_autoptr(BounceReport) under = NULL;
  g_autoptr(BounceReport) under_stream = NULL;
  g_autoptr(BounceReport) over = NULL;
  g_autoptr(BounceReport) over_stream = NULL;

  /* Under the default limit of 64 MiB: analysed like any bounce. */
  under = analyze_path (analyzer, path);
  assert_single_failure (under, "big@example.net", "5.3.4");
  g_assert_cmpint (bounce_record_get_reason (bounce_report_get_record (under, 0)), ==,
                   BOUNCE_REASON_MESGTOOBIG);
  under_stream = analyze_as_stream (analyzer, path);
  assert_single_failure (under_stream, "big@example.net", "5.3.4");

  /* Over a lower limit: a clear error that names both sizes. */
  bounce_analyzer_set_max_size (analyzer, 40 * 1024 * 1024);
  over = analyze_path (analyzer, path);
  assert_error (over, BOUNCE_ERROR_TOO_LARGE);
  /* g_format_size() puts a no-break space before the unit. */
  g_assert_nonnull (strstr (bounce_report_get_error (over)->message, "50.0\u00a0MiB"));
  g_assert_nonnull (strstr (bounce_report_get_error (over)->message, "40.0\u00a0MiB"));
  over_stream = analyze_as_stream (analyzer, path);
  assert_error (over_stream, BOUNCE_ERROR_TOO_LARGE);

  g_assert_no_errno (g_unlink (path));
}

/* Encodings */

static void
test_hostile_invalid_utf8_nul (void)
{
  g_autoptr(BounceReport) report = analyze_fixture ("invalid-utf8-nul.eml");
  const char *diagnostic;

  assert_single_failure (report, "nobody@example.net", "5.1.1");
  diagnostic = bounce_record_get_diagnostic (bounce_report_get_record (report, 0));
  /* The NUL does not cut the text short. */
  g_assert_nonnull (strstr (diagnostic, "no such"));
  g_assert_nonnull (strstr (diagnostic, "here"));
}

static void
test_hostile_rfc2047 (void)
{
  g_autoptr(BounceReport) report = analyze_fixture ("rfc2047-abuse.eml");

  assert_single_failure (report, "gone@example.net", "5.1.1");
  g_assert_true (g_str_has_prefix (bounce_report_get_original_subject (report), "Re:"));
  g_assert_nonnull (bounce_report_get_from (report));
}

static void
test_hostile_cr_only (void)
{
  g_autoptr(BounceReport) report = analyze_fixture ("cr-only.eml");

  assert_single_failure (report, "old-mac@example.net", "5.2.2");
  g_assert_cmpint (bounce_record_get_reason (bounce_report_get_record (report, 0)), ==,
                   BOUNCE_REASON_MAILBOXFULL);
}

/* Many recipients */

static void
test_hostile_recipients (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autofree char *at_limit = recipients_report (BOUNCE_DEFAULT_MAX_RECIPIENTS);
  g_autofree char *over_limit = recipients_report (BOUNCE_DEFAULT_MAX_RECIPIENTS + 1);
  g_autofree char *at_path = write_temp ("recipients.eml", at_limit, strlen (at_limit));
  g_autofree char *over_path = write_temp ("recipients-over.eml", over_limit, strlen (over_limit));
  g_autoptr(BounceReport) at = analyze_path (analyzer, at_path);
  g_autoptr(BounceReport) over = analyze_path (analyzer, over_path);
  BounceRecord *last;
  const GError *warning;

  /* All 10,000 are read, and nothing is said to be missing. */
  g_assert_null (bounce_report_get_error (at));
  g_assert_null (bounce_report_get_warning (at));
  g_assert_cmpint (bounce_report_get_kind (at), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (at), ==, BOUNCE_DEFAULT_MAX_RECIPIENTS);
  last = bounce_report_get_record (at, BOUNCE_DEFAULT_MAX_RECIPIENTS - 1);
  g_assert_cmpstr (bounce_record_get_recipient (last), ==, "user9999@example.net");
  g_assert_cmpint (bounce_record_get_reason (last), ==, BOUNCE_REASON_USERUNKNOWN);

  /* One more: the first 10,000 and a note about the rest. */
  g_assert_null (bounce_report_get_error (over));
  g_assert_cmpuint (bounce_report_get_n_records (over), ==, BOUNCE_DEFAULT_MAX_RECIPIENTS);
  warning = bounce_report_get_warning (over);
  g_assert_nonnull (warning);
  g_assert_error ((GError *) warning, BOUNCE_ERROR, BOUNCE_ERROR_TOO_MANY);
  g_assert_nonnull (strstr (warning->message, "10000"));
}

static void
test_hostile_recipients_limit (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autofree char *data = recipients_report (30);
  g_autoptr(BounceReport) report = NULL;

  bounce_analyzer_set_max_recipients (analyzer, 25);
  report = bounce_analyzer_analyze_text (analyzer, data, -1);
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 25);
  g_assert_error ((GError *) bounce_report_get_warning (report), BOUNCE_ERROR, BOUNCE_ERROR_TOO_MANY);
}

/* Text that must stay text */

#define MARKUP "<b>bold</b> &amp; <span foreground='red'>x</span>"

static void
test_hostile_markup_bidi_controls (void)
{
  g_autoptr(BounceReport) report = analyze_fixture ("markup-bidi-controls.eml");
  BounceRecord *record;
  const char *diagnostic;

  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 1);
  assert_report_utf8 (report);

  /* The engine keeps the text as it was; showing it safely is the job of
   * each front end (see the CLI test and test-hostile-ui). */
  record = bounce_report_get_record (report, 0);
  diagnostic = bounce_record_get_diagnostic (record);
  g_assert_nonnull (strstr (diagnostic, MARKUP));
  g_assert_nonnull (strstr (diagnostic, "\u202Egnp.exe"));
  g_assert_nonnull (strstr (diagnostic, "\x1b]0;pwned"));
  g_assert_nonnull (strstr (bounce_record_get_recipient (record), "\u202E"));
  g_assert_nonnull (strstr (bounce_report_get_original_subject (report), "\u202Eevil"));
}

static char *
run_cli (const char * const *args,
         int                *exit_status)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_ptr_array_add (argv, cli_path ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (exit_status != NULL)
    *exit_status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;

  return out;
}

static void
assert_terminal_safe (const char *text)
{
  /* No ESC (escape sequences), no C1 CSI, no bidi override or isolate. */
  g_assert_null (strchr (text, '\x1b'));
  g_assert_null (strstr (text, "\xc2\x9b"));
  g_assert_null (strstr (text, "\u202E"));
  g_assert_null (strstr (text, "\u2066"));
}

static void
test_hostile_cli_terminal (void)
{
  g_autofree char *fixture = hostile_path ("markup-bidi-controls.eml");
  const char *text_args[] = { fixture, NULL };
  const char *summary_args[] = { "--summary", fixture, NULL };
  const char *json_args[] = { "--json", fixture, NULL };
  g_autofree char *text = run_cli (text_args, NULL);
  g_autofree char *summary = run_cli (summary_args, NULL);
  g_autofree char *json = run_cli (json_args, NULL);
  g_auto(GStrv) lines = NULL;
  guint n_objects = 0;

  /* Readable output: shown, but neutralised. */
  assert_terminal_safe (text);
  g_assert_nonnull (strstr (text, "<U+202E>gnp.exe"));
  g_assert_nonnull (strstr (text, "<U+001B>]0;pwned"));
  g_assert_nonnull (strstr (text, MARKUP));
  assert_terminal_safe (summary);

  /* JSON: escaped by the generator, and the exact text once decoded. */
  g_assert_null (strchr (json, '\x1b'));
  lines = g_strsplit (json, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonObject *object;

      if (lines[i][0] == '\0')
        continue;

      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      g_assert_nonnull (strstr (json_object_get_string_member (object, "diagnostic"),
                                MARKUP " \u202Egnp.exe \x1b]0;pwned\x07"));
      n_objects++;
    }
  g_assert_cmpuint (n_objects, ==, 1);
}

static void
test_hostile_cli_limits (void)
{
  g_autofree char *data = recipients_report (BOUNCE_DEFAULT_MAX_RECIPIENTS + 1);
  g_autofree char *path = write_temp ("cli-recipients.eml", data, strlen (data));
  g_autofree char *small_path = write_temp ("cli-small.eml", data, 4096);
  const char *text_args[] = { path, NULL };
  const char *size_args[] = { "--max-size", "1000", small_path, NULL };
  g_autofree char *text = NULL;
  g_autofree char *refused = NULL;
  int status = -1;

  /* The note about the recipients left out is part of the readable report. */
  text = run_cli (text_args, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (text, "10000"));
  g_assert_nonnull (strstr (text, "user9999@example.net"));
  g_assert_null (strstr (text, "user10000@example.net"));

  /* --max-size refuses larger messages, with a failing exit status. */
  refused = run_cli (size_args, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_null (strstr (refused, "Delivery failed"));
}

/* Regressions found by fuzzing and by these tests */

static void
test_hostile_empty_dsn_part (void)
{
  g_autoptr(BounceReport) report = analyze_fixture ("empty-dsn-part.eml");

  /* An empty delivery-status part names nobody; it is not an error. */
  g_assert_null (bounce_report_get_error (report));
  g_assert_cmpint (bounce_report_get_kind (report), !=, BOUNCE_KIND_NOT_EMAIL);
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 0);
}

static void
test_hostile_ses_wrong_types (void)
{
  g_autoptr(BounceReport) report = analyze_fixture ("ses-wrong-types.eml");
  g_autoptr(BounceReport) delivery = analyze_fixture ("ses-delivery-duplicates.eml");

  /* Values of the wrong JSON type are skipped (json-glib's own getters
   * would emit criticals, fatal in this test); only real addresses count. */
  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (report), >=, 1);
  for (guint i = 0; i < bounce_report_get_n_records (report); i++)
    g_assert_cmpstr (bounce_record_get_recipient (bounce_report_get_record (report, i)), ==,
                     "real@example.net");

  g_assert_cmpint (bounce_report_get_kind (delivery), ==, BOUNCE_KIND_DELIVERY_REPORT);
}

/* Raw header bytes became a recipient that was not UTF-8 (found by fuzzing). */
static void
test_hostile_failed_recipients_utf8 (void)
{
  g_autoptr(BounceReport) report = analyze_fixture ("failed-recipients-invalid-utf8.eml");

  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 3);
  g_assert_cmpstr (bounce_record_get_recipient (bounce_report_get_record (report, 0)), ==,
                   "k.ito@example.org");
  g_assert_true (g_str_has_prefix (bounce_record_get_recipient (bounce_report_get_record (report, 1)),
                                   "accounts@example"));
  assert_report_utf8 (report);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *domain = bounce_record_dup_domain (bounce_report_get_record (report, i));

      assert_utf8 (domain);
    }
}

/* Deeply nested JSON overflowed the stack in json-glib's recursive parser. */
static void
test_hostile_ses_deep_nesting (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GString) s = g_string_new ("From: no-reply@sns.amazonaws.com\n"
                                       "Subject: AWS Notification Message\n\n"
                                       "{\"notificationType\":\"Bounce\",\"x\":");
  g_autoptr(BounceReport) report = NULL;
  g_autoptr(BounceReport) envelope = NULL;
  g_autoptr(GString) e = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, ']');
  g_string_append (s, "}\n");

  report = bounce_analyzer_analyze_text (analyzer, s->str, s->len);
  g_assert_null (bounce_report_get_error (report));
  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_NOT_BOUNCE);

  /* The same inside an SNS envelope's "Message" string. */
  e = g_string_new ("From: no-reply@sns.amazonaws.com\nSubject: AWS Notification Message\n\n"
                    "{\"Type\":\"Notification\",\"Message\":\"{\\\"notificationType\\\":\\\"Bounce\\\",\\\"x\\\":");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (e, '[');
  g_string_append (e, "\"}\n");
  envelope = bounce_analyzer_analyze_text (analyzer, e->str, e->len);
  g_assert_null (bounce_report_get_error (envelope));
  g_assert_cmpint (bounce_report_get_kind (envelope), ==, BOUNCE_KIND_NOT_BOUNCE);
}

/* A run of unclosed <style> tags rescanned the text once per tag. */
static void
test_hostile_html_style_run (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GString) s = g_string_new (HEADERS "Content-Type: text/html\n\n");
  g_autoptr(BounceReport) report = NULL;

  for (guint i = 0; i < 40000; i++)
    g_string_append (s, "<style>");
  g_string_append (s, "\n");

  report = bounce_analyzer_analyze_text (analyzer, s->str, s->len);
  g_assert_null (bounce_report_get_error (report));
  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_NOT_BOUNCE);
}

/* The delivery-status parser on its own: lines of any length and endings. */
static void
test_hostile_dsn_parser (void)
{
  g_autoptr(GString) s = g_string_new ("Reporting-MTA: dns; mx.example.com\r\r");
  g_autoptr(BounceDsn) dsn = NULL;
  gboolean truncated = FALSE;

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (s, "Final-Recipient: rfc822; u%u@example.net\rAction: failed\r"
                            "Status: 5.1.1\r%s\r\r", i, i == 0 ? "X-Long: " : "");
  g_string_append (s, "Diagnostic-Code: smtp; ");
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "0123456789");

  /* Not nul-terminated: the length is respected. */
  dsn = bounce_dsn_parse (s->str, s->len, 150, &truncated);
  g_assert_true (truncated);
  g_assert_cmpuint (dsn->recipients->len, ==, 150);
  g_assert_cmpstr (bounce_dsn_group_get (g_ptr_array_index (dsn->recipients, 149), "final-recipient"),
                   ==, "u149@example.net");
}

/* Nothing leaves, nothing changes */

static void
copy_tree (GFile *source,
           GFile *dest)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  g_file_make_directory_with_parents (dest, NULL, NULL);
  children = g_file_enumerate_children (source, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &error);
  g_assert_no_error (error);

  while ((info = g_file_enumerator_next_file (children, NULL, &error)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GFile) from = g_file_get_child (source, g_file_info_get_name (info));
      g_autoptr(GFile) to = g_file_get_child (dest, g_file_info_get_name (info));

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        copy_tree (from, to);
      else if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
        {
          g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
          g_assert_no_error (error);
        }
    }
  g_assert_no_error (error);
}

/* "path size mtime sha256" for every file below @dir, sorted. */
static void
fingerprint_tree (const char *dir,
                  GPtrArray  *lines)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      g_assert_no_errno (g_lstat (path, &st));
      if (S_ISDIR (st.st_mode))
        fingerprint_tree (path, lines);
      else
        {
          g_autofree char *contents = NULL;
          g_autofree char *sum = NULL;
          gsize length = 0;

          g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
          sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
          g_ptr_array_add (lines, g_strdup_printf ("%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %o %s",
                                                   path, (gint64) st.st_size, (gint64) st.st_mtime,
                                                   (guint) st.st_mode, sum));
        }
    }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
fingerprint (const char *dir)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  fingerprint_tree (dir, lines);
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **) lines->pdata);
}

static char *
copy_fixtures (const char *name)
{
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "fixtures", NULL);
  g_autofree char *hostile = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  char *dir = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *dir_fixtures = g_build_filename (dir, "fixtures", NULL);
  g_autofree char *dir_hostile = g_build_filename (dir, "hostile", NULL);
  g_autoptr(GFile) from_fixtures = g_file_new_for_path (fixtures);
  g_autoptr(GFile) from_hostile = g_file_new_for_path (hostile);
  g_autoptr(GFile) to_fixtures = g_file_new_for_path (dir_fixtures);
  g_autoptr(GFile) to_hostile = g_file_new_for_path (dir_hostile);

  copy_tree (from_fixtures, to_fixtures);
  copy_tree (from_hostile, to_hostile);

  return dir;
}

static void
test_hostile_no_writes (void)
{
  g_autofree char *dir = copy_fixtures ("readonly-check");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *fixtures = g_build_filename (dir, "fixtures", NULL);
  g_autofree char *hostile = g_build_filename (dir, "hostile", NULL);
  const char *modes[][2] = { { "--json", NULL }, { "--csv", NULL }, { "--summary", NULL }, { NULL, NULL } };
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) folder = g_file_new_for_path (fixtures);

  before = fingerprint (dir);

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      const char *args[] = { modes[i][0] != NULL ? modes[i][0] : fixtures,
                             modes[i][0] != NULL ? fixtures : hostile,
                             modes[i][0] != NULL ? hostile : NULL,
                             NULL };
      g_autofree char *out = run_cli (args, NULL);

      g_assert_nonnull (out);
    }

  g_assert_true (bounce_analyzer_analyze_file (analyzer, folder, collect_cb, reports, NULL, NULL));
  g_assert_cmpuint (reports->len, >, 10);

  after = fingerprint (dir);
  g_assert_cmpstr (before, ==, after);
}

static void
test_hostile_no_network (void)
{
  g_autofree char *strace = g_find_program_in_path ("strace");
  g_autofree char *cli = cli_path ();
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "fixtures", NULL);
  g_autofree char *hostile = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  g_autofree char *log = g_build_filename (tmp_dir, "strace.log", NULL);
  g_autofree char *trace = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (strace == NULL)
    {
      g_test_skip ("strace is not installed");
      return;
    }

  /* ptrace can be forbidden (containers, Yama): then there is nothing to see. */
  {
    const char *probe[] = { strace, "-f", "-o", "/dev/null", "true", NULL };

    if (!g_spawn_sync (NULL, (char **) probe, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL) ||
        !g_spawn_check_wait_status (status, NULL))
      {
        g_test_skip ("strace cannot trace here");
        return;
      }
  }

  {
    const char *argv[] = { strace, "-f", "-qq", "-e", "trace=socket,connect,sendto,sendmsg",
                           "-o", log, cli, "--json", fixtures, hostile, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL,
                  G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, &status, &error);
    g_assert_no_error (error);
  }

  g_file_get_contents (log, &trace, NULL, &error);
  g_assert_no_error (error);

  /* The engine reads files; it opens no internet socket of any kind. */
  g_assert_null (strstr (trace, "AF_INET"));
  g_assert_null (strstr (trace, "AF_INET6"));
  g_assert_null (strstr (trace, "AF_NETLINK"));
  g_assert_null (strstr (trace, "AF_PACKET"));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("bounce-hostile-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/hostile/empty", test_hostile_empty);
  g_test_add_func ("/hostile/binary-garbage", test_hostile_binary_garbage);
  g_test_add_func ("/hostile/image-renamed", test_hostile_image_renamed);
  g_test_add_func ("/hostile/truncated-boundary", test_hostile_truncated_boundary);
  g_test_add_func ("/hostile/nested-multiparts", test_hostile_nested_multiparts);
  g_test_add_func ("/hostile/multipart-bomb", test_hostile_multipart_bomb);
  g_test_add_func ("/hostile/long-header-line", test_hostile_long_header_line);
  g_test_add_func ("/hostile/large-attachment", test_hostile_large_attachment);
  g_test_add_func ("/hostile/invalid-utf8-nul", test_hostile_invalid_utf8_nul);
  g_test_add_func ("/hostile/rfc2047", test_hostile_rfc2047);
  g_test_add_func ("/hostile/cr-only", test_hostile_cr_only);
  g_test_add_func ("/hostile/recipients", test_hostile_recipients);
  g_test_add_func ("/hostile/recipients-limit", test_hostile_recipients_limit);
  g_test_add_func ("/hostile/markup-bidi-controls", test_hostile_markup_bidi_controls);
  g_test_add_func ("/hostile/cli-terminal", test_hostile_cli_terminal);
  g_test_add_func ("/hostile/cli-limits", test_hostile_cli_limits);
  g_test_add_func ("/hostile/empty-dsn-part", test_hostile_empty_dsn_part);
  g_test_add_func ("/hostile/ses-wrong-types", test_hostile_ses_wrong_types);
  g_test_add_func ("/hostile/ses-deep-nesting", test_hostile_ses_deep_nesting);
  g_test_add_func ("/hostile/failed-recipients-utf8", test_hostile_failed_recipients_utf8);
  g_test_add_func ("/hostile/html-style-run", test_hostile_html_style_run);
  g_test_add_func ("/hostile/dsn-parser", test_hostile_dsn_parser);
  g_test_add_func ("/hostile/no-writes", test_hostile_no_writes);
  g_test_add_func ("/hostile/no-network", test_hostile_no_network);

  ret = g_test_run ();

  remove_tree (tmp_dir);
  g_free (tmp_dir);

  return ret;
}
