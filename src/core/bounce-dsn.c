/* bounce-dsn.c
 *
 * The field groups of a message/delivery-status body (RFC 3464 §2.1): header
 * style "Name: value" lines, folded with leading white space, separated into
 * groups by blank lines. Real servers get this wrong in many ways (no blank line
 * between groups, stray text, CR-only line ends, odd case), so the parser is a
 * single linear pass that keeps what looks like a field and skips the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-dsn.h"

/* A value longer than this is cut: nothing legitimate in a DSN comes close,
 * and it keeps hostile input from making us copy megabytes per field. */
#define MAX_VALUE_LENGTH (16 * 1024)

/* The strings of every group live in one GStringChunk kept behind the public
 * struct: a few blocks per delivery-status part instead of three small
 * allocations (name, value, type) per field. The arrays only borrow them. */
typedef struct
{
  BounceDsn     dsn;
  GStringChunk *strings;
} DsnPrivate;

/* A group and its fields are two allocations: three arrays of names, values
 * and types cost seven allocations and as many frees per group. */
/* Inline: g_ascii_tolower () is a function call per byte. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static BounceDsnGroup *
group_new (void)
{
  BounceDsnGroup *group = g_new (BounceDsnGroup, 1);

  /* Room for a typical group's fields, so that adding them does not
   * reallocate. */
  group->allocated = 12;
  group->n_fields = 0;
  group->fields = g_new (BounceDsnField, group->allocated);

  return group;
}

static void
group_free (BounceDsnGroup *group)
{
  if (group == NULL)
    return;

  g_free (group->fields);
  g_free (group);
}

static gboolean
group_has (BounceDsnGroup *group,
           const char     *name)
{
  for (guint i = 0; i < group->n_fields; i++)
    if (strcmp (group->fields[i].name, name) == 0)
      return TRUE;

  return FALSE;
}

/* The field names of RFC 3464 and common extensions, sorted. Those marked
 * are the recipient fields (Final-Recipient, Original-Recipient,
 * X-Actual-Recipient) and the other fields that only make sense inside a
 * recipient group: seeing one after a blank line starts a new group even
 * when the server left out Final-Recipient. A known name is stored as the
 * literal here, not copied. */
static const struct
{
  const char *name;
  gboolean    in_recipient_group;
} known_fields[] = {
  { "action", TRUE }, { "arrival-date", FALSE }, { "diagnostic-code", TRUE },
  { "dsn-gateway", FALSE }, { "final-log-id", TRUE }, { "final-recipient", TRUE },
  { "last-attempt-date", TRUE }, { "original-envelope-id", FALSE },
  { "original-recipient", TRUE }, { "received-from-mta", FALSE }, { "remote-mta", TRUE },
  { "reporting-mta", FALSE }, { "status", TRUE }, { "will-retry-until", TRUE },
  { "x-actual-recipient", TRUE }, { "x-postfix-queue-id", FALSE }, { "x-postfix-sender", FALSE },
};

/* The index of @name (lower case) in known_fields, or -1. The first letter
 * rules out most entries before a comparison. */
static int
known_field (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_fields); i++)
    if (known_fields[i].name[0] == name[0] && strcmp (known_fields[i].name, name) == 0)
      return i;

  return -1;
}

/* Splits "rfc822; user@example.com" (@length bytes at @value, trimmed) into
 * type and value. Only a short token before the first ';' counts as a type,
 * so "Mon, 1 Jan" or free text with a semicolon later on are left alone. */
