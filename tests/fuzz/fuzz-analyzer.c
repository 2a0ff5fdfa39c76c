/* fuzz-analyzer.c
 *
 * libFuzzer target for the engine's entry points: the bytes are read once as
 * a message file (bounce_analyzer_analyze_bytes) and once as pasted text
 * (bounce_analyzer_analyze_text), and every record of both reports is read
 * back and turned into JSON, as the CLI and the app do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "bounce-core.h"
#include "bounce-json.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static BounceAnalyzer *analyzer;
static JsonGenerator *generator;

/* Reads everything a consumer reads, so that a dangling or unterminated
 * string in a record shows up under the sanitizers. */
static void
consume (BounceReport *report)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = bounce_report_get_n_records (report);
  gsize total = 0;

  total += g_utf8_strlen (bounce_kind_to_string (bounce_report_get_kind (report)), -1);
  if (bounce_report_get_subject (report) != NULL)
    total += strlen (bounce_report_get_subject (report));
  if (bounce_report_get_human_text (report) != NULL)
    g_assert (g_utf8_validate (bounce_report_get_human_text (report), -1, NULL));
  if (bounce_report_get_original_subject (report) != NULL)
    g_assert (g_utf8_validate (bounce_report_get_original_subject (report), -1, NULL));

  for (guint i = 0; i < n; i++)
    {
      BounceRecord *record = bounce_report_get_record (report, i);
      g_autofree char *domain = bounce_record_dup_domain (record);
      const char *diagnostic = bounce_record_get_diagnostic (record);
      const char *recipient = bounce_record_get_recipient (record);

      g_assert (domain == NULL || g_utf8_validate (domain, -1, NULL));

      if (diagnostic != NULL)
        total += strlen (diagnostic);
      if (recipient != NULL)
        total += strlen (recipient);
      total += bounce_record_get_reply_code (record);
      (void) bounce_reason_to_string (bounce_record_get_reason (record));
      (void) bounce_severity_to_string (bounce_record_get_severity (record));
    }

  /* The limit of the analyzer holds for every report. */
  g_assert_cmpuint (n, <=, bounce_analyzer_get_max_recipients (analyzer));

  if (bounce_report_get_error (report) == NULL)
    bounce_json_append_report (report, generator, out);
  (void) total;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BounceReport) from_bytes = NULL;
  g_autoptr(BounceReport) from_text = NULL;

  if (analyzer == NULL)
    {
      /* A critical or a warning on some input is a bug too: make it a
       * crash that libFuzzer records. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      analyzer = bounce_analyzer_new ();
      /* Small limits reach the limit paths with small inputs. */
      bounce_analyzer_set_max_recipients (analyzer, 50);
      bounce_analyzer_set_max_depth (analyzer, 16);
      generator = json_generator_new ();
    }

  /* A copy of exactly @size bytes: reads past the end are caught. */
  bytes = g_bytes_new (data, size);
  from_bytes = bounce_analyzer_analyze_bytes (analyzer, bytes, "fuzz");
  g_assert_nonnull (from_bytes);
  consume (from_bytes);

  from_text = bounce_analyzer_analyze_text (analyzer, (const char *) data, size);
  g_assert_nonnull (from_text);
  consume (from_text);

  return 0;
}
