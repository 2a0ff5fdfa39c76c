/* bounce-freetext.c
 *
 * The free-text bounce scanner: shared string helpers, the table of format
 * recognisers and the public entry points. The recognisers look for cheap
 * markers first (sender, subject, header names, the first lines of the body)
 * and only then walk the text line by line; nothing here can backtrack, so
 * the time spent is linear in the size of the input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-freetext-private.h"

/* Lines longer than this are still scanned, but diagnostic text copied out
 * of them is cut: nobody reads a megabyte of server reply. */
#define MAX_DIAGNOSTIC_LEN 4096

gboolean
_bounce_lines_next (BounceLines  *it,
                    const char  **line,
                    gsize        *len)
{
  const char *eol;

  if (it->pos == NULL || *it->pos == '\0')
    return FALSE;

  eol = strchr (it->pos, '\n');
  *line = it->pos;

  if (eol != NULL)
    {
      *len = eol - it->pos;
      it->pos = eol + 1;
    }
  else
    {
      *len = strlen (it->pos);
      it->pos += *len;
    }

  /* Stray CRs survive normalisation in some inputs; they are never content. */
  while (*len > 0 && (*line)[*len - 1] == '\r')
    (*len)--;

  return TRUE;
}

gboolean
_bounce_ascii_has_prefix (const char *line,
                          gsize       len,
                          const char *prefix)
{
  gsize plen = strlen (prefix);

  return plen <= len && g_ascii_strncasecmp (line, prefix, plen) == 0;
}

const char *
_bounce_ascii_find (const char *text,
                    gsize       len,
                    const char *needle)
{
  gsize nlen = strlen (needle);

  if (nlen == 0 || nlen > len)
    return NULL;

  /* memmem() is a GNU extension; this is the same walk with memchr(). */
  for (const char *p = text; (p = memchr (p, needle[0], text + len - p)) != NULL; p++)
    {
      if ((gsize) (text + len - p) < nlen)
        return NULL;
      if (memcmp (p, needle, nlen) == 0)
        return p;
    }

  return NULL;
}

const char *
_bounce_ascii_find_case (const char *text,
                         gsize       len,
                         const char *needle)
{
  gsize nlen = strlen (needle);
  char first_lower;
  char first_upper;

  if (nlen == 0 || nlen > len)
    return NULL;

  first_lower = g_ascii_tolower (needle[0]);
  first_upper = g_ascii_toupper (needle[0]);

  /* Needles are short constants, so this is linear in practice. */
  for (gsize i = 0; i + nlen <= len; i++)
    {
      if (text[i] != first_lower && text[i] != first_upper)
        continue;
      if (g_ascii_strncasecmp (text + i, needle, nlen) == 0)
        return text + i;
    }

  return NULL;
}

gboolean
_bounce_line_is_blank (const char *line,
                       gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (line[i]))
      return FALSE;

  return TRUE;
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* Reads 1 to @max digits at @p; returns how many. */
static gsize
read_digits (const char *p,
             const char *end,
             gsize       max)
{
  gsize n = 0;

  while (p + n < end && n < max && g_ascii_isdigit (p[n]))
    n++;

  /* More digits than allowed means this is some other number. */
  if (p + n < end && g_ascii_isdigit (p[n]))
    return 0;

  return n;
}

const char *
_bounce_find_status (const char *text,
                     gsize       len,
                     gsize      *status_len)
{
  const char *end = text + len;

  for (const char *p = text; p + 5 <= end; p++)
    {
      const char *q;
      gsize n;

      if (*p != '2' && *p != '4' && *p != '5')
        continue;
      if (p > text && (is_word_char (p[-1]) || p[-1] == '.' || p[-1] == '-' || p[-1] == '@'))
        continue;
      if (p[1] != '.')
        continue;

      q = p + 2;
      n = read_digits (q, end, 3);
      if (n == 0)
        continue;
      /* RFC 3463 subjects are 0 to 7; anything else is a version number. */
      if (n > 1 || *q > '7')
        continue;
      q += n;
      if (q >= end || *q != '.')
        continue;
      q++;
      n = read_digits (q, end, 3);
      if (n == 0)
        continue;
      q += n;

      /* "5.1.1.4" or "5.1.1a" is a version or an address, not a status. */
      if (q < end && (is_word_char (*q) || *q == '@' || *q == '-'))
        continue;
      if (q < end && *q == '.' && q + 1 < end && g_ascii_isdigit (q[1]))
        continue;

      *status_len = q - p;
      return p;
    }

  return NULL;
}

