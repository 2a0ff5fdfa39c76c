/* test-dsn.c
 *
 * The delivery-status field parser: groups, folding, type prefixes, line
 * ends, case, garbage and the recipient limit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bounce-dsn.h"

static BounceDsnGroup *
recipient (BounceDsn *dsn,
           guint      i)
{
  g_assert_cmpuint (i, <, dsn->recipients->len);
  return g_ptr_array_index (dsn->recipients, i);
}

static void
test_dsn_basic (void)
{
  const char *text =
    "Reporting-MTA: dns; mx.example.org\n"
    "X-Postfix-Queue-ID: 4F3A2B\n"
    "Arrival-Date: Mon, 2 Mar 2026 10:00:00 +0100\n"
    "\n"
    "Final-Recipient: rfc822; alice@example.net\n"
    "Original-Recipient: rfc822;Alice@Example.NET\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Remote-MTA: dns; mx1.example.net\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <alice@example.net>: Recipient address\n"
    "    rejected: User unknown in virtual mailbox table\n"
    "Last-Attempt-Date: Mon, 2 Mar 2026 10:00:05 +0100\n";
  g_autoptr(BounceDsn) dsn = NULL;
  gboolean truncated = TRUE;
  BounceDsnGroup *group;

  dsn = bounce_dsn_parse (text, -1, 100, &truncated);

  g_assert_false (truncated);
  g_assert_cmpstr (bounce_dsn_group_get (dsn->message, "reporting-mta"), ==, "mx.example.org");
  g_assert_cmpstr (bounce_dsn_group_get_type (dsn->message, "reporting-mta"), ==, "dns");
  g_assert_cmpstr (bounce_dsn_group_get (dsn->message, "arrival-date"), ==,
                   "Mon, 2 Mar 2026 10:00:00 +0100");
  g_assert_cmpstr (bounce_dsn_group_get_type (dsn->message, "arrival-date"), ==, "");
  g_assert_cmpstr (bounce_dsn_group_get (dsn->message, "x-postfix-queue-id"), ==, "4F3A2B");

  g_assert_cmpuint (dsn->recipients->len, ==, 1);
  group = recipient (dsn, 0);
  g_assert_cmpstr (bounce_dsn_group_get (group, "final-recipient"), ==, "alice@example.net");
  g_assert_cmpstr (bounce_dsn_group_get_type (group, "final-recipient"), ==, "rfc822");
  g_assert_cmpstr (bounce_dsn_group_get (group, "original-recipient"), ==, "Alice@Example.NET");
  g_assert_cmpstr (bounce_dsn_group_get (group, "Action"), ==, "failed");
  g_assert_cmpstr (bounce_dsn_group_get (group, "STATUS"), ==, "5.1.1");
  g_assert_cmpstr (bounce_dsn_group_get (group, "remote-mta"), ==, "mx1.example.net");
  g_assert_cmpstr (bounce_dsn_group_get (group, "diagnostic-code"), ==,
                   "550 5.1.1 <alice@example.net>: Recipient address "
                   "rejected: User unknown in virtual mailbox table");
  g_assert_cmpstr (bounce_dsn_group_get_type (group, "diagnostic-code"), ==, "smtp");
  g_assert_null (bounce_dsn_group_get (group, "will-retry-until"));
  g_assert_null (bounce_dsn_group_get_type (group, "will-retry-until"));
}

static void
test_dsn_multiple (void)
{
  /* Three recipients; the second group has no blank line before the third. */
  const char *text =
    "Reporting-MTA: dns;mail.example.com\n"
    "\n"
    "Final-Recipient: RFC822; one@example.net\n"
    "Action: failed\n"
    "Status: 5.2.2\n"
    "\n"
    "Original-Recipient: rfc822;two-alias@example.net\n"
    "Final-Recipient: rfc822;two@example.net\n"
    "Action: delayed\n"
    "Status: 4.4.1\n"
    "Final-Recipient: rfc822;three@example.net\n"
    "Action: delivered\n"
    "Status: 2.0.0\n";
  g_autoptr(BounceDsn) dsn = bounce_dsn_parse (text, -1, 100, NULL);

  g_assert_cmpuint (dsn->recipients->len, ==, 3);
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 0), "final-recipient"), ==, "one@example.net");
  g_assert_cmpstr (bounce_dsn_group_get_type (recipient (dsn, 0), "final-recipient"), ==, "rfc822");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 0), "status"), ==, "5.2.2");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 1), "original-recipient"), ==,
                   "two-alias@example.net");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 1), "final-recipient"), ==, "two@example.net");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 1), "action"), ==, "delayed");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 2), "final-recipient"), ==, "three@example.net");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 2), "status"), ==, "2.0.0");
  g_assert_cmpstr (bounce_dsn_group_get (dsn->message, "reporting-mta"), ==, "mail.example.com");
}

