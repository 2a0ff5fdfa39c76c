/* test-analyzer.c
 *
 * The analyzer end to end on messages composed here: DSNs, mboxes, maildirs,
 * folders, streams, pasted text, limits, line ends, non-bounces and JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bounce-analyzer.h"
#include "bounce-json.h"
#include "bounce-record.h"
#include "bounce-report.h"
#include "bounce-reread.h"

/* A Postfix-style DSN for two recipients. The first has a generic Status that
 * the Diagnostic-Code makes precise; the original's subject is RFC 2047. */
#define DSN_MESSAGE \
  "Return-Path: <>\n" \
  "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n" \
  "To: sender@example.com\n" \
  "Subject: Undelivered Mail Returned to Sender\n" \
  "Date: Tue, 3 Mar 2026 09:15:00 +0100\n" \
  "Auto-Submitted: auto-replied\n" \
  "MIME-Version: 1.0\n" \
  "Content-Type: multipart/report; report-type=delivery-status;\n" \
  "\tboundary=\"BOUNDARY1\"\n" \
  "\n" \
  "--BOUNDARY1\n" \
  "Content-Type: text/plain; charset=us-ascii\n" \
  "\n" \
  "I'm sorry to have to inform you that your message could not\n" \
  "be delivered to one or more recipients.\n" \
  "\n" \
  "--BOUNDARY1\n" \
  "Content-Type: message/delivery-status\n" \
  "\n" \
  "Reporting-MTA: dns; mx.example.org\n" \
  "Arrival-Date: Tue, 3 Mar 2026 09:14:58 +0100\n" \
  "\n" \
  "Final-Recipient: rfc822; Alice@Example.NET\n" \
  "Action: failed\n" \
  "Status: 5.0.0\n" \
  "Remote-MTA: dns; mx1.example.net\n" \
  "Diagnostic-Code: smtp; 550 5.1.1 <alice@example.net>: Recipient address\n" \
  "    rejected: User unknown in local recipient table\n" \
  "\n" \
  "Final-Recipient: rfc822; bob@example.net\n" \
  "Action: failed\n" \
  "Status: 5.2.2\n" \
  "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n" \
  "\n" \
  "--BOUNDARY1\n" \
  "Content-Type: text/rfc822-headers\n" \
  "\n" \
  "From: Sender <sender@example.com>\n" \
  "To: alice@example.net, bob@example.net\n" \
  "Subject: =?ISO-8859-1?Q?R=E9union_de_lundi?=\n" \
  "Date: Tue, 3 Mar 2026 09:14:50 +0100\n" \
  "Message-ID: <abc123@example.com>\n" \
  "\n" \
  "--BOUNDARY1--\n"

#define PLAIN_MESSAGE(n) \
  "From: friend@example.org\n" \
  "To: me@example.com\n" \
  "Subject: Lunch " #n "\n" \
  "Date: Wed, 4 Mar 2026 12:00:00 +0000\n" \
  "\n" \
  "Shall we meet at noon?\n"

typedef struct
{
  GPtrArray *reports;
} Collected;

static gboolean
collect_cb (BounceReport *report,
            gpointer      user_data)
{
  Collected *collected = user_data;

  g_ptr_array_add (collected->reports, g_object_ref (report));

  return TRUE;
}

static BounceReport *
analyze_string (const char *text)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return bounce_analyzer_analyze_bytes (analyzer, bytes, "test.eml");
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-analyzer-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_remove (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

static void
test_analyzer_dsn (void)
{
  g_autoptr(BounceReport) report = analyze_string (DSN_MESSAGE);
  BounceRecord *alice;
  BounceRecord *bob;

  g_assert_null (bounce_report_get_error (report));
  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_FAILURE);
  g_assert_true (bounce_report_is_bounce (report));
  g_assert_cmpuint (bounce_report_get_index (report), ==, 1);
  g_assert_cmpstr (bounce_report_get_source (report), ==, "test.eml");
  g_assert_cmpstr (bounce_report_get_subject (report), ==, "Undelivered Mail Returned to Sender");
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 2);

  alice = bounce_report_get_record (report, 0);
  g_assert_cmpstr (bounce_record_get_recipient (alice), ==, "Alice@Example.NET");
  g_assert_cmpstr (bounce_record_get_action (alice), ==, "failed");
  /* Status 5.0.0 yields to the 5.1.1 of the server's reply. */
  g_assert_cmpstr (bounce_record_get_status (alice), ==, "5.1.1");
  g_assert_cmpuint (bounce_record_get_reply_code (alice), ==, 550);
  g_assert_cmpstr (bounce_record_get_diagnostic (alice), ==,
                   "550 5.1.1 <alice@example.net>: Recipient address rejected: "
                   "User unknown in local recipient table");
  g_assert_cmpstr (bounce_record_get_reporting_mta (alice), ==, "mx.example.org");
  g_assert_cmpstr (bounce_record_get_remote_mta (alice), ==, "mx1.example.net");
  g_assert_cmpstr (bounce_record_get_last_attempt (alice), ==, "Tue, 3 Mar 2026 09:14:58 +0100");
  g_assert_cmpint (bounce_record_get_reason (alice), ==, BOUNCE_REASON_USERUNKNOWN);
  g_assert_cmpint (bounce_record_get_severity (alice), ==, BOUNCE_SEVERITY_PERMANENT);
  g_assert_true (bounce_record_get_hard_bounce (alice));

  bob = bounce_report_get_record (report, 1);
  g_assert_cmpstr (bounce_record_get_recipient (bob), ==, "bob@example.net");
  g_assert_cmpstr (bounce_record_get_status (bob), ==, "5.2.2");
  g_assert_cmpuint (bounce_record_get_reply_code (bob), ==, 552);
  g_assert_cmpint (bounce_record_get_reason (bob), ==, BOUNCE_REASON_MAILBOXFULL);
  g_assert_false (bounce_record_get_hard_bounce (bob));

  g_assert_cmpstr (bounce_report_get_original_subject (report), ==, "Réunion de lundi");
  g_assert_cmpstr (bounce_report_get_original_message_id (report), ==, "abc123@example.com");
  g_assert_cmpstr (bounce_report_get_original_date (report), ==, "Tue, 3 Mar 2026 09:14:50 +0100");
  g_assert_nonnull (strstr (bounce_report_get_original_to (report), "bob@example.net"));
  g_assert_nonnull (strstr (bounce_report_get_original_from (report), "sender@example.com"));
  g_assert_nonnull (strstr (bounce_report_get_human_text (report), "could not\nbe delivered"));
  g_assert_false (bounce_report_get_backscatter (report));
}

/* Without the human-readable text kept, the report lacks it but the analysis,
 * which reads that text, finds the same records. */