static void
split_type (GStringChunk  *strings,
            const char    *value,
            gsize          length,
            const char   **type,
            const char   **rest)
{
  const char *end = value + length;
  const char *p = value;
  const char *semi;

  /* A longer token is no type: no need to read past its 33rd byte. */
  while (p < end && p - value <= 32 &&
         (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.'))
    p++;

  semi = p;
  while (semi < end && (*semi == ' ' || *semi == '\t'))
    semi++;

  if (p > value && p - value <= 32 && semi < end && *semi == ';')
    {
      char *lower = g_string_chunk_insert_len (strings, value, p - value);
      const char *r = semi + 1;

      for (char *c = lower; *c != '\0'; c++)
        *c = ascii_lower (*c);
      *type = lower;
      /* The end is trimmed already. */
      while (r < end && g_ascii_isspace (*r))
        r++;
      *rest = g_string_chunk_insert_len (strings, r, end - r);
    }
  else
    {
      *type = "";
      *rest = g_string_chunk_insert_len (strings, value, length);
    }
}

/* Adds the field @name (at @known in known_fields, or -1) with the @length
 * bytes at @value, up to a NUL in them, trimmed where they lie (as
 * g_strstrip () would) rather than moved. */
static void
group_add (BounceDsnGroup *group,
           GStringChunk   *strings,
           const char     *name,
           int             known,
           const char     *value,
           gsize           length)
{
  const char *start = value;
  const char *end = start + strnlen (start, length);
  BounceDsnField *field;

  if (group->n_fields == group->allocated)
    {
      group->allocated *= 2;
      group->fields = g_renew (BounceDsnField, group->fields, group->allocated);
    }
  field = &group->fields[group->n_fields++];

  /* The value is a slice of the text: white space after it is no part of it. */
  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  split_type (strings, start, end - start, &field->type, &field->value);
  field->name = known >= 0 ? known_fields[known].name : g_string_chunk_insert (strings, name);
}

typedef struct
{
  BounceDsn      *dsn;
  GStringChunk   *strings;
  BounceDsnGroup *current;       /* recipient group being filled, or NULL */
  guint           max_recipients;
  gboolean        closed;        /* a blank line was seen since the last field */
  gboolean        truncated;
  gboolean        dropping;      /* over the recipient limit: skip the group */
} ParseState;

static void
state_add_field (ParseState *state,
                 const char *name,
                 const char *value,
                 gsize       length)
{
  gboolean start_group = FALSE;
  int known;
  gboolean in_recipient_group;

  /* Over the limit every later group is dropped too. */
  if (state->dropping)
    return;

  known = known_field (name);
  in_recipient_group = known >= 0 && known_fields[known].in_recipient_group;

  /* Inside a blank-line delimited block the fields of a group come in any
   * order (Facebook and Amazon SES put Final-Recipient last); a recipient
   * field seen a second time means the server left out the blank line
   * between two groups. */
  if (state->current == NULL || state->closed)
    {
      if (in_recipient_group)
        start_group = TRUE;
      else if (state->current == NULL)
        {
          group_add (state->dsn->message, state->strings, name, known, value, length);
          state->closed = FALSE;
          return;
        }
      else
        start_group = TRUE;
    }
  else if (in_recipient_group && group_has (state->current, name))
    start_group = TRUE;

  if (start_group)
    {
      state->current = NULL;
      state->dropping = FALSE;

      if (state->dsn->recipients->len >= state->max_recipients)
        {
          state->truncated = TRUE;
          state->dropping = TRUE;
        }
      else
        {
          state->current = group_new ();
          g_ptr_array_add (state->dsn->recipients, state->current);
        }
    }

  state->closed = FALSE;

  if (state->dropping || state->current == NULL)
    return;

  group_add (state->current, state->strings, name, known, value, length);
}

/* Returns the length of a field name at @line (up to the colon), or 0 when the
 * line is not a field. */
static gsize
field_name_length (const char *line,
                   gsize       length)
{
  gsize i;

  for (i = 0; i < length && i < 80; i++)
    {
      char c = line[i];

      if (c == ':')
        return i;
      if (!(g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.'))
        return 0;
    }

  return 0;
}

/**
 * bounce_dsn_parse:
 * @text: the body of a delivery-status part (need not be nul-terminated)
 * @length: its length in bytes, or -1 for a nul-terminated string
 * @max_recipients: stop keeping recipient groups after this many
 * @truncated: (out) (optional): set to %TRUE when groups were dropped
 *
 * Parses the per-message and per-recipient field groups. Never fails: garbage
 * lines are skipped, and an empty result has no recipients.
 *
 * Returns: (transfer full): the parsed groups
 */
BounceDsn *
bounce_dsn_parse (const char *text,
                  gsize       length,
                  guint       max_recipients,
                  gboolean   *truncated)
{
  /* A field's value is read where it lies in @text; only a folded one is
   * joined in @folded. */
  g_autoptr(GString) folded = g_string_new (NULL);
  const char *value = NULL;
  gsize value_length = 0;
  char name_buffer[81];          /* field_name_length() stops at 80 */
  const char *name = NULL;
  ParseState state = { 0 };
  DsnPrivate *priv;
  const char *p;
  const char *end;

  priv = g_new0 (DsnPrivate, 1);
  /* Blocks of 512 bytes: glibc serves 1 KiB and more from its large bins,
   * and each such request after small frees consolidates the heap. */
  priv->strings = g_string_chunk_new (512);
  state.dsn = &priv->dsn;
  state.strings = priv->strings;
  state.dsn->message = group_new ();
  state.dsn->recipients = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  state.max_recipients = max_recipients;

  if (text == NULL)
    length = 0;
  else if (length == (gsize) -1)
    length = strlen (text);

  p = text;
  end = text + length;

  while (p != NULL && p < end)
    {
      const char *line = p;
      const char *eol;
      const char *cr;
      gsize line_length;
      gsize name_length;

      /* Accept LF, CRLF and bare CR as line ends: the first of the two
       * characters ends the line (memchr() scans a word at a time). */
      eol = memchr (line, '\n', end - line);
      if (eol == NULL)
        eol = end;
      cr = memchr (line, '\r', eol - line);
      if (cr != NULL)
        eol = cr;
      line_length = eol - line;

      if (eol < end && *eol == '\r' && eol + 1 < end && eol[1] == '\n')
        p = eol + 2;
      else
        p = eol + 1;

      if (line_length > 0 && (line[0] == ' ' || line[0] == '\t'))
        {
          const char *s = line;
          const char *e = line + line_length;

          while (s < e && (*s == ' ' || *s == '\t'))
            s++;

          if (s < e)
            {
              if (name != NULL && value_length < MAX_VALUE_LENGTH)
                {
                  if (value != folded->str)
                    {
                      g_string_truncate (folded, 0);
                      g_string_append_len (folded, value, value_length);
                    }
                  while (folded->len > 0 && g_ascii_isspace (folded->str[folded->len - 1]))
                    g_string_truncate (folded, folded->len - 1);
                  g_string_append_c (folded, ' ');
                  g_string_append_len (folded, s, MIN ((gsize) (e - s), MAX_VALUE_LENGTH));
                  value = folded->str;
                  value_length = folded->len;
                }
              continue;
            }

          /* A line of white space only is a separator, not a continuation. */
          line_length = 0;
        }

      /* Any other line ends the field being collected. */
      if (name != NULL)
        {
          state_add_field (&state, name, value, value_length);
          name = NULL;
        }

      if (line_length == 0)
        {
          state.closed = TRUE;
          continue;
        }

      name_length = field_name_length (line, line_length);
      if (name_length == 0)
        continue; /* garbage */

      for (gsize i = 0; i < name_length; i++)
        name_buffer[i] = ascii_lower (line[i]);
      name_buffer[name_length] = '\0';
      name = name_buffer;
      value = line + name_length + 1;
      value_length = MIN (line_length - name_length - 1, MAX_VALUE_LENGTH);
    }

  if (name != NULL)
    state_add_field (&state, name, value, value_length);

  if (truncated != NULL)
    *truncated = state.truncated;

  return state.dsn;
}

void
bounce_dsn_free (BounceDsn *dsn)
{
  if (dsn == NULL)
    return;

  group_free (dsn->message);
  g_ptr_array_unref (dsn->recipients);
  g_string_chunk_free (((DsnPrivate *) dsn)->strings);
  g_free (dsn);
}

static int
group_find (BounceDsnGroup *group,
            const char     *name)
{
  char lower[81];
  gsize length;

  if (group == NULL || name == NULL)
    return -1;

  /* Names are stored lower-cased and at most 80 bytes long: lower-casing
   * @name once lets strcmp () compare, which costs a fraction of
   * g_ascii_strcasecmp () per field. */
  length = strnlen (name, sizeof lower);
  if (length == sizeof lower)
    return -1;
  for (gsize i = 0; i <= length; i++)
    lower[i] = ascii_lower (name[i]);

  for (guint i = 0; i < group->n_fields; i++)
    {
      const char *candidate = group->fields[i].name;

      if (candidate[0] == lower[0] && strcmp (candidate, lower) == 0)
        return i;
    }

  return -1;
}

/* The first value of the field @name (case-insensitive), without its type
 * prefix, or %NULL. Empty values count as missing. */
const char *
bounce_dsn_group_get (BounceDsnGroup *group,
                      const char     *name)
{
  int i = group_find (group, name);
  const char *value;

  if (i < 0)
    return NULL;

  value = group->fields[i].value;

  return value[0] != '\0' ? value : NULL;
}

/* The type prefix of the field @name ("rfc822", "smtp", "dns"), "" when it had
 * none, or %NULL when the field is missing. */
const char *
bounce_dsn_group_get_type (BounceDsnGroup *group,
                           const char     *name)
{
  int i = group_find (group, name);

  if (i < 0)
    return NULL;

  return group->fields[i].type;
}