const char *
_bounce_find_reply_code (const char *text,
                         gsize       len,
                         guint      *code)
{
  const char *end = text + len;

  for (const char *p = text; p + 3 <= end; p++)
    {
      char next;

      if (*p != '4' && *p != '5')
        continue;
      if (p[1] < '0' || p[1] > '5' || !g_ascii_isdigit (p[2]))
        continue;
      if (p > text && (is_word_char (p[-1]) || strchr (".-@+$%/", p[-1]) != NULL))
        continue;

      next = p + 3 < end ? p[3] : ' ';
      if (is_word_char (next) || strchr ("@%/+", next) != NULL)
        continue;
      /* "550.3" or "450:12" are numbers of something else. */
      if ((next == '.' || next == ':' || next == ',') && p + 4 < end && g_ascii_isdigit (p[4]))
        continue;

      *code = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
      return p;
    }

  return NULL;
}

static gboolean
is_local_char (char c)
{
  return g_ascii_isalnum (c) || (c != '\0' && strchr ("!#$%&'*+/=?^_`{|}~.-", c) != NULL) ||
         (guchar) c >= 0x80;
}

static gboolean
is_domain_char (char c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '-' || c == '_' || (guchar) c >= 0x80;
}

const char *
_bounce_find_address (const char *text,
                      gsize       len,
                      gsize      *addr_len)
{
  const char *end = text + len;
  const char *at = text;

  while ((at = memchr (at, '@', end - at)) != NULL)
    {
      const char *start = at;
      const char *stop = at + 1;
      gboolean has_dot = FALSE;

      while (start > text && is_local_char (start[-1]))
        start--;
      while (stop < end && is_domain_char (*stop))
        {
          if (*stop == '.')
            has_dot = TRUE;
          stop++;
        }
      while (stop > at + 1 && (stop[-1] == '.' || stop[-1] == '-'))
        stop--;
      while (start < at && (*start == '.' || *start == '\''))
        start++;

      if (start < at && stop > at + 1 && has_dot && memchr (at + 1, '.', stop - at - 1) != NULL)
        {
          *addr_len = stop - start;
          return start;
        }

      at++;
    }

  return NULL;
}

char *
_bounce_strip_dup (const char *text,
                   gsize       len)
{
  while (len > 0 && g_ascii_isspace (*text))
    {
      text++;
      len--;
    }
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;

  return g_strndup (text, len);
}

char *
_bounce_clean_address (const char *text,
                       gsize       len)
{
  const char *addr;
  gsize addr_len = 0;

  addr = _bounce_find_address (text, len, &addr_len);
  if (addr == NULL)
    return NULL;

  return g_strndup (addr, addr_len);
}

static BounceFreetextHit *
hit_new (BounceFreetextScan *scan)
{
  BounceFreetextHit *hit = g_new0 (BounceFreetextHit, 1);

  hit->mta = scan->mta;
  g_ptr_array_add (scan->hits, hit);

  return hit;
}

BounceFreetextHit *
_bounce_freetext_scan_add (BounceFreetextScan *scan,
                           const char         *recipient,
                           gsize               len)
{
  g_autofree char *addr = _bounce_clean_address (recipient, len);

  if (addr == NULL)
    return NULL;

  for (guint i = 0; i < scan->hits->len; i++)
    {
      BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

      if (hit->recipient != NULL && g_ascii_strcasecmp (hit->recipient, addr) == 0)
        return hit;
    }

  if (scan->hits->len >= scan->max_recipients)
    return NULL;

  {
    BounceFreetextHit *hit = hit_new (scan);
    hit->recipient = g_steal_pointer (&addr);
    return hit;
  }
}

