/* bounce-csv.c
 *
 * CSV as RFC 4180 has it: fields separated by commas, records ended by
 * CRLF, a field quoted when it holds a comma, a quote or a line break, and
 * quotes doubled inside. A spreadsheet opening this file would run a cell
 * that starts with "=", "+", "-" or "@" as a formula, and the diagnostic
 * text comes from whoever wrote the bounce, so such cells get a leading
 * apostrophe (the OWASP advice against CSV injection).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-csv.h"
#include "bounce-record.h"
#include "bounce-report.h"

const char * const bounce_csv_columns[BOUNCE_CSV_N_COLUMNS] = {
  "file",
  "message",
  "recipient",
  "domain",
  "action",
  "status",
  "reply_code",
  "severity",
  "reason",
  "hard_bounce",
  "provider",
  "last_attempt",
  "diagnostic",
};

/**
 * bounce_csv_append_field:
 * @out: where the field goes
 * @value: (nullable): the field's text; %NULL is an empty field
 *
 * Appends one field, quoted when needed, without a separator.
 */
void
bounce_csv_append_field (GString    *out,
                         const char *value)
{
  gboolean formula;

  g_return_if_fail (out != NULL);

  if (value == NULL || value[0] == '\0')
    return;

  formula = strchr ("=+-@\t\r", value[0]) != NULL;

  if (strpbrk (value, ",\"\r\n") == NULL && !formula)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
bounce_csv_append_header (GString *out)
{
  g_return_if_fail (out != NULL);

  for (guint i = 0; i < BOUNCE_CSV_N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, bounce_csv_columns[i]);
    }
  g_string_append (out, "\r\n");
}

/**
 * bounce_csv_append_row:
 * @out: where the row goes
 * @report: a report
 * @record: (nullable): one of its records, or %NULL for the row of a
 *   message that is not a bounce or could not be read
 *
 * Appends one row, ended by CRLF.
 */
void
bounce_csv_append_row (GString      *out,
                       BounceReport *report,
                       BounceRecord *record)
{
  const GError *error;
  const char *fields[BOUNCE_CSV_N_COLUMNS] = { NULL };
  g_autofree char *message = NULL;
  g_autofree char *domain = NULL;
  g_autofree char *reply_code = NULL;

  g_return_if_fail (out != NULL);
  g_return_if_fail (BOUNCE_IS_REPORT (report));
  g_return_if_fail (record == NULL || BOUNCE_IS_RECORD (record));

  error = bounce_report_get_error (report);
  message = g_strdup_printf ("%u", bounce_report_get_index (report));

  fields[0] = bounce_report_get_source (report);
  fields[1] = message;

  if (error != NULL)
    {
      /* The reason stays empty: nothing could be read to have one. */
      fields[12] = error->message;
    }
  else if (record != NULL)
    {
      guint code = bounce_record_get_reply_code (record);

      domain = bounce_record_dup_domain (record);
      reply_code = code != 0 ? g_strdup_printf ("%u", code) : NULL;

      fields[2] = bounce_record_get_recipient (record);
      fields[3] = domain;
      fields[4] = bounce_record_get_action (record);
      fields[5] = bounce_record_get_status (record);
      fields[6] = reply_code;
      fields[7] = bounce_severity_to_string (bounce_record_get_severity (record));
      fields[8] = bounce_reason_to_string (bounce_record_get_reason (record));
      fields[9] = bounce_record_get_hard_bounce (record) ? "true" : "false";
      fields[10] = bounce_record_get_provider (record);
      fields[11] = bounce_record_get_last_attempt (record);
      fields[12] = bounce_record_get_diagnostic (record);
    }
  else
    {
      /* The same words as the JSON form for a message that is not a bounce. */
      fields[7] = bounce_severity_to_string (BOUNCE_SEVERITY_INFORMATIONAL);
      fields[8] = bounce_report_get_kind (report) == BOUNCE_KIND_NOT_BOUNCE
                  ? "not-bounce"
                  : bounce_reason_to_string (bounce_report_get_reason (report));
      fields[9] = "false";
    }

  for (guint i = 0; i < BOUNCE_CSV_N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      bounce_csv_append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

/**
 * bounce_csv_append_report:
 * @out: where the rows go
 * @report: the report of one message
 *
 * Appends the rows of @report: one per record of a bounce, else one.
 */
void
bounce_csv_append_report (GString      *out,
                          BounceReport *report)
{
  guint n_records;

  g_return_if_fail (out != NULL);
  g_return_if_fail (BOUNCE_IS_REPORT (report));

  n_records = bounce_report_get_n_records (report);

  if (bounce_report_get_error (report) != NULL ||
      !bounce_report_is_bounce (report) ||
      n_records == 0)
    {
      bounce_csv_append_row (out, report, NULL);
      return;
    }

  for (guint i = 0; i < n_records; i++)
    bounce_csv_append_row (out, report, bounce_report_get_record (report, i));
}
