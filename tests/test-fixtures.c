/* test-fixtures.c
 *
 * Runs the analyzer over every bounce in tests/fixtures/ (and the examples
 * bundled with the app) and compares each report and record with the values
 * written down in tests/fixtures/expected.ini. The expected values come from
 * what each email says, not from what the engine happened to print.
 *
 * expected.ini, one group per input:
 *
 *   [postfix-user-unknown.eml]        a file under tests/fixtures/
 *   [examples/delayed.eml]            a file under data/examples/
 *   [mbox/several.mbox]               a container: messages=N, ordered=true|false
 *   [mbox/several.mbox @2]            its 2nd message (ordered), or, when
 *                                     ordered=false, the one whose subject= matches
 *   [postfix-user-unknown.eml #1]     the 1st record of a single message
 *   [mbox/several.mbox @2 #1]         the 1st record of the 2nd message
 *
 * A key that is present is asserted; a key that is absent is not checked, and
 * an empty value means "nothing" (NULL, "" or 0). "a|b" accepts either
 * alternative, used only where two answers are equally right (a status the
 * email never states that may be left empty or derived from the reason).
 * diagnostic= is a substring; addresses compare case-insensitively; message
 * ids compare without their angle brackets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-core.h"

typedef struct
{
  GKeyFile  *expected;
  char      *name;      /* group name of the input, e.g. "mbox/several.mbox" */
} FixtureCase;

static GKeyFile *expected_keyfile;

static void
fixture_case_free (gpointer data)
{
  FixtureCase *fc = data;

  g_free (fc->name);
  g_free (fc);
}

static char *
fixture_path (const char *name)
{
  if (g_str_has_prefix (name, "examples/"))
    return g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                  name + strlen ("examples/"), NULL);

  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

static gboolean
collect_report_cb (BounceReport *report,
                   gpointer      user_data)
{
  GPtrArray *reports = user_data;

  g_ptr_array_add (reports, g_object_ref (report));

  return TRUE;
}

/* Strips surrounding angle brackets and white space, for message ids. */
static char *
bare_id (const char *id)
{
  char *copy;
  gsize len;

  if (id == NULL)
    return g_strdup ("");

  copy = g_strstrip (g_strdup (id));
  len = strlen (copy);
  if (len >= 2 && copy[0] == '<' && copy[len - 1] == '>')
    {
      memmove (copy, copy + 1, len - 2);
      copy[len - 2] = '\0';
    }

  return copy;
}

typedef enum
{
  MATCH_EXACT,
  MATCH_CASELESS,
  MATCH_SUBSTRING,
  MATCH_MESSAGE_ID,
} MatchMode;

static gboolean
value_matches (const char *want,
               const char *got,
               MatchMode   mode)
{
  g_autofree char *got_folded = NULL;
  g_autofree char *want_folded = NULL;

  if (got == NULL)
    got = "";

  switch (mode)
    {
    case MATCH_SUBSTRING:
      return strstr (got, want) != NULL;

    case MATCH_CASELESS:
      got_folded = g_utf8_casefold (got, -1);
      want_folded = g_utf8_casefold (want, -1);
      return g_strcmp0 (got_folded, want_folded) == 0;

    case MATCH_MESSAGE_ID:
      got_folded = bare_id (got);
      want_folded = bare_id (want);
      return g_strcmp0 (got_folded, want_folded) == 0;

    case MATCH_EXACT:
    default:
      return g_strcmp0 (got, want) == 0;
    }
}

/* Compares one field if the group names it; returns FALSE and appends a
 * readable line to @failures when it differs. */
static void
check_field (GKeyFile   *keyfile,
             const char *group,
             const char *key,
             const char *got,
             MatchMode   mode,
             GString    *failures)
{
  g_autofree char *want = NULL;
  g_auto(GStrv) alternatives = NULL;

  if (!g_key_file_has_key (keyfile, group, key, NULL))
    return;

  want = g_key_file_get_string (keyfile, group, key, NULL);
  g_assert_nonnull (want);

  /* A substring may contain '|' in a diagnostic text; only whole values have
   * alternatives. */
  if (mode == MATCH_SUBSTRING)
    {
      if (*want != '\0' && value_matches (want, got, mode))
        return;
    }
  else
    {
      /* An empty value means "nothing"; g_strsplit() would give no element. */
      if (*want == '\0' && value_matches ("", got, mode))
        return;

      alternatives = g_strsplit (want, "|", -1);
      for (guint i = 0; alternatives[i] != NULL; i++)
        {
          if (value_matches (alternatives[i], got, mode))
            return;
        }
    }

  g_string_append_printf (failures, "  [%s] %s: expected \"%s\", got \"%s\"\n",
                          group, key, want, got != NULL ? got : "(null)");
}

