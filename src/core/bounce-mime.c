/* bounce-mime.c
 *
 * Walks the MIME tree of a bounce once and keeps, as UTF-8 text with "\n" line
 * ends, what the rest of the engine reads: the bounce's own headers, its
 * human-readable text, the bodies of its delivery-status parts and the headers
 * of the returned original message. GMime treats message/delivery-status as an
 * opaque leaf; its field groups are parsed later by bounce-dsn.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-gmime-autocleanups.h"
#include "bounce-mime.h"

void
bounce_mime_scan_init (BounceMimeScan *scan)
{
  memset (scan, 0, sizeof *scan);
  scan->headers = g_string_new (NULL);
  scan->body = g_string_new (NULL);
  scan->dsn_texts = g_ptr_array_new_with_free_func (g_free);
}

void
bounce_mime_scan_clear (BounceMimeScan *scan)
{
  g_free (scan->subject);
  g_free (scan->from);
  g_free (scan->date);
  if (scan->headers != NULL)
    g_string_free (scan->headers, TRUE);
  if (scan->body != NULL)
    g_string_free (scan->body, TRUE);
  g_free (scan->human_text);
  g_clear_pointer (&scan->dsn_texts, g_ptr_array_unref);
  g_clear_object (&scan->embedded);
  g_free (scan->orig_subject);
  g_free (scan->orig_from);
  g_free (scan->orig_to);
  g_free (scan->orig_date);
  g_free (scan->orig_message_id);
  memset (scan, 0, sizeof *scan);
}

/* Appends @text to @out with CRLF and bare CR turned into LF and NULs
 * dropped, up to @max_length bytes in @out. */
static void
append_normalized (GString    *out,
                   const char *text,
                   gsize       length,
                   gsize       max_length)
{
  const char *p = text;
  const char *end = text + length;

  if (out->len >= max_length)
    return;
  if (length > max_length - out->len)
    end = text + (max_length - out->len);

  while (p < end)
    {
      const char *run = p;

      while (p < end && *p != '\r' && *p != '\0')
        p++;
      g_string_append_len (out, run, p - run);

      if (p >= end)
        break;

      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p + 1 < end && p[1] == '\n')
            p++;
        }
      p++;
    }
}

/* Makes sure @str holds valid UTF-8. Text without a declared charset that is
 * not UTF-8 is most often Latin-1 (or Windows-1252), so try that first: it
 * keeps accented words readable instead of turning them into U+FFFD. */
