/* bounce-batch-row.c
 *
 * Rows are made in the batch worker thread and then only read on the main
 * thread. A batch may hold a hundred thousand of them, so a row keeps only
 * what the table shows, sorts and filters by, and where its message is in
 * its file (to read it again when someone opens it), not the engine's
 * report and record: a row is about 150 bytes, a report several kilobytes.
 *
 * The strings that many rows share (the domain, the status code, the
 * provider, the file, the category and reason labels) are "atoms": one
 * reference-counted copy per batch, with the collation key the table sorts
 * by (case-folded, as GtkStringSorter does), made once in the worker. So
 * bounce_batch_row_compare() is a strcmp() of keys made in advance, or an
 * integer comparison, and sorting a hundred thousand rows on the main
 * thread stays cheap. The recipient, which each row has its own, is
 * compared as an address: ASCII letters without case, other bytes as they
 * are, which costs no key per row.
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

typedef struct
{
  char *text;
  char *key;         /* collation key, or NULL when the atom is never sorted by */
} Atom;

struct _BounceBatchAtoms
{
  GHashTable *table; /* text → Atom, a reference each */
};

struct _BounceBatchRow
{
  GObject       parent_instance;

  /* Owned */
  char         *recipient;       /* NULL for a message that is not a bounce */
  char         *recipient_key;   /* in lower case: the recipient itself when it is */

  /* Shared atoms, a reference each; nullable */
  Atom         *domain;
  Atom         *status;
  Atom         *provider;
  Atom         *source;
  Atom         *category_label;
  Atom         *reason_label;

  /* Static strings */
  const char   *category;
  const char   *reason;

  gint64        timestamp;       /* seconds since 1970, or 0 when unknown */
  goffset       offset;          /* of the message in its file, for a slice */
  goffset       length;
  guint         message;         /* the report's number */
  guint         ordinal;         /* the message's place in the batch, from 1 */
  guint         position;        /* the message's place in its file or list, from 1 */
  guint         input;
  guint         record_index;
  guint16       reply_code;
  guint         kind : 2;
  guint         hard_bounce : 1;
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
atom_clear (gpointer data)
{
  Atom *atom = data;

  g_free (atom->text);
  g_free (atom->key);
}

static void
atom_unref (gpointer data)
{
  if (data != NULL)
    g_atomic_rc_box_release_full (data, atom_clear);
}

static inline const char *
atom_text (const Atom *atom)
{
  return atom != NULL ? atom->text : NULL;
}

static inline const char *
atom_key (const Atom *atom)
{
  return atom != NULL && atom->key != NULL ? atom->key : "";
}

/**
 * bounce_batch_atoms_new:
 *
 * A table of shared strings, for the rows of one batch. It is used by one
 * thread at a time; the atoms it hands out live on in the rows after it is
 * freed.
 *
 * Returns: (transfer full): a new table
 */
BounceBatchAtoms *
bounce_batch_atoms_new (void)
{
  BounceBatchAtoms *atoms = g_new0 (BounceBatchAtoms, 1);

  atoms->table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, atom_unref);

  return atoms;
}

void
bounce_batch_atoms_free (BounceBatchAtoms *atoms)
{
  if (atoms == NULL)
    return;

  g_clear_pointer (&atoms->table, g_hash_table_unref);
  g_free (atoms);
}

/* Returns a new reference to the atom of @text, or NULL for NULL. */
static Atom *
atoms_get (BounceBatchAtoms *atoms,
           const char       *text,
           gboolean          sorted)
{
  Atom *atom;

  if (text == NULL)
    return NULL;

  if (!(atom = g_hash_table_lookup (atoms->table, text)))
    {
      atom = g_atomic_rc_box_new0 (Atom);
      atom->text = g_strdup (text);
      /* The table's key is the atom's own text. */
      g_hash_table_insert (atoms->table, atom->text, atom);
    }

  if (sorted && atom->key == NULL)
    atom->key = make_sort_key (text);

  return g_atomic_rc_box_acquire (atom);
}

/* Addresses sort in the order people expect of a list of addresses:
 * letters without case, the rest by code point (UTF-8 bytes keep that
 * order). Most addresses are in lower case already; the others get a
 * lower-case copy, so that comparing is a plain strcmp(). */
static char *
make_address_key (char *recipient)
{
  for (const char *p = recipient; *p != '\0'; p++)
    if (g_ascii_isupper (*p))
      return g_ascii_strdown (recipient, -1);

  return recipient;
}

static int
compare_addresses (BounceBatchRow *a,
                   BounceBatchRow *b)
{
  int order = strcmp (nonnull (a->recipient_key), nonnull (b->recipient_key));

  return order != 0 ? order : strcmp (nonnull (a->recipient), nonnull (b->recipient));
}

