/* test-summary.c
 *
 * The batch summary, the CSV and the exports, without GTK. The expected
 * counts are computed from tests/fixtures/expected.ini (written from what
 * each email says), not from the engine's output.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "bounce-core.h"
#include "bounce-csv.h"
#include "bounce-export.h"
#include "bounce-record-private.h"
#include "bounce-report-private.h"
#include "bounce-summary.h"

typedef struct
{
  GHashTable *categories;   /* key → count */
  GHashTable *reasons;
  GHashTable *domains;
  GPtrArray  *ambiguous;    /* "a|b" reasons, one per record */
  GPtrArray  *remove;       /* lower-case addresses, sorted, unique */
  guint       n_messages;
  guint       n_rows;
} Expected;

/* The batch: one of each kind of outcome. The engine's accuracy on every
 * field is test-fixtures' business; these are fixtures whose counted fields
 * (kind, records, severity, reason, recipient, hard bounce) are plain. */
static const char * const batch[] = {
  "amazon-ses.eml",
  "arf-abuse-report.eml",
  "backscatter.eml",
  "courier.eml",
  "delivered-dsn.eml",
  "exim-multi.eml",
  "exim-spam-rejected.eml",
  "gmail-user-unknown.eml",
  "icloud-hme1.eml",
  "not-a-bounce.eml",
  "opensmtpd.eml",
  "out-of-office-iso2022jp.eml",
  "postfix-delayed.eml",
  "postfix-user-unknown.eml",
  "qmail-cr-only.eml",
  "sendmail-user-unknown-crlf.eml",
  "yahoo-no-account.eml",
  "yahoo-tss04-delay.eml",
  "yandex-nullmx.eml",
  NULL
};

static GPtrArray *fixture_reports;
static Expected   expected;

static gboolean
collect_cb (BounceReport *report,
            gpointer      user_data)
{
  g_ptr_array_add (user_data, g_object_ref (report));
  return TRUE;
}

static void
bump (GHashTable *table,
      const char *key)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (table, key));

  g_hash_table_insert (table, g_strdup (key), GUINT_TO_POINTER (n + 1));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Reads expected.ini for every single-message fixture and analyses the fixture. */
static void
load_fixtures (void)
{
  g_autoptr(GKeyFile) ini = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autofree char *ini_path = g_test_build_filename (G_TEST_DIST, "fixtures", "expected.ini", NULL);
  g_autoptr(GHashTable) remove = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) groups = NULL;
  GHashTableIter iter;
  gpointer key;

  g_key_file_load_from_file (ini, ini_path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  fixture_reports = g_ptr_array_new_with_free_func (g_object_unref);
  expected.categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  expected.reasons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  expected.domains = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  expected.ambiguous = g_ptr_array_new_with_free_func (g_free);
  expected.remove = g_ptr_array_new_with_free_func (g_free);

  groups = g_key_file_get_groups (ini, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *group = groups[i];
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *kind = NULL;
      gboolean bounce;

      if (!g_strv_contains (batch, group))
        continue;

      path = g_test_build_filename (G_TEST_DIST, "fixtures", group, NULL);
      file = g_file_new_for_path (path);
      g_assert_true (bounce_analyzer_analyze_file (analyzer, file, collect_cb, fixture_reports, NULL, &error));
      g_assert_no_error (error);

      expected.n_messages++;
      kind = g_key_file_get_string (ini, group, "kind", NULL);
      g_assert_nonnull (kind);
      bounce = g_str_equal (kind, "failure") || g_str_equal (kind, "delay");

      if (!bounce)
        {
          expected.n_rows++;
          bump (expected.categories, kind);
          continue;
        }

      for (guint n = 1; ; n++)
        {
          g_autofree char *record = g_strdup_printf ("%s #%u", group, n);
          g_autofree char *severity = NULL;
          g_autofree char *reason = NULL;
          g_autofree char *recipient = NULL;
          g_autofree char *lower = NULL;
          const char *at;

          if (!g_key_file_has_group (ini, record))
            break;

          severity = g_key_file_get_string (ini, record, "severity", NULL);
          reason = g_key_file_get_string (ini, record, "reason", NULL);
          recipient = g_key_file_get_string (ini, record, "recipient", NULL);
          g_assert_nonnull (severity);
          g_assert_nonnull (reason);
          g_assert_nonnull (recipient);

          expected.n_rows++;
          /* A delay notice's recipients are still being retried: a temporary problem. */
          if (g_str_equal (kind, "delay") && !g_str_equal (severity, "permanent"))
            bump (expected.categories, "temporary");
          else
            bump (expected.categories, severity);
          if (strchr (reason, '|') != NULL)
            g_ptr_array_add (expected.ambiguous, g_steal_pointer (&reason));
          else
            bump (expected.reasons, reason);

          lower = g_utf8_strdown (recipient, -1);
          if ((at = strrchr (lower, '@')) != NULL)
            bump (expected.domains, at + 1);

          if (g_key_file_get_boolean (ini, record, "hard-bounce", NULL))
            g_hash_table_add (remove, g_steal_pointer (&lower));
        }
    }

  g_hash_table_iter_init (&iter, remove);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (expected.remove, g_strdup (key));
  g_ptr_array_sort (expected.remove, compare_strings);

  g_assert_cmpuint (expected.n_messages, ==, g_strv_length ((char **)batch));
  g_assert_cmpuint (fixture_reports->len, ==, expected.n_messages);
}

