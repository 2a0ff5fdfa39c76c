/* bounce-json.c
 *
 * One JSON object per recipient per message (JSON Lines), built with
 * json-glib so that escaping is never ours to get wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bounce-json.h"
#include "bounce-record.h"
#include "bounce-report.h"

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * bounce_json_explanation_entry:
 * @record: a #BounceRecord
 *
 * The knowledge base entry that explains @record: the provider's own meaning
 * of the status code when the bounce comes from a provider that has one,
 * otherwise the entry of the record's reason.
 *
 * Returns: (transfer none) (nullable): the entry
 */
const BounceKnowledgeEntry *
bounce_json_explanation_entry (BounceRecord *record)
{
  const char *status = bounce_record_get_status (record);
  const char *provider = bounce_record_get_provider (record);

  if (status != NULL && provider != NULL)
    {
      const BounceKnowledgeEntry *entry = bounce_knowledge_get_status (status, provider);

      if (entry != NULL && entry->provider != NULL)
        return entry;
    }

  return bounce_knowledge_get_reason (bounce_record_get_reason (record));
}

static void
add_explanation (JsonBuilder                *builder,
                 const BounceKnowledgeEntry *entry,
                 BounceReason                reason)
{
  const BounceKnowledgeEntry *steps_entry = entry;
  guint n_steps;

  add_string (builder, "explanation", entry != NULL ? bounce_knowledge_entry_plain (entry) : NULL);

  /* A provider overlay may come without steps; the reason always has some. */
  if (steps_entry == NULL || bounce_knowledge_entry_n_steps (steps_entry) == 0)
    steps_entry = bounce_knowledge_get_reason (reason);

  json_builder_set_member_name (builder, "checklist");
  json_builder_begin_array (builder);
  n_steps = steps_entry != NULL ? bounce_knowledge_entry_n_steps (steps_entry) : 0;
  for (guint i = 0; i < n_steps; i++)
    json_builder_add_string_value (builder, bounce_knowledge_entry_step (steps_entry, i));
  json_builder_end_array (builder);
}

