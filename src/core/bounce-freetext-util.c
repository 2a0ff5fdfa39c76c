/* bounce-freetext-util.c
 *
 * String scanners shared by the free-text recognisers. Each function looks at
 * every byte a bounded number of times, so a megabyte-long line costs a
 * megabyte of work and no more.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-freetext-private.h"
#include "bounce-utf8-private.h"

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

/* Inline: g_ascii_tolower () is a function call per byte. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

gboolean
_bounce_ascii_has_prefix (const char *line,
                          gsize       len,
                          const char *prefix)
{
  gsize i;

  /* A NUL in @line never equals a byte of @prefix. */
  for (i = 0; prefix[i] != '\0'; i++)
    if (i >= len || ascii_lower (line[i]) != ascii_lower (prefix[i]))
      return FALSE;

  return TRUE;
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

  first_lower = ascii_lower (needle[0]);
  first_upper = first_lower >= 'a' && first_lower <= 'z' ? first_lower - ('a' - 'A') : first_lower;

  /* Needles are short constants, so this stays linear in the text. The
   * candidates are found with memchr () for each case of the first byte,
   * each cursor only moving forward; the comparison is inline, as
   * g_ascii_strncasecmp () per candidate cost more than the scan. A NUL
   * inside @text never equals a needle byte. */
  {
    const char *last = text + (len - nlen);   /* the last possible start */
    const char *lower = memchr (text, first_lower, len - nlen + 1);
    const char *upper = first_upper == first_lower ? NULL : memchr (text, first_upper, len - nlen + 1);

    while (lower != NULL || upper != NULL)
      {
        const char *at;
        gsize j = 1;

        if (upper == NULL || (lower != NULL && lower < upper))
          {
            at = lower;
            lower = at < last ? memchr (at + 1, first_lower, (gsize) (last - at)) : NULL;
          }
        else
          {
            at = upper;
            upper = at < last ? memchr (at + 1, first_upper, (gsize) (last - at)) : NULL;
          }

        while (j < nlen && ascii_lower (at[j]) == ascii_lower (needle[j]))
          j++;
        if (j == nlen)
          return at;
      }
  }

  return NULL;
}

const char *
_bounce_str_find_case (const char *text,
                       const char *needle)
{
  if (text == NULL)
    return NULL;

  return _bounce_ascii_find_case (text, strlen (text), needle);
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

gsize
_bounce_line_indent (const char *line,
                     gsize       len)
{
  gsize n = 0;

  while (n < len && (line[n] == ' ' || line[n] == '\t'))
    n++;

  return n;
}

const char *
_bounce_skip_space (const char *line,
                    gsize      *len)
{
  while (*len > 0 && g_ascii_isspace (*line))
    {
      line++;
      (*len)--;
    }

  return line;
}

char *
_bounce_strip_dup (const char *text,
                   gsize       len)
{
  text = _bounce_skip_space (text, &len);
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;

  return g_strndup (text, len);
}

/* Adds one more line to a diagnostic gathered from several, after
 * @separator. Only the beginning is kept as a diagnostic anyway, so past
 * %BOUNCE_FREETEXT_MAX_DIAGNOSTIC bytes the line is dropped. */
void
_bounce_diagnostic_add_line (GString    *text,
                             char        separator,
                             const char *line,
                             gsize       len)
{
  if (text->len >= BOUNCE_FREETEXT_MAX_DIAGNOSTIC)
    return;
  if (text->len > 0)
    g_string_append_c (text, separator);
  g_string_append_len (text, line, MIN (len, BOUNCE_FREETEXT_MAX_DIAGNOSTIC));
}

/* Adds to @text the lines from @start on, joined by newlines, up to a line
 * starting with one of @until or the returned original message, and with
 * @blank_ends up to a blank line once @text holds something. Past @max bytes
 * it stops: callers that keep only the beginning needn't read the rest. */
void
_bounce_gather_lines (GString            *text,
                      const char         *start,
                      const char * const *until,
                      gboolean            blank_ends,
                      gsize               max)
{
  BounceLines it;
  const char *line;
  gsize len;

  _bounce_lines_init (&it, start);
  while (_bounce_lines_next (&it, &line, &len))
    {
      if (_bounce_line_has_prefix_any (line, len, until) ||
          _bounce_line_starts_original (line, len))
        break;
      if (_bounce_line_is_blank (line, len))
        {
          if (blank_ends && text->len > 0)
            break;
          continue;
        }
      if (text->len >= max)
        break;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_len (text, line, MIN (len, max));
    }
}

/* Returns the start of the line after the first line containing @marker. */
const char *
_bounce_find_line_after (const char *text,
                         const char *marker)
{
  const char *hit;
  const char *eol;

  if (text == NULL)
    return NULL;

  hit = strstr (text, marker);
  if (hit == NULL)
    return NULL;

  eol = strchr (hit, '\n');

  return eol ? eol + 1 : hit + strlen (hit);
}

gboolean
_bounce_line_has_any (const char         *line,
                      gsize               len,
                      const char * const *needles)
{
  if (needles == NULL)
    return FALSE;

  for (guint i = 0; needles[i] != NULL; i++)
    if (_bounce_ascii_find (line, len, needles[i]) != NULL)
      return TRUE;

  return FALSE;
}

gboolean
_bounce_line_has_prefix_any (const char         *line,
                             gsize               len,
                             const char * const *prefixes)
{
  char first;

  if (prefixes == NULL)
    return FALSE;

  line = _bounce_skip_space (line, &len);
  if (len == 0)
    return FALSE;

  /* Most lines differ at the first byte: check it before anything else. */
  first = ascii_lower (line[0]);
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (ascii_lower (prefixes[i][0]) == first &&
        _bounce_ascii_has_prefix (line, len, prefixes[i]))
      return TRUE;

  return FALSE;
}

gboolean
_bounce_text_has_any (const char         *text,
                      const char * const *needles)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; needles[i] != NULL; i++)
    if (_bounce_body_has (text, needles[i]))
      return TRUE;

  return FALSE;
}

