/* bounce-summary.c
 *
 * What a batch of bounces adds up to. One "row" is what the CSV and JSON
 * exports write: one per recipient of a bounce, one per message that is not
 * a bounce (or could not be read). Categories count rows; reasons and domains
 * count the rows of bounces only, since an out-of-office reply says nothing
 * about the recipient's domain being a problem.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bounce-record.h"
#include "bounce-report.h"
#include "bounce-summary.h"

struct _BounceSummary
{
  GObject     parent_instance;

  /* group → (key → count); keys are owned by each table */
  GHashTable *counts[3];

  /* casefolded address → the address as it will be listed (lower case) */
  GHashTable *remove;

  guint       n_messages;
  guint       n_rows;
  guint       n_bounces;
  guint       n_errors;
};

G_DEFINE_FINAL_TYPE (BounceSummary, bounce_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_MESSAGES,
  PROP_N_ROWS,
  PROP_N_REMOVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
count (BounceSummary      *self,
       BounceSummaryGroup  group,
       const char         *key)
{
  guint n;

  if (key == NULL || key[0] == '\0')
    return;

  /* insert() keeps the table's own copy of a key it already has. */
  n = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts[group], key));
  g_hash_table_insert (self->counts[group], g_strdup (key), GUINT_TO_POINTER (n + 1));
}

static void
add_remove (BounceSummary *self,
            const char    *address)
{
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;

  if (address == NULL || address[0] == '\0')
    return;

  /* The engine hands out UTF-8, but an address is copied verbatim from a
   * hostile message: never let invalid bytes reach the casefolding. */
  valid = g_utf8_make_valid (address, -1);
  folded = g_utf8_casefold (valid, -1);

  if (!g_hash_table_contains (self->remove, folded))
    g_hash_table_insert (self->remove,
                         g_steal_pointer (&folded),
                         g_utf8_strdown (valid, -1));
}