BounceFreetextHit *
_bounce_freetext_scan_add_anonymous (BounceFreetextScan *scan)
{
  if (scan->hits->len >= scan->max_recipients)
    return NULL;

  return hit_new (scan);
}

void
_bounce_freetext_hit_take_codes (BounceFreetextHit *hit,
                                 const char        *text,
                                 gsize              len)
{
  if (hit->status == NULL)
    {
      gsize slen = 0;
      const char *s = _bounce_find_status (text, len, &slen);

      if (s != NULL)
        hit->status = g_strndup (s, slen);
    }

  if (hit->reply_code == 0)
    {
      guint code = 0;

      if (_bounce_find_reply_code (text, len, &code) != NULL)
        hit->reply_code = code;
    }
}

void
_bounce_freetext_hit_set_diagnostic (BounceFreetextHit *hit,
                                     const char        *text,
                                     gsize              len)
{
  g_clear_pointer (&hit->diagnostic, g_free);
  _bounce_freetext_hit_append_diagnostic (hit, text, len);
}

void
_bounce_freetext_hit_append_diagnostic (BounceFreetextHit *hit,
                                        const char        *text,
                                        gsize              len)
{
  g_autofree char *piece = NULL;
  gsize have = hit->diagnostic ? strlen (hit->diagnostic) : 0;

  if (have >= MAX_DIAGNOSTIC_LEN)
    return;
  if (len > MAX_DIAGNOSTIC_LEN - have)
    len = MAX_DIAGNOSTIC_LEN - have;

  piece = _bounce_strip_dup (text, len);
  if (*piece == '\0')
    return;

  _bounce_freetext_hit_take_codes (hit, piece, strlen (piece));

  if (hit->diagnostic == NULL)
    hit->diagnostic = g_steal_pointer (&piece);
  else
    {
      char *joined = g_strconcat (hit->diagnostic, " ", piece, NULL);

      g_free (hit->diagnostic);
      hit->diagnostic = joined;
    }
}

/* Lines where a returned copy of the original message begins: nothing after
 * them is about delivery. */
static gboolean
line_starts_original (const char *line,
                      gsize       len)
{
  static const char *markers[] = {
    "------ This is a copy of the message",
    "----- Original message -----",
    "-----Original Message-----",
    "--- Below this line is a copy of the message",
    "------ The header of the original message",
    "----- The following is a copy of the message",
    "   ----- Original message -----",
    "Original message headers:",
    "Original Message Headers",
    "Return-Path:",
    "Received: ",
    "Message-ID:",
    "Message-Id:",
    "DKIM-Signature:",
  };

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    if (_bounce_ascii_has_prefix (line, len, markers[i]))
      return TRUE;

  return FALSE;
}

/* The fallback for text nobody signed: any line that names an address and an
 * SMTP reply, or a reply that follows a line naming an address. */