static void
test_analyzer_no_human_text (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (DSN_MESSAGE, strlen (DSN_MESSAGE));
  g_autoptr(BounceReport) report = NULL;
  gboolean keep = TRUE;

  g_assert_true (bounce_analyzer_get_keep_human_text (analyzer));
  g_object_set (analyzer, "keep-human-text", FALSE, NULL);
  g_object_get (analyzer, "keep-human-text", &keep, NULL);
  g_assert_false (keep);

  report = bounce_analyzer_analyze_bytes (analyzer, bytes, "test.eml");
  g_assert_null (bounce_report_get_human_text (report));
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 2);
  g_assert_cmpstr (bounce_record_get_status (bounce_report_get_record (report, 0)), ==, "5.1.1");
  g_assert_cmpint (bounce_record_get_reason (bounce_report_get_record (report, 1)), ==,
                   BOUNCE_REASON_MAILBOXFULL);
}

static void
test_analyzer_crlf_and_cr (void)
{
  g_autoptr(GString) crlf = g_string_new (NULL);
  g_autoptr(GString) cr = g_string_new (NULL);
  g_autoptr(BounceReport) a = NULL;
  g_autoptr(BounceReport) b = NULL;

  for (const char *p = DSN_MESSAGE; *p != '\0'; p++)
    {
      if (*p == '\n')
        {
          g_string_append (crlf, "\r\n");
          g_string_append_c (cr, '\r');
        }
      else
        {
          g_string_append_c (crlf, *p);
          g_string_append_c (cr, *p);
        }
    }

  a = analyze_string (crlf->str);
  b = analyze_string (cr->str);

  for (guint i = 0; i < 2; i++)
    {
      BounceReport *report = i == 0 ? a : b;
      BounceRecord *record;

      g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_FAILURE);
      g_assert_cmpuint (bounce_report_get_n_records (report), ==, 2);
      record = bounce_report_get_record (report, 0);
      g_assert_cmpstr (bounce_record_get_status (record), ==, "5.1.1");
      g_assert_cmpstr (bounce_record_get_diagnostic (record), ==,
                       "550 5.1.1 <alice@example.net>: Recipient address rejected: "
                       "User unknown in local recipient table");
      record = bounce_report_get_record (report, 1);
      g_assert_cmpstr (bounce_record_get_recipient (record), ==, "bob@example.net");
      g_assert_cmpstr (bounce_report_get_original_subject (report), ==, "Réunion de lundi");
      g_assert_null (strchr (bounce_report_get_human_text (report), '\r'));
    }
}

static void
test_analyzer_mbox (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "mail.mbox", NULL);
  g_autoptr(GString) mbox = g_string_new (NULL);
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Collected collected = { g_ptr_array_new_with_free_func (g_object_unref) };
  gboolean ok;

  g_string_append (mbox, "From MAILER-DAEMON Tue Mar  3 09:15:00 2026\n" DSN_MESSAGE "\n");
  g_string_append (mbox, "From friend@example.org Wed Mar  4 12:00:00 2026\n" PLAIN_MESSAGE (1) "\n");
  g_string_append (mbox, "From MAILER-DAEMON Tue Mar  3 09:15:00 2026\n" DSN_MESSAGE);
  write_file (path, mbox->str);

  ok = bounce_analyzer_analyze_file (analyzer, file, collect_cb, &collected, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  g_assert_cmpuint (collected.reports->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      BounceReport *report = g_ptr_array_index (collected.reports, i);

      g_assert_cmpuint (bounce_report_get_index (report), ==, i + 1);
      g_assert_cmpstr (bounce_report_get_source (report), ==, path);
      g_assert_null (bounce_report_get_error (report));
    }
  g_assert_cmpint (bounce_report_get_kind (g_ptr_array_index (collected.reports, 0)), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpint (bounce_report_get_kind (g_ptr_array_index (collected.reports, 1)), ==, BOUNCE_KIND_NOT_BOUNCE);
  g_assert_cmpuint (bounce_report_get_n_records (g_ptr_array_index (collected.reports, 1)), ==, 0);
  g_assert_cmpint (bounce_report_get_kind (g_ptr_array_index (collected.reports, 2)), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (g_ptr_array_index (collected.reports, 2)), ==, 2);

  g_ptr_array_unref (collected.reports);
  remove_tree (dir);
}

/* The report's JSON lines without the message number, which an mbox and a
 * slice of it count differently. */
static char *
json_without_index (BounceReport *report)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) result = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;

  bounce_json_append_report (report, generator, out);
  lines = g_strsplit (out->str, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 2);

  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      JsonObject *object;

      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      g_assert_true (json_object_has_member (object, "message"));
      json_object_remove_member (object, "message");
      json_generator_set_root (generator, json_parser_get_root (parser));
      text = json_generator_to_data (generator, NULL);
      g_string_append (result, text);
      g_string_append_c (result, '\n');
    }

  return g_string_free (g_steal_pointer (&result), FALSE);
}

/* Checks that the reports' byte ranges follow each other over all of
 * @data, and that each range analysed alone, as bytes and as a stream,
 * gives the report the whole mbox gave. */