static void
add_row (BounceSummary *self,
         BounceReport  *report,
         BounceRecord  *record)
{
  gboolean bounce = bounce_report_get_error (report) == NULL && bounce_report_is_bounce (report);

  self->n_rows++;
  count (self, BOUNCE_SUMMARY_CATEGORY, bounce_summary_row_category (report, record));

  if (!bounce)
    return;

  if (record != NULL)
    {
      g_autofree char *domain = bounce_record_dup_domain (record);
      g_autofree char *domain_down = domain != NULL ? g_utf8_strdown (domain, -1) : NULL;

      count (self, BOUNCE_SUMMARY_REASON,
             bounce_reason_to_string (bounce_record_get_reason (record)));
      count (self, BOUNCE_SUMMARY_DOMAIN, domain_down);

      if (bounce_record_get_hard_bounce (record))
        add_remove (self, bounce_record_get_recipient (record));
    }
  else
    count (self, BOUNCE_SUMMARY_REASON,
           bounce_reason_to_string (bounce_report_get_reason (report)));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static int
compare_keys_by_count (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  GHashTable *table = user_data;
  const char *key_a = *(const char * const *)a;
  const char *key_b = *(const char * const *)b;
  guint count_a = GPOINTER_TO_UINT (g_hash_table_lookup (table, key_a));
  guint count_b = GPOINTER_TO_UINT (g_hash_table_lookup (table, key_b));

  if (count_a != count_b)
    return count_a > count_b ? -1 : 1;

  return strcmp (key_a, key_b);
}

static void
append_group (GString            *out,
              BounceSummary      *self,
              BounceSummaryGroup  group,
              const char         *title)
{
  g_auto(GStrv) keys = bounce_summary_dup_keys (self, group);
  int width = 0;

  g_string_append_printf (out, "%s\n", title);

  if (keys[0] == NULL)
    {
      g_string_append_printf (out, "  %s\n", _("(none)"));
      return;
    }

  for (guint i = 0; keys[i] != NULL; i++)
    width = MAX (width, (int)g_utf8_strlen (keys[i], -1));

  for (guint i = 0; keys[i] != NULL; i++)
    {
      int pad = width - (int)g_utf8_strlen (keys[i], -1);

      g_string_append_printf (out, "  %s%*s  %7u",
                              keys[i], pad, "",
                              bounce_summary_get_count (self, group, keys[i]));
      if (group == BOUNCE_SUMMARY_CATEGORY)
        g_string_append_printf (out, "  %s", bounce_summary_describe_category (keys[i]));
      g_string_append_c (out, '\n');
    }
}

static void
bounce_summary_finalize (GObject *object)
{
  BounceSummary *self = (BounceSummary *)object;

  for (guint i = 0; i < G_N_ELEMENTS (self->counts); i++)
    g_clear_pointer (&self->counts[i], g_hash_table_unref);
  g_clear_pointer (&self->remove, g_hash_table_unref);

  G_OBJECT_CLASS (bounce_summary_parent_class)->finalize (object);
}

static void
bounce_summary_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BounceSummary *self = BOUNCE_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_N_MESSAGES:
      g_value_set_uint (value, self->n_messages);
      break;

    case PROP_N_ROWS:
      g_value_set_uint (value, self->n_rows);
      break;

    case PROP_N_REMOVE:
      g_value_set_uint (value, g_hash_table_size (self->remove));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_summary_class_init (BounceSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bounce_summary_finalize;
  object_class->get_property = bounce_summary_get_property;

  properties[PROP_N_MESSAGES] =
    g_param_spec_uint ("n-messages", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ROWS] =
    g_param_spec_uint ("n-rows", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_REMOVE] =
    g_param_spec_uint ("n-remove", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bounce_summary_init (BounceSummary *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->counts); i++)
    self->counts[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->remove = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

BounceSummary *
bounce_summary_new (void)
{
  return g_object_new (BOUNCE_TYPE_SUMMARY, NULL);
}

/**
 * bounce_summary_row_category:
 * @report: a report
 * @record: (nullable): one of its records, or %NULL for the row of a message
 *   that is not a bounce
 *
 * The category a row is counted under: the severity of a bounce's record
 * ("permanent", "temporary", "informational"; a recipient still being
 * retried in a delay notice is "temporary"), or the kind of a message that
 * is not a bounce ("auto-reply", "not-bounce", "not-email", …).
 *
 * Returns: (transfer none): a static string
 */
const char *
bounce_summary_row_category (BounceReport *report,
                             BounceRecord *record)
{
  BounceKind kind;

  g_return_val_if_fail (BOUNCE_IS_REPORT (report), NULL);

  if (bounce_report_get_error (report) != NULL)
    return bounce_kind_to_string (BOUNCE_KIND_NOT_EMAIL);

  kind = bounce_report_get_kind (report);

  if (!bounce_report_is_bounce (report))
    return bounce_kind_to_string (kind);

  if (record != NULL)
    {
      BounceSeverity severity = bounce_record_get_severity (record);
      const char *action = bounce_record_get_action (record);

      /* The engine calls a delay informational (nothing failed yet); for
       * people it is a temporary problem, as the verdict says. */
      if (kind == BOUNCE_KIND_DELAY &&
          severity != BOUNCE_SEVERITY_PERMANENT &&
          !(action != NULL && (g_ascii_strcasecmp (action, "delivered") == 0 ||
                               g_ascii_strcasecmp (action, "relayed") == 0 ||
                               g_ascii_strcasecmp (action, "expanded") == 0)))
        return bounce_severity_to_string (BOUNCE_SEVERITY_TEMPORARY);

      return bounce_severity_to_string (severity);
    }

  /* A bounce that names no recipient still tells how serious it is. */
  return bounce_severity_to_string (kind == BOUNCE_KIND_FAILURE
                                    ? BOUNCE_SEVERITY_PERMANENT
                                    : BOUNCE_SEVERITY_TEMPORARY);
}

/**
 * bounce_summary_describe_category:
 * @category: a category from bounce_summary_row_category()
 *
 * Returns: (transfer none): a translated label for people
 */
const char *
bounce_summary_describe_category (const char *category)
{
  static const struct {
    const char *key;
    const char *label;
  } labels[] = {
    { "permanent", N_("Permanent failure") },
    { "temporary", N_("Temporary problem") },
    { "informational", N_("Not a failure") },
    { "delivery-report", N_("Delivery report") },
    { "auto-reply", N_("Automatic reply") },
    { "feedback", N_("Complaint report") },
    { "not-bounce", N_("Not a bounce") },
    { "not-email", N_("Not an email") },
    { "failure", N_("Delivery failed") },
    { "delay", N_("Delivery delayed") },
  };

  g_return_val_if_fail (category != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].key, category))
      return _(labels[i].label);

  return category;
}

/**
 * bounce_summary_add_report:
 * @self: a #BounceSummary
 * @report: the report of one message
 *
 * Counts @report. The summary keeps no reference to it.
 */
void
bounce_summary_add_report (BounceSummary *self,
                           BounceReport  *report)
{
  guint n_records;
  guint n_remove;

  g_return_if_fail (BOUNCE_IS_SUMMARY (self));
  g_return_if_fail (BOUNCE_IS_REPORT (report));

  n_remove = g_hash_table_size (self->remove);
  n_records = bounce_report_get_n_records (report);

  self->n_messages++;

  if (bounce_report_get_error (report) != NULL)
    {
      self->n_errors++;
      add_row (self, report, NULL);
    }
  else if (!bounce_report_is_bounce (report) || n_records == 0)
    {
      if (bounce_report_is_bounce (report))
        self->n_bounces++;
      add_row (self, report, NULL);
    }
  else
    {
      self->n_bounces++;
      for (guint i = 0; i < n_records; i++)
        add_row (self, report, bounce_report_get_record (report, i));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MESSAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ROWS]);
  if (n_remove != g_hash_table_size (self->remove))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_REMOVE]);
}

