/* bounce-batch-row.c
 *
 * Rows are made in the batch worker thread and then only read on the main
 * thread. They borrow the strings of the engine's record and report (which
 * they keep alive) and add only what the table needs on top: the domain,
 * the date as a number for sorting, the category and the reason words.
 *
 * Sorting a table of a hundred thousand rows compares rows millions of
 * times, on the main thread. So each row carries, made in the worker, the
 * collation key of each text column (folded for case, as GtkStringSorter
 * does), and bounce_batch_row_compare() is a strcmp() or an integer
 * comparison.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bounce-batch-row.h"
#include "bounce-summary.h"

struct _BounceBatchRow
{
  GObject       parent_instance;

  /* Owned references */
  BounceReport *report;
  BounceRecord *record;          /* NULL for a message that is not a bounce */
  char         *domain;

  /* Static strings */
  const char   *category;
  const char   *reason;

  gint64        timestamp;       /* seconds since 1970, or 0 when unknown */
  guint         record_index;

  /* Collation keys of the text columns, by BounceBatchColumn; NULL for
   * the numeric ones. */
  char         *sort_keys[BOUNCE_BATCH_N_COLUMNS];
};

G_DEFINE_FINAL_TYPE (BounceBatchRow, bounce_batch_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECIPIENT,
  PROP_DOMAIN,
  PROP_REPLY_CODE,
  PROP_STATUS,
  PROP_CATEGORY,
  PROP_CATEGORY_LABEL,
  PROP_REASON,
  PROP_REASON_LABEL,
  PROP_DATE,
  PROP_TIMESTAMP,
  PROP_PROVIDER,
  PROP_FILE,
  PROP_MESSAGE,
  PROP_HARD_BOUNCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
parse_number (const char **p,
              guint        max_digits)
{
  int value = 0;
  guint n = 0;

  while (n < max_digits && g_ascii_isdigit (**p))
    {
      value = value * 10 + (**p - '0');
      (*p)++;
      n++;
    }

  return n > 0 ? value : -1;
}

static void
skip_space (const char **p)
{
  while (**p == ' ' || **p == '\t' || **p == '\r' || **p == '\n')
    (*p)++;
}

/**
 * bounce_parse_rfc5322_date:
 * @text: (nullable): a date as mail headers write it,
 *   "Fri, 27 Nov 2026 14:02:11 +0100 (CET)"
 *
 * A plain scanner rather than a regular expression: the text comes from
 * the message and may be anything. Obsolete zone names count as UTC.
 *
 * Returns: seconds since 1970, or 0 when @text is not a date
 */
gint64
bounce_parse_rfc5322_date (const char *text)
{
  static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) date = NULL;
  const char *p = text;
  int day, month = -1, year, hour, minute, second = 0, offset = 0;

  if (text == NULL)
    return 0;

  skip_space (&p);
  /* An optional day name and comma. */
  if (g_ascii_isalpha (*p))
    {
      while (g_ascii_isalpha (*p))
        p++;
      if (*p == ',')
        p++;
      skip_space (&p);
    }

  if ((day = parse_number (&p, 2)) < 1)
    return 0;
  skip_space (&p);

  for (guint i = 0; i < 12; i++)
    if (g_ascii_strncasecmp (p, months + 3 * i, 3) == 0)
      month = i + 1;
  if (month < 0)
    return 0;
  p += 3;
  skip_space (&p);

  if ((year = parse_number (&p, 4)) < 0)
    return 0;
  /* RFC 5322 §4.3: two-digit years below 50 are 20xx, the rest 19xx. */
  if (year < 50)
    year += 2000;
  else if (year < 1000)
    year += 1900;
  skip_space (&p);

  if ((hour = parse_number (&p, 2)) < 0 || *p++ != ':' || (minute = parse_number (&p, 2)) < 0)
    return 0;
  if (*p == ':')
    {
      p++;
      if ((second = parse_number (&p, 2)) < 0)
        return 0;
    }
  skip_space (&p);

  if ((*p == '+' || *p == '-') && g_ascii_isdigit (p[1]))
    {
      int sign = *p == '-' ? -1 : 1;
      const char *digits = p + 1;
      int hhmm = parse_number (&digits, 4);

      if (digits - p == 5 && hhmm % 100 < 60 && hhmm / 100 < 24)
        offset = sign * ((hhmm / 100) * 3600 + (hhmm % 100) * 60);
    }

  zone = g_time_zone_new_offset (offset);
  date = g_date_time_new (zone, year, month, day, hour, minute, second);
  if (date == NULL)
    return 0;

  return g_date_time_to_unix (date);
}

