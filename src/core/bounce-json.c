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
set_string (JsonObject *object,
            const char *key,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, key, value);
  else
    json_object_set_null_member (object, key);
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
  guint reply_code = bounce_record_get_reply_code (record);

  /* A delay notice says the server is still trying, while the reason other
   * decoders give it ("expired") would tell the user that delivery was given
   * up: its codes say better what holds delivery up. */
  if (g_strcmp0 (bounce_record_get_action (record), "delayed") == 0)
    {
      const BounceKnowledgeEntry *entry = NULL;

      if (status != NULL)
        entry = bounce_knowledge_get_status (status, provider);
      if (entry == NULL && reply_code != 0)
        entry = bounce_knowledge_get_reply_code (reply_code);
      if (entry != NULL)
        return entry;
    }

  if (status != NULL && provider != NULL)
    {
      const BounceKnowledgeEntry *entry = bounce_knowledge_get_status (status, provider);

      if (entry != NULL && entry->provider != NULL)
        return entry;
    }

  return bounce_knowledge_get_reason (bounce_record_get_reason (record));
}

/* The entry whose checklist goes with @entry: a provider overlay may come
 * without steps, the reason always has some. */
static const BounceKnowledgeEntry *
steps_entry_for (const BounceKnowledgeEntry *entry,
                 BounceReason                reason)
{
  if (entry == NULL || bounce_knowledge_entry_n_steps (entry) == 0)
    return bounce_knowledge_get_reason (reason);

  return entry;
}

static void
set_explanation (JsonObject                 *object,
                 const BounceKnowledgeEntry *entry,
                 const BounceKnowledgeEntry *steps)
{
  JsonArray *checklist = json_array_new ();
  guint n_steps = steps != NULL ? bounce_knowledge_entry_n_steps (steps) : 0;

  set_string (object, "explanation", entry != NULL ? bounce_knowledge_entry_plain (entry) : NULL);
  for (guint i = 0; i < n_steps; i++)
    json_array_add_string_element (checklist, bounce_knowledge_entry_step (steps, i));
  json_object_set_array_member (object, "checklist", checklist);
}

/* Everything but the explanation and the checklist. */
static JsonObject *
record_object (BounceReport *report,
               BounceRecord *record)
{
  JsonObject *object = json_object_new ();

  set_string (object, "file", bounce_report_get_source (report));
  json_object_set_int_member (object, "message", bounce_report_get_index (report));
  json_object_set_boolean_member (object, "bounce", bounce_report_is_bounce (report));
  set_string (object, "kind", bounce_kind_to_string (bounce_report_get_kind (report)));

  if (record != NULL)
    {
      guint reply_code = bounce_record_get_reply_code (record);

      set_string (object, "recipient", bounce_record_get_recipient (record));
      set_string (object, "original_recipient", bounce_record_get_original_recipient (record));
      set_string (object, "action", bounce_record_get_action (record));
      set_string (object, "status", bounce_record_get_status (record));
      if (reply_code != 0)
        json_object_set_int_member (object, "reply_code", reply_code);
      else
        json_object_set_null_member (object, "reply_code");
      set_string (object, "reason", bounce_reason_to_string (bounce_record_get_reason (record)));
      json_object_set_boolean_member (object, "hard_bounce", bounce_record_get_hard_bounce (record));
      set_string (object, "severity", bounce_severity_to_string (bounce_record_get_severity (record)));
      set_string (object, "diagnostic", bounce_record_get_diagnostic (record));
      set_string (object, "reporting_mta", bounce_record_get_reporting_mta (record));
      set_string (object, "remote_mta", bounce_record_get_remote_mta (record));
      set_string (object, "last_attempt", bounce_record_get_last_attempt (record));
      set_string (object, "provider", bounce_record_get_provider (record));
    }
  else
    {
      BounceKind kind = bounce_report_get_kind (report);

      set_string (object, "recipient", NULL);
      set_string (object, "status", NULL);
      json_object_set_null_member (object, "reply_code");
      set_string (object, "reason",
                  kind == BOUNCE_KIND_NOT_BOUNCE
                    ? "not-bounce"
                    : bounce_reason_to_string (bounce_report_get_reason (report)));
      json_object_set_boolean_member (object, "hard_bounce", FALSE);
      set_string (object, "severity", bounce_severity_to_string (BOUNCE_SEVERITY_INFORMATIONAL));
    }

  set_string (object, "original_subject", bounce_report_get_original_subject (report));
  set_string (object, "original_to", bounce_report_get_original_to (report));
  set_string (object, "original_date", bounce_report_get_original_date (report));
  set_string (object, "original_message_id", bounce_report_get_original_message_id (report));
  json_object_set_boolean_member (object, "backscatter", bounce_report_get_backscatter (report));

  return object;
}

