/* bounce-freetext.c
 *
 * The free-text bounce scanner: the table of format recognisers, the
 * preparation of the text (HTML reduced to text, forwarded quotes removed),
 * the generic fallback and the public entry points.
 *
 * Recognisers are tried in order; each detect() looks only at cheap markers
 * (sender, subject, header names, a few phrases of the body), and the first
 * that matches scans the text. A recogniser that finds nothing hands over to
 * the generic scanner, so an unusual variant of a known format still yields
 * what plain pattern matching can find.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-freetext-private.h"

static gboolean
generic_detect (const BounceFreetextInput *input,
                const char                *body)
{
  return body != NULL && *body != '\0';
}

/* Specific providers before the MTA software they run, specific phrasing
 * before loose phrasing, the generic scanner last. */
static const BounceFreetextFormat formats[] = {
  { "amazonses",       _bounce_ft_amazonses_detect,       _bounce_ft_amazonses_scan },
  { "sendgrid",        _bounce_ft_sendgrid_detect,        _bounce_ft_sendgrid_scan },
  { "googlegroups",    _bounce_ft_googlegroups_detect,    _bounce_ft_googlegroups_scan },
  { "gmail",           _bounce_ft_gmail_detect,           _bounce_ft_gmail_scan },
  { "microsoft",       _bounce_ft_microsoft_detect,       _bounce_ft_microsoft_scan },
  { "yahoo",           _bounce_ft_yahoo_detect,           _bounce_ft_yahoo_scan },
  { "mailru",          _bounce_ft_mailru_detect,          _bounce_ft_mailru_scan },
  { "yandex",          _bounce_ft_yandex_detect,          _bounce_ft_yandex_scan },
  { "gmx",             _bounce_ft_gmx_detect,             _bounce_ft_gmx_scan },
  { "zoho",            _bounce_ft_zoho_detect,            _bounce_ft_zoho_scan },
  { "kddi",            _bounce_ft_kddi_detect,            _bounce_ft_kddi_scan },
  { "verizon",         _bounce_ft_verizon_detect,         _bounce_ft_verizon_scan },
  { "exchange2003",    _bounce_ft_exchange2003_detect,    _bounce_ft_exchange2003_scan },
  { "domino",          _bounce_ft_domino_detect,          _bounce_ft_domino_scan },
  { "notes",           _bounce_ft_notes_detect,           _bounce_ft_notes_scan },
  { "messagingserver", _bounce_ft_messagingserver_detect, _bounce_ft_messagingserver_scan },
  { "opensmtpd",       _bounce_ft_opensmtpd_detect,       _bounce_ft_opensmtpd_scan },
  { "dragonfly",       _bounce_ft_dragonfly_detect,       _bounce_ft_dragonfly_scan },
  { "courier",         _bounce_ft_courier_detect,         _bounce_ft_courier_scan },
  { "imail",           _bounce_ft_imail_detect,           _bounce_ft_imail_scan },
  { "mfilter",         _bounce_ft_mfilter_detect,         _bounce_ft_mfilter_scan },
  { "x1",              _bounce_ft_x1_detect,              _bounce_ft_x1_scan },
  { "x2",              _bounce_ft_x2_detect,              _bounce_ft_x2_scan },
  { "x3",              _bounce_ft_x3_detect,              _bounce_ft_x3_scan },
  { "x6",              _bounce_ft_x6_detect,              _bounce_ft_x6_scan },
  { "mailmarshal",     _bounce_ft_mailmarshal_detect,     _bounce_ft_filters_scan },
  { "biglobe",         _bounce_ft_biglobe_detect,         _bounce_ft_sendmail_scan },
  { "mcafee",          _bounce_ft_mcafee_detect,          _bounce_ft_filters_scan },
  { "interscan",       _bounce_ft_interscan_detect,       _bounce_ft_filters_scan },
  { "mailfoundry",     _bounce_ft_mailfoundry_detect,     _bounce_ft_filters_scan },
  { "fml",             _bounce_ft_fml_detect,             _bounce_ft_filters_scan },
  { "textreport",      _bounce_ft_filters_detect,         _bounce_ft_filters_scan },
  { "qmail",           _bounce_ft_qmail_detect,           _bounce_ft_qmail_scan },
  { "postfix",         _bounce_ft_postfix_detect,         _bounce_ft_postfix_scan },
  { "exim",            _bounce_ft_exim_detect,            _bounce_ft_exim_scan },
  { "sendmail",        _bounce_ft_sendmail_detect,        _bounce_ft_sendmail_scan },
  { "generic",         generic_detect,                    _bounce_freetext_scan_generic },
};