static BounceSummary *
summarise (GPtrArray *reports)
{
  BounceSummary *summary = bounce_summary_new ();

  for (guint i = 0; i < reports->len; i++)
    bounce_summary_add_report (summary, g_ptr_array_index (reports, i));

  return summary;
}

static void
assert_table (BounceSummary      *summary,
              BounceSummaryGroup  group,
              GHashTable         *table)
{
  g_auto(GStrv) keys = bounce_summary_dup_keys (summary, group);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (bounce_summary_get_count (summary, group, key) != GPOINTER_TO_UINT (value))
        g_error ("group %d, %s: expected %u, counted %u", group, (char *)key,
                 GPOINTER_TO_UINT (value), bounce_summary_get_count (summary, group, key));
    }

  for (guint i = 0; keys[i] != NULL; i++)
    if (!g_hash_table_contains (table, keys[i]))
      g_error ("group %d: unexpected key %s", group, keys[i]);

  /* Most frequent first. */
  for (guint i = 1; keys[i] != NULL; i++)
    g_assert_cmpuint (bounce_summary_get_count (summary, group, keys[i - 1]), >=,
                      bounce_summary_get_count (summary, group, keys[i]));
}

static void
test_summary_counts (void)
{
  g_autoptr(BounceSummary) summary = summarise (fixture_reports);
  g_auto(GStrv) reasons = bounce_summary_dup_keys (summary, BOUNCE_SUMMARY_REASON);
  guint extra = 0;

  g_assert_cmpuint (bounce_summary_get_n_messages (summary), ==, expected.n_messages);
  g_assert_cmpuint (bounce_summary_get_n_rows (summary), ==, expected.n_rows);
  g_assert_cmpuint (bounce_summary_get_n_errors (summary), ==, 0);

  assert_table (summary, BOUNCE_SUMMARY_CATEGORY, expected.categories);
  assert_table (summary, BOUNCE_SUMMARY_DOMAIN, expected.domains);

  /* Reasons: exact where expected.ini is exact; each "a|b" record adds one to a or b. */
  for (guint i = 0; reasons[i] != NULL; i++)
    {
      guint want = GPOINTER_TO_UINT (g_hash_table_lookup (expected.reasons, reasons[i]));
      guint got = bounce_summary_get_count (summary, BOUNCE_SUMMARY_REASON, reasons[i]);
      gboolean allowed = FALSE;

      g_assert_cmpuint (got, >=, want);
      if (got == want)
        continue;

      for (guint j = 0; j < expected.ambiguous->len; j++)
        {
          g_auto(GStrv) alternatives = g_strsplit (g_ptr_array_index (expected.ambiguous, j), "|", -1);

          allowed |= g_strv_contains ((const char * const *)alternatives, reasons[i]);
        }
      g_assert_true (allowed);
      extra += got - want;
    }
  g_assert_cmpuint (extra, ==, expected.ambiguous->len);
}