/* The knowledge base entry that explains an object: of the record, or of the
 * reason of a message that is not a bounce (none for ordinary mail). */
static const BounceKnowledgeEntry *
object_entry (BounceReport *report,
              BounceRecord *record,
              BounceReason *reason)
{
  if (record != NULL)
    {
      *reason = bounce_record_get_reason (record);
      return bounce_json_explanation_entry (record);
    }

  *reason = bounce_report_get_reason (report);
  if (bounce_report_get_kind (report) == BOUNCE_KIND_NOT_BOUNCE)
    return NULL;

  return bounce_knowledge_get_reason (*reason);
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
  const BounceKnowledgeEntry *entry;
  JsonObject *object;
  JsonNode *node;
  BounceReason reason;

  g_return_val_if_fail (BOUNCE_IS_REPORT (report), NULL);
  g_return_val_if_fail (record == NULL || BOUNCE_IS_RECORD (record), NULL);

  object = record_object (report, record);
  entry = object_entry (report, record, &reason);
  set_explanation (object, entry, entry != NULL ? steps_entry_for (entry, reason) : NULL);

  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  return node;
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
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (error != NULL, NULL);

  object = json_object_new ();
  set_string (object, "file", file);
  json_object_set_int_member (object, "message", message);
  set_string (object, "error", error->message);
  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  return node;
}

static gboolean
record_is_success (BounceRecord *record)
{
  const char *action = bounce_record_get_action (record);

  return g_strcmp0 (action, "delivered") == 0 ||
         g_strcmp0 (action, "relayed") == 0 ||
         g_strcmp0 (action, "expanded") == 0;
}

static void
append_node (JsonGenerator *generator,
             JsonNode      *node,
             GString       *out)
{
  json_generator_set_root (generator, node);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
}

/* The explanation and checklist of an entry are the same long texts for
 * every record that has it, so json-glib writes them once per entry; the
 * line of a record is its own members plus that cached fragment. */
static GMutex fragments_lock;
static GHashTable *fragments;

typedef struct
{
  const BounceKnowledgeEntry *entry;
  const BounceKnowledgeEntry *steps;
} FragmentKey;

static guint
fragment_key_hash (gconstpointer data)
{
  const FragmentKey *key = data;

  return g_direct_hash (key->entry) * 31 + g_direct_hash (key->steps);
}

static gboolean
fragment_key_equal (gconstpointer a,
                    gconstpointer b)
{
  const FragmentKey *x = a;
  const FragmentKey *y = b;

  return x->entry == y->entry && x->steps == y->steps;
}

static const char *
explanation_fragment (const BounceKnowledgeEntry *entry,
                      const BounceKnowledgeEntry *steps)
{
  FragmentKey key = { entry, steps };
  const char *fragment;

  g_mutex_lock (&fragments_lock);

  if (fragments == NULL)
    fragments = g_hash_table_new_full (fragment_key_hash, fragment_key_equal, g_free, g_free);

  fragment = g_hash_table_lookup (fragments, &key);
  if (fragment == NULL)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autofree char *text = NULL;
      JsonObject *object = json_object_new ();
      gsize length = 0;

      set_explanation (object, entry, steps);
      node = json_node_init_object (json_node_alloc (), object);
      json_object_unref (object);
      json_generator_set_root (generator, node);
      text = json_generator_to_data (generator, &length);

      /* "{...}" → ",..." to follow the other members. */
      g_assert (length >= 2 && text[0] == '{' && text[length - 1] == '}');
      text[0] = ',';
      text[length - 1] = '\0';
      fragment = text;
      g_hash_table_insert (fragments, g_memdup2 (&key, sizeof key), g_steal_pointer (&text));
    }

  g_mutex_unlock (&fragments_lock);

  return fragment;
}