static void
bounce_batch_row_finalize (GObject *object)
{
  BounceBatchRow *self = (BounceBatchRow *)object;

  if (self->recipient_key != self->recipient)
    g_free (self->recipient_key);
  self->recipient_key = NULL;
  g_clear_pointer (&self->recipient, g_free);
  g_clear_pointer (&self->domain, atom_unref);
  g_clear_pointer (&self->status, atom_unref);
  g_clear_pointer (&self->provider, atom_unref);
  g_clear_pointer (&self->source, atom_unref);
  g_clear_pointer (&self->category_label, atom_unref);
  g_clear_pointer (&self->reason_label, atom_unref);

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
      g_value_set_string (value, nonnull (self->recipient));
      break;

    case PROP_DOMAIN:
      g_value_set_string (value, nonnull (atom_text (self->domain)));
      break;

    case PROP_REPLY_CODE:
      g_value_set_uint (value, self->reply_code);
      break;

    case PROP_STATUS:
      g_value_set_string (value, nonnull (atom_text (self->status)));
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
      g_value_set_string (value, nonnull (atom_text (self->provider)));
      break;

    case PROP_FILE:
      g_value_set_string (value, nonnull (atom_text (self->source)));
      break;

    case PROP_MESSAGE:
      g_value_set_uint (value, self->message);
      break;

    case PROP_HARD_BOUNCE:
      g_value_set_boolean (value, self->hard_bounce);
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

/* The knowledge base's plain title of a reason: "The mailbox is full". */
static const char *
describe_reason (const char *reason_key)
{
  BounceReason reason;
  const BounceKnowledgeEntry *entry;

  if (g_str_equal (reason_key, "not-bounce"))
    return _("Not a bounce");
  if (reason_key[0] == '\0')
    return _("Could not be read");
  if (!bounce_reason_from_string (reason_key, &reason) ||
      !(entry = bounce_knowledge_get_reason (reason)))
    return reason_key;

  return bounce_knowledge_entry_title (entry);
}

static BounceBatchRow *
row_new (BounceReport              *report,
         BounceRecord              *record,
         guint                      record_index,
         BounceBatchAtoms          *atoms,
         const BounceBatchLocation *location)
{
  BounceBatchRow *self;
  const GError *error;
  gint64 timestamp;

  self = g_object_new (BOUNCE_TYPE_BATCH_ROW, NULL);
  self->category = bounce_summary_row_category (report, record);
  self->message = bounce_report_get_index (report);
  self->record_index = record_index;
  self->kind = location->kind;
  self->ordinal = location->ordinal;
  self->input = location->input;
  self->position = location->position;
  self->offset = location->offset;
  self->length = location->length;
  self->source = atoms_get (atoms, bounce_report_get_source (report), FALSE);

  error = bounce_report_get_error (report);
  if (record != NULL)
    {
      g_autofree char *domain = bounce_record_dup_domain (record);

      self->recipient = g_strdup (bounce_record_get_recipient (record));
      if (self->recipient != NULL)
        self->recipient_key = make_address_key (self->recipient);
      self->domain = atoms_get (atoms, domain, TRUE);
      self->status = atoms_get (atoms, bounce_record_get_status (record), TRUE);
      self->provider = atoms_get (atoms, bounce_record_get_provider (record), TRUE);
      self->reply_code = MIN (bounce_record_get_reply_code (record), G_MAXUINT16);
      self->hard_bounce = bounce_record_get_hard_bounce (record);
      self->reason = bounce_reason_to_string (bounce_record_get_reason (record));
    }
  else if (error != NULL)
    self->reason = "";
  else if (bounce_report_get_kind (report) == BOUNCE_KIND_NOT_BOUNCE)
    self->reason = "not-bounce";
  else
    self->reason = bounce_reason_to_string (bounce_report_get_reason (report));

  self->category_label = atoms_get (atoms, bounce_summary_describe_category (self->category), TRUE);
  self->reason_label = atoms_get (atoms, describe_reason (self->reason), TRUE);

  /* When the bounce was written; the last attempt when the message has no date. */
  timestamp = bounce_parse_rfc5322_date (bounce_report_get_date (report));
  if (timestamp == 0 && record != NULL)
    timestamp = bounce_parse_rfc5322_date (bounce_record_get_last_attempt (record));
  self->timestamp = MAX (0, timestamp);

  return self;
}

/**
 * bounce_batch_row_append_for_report:
 * @rows: (element-type BounceBatchRow): where the rows go
 * @report: the report of one message
 * @atoms: the batch's shared strings
 * @location: where the message is, to read it again
 *
 * Appends the rows of @report, as the exports count them: one per record
 * of a bounce, else one. The rows keep no reference to @report.
 */
void
bounce_batch_row_append_for_report (GPtrArray                 *rows,
                                    BounceReport              *report,
                                    BounceBatchAtoms          *atoms,
                                    const BounceBatchLocation *location)
{
  guint n_records;

  g_return_if_fail (rows != NULL);
  g_return_if_fail (BOUNCE_IS_REPORT (report));
  g_return_if_fail (atoms != NULL);
  g_return_if_fail (location != NULL);

  n_records = bounce_report_get_n_records (report);

  if (bounce_report_get_error (report) != NULL ||
      !bounce_report_is_bounce (report) ||
      n_records == 0)
    {
      g_ptr_array_add (rows, row_new (report, NULL, 0, atoms, location));
      return;
    }

  for (guint i = 0; i < n_records; i++)
    g_ptr_array_add (rows, row_new (report, bounce_report_get_record (report, i), i, atoms, location));
}

/**
 * bounce_batch_row_get_location:
 * @self: a #BounceBatchRow
 * @location: (out caller-allocates): where the row's message is
 */
void
bounce_batch_row_get_location (BounceBatchRow      *self,
                               BounceBatchLocation *location)
{
  g_return_if_fail (BOUNCE_IS_BATCH_ROW (self));
  g_return_if_fail (location != NULL);

  location->kind = self->kind;
  location->ordinal = self->ordinal;
  location->input = self->input;
  location->position = self->position;
  location->offset = self->offset;
  location->length = self->length;
}

/* The file the message came from, as its report names it. */
const char *
bounce_batch_row_get_source (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return atom_text (self->source);
}

/* The report's number (bounce_report_get_index()). */
guint
bounce_batch_row_get_message (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), 0);

  return self->message;
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

  return self->recipient;
}