static void
test_summary_remove_list (void)
{
  g_autoptr(BounceSummary) summary = summarise (fixture_reports);
  g_auto(GStrv) remove = bounce_summary_dup_remove_list (summary);

  g_assert_cmpuint (expected.remove->len, >, 3);
  g_assert_cmpuint (g_strv_length (remove), ==, expected.remove->len);
  g_assert_cmpuint (bounce_summary_get_n_remove (summary), ==, expected.remove->len);
  for (guint i = 0; i < expected.remove->len; i++)
    g_assert_cmpstr (remove[i], ==, g_ptr_array_index (expected.remove, i));

  /* Reading everything twice changes every count but not the list. */
  for (guint i = 0; i < fixture_reports->len; i++)
    bounce_summary_add_report (summary, g_ptr_array_index (fixture_reports, i));
  g_assert_cmpuint (bounce_summary_get_n_messages (summary), ==, 2 * expected.n_messages);
  g_assert_cmpuint (bounce_summary_get_n_remove (summary), ==, expected.remove->len);

  bounce_summary_clear (summary);
  g_assert_cmpuint (bounce_summary_get_n_messages (summary), ==, 0);
  g_assert_cmpuint (bounce_summary_get_n_remove (summary), ==, 0);
}

static BounceReport *
make_report (const char     *recipient,
             BounceReason    reason,
             BounceSeverity  severity,
             gboolean        hard,
             const char     *diagnostic)
{
  BounceReport *report = _bounce_report_new ("made-up.mbox", 1);
  g_autoptr(BounceRecord) record = _bounce_record_new ();

  _bounce_report_set_kind (report, BOUNCE_KIND_FAILURE);
  _bounce_record_set_recipient (record, recipient);
  _bounce_record_set_reason (record, reason);
  _bounce_record_set_severity (record, severity);
  _bounce_record_set_hard_bounce (record, hard);
  _bounce_record_set_action (record, "failed");
  _bounce_record_set_status (record, hard ? "5.1.1" : "4.2.2");
  _bounce_record_set_reply_code (record, hard ? 550 : 452);
  _bounce_record_set_diagnostic (record, diagnostic);
  _bounce_report_add_record (report, record);

  return report;
}

/* Hand-made reports: capitalisation, soft bounces and the order of the list. */
static GPtrArray *
make_reports (void)
{
  GPtrArray *reports = g_ptr_array_new_with_free_func (g_object_unref);
  BounceReport *not_bounce = _bounce_report_new ("made-up.mbox", 5);

  g_ptr_array_add (reports, make_report ("Zoe@Example.ORG", BOUNCE_REASON_USERUNKNOWN,
                                         BOUNCE_SEVERITY_PERMANENT, TRUE,
                                         "550 5.1.1 <Zoe@Example.ORG>: no such user, \"really\""));
  g_ptr_array_add (reports, make_report ("zoe@example.org", BOUNCE_REASON_USERUNKNOWN,
                                         BOUNCE_SEVERITY_PERMANENT, TRUE,
                                         "=cmd|' /C calc'!A0"));
  g_ptr_array_add (reports, make_report ("adam@example.net", BOUNCE_REASON_HOSTUNKNOWN,
                                         BOUNCE_SEVERITY_PERMANENT, TRUE,
                                         "line one\r\nline two, with a comma"));
  g_ptr_array_add (reports, make_report ("full@example.org", BOUNCE_REASON_MAILBOXFULL,
                                         BOUNCE_SEVERITY_TEMPORARY, FALSE, NULL));
  _bounce_report_set_kind (not_bounce, BOUNCE_KIND_NOT_BOUNCE);
  g_ptr_array_add (reports, not_bounce);

  return reports;
}