void
_bounce_freetext_scan_generic (BounceFreetextScan *scan)
{
  BounceLines it;
  const char *line;
  gsize len;
  g_autofree char *pending = NULL;
  BounceFreetextHit *last = NULL;
  const char *anon_line = NULL;
  gsize anon_len = 0;

  if (scan->input->body == NULL)
    return;

  _bounce_lines_init (&it, scan->input->body);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *addr;
      const char *code_at;
      const char *status_at;
      const char *rcpt;
      gsize addr_len = 0;
      gsize status_len = 0;
      guint code = 0;

      if (line_starts_original (line, len))
        break;

      if (_bounce_line_is_blank (line, len))
        {
          last = NULL;
          continue;
        }

      /* An indented line right after a reply continues it. */
      if (last != NULL && (line[0] == ' ' || line[0] == '\t') &&
          _bounce_find_address (line, len, &addr_len) == NULL)
        {
          _bounce_freetext_hit_append_diagnostic (last, line, len);
          continue;
        }
      last = NULL;

      code_at = _bounce_find_reply_code (line, len, &code);
      status_at = _bounce_find_status (line, len, &status_len);

      rcpt = _bounce_ascii_find_case (line, len, "RCPT TO:");
      if (rcpt != NULL)
        addr = _bounce_find_address (rcpt, line + len - rcpt, &addr_len);
      else
        addr = _bounce_find_address (line, len, &addr_len);

      if (code_at == NULL && status_at == NULL)
        {
          if (addr != NULL)
            {
              g_free (pending);
              pending = g_strndup (addr, addr_len);
            }
          continue;
        }

      {
        const char *diag = code_at;
        BounceFreetextHit *hit = NULL;

        if (diag == NULL || (status_at != NULL && status_at < diag))
          diag = status_at;

        if (addr != NULL)
          hit = _bounce_freetext_scan_add (scan, addr, addr_len);
        else if (pending != NULL)
          hit = _bounce_freetext_scan_add (scan, pending, strlen (pending));
        else
          {
            if (anon_line == NULL)
              {
                anon_line = diag;
                anon_len = line + len - diag;
              }
            continue;
          }

        if (hit == NULL)
          continue;
        if (hit->diagnostic == NULL)
          {
            _bounce_freetext_hit_set_diagnostic (hit, diag, line + len - diag);
            last = hit;
          }
        g_clear_pointer (&pending, g_free);
      }
    }

  /* Pasted text often has the reply but no recipient at all. */
  if (scan->hits->len == 0 && anon_line != NULL)
    {
      BounceFreetextHit *hit = _bounce_freetext_scan_add_anonymous (scan);

      if (hit != NULL)
        _bounce_freetext_hit_set_diagnostic (hit, anon_line, anon_len);
    }

  for (guint i = 0; i < scan->hits->len; i++)
    {
      BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

      if (hit->action == NULL && (hit->reply_code >= 500 || (hit->status && hit->status[0] == '5')))
        hit->action = g_strdup ("failed");
    }
}

static gboolean
detect_generic (const BounceFreetextInput *input)
{
  return input->body != NULL;
}

static const BounceFreetextFormat formats[] = {
  { "generic", detect_generic, _bounce_freetext_scan_generic },
};

static const BounceFreetextFormat *
find_format (const BounceFreetextInput *input)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].detect (input))
      return &formats[i];

  return NULL;
}

/**
 * bounce_freetext_detect:
 * @input: the message as text
 *
 * Returns: (nullable): the static name of the format that wrote @input, or
 *   %NULL when there is no text to scan
 */
const char *
bounce_freetext_detect (const BounceFreetextInput *input)
{
  const BounceFreetextFormat *format;

  g_return_val_if_fail (input != NULL, NULL);

  format = find_format (input);

  return format ? format->name : NULL;
}

/**
 * bounce_freetext_scan:
 * @input: the message as text
 * @max_recipients: the most hits to return
 *
 * Returns: (transfer full) (element-type BounceFreetextHit): the failed
 *   recipients found, possibly none
 */
GPtrArray *
bounce_freetext_scan (const BounceFreetextInput *input,
                      guint                      max_recipients)
{
  const BounceFreetextFormat *format;
  BounceFreetextScan scan = { 0 };

  g_return_val_if_fail (input != NULL, NULL);

  scan.input = input;
  scan.hits = g_ptr_array_new_with_free_func ((GDestroyNotify) bounce_freetext_hit_free);
  scan.max_recipients = max_recipients;

  format = find_format (input);
  if (format == NULL || max_recipients == 0)
    return scan.hits;

  scan.mta = format->name;
  format->scan (&scan);

  return scan.hits;
}

void
bounce_freetext_hit_free (BounceFreetextHit *hit)
{
  if (hit == NULL)
    return;

  g_free (hit->recipient);
  g_free (hit->status);
  g_free (hit->diagnostic);
  g_free (hit->remote_mta);
  g_free (hit->action);
  g_free (hit);
}