/* The JSON Lines writer fills one object, kept with the generator, instead of
 * building a new one per line: json-glib's objects are costly to make, and a
 * line only needs its values replaced. Every line has every key. */
enum
{
  K_FILE, K_MESSAGE, K_BOUNCE, K_KIND, K_RECIPIENT, K_ORIGINAL_RECIPIENT, K_ACTION, K_STATUS,
  K_REPLY_CODE, K_REASON, K_HARD_BOUNCE, K_SEVERITY, K_DIAGNOSTIC, K_REPORTING_MTA,
  K_REMOTE_MTA, K_LAST_ATTEMPT, K_PROVIDER, K_ORIGINAL_SUBJECT, K_ORIGINAL_TO, K_ORIGINAL_DATE,
  K_ORIGINAL_MESSAGE_ID, K_BACKSCATTER, N_KEYS
};

static const char * const keys[N_KEYS] = {
  "file", "message", "bounce", "kind", "recipient", "original_recipient", "action", "status",
  "reply_code", "reason", "hard_bounce", "severity", "diagnostic", "reporting_mta",
  "remote_mta", "last_attempt", "provider", "original_subject", "original_to", "original_date",
  "original_message_id", "backscatter",
};

typedef struct
{
  JsonObject *object;
  JsonNode   *root;
  JsonNode   *values[N_KEYS];   /* borrowed from the object */
} LineTemplate;

static void
line_template_free (LineTemplate *line)
{
  json_node_unref (line->root);
  json_object_unref (line->object);
  g_free (line);
}

static LineTemplate *
line_template_get (JsonGenerator *generator)
{
  LineTemplate *line = g_object_get_data (G_OBJECT (generator), "bounce-json-line");

  if (line == NULL)
    {
      line = g_new0 (LineTemplate, 1);
      line->object = json_object_new ();
      for (guint i = 0; i < N_KEYS; i++)
        {
          json_object_set_null_member (line->object, keys[i]);
          line->values[i] = json_object_get_member (line->object, keys[i]);
        }
      line->root = json_node_init_object (json_node_alloc (), line->object);
      g_object_set_data_full (G_OBJECT (generator), "bounce-json-line", line,
                              (GDestroyNotify) line_template_free);
    }

  return line;
}

/* json-glib 1.6 cannot re-initialise a node between null and a value in
 * place (json_node_init() frees the value but keeps the pointer), so a
 * change of type replaces the member's node; a value replaces a value in
 * place. */
static JsonNode *
value_node (LineTemplate *line,
            guint         key)
{
  JsonNode *node = line->values[key];

  if (JSON_NODE_TYPE (node) != JSON_NODE_VALUE)
    {
      node = json_node_init_int (json_node_alloc (), 0);
      json_object_set_member (line->object, keys[key], node);
      line->values[key] = node;
    }

  return node;
}

static void
put_null (LineTemplate *line,
          guint         key)
{
  JsonNode *node;

  if (JSON_NODE_TYPE (line->values[key]) == JSON_NODE_NULL)
    return;

  node = json_node_init_null (json_node_alloc ());
  json_object_set_member (line->object, keys[key], node);
  line->values[key] = node;
}

static void
put_string (LineTemplate *line,
            guint         key,
            const char   *value)
{
  if (value != NULL)
    json_node_set_string (value_node (line, key), value);
  else
    put_null (line, key);
}

static void
put_int (LineTemplate *line,
         guint         key,
         gint64        value)
{
  json_node_set_int (value_node (line, key), value);
}

static void
put_boolean (LineTemplate *line,
             guint         key,
             gboolean      value)
{
  json_node_set_boolean (value_node (line, key), value);
}