static void
test_summary_made_up (void)
{
  g_autoptr(GPtrArray) reports = make_reports ();
  g_autoptr(BounceSummary) summary = summarise (reports);
  g_auto(GStrv) remove = bounce_summary_dup_remove_list (summary);
  g_auto(GStrv) domains = bounce_summary_dup_keys (summary, BOUNCE_SUMMARY_DOMAIN);
  g_autofree char *text = NULL;

  g_assert_cmpuint (bounce_summary_get_n_messages (summary), ==, 5);
  g_assert_cmpuint (bounce_summary_get_n_bounces (summary), ==, 4);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_CATEGORY, "permanent"), ==, 3);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_CATEGORY, "temporary"), ==, 1);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_CATEGORY, "not-bounce"), ==, 1);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_REASON, "userunknown"), ==, 2);
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_REASON, "mailboxfull"), ==, 1);

  /* Domains fold case too; the most frequent comes first. */
  g_assert_cmpstr (domains[0], ==, "example.org");
  g_assert_cmpuint (bounce_summary_get_count (summary, BOUNCE_SUMMARY_DOMAIN, "example.org"), ==, 3);
  g_assert_cmpstr (domains[1], ==, "example.net");
  g_assert_null (domains[2]);

  /* The soft bounce is not on the list; the two spellings of Zoe are one. */
  g_assert_cmpuint (g_strv_length (remove), ==, 2);
  g_assert_cmpstr (remove[0], ==, "adam@example.net");
  g_assert_cmpstr (remove[1], ==, "zoe@example.org");

  text = bounce_summary_to_text (summary);
  g_assert_nonnull (strstr (text, "userunknown"));
  g_assert_nonnull (strstr (text, "  zoe@example.org\n"));
  g_assert_null (strstr (text, "full@example.org"));
}