/* Finding the format of a bounce asks a hundred or more "does the text say
 * X?" of the same text, each a search of all of it. While the format is
 * sought and the hits finished, a set of the text's 4-byte sequences
 * (hashed into a bitmap) lets
 * most of these questions be answered no without searching: a needle with
 * a sequence the text lacks can't occur in it. Only a "maybe" is searched.
 * The filter belongs to one thread and one text, and only applies to that
 * very string, between _bounce_body_filter_begin () and _end (). */
#define GRAM_BITS (1 << 15)

typedef struct
{
  const char *body;
  guint64     bits[GRAM_BITS / 64];
} BodyFilter;

static GPrivate body_filter_key = G_PRIVATE_INIT (g_free);

/* The filter between _begin () and _end () on this thread: the GPrivate
 * owns it, but looking it up there for each of the questions cost a good
 * part of what answering them did. */
static _Thread_local const BodyFilter *active_filter;

static inline guint
gram_hash (const guchar *p)
{
  guint32 g = (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;

  return (g * 2654435761u) >> (32 - 15);
}

void
_bounce_body_filter_begin (const char *body)
{
  BodyFilter *filter = g_private_get (&body_filter_key);
  const guchar *s = (const guchar *) body;
  gsize len;

  if (filter == NULL)
    {
      filter = g_new0 (BodyFilter, 1);
      g_private_set (&body_filter_key, filter);
    }

  filter->body = NULL;
  active_filter = filter;
  if (body == NULL)
    return;

  memset (filter->bits, 0, sizeof filter->bits);
  len = strlen (body);
  for (gsize i = 0; i + 4 <= len; i++)
    {
      guint h = gram_hash (s + i);

      filter->bits[h / 64] |= G_GUINT64_CONSTANT (1) << (h % 64);
    }
  filter->body = body;
}

void
_bounce_body_filter_end (void)
{
  BodyFilter *filter = g_private_get (&body_filter_key);

  if (filter != NULL)
    filter->body = NULL;
  active_filter = NULL;
}

/* strstr (@body, @needle) != NULL, answered from the filter when it can. */
gboolean
_bounce_body_has (const char *body,
                  const char *needle)
{
  const BodyFilter *filter = active_filter;

  if (body == NULL)
    return FALSE;

  if (filter != NULL && filter->body == body)
    {
      const guchar *n = (const guchar *) needle;

      for (gsize j = 0; n[j] != '\0' && n[j + 1] != '\0' && n[j + 2] != '\0' && n[j + 3] != '\0'; j++)
        {
          guint h = gram_hash (n + j);

          if ((filter->bits[h / 64] & (G_GUINT64_CONSTANT (1) << (h % 64))) == 0)
            return FALSE;
        }
    }

  return strstr (body, needle) != NULL;
}

/* Lines where a returned copy of the original message begins: nothing after
 * them is about delivery, and their To: and From: would look like recipients. */
gboolean
_bounce_line_starts_original (const char *line,
                              gsize       len)
{
  static const char * const markers[] = {
    "------ This is a copy of ",
    "----- Original message -----",
    "-----Original Message-----",
    "--- Below this line is a copy of the message",
    "--- Enclosed is a copy of the message",
    "--- The header of the original message",
    "----- The following is a copy of the message",
    "----- Message header follows -----",
    "------ Original message follows",
    "--- Original message follows",
    "----- Unsent message follows -----",
    "----- No message was collected -----",
    "------- Returned Message --------",
    "Original message follows.",
    "Original message headers:",
    "Original Message Headers",
    "Original mail as follows:",
    "Below is a copy of the original message:",
    "Message headers follow.",
    "The attachment contains the original mail headers",
    "Return-Path:",
    "Received: ",
    "DKIM-Signature:",
    "ARC-Seal:",
    "X-Received:",
    "X-Google-Smtp-Source:",
    "Content-Type: message/rfc822",
    "Content-Type: text/rfc822-headers",
  };
  /* Every line of a text is asked: only the markers starting with the
   * line's first byte, in either case, are tried. Markers are in buckets
   * by their lower-cased first byte; all of them start with ASCII. */
  static guint8 start[257];
  static guint8 order[G_N_ELEMENTS (markers)];
  static gsize index_init;
  guchar first;

  G_STATIC_ASSERT (G_N_ELEMENTS (markers) <= G_MAXUINT8);

  if (g_once_init_enter (&index_init))
    {
      guint8 fill[256];

      for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
        start[(guchar) ascii_lower (markers[i][0]) + 1]++;
      for (guint c = 0; c < 256; c++)
        start[c + 1] += start[c];
      memcpy (fill, start, sizeof fill);
      for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
        order[fill[(guchar) ascii_lower (markers[i][0])]++] = i;
      g_once_init_leave (&index_init, 1);
    }

  line = _bounce_skip_space (line, &len);
  if (len == 0)
    return FALSE;

  first = (guchar) ascii_lower (line[0]);
  for (guint k = start[first]; k < start[first + 1]; k++)
    if (_bounce_ascii_has_prefix (line, len, markers[order[k]]))
      return TRUE;

  return FALSE;
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* Reads 1 to @max digits at @p; returns how many, or 0 when there are more. */
static gsize
read_digits (const char *p,
             const char *end,
             gsize       max)
{
  gsize n = 0;

  while (p + n < end && n < max && g_ascii_isdigit (p[n]))
    n++;

  if (p + n < end && g_ascii_isdigit (p[n]))
    return 0;

  return n;
}

/* Parses an enhanced status code exactly at @p; returns its length or 0. */
static gsize
status_at (const char *text,
           const char *p,
           const char *end)
{
  const char *q;
  gsize n;

  if (end - p < 5)
    return 0;
  if (*p != '2' && *p != '4' && *p != '5')
    return 0;
  if (p > text && (is_word_char (p[-1]) || p[-1] == '.' || p[-1] == '@'))
    return 0;
  /* "550-5.1.1" continues a multi-line reply; any other dash is a range. */
  if (p > text && p[-1] == '-' &&
      !(p - text >= 4 && g_ascii_isdigit (p[-2]) && g_ascii_isdigit (p[-3]) &&
        g_ascii_isdigit (p[-4])))
    return 0;
  if (p[1] != '.')
    return 0;

  q = p + 2;
  n = read_digits (q, end, 3);
  /* RFC 3463 subjects are 0 to 7; anything else is a version number. */
  if (n != 1 || *q > '7')
    return 0;
  q += n;
  if (q >= end || *q != '.')
    return 0;
  q++;
  n = read_digits (q, end, 3);
  if (n == 0)
    return 0;
  q += n;

  /* "5.1.1.4" or "5.1.1a" is a version or an address, not a status. */
  if (q < end && (is_word_char (*q) || *q == '@' || *q == '-'))
    return 0;
  if (q < end && *q == '.' && q + 1 < end && g_ascii_isdigit (q[1]))
    return 0;

  return q - p;
}

/* The first byte in [@p, @end) that is @a, @b or @c, or %NULL: eight bytes
 * at a time, since most bytes of a diagnostic start no code. */
static inline const char *
find_digit (const char *p,
            const char *end,
            char        a,
            char        b,
            char        c)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 pa = ones * (guchar) a;
  const guint64 pb = ones * (guchar) b;
  const guint64 pc = ones * (guchar) c;

  for (; p + 8 <= end; p += 8)
    {
      guint64 x;
      guint64 ya, yb, yc;

      memcpy (&x, p, 8);
      ya = x ^ pa;
      yb = x ^ pb;
      yc = x ^ pc;
      /* Nonzero exactly when one of the bytes is zero in ya, yb or yc. */
      if ((((ya - ones) & ~ya) | ((yb - ones) & ~yb) | ((yc - ones) & ~yc)) & highs)
        break;
    }
  for (; p < end; p++)
    if (*p == a || *p == b || *p == c)
      return p;

  return NULL;
}

const char *
_bounce_find_status (const char *text,
                     gsize       len,
                     gsize      *status_len)
{
  const char *end = text + len;

  for (const char *p = text; p + 5 <= end; p++)
    {
      gsize n;

      /* Only these digits start a status: pass the rest eight at a time. */
      p = find_digit (p, end - 4, '2', '4', '5');
      if (p == NULL)
        break;
      n = status_at (text, p, end);

      if (n > 0)
        {
          *status_len = n;
          return p;
        }
    }

  return NULL;
}

/* Parses a reply code exactly at @p; returns it or 0. */
static guint
reply_code_at (const char *text,
               const char *p,
               const char *end)
{
  char next;

  if (end - p < 3)
    return 0;
  if (*p != '4' && *p != '5')
    return 0;
  if (p[1] < '0' || p[1] > '5' || !g_ascii_isdigit (p[2]))
    return 0;
  if (p > text && (is_word_char (p[-1]) || strchr (".-@+$%/=", p[-1]) != NULL))
    return 0;

  next = p + 3 < end ? p[3] : ' ';
  if (is_word_char (next) || strchr ("@%/+=", next) != NULL)
    return 0;
  /* "550.3", "450:12" or "500,000" are numbers of something else. */
  if ((next == '.' || next == ':' || next == ',') && p + 4 < end && g_ascii_isdigit (p[4]))
    return 0;

  return (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
}

/* Finds the SMTP reply code in @text. A code directly followed by an
 * enhanced status ("550 5.1.1", "550-5.7.1", "550 #5.1.0") is the most
 * certain, so it wins over a bare number seen earlier. */
const char *
_bounce_find_reply_code (const char *text,
                         gsize       len,
                         guint      *code)
{
  const char *end = text + len;
  const char *first = NULL;
  guint first_code = 0;

  for (const char *p = text; p + 3 <= end; p++)
    {
      guint c;
      const char *q;

      /* Only these digits start a reply code: pass the rest eight at a time. */
      p = find_digit (p, end - 2, '4', '5', '5');
      if (p == NULL)
        break;
      c = reply_code_at (text, p, end);
      if (c == 0)
        continue;

      q = p + 3;
      if (q < end && (*q == ' ' || *q == '-'))
        q++;
      if (q < end && *q == '#')
        q++;
      if (q < end && status_at (text, q, end) > 0)
        {
          *code = c;
          return p;
        }

      if (first == NULL)
        {
          first = p;
          first_code = c;
        }
    }

  if (first != NULL)
    *code = first_code;

  return first;
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

/* Finds the first plausible address: a local part, "@", and a domain with a
 * dot in it. Each '@' is looked at once and the scan never goes back past
 * the previous '@', so the cost stays linear. */
const char *
_bounce_find_address (const char *text,
                      gsize       len,
                      gsize      *addr_len)
{
  const char *end = text + len;
  const char *at = text;
  const char *floor = text;

  while (at < end && (at = memchr (at, '@', end - at)) != NULL)
    {
      const char *start = at;
      const char *stop = at + 1;

      /* A quoted local part: "john..doe"@example.com */
      if (start > floor && start[-1] == '"')
        {
          const char *q = start - 1;
          const char *limit = q - MIN ((gsize) (q - floor), 64);

          while (q > limit && q[-1] != '"' && q[-1] != '<' && q[-1] != '\n')
            q--;
          if (q > limit && q[-1] == '"' && q - 1 < start - 2)
            start = q - 1;
        }
      while (start > floor && is_local_char (start[-1]))
        start--;
      while (stop < end && is_domain_char (*stop))
        stop++;
      while (stop > at + 1 && (stop[-1] == '.' || stop[-1] == '-'))
        stop--;
      while (start < at && *start != '"' && (*start == '.' || *start == '\'' || *start == '='))
        start++;

      if (start < at && stop > at + 1 && memchr (at + 1, '.', stop - at - 1) != NULL)
        {
          *addr_len = stop - start;
          return start;
        }

      floor = at + 1;
      at++;
    }

  return NULL;
}

/* An address as the first word of a line: "  bob@x", "<bob@x>:",
 * "* bob@x", "rfc822; bob@x". */
const char *
_bounce_address_at_start (const char *line,
                          gsize       len,
                          gsize      *addr_len)
{
  const char *p = _bounce_skip_space (line, &len);
  const char *addr;
  gsize n = 0;

  if (len > 0 && (*p == '*' || *p == '-'))
    {
      p++;
      len--;
      p = _bounce_skip_space (p, &len);
    }
  if (_bounce_ascii_has_prefix (p, len, "rfc822;"))
    {
      p += 7;
      len -= 7;
      p = _bounce_skip_space (p, &len);
    }
  if (len > 0 && (*p == '<' || *p == '"' || *p == '\''))
    {
      p++;
      len--;
    }

  addr = _bounce_find_address (p, len, &n);
  if (addr != p)
    return NULL;

  *addr_len = n;
  return addr;
}

static gboolean
is_host_char (char c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '-' || c == '_';
}

/* Reads a host name at @p: letters, digits, dots and dashes with at least one
 * dot. Returns its length or 0. */
static gsize
host_at (const char *p,
         const char *end)
{
  gsize n = 0;
  gboolean dot = FALSE;

  while (p + n < end && is_host_char (p[n]))
    {
      if (p[n] == '.')
        dot = TRUE;
      n++;
    }
  while (n > 0 && p[n - 1] == '.')
    n--;

  return dot && n > 2 ? n : 0;
}

/* Finds the remote server in the usual phrasings: "host mx.example.com[1.2.3.4]
 * said", "host mx.example.com [1.2.3.4]:", "while talking to mx.example.com.:",
 * "connect to mx.example.com[1.2.3.4]:25", "SMTP error from remote server for
 * TEXT command, host: mx.example.com". */
char *
_bounce_find_remote_host (const char *text)
{
  static const char * const leads[] = {
    "host ",
    "Host ",
    "while talking to ",
    "While talking to ",
    "connect to ",
    "delivery via ",
    "Remote-MTA: dns; ",
    "Remote system: dns; ",
    "host: ",
    NULL
  };
  gsize len;

  if (text == NULL)
    return NULL;

  len = strlen (text);
  for (guint i = 0; leads[i] != NULL; i++)
    {
      const char *p = text;
      const char *end = text + len;

      while ((p = _bounce_ascii_find (p, end - p, leads[i])) != NULL)
        {
          gsize n;

          p += strlen (leads[i]);
          n = host_at (p, end);
          if (n > 0)
            {
              const char *after = p + n;

              /* "host foo.example.com said", "[1.2.3.4]", ":" or end: a host. */
              if (after >= end || *after == '[' || *after == ' ' || *after == ':' ||
                  *after == '.' || *after == ',' || *after == ')' || *after == '\n')
                return g_strndup (p, n);
            }
        }
    }

  /* "mx.example.com [192.0.2.1]: ..." at the start, as Courier and dma write. */
  {
    gsize n = host_at (text, text + len);

    if (n > 0 && n + 1 < len && (text[n] == '[' || (text[n] == ' ' && text[n + 1] == '[')))
      return g_strndup (text, n);
  }

  return NULL;
}

static BounceFreetextHit *
hit_new (BounceFreetextScan *scan)
{
  BounceFreetextHit *hit = g_new0 (BounceFreetextHit, 1);

  hit->mta = scan->mta;
  g_ptr_array_add (scan->hits, hit);

  return hit;
}

/* Recipients are looked up by their lower-cased address. A scan's first
 * eight are kept in two small arrays and compared in place: a hash table
 * (and a lower-cased copy per question) cost more than the rest of adding a
 * recipient. Past eight they move to a hash table, so that a bounce listing
 * thousands of them stays linear. Both behave as one map. */
static char *
index_key (const char *recipient,
           gsize       len)
{
  return g_ascii_strdown (recipient, len);
}

/* Whether @key is the lower-cased form of the @len bytes at @recipient, up
 * to a NUL in them, as index_key () would make it. */
static gboolean
key_is (const char *key,
        const char *recipient,
        gsize       len)
{
  gsize i;

  for (i = 0; i < len && recipient[i] != '\0'; i++)
    if (key[i] != ascii_lower (recipient[i]))
      return FALSE;

  return key[i] == '\0';
}

static int
small_find (BounceFreetextScan *scan,
            const char         *recipient,
            gsize               len)
{
  for (guint i = 0; i < scan->n_small; i++)
    if (key_is (scan->small_keys[i], recipient, len))
      return i;

  return -1;
}

BounceFreetextHit *
_bounce_freetext_scan_lookup (BounceFreetextScan *scan,
                              const char         *recipient,
                              gsize               len)
{
  g_autofree char *key = NULL;
  int i;

  if (scan->index == NULL)
    {
      i = small_find (scan, recipient, len);

      return i >= 0 ? scan->small_hits[i] : NULL;
    }

  key = index_key (recipient, len);

  return g_hash_table_lookup (scan->index, key);
}

void
_bounce_freetext_scan_remove (BounceFreetextScan *scan,
                              guint               i)
{
  BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

  if (hit->recipient != NULL && scan->index != NULL)
    {
      g_autofree char *key = index_key (hit->recipient, strlen (hit->recipient));

      g_hash_table_remove (scan->index, key);
    }
  else if (hit->recipient != NULL)
    {
      int k = small_find (scan, hit->recipient, strlen (hit->recipient));

      if (k >= 0)
        {
          g_free (scan->small_keys[k]);
          scan->n_small--;
          memmove (&scan->small_keys[k], &scan->small_keys[k + 1],
                   (scan->n_small - k) * sizeof scan->small_keys[0]);
          memmove (&scan->small_hits[k], &scan->small_hits[k + 1],
                   (scan->n_small - k) * sizeof scan->small_hits[0]);
        }
    }
  g_ptr_array_remove_index (scan->hits, i);
}

static void
index_hit (BounceFreetextScan *scan,
           BounceFreetextHit  *hit)
{
  gsize len = strlen (hit->recipient);
  int k;

  if (scan->index == NULL)
    {
      /* The same key again maps to the new hit, as with a hash table. */
      k = small_find (scan, hit->recipient, len);
      if (k >= 0)
        {
          scan->small_hits[k] = hit;
          return;
        }
      if (scan->n_small < G_N_ELEMENTS (scan->small_keys))
        {
          scan->small_keys[scan->n_small] = index_key (hit->recipient, len);
          scan->small_hits[scan->n_small] = hit;
          scan->n_small++;
          return;
        }

      scan->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < scan->n_small; i++)
        g_hash_table_insert (scan->index, scan->small_keys[i], scan->small_hits[i]);
      scan->n_small = 0;
    }

  g_hash_table_insert (scan->index, index_key (hit->recipient, len), hit);
}

void
_bounce_freetext_scan_index_clear (BounceFreetextScan *scan)
{
  for (guint i = 0; i < scan->n_small; i++)
    g_free (scan->small_keys[i]);
  scan->n_small = 0;
  g_clear_pointer (&scan->index, g_hash_table_unref);
}

/* The hit for exactly @recipient, new or existing: servers often name a
 * recipient twice (summary and transcript). NULL past the recipient limit. */
static BounceFreetextHit *
add_recipient (BounceFreetextScan *scan,
               const char         *recipient,
               gsize               len)
{
  BounceFreetextHit *hit = _bounce_freetext_scan_lookup (scan, recipient, len);

  if (hit != NULL)
    return hit;

  if (scan->hits->len >= scan->max_recipients)
    return NULL;

  hit = hit_new (scan);
  hit->recipient = g_strndup (recipient, len);
  index_hit (scan, hit);

  return hit;
}

/* Adds a hit for the address found in @recipient, or returns the existing
 * one. */
BounceFreetextHit *
_bounce_freetext_scan_add (BounceFreetextScan *scan,
                           const char         *recipient,
                           gsize               len)
{
  const char *addr;
  gsize addr_len = 0;

  addr = _bounce_find_address (recipient, len, &addr_len);
  if (addr == NULL)
    return NULL;

  return add_recipient (scan, addr, addr_len);
}

/* A recipient named only by its local part ("kijitora", as Exim and
 * Sendmail print local deliveries). */
BounceFreetextHit *
_bounce_freetext_scan_add_local (BounceFreetextScan *scan,
                                 const char         *word,
                                 gsize               len)
{
  if (len == 0)
    return NULL;

  return add_recipient (scan, word, len);
}

/* A line that is one indented word made of local-part characters. */
static gboolean
is_bare_local (const char *line,
               gsize       len,
               const char **word,
               gsize       *word_len)
{
  const char *p = line;
  gsize n = len;

  if (len == 0 || (line[0] != ' ' && line[0] != '\t'))
    return FALSE;

  p = _bounce_skip_space (p, &n);
  while (n > 0 && g_ascii_isspace (p[n - 1]))
    n--;
  if (n == 0 || n > 64)
    return FALSE;

  for (gsize i = 0; i < n; i++)
    if (!(g_ascii_isalnum (p[i]) || strchr (".-_+=", p[i]) != NULL))
      return FALSE;

  *word = p;
  *word_len = n;
  return TRUE;
}

BounceFreetextHit *
_bounce_freetext_scan_add_anonymous (BounceFreetextScan *scan)
{
  if (scan->hits->len >= scan->max_recipients)
    return NULL;

  return hit_new (scan);
}

/* Length of a leading "550-5.7.1 " or "550 " that repeats the reply code of
 * the first line of a multi-line reply, so that continuation lines can be
 * joined without it. */
static gsize
repeated_code_prefix (const char *line,
                      gsize       len,
                      guint       code)
{
  gsize n;
  gsize s;

  if (code == 0 || len < 4)
    return 0;
  if (reply_code_at (line, line, line + len) != code)
    return 0;
  if (line[3] != '-' && line[3] != ' ')
    return 0;

  n = 4;
  if (n < len && line[n] == '#')
    n++;
  s = status_at (line, line + n, line + len);
  if (s > 0)
    n += s;
  else if (line[n - 1] == '#')
    n--;
  while (n < len && line[n] == ' ')
    n++;

  return n;
}

/* The enhanced status of a reply: the one right after the reply code
 * ("550 5.1.1", "550-5.1.1", "550 #5.1.1") when there is one; else the first
 * of the reply's class, so that a version number such as "Postfix 2.5.1"
 * met earlier in the text is not taken for a status. */
static char *
best_status (const char *text,
             gsize       len,
             guint       reply_code)
{
  const char *end = text + len;
  const char *first = NULL;
  gsize first_len = 0;
  const char *p = text;

  if (reply_code != 0)
    {
      guint code = 0;
      const char *at = _bounce_find_reply_code (text, len, &code);

      if (at != NULL && code == reply_code)
        {
          const char *q = at + 3;
          gsize n;

          if (q < end && (*q == ' ' || *q == '-'))
            q++;
          if (q < end && *q == '#')
            q++;
          n = status_at (text, q, end);
          if (n > 0)
            return g_strndup (q, n);
        }
    }

  while (p < end)
    {
      gsize n = 0;
      const char *s = _bounce_find_status (p, end - p, &n);

      if (s == NULL)
        break;
      if (first == NULL)
        {
          first = s;
          first_len = n;
        }
      if (reply_code == 0 || (guint) (s[0] - '0') == reply_code / 100)
        return g_strndup (s, n);
      p = s + n;
    }

  return first ? g_strndup (first, first_len) : NULL;
}

void
_bounce_freetext_hit_append (BounceFreetextHit *hit,
                             const char        *text,
                             gsize              len)
{
  gsize have = hit->diagnostic ? strlen (hit->diagnostic) : 0;
  gsize joined_len;
  char *joined;

  text = _bounce_skip_space (text, &len);
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  if (len == 0 || have >= BOUNCE_FREETEXT_MAX_DIAGNOSTIC)
    return;

  if (have > 0)
    {
      gsize skip = repeated_code_prefix (text, len, hit->reply_code);

      text += skip;
      len -= skip;
      if (len == 0)
        return;
    }

  if (len > BOUNCE_FREETEXT_MAX_DIAGNOSTIC - have)
    len = BOUNCE_FREETEXT_MAX_DIAGNOSTIC - have;

  /* One allocation of the exact size: this runs for every line of a
   * diagnostic gathered line by line. */
  joined_len = have + (have > 0) + len;
  joined = g_malloc (joined_len + 1);
  if (have > 0)
    {
      memcpy (joined, hit->diagnostic, have);
      joined[have] = ' ';
    }
  memcpy (joined + joined_len - len, text, len);
  joined[joined_len] = '\0';

  /* Cutting may split a UTF-8 sequence: keep the text valid. */
  if (!_bounce_utf8_validate_len (joined, joined_len))
    {
      char *valid = g_utf8_make_valid (joined, joined_len);

      g_free (joined);
      joined = valid;
    }

  g_free (hit->diagnostic);
  hit->diagnostic = joined;

  if (hit->reply_code == 0)
    {
      guint code = 0;

      if (_bounce_find_reply_code (hit->diagnostic, strlen (hit->diagnostic), &code) != NULL)
        hit->reply_code = code;
    }
  if (hit->status == NULL)
    hit->status = best_status (hit->diagnostic, strlen (hit->diagnostic), hit->reply_code);
}

/* Narrows the diagnostic to the @len bytes at @start, which lie inside it:
 * recognisers drop labels and wrappers their format adds. */
void
_bounce_freetext_hit_keep (BounceFreetextHit *hit,
                           const char        *start,
                           gsize              len)
{
  char *kept = g_strndup (start, len);

  g_free (hit->diagnostic);
  hit->diagnostic = kept;
}

void
_bounce_freetext_hit_set_action (BounceFreetextHit *hit,
                                 const char        *action)
{
  if (action == NULL || hit->action != NULL)
    return;

  hit->action = g_strdup (action);
}

void
_bounce_freetext_scan_set_action (BounceFreetextScan *scan,
                                  const char         *action)
{
  for (guint i = 0; i < scan->hits->len; i++)
    _bounce_freetext_hit_set_action (g_ptr_array_index (scan->hits, i), action);
}

gboolean
_bounce_line_is_header_like (const char *line,
                     gsize       len)
{
  static const char * const fields[] = {
    "From:", "To:", "Cc:", "Bcc:", "Sender:", "Reply-To:", "Subject:", "Date:",
    "Message-ID:", "Message-Id:", "In-Reply-To:", "References:", "Sent:",
    "Envelope-From:", "Return-Path:", "X-", "Reporting-MTA:", "Received-From-MTA:",
    "Original Sender:", "MAIL FROM:", "Sender-MTA:",
    NULL
  };

  return _bounce_line_has_prefix_any (line, len, fields);
}

/* An address that a line presents as the recipient: first on the line, or
 * right after a phrase that says so. An address in the middle of prose
 * ("please contact postmaster@example.org") is not one. */
static const char *
introduced_address (const char *line,
                    gsize       len,
                    gsize      *addr_len)
{
  static const char * const phrases[] = {
    "recipient:", "recipients:", "address:", "addressed to ", "could not be delivered to:",
    "could not be delivered to ", "delivered to ", "delivery failed:", "delivery to ",
    "did not reach the following recipient:", "error-for:", "failed recipient:",
    "failed to deliver to ", "intended recipient:", "mailbox is full:", "rcpt to:",
    "unknown user:", "user unknown:", "undeliverable to ", "undeliverable address:",
    "you sent mail to ", "your message to ", "message to ", "unable to deliver to ",
    "not delivered to ", "rejected recipient ", "your mail to ", "mail to ",
  };
  /* The phrases by their first byte (all lower-case ASCII), so that one
   * walk over the line finds where each first occurs. */
  static guint8 start[257];
  static guint8 order[G_N_ELEMENTS (phrases)];
  static gsize index_init;
  const char *first_at[G_N_ELEMENTS (phrases)] = { NULL };
  const char *addr = _bounce_address_at_start (line, len, addr_len);
  const char *colon;

  if (addr != NULL || _bounce_line_is_header_like (line, len))
    return addr;

  /* "User mailbox exceeds allowed size: bob@example.com": a reason, then the
   * address that ends the line. */
  while (len > 0 && (g_ascii_isspace (line[len - 1]) || line[len - 1] == '.'))
    len--;
  colon = len > 2 ? _bounce_ascii_find (line, len, ": ") : NULL;
  while (colon != NULL)
    {
      const char *next = _bounce_ascii_find (colon + 2, line + len - colon - 2, ": ");

      if (next == NULL)
        break;
      colon = next;
    }
  if (colon != NULL)
    {
      addr = _bounce_address_at_start (colon + 2, line + len - colon - 2, addr_len);
      if (addr != NULL && (addr + *addr_len == line + len ||
                           (addr + *addr_len + 1 == line + len && line[len - 1] == '>')))
        return addr;
    }

  if (g_once_init_enter (&index_init))
    {
      guint8 fill[256];

      g_assert (G_N_ELEMENTS (phrases) <= G_MAXUINT8);
      for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
        start[(guchar) phrases[i][0] + 1]++;
      for (guint c = 0; c < 256; c++)
        start[c + 1] += start[c];
      memcpy (fill, start, sizeof fill);
      for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
        order[fill[(guchar) phrases[i][0]]++] = i;
      g_once_init_leave (&index_init, 1);
    }

  for (gsize at = 0; at < len; at++)
    {
      guchar c = (guchar) ascii_lower (line[at]);
      /* Phrases are two bytes or more: the second byte rules out most. */
      char next = at + 1 < len ? ascii_lower (line[at + 1]) : '\0';

      for (guint k = start[c]; k < start[c + 1]; k++)
        {
          guint i = order[k];

          if (first_at[i] == NULL && phrases[i][1] == next &&
              _bounce_ascii_has_prefix (line + at, len - at, phrases[i]))
            first_at[i] = line + at;
        }
    }

  /* The first phrase, in the order above, that an address follows. */
  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    {
      const char *p;

      if (first_at[i] == NULL)
        continue;
      p = first_at[i] + strlen (phrases[i]);
      addr = _bounce_address_at_start (p, line + len - p, addr_len);
      if (addr != NULL)
        return addr;
    }

  return NULL;
}

/* The recipient opening a block, if @line is such a line for @style. */
static const char *
block_recipient (const BounceBlockSpec *spec,
                 const char            *line,
                 gsize                  len,
                 gsize                 *addr_len)
{
  switch (spec->style)
    {
    case BOUNCE_RCPT_ANGLE:
      if (len > 0 && line[0] == '<')
        return _bounce_address_at_start (line, len, addr_len);
      return NULL;

    case BOUNCE_RCPT_FIRST:
      return _bounce_address_at_start (line, len, addr_len);

    case BOUNCE_RCPT_ANYWHERE:
      if (_bounce_line_is_header_like (line, len))
        return NULL;
      return _bounce_find_address (line, len, addr_len);

    case BOUNCE_RCPT_INTRODUCED:
      return introduced_address (line, len, addr_len);

    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/* Drops the "<addr>:" punctuation and a Postfix "(expanded from <x>)" from
 * the text following a recipient. */
static const char *
rest_after_recipient (const char *rest,
                      gsize      *rest_len)
{
  if (*rest_len > 0 && (*rest == '>' || *rest == '"'))
    {
      rest++;
      (*rest_len)--;
    }
  rest = _bounce_skip_space (rest, rest_len);
  if (_bounce_ascii_has_prefix (rest, *rest_len, "(expanded from"))
    {
      const char *close = memchr (rest, ')', *rest_len);

      if (close != NULL)
        {
          *rest_len -= close + 1 - rest;
          rest = close + 1;
        }
    }
  rest = _bounce_skip_space (rest, rest_len);
  if (*rest_len > 0 && (*rest == ':' || *rest == ','))
    {
      rest++;
      (*rest_len)--;
    }

  return rest;
}

/* The skeleton most formats share: somewhere a line introduces the failed
 * recipients; each recipient line is followed by lines that explain it, until
 * a blank line, the next recipient, or the returned original message. */
guint
_bounce_freetext_scan_blocks (BounceFreetextScan    *scan,
                              const BounceBlockSpec *spec)
{
  BounceLines it;
  BounceFreetextHit *hit = NULL;
  const char *line;
  const char *start = scan->body;
  gsize len;
  gsize rcpt_indent = G_MAXSIZE;
  guint found = 0;

  if (start == NULL)
    return 0;

  if (spec->begin != NULL)
    {
      /* The introduction may be missing in a variant: then read from the top. */
      for (guint i = 0; spec->begin[i] != NULL; i++)
        {
          const char *marker = strstr (start, spec->begin[i]);
          const char *after = _bounce_find_line_after (start, spec->begin[i]);
          const char *addr;
          gsize addr_len = 0;

          if (after == NULL)
            continue;

          /* "Did not reach the following recipient: bob@example.com" */
          marker += strlen (spec->begin[i]);
          addr = spec->style == BOUNCE_RCPT_ANYWHERE || spec->style == BOUNCE_RCPT_INTRODUCED ?
                 _bounce_find_address (marker, after - marker, &addr_len) : NULL;
          if (addr != NULL && (hit = _bounce_freetext_scan_add (scan, addr, addr_len)) != NULL)
            {
              found++;
              _bounce_freetext_hit_set_action (hit, spec->action);
            }

          start = after;
          break;
        }
    }

  _bounce_lines_init (&it, start);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *addr;
      gsize addr_len = 0;
      gsize indent;

      if (_bounce_line_has_prefix_any (line, len, spec->end) ||
          _bounce_line_starts_original (line, len))
        break;

      if (_bounce_line_is_blank (line, len))
        {
          if (spec->flags & BOUNCE_BLOCK_BLANK_ENDS)
            hit = NULL;
          continue;
        }

      indent = _bounce_line_indent (line, len);
      addr = NULL;
      if (hit == NULL || !(spec->flags & BOUNCE_BLOCK_INDENTED) || indent <= rcpt_indent)
        addr = block_recipient (spec, line, len, &addr_len);

      if (addr == NULL && (spec->flags & BOUNCE_BLOCK_BARE_LOCAL) && hit == NULL &&
          (found == 0 || indent == rcpt_indent))
        {
          const char *word;
          gsize word_len = 0;

          if (is_bare_local (line, len, &word, &word_len))
            {
              hit = _bounce_freetext_scan_add_local (scan, word, word_len);
              if (hit != NULL)
                {
                  found++;
                  rcpt_indent = indent;
                  _bounce_freetext_hit_set_action (hit, spec->action);
                }
              continue;
            }
        }

      if (addr != NULL)
        {
          guint before = scan->hits->len;
          BounceFreetextHit *next = _bounce_freetext_scan_add (scan, addr, addr_len);
          const char *rest = addr + addr_len;
          gsize rest_len = line + len - rest;

          /* A recipient named again (a summary repeated in a second language)
           * keeps what its first block said. */
          if (next == NULL || (scan->hits->len == before && next->diagnostic != NULL))
            {
              hit = NULL;
              continue;
            }

          hit = next;
          found++;
          if (rcpt_indent == G_MAXSIZE)
            rcpt_indent = indent;
          _bounce_freetext_hit_set_action (hit, spec->action);

          if (spec->flags & BOUNCE_BLOCK_LINE_IS_DIAG)
            _bounce_freetext_hit_append (hit, line, len);
          else if (spec->flags & BOUNCE_BLOCK_REST_IS_DIAG)
            {
              rest = rest_after_recipient (rest, &rest_len);
              _bounce_freetext_hit_append (hit, rest, rest_len);
            }
          continue;
        }

      if (hit == NULL)
        continue;
      if ((spec->flags & BOUNCE_BLOCK_INDENTED) && indent <= rcpt_indent)
        {
          hit = NULL;
          continue;
        }

      _bounce_freetext_hit_append (hit, line, len);
    }

  return found;
}

/* X-Failed-Recipients: names the recipients when the text does not. Each
 * new one gets the @diagnostic_len bytes of @diagnostic, which may be a line
 * inside the body rather than a string of its own. */
void
_bounce_freetext_scan_header_recipients (BounceFreetextScan *scan,
                                         const char         *diagnostic,
                                         gsize               diagnostic_len)
{
  const char *headers = scan->input->headers;
  BounceLines it;
  const char *line;
  gsize len;

  if (headers == NULL)
    return;

  _bounce_lines_init (&it, headers);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *p;

      if (!_bounce_ascii_has_prefix (line, len, "X-Failed-Recipients:"))
        continue;

      p = line + strlen ("X-Failed-Recipients:");
      len -= p - line;
      while (len > 0)
        {
          gsize addr_len = 0;
          const char *addr = _bounce_find_address (p, len, &addr_len);
          BounceFreetextHit *hit;

          if (addr == NULL)
            break;

          hit = _bounce_freetext_scan_add (scan, addr, addr_len);
          if (hit != NULL && hit->diagnostic == NULL && diagnostic != NULL)
            _bounce_freetext_hit_append (hit, diagnostic, diagnostic_len);

          len -= addr + addr_len - p;
          p = addr + addr_len;
        }
    }
}

/* DSN fields written into the text ("Final-Recipient:", "Diagnostic-Code:",
 * "Status:", "Remote-MTA:"), as some servers do in a "Technical report". */
void
_bounce_freetext_scan_dsn_fields (BounceFreetextScan *scan,
                                  const char         *text)
{
  BounceLines it;
  const char *line;
  gsize len;
  BounceFreetextHit *hit = NULL;

  if (text == NULL)
    return;

  _bounce_lines_init (&it, text);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *v;
      gsize vlen;

      if (_bounce_ascii_has_prefix (line, len, "Final-Recipient:") ||
          _bounce_ascii_has_prefix (line, len, "Original-Recipient:"))
        {
          gsize addr_len = 0;
          const char *addr = _bounce_find_address (line, len, &addr_len);

          if (addr != NULL &&
              (hit == NULL || _bounce_ascii_has_prefix (line, len, "Final-Recipient:")))
            hit = _bounce_freetext_scan_add (scan, addr, addr_len);
          continue;
        }
      if (hit == NULL)
        continue;

      if (_bounce_ascii_has_prefix (line, len, "Diagnostic-Code:"))
        {
          const char *semi;

          v = line + strlen ("Diagnostic-Code:");
          vlen = len - strlen ("Diagnostic-Code:");
          semi = memchr (v, ';', vlen);
          if (semi != NULL)
            {
              vlen -= semi + 1 - v;
              v = semi + 1;
            }
          if (hit->diagnostic == NULL)
            {
              hit->reply_code = 0;
              g_clear_pointer (&hit->status, g_free);
              _bounce_freetext_hit_append (hit, v, vlen);
            }
        }
      else if (_bounce_ascii_has_prefix (line, len, "Status:") && hit->status == NULL)
        {
          gsize slen = 0;
          const char *s = _bounce_find_status (line, len, &slen);

          if (s != NULL)
            hit->status = g_strndup (s, slen);
        }
      else if (_bounce_ascii_has_prefix (line, len, "Remote-MTA:") && hit->remote_mta == NULL)
        {
          const char *semi = memchr (line, ';', len);

          if (semi != NULL)
            hit->remote_mta = _bounce_strip_dup (semi + 1, line + len - semi - 1);
        }
      else if (_bounce_ascii_has_prefix (line, len, "Action:") && hit->action == NULL)
        hit->action = _bounce_strip_dup (line + 7, len - 7);
    }
}

/* Gives every recipient still without a diagnostic the same one, made from
 * the lines of @text once: a reason written for all of them costs the same
 * with one recipient or ten thousand. */
void
_bounce_freetext_scan_share (BounceFreetextScan *scan,
                             const char         *text)
{
  BounceFreetextHit shared = { 0 };
  BounceLines it;
  const char *line;
  gsize len;

  if (text == NULL)
    return;

  _bounce_lines_init (&it, text);
  while (_bounce_lines_next (&it, &line, &len))
    {
      if (shared.diagnostic != NULL && strlen (shared.diagnostic) >= BOUNCE_FREETEXT_MAX_DIAGNOSTIC)
        break;
      _bounce_freetext_hit_append (&shared, line, len);
    }

  if (shared.diagnostic != NULL)
    for (guint i = 0; i < scan->hits->len; i++)
      {
        BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

        if (hit->diagnostic != NULL)
          continue;
        hit->diagnostic = g_strdup (shared.diagnostic);
        if (hit->reply_code == 0)
          hit->reply_code = shared.reply_code;
        if (hit->status == NULL)
          hit->status = g_strdup (shared.status);
      }

  g_free (shared.diagnostic);
  g_free (shared.status);
}