static void
append_object (JsonGenerator *generator,
               BounceReport  *report,
               BounceRecord  *record,
               GString       *out)
{
  LineTemplate *line = line_template_get (generator);
  const BounceKnowledgeEntry *entry;
  JsonNode *root;
  BounceReason reason;
  BounceKind kind = bounce_report_get_kind (report);
  guint reply_code = record != NULL ? bounce_record_get_reply_code (record) : 0;

  put_string (line, K_FILE, bounce_report_get_source (report));
  put_int (line, K_MESSAGE, bounce_report_get_index (report));
  put_boolean (line, K_BOUNCE, bounce_report_is_bounce (report));
  put_string (line, K_KIND, bounce_kind_to_string (kind));

  if (record != NULL)
    {
      put_string (line, K_RECIPIENT, bounce_record_get_recipient (record));
      put_string (line, K_ORIGINAL_RECIPIENT, bounce_record_get_original_recipient (record));
      put_string (line, K_ACTION, bounce_record_get_action (record));
      put_string (line, K_STATUS, bounce_record_get_status (record));
      put_string (line, K_REASON, bounce_reason_to_string (bounce_record_get_reason (record)));
      put_boolean (line, K_HARD_BOUNCE, bounce_record_get_hard_bounce (record));
      put_string (line, K_SEVERITY, bounce_severity_to_string (bounce_record_get_severity (record)));
      put_string (line, K_DIAGNOSTIC, bounce_record_get_diagnostic (record));
      put_string (line, K_REPORTING_MTA, bounce_record_get_reporting_mta (record));
      put_string (line, K_REMOTE_MTA, bounce_record_get_remote_mta (record));
      put_string (line, K_LAST_ATTEMPT, bounce_record_get_last_attempt (record));
      put_string (line, K_PROVIDER, bounce_record_get_provider (record));
    }
  else
    {
      for (guint i = K_RECIPIENT; i <= K_PROVIDER; i++)
        put_null (line, i);
      put_string (line, K_REASON,
                  kind == BOUNCE_KIND_NOT_BOUNCE
                    ? "not-bounce"
                    : bounce_reason_to_string (bounce_report_get_reason (report)));
      put_boolean (line, K_HARD_BOUNCE, FALSE);
      put_string (line, K_SEVERITY, bounce_severity_to_string (BOUNCE_SEVERITY_INFORMATIONAL));
    }

  if (reply_code != 0)
    put_int (line, K_REPLY_CODE, reply_code);
  else
    put_null (line, K_REPLY_CODE);

  put_string (line, K_ORIGINAL_SUBJECT, bounce_report_get_original_subject (report));
  put_string (line, K_ORIGINAL_TO, bounce_report_get_original_to (report));
  put_string (line, K_ORIGINAL_DATE, bounce_report_get_original_date (report));
  put_string (line, K_ORIGINAL_MESSAGE_ID, bounce_report_get_original_message_id (report));
  put_boolean (line, K_BACKSCATTER, bounce_report_get_backscatter (report));

  /* The generator holds a reference to the same object; set it again only
   * when something else (an error object) was generated in between. */
  root = json_generator_get_root (generator);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) || json_node_get_object (root) != line->object)
    json_generator_set_root (generator, line->root);
  json_generator_to_gstring (generator, out);

  /* Replace the closing brace by the explanation members. */
  g_string_truncate (out, out->len - 1);
  entry = object_entry (report, record, &reason);
  if (entry != NULL)
    g_string_append (out, explanation_fragment (entry, steps_entry_for (entry, reason)));
  else
    g_string_append (out, ",\"explanation\":null,\"checklist\":[]");
  g_string_append (out, "}\n");
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
      append_object (generator, report, NULL, out);
      return;
    }

  /* One object per recipient that bounced or waits; recipients delivered
   * alongside them are not bounces. */
  for (guint i = 0; i < n_records; i++)
    {
      BounceRecord *record = bounce_report_get_record (report, i);

      if (!record_is_success (record))
        append_object (generator, report, record, out);
    }
}