static void
test_dsn_line_ends (void)
{
  const char *crlf =
    "Reporting-MTA: dns; a.example\r\n\r\n"
    "Final-Recipient: rfc822; x@example.net\r\n"
    "Action: failed\r\n"
    "Status: 5.7.1\r\n"
    "Diagnostic-Code: smtp; 554 5.7.1 rejected\r\n"
    "\tby policy\r\n";
  const char *cr =
    "Reporting-MTA: dns; a.example\r\r"
    "Final-Recipient: rfc822; y@example.net\r"
    "Action: failed\r"
    "Status: 5.2.1\r"
    "\r"
    "Final-Recipient: rfc822; z@example.net\r"
    "Action: failed\r"
    "Status: 5.1.1\r";
  g_autoptr(BounceDsn) a = bounce_dsn_parse (crlf, -1, 100, NULL);
  g_autoptr(BounceDsn) b = bounce_dsn_parse (cr, -1, 100, NULL);

  g_assert_cmpuint (a->recipients->len, ==, 1);
  g_assert_cmpstr (bounce_dsn_group_get (recipient (a, 0), "final-recipient"), ==, "x@example.net");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (a, 0), "status"), ==, "5.7.1");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (a, 0), "diagnostic-code"), ==,
                   "554 5.7.1 rejected by policy");
  g_assert_cmpstr (bounce_dsn_group_get (a->message, "reporting-mta"), ==, "a.example");

  g_assert_cmpuint (b->recipients->len, ==, 2);
  g_assert_cmpstr (bounce_dsn_group_get (recipient (b, 0), "final-recipient"), ==, "y@example.net");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (b, 1), "final-recipient"), ==, "z@example.net");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (b, 1), "status"), ==, "5.1.1");
}

static void
test_dsn_garbage (void)
{
  const char *text =
    "This is not a field at all\n"
    "Reporting-MTA: dns; relay.example\n"
    "   \t \n"
    "!!!! === ::::\n"
    "Final-Recipient: rfc822; g@example.net\n"
    "no colon here\n"
    "Action: failed\n"
    ": empty name\n"
    "Status: 5.0.0\n"
    "Diagnostic-Code: X-Unix; delivery\n"
    " \n"
    "    \n";
  g_autoptr(BounceDsn) dsn = bounce_dsn_parse (text, -1, 100, NULL);
  g_autoptr(BounceDsn) empty = bounce_dsn_parse ("", 0, 100, NULL);
  g_autoptr(BounceDsn) null = bounce_dsn_parse (NULL, 0, 100, NULL);
  g_autoptr(BounceDsn) binary = bounce_dsn_parse ("\0\0\xff\xfe:\n\n", 7, 100, NULL);

  g_assert_cmpuint (dsn->recipients->len, ==, 1);
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 0), "final-recipient"), ==, "g@example.net");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 0), "action"), ==, "failed");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 0), "status"), ==, "5.0.0");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 0), "diagnostic-code"), ==, "delivery");
  g_assert_cmpstr (bounce_dsn_group_get_type (recipient (dsn, 0), "diagnostic-code"), ==, "x-unix");
  g_assert_cmpstr (bounce_dsn_group_get (dsn->message, "reporting-mta"), ==, "relay.example");

  g_assert_cmpuint (empty->recipients->len, ==, 0);
  g_assert_cmpuint (null->recipients->len, ==, 0);
  g_assert_cmpuint (binary->recipients->len, ==, 0);
}