/* Case-insensitive for ASCII, which addresses, codes and reasons are;
 * no allocation, since the filter runs over every row. */
static gboolean
contains (const char *haystack,
          const char *needle)
{
  gsize needle_len;

  if (haystack == NULL)
    return FALSE;

  needle_len = strlen (needle);
  for (const char *h = haystack; *h != '\0'; h++)
    {
      gsize i = 0;

      while (i < needle_len && h[i] != '\0' && g_ascii_tolower (h[i]) == needle[i])
        i++;
      if (i == needle_len)
        return TRUE;
    }

  return FALSE;
}

/* GtkStringSorter (4.8) cannot sort NULL strings: properties give "" instead. */
static inline const char *
nonnull (const char *text)
{
  return text != NULL ? text : "";
}

/* What GtkStringSorter compares with ignore-case: the collation key of
 * the case-folded text. */
static char *
make_sort_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (nonnull (text), -1);

  return g_utf8_collate_key (folded, -1);
}

static void
bounce_batch_row_finalize (GObject *object)
{
  BounceBatchRow *self = (BounceBatchRow *)object;

  g_clear_object (&self->report);
  g_clear_object (&self->record);
  g_clear_pointer (&self->domain, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->sort_keys); i++)
    g_clear_pointer (&self->sort_keys[i], g_free);

  G_OBJECT_CLASS (bounce_batch_row_parent_class)->finalize (object);
}