/* A tiny RFC 4180 reader: fields of one file, as rows of strings. */
static GPtrArray *
read_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  GPtrArray *row = NULL;
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      gboolean quoted = FALSE;

      if (row == NULL)
        row = g_ptr_array_new_with_free_func (g_free);

      g_string_truncate (field, 0);
      if (*p == '"')
        {
          quoted = TRUE;
          for (p++; *p != '\0'; p++)
            {
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      else
        for (; *p != '\0' && *p != ',' && *p != '\r' && *p != '\n'; p++)
          g_string_append_c (field, *p);

      /* Undo the guard against spreadsheet formulas. */
      if (quoted && field->str[0] == '\'' && strchr ("=+-@\t\r", field->str[1]) != NULL)
        g_string_erase (field, 0, 1);

      g_ptr_array_add (row, g_strdup (field->str));

      if (*p == ',')
        p++;
      else
        {
          g_assert_true (*p == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (rows, g_steal_pointer (&row));
        }
    }

  g_assert_null (row);
  g_string_free (field, TRUE);

  return rows;
}

static const char *
cell (GPtrArray  *row,
      const char *column)
{
  for (guint i = 0; i < BOUNCE_CSV_N_COLUMNS; i++)
    if (g_str_equal (bounce_csv_columns[i], column))
      return g_ptr_array_index (row, i);

  g_assert_not_reached ();
}

static char *
write_export (GPtrArray          *reports,
              BounceExportFormat  format,
              const char * const *addresses)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-summary-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  char *contents = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "export", NULL);
  file = g_file_new_for_path (path);

  g_assert_true (bounce_export_write (file, format, reports, addresses, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  g_unlink (path);
  g_rmdir (dir);

  return contents;
}

static void
assert_csv_round_trip (GPtrArray *reports)
{
  g_autofree char *text = write_export (reports, BOUNCE_EXPORT_CSV, NULL);
  g_autoptr(GPtrArray) rows = read_csv (text);
  g_autoptr(BounceSummary) summary = summarise (reports);
  GPtrArray *header;
  guint n = 1;

  g_assert_cmpuint (rows->len, ==, bounce_summary_get_n_rows (summary) + 1);
  header = g_ptr_array_index (rows, 0);
  for (guint i = 0; i < BOUNCE_CSV_N_COLUMNS; i++)
    g_assert_cmpstr (g_ptr_array_index (header, i), ==, bounce_csv_columns[i]);

  for (guint i = 0; i < reports->len; i++)
    {
      BounceReport *report = g_ptr_array_index (reports, i);
      guint n_records = bounce_report_is_bounce (report) ? bounce_report_get_n_records (report) : 0;

      for (guint r = 0; r < MAX (1, n_records); r++, n++)
        {
          GPtrArray *row = g_ptr_array_index (rows, n);
          BounceRecord *record = n_records > 0 ? bounce_report_get_record (report, r) : NULL;
          g_autofree char *index = g_strdup_printf ("%u", bounce_report_get_index (report));

          g_assert_cmpuint (row->len, ==, BOUNCE_CSV_N_COLUMNS);
          g_assert_cmpstr (cell (row, "file"), ==, bounce_report_get_source (report));
          g_assert_cmpstr (cell (row, "message"), ==, index);

          if (record != NULL)
            {
              g_autofree char *code = g_strdup_printf ("%u", bounce_record_get_reply_code (record));

              g_assert_cmpstr (cell (row, "recipient"), ==, bounce_record_get_recipient (record) ?: "");
              g_assert_cmpstr (cell (row, "status"), ==, bounce_record_get_status (record) ?: "");
              g_assert_cmpstr (cell (row, "reply_code"), ==,
                               bounce_record_get_reply_code (record) ? code : "");
              g_assert_cmpstr (cell (row, "reason"), ==,
                               bounce_reason_to_string (bounce_record_get_reason (record)));
              g_assert_cmpstr (cell (row, "hard_bounce"), ==,
                               bounce_record_get_hard_bounce (record) ? "true" : "false");
              g_assert_cmpstr (cell (row, "diagnostic"), ==, bounce_record_get_diagnostic (record) ?: "");
              g_assert_cmpstr (cell (row, "provider"), ==, bounce_record_get_provider (record) ?: "");
            }
          else
            g_assert_cmpstr (cell (row, "recipient"), ==, "");
        }
    }
}

static void
test_csv_round_trip (void)
{
  g_autoptr(GPtrArray) made_up = make_reports ();
  g_autofree char *text = write_export (made_up, BOUNCE_EXPORT_CSV, NULL);

  assert_csv_round_trip (fixture_reports);
  assert_csv_round_trip (made_up);

  /* The formula is defused in the file itself. */
  g_assert_nonnull (strstr (text, "\"'=cmd|' /C calc'!A0\""));
  g_assert_nonnull (strstr (text, "\"line one\r\nline two, with a comma\""));
  g_assert_nonnull (strstr (text, "no such user, \"\"really\"\"\""));
}

static void
assert_json_round_trip (GPtrArray *reports)
{
  g_autofree char *text = write_export (reports, BOUNCE_EXPORT_JSON, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(BounceSummary) summary = summarise (reports);
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  guint n = 0;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, bounce_summary_get_n_rows (summary));

  for (guint i = 0; i < reports->len; i++)
    {
      BounceReport *report = g_ptr_array_index (reports, i);
      guint n_records = bounce_report_is_bounce (report) ? bounce_report_get_n_records (report) : 0;

      for (guint r = 0; r < MAX (1, n_records); r++, n++)
        {
          JsonObject *object = json_array_get_object_element (array, n);
          BounceRecord *record = n_records > 0 ? bounce_report_get_record (report, r) : NULL;

          g_assert_cmpstr (json_object_get_string_member (object, "file"), ==, bounce_report_get_source (report));
          g_assert_cmpint (json_object_get_int_member (object, "message"), ==, bounce_report_get_index (report));
          g_assert_cmpint (json_object_get_boolean_member (object, "bounce"), ==, bounce_report_is_bounce (report));

          if (record != NULL)
            {
              g_assert_cmpstr (json_object_get_string_member_with_default (object, "recipient", NULL), ==,
                               bounce_record_get_recipient (record));
              g_assert_cmpstr (json_object_get_string_member_with_default (object, "diagnostic", NULL), ==,
                               bounce_record_get_diagnostic (record));
              g_assert_cmpstr (json_object_get_string_member (object, "reason"), ==,
                               bounce_reason_to_string (bounce_record_get_reason (record)));
              g_assert_cmpint (json_object_get_boolean_member (object, "hard_bounce"), ==,
                               bounce_record_get_hard_bounce (record));
            }
        }
    }
}

static void
test_json_round_trip (void)
{
  g_autoptr(GPtrArray) made_up = make_reports ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *empty = write_export (none, BOUNCE_EXPORT_JSON, NULL);

  assert_json_round_trip (fixture_reports);
  assert_json_round_trip (made_up);
  g_assert_cmpstr (empty, ==, "[]\n");
}

static void
test_remove_list_export (void)
{
  g_autoptr(BounceSummary) summary = summarise (fixture_reports);
  g_auto(GStrv) remove = bounce_summary_dup_remove_list (summary);
  g_autofree char *text = write_export (NULL, BOUNCE_EXPORT_REMOVE_LIST, (const char * const *)remove);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, expected.remove->len + 1);
  for (guint i = 0; i < expected.remove->len; i++)
    g_assert_cmpstr (lines[i], ==, g_ptr_array_index (expected.remove, i));
  g_assert_cmpstr (lines[expected.remove->len], ==, "");
}

