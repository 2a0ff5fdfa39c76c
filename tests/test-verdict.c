/* test-verdict.c
 *
 * The words of a verdict and the plain-text summary, from reports the
 * engine makes of pasted text and of fixtures.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bounce-verdict.h"

static BounceReport *
analyze_fixture (const char *name)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);

  return bounce_analyzer_analyze_bytes (analyzer, bytes, name);
}

static void
test_failure (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(BounceReport) report = NULL;
  g_autoptr(BounceVerdict) verdict = NULL;
  g_autofree char *summary = NULL;
  const BounceKnowledgeEntry *entry = bounce_knowledge_get_reason (BOUNCE_REASON_USERUNKNOWN);

  report = bounce_analyzer_analyze_text (analyzer,
                                         "550 5.1.1 <nobody@example.net>: Recipient address rejected: "
                                         "User unknown in local recipient table", -1);
  g_assert_cmpuint (bounce_report_get_n_records (report), >=, 1);

  verdict = bounce_verdict_new (report, bounce_report_get_record (report, 0));
  g_assert_cmpint (verdict->category, ==, BOUNCE_CATEGORY_PERMANENT);
  g_assert_cmpstr (verdict->headline, ==, bounce_knowledge_entry_title (entry));
  g_assert_cmpstr (verdict->explanation, ==, bounce_knowledge_entry_plain (entry));
  g_assert_cmpstr (verdict->who_acts, ==, bounce_actor_describe (entry->actor));
  g_assert_cmpuint (g_strv_length (verdict->steps), ==, bounce_knowledge_entry_n_steps (entry));
  g_assert_cmpstr (verdict->reply_code, ==, "550");
  g_assert_cmpstr (verdict->status, ==, "5.1.1");
  g_assert_nonnull (verdict->code_meaning);

  summary = bounce_verdict_build_summary (verdict, report, bounce_report_get_record (report, 0));
  g_assert_true (g_str_has_prefix (summary, verdict->headline));
  g_assert_nonnull (strstr (summary, "Permanent failure"));
  g_assert_nonnull (strstr (summary, "Reply code: 550"));
  g_assert_nonnull (strstr (summary, "Status code: 5.1.1"));
  g_assert_nonnull (strstr (summary, verdict->steps[0]));
  g_assert_nonnull (strstr (summary, "User unknown in local recipient table"));
}

typedef struct
{
  const char     *fixture;
  BounceCategory  category;
  const char     *headline;
} Case;

static void
test_kinds (void)
{
  static const Case cases[] = {
    { "postfix-delayed.eml", BOUNCE_CATEGORY_TEMPORARY, "Still trying — nothing to do yet" },
    { "out-of-office-iso2022jp.eml", BOUNCE_CATEGORY_NOT_FAILURE, "Out of office — nothing went wrong" },
    { "arf-abuse-report.eml", BOUNCE_CATEGORY_NOT_FAILURE, "A spam complaint" },
    { "delivered-dsn.eml", BOUNCE_CATEGORY_NOT_FAILURE, "Delivered" },
    { "not-a-bounce.eml", BOUNCE_CATEGORY_NOT_FAILURE, "This is not a bounce" },
    { "backscatter.eml", BOUNCE_CATEGORY_NOT_YOURS, "You probably never sent this message" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BounceReport) report = analyze_fixture (cases[i].fixture);
      g_autoptr(BounceVerdict) verdict = NULL;
      BounceRecord *record = bounce_report_get_n_records (report) > 0
                             ? bounce_report_get_record (report, 0) : NULL;

      g_test_message ("%s", cases[i].fixture);
      verdict = bounce_verdict_new (report, record);
      g_assert_cmpstr (verdict->headline, ==, cases[i].headline);
      g_assert_cmpint (verdict->category, ==, cases[i].category);
      g_assert_nonnull (verdict->steps);
      g_assert_nonnull (verdict->steps[0]);
      g_assert_nonnull (verdict->who_acts);
    }
}

static void
test_not_email (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("\x00\x01\x02\xff\xfe\x00garbage", 14);
  g_autoptr(BounceReport) report = bounce_analyzer_analyze_bytes (analyzer, bytes, "garbage.bin");
  g_autoptr(BounceVerdict) verdict = NULL;

  if (bounce_report_get_kind (report) != BOUNCE_KIND_NOT_EMAIL)
    {
      g_test_skip ("the engine reads this input as an email");
      return;
    }

  verdict = bounce_verdict_new (report, NULL);
  g_assert_cmpint (verdict->category, ==, BOUNCE_CATEGORY_UNREADABLE);
  g_assert_cmpstr (verdict->headline, ==, "This is not an email");
  g_assert_cmpstr (bounce_category_get_label (verdict->category), ==, "Not readable");
}

static void
test_limits (void)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(BounceReport) empty = NULL;
  g_autoptr(BounceReport) large = NULL;
  g_autoptr(BounceVerdict) verdict = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) message = g_string_new ("From: a@example.com\nTo: b@example.com\nSubject: big\n\n");

  /* Each limit gets its own words, not "This is not an email". */
  empty = bounce_analyzer_analyze_text (analyzer, "\n\n", -1);
  g_assert_cmpint (bounce_report_get_kind (empty), ==, BOUNCE_KIND_NOT_EMAIL);
  verdict = bounce_verdict_new (empty, NULL);
  g_assert_cmpstr (verdict->headline, ==, "This is empty");
  g_assert_cmpint (verdict->category, ==, BOUNCE_CATEGORY_UNREADABLE);
  g_clear_pointer (&verdict, bounce_verdict_free);

  bounce_analyzer_set_max_size (analyzer, 1024);
  while (message->len < 4096)
    g_string_append (message, "This line makes the message larger than the limit.\n");
  bytes = g_bytes_new (message->str, message->len);
  large = bounce_analyzer_analyze_bytes (analyzer, bytes, "large.eml");
  g_assert_cmpint (bounce_report_get_kind (large), ==, BOUNCE_KIND_NOT_EMAIL);
  g_assert_error ((GError *)bounce_report_get_error (large), BOUNCE_ERROR, BOUNCE_ERROR_TOO_LARGE);
  verdict = bounce_verdict_new (large, NULL);
  g_assert_cmpstr (verdict->headline, ==, "This is too large to read");
}

static void
test_categories (void)
{
  /* Every category has words, a description, an icon and a style. */
  for (guint c = BOUNCE_CATEGORY_PERMANENT; c <= BOUNCE_CATEGORY_UNREADABLE; c++)
    {
      g_assert_nonnull (bounce_category_get_label (c));
      g_assert_nonnull (bounce_category_get_description (c));
      g_assert_nonnull (bounce_category_get_icon_name (c));
      g_assert_nonnull (bounce_category_get_css_class (c));
    }

  g_assert_cmpstr (bounce_category_get_label (BOUNCE_CATEGORY_PERMANENT), ==, "Permanent failure");
  g_assert_cmpstr (bounce_category_get_label (BOUNCE_CATEGORY_TEMPORARY), ==, "Temporary problem");
  g_assert_cmpstr (bounce_category_get_label (BOUNCE_CATEGORY_NOT_FAILURE), ==, "Not a failure");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/verdict/failure", test_failure);
  g_test_add_func ("/verdict/kinds", test_kinds);
  g_test_add_func ("/verdict/not-email", test_not_email);
  g_test_add_func ("/verdict/limits", test_limits);
  g_test_add_func ("/verdict/categories", test_categories);

  return g_test_run ();
}