/* Reduces HTML to text: tags become nothing (block tags a line break), a
 * few entities are decoded. An address in angle brackets is not a tag. */
static char *
html_to_text (const char *html)
{
  GString *out = g_string_sized_new (strlen (html) / 2);
  const char *p = html;
  const char *next_close = NULL;   /* the first '>' after the last look */
  const char *no_close_to = html;  /* no '>' was found before this */

  while (*p != '\0')
    {
      if (*p == '<' && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!'))
        {
          /* Tags are short: looking no further than 4 KiB, and remembering
           * what was seen, keeps the pass linear on text full of stray '<'. */
          const char *close = NULL;
          const char *at;
          const char *space;
          gboolean is_tag;

          if (next_close != NULL && next_close > p)
            close = next_close;
          else if (p >= no_close_to)
            {
              gsize avail = strnlen (p, 4096);

              close = memchr (p, '>', avail);
              if (close != NULL)
                next_close = close;
              else
                no_close_to = p + avail;
            }
          if (close != NULL && close - p > 4096)
            close = NULL;

          at = close ? memchr (p, '@', close - p) : NULL;
          space = close ? memchr (p, ' ', close - p) : NULL;
          is_tag = close != NULL && (at == NULL || (space != NULL && space < at));

          if (is_tag)
            {
              gsize nlen = close - p;
              const char *name = p + 1 + (p[1] == '/');

              /* <style> and <script> bodies are not text. */
              if (g_ascii_strncasecmp (p, "<style", 6) == 0 ||
                  g_ascii_strncasecmp (p, "<script", 7) == 0)
                {
                  gboolean style = p[2] == 't' || p[2] == 'T';
                  const char *end = _bounce_str_find_case (close, style ? "</style" : "</script");

                  if (end == NULL)
                    break;
                  close = strchr (end, '>');
                  if (close == NULL)
                    break;
                  p = close + 1;
                  continue;
                }

              if (g_ascii_strncasecmp (name, "br", 2) == 0 ||
                  g_ascii_strncasecmp (name, "p", 1) == 0 ||
                  g_ascii_strncasecmp (name, "div", 3) == 0 ||
                  g_ascii_strncasecmp (name, "tr", 2) == 0 ||
                  g_ascii_strncasecmp (name, "li", 2) == 0 ||
                  g_ascii_strncasecmp (name, "h", 1) == 0 ||
                  g_ascii_strncasecmp (name, "table", 5) == 0)
                g_string_append_c (out, '\n');
              else if (g_ascii_strncasecmp (name, "td", 2) == 0 && nlen > 0)
                g_string_append_c (out, ' ');

              p = close + 1;
              continue;
            }
        }

      if (*p == '&')
        {
          static const struct { const char *entity; const char *text; } entities[] = {
            { "&lt;", "<" }, { "&gt;", ">" }, { "&amp;", "&" }, { "&quot;", "\"" },
            { "&#39;", "'" }, { "&nbsp;", " " }, { "&#160;", " " }, { "&apos;", "'" },
          };
          gboolean done = FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
            {
              gsize elen = strlen (entities[i].entity);

              if (g_ascii_strncasecmp (p, entities[i].entity, elen) == 0)
                {
                  g_string_append (out, entities[i].text);
                  p += elen;
                  done = TRUE;
                  break;
                }
            }
          if (done)
            continue;
        }

      g_string_append_c (out, *p);
      p++;
    }

  return g_string_free (out, FALSE);
}

static gboolean
looks_like_html (const char *top,
                 gsize       len)
{
  static const char * const tags[] = {
    "<html", "<HTML", "<body", "<BODY", "<br>", "<BR>", "<p>", "<P>", "<div", "<DIV", "<table", NULL
  };
  const char *end = top + len;

  /* One walk over the '<' of the text rather than a search per tag. */
  for (const char *p = memchr (top, '<', len); p != NULL; p = memchr (p + 1, '<', end - p - 1))
    {
      for (guint i = 0; tags[i] != NULL; i++)
        {
          gsize tag_len = strlen (tags[i]);

          if (tags[i][1] == p[1] && tag_len <= (gsize) (end - p) && memcmp (p, tags[i], tag_len) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* A bounce forwarded by a person arrives quoted with "> ": unquote it once. */
static char *
unquote (const char *body)
{
  GString *out = g_string_sized_new (strlen (body));
  BounceLines it;
  const char *line;
  gsize len;

  _bounce_lines_init (&it, body);
  while (_bounce_lines_next (&it, &line, &len))
    {
      /* ">>> DATA" is an SMTP transcript, not a quote. */
      if (len > 0 && line[0] == '>' && !_bounce_ascii_has_prefix (line, len, ">>> "))
        {
          line++;
          len--;
          if (len > 0 && line[0] == ' ')
            {
              line++;
              len--;
            }
        }
      g_string_append_len (out, line, len);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* Text pasted from a reply: most of its lines start with "> ". @top has
 * no NUL in its @len bytes. */
static gboolean
mostly_quoted (const char *top,
               gsize       len)
{
  const char *end = top + len;
  const char *p = top;
  guint quoted = 0;
  guint text = 0;

  /* Without a line break before a '>', at most the first line is quoted. */
  if (_bounce_ascii_find (top, len, "\n>") == NULL)
    return FALSE;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line = p;
      gsize line_len = (eol != NULL ? eol : end) - p;

      p = eol != NULL ? eol + 1 : end;
      while (line_len > 0 && line[line_len - 1] == '\r')
        line_len--;
      if (_bounce_line_is_blank (line, line_len))
        continue;
      text++;
      if (line[0] == '>' && !_bounce_ascii_has_prefix (line, line_len, ">>> "))
        quoted++;
    }

  return quoted >= 3 && quoted * 2 >= text;
}

static gboolean
is_forwarded (const BounceFreetextInput *input,
              const char                *top,
              gsize                      len)
{
  static const char * const markers[] = {
    "Begin forwarded message:",
    "---------- Forwarded message",
    "-----Original Message-----\n> ",
    NULL
  };
  const char *subject = input->subject;

  if (subject != NULL && (g_ascii_strncasecmp (subject, "Fwd:", 4) == 0 ||
                          g_ascii_strncasecmp (subject, "Fw:", 3) == 0))
    return TRUE;
  if (mostly_quoted (top, len))
    return TRUE;

  for (guint i = 0; markers[i] != NULL; i++)
    if (_bounce_ascii_find (top, len, markers[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* What the recognisers read: the body (rewritten when it is HTML or a
 * forwarded quote) and its head, the report part up to the line where a
 * returned original begins. Markers are looked for in the head only: that
 * keeps detection cheap on long messages, and words quoted from the
 * original message cannot pass for the report's. */
#define HEAD_MAX (16 * 1024)

typedef struct
{
  char       *owned;
  const char *body;
  const char *head;
  GString    *head_buffer;  /* holds head */
} Prepared;

/* The buffer of a head, kept per thread from one message to the next: a new
 * copy of up to 16 KiB per message was a large allocation each time, which
 * made glibc consolidate its free lists. A nested scan (none today) would
 * find the slot empty and allocate its own. */
static void
head_buffer_free (gpointer data)
{
  g_string_free (data, TRUE);
}

static GPrivate spare_head = G_PRIVATE_INIT (head_buffer_free);

static GString *
head_buffer_take (void)
{
  GString *buffer = g_private_get (&spare_head);

  if (buffer == NULL)
    return g_string_sized_new (1024);

  g_private_set (&spare_head, NULL);
  g_string_truncate (buffer, 0);

  return buffer;
}

static void
head_buffer_give_back (GString *buffer)
{
  if (g_private_get (&spare_head) == NULL)
    g_private_set (&spare_head, buffer);
  else
    g_string_free (buffer, TRUE);
}

static const char *
report_head (const char *body,
             GString    *out)
{
  BounceLines it;
  const char *line;
  gsize len;

  _bounce_lines_init (&it, body);
  while (_bounce_lines_next (&it, &line, &len))
    {
      if ((gsize) (line - body) >= HEAD_MAX || _bounce_line_starts_original (line, len))
        {
          gsize end = MIN ((gsize) (line + len - body), HEAD_MAX);

          g_string_append_len (out, body, end);
          return out->str;
        }
    }

  g_string_append_len (out, body, strnlen (body, HEAD_MAX));
  return out->str;
}

static void
prepared_init (Prepared                  *prepared,
               const BounceFreetextInput *input)
{
  gsize top_len;

  memset (prepared, 0, sizeof *prepared);
  if (input->body == NULL)
    return;

  prepared->body = input->body;

  top_len = strnlen (input->body, HEAD_MAX);
  if (looks_like_html (input->body, top_len))
    prepared->body = prepared->owned = html_to_text (input->body);
  /* The quick test first: most bounces have no quoted line at all. */
  if (strstr (prepared->body, "\n>") != NULL && is_forwarded (input, input->body, top_len))
    {
      char *unquoted = unquote (prepared->body);

      g_free (prepared->owned);
      prepared->body = prepared->owned = unquoted;
    }

  prepared->head_buffer = head_buffer_take ();
  prepared->head = report_head (prepared->body, prepared->head_buffer);
}

static void
prepared_clear (Prepared *prepared)
{
  g_free (prepared->owned);
  if (prepared->head_buffer != NULL)
    head_buffer_give_back (prepared->head_buffer);
}

static gboolean looks_like_bounce (const BounceFreetextInput *input);
static gboolean sent_by_daemon    (const BounceFreetextInput *input);

/* A message with headers that neither presents itself as a bounce (sender,
 * subject) nor says anything a bounce says is ordinary mail: only the
 * strict generic scan may look at it, so that a letter that happens to
 * mention an address next to a number is not taken for a failure. */
static gboolean
says_bounce (const char *head)
{
  static const char * const phrases[] = {
    "could not be delivered", "couldn't be delivered", "wasn't delivered", "was not delivered",
    "not be delivered", "ndeliver", "NDELIVER", "elivery failed", "elivery has failed",
    "elivery to the following", "failed permanently", "permanent error", "nable to deliver",
    "returned to sender", "did not reach", "delivery problems", "Delivery Status Notification",
    "mail delivery", "Mail delivery", "Mail Delivery", "Remote host said", "fatal errors",
    "The mail system", "Diagnostic-Code", "(in reply to", "SMTP error", "Transcript of session",
    "not yet been delivered", "could not send message", "Technical details", "delivery attempt",
    "error(s)", "The response was", "MAILER-DAEMON", "Error message below", "notificationType",
    "following recipients", "following address", "following recipient", "Failure Reasons",
    "rejected your message", "Could not be delivered", "Original mail as follows",
    "could not be sent", "non-deliverable", "Failed to send", "failed to deliver",
    NULL
  };

  return _bounce_text_has_any (head, phrases);
}

static gboolean
may_be_bounce (const BounceFreetextInput *input,
               const char                *head)
{
  if (input->headers == NULL || *input->headers == '\0')
    return TRUE;
  if (looks_like_bounce (input))
    return TRUE;

  return says_bounce (head);
}

static const BounceFreetextFormat *
find_format (const BounceFreetextInput *input,
             const char                *body)
{
  const BounceFreetextFormat *found = NULL;
  guint first = 0;

  if (body == NULL)
    return NULL;

  /* The detectors ask many "does the text say X?" of @body: the caller has
   * its filter on (_bounce_body_filter_begin ()). */
  if (!may_be_bounce (input, body))
    first = G_N_ELEMENTS (formats) - 1;

  for (guint i = first; i < G_N_ELEMENTS (formats) && found == NULL; i++)
    if (formats[i].detect (input, body))
      found = &formats[i];

  return found;
}

static gboolean
says_delayed (const BounceFreetextInput *input,
              const char                *body)
{
  static const char * const subjects[] = {
    "Delayed Mail", "delayed", "Delay", "DELAY", "Warning: could not send message",
    "Warnung", "still being retried", NULL
  };
  static const char * const phrases[] = {
    "This is a delivery status notification, NOT an error",
    "NOT an error message",
    "has not yet been delivered",
    "Warning: could not send message for past",
    "THIS IS A WARNING MESSAGE ONLY",
    "will retry",
    "Will be retried",
    "will be retried",
    "still trying",
    "Delivery to the following recipient has been delayed",
    "Delivery to the following recipients has been delayed",
    "Delivery has been delayed",
    "delivery has been delayed",
    "YOU DO NOT NEED TO RESEND YOUR MESSAGE",
    "no action is required on your part",
    "The server will keep trying",
    "will continue to try",
    "is delayed for more than",
    "only a temporary failure report",
    "DELAYS IN DELIVERING YOUR MESSAGE",
    NULL
  };
  static const char * const final_phrases[] = {
    "permanent error",
    "failed permanently",
    "I've given up",
    "giving up",
    "Giving up",
    "too long",
    NULL
  };

  if (_bounce_text_has_any (body, final_phrases))
    return FALSE;

  return _bounce_text_has_any (input->subject, subjects) || _bounce_text_has_any (body, phrases);
}

/* Fills what the recognisers leave open: the remote host named in the
 * diagnostic, and the action when the text says it outright or the codes
 * make it plain. */
static void
finish_hits (BounceFreetextScan *scan)
{
  static const char * const success[] = {
    "successfully delivered", "delivered to these recipients", "Your message was relayed",
    "relayed to these recipients", "delivery to the following recipients was completed",
    NULL
  };
  gboolean delayed = says_delayed (scan->input, scan->head);
  gboolean delivered = _bounce_text_has_any (scan->head, success);

  for (guint i = 0; i < scan->hits->len; i++)
    {
      BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

      if (hit->remote_mta == NULL && hit->diagnostic != NULL)
        hit->remote_mta = _bounce_find_remote_host (hit->diagnostic);

      /* A success notice ("delivery via mx[...]: 250 2.0.0 Ok") is not a
       * failure, whatever the format's usual business. */
      if (hit->action == NULL && hit->reply_code == 0 &&
          ((hit->status != NULL && hit->status[0] == '2') || (delivered && hit->status == NULL)))
        hit->action = g_strdup ("delivered");
      else if (hit->action == NULL && delayed)
        hit->action = g_strdup ("delayed");
      else if (hit->action == NULL &&
               (hit->reply_code >= 500 || (hit->status != NULL && hit->status[0] == '5')))
        hit->action = g_strdup ("failed");
      else if (hit->action == NULL && g_strcmp0 (scan->mta, "generic") != 0)
        hit->action = g_strdup ("failed");   /* a known failure report */
    }
}

/* Whether the message as a whole presents itself as a delivery failure, so
 * that an address with no code next to it may still be a failed recipient. */
static gboolean
looks_like_bounce (const BounceFreetextInput *input)
{
  static const char * const subjects[] = {
    "undeliver", "returned mail", "failure", "failed", "delivery status", "delivery report",
    "delivery notification", "mail delivery", "mail error", "mail system error", "non-delivery",
    "nondelivery", "rejected", "warning: ", "non remis", "unzustellbar", "nicht zustellbar",
    "zustellung", "non recapitabile", "no se puede entregar", "onbestelbaar",
    "não é possível entregar", "配信不能", "メールエラー", "недостав", "Недостав",
    NULL
  };
  g_autofree char *subject = NULL;

  if (sent_by_daemon (input))
    return TRUE;

  /* Case does not matter; a few hundred bytes are enough to tell. */
  if (input->subject != NULL)
    subject = g_ascii_strdown (input->subject, MIN (strlen (input->subject), 256));

  return _bounce_text_has_any (subject, subjects);
}

/* The sender of a notification: the null sender "<>" RFC 5321 prescribes,
 * or a daemon's or postmaster's address. Unlike a subject, this is not
 * something ordinary mail says by chance. */
static gboolean
sent_by_daemon (const BounceFreetextInput *input)
{
  static const char * const senders[] = {
    "mailer-daemon", "mailer_daemon", "postmaster", "mail delivery", "mail administrator",
    "mail system", "root@", NULL
  };
  g_autofree char *from = NULL;

  if (input->from != NULL && (strcmp (input->from, "<>") == 0 || strcmp (input->from, "") == 0))
    return TRUE;
  if (input->headers != NULL &&
      (strstr (input->headers, "Return-Path: <>") != NULL ||
       strstr (input->headers, "Return-path: <>") != NULL))
    return TRUE;

  if (input->from != NULL)
    from = g_ascii_strdown (input->from, MIN (strlen (input->from), 256));

  return _bounce_text_has_any (from, senders);
}

/* "550 5.1.1", "550-5.1.1" or "550 #5.1.1": a reply no prose imitates. */
static gboolean
reply_has_status (const char *line,
                  gsize       len)
{
  guint code = 0;
  const char *at = _bounce_find_reply_code (line, len, &code);
  gsize slen = 0;
  const char *status;

  if (at == NULL)
    return FALSE;
  status = _bounce_find_status (at, line + len - at, &slen);

  return status != NULL && status - at <= 5;
}

static gboolean
is_daemon_address (const char *addr,
                   gsize       len)
{
  return _bounce_ascii_has_prefix (addr, len, "mailer-daemon@") ||
         _bounce_ascii_has_prefix (addr, len, "MAILER_DAEMON@");
}

/* The fallback for text nobody signed: a line naming an address and an SMTP
 * reply ("<bob@example.com>: host mx[1.2.3.4] said: 550 5.1.1 ...",
 * "RCPT TO:<bob@example.com> ... 550 ...", a pasted "550 5.1.1
 * <bob@example.com>: ..."), a reply on the lines after a line naming an
 * address, and finally a reply with no address at all. */
void
_bounce_freetext_scan_generic (BounceFreetextScan *scan)
{
  BounceLines it;
  const char *line;
  gsize len;
  const char *pending = NULL;
  gsize pending_len = 0;
  BounceFreetextHit *last = NULL;
  const char *anon_line = NULL;
  gsize anon_len = 0;
  /* Addresses without a reply next to them are failed recipients only when
   * the sender or the text says this is a bounce; a subject is not enough
   * ("Build failed" mail names addresses too). */
  gboolean bounce_like = sent_by_daemon (scan->input) || says_bounce (scan->head);
  gboolean strict = !may_be_bounce (scan->input, scan->head);

  if (scan->body == NULL)
    return;

  _bounce_lines_init (&it, scan->body);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *addr;
      const char *code_at;
      const char *status_at;
      const char *rcpt;
      const char *diag;
      BounceFreetextHit *hit = NULL;
      gsize addr_len = 0;
      gsize status_len = 0;
      guint code = 0;

      if (_bounce_line_starts_original (line, len))
        break;

      if (_bounce_line_is_blank (line, len))
        {
          last = NULL;
          continue;
        }

      code_at = _bounce_find_reply_code (line, len, &code);
      status_at = _bounce_find_status (line, len, &status_len);

      /* An indented line right after a reply continues it. */
      if (last != NULL && (line[0] == ' ' || line[0] == '\t'))
        {
          _bounce_freetext_hit_append (last, line, len);
          continue;
        }
      last = NULL;

      rcpt = _bounce_ascii_find_case (line, len, "RCPT TO:");
      if (rcpt != NULL)
        addr = _bounce_find_address (rcpt, line + len - rcpt, &addr_len);
      else
        addr = _bounce_find_address (line, len, &addr_len);

      if (addr != NULL && is_daemon_address (addr, addr_len))
        addr = NULL;

      /* In a message that does not present itself as a bounce, only a reply
       * with an enhanced status ("550 5.1.1") is evidence enough. */
      if (strict && !reply_has_status (line, len))
        code_at = status_at = NULL;

      if (code_at == NULL && status_at == NULL)
        {
          if (addr != NULL && !_bounce_line_is_header_like (line, len))
            {
              pending = addr;
              pending_len = addr_len;
            }
          continue;
        }

      /* The reply starts at its code; a status before it counts only when it
       * is of the same class (not "version 2.5.1 ... 550"). */
      diag = code_at;
      if (diag == NULL || (status_at != NULL && status_at < diag && status_at[0] == code_at[0]))
        diag = status_at;
      /* "after RCPT TO:<bob@x>: 550 ..." : the reply is what follows. */
      if (addr != NULL && rcpt != NULL && diag < addr)
        diag = addr + addr_len;

      if (addr != NULL)
        hit = _bounce_freetext_scan_add (scan, addr, addr_len);
      else if (pending != NULL)
        hit = _bounce_freetext_scan_add (scan, pending, pending_len);
      else
        {
          if (anon_line == NULL)
            {
              anon_line = diag;
              anon_len = line + len - diag;
            }
          continue;
        }

      pending = NULL;
      if (hit == NULL || hit->diagnostic != NULL)
        continue;

      if (diag > line && diag[-1] == '<')
        diag--;
      _bounce_freetext_hit_append (hit, diag, line + len - diag);
      last = hit;

      /* "<bob@x>: host mx.example.com[192.0.2.1] said: 550 ...": the host
       * is named before the reply. */
      if (hit->remote_mta == NULL && diag > line)
        {
          g_autofree char *before = g_strndup (line, MIN ((gsize) (diag - line), 1024));

          hit->remote_mta = _bounce_find_remote_host (before);
        }
    }

  /* DSN fields written as text. */
  if (scan->hits->len == 0 && bounce_like && strstr (scan->body, "Final-Recipient:") != NULL)
    _bounce_freetext_scan_dsn_fields (scan, scan->body);

  /* A recognised bounce whose addresses carry no codes: a block per address. */
  if (scan->hits->len == 0 && bounce_like)
    {
      static const char * const begin[] = {
        "following recipient", "following address", "following addresses",
        "could not be delivered to", "Could not be delivered to", "was not delivered to",
        "following destination",
        NULL
      };
      static const BounceBlockSpec spec = {
        begin, NULL, BOUNCE_RCPT_INTRODUCED,
        BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_REST_IS_DIAG, NULL
      };
      /* Without an introduction, each line presenting an address is its own
       * reason ("User's mailbox is full: <bob@example.com>"). */
      static const BounceBlockSpec lines = {
        NULL, NULL, BOUNCE_RCPT_INTRODUCED, BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_LINE_IS_DIAG, NULL
      };
      gboolean started = FALSE;

      for (guint i = 0; begin[i] != NULL && !started; i++)
        started = strstr (scan->body, begin[i]) != NULL;
      _bounce_freetext_scan_blocks (scan, started ? &spec : &lines);
    }

  if (scan->hits->len == 0)
    _bounce_freetext_scan_header_recipients (scan, anon_line, anon_len);

  /* Pasted text often has the reply but no recipient at all. */
  if (scan->hits->len == 0 && anon_line != NULL)
    {
      BounceFreetextHit *hit = _bounce_freetext_scan_add_anonymous (scan);

      if (hit != NULL)
        _bounce_freetext_hit_append (hit, anon_line, anon_len);
    }
}

/**
 * bounce_freetext_detect:
 * @input: the message as text
 *
 * Returns: (nullable): the static name of the format that wrote @input
 *   ("postfix", "exim", "gmail", ..., or "generic"), or %NULL when there is
 *   no text to scan
 */
const char *
bounce_freetext_detect (const BounceFreetextInput *input)
{
  const BounceFreetextFormat *format;
  Prepared prepared;

  g_return_val_if_fail (input != NULL, NULL);

  prepared_init (&prepared, input);
  _bounce_body_filter_begin (prepared.head);
  format = find_format (input, prepared.head);
  _bounce_body_filter_end ();
  prepared_clear (&prepared);

  return format ? format->name : NULL;
}

/**
 * bounce_freetext_scan:
 * @input: the message as text
 * @max_recipients: the most hits to return
 *
 * Returns: (transfer full) (element-type BounceFreetextHit): the failed or
 *   delayed recipients found, possibly none
 */
GPtrArray *
bounce_freetext_scan (const BounceFreetextInput *input,
                      guint                      max_recipients)
{
  const BounceFreetextFormat *format;
  Prepared prepared;
  BounceFreetextScan scan = { 0 };

  g_return_val_if_fail (input != NULL, NULL);

  prepared_init (&prepared, input);

  scan.input = input;
  scan.body = prepared.body;
  scan.head = prepared.head;
  scan.hits = g_ptr_array_new_with_free_func ((GDestroyNotify) bounce_freetext_hit_free);
  scan.max_recipients = max_recipients;

  /* The head is asked about from detection to finish_hits (): filter it
   * for the whole scan. */
  _bounce_body_filter_begin (prepared.head);
  format = find_format (input, prepared.head);
  if (format == NULL || max_recipients == 0)
    {
      _bounce_body_filter_end ();
      prepared_clear (&prepared);
      return scan.hits;
    }

  scan.mta = format->name;
  format->scan (&scan);

  /* A known format in an unknown variant: take what plain matching finds. */
  if (scan.hits->len == 0 && format->scan != _bounce_freetext_scan_generic)
    _bounce_freetext_scan_generic (&scan);

  finish_hits (&scan);
  _bounce_body_filter_end ();
  prepared_clear (&prepared);
  _bounce_freetext_scan_index_clear (&scan);

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