/**
 * bounce_summary_merge:
 * @self: a #BounceSummary
 * @other: another summary, counted elsewhere (in a worker thread, say)
 *
 * Adds the counts and the addresses of @other to @self, as if the reports
 * counted in @other had been added to @self: so a batch can be counted
 * where its reports are made, and the reports dropped there.
 */
void
bounce_summary_merge (BounceSummary *self,
                      BounceSummary *other)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n_remove;

  g_return_if_fail (BOUNCE_IS_SUMMARY (self));
  g_return_if_fail (BOUNCE_IS_SUMMARY (other));
  g_return_if_fail (self != other);

  n_remove = g_hash_table_size (self->remove);

  for (guint i = 0; i < G_N_ELEMENTS (self->counts); i++)
    {
      g_hash_table_iter_init (&iter, other->counts[i]);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts[i], key));

          g_hash_table_insert (self->counts[i], g_strdup (key),
                               GUINT_TO_POINTER (n + GPOINTER_TO_UINT (value)));
        }
    }

  g_hash_table_iter_init (&iter, other->remove);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (self->remove, key))
      g_hash_table_insert (self->remove, g_strdup (key), g_strdup (value));

  self->n_messages += other->n_messages;
  self->n_rows += other->n_rows;
  self->n_bounces += other->n_bounces;
  self->n_errors += other->n_errors;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MESSAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ROWS]);
  if (n_remove != g_hash_table_size (self->remove))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_REMOVE]);
}

void
bounce_summary_clear (BounceSummary *self)
{
  g_return_if_fail (BOUNCE_IS_SUMMARY (self));

  for (guint i = 0; i < G_N_ELEMENTS (self->counts); i++)
    g_hash_table_remove_all (self->counts[i]);
  g_hash_table_remove_all (self->remove);
  self->n_messages = 0;
  self->n_rows = 0;
  self->n_bounces = 0;
  self->n_errors = 0;

  for (guint i = PROP_0 + 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

guint
bounce_summary_get_n_messages (BounceSummary *self)
{
  g_return_val_if_fail (BOUNCE_IS_SUMMARY (self), 0);

  return self->n_messages;
}

/* Rows as the exports write them: one per recipient of a bounce, one per other message. */
guint
bounce_summary_get_n_rows (BounceSummary *self)
{
  g_return_val_if_fail (BOUNCE_IS_SUMMARY (self), 0);

  return self->n_rows;
}

guint
bounce_summary_get_n_bounces (BounceSummary *self)
{
  g_return_val_if_fail (BOUNCE_IS_SUMMARY (self), 0);

  return self->n_bounces;
}

guint
bounce_summary_get_n_errors (BounceSummary *self)
{
  g_return_val_if_fail (BOUNCE_IS_SUMMARY (self), 0);

  return self->n_errors;
}

guint
bounce_summary_get_count (BounceSummary      *self,
                          BounceSummaryGroup  group,
                          const char         *key)
{
  g_return_val_if_fail (BOUNCE_IS_SUMMARY (self), 0);
  g_return_val_if_fail (group <= BOUNCE_SUMMARY_DOMAIN, 0);

  if (key == NULL)
    return 0;

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts[group], key));
}