/**
 * bounce_json_record_node:
 * @report: the report of a message
 * @record: (nullable): one of its records, or %NULL for the one object that
 *   stands for a message that is not a bounce
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
bounce_json_record_node (BounceReport *report,
                         BounceRecord *record)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  BounceReason reason;

  g_return_val_if_fail (BOUNCE_IS_REPORT (report), NULL);
  g_return_val_if_fail (record == NULL || BOUNCE_IS_RECORD (record), NULL);

  json_builder_begin_object (builder);

  add_string (builder, "file", bounce_report_get_source (report));
  json_builder_set_member_name (builder, "message");
  json_builder_add_int_value (builder, bounce_report_get_index (report));
  json_builder_set_member_name (builder, "bounce");
  json_builder_add_boolean_value (builder, bounce_report_is_bounce (report));
  add_string (builder, "kind", bounce_kind_to_string (bounce_report_get_kind (report)));

  if (record != NULL)
    {
      reason = bounce_record_get_reason (record);

      add_string (builder, "recipient", bounce_record_get_recipient (record));
      add_string (builder, "original_recipient", bounce_record_get_original_recipient (record));
      add_string (builder, "action", bounce_record_get_action (record));
      add_string (builder, "status", bounce_record_get_status (record));
      json_builder_set_member_name (builder, "reply_code");
      if (bounce_record_get_reply_code (record) != 0)
        json_builder_add_int_value (builder, bounce_record_get_reply_code (record));
      else
        json_builder_add_null_value (builder);
      add_string (builder, "reason", bounce_reason_to_string (reason));
      json_builder_set_member_name (builder, "hard_bounce");
      json_builder_add_boolean_value (builder, bounce_record_get_hard_bounce (record));
      add_string (builder, "severity", bounce_severity_to_string (bounce_record_get_severity (record)));
      add_string (builder, "diagnostic", bounce_record_get_diagnostic (record));
      add_string (builder, "reporting_mta", bounce_record_get_reporting_mta (record));
      add_string (builder, "remote_mta", bounce_record_get_remote_mta (record));
      add_string (builder, "last_attempt", bounce_record_get_last_attempt (record));
      add_string (builder, "provider", bounce_record_get_provider (record));
      add_explanation (builder, bounce_json_explanation_entry (record), reason);
    }
  else
    {
      BounceKind kind = bounce_report_get_kind (report);
      const BounceKnowledgeEntry *entry = NULL;

      reason = bounce_report_get_reason (report);

      add_string (builder, "recipient", NULL);
      add_string (builder, "status", NULL);
      json_builder_set_member_name (builder, "reply_code");
      json_builder_add_null_value (builder);
      add_string (builder, "reason",
                  kind == BOUNCE_KIND_NOT_BOUNCE ? "not-bounce" : bounce_reason_to_string (reason));
      json_builder_set_member_name (builder, "hard_bounce");
      json_builder_add_boolean_value (builder, FALSE);
      add_string (builder, "severity", bounce_severity_to_string (BOUNCE_SEVERITY_INFORMATIONAL));

      if (kind != BOUNCE_KIND_NOT_BOUNCE)
        entry = bounce_knowledge_get_reason (reason);
      if (entry != NULL)
        add_explanation (builder, entry, reason);
      else
        {
          add_string (builder, "explanation", NULL);
          json_builder_set_member_name (builder, "checklist");
          json_builder_begin_array (builder);
          json_builder_end_array (builder);
        }
    }

  add_string (builder, "original_subject", bounce_report_get_original_subject (report));
  add_string (builder, "original_to", bounce_report_get_original_to (report));
  add_string (builder, "original_date", bounce_report_get_original_date (report));
  add_string (builder, "original_message_id", bounce_report_get_original_message_id (report));
  json_builder_set_member_name (builder, "backscatter");
  json_builder_add_boolean_value (builder, bounce_report_get_backscatter (report));

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * bounce_json_error_node:
 * @file: (nullable): the input that could not be read
 * @message: the index of the message inside it, or 0 for the input itself
 * @error: what went wrong
 *
 * Returns: (transfer full): {"file": ..., "message": N, "error": "..."}
 */
JsonNode *
bounce_json_error_node (const char   *file,
                        guint         message,
                        const GError *error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (error != NULL, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "file", file);
  json_builder_set_member_name (builder, "message");
  json_builder_add_int_value (builder, message);
  add_string (builder, "error", error->message);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
append_node (JsonGenerator *generator,
             JsonNode      *node,
             GString       *out)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);
  g_string_append_len (out, text, length);
  g_string_append_c (out, '\n');
}

/**
 * bounce_json_append_report:
 * @report: the report of one message
 * @generator: a #JsonGenerator, reused between calls (not pretty)
 * @out: where the lines go
 *
 * Appends the JSON Lines of @report: one object per record of a bounce, one
 * object with "bounce": false for anything else, or an error object.
 */
void
bounce_json_append_report (BounceReport  *report,
                           JsonGenerator *generator,
                           GString       *out)
{
  guint n_records;

  g_return_if_fail (BOUNCE_IS_REPORT (report));
  g_return_if_fail (JSON_IS_GENERATOR (generator));
  g_return_if_fail (out != NULL);

  if (bounce_report_get_error (report) != NULL)
    {
      g_autoptr(JsonNode) node = bounce_json_error_node (bounce_report_get_source (report),
                                                         bounce_report_get_index (report),
                                                         bounce_report_get_error (report));
      append_node (generator, node, out);
      return;
    }

  n_records = bounce_report_get_n_records (report);

  if (!bounce_report_is_bounce (report) || n_records == 0)
    {
      g_autoptr(JsonNode) node = bounce_json_record_node (report, NULL);

      append_node (generator, node, out);
      return;
    }

  for (guint i = 0; i < n_records; i++)
    {
      BounceRecord *record = bounce_report_get_record (report, i);
      g_autoptr(JsonNode) node = bounce_json_record_node (report, record);

      append_node (generator, node, out);
    }
}