static void
check_record (GKeyFile     *keyfile,
              const char   *group,
              BounceRecord *record,
              GString      *failures)
{
  g_autofree char *reply = g_strdup_printf ("%u", bounce_record_get_reply_code (record));
  const char *reply_or_empty = bounce_record_get_reply_code (record) != 0 ? reply : "";

  check_field (keyfile, group, "recipient",
               bounce_record_get_recipient (record), MATCH_CASELESS, failures);
  check_field (keyfile, group, "original-recipient",
               bounce_record_get_original_recipient (record), MATCH_CASELESS, failures);
  check_field (keyfile, group, "action",
               bounce_record_get_action (record), MATCH_CASELESS, failures);
  check_field (keyfile, group, "status",
               bounce_record_get_status (record), MATCH_EXACT, failures);
  check_field (keyfile, group, "reply-code", reply_or_empty, MATCH_EXACT, failures);
  check_field (keyfile, group, "reason",
               bounce_reason_to_string (bounce_record_get_reason (record)),
               MATCH_EXACT, failures);
  check_field (keyfile, group, "severity",
               bounce_severity_to_string (bounce_record_get_severity (record)),
               MATCH_EXACT, failures);
  check_field (keyfile, group, "hard-bounce",
               bounce_record_get_hard_bounce (record) ? "true" : "false",
               MATCH_EXACT, failures);
  check_field (keyfile, group, "provider",
               bounce_record_get_provider (record), MATCH_EXACT, failures);
  check_field (keyfile, group, "remote-mta",
               bounce_record_get_remote_mta (record), MATCH_CASELESS, failures);
  check_field (keyfile, group, "reporting-mta",
               bounce_record_get_reporting_mta (record), MATCH_CASELESS, failures);
  check_field (keyfile, group, "diagnostic",
               bounce_record_get_diagnostic (record), MATCH_SUBSTRING, failures);
}

/* Checks one message: @group describes the report, "@group #N" its records. */
static void
check_report (GKeyFile     *keyfile,
              const char   *group,
              BounceReport *report,
              GString      *failures)
{
  g_autofree char *n_records = NULL;
  g_autoptr(GError) error = NULL;
  guint want_records;

  if (bounce_report_get_error (report) != NULL)
    g_string_append_printf (failures, "  [%s] unexpected error: %s\n",
                            group, bounce_report_get_error (report)->message);

  check_field (keyfile, group, "kind",
               bounce_kind_to_string (bounce_report_get_kind (report)),
               MATCH_EXACT, failures);
  check_field (keyfile, group, "reason",
               bounce_reason_to_string (bounce_report_get_reason (report)),
               MATCH_EXACT, failures);
  check_field (keyfile, group, "backscatter",
               bounce_report_get_backscatter (report) ? "true" : "false",
               MATCH_EXACT, failures);
  check_field (keyfile, group, "subject",
               bounce_report_get_subject (report), MATCH_EXACT, failures);
  check_field (keyfile, group, "original-subject",
               bounce_report_get_original_subject (report), MATCH_EXACT, failures);
  check_field (keyfile, group, "original-message-id",
               bounce_report_get_original_message_id (report), MATCH_MESSAGE_ID, failures);

  n_records = g_strdup_printf ("%u", bounce_report_get_n_records (report));
  check_field (keyfile, group, "records", n_records, MATCH_EXACT, failures);

  want_records = (guint)g_key_file_get_integer (keyfile, group, "records", &error);
  if (error != NULL)
    return;

  for (guint i = 0; i < want_records && i < bounce_report_get_n_records (report); i++)
    {
      g_autofree char *record_group = g_strdup_printf ("%s #%u", group, i + 1);
      BounceRecord *record = bounce_report_get_record (report, i);

      if (!g_key_file_has_group (keyfile, record_group))
        {
          g_string_append_printf (failures, "  expected.ini lacks group [%s]\n", record_group);
          continue;
        }

      check_record (keyfile, record_group, record, failures);
    }
}