/**
 * bounce_summary_dup_keys:
 * @self: a #BounceSummary
 * @group: what to list
 *
 * Returns: (transfer full): the keys of @group, the most frequent first
 *   (ties in alphabetical order)
 */
char **
bounce_summary_dup_keys (BounceSummary      *self,
                         BounceSummaryGroup  group)
{
  GHashTable *table;
  char **keys;
  guint n_keys = 0;

  g_return_val_if_fail (BOUNCE_IS_SUMMARY (self), NULL);
  g_return_val_if_fail (group <= BOUNCE_SUMMARY_DOMAIN, NULL);

  table = self->counts[group];
  keys = (char **)g_hash_table_get_keys_as_array (table, &n_keys);
  for (guint i = 0; i < n_keys; i++)
    keys[i] = g_strdup (keys[i]);
  g_qsort_with_data (keys, n_keys, sizeof (char *), compare_keys_by_count, table);

  return keys;
}

guint
bounce_summary_get_n_remove (BounceSummary *self)
{
  g_return_val_if_fail (BOUNCE_IS_SUMMARY (self), 0);

  return g_hash_table_size (self->remove);
}

/**
 * bounce_summary_dup_remove_list:
 * @self: a #BounceSummary
 *
 * The recipients of hard bounces (the address does not exist, the domain
 * does not exist, the person has moved): each once, however it was
 * capitalised, in lower case and sorted.
 *
 * Returns: (transfer full): a %NULL-terminated array
 */
char **
bounce_summary_dup_remove_list (BounceSummary *self)
{
  GHashTableIter iter;
  gpointer value;
  char **list;
  guint i = 0;

  g_return_val_if_fail (BOUNCE_IS_SUMMARY (self), NULL);

  list = g_new0 (char *, g_hash_table_size (self->remove) + 1);
  g_hash_table_iter_init (&iter, self->remove);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    list[i++] = g_strdup (value);
  qsort (list, i, sizeof (char *), compare_strings);

  return list;
}

/**
 * bounce_summary_to_text:
 * @self: a #BounceSummary
 *
 * The summary as plain text: counts by category, reason and domain, then
 * the addresses to remove, one per line.
 *
 * Returns: (transfer full): the text
 */
char *
bounce_summary_to_text (BounceSummary *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) remove = NULL;

  g_return_val_if_fail (BOUNCE_IS_SUMMARY (self), NULL);

  g_string_append_printf (out, _("Messages: %u (bounces: %u, unreadable: %u)"),
                          self->n_messages, self->n_bounces, self->n_errors);
  g_string_append (out, "\n\n");

  append_group (out, self, BOUNCE_SUMMARY_CATEGORY, _("By category:"));
  g_string_append_c (out, '\n');
  append_group (out, self, BOUNCE_SUMMARY_REASON, _("By reason:"));
  g_string_append_c (out, '\n');
  append_group (out, self, BOUNCE_SUMMARY_DOMAIN, _("By recipient domain:"));
  g_string_append_c (out, '\n');

  remove = bounce_summary_dup_remove_list (self);
  g_string_append_printf (out, _("Addresses to remove (%u):"), g_strv_length (remove));
  g_string_append_c (out, '\n');
  for (guint i = 0; remove[i] != NULL; i++)
    g_string_append_printf (out, "  %s\n", remove[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