static void
assert_ranges_cover (BounceAnalyzer *analyzer,
                     GPtrArray      *reports,
                     const char     *data,
                     gsize           length)
{
  goffset expected = 0;

  for (guint i = 0; i < reports->len; i++)
    {
      BounceReport *report = g_ptr_array_index (reports, i);
      const char *source = bounce_report_get_source (report);
      g_autoptr(GBytes) slice = NULL;
      g_autoptr(BounceReport) alone = NULL;
      g_autoptr(GInputStream) stream = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *json = json_without_index (report);
      g_autofree char *alone_json = NULL;
      g_autofree char *streamed_json = NULL;
      Collected streamed = { g_ptr_array_new_with_free_func (g_object_unref) };
      goffset offset = -1;
      goffset range_length = -1;
      goffset streamed_offset = -1;
      goffset streamed_length = -1;

      g_assert_true (bounce_report_get_byte_range (report, &offset, &range_length));
      g_assert_cmpint (offset, ==, expected);
      g_assert_cmpint (range_length, >, 0);
      g_assert_cmpint (offset + range_length, <=, (goffset) length);
      /* Every message but the first starts with its separator line. */
      g_assert_true (strncmp (data + offset, "From ", 5) == 0);
      expected = offset + range_length;

      slice = g_bytes_new (data + offset, range_length);
      alone = bounce_analyzer_analyze_bytes (analyzer, slice, source);
      alone_json = json_without_index (alone);
      g_assert_cmpstr (alone_json, ==, json);

      stream = g_memory_input_stream_new_from_bytes (slice);
      g_assert_true (bounce_analyzer_analyze_stream (analyzer, stream, source, collect_cb, &streamed, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (streamed.reports->len, ==, 1);
      streamed_json = json_without_index (g_ptr_array_index (streamed.reports, 0));
      g_assert_cmpstr (streamed_json, ==, json);
      g_assert_true (bounce_report_get_byte_range (g_ptr_array_index (streamed.reports, 0),
                                                   &streamed_offset, &streamed_length));
      g_assert_cmpint (streamed_offset, ==, 0);
      g_assert_cmpint (streamed_length, ==, range_length);
      g_ptr_array_unref (streamed.reports);
    }

  g_assert_cmpint (expected, ==, (goffset) length);
}

/* Each message of an mbox knows its bytes in the file: the ranges follow
 * each other without gap or overlap, even where a separator comes right
 * after a MIME boundary (no blank line) or is far longer than the 4096
 * bytes the splitter keeps of a line. The same holds for an mbox read as a
 * stream and for one in a folder; a file of a single message has no range. */
static void
test_analyzer_mbox_ranges (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "mail.mbox", NULL);
  g_autofree char *single = g_build_filename (dir, "single.eml", NULL);
  g_autofree char *long_sender = g_strnfill (6000, 'x');
  g_autoptr(GString) mbox = g_string_new (NULL);
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  Collected from_file = { g_ptr_array_new_with_free_func (g_object_unref) };
  Collected from_stream = { g_ptr_array_new_with_free_func (g_object_unref) };
  Collected from_folder = { g_ptr_array_new_with_free_func (g_object_unref) };
  guint n_ranges = 0;

  /* DSN_MESSAGE ends on its closing boundary: the next separator follows
   * it directly and counts by its postmark. */
  g_string_append (mbox, "From MAILER-DAEMON Tue Mar  3 09:15:00 2026\n" DSN_MESSAGE);
  g_string_append (mbox, "From friend@example.org Wed Mar  4 12:00:00 2026\n" PLAIN_MESSAGE (1) "\n");
  /* A separator line of more than 6000 bytes, then a message whose first
   * header must not be taken for the rest of that line. */
  g_string_append_printf (mbox, "From %s@example.org Thu Mar  5 08:30:00 2026\n", long_sender);
  g_string_append (mbox, PLAIN_MESSAGE (2) "\n");
  /* The last message has no final line end. */
  g_string_append (mbox, "From MAILER-DAEMON Tue Mar  3 09:15:00 2026\n" DSN_MESSAGE "Trailing words");
  write_file (path, mbox->str);
  write_file (single, PLAIN_MESSAGE (3));

  g_assert_true (bounce_analyzer_analyze_file (analyzer, file, collect_cb, &from_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (from_file.reports->len, ==, 4);
  g_assert_cmpint (bounce_report_get_kind (g_ptr_array_index (from_file.reports, 0)), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (g_ptr_array_index (from_file.reports, 0)), ==, 2);
  g_assert_cmpstr (bounce_report_get_subject (g_ptr_array_index (from_file.reports, 1)), ==, "Lunch 1");
  g_assert_cmpstr (bounce_report_get_subject (g_ptr_array_index (from_file.reports, 2)), ==, "Lunch 2");
  g_assert_cmpstr (bounce_report_get_from (g_ptr_array_index (from_file.reports, 2)), ==,
                   bounce_report_get_from (g_ptr_array_index (from_file.reports, 1)));
  g_assert_nonnull (bounce_report_get_from (g_ptr_array_index (from_file.reports, 2)));
  g_assert_cmpuint (bounce_report_get_n_records (g_ptr_array_index (from_file.reports, 3)), ==, 2);
  assert_ranges_cover (analyzer, from_file.reports, mbox->str, mbox->len);

  stream = g_memory_input_stream_new_from_data (mbox->str, mbox->len, NULL);
  g_assert_true (bounce_analyzer_analyze_stream (analyzer, stream, path, collect_cb, &from_stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (from_stream.reports->len, ==, 4);
  assert_ranges_cover (analyzer, from_stream.reports, mbox->str, mbox->len);

  /* In a folder, with one worker thread and with several. */
  for (guint threads = 1; threads <= 2; threads++)
    {
      g_ptr_array_set_size (from_folder.reports, 0);
      bounce_analyzer_set_max_threads (analyzer, threads);
      g_assert_true (bounce_analyzer_analyze_file (analyzer, folder, collect_cb, &from_folder, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (from_folder.reports->len, ==, 5);

      n_ranges = 0;
      for (guint i = 0; i < from_folder.reports->len; i++)
        {
          BounceReport *report = g_ptr_array_index (from_folder.reports, i);
          BounceReport *in_file;
          goffset offset, length, file_offset, file_length;

          if (g_strcmp0 (bounce_report_get_source (report), single) == 0)
            {
              g_assert_false (bounce_report_get_byte_range (report, &offset, &length));
              continue;
            }

          in_file = g_ptr_array_index (from_file.reports, n_ranges++);
          g_assert_true (bounce_report_get_byte_range (report, &offset, &length));
          g_assert_true (bounce_report_get_byte_range (in_file, &file_offset, &file_length));
          g_assert_cmpint (offset, ==, file_offset);
          g_assert_cmpint (length, ==, file_length);
        }
      g_assert_cmpuint (n_ranges, ==, 4);
    }

  g_ptr_array_unref (from_file.reports);
  g_ptr_array_unref (from_stream.reports);
  g_ptr_array_unref (from_folder.reports);
  remove_tree (dir);
}

/* bounce_reread_slice() reads one message again from its byte range, to
 * the report the whole reading gave, number included: a message of an mbox,
 * one over the size limit (read through, not kept), and a file of pasted
 * text read as a stream. Bytes that are no longer that message are refused. */
static void
test_analyzer_reread_slice (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "mail.mbox", NULL);
  g_autofree char *pasted_path = g_build_filename (dir, "pasted.txt", NULL);
  g_autoptr(GString) mbox = g_string_new (NULL);
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) pasted = g_file_new_for_path (pasted_path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceReport) moved = NULL;
  Collected collected = { g_ptr_array_new_with_free_func (g_object_unref) };
  BounceReport *last;
  goffset offset, length;
  gboolean too_large = FALSE;

  g_string_append (mbox, "From MAILER-DAEMON Tue Mar  3 09:15:00 2026\n" DSN_MESSAGE "\n");
  g_string_append (mbox, "From friend@example.org Wed Mar  4 12:00:00 2026\n" PLAIN_MESSAGE (1));
  for (guint i = 0; i < 100; i++)
    g_string_append (mbox, "A long letter, line after line, far over the limit set below.\n");
  g_string_append (mbox, "\nFrom MAILER-DAEMON Tue Mar  3 09:15:00 2026\n" DSN_MESSAGE);
  write_file (path, mbox->str);
  write_file (pasted_path, "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n");

  bounce_analyzer_set_max_size (analyzer, 4000);
  g_assert_true (bounce_analyzer_analyze_file (analyzer, file, collect_cb, &collected, NULL, &error));
  g_assert_no_error (error);
  stream = g_file_read (pasted, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (bounce_analyzer_analyze_stream (analyzer, G_INPUT_STREAM (stream), "-",
                                                 collect_cb, &collected, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (collected.reports->len, ==, 4);

  for (guint i = 0; i < collected.reports->len; i++)
    {
      BounceReport *report = g_ptr_array_index (collected.reports, i);
      g_autoptr(BounceReport) again = NULL;
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(GString) expected = g_string_new (NULL);
      g_autoptr(GString) found = g_string_new (NULL);
      const GError *report_error = bounce_report_get_error (report);

      if (report_error != NULL && g_error_matches (report_error, BOUNCE_ERROR, BOUNCE_ERROR_TOO_LARGE))
        too_large = TRUE;

      g_assert_true (bounce_report_get_byte_range (report, &offset, &length));
      again = bounce_reread_slice (analyzer, i < 3 ? file : pasted, bounce_report_get_source (report),
                                   offset, length, bounce_report_get_index (report), NULL, &error);
      g_assert_no_error (error);
      bounce_json_append_report (report, generator, expected);
      bounce_json_append_report (again, generator, found);
      g_assert_cmpstr (found->str, ==, expected->str);
    }
  g_assert_true (too_large);
  g_assert_cmpint (bounce_report_get_kind (g_ptr_array_index (collected.reports, 3)), ==, BOUNCE_KIND_FAILURE);

  /* Another message where the last one was. */
  last = g_ptr_array_index (collected.reports, 2);
  g_assert_true (bounce_report_get_byte_range (last, &offset, &length));
  moved = bounce_reread_slice (analyzer, file, path, offset, length + 1, 3, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (moved);

  g_ptr_array_unref (collected.reports);
  remove_tree (dir);
}

static void
test_analyzer_maildir (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *cur = g_build_filename (dir, "cur", NULL);
  g_autofree char *new = g_build_filename (dir, "new", NULL);
  g_autofree char *tmp = g_build_filename (dir, "tmp", NULL);
  g_autofree char *a = g_build_filename (cur, "1700000002.M1.host:2,S", NULL);
  g_autofree char *b = g_build_filename (cur, "1700000001.M1.host:2,S", NULL);
  g_autofree char *c = g_build_filename (new, "1700000003.M1.host", NULL);
  g_autofree char *t = g_build_filename (tmp, "1700000004.M1.host", NULL);
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  Collected collected = { g_ptr_array_new_with_free_func (g_object_unref) };

  g_mkdir (cur, 0700);
  g_mkdir (new, 0700);
  g_mkdir (tmp, 0700);
  write_file (a, PLAIN_MESSAGE (2));
  write_file (b, DSN_MESSAGE);
  write_file (c, PLAIN_MESSAGE (3));
  write_file (t, DSN_MESSAGE); /* still being written: not read */

  g_assert_true (bounce_analyzer_analyze_file (analyzer, file, collect_cb, &collected, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (collected.reports->len, ==, 3);
  /* cur/ sorted by name, then new/. */
  g_assert_cmpstr (bounce_report_get_source (g_ptr_array_index (collected.reports, 0)), ==, b);
  g_assert_cmpstr (bounce_report_get_source (g_ptr_array_index (collected.reports, 1)), ==, a);
  g_assert_cmpstr (bounce_report_get_source (g_ptr_array_index (collected.reports, 2)), ==, c);
  g_assert_cmpuint (bounce_report_get_index (g_ptr_array_index (collected.reports, 2)), ==, 3);
  g_assert_cmpint (bounce_report_get_kind (g_ptr_array_index (collected.reports, 0)), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpstr (bounce_report_get_subject (g_ptr_array_index (collected.reports, 1)), ==, "Lunch 2");

  g_ptr_array_unref (collected.reports);
  remove_tree (dir);
}

static void
test_analyzer_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *a = g_build_filename (dir, "b.eml", NULL);
  g_autofree char *b = g_build_filename (dir, "a.eml", NULL);
  g_autofree char *empty = g_build_filename (dir, "c.eml", NULL);
  g_autofree char *hidden = g_build_filename (dir, ".hidden.eml", NULL);
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  Collected collected = { g_ptr_array_new_with_free_func (g_object_unref) };
  BounceReport *report;

  write_file (a, PLAIN_MESSAGE (4));
  write_file (b, DSN_MESSAGE);
  write_file (empty, "");
  write_file (hidden, DSN_MESSAGE);

  g_assert_true (bounce_analyzer_analyze_file (analyzer, file, collect_cb, &collected, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (collected.reports->len, ==, 3);
  g_assert_cmpstr (bounce_report_get_source (g_ptr_array_index (collected.reports, 0)), ==, b);
  g_assert_cmpstr (bounce_report_get_source (g_ptr_array_index (collected.reports, 1)), ==, a);

  /* The unreadable member is reported, and the others are still read. */
  report = g_ptr_array_index (collected.reports, 2);
  g_assert_cmpstr (bounce_report_get_source (report), ==, empty);
  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_NOT_EMAIL);
  g_assert_error ((GError *) bounce_report_get_error (report), BOUNCE_ERROR, BOUNCE_ERROR_EMPTY);

  g_ptr_array_unref (collected.reports);
  remove_tree (dir);
}

static void
test_analyzer_parallel_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(BounceAnalyzer) sequential = bounce_analyzer_new ();
  g_autoptr(BounceAnalyzer) parallel = bounce_analyzer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  Collected a = { g_ptr_array_new_with_free_func (g_object_unref) };
  Collected b = { g_ptr_array_new_with_free_func (g_object_unref) };

  /* Forty files: bounces, ordinary mail, an empty one and an mbox of three
   * in the middle, read in order whatever the number of threads. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("%02u.eml", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (i == 17)
        write_file (path, "");
      else if (i == 23)
        write_file (path,
                    "From a@example.org Wed Mar  4 12:00:00 2026\n" PLAIN_MESSAGE (8) "\n"
                    "From MAILER-DAEMON Tue Mar  3 09:15:00 2026\n" DSN_MESSAGE "\n"
                    "From b@example.org Wed Mar  4 12:00:00 2026\n" PLAIN_MESSAGE (9));
      else
        write_file (path, i % 3 == 0 ? PLAIN_MESSAGE (10) : DSN_MESSAGE);
    }

  bounce_analyzer_set_max_threads (sequential, 1);
  bounce_analyzer_set_max_threads (parallel, 4);
  g_assert_cmpuint (bounce_analyzer_get_max_threads (parallel), ==, 4);

  g_assert_true (bounce_analyzer_analyze_file (sequential, file, collect_cb, &a, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (bounce_analyzer_analyze_file (parallel, file, collect_cb, &b, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (a.reports->len, ==, 42);
  g_assert_cmpuint (b.reports->len, ==, a.reports->len);

  for (guint i = 0; i < a.reports->len; i++)
    {
      BounceReport *x = g_ptr_array_index (a.reports, i);
      BounceReport *y = g_ptr_array_index (b.reports, i);

      g_assert_cmpuint (bounce_report_get_index (x), ==, i + 1);
      g_assert_cmpuint (bounce_report_get_index (y), ==, i + 1);
      g_assert_cmpstr (bounce_report_get_source (x), ==, bounce_report_get_source (y));
      g_assert_cmpint (bounce_report_get_kind (x), ==, bounce_report_get_kind (y));
      g_assert_cmpuint (bounce_report_get_n_records (x), ==, bounce_report_get_n_records (y));
    }

  /* The empty file is an error in its place; the mbox gives three messages. */
  g_assert_error ((GError *) bounce_report_get_error (g_ptr_array_index (b.reports, 17)),
                  BOUNCE_ERROR, BOUNCE_ERROR_EMPTY);
  g_assert_cmpstr (bounce_report_get_subject (g_ptr_array_index (b.reports, 23)), ==, "Lunch 8");
  g_assert_cmpint (bounce_report_get_kind (g_ptr_array_index (b.reports, 24)), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpstr (bounce_report_get_subject (g_ptr_array_index (b.reports, 25)), ==, "Lunch 9");

  g_ptr_array_unref (a.reports);
  g_ptr_array_unref (b.reports);
  remove_tree (dir);
}

static gboolean
stop_after_three_cb (BounceReport *report,
                     gpointer      user_data)
{
  guint *n = user_data;

  return ++(*n) < 3;
}

static void
test_analyzer_parallel_stop (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("%02u.eml", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      write_file (path, DSN_MESSAGE);
    }

  /* Stopping early leaves no work running and nothing leaked. */
  bounce_analyzer_set_max_threads (analyzer, 3);
  bounce_analyzer_analyze_file (analyzer, file, stop_after_three_cb, &n, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);

  remove_tree (dir);
}

static void
test_analyzer_missing_file (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/dir/bounce.eml");
  g_autoptr(GError) error = NULL;
  Collected collected = { g_ptr_array_new_with_free_func (g_object_unref) };

  g_assert_false (bounce_analyzer_analyze_file (analyzer, file, collect_cb, &collected, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (collected.reports->len, ==, 0);

  g_ptr_array_unref (collected.reports);
}

static void
test_analyzer_stream (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mbox = NULL;
  Collected collected = { g_ptr_array_new_with_free_func (g_object_unref) };

  mbox = g_strconcat ("From a@example.org Wed Mar  4 12:00:00 2026\n", PLAIN_MESSAGE (5), "\n",
                      "From MAILER-DAEMON Tue Mar  3 09:15:00 2026\n", DSN_MESSAGE, NULL);
  stream = g_memory_input_stream_new_from_data (g_strdup (mbox), -1, g_free);

  g_assert_true (bounce_analyzer_analyze_stream (analyzer, stream, "-", collect_cb, &collected, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (collected.reports->len, ==, 2);
  g_assert_cmpstr (bounce_report_get_subject (g_ptr_array_index (collected.reports, 0)), ==, "Lunch 5");
  g_assert_cmpint (bounce_report_get_kind (g_ptr_array_index (collected.reports, 1)), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_index (g_ptr_array_index (collected.reports, 1)), ==, 2);
  g_assert_cmpstr (bounce_report_get_source (g_ptr_array_index (collected.reports, 1)), ==, "-");
  g_assert_cmpuint (bounce_report_get_n_records (g_ptr_array_index (collected.reports, 1)), ==, 2);

  g_ptr_array_unref (collected.reports);
}

/* A delay notice is explained by what holds delivery up, never by the
 * "expired" wording of a delivery that was given up. */
static void
test_analyzer_delay_explanation (void)
{
  static const char delay[] =
    "From: MAILER-DAEMON@mail.example.com\n"
    "To: me@example.com\n"
    "Subject: Delayed Mail (still being retried)\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n"
    "\n"
    "--b\n"
    "Content-Type: text/plain\n"
    "\n"
    "Delivery is delayed; the mail system will keep trying.\n"
    "--b\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mail.example.com\n"
    "\n"
    "Final-Recipient: rfc822; friend@example.net\n"
    "Action: delayed\n"
    "Status: 4.4.1\n"
    "Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.9]:25: Connection timed out\n"
    "\n"
    "--b--\n";
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(BounceReport) report = bounce_analyzer_analyze_text (analyzer, delay, -1);
  const BounceKnowledgeEntry *entry;
  BounceRecord *record;

  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_DELAY);
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 1);
  record = bounce_report_get_record (report, 0);
  g_assert_cmpstr (bounce_record_get_action (record), ==, "delayed");

  entry = bounce_json_explanation_entry (record);
  g_assert_nonnull (entry);
  g_assert_true (entry != bounce_knowledge_get_reason (BOUNCE_REASON_EXPIRED));
  g_assert_true (entry == bounce_knowledge_get_status ("4.4.1", NULL));
}

/* A separator line right after the last line of a message (no blank line
 * between, as some writers leave it) still starts a new message; a body line
 * that only begins with "From " does not. */
static void
test_analyzer_stream_postmark (void)
{
  static const char mbox[] =
    "From a@example.org Wed Mar  4 12:00:00 2026\n"
    "From: friend@example.org\n"
    "To: me@example.com\n"
    "Subject: Lunch 1\n"
    "\n"
    "Shall we meet at noon?\n"
    "From the office, I mean.\n"
    "From b@example.org Thu Mar  5 08:30:00 2026\n"
    PLAIN_MESSAGE (2);
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  Collected collected = { g_ptr_array_new_with_free_func (g_object_unref) };

  stream = g_memory_input_stream_new_from_data (mbox, sizeof mbox - 1, NULL);
  g_assert_true (bounce_analyzer_analyze_stream (analyzer, stream, "-", collect_cb, &collected, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (collected.reports->len, ==, 2);
  g_assert_cmpstr (bounce_report_get_subject (g_ptr_array_index (collected.reports, 0)), ==, "Lunch 1");
  g_assert_cmpstr (bounce_report_get_subject (g_ptr_array_index (collected.reports, 1)), ==, "Lunch 2");

  g_ptr_array_unref (collected.reports);
}

/* Error text piped into the CLI ("explain-bounce -") is pasted text, while
 * binary data on the same stream is still no email. */
static void
test_analyzer_stream_pasted (void)
{
  static const char pasted[] =
    "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n";
  static const guint8 binary[] = { 0x89, 'P', 'N', 'G', 0x00, 0x01, 0xff, 0xfe, '\n' };
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GInputStream) text_stream = NULL;
  g_autoptr(GInputStream) binary_stream = NULL;
  g_autoptr(GError) error = NULL;
  Collected collected = { g_ptr_array_new_with_free_func (g_object_unref) };
  BounceReport *report;
  BounceRecord *record;

  text_stream = g_memory_input_stream_new_from_data (pasted, sizeof pasted - 1, NULL);
  g_assert_true (bounce_analyzer_analyze_stream (analyzer, text_stream, "-", collect_cb, &collected, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (collected.reports->len, ==, 1);
  report = g_ptr_array_index (collected.reports, 0);
  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpstr (bounce_report_get_source (report), ==, "-");
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 1);
  record = bounce_report_get_record (report, 0);
  g_assert_cmpstr (bounce_record_get_recipient (record), ==, "bob@example.com");
  g_assert_cmpstr (bounce_record_get_status (record), ==, "5.1.1");
  g_assert_cmpuint (bounce_record_get_reply_code (record), ==, 550);
  g_assert_cmpint (bounce_record_get_reason (record), ==, BOUNCE_REASON_USERUNKNOWN);

  binary_stream = g_memory_input_stream_new_from_data (binary, sizeof binary, NULL);
  g_assert_true (bounce_analyzer_analyze_stream (analyzer, binary_stream, "-", collect_cb, &collected, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (collected.reports->len, ==, 2);
  report = g_ptr_array_index (collected.reports, 1);
  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_NOT_EMAIL);
  g_assert_nonnull (bounce_report_get_error (report));

  g_ptr_array_unref (collected.reports);
}

static void
test_analyzer_pasted_text (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(BounceReport) body = NULL;
  g_autoptr(BounceReport) whole = NULL;
  BounceRecord *record;

  /* The body of a bounce copied out of a mail client: no headers. */
  body = bounce_analyzer_analyze_text (analyzer,
                                       "Delivery to the following recipient failed permanently.\n"
                                       "\n"
                                       "Reporting-MTA: dns; mail.example.org\n"
                                       "\n"
                                       "Final-Recipient: rfc822; carol@example.net\n"
                                       "Action: failed\n"
                                       "Status: 5.2.2\n"
                                       "Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded\n",
                                       -1);
  g_assert_null (bounce_report_get_error (body));
  g_assert_null (bounce_report_get_source (body));
  g_assert_cmpint (bounce_report_get_kind (body), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (body), ==, 1);
  record = bounce_report_get_record (body, 0);
  g_assert_cmpstr (bounce_record_get_recipient (record), ==, "carol@example.net");
  g_assert_cmpstr (bounce_record_get_status (record), ==, "5.2.2");
  g_assert_cmpuint (bounce_record_get_reply_code (record), ==, 552);
  g_assert_cmpstr (bounce_record_get_reporting_mta (record), ==, "mail.example.org");

  /* A whole message pasted with its headers is read as a message. */
  whole = bounce_analyzer_analyze_text (analyzer, "\n\n" DSN_MESSAGE, -1);
  g_assert_cmpint (bounce_report_get_kind (whole), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (whole), ==, 2);
  g_assert_cmpstr (bounce_report_get_original_subject (whole), ==, "Réunion de lundi");
}

static void
test_analyzer_limits (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (DSN_MESSAGE, strlen (DSN_MESSAGE));
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) blank = g_bytes_new_static ("\n\r\n\n", 4);
  g_autoptr(BounceReport) large = NULL;
  g_autoptr(BounceReport) none = NULL;
  g_autoptr(BounceReport) blanks = NULL;
  g_autoptr(BounceReport) text = NULL;
  g_autoptr(BounceReport) capped = NULL;
  const GError *error;

  g_assert_cmpuint (bounce_analyzer_get_max_size (analyzer), ==, BOUNCE_DEFAULT_MAX_SIZE);
  bounce_analyzer_set_max_size (analyzer, 100);
  g_assert_cmpuint (bounce_analyzer_get_max_size (analyzer), ==, 100);

  large = bounce_analyzer_analyze_bytes (analyzer, bytes, "big.eml");
  g_assert_cmpint (bounce_report_get_kind (large), ==, BOUNCE_KIND_NOT_EMAIL);
  g_assert_cmpuint (bounce_report_get_n_records (large), ==, 0);
  error = bounce_report_get_error (large);
  g_assert_error ((GError *) error, BOUNCE_ERROR, BOUNCE_ERROR_TOO_LARGE);
  /* The message names the size and the limit. */
  g_assert_nonnull (strstr (error->message, "100 bytes"));
  g_assert_nonnull (strstr (error->message, "KiB"));

  text = bounce_analyzer_analyze_text (analyzer, DSN_MESSAGE, -1);
  g_assert_error ((GError *) bounce_report_get_error (text), BOUNCE_ERROR, BOUNCE_ERROR_TOO_LARGE);

  none = bounce_analyzer_analyze_bytes (analyzer, empty, "empty.eml");
  g_assert_cmpint (bounce_report_get_kind (none), ==, BOUNCE_KIND_NOT_EMAIL);
  g_assert_error ((GError *) bounce_report_get_error (none), BOUNCE_ERROR, BOUNCE_ERROR_EMPTY);

  blanks = bounce_analyzer_analyze_bytes (analyzer, blank, "blank.eml");
  g_assert_error ((GError *) bounce_report_get_error (blanks), BOUNCE_ERROR, BOUNCE_ERROR_EMPTY);

  /* The recipient limit keeps the first recipients, in order. */
  bounce_analyzer_set_max_size (analyzer, BOUNCE_DEFAULT_MAX_SIZE);
  bounce_analyzer_set_max_recipients (analyzer, 1);
  capped = bounce_analyzer_analyze_bytes (analyzer, bytes, "capped.eml");
  g_assert_cmpuint (bounce_report_get_n_records (capped), ==, 1);
  g_assert_cmpstr (bounce_record_get_recipient (bounce_report_get_record (capped, 0)), ==,
                   "Alice@Example.NET");
}

static void
test_analyzer_not_failures (void)
{
  g_autoptr(BounceReport) vacation = NULL;
  g_autoptr(BounceReport) arf = NULL;
  g_autoptr(BounceReport) delivered = NULL;
  g_autoptr(BounceReport) delayed = NULL;
  g_autoptr(BounceReport) plain = NULL;

  vacation = analyze_string ("From: Kim <kim@example.net>\n"
                             "To: sender@example.com\n"
                             "Subject: Automatic reply: Budget\n"
                             "Auto-Submitted: auto-replied\n"
                             "\n"
                             "I am out of the office until Monday.\n");
  g_assert_cmpint (bounce_report_get_kind (vacation), ==, BOUNCE_KIND_AUTO_REPLY);
  g_assert_cmpint (bounce_report_get_reason (vacation), ==, BOUNCE_REASON_VACATION);
  g_assert_false (bounce_report_is_bounce (vacation));
  g_assert_cmpuint (bounce_report_get_n_records (vacation), ==, 0);

  arf = analyze_string ("From: feedback@isp.example\n"
                        "Subject: Abuse report\n"
                        "MIME-Version: 1.0\n"
                        "Content-Type: multipart/report; report-type=feedback-report; boundary=\"B\"\n"
                        "\n"
                        "--B\n"
                        "Content-Type: text/plain\n"
                        "\n"
                        "This is an email abuse report.\n"
                        "--B\n"
                        "Content-Type: message/feedback-report\n"
                        "\n"
                        "Feedback-Type: abuse\n"
                        "User-Agent: Example-FBL/1.0\n"
                        "Version: 1\n"
                        "--B--\n");
  g_assert_cmpint (bounce_report_get_kind (arf), ==, BOUNCE_KIND_FEEDBACK);
  g_assert_cmpint (bounce_report_get_reason (arf), ==, BOUNCE_REASON_FEEDBACK);

  delivered = analyze_string ("From: MAILER-DAEMON@mx.example.org\n"
                              "Subject: Successful Mail Delivery Report\n"
                              "MIME-Version: 1.0\n"
                              "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n"
                              "\n"
                              "--B\n"
                              "Content-Type: message/delivery-status\n"
                              "\n"
                              "Reporting-MTA: dns; mx.example.org\n"
                              "\n"
                              "Final-Recipient: rfc822; dan@example.net\n"
                              "Action: delivered\n"
                              "Status: 2.0.0\n"
                              "--B--\n");
  g_assert_cmpint (bounce_report_get_kind (delivered), ==, BOUNCE_KIND_DELIVERY_REPORT);
  g_assert_cmpint (bounce_report_get_reason (delivered), ==, BOUNCE_REASON_DELIVERED);
  g_assert_false (bounce_report_is_bounce (delivered));

  delayed = analyze_string ("From: MAILER-DAEMON@mx.example.org\n"
                            "Subject: Delayed Mail (still being retried)\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n"
                            "\n"
                            "--B\n"
                            "Content-Type: message/delivery-status\n"
                            "\n"
                            "Reporting-MTA: dns; mx.example.org\n"
                            "\n"
                            "Final-Recipient: rfc822; erin@example.net\n"
                            "Action: delayed\n"
                            "Status: 4.4.1\n"
                            "Diagnostic-Code: X-Postfix; connect to mx.example.net: Connection timed out\n"
                            "Will-Retry-Until: Fri, 6 Mar 2026 09:00:00 +0100\n"
                            "--B--\n");
  g_assert_cmpint (bounce_report_get_kind (delayed), ==, BOUNCE_KIND_DELAY);
  g_assert_true (bounce_report_is_bounce (delayed));
  g_assert_cmpuint (bounce_report_get_n_records (delayed), ==, 1);
  g_assert_cmpstr (bounce_record_get_action (bounce_report_get_record (delayed, 0)), ==, "delayed");
  g_assert_cmpstr (bounce_record_get_status (bounce_report_get_record (delayed, 0)), ==, "4.4.1");
  g_assert_cmpint (bounce_record_get_severity (bounce_report_get_record (delayed, 0)), ==,
                   BOUNCE_SEVERITY_INFORMATIONAL);

  plain = analyze_string (PLAIN_MESSAGE (6));
  g_assert_cmpint (bounce_report_get_kind (plain), ==, BOUNCE_KIND_NOT_BOUNCE);
  g_assert_false (bounce_report_is_bounce (plain));
}

static void
test_analyzer_charset (void)
{
  /* A Latin-1 text part, quoted-printable, and a base64 DSN part. */
  static const char dsn_text[] =
    "Reporting-MTA: dns; mx.example.de\n\n"
    "Final-Recipient: rfc822; jurgen@example.de\n"
    "Action: failed\n"
    "Status: 5.1.1\n";
  g_autofree char *dsn = g_base64_encode ((const guchar *) dsn_text, sizeof dsn_text - 1);
  g_autofree char *message = g_strdup_printf (
    "From: MAILER-DAEMON@mx.example.de\n"
    "Subject: =?iso-8859-1?q?Unzustellbar=3A_Gr=FC=DFe?=\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n"
    "\n"
    "--B\n"
    "Content-Type: text/plain; charset=iso-8859-1\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "Die Nachricht konnte nicht zugestellt werden: Empf=E4nger unbekannt.\n"
    "--B\n"
    "Content-Type: message/delivery-status\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "%s\n"
    "--B--\n", dsn);
  g_autoptr(BounceReport) report = analyze_string (message);

  g_assert_cmpstr (bounce_report_get_subject (report), ==, "Unzustellbar: Grüße");
  g_assert_nonnull (strstr (bounce_report_get_human_text (report), "Empfänger unbekannt"));
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 1);
  g_assert_cmpstr (bounce_record_get_recipient (bounce_report_get_record (report, 0)), ==, "jurgen@example.de");
  g_assert_cmpstr (bounce_record_get_status (bounce_report_get_record (report, 0)), ==, "5.1.1");
}

static void
test_analyzer_backscatter (void)
{
  /* Spam sent through a botnet host with your address as sender: no DKIM
   * signature of your domain, a Message-ID and Received chain elsewhere. */
  const char *forged =
    "From: MAILER-DAEMON@mx.example.net\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n"
    "\n"
    "--B\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.net\n"
    "\n"
    "Final-Recipient: rfc822; nobody@example.net\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "\n"
    "--B\n"
    "Content-Type: text/rfc822-headers\n"
    "\n"
    "Received: from dsl-203-0-113-9.dynamic.badisp.example (unknown [203.0.113.9])\n"
    "\tby mx.example.net with SMTP; Tue, 3 Mar 2026 09:14:50 +0100\n"
    "From: you@yourcompany.example\n"
    "To: nobody@example.net\n"
    "Subject: Cheap watches\n"
    "Message-ID: <8734.2911@dsl-203-0-113-9.badisp.example>\n"
    "\n"
    "--B--\n";
  g_autoptr(GString) legit = g_string_new (forged);
  g_autoptr(BounceReport) a = analyze_string (forged);
  g_autoptr(BounceReport) b = NULL;

  g_assert_cmpint (bounce_report_get_kind (a), ==, BOUNCE_KIND_FAILURE);
  g_assert_true (bounce_report_get_backscatter (a));

  /* The same bounce of a message your own domain signed is yours. */
  g_string_replace (legit, "From: you@yourcompany.example\n",
                    "DKIM-Signature: v=1; a=rsa-sha256; d=yourcompany.example; s=s1; b=abc\n"
                    "From: you@yourcompany.example\n", 1);
  b = analyze_string (legit->str);
  g_assert_cmpint (bounce_report_get_kind (b), ==, BOUNCE_KIND_FAILURE);
  g_assert_false (bounce_report_get_backscatter (b));
}

static void
test_analyzer_ses_notifications (void)
{
  g_autoptr(BounceReport) bounce = NULL;
  g_autoptr(BounceReport) complaint = NULL;
  BounceRecord *record;

  /* An SNS e-mail notification: JSON in the body, its long line folded by a
   * gateway with "!" and a line break. */
  bounce = analyze_string ("From: no-reply@sns.amazonaws.com\n"
                           "Subject: AWS Notification Message\n"
                           "Content-Type: text/plain; charset=UTF-8\n"
                           "\n"
                           "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\","
                           "\"reportingMTA\":\"dsn; a1-2.smtp-out.example.com\","
                           "\"bouncedRecipients\":[{\"emailAddress\":\"gone@exam!\n ple.net\","
                           "\"action\":\"failed\",\"status\":\"5.0.0\","
                           "\"diagnosticCode\":\"smtp; 550 5.1.1 <gone@example.net>: user unknown\"}]},"
                           "\"mail\":{\"source\":\"shop@example.com\"}}\n"
                           "\n"
                           "--\nIf you wish to stop receiving notifications, unsubscribe.\n");
  g_assert_cmpint (bounce_report_get_kind (bounce), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (bounce), ==, 1);
  record = bounce_report_get_record (bounce, 0);
  g_assert_cmpstr (bounce_record_get_recipient (record), ==, "gone@example.net");
  g_assert_cmpstr (bounce_record_get_status (record), ==, "5.1.1");
  g_assert_cmpuint (bounce_record_get_reply_code (record), ==, 550);
  g_assert_cmpstr (bounce_record_get_reporting_mta (record), ==, "a1-2.smtp-out.example.com");

  complaint = analyze_string ("From: no-reply@sns.amazonaws.com\n"
                              "Subject: AWS Notification Message\n"
                              "\n"
                              "{\"notificationType\":\"Complaint\",\"complaint\":{\"complainedRecipients\":"
                              "[{\"emailAddress\":\"reader@example.org\"}]}}\n");
  g_assert_cmpint (bounce_report_get_kind (complaint), ==, BOUNCE_KIND_FEEDBACK);
  g_assert_cmpint (bounce_report_get_reason (complaint), ==, BOUNCE_REASON_FEEDBACK);
}

static void
test_analyzer_forwarded_bounce (void)
{
  /* A gateway that wraps the bounce in a message of its own. */
  g_autofree char *message = g_strconcat ("From: Gateway <MAILER-DAEMON@gw.example.org>\n"
                                          "Subject: Notification\n"
                                          "MIME-Version: 1.0\n"
                                          "Content-Type: multipart/mixed; boundary=\"OUTER\"\n"
                                          "\n"
                                          "--OUTER\n"
                                          "Content-Type: text/plain\n"
                                          "\n"
                                          "The attached message could not be handled.\n"
                                          "--OUTER\n"
                                          "Content-Type: message/rfc822\n"
                                          "\n",
                                          DSN_MESSAGE,
                                          "--OUTER--\n", NULL);
  g_autoptr(BounceReport) report = analyze_string (message);

  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 2);
  g_assert_cmpstr (bounce_record_get_status (bounce_report_get_record (report, 0)), ==, "5.1.1");
  g_assert_cmpstr (bounce_report_get_original_subject (report), ==, "Réunion de lundi");
}

static void
test_analyzer_dsn_in_text (void)
{
  /* A multipart/report whose boundary never appears (PMDF) and whose DSN
   * fields come with Action before the recipient. */
  g_autoptr(BounceReport) report = analyze_string (
    "From: PMDF e-Mail Interconnect <MAILER-DAEMON@mail.example.org>\n"
    "Subject: Delivery Notification: Delivery has failed\n"
    "MIME-version: 1.0\n"
    "Content-type: multipart/report; boundary=\"Boundary_(ID_never)\"; report-type=delivery-status\n"
    "\n"
    "Your message cannot be delivered to the following recipients:\n"
    "\n"
    "  Recipient address: ann@example.net\n"
    "\n"
    "Reporting-MTA: dns; mail.example.org\n"
    "\n"
    "Action: failed\n"
    "Status: 5.0.0 (Remote SMTP server has rejected address)\n"
    "Original-recipient: rfc822;ann@example.net\n"
    "Final-recipient: rfc822;ann@example.net\n"
    "Remote-MTA: dns; mx.example.net\n"
    " (TCP|192.0.2.1|25)\n"
    "Diagnostic-code: smtp; 550 5.7.1 Mailbox unavailable\n");
  BounceRecord *record;

  g_assert_cmpint (bounce_report_get_kind (report), ==, BOUNCE_KIND_FAILURE);
  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 1);
  record = bounce_report_get_record (report, 0);
  g_assert_cmpstr (bounce_record_get_recipient (record), ==, "ann@example.net");
  g_assert_cmpstr (bounce_record_get_action (record), ==, "failed");
  g_assert_cmpstr (bounce_record_get_status (record), ==, "5.7.1");
  g_assert_cmpuint (bounce_record_get_reply_code (record), ==, 550);
  g_assert_cmpstr (bounce_record_get_remote_mta (record), ==, "mx.example.net");
  g_assert_cmpstr (bounce_record_get_reporting_mta (record), ==, "mail.example.org");
}

static void
test_analyzer_json (void)
{
  g_autoptr(BounceReport) report = analyze_string (DSN_MESSAGE);
  g_autoptr(BounceReport) plain = analyze_string (PLAIN_MESSAGE (7));
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  bounce_json_append_report (report, generator, out);
  bounce_json_append_report (plain, generator, out);

  lines = g_strsplit (out->str, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4); /* 3 lines and the empty rest */
  g_assert_cmpstr (lines[3], ==, "");

  json_parser_load_from_data (parser, lines[0], -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "file"), ==, "test.eml");
  g_assert_cmpint (json_object_get_int_member (object, "message"), ==, 1);
  g_assert_true (json_object_get_boolean_member (object, "bounce"));
  g_assert_cmpstr (json_object_get_string_member (object, "recipient"), ==, "Alice@Example.NET");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "5.1.1");
  g_assert_cmpint (json_object_get_int_member (object, "reply_code"), ==, 550);
  g_assert_cmpstr (json_object_get_string_member (object, "reason"), ==, "userunknown");
  g_assert_true (json_object_get_boolean_member (object, "hard_bounce"));
  g_assert_cmpstr (json_object_get_string_member (object, "severity"), ==,
                   bounce_severity_to_string (BOUNCE_SEVERITY_PERMANENT));
  g_assert_cmpstr (json_object_get_string_member (object, "original_subject"), ==, "Réunion de lundi");
  g_assert_true (json_object_has_member (object, "explanation"));
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "checklist")));
  g_assert_cmpstr (json_object_get_string_member (object, "reporting_mta"), ==, "mx.example.org");
  g_assert_true (json_object_has_member (object, "provider"));

  json_parser_load_from_data (parser, lines[2], -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_false (json_object_get_boolean_member (object, "bounce"));
  g_assert_cmpstr (json_object_get_string_member (object, "reason"), ==, "not-bounce");
  g_assert_true (json_object_get_null_member (object, "reply_code"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analyzer/dsn", test_analyzer_dsn);
  g_test_add_func ("/analyzer/no-human-text", test_analyzer_no_human_text);
  g_test_add_func ("/analyzer/crlf-and-cr", test_analyzer_crlf_and_cr);
  g_test_add_func ("/analyzer/mbox", test_analyzer_mbox);
  g_test_add_func ("/analyzer/mbox-ranges", test_analyzer_mbox_ranges);
  g_test_add_func ("/analyzer/reread-slice", test_analyzer_reread_slice);
  g_test_add_func ("/analyzer/maildir", test_analyzer_maildir);
  g_test_add_func ("/analyzer/folder", test_analyzer_folder);
  g_test_add_func ("/analyzer/parallel-folder", test_analyzer_parallel_folder);
  g_test_add_func ("/analyzer/parallel-stop", test_analyzer_parallel_stop);
  g_test_add_func ("/analyzer/missing-file", test_analyzer_missing_file);
  g_test_add_func ("/analyzer/stream", test_analyzer_stream);
  g_test_add_func ("/analyzer/pasted-text", test_analyzer_pasted_text);
  g_test_add_func ("/analyzer/stream-pasted", test_analyzer_stream_pasted);
  g_test_add_func ("/analyzer/stream-postmark", test_analyzer_stream_postmark);
  g_test_add_func ("/analyzer/delay-explanation", test_analyzer_delay_explanation);
  g_test_add_func ("/analyzer/limits", test_analyzer_limits);
  g_test_add_func ("/analyzer/not-failures", test_analyzer_not_failures);
  g_test_add_func ("/analyzer/charset", test_analyzer_charset);
  g_test_add_func ("/analyzer/backscatter", test_analyzer_backscatter);
  g_test_add_func ("/analyzer/ses-notifications", test_analyzer_ses_notifications);
  g_test_add_func ("/analyzer/forwarded-bounce", test_analyzer_forwarded_bounce);
  g_test_add_func ("/analyzer/dsn-in-text", test_analyzer_dsn_in_text);
  g_test_add_func ("/analyzer/json", test_analyzer_json);

  return g_test_run ();
}