static void
bounce_batch_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BounceBatchRow *self = BOUNCE_BATCH_ROW (object);

  switch (prop_id)
    {
    case PROP_RECIPIENT:
      g_value_set_string (value, nonnull (bounce_batch_row_get_recipient (self)));
      break;

    case PROP_DOMAIN:
      g_value_set_string (value, nonnull (self->domain));
      break;

    case PROP_REPLY_CODE:
      g_value_set_uint (value, bounce_batch_row_get_reply_code (self));
      break;

    case PROP_STATUS:
      g_value_set_string (value, nonnull (bounce_batch_row_get_status (self)));
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_CATEGORY_LABEL:
      g_value_set_string (value, bounce_batch_row_get_category_label (self));
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_REASON_LABEL:
      g_value_set_string (value, bounce_batch_row_get_reason_label (self));
      break;

    case PROP_DATE:
      g_value_take_string (value, bounce_batch_row_dup_date (self));
      if (g_value_get_string (value) == NULL)
        g_value_set_static_string (value, "");
      break;

    case PROP_TIMESTAMP:
      g_value_set_int64 (value, self->timestamp);
      break;

    case PROP_PROVIDER:
      g_value_set_string (value, nonnull (bounce_batch_row_get_provider (self)));
      break;

    case PROP_FILE:
      g_value_set_string (value, nonnull (bounce_report_get_source (self->report)));
      break;

    case PROP_MESSAGE:
      g_value_set_uint (value, bounce_report_get_index (self->report));
      break;

    case PROP_HARD_BOUNCE:
      g_value_set_boolean (value, bounce_batch_row_get_hard_bounce (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_batch_row_class_init (BounceBatchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bounce_batch_row_finalize;
  object_class->get_property = bounce_batch_row_get_property;

  properties[PROP_RECIPIENT] = g_param_spec_string ("recipient", NULL, NULL, NULL, flags);
  properties[PROP_DOMAIN] = g_param_spec_string ("domain", NULL, NULL, NULL, flags);
  properties[PROP_REPLY_CODE] =
    g_param_spec_uint ("reply-code", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY_LABEL] = g_param_spec_string ("category-label", NULL, NULL, NULL, flags);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  properties[PROP_REASON_LABEL] = g_param_spec_string ("reason-label", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_TIMESTAMP] =
    g_param_spec_int64 ("timestamp", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROVIDER] = g_param_spec_string ("provider", NULL, NULL, NULL, flags);
  properties[PROP_FILE] = g_param_spec_string ("file", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] = g_param_spec_uint ("message", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_HARD_BOUNCE] = g_param_spec_boolean ("hard-bounce", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bounce_batch_row_init (BounceBatchRow *self)
{
}

/**
 * bounce_batch_row_new:
 * @report: the report of a message
 * @record: (nullable): one of its records, or %NULL for the row of a
 *   message that is not a bounce or could not be read
 *
 * Returns: (transfer full): a new row
 */
BounceBatchRow *
bounce_batch_row_new (BounceReport *report,
                      BounceRecord *record)
{
  BounceBatchRow *self;
  const GError *error;
  gint64 timestamp;

  g_return_val_if_fail (BOUNCE_IS_REPORT (report), NULL);
  g_return_val_if_fail (record == NULL || BOUNCE_IS_RECORD (record), NULL);

  self = g_object_new (BOUNCE_TYPE_BATCH_ROW, NULL);
  self->report = g_object_ref (report);
  self->record = record != NULL ? g_object_ref (record) : NULL;
  self->category = bounce_summary_row_category (report, record);

  error = bounce_report_get_error (report);
  if (record != NULL)
    {
      self->domain = bounce_record_dup_domain (record);
      self->reason = bounce_reason_to_string (bounce_record_get_reason (record));
    }
  else if (error != NULL)
    self->reason = "";
  else if (bounce_report_get_kind (report) == BOUNCE_KIND_NOT_BOUNCE)
    self->reason = "not-bounce";
  else
    self->reason = bounce_reason_to_string (bounce_report_get_reason (report));

  /* When the bounce was written; the last attempt when the message has no date. */
  timestamp = bounce_parse_rfc5322_date (bounce_report_get_date (report));
  if (timestamp == 0 && record != NULL)
    timestamp = bounce_parse_rfc5322_date (bounce_record_get_last_attempt (record));
  self->timestamp = MAX (0, timestamp);

  self->sort_keys[BOUNCE_BATCH_COLUMN_RECIPIENT] = make_sort_key (bounce_batch_row_get_recipient (self));
  self->sort_keys[BOUNCE_BATCH_COLUMN_DOMAIN] = make_sort_key (self->domain);
  self->sort_keys[BOUNCE_BATCH_COLUMN_STATUS] = make_sort_key (bounce_batch_row_get_status (self));
  self->sort_keys[BOUNCE_BATCH_COLUMN_CATEGORY] =
    make_sort_key (bounce_batch_row_get_category_label (self));
  self->sort_keys[BOUNCE_BATCH_COLUMN_REASON] = make_sort_key (bounce_batch_row_get_reason_label (self));
  self->sort_keys[BOUNCE_BATCH_COLUMN_PROVIDER] = make_sort_key (bounce_batch_row_get_provider (self));

  return self;
}

/**
 * bounce_batch_row_append_for_report:
 * @rows: (element-type BounceBatchRow): where the rows go
 * @report: the report of one message
 *
 * Appends the rows of @report, as the exports count them: one per record
 * of a bounce, else one.
 */
void
bounce_batch_row_append_for_report (GPtrArray    *rows,
                                    BounceReport *report)
{
  guint n_records;

  g_return_if_fail (rows != NULL);
  g_return_if_fail (BOUNCE_IS_REPORT (report));

  n_records = bounce_report_get_n_records (report);

  if (bounce_report_get_error (report) != NULL ||
      !bounce_report_is_bounce (report) ||
      n_records == 0)
    {
      g_ptr_array_add (rows, bounce_batch_row_new (report, NULL));
      return;
    }

  for (guint i = 0; i < n_records; i++)
    {
      BounceBatchRow *row = bounce_batch_row_new (report, bounce_report_get_record (report, i));

      row->record_index = i;
      g_ptr_array_add (rows, row);
    }
}

BounceReport *
bounce_batch_row_get_report (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return self->report;
}

BounceRecord *
bounce_batch_row_get_record (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return self->record;
}

/* The position of the row's record in its report, for the verdict view. */
guint
bounce_batch_row_get_record_index (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), 0);

  return self->record_index;
}

const char *
bounce_batch_row_get_recipient (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return self->record != NULL ? bounce_record_get_recipient (self->record) : NULL;
}

const char *
bounce_batch_row_get_domain (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return self->domain;
}

guint
bounce_batch_row_get_reply_code (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), 0);

  return self->record != NULL ? bounce_record_get_reply_code (self->record) : 0;
}

const char *
bounce_batch_row_get_status (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return self->record != NULL ? bounce_record_get_status (self->record) : NULL;
}

const char *
bounce_batch_row_get_category (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return self->category;
}

const char *
bounce_batch_row_get_category_label (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return bounce_summary_describe_category (self->category);
}

const char *
bounce_batch_row_get_reason (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return self->reason;
}

/* The knowledge base's plain title of the reason: "The mailbox is full". */
const char *
bounce_batch_row_get_reason_label (BounceBatchRow *self)
{
  BounceReason reason;
  const BounceKnowledgeEntry *entry;

  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  if (g_str_equal (self->reason, "not-bounce"))
    return _("Not a bounce");
  if (self->reason[0] == '\0')
    return _("Could not be read");
  if (!bounce_reason_from_string (self->reason, &reason) ||
      !(entry = bounce_knowledge_get_reason (reason)))
    return self->reason;

  return bounce_knowledge_entry_title (entry);
}

gint64
bounce_batch_row_get_timestamp (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), 0);

  return self->timestamp;
}