const char *
bounce_batch_row_get_domain (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return atom_text (self->domain);
}

guint
bounce_batch_row_get_reply_code (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), 0);

  return self->reply_code;
}

const char *
bounce_batch_row_get_status (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return atom_text (self->status);
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

  return atom_text (self->category_label);
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
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), NULL);

  return atom_text (self->reason_label);
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

  return atom_text (self->provider);
}

gboolean
bounce_batch_row_get_hard_bounce (BounceBatchRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (self), FALSE);

  return self->hard_bounce;
}

/**
 * bounce_batch_row_matches:
 * @self: a #BounceBatchRow
 * @folded_query: the search text in lower case
 *
 * Whether the search text appears in the recipient, domain, codes,
 * category, reason, provider or file name of the row. (The server's own
 * words are not kept for a hundred thousand rows: they are in the verdict.)
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
  if (self->reply_code != 0)
    g_snprintf (code, sizeof code, "%u", self->reply_code);

  return contains (self->recipient, folded_query) ||
         contains (atom_text (self->domain), folded_query) ||
         contains (atom_text (self->status), folded_query) ||
         contains (code, folded_query) ||
         contains (self->reason, folded_query) ||
         contains (atom_text (self->reason_label), folded_query) ||
         contains (atom_text (self->category_label), folded_query) ||
         contains (atom_text (self->provider), folded_query) ||
         contains (atom_text (self->source), folded_query);
}

/**
 * bounce_batch_row_compare:
 * @a: a #BounceBatchRow
 * @b: another
 * @column: the column to compare by
 *
 * Compares as the table sorts, ascending: text by its case-folded
 * collation key (made when the row was), recipients as addresses, codes
 * and dates as numbers.
 *
 * Returns: less than, equal to or greater than 0
 */
int
bounce_batch_row_compare (BounceBatchRow    *a,
                          BounceBatchRow    *b,
                          BounceBatchColumn  column)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (a), 0);
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (b), 0);
  g_return_val_if_fail (column < BOUNCE_BATCH_N_COLUMNS, 0);

  switch (column)
    {
    case BOUNCE_BATCH_COLUMN_RECIPIENT:
      return compare_addresses (a, b);

    case BOUNCE_BATCH_COLUMN_REPLY_CODE:
      return (a->reply_code > b->reply_code) - (a->reply_code < b->reply_code);

    case BOUNCE_BATCH_COLUMN_DATE:
      return (a->timestamp > b->timestamp) - (a->timestamp < b->timestamp);

    case BOUNCE_BATCH_COLUMN_DOMAIN:
      if (a->domain == b->domain)
        return 0;
      return strcmp (atom_key (a->domain), atom_key (b->domain));

    case BOUNCE_BATCH_COLUMN_STATUS:
      return strcmp (atom_key (a->status), atom_key (b->status));

    case BOUNCE_BATCH_COLUMN_CATEGORY:
      return strcmp (atom_key (a->category_label), atom_key (b->category_label));

    case BOUNCE_BATCH_COLUMN_REASON:
      return strcmp (atom_key (a->reason_label), atom_key (b->reason_label));

    case BOUNCE_BATCH_COLUMN_PROVIDER:
      return strcmp (atom_key (a->provider), atom_key (b->provider));

    case BOUNCE_BATCH_N_COLUMNS:
    default:
      g_return_val_if_reached (0);
    }
}

/**
 * bounce_batch_row_compare_arrival:
 * @a: a #BounceBatchRow
 * @b: another, of the same batch
 *
 * Compares in the order the rows were read: by message, then by recipient
 * within the message.
 *
 * Returns: less than, equal to or greater than 0
 */
int
bounce_batch_row_compare_arrival (BounceBatchRow *a,
                                  BounceBatchRow *b)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (a), 0);
  g_return_val_if_fail (BOUNCE_IS_BATCH_ROW (b), 0);

  if (a->ordinal != b->ordinal)
    return a->ordinal < b->ordinal ? -1 : 1;

  return (a->record_index > b->record_index) - (a->record_index < b->record_index);
}