static void
test_dsn_missing_recipient_field (void)
{
  /* A group without Final-Recipient still becomes a group of its own. */
  const char *text =
    "Reporting-MTA: dns; relay.example\n"
    "\n"
    "Action: failed\n"
    "Status: 5.3.0\n"
    "\n"
    "Action: delayed\n"
    "Status: 4.4.7\n";
  g_autoptr(BounceDsn) dsn = bounce_dsn_parse (text, -1, 100, NULL);

  g_assert_cmpuint (dsn->recipients->len, ==, 2);
  g_assert_null (bounce_dsn_group_get (recipient (dsn, 0), "final-recipient"));
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 1), "status"), ==, "4.4.7");
}

static void
test_dsn_truncated (void)
{
  g_autoptr(GString) text = g_string_new ("Reporting-MTA: dns; big.example\n\n");
  g_autoptr(BounceDsn) dsn = NULL;
  gboolean truncated = FALSE;

  for (guint i = 0; i < 50; i++)
    g_string_append_printf (text,
                            "Final-Recipient: rfc822; user%u@example.net\n"
                            "Action: failed\nStatus: 5.1.1\n\n", i);

  dsn = bounce_dsn_parse (text->str, text->len, 7, &truncated);

  g_assert_true (truncated);
  g_assert_cmpuint (dsn->recipients->len, ==, 7);
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 6), "final-recipient"), ==,
                   "user6@example.net");
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 6), "status"), ==, "5.1.1");
}

static void
test_dsn_not_nul_terminated (void)
{
  const char text[] = "Final-Recipient: rfc822; a@example.net\nStatus: 5.1.1XXXXXXXX";
  g_autoptr(BounceDsn) dsn = bounce_dsn_parse (text, sizeof text - 1 - 8, 10, NULL);

  g_assert_cmpuint (dsn->recipients->len, ==, 1);
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 0), "status"), ==, "5.1.1");
}

static void
test_dsn_long_line (void)
{
  /* A huge folded value is cut, not copied without end, and parsing is linear. */
  g_autoptr(GString) text = g_string_new ("Final-Recipient: rfc822; a@example.net\nDiagnostic-Code: smtp; 550");
  g_autoptr(BounceDsn) dsn = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append (text, "\n x");
  g_string_append (text, "\nStatus: 5.1.1\n");

  dsn = bounce_dsn_parse (text->str, text->len, 10, NULL);

  g_assert_cmpuint (dsn->recipients->len, ==, 1);
  g_assert_cmpuint (strlen (bounce_dsn_group_get (recipient (dsn, 0), "diagnostic-code")), <=, 17 * 1024);
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 0), "status"), ==, "5.1.1");
}

static void
test_dsn_empty_values (void)
{
  /* An empty value is a slice of no bytes: trimming it must not walk into
   * the white space of the lines after it (found by fuzzing). */
  const char text[] = "Reporting-MTA:\n \t\nReceived: by mx.example.net\n\n"
                      "Final-Recipient:   \nStatus: 5.1.1\nAction:";
  g_autoptr(BounceDsn) dsn = bounce_dsn_parse (text, sizeof text - 1, 10, NULL);

  g_assert_null (bounce_dsn_group_get (dsn->message, "reporting-mta"));
  g_assert_cmpstr (bounce_dsn_group_get_type (dsn->message, "reporting-mta"), ==, "");
  g_assert_cmpstr (bounce_dsn_group_get (dsn->message, "received"), ==, "by mx.example.net");
  g_assert_cmpuint (dsn->recipients->len, ==, 1);
  g_assert_null (bounce_dsn_group_get (recipient (dsn, 0), "final-recipient"));
  g_assert_cmpstr (bounce_dsn_group_get (recipient (dsn, 0), "status"), ==, "5.1.1");
  g_assert_null (bounce_dsn_group_get (recipient (dsn, 0), "action"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dsn/basic", test_dsn_basic);
  g_test_add_func ("/dsn/multiple", test_dsn_multiple);
  g_test_add_func ("/dsn/line-ends", test_dsn_line_ends);
  g_test_add_func ("/dsn/garbage", test_dsn_garbage);
  g_test_add_func ("/dsn/missing-recipient-field", test_dsn_missing_recipient_field);
  g_test_add_func ("/dsn/truncated", test_dsn_truncated);
  g_test_add_func ("/dsn/not-nul-terminated", test_dsn_not_nul_terminated);
  g_test_add_func ("/dsn/long-line", test_dsn_long_line);
  g_test_add_func ("/dsn/empty-values", test_dsn_empty_values);

  return g_test_run ();
}