static void
test_fixture (gconstpointer data)
{
  const FixtureCase *fc = data;
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = fixture_path (fc->name);
  gboolean ok;
  int messages;

  file = g_file_new_for_path (path);
  ok = bounce_analyzer_analyze_file (analyzer, file, collect_report_cb, reports, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  messages = g_key_file_get_integer (fc->expected, fc->name, "messages", NULL);

  if (messages <= 0)
    {
      /* A single message. */
      if (reports->len != 1)
        g_string_append_printf (failures, "  [%s] expected 1 report, got %u\n",
                                fc->name, reports->len);
      else
        check_report (fc->expected, fc->name, g_ptr_array_index (reports, 0), failures);
    }
  else
    {
      gboolean ordered = g_key_file_get_boolean (fc->expected, fc->name, "ordered", NULL);
      g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);

      if (reports->len != (guint)messages)
        g_string_append_printf (failures, "  [%s] expected %d messages, got %u\n",
                                fc->name, messages, reports->len);

      for (int m = 1; m <= messages; m++)
        {
          g_autofree char *group = g_strdup_printf ("%s @%d", fc->name, m);
          g_autofree char *subject = NULL;
          BounceReport *report = NULL;

          if (!g_key_file_has_group (fc->expected, group))
            {
              g_string_append_printf (failures, "  expected.ini lacks group [%s]\n", group);
              continue;
            }

          if (ordered)
            {
              if ((guint)m <= reports->len)
                report = g_ptr_array_index (reports, m - 1);

              /* The index is the message's 1-based position in its container. */
              if (report != NULL && bounce_report_get_index (report) != (guint)m)
                g_string_append_printf (failures, "  [%s] index: expected %d, got %u\n",
                                        group, m, bounce_report_get_index (report));
            }
          else
            {
              /* A folder has no inherent order: find the message by its subject. */
              subject = g_key_file_get_string (fc->expected, group, "subject", NULL);
              g_assert_nonnull (subject);

              for (guint i = 0; i < reports->len; i++)
                {
                  BounceReport *candidate = g_ptr_array_index (reports, i);

                  if (!g_hash_table_contains (used, candidate)
                      && g_strcmp0 (bounce_report_get_subject (candidate), subject) == 0)
                    {
                      report = candidate;
                      g_hash_table_add (used, candidate);
                      break;
                    }
                }
            }

          if (report == NULL)
            g_string_append_printf (failures, "  [%s] no such message in the output\n", group);
          else
            check_report (fc->expected, group, report, failures);
        }

      if (!ordered)
        {
          /* Each message of a folder has its own distinct index. */
          g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

          for (guint i = 0; i < reports->len; i++)
            {
              guint index = bounce_report_get_index (g_ptr_array_index (reports, i));

              if (index == 0 || index > reports->len
                  || !g_hash_table_add (seen, GUINT_TO_POINTER (index)))
                g_string_append_printf (failures, "  [%s] bad or repeated index %u\n",
                                        fc->name, index);
            }
        }
    }

  if (failures->len > 0)
    {
      g_test_message ("input: %s", path);
      g_test_fail_printf ("%s differs from expected.ini:\n%s", fc->name, failures->str);
    }
}

/* Every fixture file must be described in expected.ini, so that no fixture
 * silently goes unchecked. */
static void
collect_files (const char *dir_path,
               const char *prefix,
               GPtrArray  *names)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *entry;

  g_assert_nonnull (dir);

  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir_path, entry, NULL);

      if (g_str_has_suffix (entry, ".eml") || g_str_has_suffix (entry, ".mbox"))
        g_ptr_array_add (names, g_strconcat (prefix, entry, NULL));
      else if (g_strcmp0 (entry, "mbox") == 0 && g_file_test (child, G_FILE_TEST_IS_DIR))
        collect_files (child, "mbox/", names);
    }
}

static void
test_all_described (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *fixtures_dir = g_test_build_filename (G_TEST_DIST, "fixtures", NULL);
  g_autofree char *examples_dir = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                         NULL);

  collect_files (fixtures_dir, "", names);
  collect_files (examples_dir, "examples/", names);

  g_assert_cmpuint (names->len, >=, 30);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (!g_key_file_has_group (expected_keyfile, name))
        g_test_fail_printf ("%s has no group in expected.ini", name);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_path = NULL;
  g_auto(GStrv) groups = NULL;
  g_autofree char **keep_going_argv = NULL;
  int ret;

  /* Each fixture is independent: report every one that differs instead of
   * stopping at the first, so a run shows the whole picture. */
  keep_going_argv = g_new0 (char *, argc + 2);
  for (int i = 0; i < argc; i++)
    keep_going_argv[i] = argv[i];
  keep_going_argv[argc++] = (char *)"--keep-going";
  argv = keep_going_argv;

  g_test_init (&argc, &argv, NULL);

  expected_path = g_test_build_filename (G_TEST_DIST, "fixtures", "expected.ini", NULL);
  expected_keyfile = g_key_file_new ();
  g_key_file_load_from_file (expected_keyfile, expected_path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  g_test_add_func ("/fixtures/all-described", test_all_described);

  groups = g_key_file_get_groups (expected_keyfile, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      FixtureCase *fc;
      g_autofree char *test_path = NULL;

      /* Inputs only: records ("#") and messages ("@") belong to them. */
      if (strchr (groups[i], '#') != NULL || strchr (groups[i], '@') != NULL)
        continue;

      fc = g_new0 (FixtureCase, 1);
      fc->expected = expected_keyfile;
      fc->name = g_strdup (groups[i]);
      test_path = g_strdup_printf ("/fixtures/%s", groups[i]);
      g_test_add_data_func_full (test_path, fc, test_fixture, fixture_case_free);
    }

  ret = g_test_run ();

  g_key_file_unref (expected_keyfile);

  return ret;
}