/* A failed or cancelled export leaves the old file exactly as it was. */
static void
test_export_atomic (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-summary-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "results.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_true (g_file_set_contents (path, "old contents\n", -1, &error));

  g_cancellable_cancel (cancellable);
  g_assert_false (bounce_export_write (file, BOUNCE_EXPORT_CSV, fixture_reports, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old contents\n");

  /* No temporary file left behind. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "results.csv");
  g_assert_null (g_dir_read_name (listing));

  g_assert_true (bounce_export_write (file, BOUNCE_EXPORT_CSV, fixture_reports, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "file,message,recipient,domain,"));

  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  GError   *error;
  gboolean  done;
} AsyncState;

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncState *state = user_data;

  bounce_export_write_finish (result, &state->error);
  state->done = TRUE;
}

static void
test_export_async (void)
{
  g_autoptr(GError) dir_error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-summary-XXXXXX", &dir_error);
  g_autofree char *path = g_build_filename (dir, "results.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  AsyncState state = { NULL, FALSE };

  bounce_export_write_async (file, BOUNCE_EXPORT_JSON, fixture_reports, NULL, NULL,
                             export_done_cb, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (state.error);

  json_parser_load_from_file (parser, path, &state.error);
  g_assert_no_error (state.error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==,
                    expected.n_rows);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  load_fixtures ();

  g_test_add_func ("/summary/counts", test_summary_counts);
  g_test_add_func ("/summary/remove-list", test_summary_remove_list);
  g_test_add_func ("/summary/made-up", test_summary_made_up);
  g_test_add_func ("/export/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/export/json-round-trip", test_json_round_trip);
  g_test_add_func ("/export/remove-list", test_remove_list_export);
  g_test_add_func ("/export/atomic", test_export_atomic);
  g_test_add_func ("/export/async", test_export_async);

  ret = g_test_run ();

  g_clear_pointer (&fixture_reports, g_ptr_array_unref);
  g_clear_pointer (&expected.categories, g_hash_table_unref);
  g_clear_pointer (&expected.reasons, g_hash_table_unref);
  g_clear_pointer (&expected.domains, g_hash_table_unref);
  g_clear_pointer (&expected.ambiguous, g_ptr_array_unref);
  g_clear_pointer (&expected.remove, g_ptr_array_unref);

  return ret;
}