/**
 * bounce_batch_row_dup_date:
 * @self: a #BounceBatchRow
 *
 * Returns: (transfer full) (nullable): the date in local time, "2026-11-27 14:02"
 */
char *
bounce_batch_row_dup_date (BounceBatchRow *self)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  if (self->timestamp == 0 || !(date = g_date_time_new_from_unix_local (self->timestamp)))
    return NULL;

  return g_date_time_format (date, "%Y-%m-%d %H:%M");
}

const char *
bounce_batch_row_get_provider (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return self->record != NULL ? bounce_record_get_provider (self->record) : NULL;
}

const char *
bounce_batch_row_get_diagnostic (BounceBatchRow *self)
{
  const GError *error;

  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  if (self->record != NULL)
    return bounce_record_get_diagnostic (self->record);
  if ((error = bounce_report_get_error (self->report)))
    return error->message;

  return NULL;
}

gboolean
bounce_batch_row_get_hard_bounce (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), FALSE);

  return self->record != NULL && bounce_record_get_hard_bounce (self->record);
}

/**
 * bounce_batch_row_matches:
 * @self: a #BounceBatchRow
 * @folded_query: the search text in lower case
 *
 * Whether the search text appears in the recipient, domain, codes,
 * category, reason, provider, diagnostic or file name of the row.
 */
gboolean
bounce_batch_row_matches (BounceBatchRow *self,
                          const char     *folded_query)
{
  char code[16];

  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), FALSE);

  if (folded_query == NULL || folded_query[0] == '\0')
    return TRUE;

  code[0] = '\0';
  if (bounce_batch_row_get_reply_code (self) != 0)
    g_snprintf (code, sizeof code, "%u", bounce_batch_row_get_reply_code (self));

  return contains (bounce_batch_row_get_recipient (self), folded_query) ||
         contains (self->domain, folded_query) ||
         contains (bounce_batch_row_get_status (self), folded_query) ||
         contains (code, folded_query) ||
         contains (self->reason, folded_query) ||
         contains (bounce_batch_row_get_reason_label (self), folded_query) ||
         contains (bounce_batch_row_get_category_label (self), folded_query) ||
         contains (bounce_batch_row_get_provider (self), folded_query) ||
         contains (bounce_batch_row_get_diagnostic (self), folded_query) ||
         contains (bounce_report_get_source (self->report), folded_query);
}

/**
 * bounce_batch_row_compare:
 * @a: a #BounceBatchRow
 * @b: another
 * @column: the column to compare by
 *
 * Compares as the table sorts, ascending: text by its case-folded
 * collation key (made when the row was), codes and dates as numbers.
 *
 * Returns: less than, equal to or greater than 0
 */
int
bounce_batch_row_compare (BounceBatchRow    *a,
                          BounceBatchRow    *b,
                          BounceBatchColumn  column)
{
  guint code_a, code_b;

  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (a), 0);
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (b), 0);
  g_return_val_if_fail (column < BOUNCE_BATCH_N_COLUMNS, 0);

  switch (column)
    {
    case BOUNCE_BATCH_COLUMN_REPLY_CODE:
      code_a = bounce_batch_row_get_reply_code (a);
      code_b = bounce_batch_row_get_reply_code (b);
      return (code_a > code_b) - (code_a < code_b);

    case BOUNCE_BATCH_COLUMN_DATE:
      return (a->timestamp > b->timestamp) - (a->timestamp < b->timestamp);

    case BOUNCE_BATCH_COLUMN_RECIPIENT:
    case BOUNCE_BATCH_COLUMN_DOMAIN:
    case BOUNCE_BATCH_COLUMN_STATUS:
    case BOUNCE_BATCH_COLUMN_CATEGORY:
    case BOUNCE_BATCH_COLUMN_REASON:
    case BOUNCE_BATCH_COLUMN_PROVIDER:
    case BOUNCE_BATCH_N_COLUMNS:
    default:
      return strcmp (a->sort_keys[column], b->sort_keys[column]);
    }
}