static char *
to_utf8 (char     *str,
         gssize    length,
         gboolean  try_latin1)
{
  char *converted;

  if (length < 0)
    length = strlen (str);

  if (g_utf8_validate (str, length, NULL))
    return str;

  if (try_latin1)
    {
      converted = g_convert (str, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
      if (converted == NULL)
        converted = g_convert (str, length, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
      if (converted != NULL)
        {
          g_free (str);
          return converted;
        }
    }

  converted = g_utf8_make_valid (str, length);
  g_free (str);

  return converted;
}

char *
bounce_mime_normalize_text (const char *text,
                            gsize       length,
                            gsize       max_length)
{
  GString *out = g_string_sized_new (MIN (length, max_length) + 1);
  gsize len;

  append_normalized (out, text, length, max_length);
  len = out->len;

  return to_utf8 (g_string_free (out, FALSE), len, TRUE);
}

/* The decoded content of a leaf part (transfer encoding undone, no charset
 * conversion), nul-terminated. */
static char *
part_content (GMimePart *part,
              gsize     *length)
{
  g_autoptr(GMimeStream) stream = NULL;
  GMimeDataWrapper *content;
  GByteArray *array;
  char *data;

  content = g_mime_part_get_content (part);
  if (content == NULL)
    {
      *length = 0;
      return g_strdup ("");
    }

  stream = g_mime_stream_mem_new ();
  g_mime_data_wrapper_write_to_stream (content, stream);

  array = g_mime_stream_mem_get_byte_array (GMIME_STREAM_MEM (stream));
  *length = array->len;
  data = g_malloc (array->len + 1);
  /* An empty part has no buffer at all: memcpy() from NULL is undefined. */
  if (array->len > 0)
    memcpy (data, array->data, array->len);
  data[array->len] = '\0';

  return data;
}

/* A text part as UTF-8 with "\n" line ends. GMime decodes the transfer
 * encoding and converts from the declared charset. */
static char *
text_part_utf8 (GMimeTextPart *part)
{
  g_autofree char *raw = NULL;
  const char *charset;
  GString *out;
  gsize len;

  charset = g_mime_object_get_content_type_parameter (GMIME_OBJECT (part), "charset");
  raw = g_mime_text_part_get_text (part);
  if (raw == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  append_normalized (out, raw, strlen (raw), BOUNCE_MIME_MAX_BODY);
  len = out->len;

  return to_utf8 (g_string_free (out, FALSE), len, charset == NULL);
}

/* Crude HTML to text for bounces that only come as HTML: tags dropped, block
 * ends turned into line breaks, a handful of entities decoded. One pass. */
static char *
html_to_text (const char *html)
{
  GString *out = g_string_new (NULL);
  const char *p = html;

  while (*p != '\0')
    {
      if (*p == '<')
        {
          const char *tag = p + 1;
          const char *close = strchr (p, '>');

          if (close == NULL)
            break;

          if (*tag == '/')
            tag++;
          if (g_ascii_strncasecmp (tag, "br", 2) == 0 ||
              g_ascii_strncasecmp (tag, "p", 1) == 0 ||
              g_ascii_strncasecmp (tag, "div", 3) == 0 ||
              g_ascii_strncasecmp (tag, "tr", 2) == 0 ||
              g_ascii_strncasecmp (tag, "li", 2) == 0 ||
              g_ascii_strncasecmp (tag, "h", 1) == 0)
            g_string_append_c (out, '\n');
          else if (g_ascii_strncasecmp (tag, "td", 2) == 0)
            g_string_append_c (out, ' ');

          /* Skip the contents of style and script elements. */
          if (g_ascii_strncasecmp (p, "<style", 6) == 0 ||
              g_ascii_strncasecmp (p, "<script", 7) == 0)
            {
              const char *found = NULL;

              for (const char *q = close; *q != '\0'; q++)
                if (*q == '<' && q[1] == '/' &&
                    (g_ascii_strncasecmp (q + 2, "style", 5) == 0 ||
                     g_ascii_strncasecmp (q + 2, "script", 6) == 0))
                  {
                    found = q;
                    break;
                  }
              /* Unclosed: the rest is style or script. Stopping here also
               * keeps a run of "<style>" tags from rescanning the text to
               * its end once per tag (quadratic time). */
              if (found == NULL)
                break;
              close = strchr (found, '>');
              if (close == NULL)
                break;
            }

          p = close + 1;
          continue;
        }

      if (*p == '&')
        {
          static const struct { const char *name; const char *text; } entities[] = {
            { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
            { "&nbsp;", " " }, { "&#39;", "'" }, { "&apos;", "'" },
          };
          gboolean done = FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
            {
              gsize n = strlen (entities[i].name);

              if (g_ascii_strncasecmp (p, entities[i].name, n) == 0)
                {
                  g_string_append (out, entities[i].text);
                  p += n;
                  done = TRUE;
                  break;
                }
            }
          if (done)
            continue;
        }

      if (*p == '\r')
        {
          p++;
          continue;
        }

      g_string_append_c (out, *p);
      p++;
    }

  return g_string_free (out, FALSE);
}

/* Domain part of an address, lower-cased, or NULL. */
static char *
address_domain (const char *address)
{
  const char *at;
  const char *end;

  if (address == NULL || (at = strrchr (address, '@')) == NULL)
    return NULL;

  at++;
  end = at;
  while (*end != '\0' && *end != '>' && *end != ' ' && *end != ';' && *end != ')')
    end++;
  if (end == at)
    return NULL;

  return g_ascii_strdown (at, end - at);
}

/* The organisational part of a host name: the last two labels, or three when
 * the second-level label is a short public one ("example.co.uk"). */
static const char *
org_domain (const char *domain)
{
  const char *last = strrchr (domain, '.');
  const char *second = NULL;
  const char *p;

  if (last == NULL)
    return domain;

  for (p = last - 1; p >= domain; p--)
    if (*p == '.')
      {
        second = p;
        break;
      }
  if (second == NULL)
    return domain;

  /* example.co.uk, example.com.au */
  if (strlen (last + 1) == 2 && (last - second - 1) <= 3)
    {
      for (p = second - 1; p >= domain; p--)
        if (*p == '.')
          return p + 1;
      return domain;
    }

  return second + 1;
}

static gboolean
domains_related (const char *a,
                 const char *b)
{
  if (a == NULL || b == NULL)
    return FALSE;

  return g_ascii_strcasecmp (org_domain (a), org_domain (b)) == 0;
}

static char *
mailbox_of (InternetAddressList *list)
{
  for (int i = 0; list != NULL && i < internet_address_list_length (list); i++)
    {
      InternetAddress *ia = internet_address_list_get_address (list, i);

      if (INTERNET_ADDRESS_IS_MAILBOX (ia))
        return g_strdup (internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (ia)));
    }

  return NULL;
}

static void
collect_domains (InternetAddressList *list,
                 GHashTable          *domains)
{
  for (int i = 0; list != NULL && i < internet_address_list_length (list); i++)
    {
      InternetAddress *ia = internet_address_list_get_address (list, i);

      if (INTERNET_ADDRESS_IS_MAILBOX (ia))
        {
          char *domain = address_domain (internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (ia)));

          if (domain != NULL)
            g_hash_table_add (domains, g_strdup (org_domain (domain)));
          g_free (domain);
        }
      else if (INTERNET_ADDRESS_IS_GROUP (ia))
        collect_domains (internet_address_group_get_members (INTERNET_ADDRESS_GROUP (ia)), domains);
    }
}

static char *
list_to_string (InternetAddressList *list)
{
  char *str;

  if (list == NULL || internet_address_list_length (list) == 0)
    return NULL;

  str = internet_address_list_to_string (list, NULL, FALSE);

  return to_utf8 (str, -1, FALSE);
}

static char *
decoded_header (GMimeObject *object,
                const char  *name)
{
  const char *raw = g_mime_object_get_header (object, name);
  char *decoded;

  if (raw == NULL)
    return NULL;

  decoded = g_mime_utils_header_decode_text (NULL, raw);
  decoded = to_utf8 (decoded, -1, TRUE);

  return g_strstrip (decoded);
}

/* Backscatter: a bounce of a message that you never sent, because a spammer
 * forged your address as the sender. The heuristic is deliberately cautious
 * and only looks at the returned original:
 *
 *  - no DKIM-Signature whose d= is the From domain (real mail from a domain
 *    today is nearly always signed by it), and
 *  - either the Message-ID and every Received header point somewhere unrelated
 *    to the From domain (the message was not made by the sender's own system),
 *  - or the original went to five or more unrelated domains at once, the shape
 *    of a spam run rather than of a person's message.
 *
 * Without the original's headers nothing is claimed. */
static gboolean
original_looks_forged (GMimeMessage *original,
                       const char   *from_domain,
                       guint         n_domains)
{
  GMimeHeaderList *headers = g_mime_object_get_header_list (GMIME_OBJECT (original));
  g_autofree char *msgid_domain = NULL;
  const char *msgid;
  gboolean dkim_aligned = FALSE;
  gboolean received_related = FALSE;
  guint n_received = 0;
  int count;

  if (from_domain == NULL)
    return FALSE;

  count = g_mime_header_list_get_count (headers);
  for (int i = 0; i < count; i++)
    {
      GMimeHeader *header = g_mime_header_list_get_header_at (headers, i);
      const char *name = g_mime_header_get_name (header);
      const char *value = g_mime_header_get_raw_value (header);

      if (value == NULL)
        continue;

      if (g_ascii_strcasecmp (name, "DKIM-Signature") == 0)
        {
          const char *d = strstr (value, "d=");

          while (d != NULL && d > value && d[-1] != ';' && d[-1] != ' ' && d[-1] != '\t' && d[-1] != '\n')
            d = strstr (d + 2, "d=");

          if (d != NULL)
            {
              g_autofree char *domain = NULL;
              const char *e = d + 2;

              while (*e != '\0' && *e != ';' && !g_ascii_isspace (*e))
                e++;
              domain = g_ascii_strdown (d + 2, e - d - 2);
              if (domains_related (domain, from_domain))
                dkim_aligned = TRUE;
            }
        }
      else if (g_ascii_strcasecmp (name, "Received") == 0)
        {
          g_autofree char *lower = g_ascii_strdown (value, -1);

          n_received++;
          if (strstr (lower, org_domain (from_domain)) != NULL)
            received_related = TRUE;
        }
    }

  if (dkim_aligned)
    return FALSE;

  if (n_domains >= 5)
    return TRUE;

  msgid = g_mime_message_get_message_id (original);
  msgid_domain = address_domain (msgid);

  return n_received > 0 &&
         !received_related &&
         msgid_domain != NULL &&
         !domains_related (msgid_domain, from_domain);
}

static void
take_original (BounceMimeScan *scan,
               GMimeMessage   *original)
{
  g_autoptr(GHashTable) domains = NULL;
  g_autofree char *from_addr = NULL;
  g_autofree char *from_domain = NULL;
  InternetAddressList *from;
  InternetAddressList *to;
  InternetAddressList *cc;
  const char *subject;
  const char *msgid;

  if (scan->have_original)
    return;
  scan->have_original = TRUE;

  from = g_mime_message_get_from (original);
  to = g_mime_message_get_to (original);
  cc = g_mime_message_get_cc (original);

  subject = g_mime_message_get_subject (original);
  if (subject != NULL)
    scan->orig_subject = g_strstrip (to_utf8 (g_strdup (subject), -1, TRUE));
  scan->orig_from = list_to_string (from);
  scan->orig_to = list_to_string (to);
  scan->orig_date = decoded_header (GMIME_OBJECT (original), "Date");

  msgid = g_mime_message_get_message_id (original);
  if (msgid != NULL)
    scan->orig_message_id = to_utf8 (g_strdup (msgid), -1, FALSE);

  domains = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  collect_domains (to, domains);
  collect_domains (cc, domains);
  scan->orig_n_domains = g_hash_table_size (domains);

  from_addr = mailbox_of (from);
  from_domain = address_domain (from_addr);
  scan->orig_backscatter = original_looks_forged (original, from_domain, scan->orig_n_domains);
}

static GMimeMessage *
parse_message_text (const char *text,
                    gsize       length)
{
  g_autoptr(GMimeStream) stream = g_mime_stream_mem_new_with_buffer (text, length);
  g_autoptr(GMimeParser) parser = g_mime_parser_new_with_stream (stream);

  return g_mime_parser_construct_message (parser, NULL);
}

/* text/rfc822-headers, message/global-headers, or a header block found in the
 * text: parse it as a message with headers only. */
static void
take_original_headers (BounceMimeScan *scan,
                       const char     *text,
                       gsize           length)
{
  g_autoptr(GMimeMessage) message = NULL;
  g_autoptr(GString) block = NULL;

  if (scan->have_original)
    return;

  /* GMime wants the header block to end in a blank line. */
  block = g_string_new_len (text, length);
  g_string_append (block, "\n\n");

  message = parse_message_text (block->str, block->len);
  if (message != NULL && g_mime_header_list_get_count (g_mime_object_get_header_list (GMIME_OBJECT (message))) > 0)
    take_original (scan, message);
}

static gboolean
is_type (GMimeContentType *type,
         const char       *media,
         const char       *sub)
{
  return type != NULL && g_mime_content_type_is_type (type, media, sub);
}

static void
add_text (BounceMimeScan *scan,
          const char     *text)
{
  gsize len = strlen (text);

  if (scan->human_text == NULL)
    scan->human_text = g_utf8_make_valid (text, MIN (len, BOUNCE_MIME_MAX_HUMAN));

  if (scan->body->len > 0 && scan->body->str[scan->body->len - 1] != '\n')
    g_string_append_c (scan->body, '\n');
  if (scan->body->len < BOUNCE_MIME_MAX_BODY)
    g_string_append_len (scan->body, text, MIN (len, BOUNCE_MIME_MAX_BODY - scan->body->len));
}

typedef struct
{
  BounceMimeScan *scan;
  guint           max_depth;
  char           *first_html;
  guint           n_text;
} Walk;

static void
walk (Walk        *w,
      GMimeObject *object,
      guint        depth)
{
  GMimeContentType *type = g_mime_object_get_content_type (object);

  if (depth > w->max_depth)
    {
      w->scan->too_deep = TRUE;
      return;
    }

  if (GMIME_IS_MULTIPART (object))
    {
      GMimeMultipart *multipart = GMIME_MULTIPART (object);
      int n = g_mime_multipart_get_count (multipart);

      if (is_type (type, "multipart", "report"))
        {
          const char *report_type = g_mime_content_type_get_parameter (type, "report-type");

          if (report_type != NULL && g_ascii_strcasecmp (report_type, "feedback-report") == 0)
            w->scan->feedback = TRUE;
          else if (report_type != NULL &&
                   (g_ascii_strcasecmp (report_type, "delivery-status") == 0 ||
                    g_ascii_strcasecmp (report_type, "global-delivery-status") == 0))
            w->scan->is_report = TRUE;
        }

      for (int i = 0; i < n; i++)
        walk (w, g_mime_multipart_get_part (multipart, i), depth + 1);

      /* A multipart whose boundary never shows up (PMDF does this) has all
       * of its text in the prologue. */
      if (n == 0)
        {
          const char *prologue = g_mime_multipart_get_prologue (multipart);
          const char *epilogue = g_mime_multipart_get_epilogue (multipart);

          if (prologue != NULL)
            {
              g_autofree char *text = bounce_mime_normalize_text (prologue, strlen (prologue),
                                                                  BOUNCE_MIME_MAX_BODY);
              add_text (w->scan, text);
              w->n_text++;
            }
          if (epilogue != NULL)
            {
              g_autofree char *text = bounce_mime_normalize_text (epilogue, strlen (epilogue),
                                                                  BOUNCE_MIME_MAX_BODY);
              add_text (w->scan, text);
              w->n_text++;
            }
        }

      return;
    }

  if (GMIME_IS_MESSAGE_PART (object))
    {
      GMimeMessage *inner = g_mime_message_part_get_message (GMIME_MESSAGE_PART (object));

      /* The returned original: its headers are evidence, its body is not the
       * bounce's text and is not scanned. It may also be a bounce forwarded
       * whole by a gateway: the analyzer looks into it when the outer
       * message turns out to say nothing. */
      if (inner != NULL)
        {
          take_original (w->scan, inner);
          if (w->scan->embedded == NULL)
            w->scan->embedded = g_object_ref (inner);
        }
      return;
    }

  if (!GMIME_IS_PART (object))
    return;

  if (is_type (type, "message", "delivery-status") ||
      is_type (type, "message", "global-delivery-status"))
    {
      gsize len;
      g_autofree char *raw = part_content (GMIME_PART (object), &len);

      g_ptr_array_add (w->scan->dsn_texts, bounce_mime_normalize_text (raw, len, BOUNCE_MIME_MAX_BODY));
      return;
    }

  if (is_type (type, "message", "feedback-report"))
    {
      w->scan->feedback = TRUE;
      return;
    }

  if (is_type (type, "text", "rfc822-headers") ||
      is_type (type, "message", "global-headers"))
    {
      gsize len;
      g_autofree char *raw = part_content (GMIME_PART (object), &len);
      g_autofree char *text = bounce_mime_normalize_text (raw, len, BOUNCE_MIME_MAX_BODY);

      take_original_headers (w->scan, text, strlen (text));
      return;
    }

  if (GMIME_IS_TEXT_PART (object) && is_type (type, "text", "plain"))
    {
      const char *disposition = g_mime_object_get_disposition (object);
      g_autofree char *text = NULL;

      /* An attached text file after the first text is not the bounce's
       * message: some servers attach the original as a .txt. */
      if (w->n_text > 0 && disposition != NULL &&
          g_ascii_strcasecmp (disposition, "attachment") == 0)
        return;

      text = text_part_utf8 (GMIME_TEXT_PART (object));
      add_text (w->scan, text);
      w->n_text++;
      return;
    }

  if (GMIME_IS_TEXT_PART (object) && is_type (type, "text", "html") && w->first_html == NULL)
    {
      g_autofree char *html = text_part_utf8 (GMIME_TEXT_PART (object));

      w->first_html = html_to_text (html);
    }
}

/* Finds, case-insensitively, @needle at the start of a line of @text. */
static const char *
find_line_prefix (const char *text,
                  const char *needle)
{
  gsize n = strlen (needle);
  const char *p = text;

  while (p != NULL && *p != '\0')
    {
      if (g_ascii_strncasecmp (p, needle, n) == 0)
        return p;
      p = strchr (p, '\n');
      if (p != NULL)
        p++;
    }

  return NULL;
}

/* Some servers send the DSN fields as plain text, in the body or in a
 * text/plain part: keep the text from the first field on as a DSN. */
static void
find_dsn_in_text (BounceMimeScan *scan)
{
  const char *recipient;
  const char *reporting;
  const char *start;

  if (scan->dsn_texts->len > 0 || scan->body->len == 0)
    return;

  recipient = find_line_prefix (scan->body->str, "Final-Recipient:");
  if (recipient == NULL)
    recipient = find_line_prefix (scan->body->str, "Original-Recipient:");
  if (recipient == NULL)
    return;

  if (find_line_prefix (recipient, "Action:") == NULL &&
      find_line_prefix (recipient, "Status:") == NULL)
    return;

  /* Start at Reporting-MTA, or else at the top of the block that holds the
   * first recipient field: Action and Status may come before it. */
  reporting = find_line_prefix (scan->body->str, "Reporting-MTA:");
  if (reporting != NULL && reporting < recipient)
    start = reporting;
  else
    {
      start = recipient;
      while (start > scan->body->str &&
             !(start[-1] == '\n' && start - 1 > scan->body->str && start[-2] == '\n'))
        start--;
    }

  g_ptr_array_add (scan->dsn_texts, g_strdup (start));
  scan->dsn_in_text = TRUE;
}

static gboolean
line_is_header (const char *line,
                const char *eol)
{
  const char *p = line;

  while (p < eol && (g_ascii_isalnum (*p) || *p == '-' || *p == '_'))
    p++;

  return p > line && p < eol && *p == ':' && p - line < 60;
}

/* An original quoted in the text after a marker line such as "----- Original
 * message -----" (Sendmail), "------ This is a copy of the message, including
 * all the headers. ------" (Exim) or "--- Below this line is a copy of the
 * message." (qmail): its header block is the original's headers. */
static void
find_original_in_text (BounceMimeScan *scan)
{
  static const char * const markers[] = {
    "original message", "copy of the message", "unsent message", "returned message",
    "message headers follow", "original message header", "copy of your message",
    "message that caused", "rfc822 headers",
  };
  const char *p = scan->body->str;

  if (scan->have_original)
    return;

  while (p != NULL && *p != '\0')
    {
      const char *eol = strchr (p, '\n');
      gsize len = eol != NULL ? (gsize) (eol - p) : strlen (p);
      gboolean marker = FALSE;

      if (len > 0 && len < 160 && !line_is_header (p, p + len))
        {
          g_autofree char *lower = g_ascii_strdown (p, len);

          for (guint i = 0; i < G_N_ELEMENTS (markers) && !marker; i++)
            marker = strstr (lower, markers[i]) != NULL;
        }

      if (marker && eol != NULL)
        {
          const char *start = eol + 1;
          const char *q;

          /* Skip blank lines and an mbox "From " line. */
          while (*start == '\n' || *start == ' ' || *start == '\t')
            start++;
          if (strncmp (start, "From ", 5) == 0)
            {
              const char *nl = strchr (start, '\n');

              start = nl != NULL ? nl + 1 : start + strlen (start);
            }

          q = strchr (start, '\n');
          if (line_is_header (start, q != NULL ? q : start + strlen (start)))
            {
              const char *end = strstr (start, "\n\n");

              if (end == NULL)
                end = start + strlen (start);
              take_original_headers (scan, start, end - start + 1);
              return;
            }
        }

      p = eol != NULL ? eol + 1 : NULL;
    }
}

void
bounce_mime_scan_message (BounceMimeScan *scan,
                          GMimeMessage   *message,
                          guint           max_depth)
{
  Walk w = { scan, max_depth, NULL, 0 };
  GMimeObject *object = GMIME_OBJECT (message);
  GMimeObject *body;
  g_autofree char *headers = NULL;
  const char *subject;

  subject = g_mime_message_get_subject (message);
  if (subject != NULL)
    scan->subject = g_strstrip (to_utf8 (g_strdup (subject), -1, TRUE));
  scan->from = list_to_string (g_mime_message_get_from (message));
  scan->date = decoded_header (object, "Date");

  headers = g_mime_object_get_headers (object, NULL);
  if (headers != NULL)
    {
      g_autofree char *text = bounce_mime_normalize_text (headers, strlen (headers), BOUNCE_MIME_MAX_BODY);

      g_string_append (scan->headers, text);
    }

  body = g_mime_message_get_mime_part (message);
  if (body != NULL)
    walk (&w, body, 1);

  if (w.n_text == 0 && w.first_html != NULL)
    add_text (scan, w.first_html);
  g_free (w.first_html);

  find_dsn_in_text (scan);
  find_original_in_text (scan);
}

/* Pasted text: no headers, the whole text is the body. */
void
bounce_mime_scan_text (BounceMimeScan *scan,
                       const char     *text,
                       gsize           length)
{
  g_autofree char *normalized = bounce_mime_normalize_text (text, length, BOUNCE_MIME_MAX_BODY);

  add_text (scan, normalized);
  find_dsn_in_text (scan);
  find_original_in_text (scan);
}

/* Whether pasted text starts with a header block, so that it is a whole
 * message rather than a body copied out of a mail client. */
gboolean
bounce_mime_looks_like_message (const char *text,
                                gsize       length)
{
  static const char * const known[] = {
    "from:", "to:", "subject:", "date:", "received:", "return-path:", "message-id:",
    "mime-version:", "content-type:", "delivered-to:", "x-failed-recipients:",
    "auto-submitted:", "reply-to:", "sender:",
  };
  const char *p = text;
  const char *end = text + length;
  guint n_known = 0;
  guint n_lines = 0;

  if (length >= 5 && strncmp (text, "From ", 5) == 0)
    return TRUE;

  while (p < end && n_lines < 200)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line_end = eol != NULL ? eol : end;
      const char *cr = memchr (p, '\r', line_end - p);

      if (cr != NULL)
        line_end = cr;

      if (line_end == p)
        break; /* end of the header block */

      if (*p != ' ' && *p != '\t')
        {
          if (!line_is_header (p, line_end))
            return FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (known); i++)
            if (g_ascii_strncasecmp (p, known[i], strlen (known[i])) == 0)
              {
                n_known++;
                break;
              }
        }

      n_lines++;
      if (cr != NULL && (cr + 1 >= end || cr[1] != '\n'))
        p = cr + 1;
      else
        p = eol != NULL ? eol + 1 : end;
    }

  return n_known >= 2;
}
