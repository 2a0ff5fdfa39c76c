/* bounce-freetext-mta.c
 *
 * Recognisers for the bounces of mail server software: Postfix, Exim,
 * Sendmail (and its V5 ancestor), qmail (with vpopmail and netqmail),
 * Courier, Exchange 2003, Domino and Notes, OpenSMTPD, Oracle/Sun Messaging
 * Server, IMail, DragonFly Mail Agent, m-FILTER, the anonymous styles known as
 * X1 to X6, and the bounces of mail filters and gateways.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-freetext-private.h"

/* Splits "host mx.example.com[192.0.2.1] said: 550 ..." into the remote host
 * and the server's own words. */
static void
split_host_said (BounceFreetextHit *hit)
{
  const char *said;
  const char *d = hit->diagnostic;

  if (d == NULL || !_bounce_ascii_has_prefix (d, strlen (d), "host "))
    return;

  said = strstr (d, " said: ");
  if (said == NULL)
    return;

  if (hit->remote_mta == NULL)
    hit->remote_mta = _bounce_find_remote_host (d);

  said += strlen (" said: ");
  _bounce_freetext_hit_keep (hit, said, strlen (said));
}

/* Drops the brackets some formats put around a whole diagnostic. */
static void
unwrap_diagnostics (BounceFreetextScan *scan,
                    char                open,
                    char                close)
{
  for (guint i = 0; i < scan->hits->len; i++)
    {
      BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);
      gsize n = hit->diagnostic ? strlen (hit->diagnostic) : 0;

      if (n > 2 && hit->diagnostic[0] == open && hit->diagnostic[n - 1] == close)
        _bounce_freetext_hit_keep (hit, hit->diagnostic + 1, n - 2);
    }
}

/* For diagnostics holding an SMTP transcript (">>> DATA <<< 550 ..."), keeps
 * the server's replies and drops our side of the conversation. */
static void
keep_server_replies (BounceFreetextHit *hit)
{
  const char *d = hit->diagnostic;
  const char *reply;
  GString *out;

  if (d == NULL || (reply = strstr (d, "<<< ")) == NULL)
    return;

  if (hit->remote_mta == NULL)
    hit->remote_mta = _bounce_find_remote_host (d);

  out = g_string_new (NULL);
  while (reply != NULL)
    {
      const char *start = reply + 4;
      const char *stop = strstr (start, " >>> ");
      const char *next = strstr (start, " <<< ");

      if (stop == NULL || (next != NULL && next < stop))
        stop = next;
      if (stop == NULL)
        stop = start + strlen (start);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, start, stop - start);

      reply = next;
    }

  g_free (hit->diagnostic);
  hit->diagnostic = g_string_free (out, FALSE);
}

static void
for_each_hit (BounceFreetextScan *scan,
              void              (*func) (BounceFreetextHit *hit))
{
  for (guint i = 0; i < scan->hits->len; i++)
    func (g_ptr_array_index (scan->hits, i));
}

/* Postfix: "<bob@example.com>: host mx[1.2.3.4] said: 550 ... (in reply to
 * RCPT TO command)", with 4-space continuation lines. */

gboolean
_bounce_ft_postfix_detect (const BounceFreetextInput *input,
                           const char                *body)
{
  return HEADER_HAS (input, "X-Postfix-Queue-ID") ||
         SUBJECT_IS (input, "Undelivered Mail Returned to Sender") ||
         SUBJECT_STARTS (input, "Postfix SMTP server: errors from") ||
         BODY_HAS (body, " In:  RCPT TO:") ||
         SUBJECT_STARTS (input, "Delayed Mail (still being retried)") ||
         BODY_HAS (body, "This is the mail system at host") ||
         BODY_HAS (body, "This is the Postfix program") ||
         BODY_HAS (body, "    The Postfix program") ||
         BODY_HAS (body, "                   The mail system") ||
         BODY_HAS (body, "(in reply to RCPT TO command)") ||
         BODY_HAS (body, "(in reply to end of DATA command)");
}

/* A Postfix (or qmail, Courier) SMTP transcript: "In:  RCPT TO:<bob@x>" and
 * "Out: 550 ..." lines. A failure after RCPT belongs to that recipient; after
 * DATA it belongs to every recipient accepted before. */
static void
scan_in_out_transcript (BounceFreetextScan *scan,
                        const char         *send_mark,
                        const char         *recv_mark)
{
  BounceLines it;
  const char *line;
  gsize len;
  g_autoptr(GPtrArray) accepted = g_ptr_array_new ();
  BounceFreetextHit *last_rcpt = NULL;
  gboolean last_was_rcpt = FALSE;

  _bounce_lines_init (&it, scan->body);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *p = _bounce_skip_space (line, &len);

      if (_bounce_ascii_has_prefix (p, len, send_mark))
        {
          const char *cmd = p + strlen (send_mark);
          gsize cmd_len = len - strlen (send_mark);

          cmd = _bounce_skip_space (cmd, &cmd_len);
          last_was_rcpt = _bounce_ascii_has_prefix (cmd, cmd_len, "RCPT TO");
          if (last_was_rcpt)
            {
              gsize addr_len = 0;
              const char *addr = _bounce_find_address (cmd, cmd_len, &addr_len);

              last_rcpt = addr ? _bounce_freetext_scan_add (scan, addr, addr_len) : NULL;
            }
          continue;
        }

      if (_bounce_ascii_has_prefix (p, len, recv_mark))
        {
          const char *reply = p + strlen (recv_mark);
          gsize reply_len = len - strlen (recv_mark);
          guint code = 0;

          reply = _bounce_skip_space (reply, &reply_len);
          if (reply_len < 3 || !g_ascii_isdigit (reply[0]))
            continue;
          code = (reply[0] - '0') * 100;

          if (last_was_rcpt && last_rcpt != NULL)
            {
              if (code < 400)
                g_ptr_array_add (accepted, last_rcpt);
              else if (last_rcpt->diagnostic == NULL)
                _bounce_freetext_hit_append (last_rcpt, reply, reply_len);
              last_was_rcpt = FALSE;
            }
          else if (code >= 400)
            {
              for (guint i = 0; i < accepted->len; i++)
                {
                  BounceFreetextHit *hit = g_ptr_array_index (accepted, i);

                  if (hit->diagnostic == NULL)
                    _bounce_freetext_hit_append (hit, reply, reply_len);
                }
            }
        }
    }

  /* Recipients that were accepted and never failed did not bounce. */
  for (guint i = scan->hits->len; i > 0; i--)
    {
      BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i - 1);

      if (hit->diagnostic == NULL)
        _bounce_freetext_scan_remove (scan, i - 1);
    }
}

void
_bounce_ft_postfix_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = { "The mail system", "The Postfix program", NULL };
  static const BounceBlockSpec spec = {
    begin, NULL, BOUNCE_RCPT_ANGLE,
    BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_REST_IS_DIAG, NULL
  };

  _bounce_freetext_scan_blocks (scan, &spec);

  if (scan->hits->len == 0 && strstr (scan->body, "In:  RCPT TO:") != NULL)
    scan_in_out_transcript (scan, "In:", "Out:");

  for_each_hit (scan, split_host_said);
}

/* Exim (and the many that copy it: mail.ru, MXLogic, GMX): "The following
 * address(es) failed:", then each address indented two spaces with its
 * explanation indented deeper. */

gboolean
_bounce_ft_exim_detect (const BounceFreetextInput *input,
                        const char                *body)
{
  return HEADER_HAS (input, "X-Failed-Recipients:") && BODY_HAS (body, "mail delivery software") ?
         TRUE :
         BODY_HAS (body, "This message was created automatically by mail delivery software") ||
         BODY_HAS (body, "could not be delivered to one or more of its") ||
         BODY_HAS (body, "has not yet been delivered to one or more of its") ||
         BODY_HAS (body, "The following address(es) failed:") ||
         BODY_HAS (body, "incorrectly constructed") ||
         SUBJECT_STARTS (input, "Mail delivery failed");
}

/* Exim puts "host mx.example.com [192.0.2.1]" on a line of its own before
 * the reply, and a delay notice labels it "Delay reason:": the host becomes
 * the remote MTA, the labels go. */
static void
drop_exim_host_line (BounceFreetextHit *hit)
{
  const char *d = hit->diagnostic;
  const char *p;
  const char *close;

  if (d == NULL)
    return;

  /* "(generated from alias@example.org)" names the alias expanded, not the
   * reason. */
  if (g_str_has_prefix (d, "(generated from ") || g_str_has_prefix (d, "(ultimately generated from "))
    {
      const char *end = strchr (d, ')');

      if (end != NULL && end[1] == ' ')
        {
          _bounce_freetext_hit_keep (hit, end + 2, strlen (end + 2));
          d = hit->diagnostic;
        }
    }

  if (!g_str_has_prefix (d, "host "))
    return;

  close = strchr (d, ']');
  if (close == NULL || close[1] != ' ' || strchr (d, '[') == NULL || strchr (d, '[') > close)
    return;

  if (hit->remote_mta == NULL)
    hit->remote_mta = _bounce_find_remote_host (d);

  p = close + 2;
  if (g_str_has_prefix (p, "Delay reason: "))
    p += strlen ("Delay reason: ");

  _bounce_freetext_hit_keep (hit, p, strlen (p));
}

static const char * const exim_begin[] = {
  "The following address(es) failed:",
  "address(es) failed:",
  "address failed:",
  "addresses failed:",
  "failed:",
  "has not yet been delivered is:",
  "have not yet been delivered are:",
  "not yet been delivered",
  "incorrectly constructed:",
  "could not be delivered to one or more",
  NULL
};

static const char * const exim_end[] = {
  "The following text was generated during the delivery attempt",
  "Included is a copy of the message header",
  "If the message is not delivered",
  "No action is required on your part",
  "This address has been ignored",
  "Рекомендуем",
  "**********************",
  NULL
};

void
_bounce_ft_exim_scan (BounceFreetextScan *scan)
{
  static const BounceBlockSpec spec = {
    exim_begin, exim_end, BOUNCE_RCPT_FIRST,
    BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_REST_IS_DIAG | BOUNCE_BLOCK_INDENTED |
    BOUNCE_BLOCK_BARE_LOCAL, NULL
  };
  /* Deliveries to a pipe or a file ("pipe to |/usr/bin/x", "save to
   * /var/mail/x") name the address only on a "generated by" line. */
  static const BounceBlockSpec loose = {
    exim_begin, exim_end, BOUNCE_RCPT_ANYWHERE,
    BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_LINE_IS_DIAG, NULL
  };
  static const char * const until[] = { "------ This is a copy", NULL };

  if (_bounce_freetext_scan_blocks (scan, &spec) == 0)
    _bounce_freetext_scan_blocks (scan, &loose);

  if (scan->hits->len == 0)
    _bounce_freetext_scan_header_recipients (scan, NULL, 0);

  /* A pipe or filter's own output follows a heading of its own. */
  if (strstr (scan->body, "The following text was generated during the delivery attempt") != NULL)
    {
      const char *start = _bounce_find_line_after (scan->body, "The following text was generated");
      BounceLines it;
      const char *line;
      gsize len;
      gboolean in_heading = FALSE;
      g_autoptr(GString) text = g_string_new (NULL);

      _bounce_lines_init (&it, start);
      while (_bounce_lines_next (&it, &line, &len))
        {
          if (_bounce_line_has_prefix_any (line, len, until) ||
              _bounce_line_starts_original (line, len))
            break;
          /* "------ pipe to |x\n       generated by bob@x ------" */
          if (_bounce_ascii_has_prefix (line, len, "------ "))
            in_heading = TRUE;
          if (in_heading)
            {
              if (len >= 6 && memcmp (line + len - 6, "------", 6) == 0)
                in_heading = FALSE;
              continue;
            }
          if (!_bounce_line_is_blank (line, len))
            _bounce_diagnostic_add_line (text, ' ', line, len);
        }

      for (guint i = 0; i < scan->hits->len; i++)
        _bounce_freetext_hit_append (g_ptr_array_index (scan->hits, i), text->str, text->len);
    }

  for_each_hit (scan, drop_exim_host_line);
}

/* Sendmail: a summary of the failed addresses, then the transcript of the
 * SMTP session, where "<<<" lines are the remote server's words. */

gboolean
_bounce_ft_sendmail_detect (const BounceFreetextInput *input,
                            const char                *body)
{
  return BODY_HAS (body, "----- Transcript of session follows -----") ||
         BODY_HAS (body, "----- The following addresses had") ||
         BODY_HAS (body, "Warning: could not send message for past") ||
         SUBJECT_STARTS (input, "Returned mail:") ||
         (input->subject != NULL &&
          g_str_has_suffix (input->subject, "see transcript for details"));
}

/* The reply in a transcript line "554 <bob@x>... 550 Host unknown": the
 * remote words after "... ", or the whole line. */
static void
append_local_line (BounceFreetextHit *hit,
                   const char        *line,
                   gsize              len,
                   const char        *after_addr)
{
  const char *dots = _bounce_ascii_find (after_addr, line + len - after_addr, "... ");

  if (dots != NULL)
    {
      const char *rest = dots + 4;
      gsize rest_len = line + len - rest;
      guint code = 0;

      /* Keep the local code only when the remote text carries none. */
      if (_bounce_find_reply_code (rest, rest_len, &code) == rest)
        _bounce_freetext_hit_append (hit, rest, rest_len);
      else
        _bounce_freetext_hit_append (hit, line, len);
    }
  else
    _bounce_freetext_hit_append (hit, line, len);
}

void
_bounce_ft_sendmail_scan (BounceFreetextScan *scan)
{
  BounceLines it;
  const char *line;
  gsize len;
  enum { NONE, SUMMARY, TRANSCRIPT, REASON } section = NONE;
  BounceFreetextHit *current = NULL;
  BounceFreetextHit *rcpt_cmd = NULL;
  g_autofree char *remote = NULL;
  g_autofree char *pending_reply = NULL;
  g_autoptr(GString) reason = g_string_new (NULL);
  const char *action = NULL;

  _bounce_lines_init (&it, scan->body);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *p;
      gsize plen = len;
      const char *addr;
      gsize addr_len = 0;

      p = _bounce_skip_space (line, &plen);

      if (_bounce_ascii_has_prefix (p, plen, "----- The following addresses had") ||
          _bounce_ascii_has_prefix (p, plen, "--- The following addresses had"))
        {
          section = SUMMARY;
          action = _bounce_ascii_find (p, plen, "transient") ? "delayed" : "failed";
          current = NULL;
          continue;
        }
      if (_bounce_ascii_has_prefix (p, plen, "----- Transcript of session follows"))
        {
          section = TRANSCRIPT;
          current = NULL;
          continue;
        }
      /* Biglobe's variant: the reason under its own heading. */
      if (_bounce_ascii_has_prefix (p, plen, "----- Non-delivered information -----"))
        {
          section = REASON;
          continue;
        }
      if (section == REASON)
        {
          if (plen > 0)
            _bounce_diagnostic_add_line (reason, ' ', p, plen);
          continue;
        }
      if (_bounce_line_starts_original (line, len) ||
          _bounce_ascii_has_prefix (p, plen, "Reporting-MTA:") ||
          _bounce_ascii_has_prefix (p, plen, "Final-Recipient:"))
        break;
      if (plen == 0)
        {
          current = NULL;
          continue;
        }

      if (section == SUMMARY)
        {
          /* ">>> bob@x <bob@x>" is ActiveHunter's way of listing them. */
          while (plen > 0 && *p == '>')
            {
              p++;
              plen--;
            }
          addr = _bounce_address_at_start (p, plen, &addr_len);
          if (addr != NULL)
            {
              current = _bounce_freetext_scan_add (scan, addr, addr_len);
              if (current != NULL)
                _bounce_freetext_hit_set_action (current, action);
              continue;
            }
          if (current != NULL && _bounce_ascii_has_prefix (p, plen, "(reason:"))
            {
              gsize rlen = plen - strlen ("(reason:");
              const char *r = p + strlen ("(reason:");

              if (rlen > 0 && r[rlen - 1] == ')')
                rlen--;
              if (current->diagnostic == NULL)
                _bounce_freetext_hit_append (current, r, rlen);
            }
          continue;
        }

      if (section != TRANSCRIPT)
        continue;

      if (_bounce_ascii_has_prefix (p, plen, "... while talking to ") ||
          _bounce_ascii_has_prefix (p, plen, "While talking to "))
        {
          /* Only this line names the server: searching the rest of the
           * body would find another host, and cost its length per line. */
          g_autofree char *talking = g_strndup (p, plen);

          g_free (remote);
          remote = _bounce_find_remote_host (talking);
          g_clear_pointer (&pending_reply, g_free);
          rcpt_cmd = NULL;
          continue;
        }
      if (_bounce_ascii_has_prefix (p, plen, ">>> "))
        {
          /* The replies that follow answer this recipient. */
          rcpt_cmd = NULL;
          if (_bounce_ascii_find_case (p, plen, "RCPT TO:") != NULL)
            rcpt_cmd = _bounce_freetext_scan_add (scan, p, plen);
          continue;
        }
      if (_bounce_ascii_has_prefix (p, plen, "<<< "))
        {
          const char *reply = p + 4;
          gsize reply_len = plen - 4;

          if (reply_len > 0 && (reply[0] == '4' || reply[0] == '5'))
            {
              if (rcpt_cmd != NULL)
                {
                  if (rcpt_cmd->diagnostic == NULL)
                    _bounce_freetext_hit_append (rcpt_cmd, reply, reply_len);
                  if (rcpt_cmd->remote_mta == NULL && remote != NULL)
                    rcpt_cmd->remote_mta = g_strdup (remote);
                }
              else if (pending_reply == NULL)
                pending_reply = g_strndup (reply, reply_len);
            }
          continue;
        }

      /* "550 5.1.1 <bob@x>... User unknown" or "<bob@x>... Deferred: ..." */
      addr = NULL;
      if ((p[0] == '4' || p[0] == '5') && plen > 4 &&
          g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
          (p[3] == ' ' || p[3] == '-') && _bounce_find_address (p, plen, &addr_len) == NULL &&
          _bounce_ascii_find (p, plen, "(smtp)...") == NULL)
        {
          /* A reply naming nobody: it belongs to the listed recipients. */
          if (pending_reply == NULL)
            pending_reply = g_strndup (p, plen);
          continue;
        }
      if (g_ascii_isdigit (p[0]) && plen > 4)
        addr = _bounce_address_at_start (p + 4, plen - 4, &addr_len);
      if (addr == NULL)
        addr = _bounce_address_at_start (p, plen, &addr_len);
      if (addr != NULL &&
          (g_ascii_isdigit (p[0]) || _bounce_ascii_find (addr, p + plen - addr, "... ") != NULL))
        {
          BounceFreetextHit *hit = _bounce_freetext_scan_add (scan, addr, addr_len);

          if (hit == NULL)
            continue;
          _bounce_freetext_hit_set_action (hit, action);
          if (hit->diagnostic == NULL && pending_reply != NULL)
            _bounce_freetext_hit_append (hit, pending_reply, strlen (pending_reply));
          else if (hit->diagnostic == NULL)
            append_local_line (hit, p, plen, addr + addr_len);
          if (hit->remote_mta == NULL && remote != NULL && pending_reply != NULL)
            hit->remote_mta = g_strdup (remote);
          g_clear_pointer (&pending_reply, g_free);
          continue;
        }
    }

  /* A reply to DATA names nobody: it belongs to every listed recipient. */
  for (guint i = 0; i < scan->hits->len; i++)
    {
      BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

      if (hit->diagnostic == NULL && reason->len > 0)
        _bounce_freetext_hit_append (hit, reason->str, reason->len);

      if (hit->diagnostic == NULL && pending_reply != NULL)
        _bounce_freetext_hit_append (hit, pending_reply, strlen (pending_reply));
      if (hit->remote_mta == NULL && remote != NULL)
        hit->remote_mta = g_strdup (remote);
    }
}

/* qmail names the server by address: "192.0.2.1 does not like recipient.",
 * "Connected to 192.0.2.1 but sender was rejected.", "192.0.2.1 failed after
 * I sent the message." */
static void
qmail_remote (BounceFreetextHit *hit)
{
  static const char * const leads[] = { "Connected to ", "RCPT: ", NULL };
  const char *d = hit->diagnostic;
  const char *p;
  gsize n = 0;

  if (d == NULL || hit->remote_mta != NULL)
    return;

  p = d;
  for (guint i = 0; leads[i] != NULL; i++)
    {
      const char *at = strstr (d, leads[i]);

      if (at != NULL)
        {
          const char *close;

          p = at + strlen (leads[i]);
          /* "RCPT: <bob@x> 192.0.2.1 ..." */
          if (*p == '<' && (close = strchr (p, '>')) != NULL)
            p = close + 1;
          while (*p == ' ')
            p++;
          break;
        }
    }

  /* An IPv4 address ("192.0.2.1") or a mapped one ("::ffff:192.0.2.1"):
   * qmail names servers by address. The walk stops at the NUL. */
  while (g_ascii_isxdigit (p[n]) || p[n] == '.' || p[n] == ':')
    n++;
  if (n >= 7 && p[n] == ' ' && memchr (p, '.', n) != NULL)
    hit->remote_mta = g_strndup (p, n);
}

/* qmail and its descendants (vpopmail, netqmail, Yahoo's and many ISPs'
 * copies): "<bob@example.com>:" on its own line, the explanation below. */

gboolean
_bounce_ft_qmail_detect (const BounceFreetextInput *input,
                         const char                *body)
{
  return BODY_HAS (body, "This is the qmail-send program") ||
         BODY_HAS (body, "I'm afraid I wasn't able to deliver your message") ||
         BODY_HAS (body, "--- Below this line is a copy of the message.") ||
         BODY_HAS (body, "--- Enclosed is a copy of the message.") ||
         SUBJECT_IS (input, "failure notice") ||
         SUBJECT_STARTS (input, "Permanent Delivery Failure") ||
         HEADER_HAS (input, "invoked for bounce)");
}

void
_bounce_ft_qmail_scan (BounceFreetextScan *scan)
{
  /* qmail's own words and those of its many clones (Sisimai's "X4"). */
  static const char * const begin[] = {
    "wasn't able to deliver your message to the following addresses",
    "unable to deliver your message to the following address",
    "Unable to deliver message to the following address",
    "your mail was not delivered to the following address",
    "Your mail message to the following address",
    "Your message to the following addresses",
    "Su mensaje no pudo ser entregado",
    "This is the machine generated message from mail service",
    "This is the mail delivery agent at",
    NULL
  };
  static const BounceBlockSpec spec = {
    begin, NULL, BOUNCE_RCPT_ANGLE,
    BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_REST_IS_DIAG, "failed"
  };

  _bounce_freetext_scan_blocks (scan, &spec);
  for_each_hit (scan, qmail_remote);
}

/* Courier: "Your message to the following recipients cannot be delivered:",
 * "<bob@x>:", the remote host, and a ">>>"/"<<<" transcript. */

gboolean
_bounce_ft_courier_detect (const BounceFreetextInput *input,
                           const char                *body)
{
  return FROM_HAS (input, "Courier mail server at") ||
         BODY_HAS (body, "running the Courier mail server") ||
         SUBJECT_STARTS (input, "NOTICE: mail delivery status.") ||
         SUBJECT_STARTS (input, "WARNING: delayed mail.");
}

void
_bounce_ft_courier_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = {
    "recipients cannot be delivered:",
    "recipients has been delayed",
    "recipients is delayed",
    "The following recipients",
    NULL
  };
  static const char * const end[] = { "-----------------------------", NULL };
  static const BounceBlockSpec spec = {
    begin, end, BOUNCE_RCPT_ANGLE,
    BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_REST_IS_DIAG, NULL
  };

  _bounce_freetext_scan_blocks (scan, &spec);
  for_each_hit (scan, keep_server_replies);
}

/* Exchange 2000/2003: "did not reach the following recipient(s):", then
 * "bob@example.com on <date>" and indented explanation lines. */

gboolean
_bounce_ft_exchange2003_detect (const BounceFreetextInput *input,
                                const char                *body)
{
  return BODY_HAS (body, "did not reach the following recipient(s):") ||
         BODY_HAS (body, "The following recipient(s) could not be reached:") ||
         BODY_HAS (body, "MSEXCH:");
}

void
_bounce_ft_exchange2003_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = {
    "did not reach the following recipient(s):",
    "could not be reached:",
    NULL
  };
  static const BounceBlockSpec spec = {
    begin, NULL, BOUNCE_RCPT_FIRST, BOUNCE_BLOCK_INDENTED, "failed"
  };

  _bounce_freetext_scan_blocks (scan, &spec);
}

/* Everything between @from (a line containing it) and a line starting with
 * any of @until, as one diagnostic for every recipient without one. */
static void
append_section_to_all (BounceFreetextScan *scan,
                       const char         *from,
                       const char * const *until,
                       gboolean            blank_ends)
{
  const char *start = _bounce_find_line_after (scan->body, from);
  g_autoptr(GString) text = NULL;

  if (start == NULL)
    return;

  text = g_string_new (NULL);
  _bounce_gather_lines (text, start, until, blank_ends, BOUNCE_FREETEXT_MAX_DIAGNOSTIC);
  _bounce_freetext_scan_share (scan, text->str);
}

/* Lotus Domino: "was not delivered to:", the addresses, "because:", the
 * reason. */

gboolean
_bounce_ft_domino_detect (const BounceFreetextInput *input,
                          const char                *body)
{
  return SUBJECT_STARTS (input, "DELIVERY FAILURE:") ||
         SUBJECT_STARTS (input, "DELIVERY_FAILURE:") ||
         (BODY_HAS (body, "was not delivered to:") && BODY_HAS (body, "because:"));
}

void
_bounce_ft_domino_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = { "was not delivered to:", NULL };
  static const char * const end[] = { "because:", NULL };
  static const char * const until[] = { "Subject:", "Original message", NULL };
  static const BounceBlockSpec spec = { begin, end, BOUNCE_RCPT_FIRST, 0, "failed" };

  _bounce_freetext_scan_blocks (scan, &spec);
  append_section_to_all (scan, "because:", until, TRUE);
}

/* Lotus Notes: "------- Failure Reasons --------", the reason, then the
 * addresses. */

gboolean
_bounce_ft_notes_detect (const BounceFreetextInput *input,
                         const char                *body)
{
  return BODY_HAS (body, "------- Failure Reasons");
}

void
_bounce_ft_notes_scan (BounceFreetextScan *scan)
{
  const char *start = _bounce_find_line_after (scan->body, "------- Failure Reasons");
  g_autoptr(GString) reason = g_string_new (NULL);
  BounceLines it;
  const char *line;
  gsize len;

  _bounce_lines_init (&it, start);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *addr;
      gsize addr_len = 0;

      if (_bounce_line_starts_original (line, len))
        break;
      if (_bounce_line_is_blank (line, len))
        continue;

      addr = _bounce_address_at_start (line, len, &addr_len);
      if (addr != NULL)
        {
          BounceFreetextHit *hit = _bounce_freetext_scan_add (scan, addr, addr_len);

          if (hit != NULL)
            {
              if (hit->diagnostic == NULL && reason->len > 0)
                _bounce_freetext_hit_append (hit, reason->str, reason->len);
              _bounce_freetext_hit_set_action (hit, "failed");
            }
          continue;
        }

      _bounce_diagnostic_add_line (reason, ' ', line, len);
    }
}

/* OpenSMTPD: "bob@example.com: 550 ..." after "the following list of
 * recipients:"; newer releases say "Delivery to the following recipients
 * failed" and put the reply on an "Error is:" line. */

gboolean
_bounce_ft_opensmtpd_detect (const BounceFreetextInput *input,
                             const char                *body)
{
  return BODY_HAS (body, "This is the MAILER-DAEMON, please DO NOT REPLY") ||
         BODY_HAS (body, "the following list of recipients:") ||
         (BODY_HAS (body, "Delivery to the following recipients failed") &&
          BODY_HAS (body, "Error is:"));
}

void
_bounce_ft_opensmtpd_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = {
    "following list of recipients:",
    "list of recipients:",
    "Delivery to the following recipients",
    NULL
  };
  static const char * const end[] = {
    "Below is a copy of the original message",
    "Please note that this is only a temporary failure report",
    NULL
  };
  static const BounceBlockSpec spec = {
    begin, end, BOUNCE_RCPT_FIRST, BOUNCE_BLOCK_REST_IS_DIAG, NULL
  };

  _bounce_freetext_scan_blocks (scan, &spec);

  /* "Error is:" lines carry their own text: drop the label. */
  for (guint i = 0; i < scan->hits->len; i++)
    {
      BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);
      const char *label;

      if (hit->diagnostic != NULL && (label = strstr (hit->diagnostic, "Error is: ")) != NULL)
        {
          label += strlen ("Error is: ");
          _bounce_freetext_hit_keep (hit, label, strlen (label));
        }
    }
}

/* Oracle (Sun, iPlanet, PMDF) Messaging Server: labelled fields per
 * recipient: "Recipient address:", "Reason:", "Diagnostic code:",
 * "Remote system:". */

gboolean
_bounce_ft_messagingserver_detect (const BounceFreetextInput *input,
                                   const char                *body)
{
  return BODY_HAS (body, "This report relates to a message you sent with the following header") ||
         (BODY_HAS (body, "Recipient address:") && BODY_HAS (body, "Reason:")) ||
         SUBJECT_STARTS (input, "Delivery Notification: ");
}

static const char *
field_value (const char *p,
             gsize       plen,
             const char *field,
             gsize      *value_len)
{
  gsize flen = strlen (field);
  const char *v;

  if (!_bounce_ascii_has_prefix (p, plen, field))
    return NULL;

  v = p + flen;
  *value_len = plen - flen;
  v = _bounce_skip_space (v, value_len);
  if (*value_len > 4 && g_ascii_strncasecmp (v, "smtp;", 5) == 0)
    {
      v += 5;
      *value_len -= 5;
      v = _bounce_skip_space (v, value_len);
    }
  if (*value_len > 3 && g_ascii_strncasecmp (v, "dns;", 4) == 0)
    {
      v += 4;
      *value_len -= 4;
      v = _bounce_skip_space (v, value_len);
    }

  return v;
}

void
_bounce_ft_messagingserver_scan (BounceFreetextScan *scan)
{
  BounceLines it;
  const char *line;
  gsize len;
  BounceFreetextHit *hit = NULL;
  g_autofree char *reason = NULL;
  const char *action = strstr (scan->body, "has been delayed") != NULL ? "delayed" : "failed";

  _bounce_lines_init (&it, scan->body);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *p;
      const char *v;
      gsize plen = len;
      gsize vlen = 0;

      p = _bounce_skip_space (line, &plen);
      if (_bounce_ascii_has_prefix (p, plen, "Original-envelope-id:") ||
          _bounce_ascii_has_prefix (p, plen, "Reporting-MTA:") ||
          _bounce_line_starts_original (line, len))
        break;

      if ((v = field_value (p, plen, "Recipient address:", &vlen)) != NULL ||
          (v = field_value (p, plen, "Original address:", &vlen)) != NULL)
        {
          if (hit != NULL && hit->diagnostic == NULL && reason != NULL)
            _bounce_freetext_hit_append (hit, reason, strlen (reason));
          g_clear_pointer (&reason, g_free);
          if (hit == NULL || _bounce_ascii_has_prefix (p, plen, "Recipient address:"))
            {
              hit = _bounce_freetext_scan_add (scan, v, vlen);
              if (hit != NULL)
                _bounce_freetext_hit_set_action (hit, action);
            }
        }
      else if (hit != NULL && (v = field_value (p, plen, "Reason:", &vlen)) != NULL)
        {
          g_free (reason);
          reason = g_strndup (v, vlen);
        }
      else if (hit != NULL && (v = field_value (p, plen, "Diagnostic code:", &vlen)) != NULL)
        _bounce_freetext_hit_append (hit, v, vlen);
      else if (hit != NULL && (v = field_value (p, plen, "Remote system:", &vlen)) != NULL &&
               hit->remote_mta == NULL)
        {
          gsize n = 0;

          while (n < vlen && !g_ascii_isspace (v[n]))
            n++;
          hit->remote_mta = g_strndup (v, n);
        }
    }

  if (hit != NULL && hit->diagnostic == NULL && reason != NULL)
    _bounce_freetext_hit_append (hit, reason, strlen (reason));
}

/* A recipient named on a line whose other words are the reason:
 * "User mailbox exceeds allowed size: bob@example.com" (IMail),
 * "Reason: Unable to deliver message to <bob@x>" (InterScan). */
static guint
scan_reason_lines (BounceFreetextScan *scan,
                   const char         *start,
                   const char * const *end)
{
  BounceLines it;
  const char *line;
  gsize len;
  guint found = 0;

  if (start == NULL)
    return 0;

  _bounce_lines_init (&it, start);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *addr;
      gsize addr_len = 0;
      BounceFreetextHit *hit;

      if (_bounce_line_has_prefix_any (line, len, end) || _bounce_line_starts_original (line, len))
        break;

      addr = _bounce_find_address (line, len, &addr_len);
      if (addr == NULL || _bounce_ascii_has_prefix (line, len, "From:") ||
          _bounce_ascii_has_prefix (line, len, "To:"))
        continue;

      hit = _bounce_freetext_scan_add (scan, addr, addr_len);
      if (hit == NULL)
        continue;
      found++;
      _bounce_freetext_hit_set_action (hit, "failed");
      if (hit->diagnostic == NULL)
        _bounce_freetext_hit_append (hit, line, len);
    }

  return found;
}

/* Ipswitch IMail: one line per recipient, "Body of message generated
 * response:" holding the remote reply. */

gboolean
_bounce_ft_imail_detect (const BounceFreetextInput *input,
                         const char                *body)
{
  return (HEADER_HAS (input, "X-Mailer: <SMTP32 v") &&
          BODY_HAS (body, "Original message follows.")) ||
         (_bounce_str_find_case (input->subject, "Undeliverable Mail") != NULL &&
          BODY_HAS (body, "Original message follows."));
}

void
_bounce_ft_imail_scan (BounceFreetextScan *scan)
{
  static const char * const end[] = {
    "Original message follows.", "Body of message generated response:", NULL
  };
  static const char * const until[] = { "Original message follows.", NULL };

  scan_reason_lines (scan, scan->body, end);

  /* The reply of the remote server, when there was one, says more. */
  if (strstr (scan->body, "Body of message generated response:") != NULL)
    for (guint i = 0; i < scan->hits->len; i++)
      {
        BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

        g_clear_pointer (&hit->diagnostic, g_free);
        g_clear_pointer (&hit->status, g_free);
        hit->reply_code = 0;
      }
  append_section_to_all (scan, "Body of message generated response:", until, TRUE);
}

/* DragonFly Mail Agent (dma): "There was an error delivering your mail to
 * <bob@x>." and the reason below, up to "Message headers follow." */

gboolean
_bounce_ft_dragonfly_detect (const BounceFreetextInput *input,
                             const char                *body)
{
  return BODY_HAS (body, "DragonFly Mail Agent") ||
         BODY_HAS (body, "There was an error delivering your mail to");
}

/* The recipient named on the line containing @intro; the lines below it, up
 * to a line starting with one of @until, explain the failure. */
static void
scan_intro_then_text (BounceFreetextScan *scan,
                      const char         *intro,
                      const char * const *until,
                      gboolean            blank_ends)
{
  const char *at = strstr (scan->body, intro);
  const char *eol;
  const char *addr;
  gsize addr_len = 0;
  BounceFreetextHit *hit;

  if (at == NULL)
    return;

  eol = strchr (at, '\n');
  if (eol == NULL)
    eol = at + strlen (at);

  addr = _bounce_find_address (at, eol - at, &addr_len);
  if (addr == NULL)
    return;

  hit = _bounce_freetext_scan_add (scan, addr, addr_len);
  if (hit == NULL)
    return;
  _bounce_freetext_hit_set_action (hit, "failed");

  /* The rest of the intro line may already be the reason. */
  {
    const char *rest = addr + addr_len;

    while (rest < eol && (*rest == '>' || *rest == '.' || *rest == ' ' || *rest == ':'))
      rest++;
    if (rest < eol)
      _bounce_freetext_hit_append (hit, rest, eol - rest);
  }

  {
    BounceLines it;
    const char *line;
    gsize len;

    _bounce_lines_init (&it, *eol ? eol + 1 : eol);
    while (_bounce_lines_next (&it, &line, &len))
      {
        if (_bounce_line_has_prefix_any (line, len, until) ||
            _bounce_line_starts_original (line, len))
          break;
        if (_bounce_line_is_blank (line, len))
          {
            if (blank_ends && hit->diagnostic != NULL)
              break;
            continue;
          }
        _bounce_freetext_hit_append (hit, line, len);
      }
  }
}

void
_bounce_ft_dragonfly_scan (BounceFreetextScan *scan)
{
  static const char * const until[] = {
    "Message headers follow", "Original message follows", NULL
  };

  scan_intro_then_text (scan, "There was an error delivering your mail to", until, FALSE);
}

/* m-FILTER: the address, "-------server message" with the reply,
 * "-------SMTP command" with the command that failed. */

gboolean
_bounce_ft_mfilter_detect (const BounceFreetextInput *input,
                           const char                *body)
{
  return BODY_HAS (body, "-------server message") || BODY_HAS (body, "m-FILTER");
}

void
_bounce_ft_mfilter_scan (BounceFreetextScan *scan)
{
  static const char * const end[] = {
    "-------server message", "-------SMTP command", "-------original", NULL
  };
  static const char * const until[] = { "-------", NULL };
  static const BounceBlockSpec spec = { NULL, end, BOUNCE_RCPT_FIRST, 0, "failed" };

  _bounce_freetext_scan_blocks (scan, &spec);
  append_section_to_all (scan, "-------server message", until, FALSE);
}

/* X1: "---The following addresses had delivery errors---", then
 * "bob@example.com [User unknown]". */

gboolean
_bounce_ft_x1_detect (const BounceFreetextInput *input,
                      const char                *body)
{
  return BODY_HAS (body, "---The following addresses had delivery errors---");
}

void
_bounce_ft_x1_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = { "---The following addresses had delivery errors---", NULL };
  static const BounceBlockSpec spec = {
    begin, NULL, BOUNCE_RCPT_FIRST, BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_REST_IS_DIAG, "failed"
  };

  _bounce_freetext_scan_blocks (scan, &spec);

  /* "[User unknown]": the brackets are not part of the reason. */
  unwrap_diagnostics (scan, '[', ']');
}

/* X2: "Unable to deliver message to the following address(es).", then
 * "<bob@x>:" and the reason. */

gboolean
_bounce_ft_x2_detect (const BounceFreetextInput *input,
                      const char                *body)
{
  return BODY_HAS (body, "Unable to deliver message to the following address");
}

void
_bounce_ft_x2_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = {
    "Unable to deliver message to the following address", NULL
  };
  static const BounceBlockSpec spec = {
    begin, NULL, BOUNCE_RCPT_ANGLE, BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_REST_IS_DIAG, "failed"
  };

  _bounce_freetext_scan_blocks (scan, &spec);
}

/* X3: "Delivery to the following recipients failed permanently:", bulleted
 * addresses, and "Technical details:" with the reply. */

gboolean
_bounce_ft_x3_detect (const BounceFreetextInput *input,
                      const char                *body)
{
  return BODY_HAS (body, "This is an automatically generated Delivery Status Notification.") &&
         BODY_HAS (body, "Technical details:");
}

void
_bounce_ft_x3_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = { "Delivery to the following recipients failed", NULL };
  static const char * const end[] = { "=====", "Technical details", NULL };
  static const char * const until[] = { "=====", NULL };
  static const BounceBlockSpec spec = { begin, end, BOUNCE_RCPT_FIRST, 0, "failed" };

  _bounce_freetext_scan_blocks (scan, &spec);
  append_section_to_all (scan, "Technical details:", until, FALSE);

  for (guint i = 0; i < scan->hits->len; i++)
    {
      BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

      if (hit->remote_mta == NULL)
        hit->remote_mta = _bounce_find_remote_host (hit->diagnostic);
    }
}

/* X6: "SMTP Server <mx.example.com> rejected recipient <bob@x> (Error
 * following RCPT command). It responded as follows: [550 5.1.1 ...]" */

gboolean
_bounce_ft_x6_detect (const BounceFreetextInput *input,
                      const char                *body)
{
  return BODY_HAS (body, "rejected recipient <") && BODY_HAS (body, "It responded as follows:");
}

void
_bounce_ft_x6_scan (BounceFreetextScan *scan)
{
  BounceLines it;
  const char *line;
  gsize len;

  _bounce_lines_init (&it, scan->body);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *rcpt = _bounce_ascii_find (line, len, "rejected recipient <");
      const char *said = _bounce_ascii_find (line, len, "responded as follows:");
      const char *server = _bounce_ascii_find (line, len, "SMTP Server <");
      BounceFreetextHit *hit;
      gsize rest_len;

      if (rcpt == NULL || said == NULL)
        continue;

      rcpt += strlen ("rejected recipient ");
      hit = _bounce_freetext_scan_add (scan, rcpt, line + len - rcpt);
      if (hit == NULL)
        continue;

      said += strlen ("responded as follows:");
      rest_len = line + len - said;
      said = _bounce_skip_space (said, &rest_len);
      if (rest_len > 1 && said[0] == '[' && said[rest_len - 1] == ']')
        {
          said++;
          rest_len -= 2;
        }
      _bounce_freetext_hit_append (hit, said, rest_len);
      _bounce_freetext_hit_set_action (hit, "failed");

      if (server != NULL && hit->remote_mta == NULL)
        {
          const char *h = server + strlen ("SMTP Server <");
          const char *close = memchr (h, '>', line + len - h);

          if (close != NULL)
            hit->remote_mta = g_strndup (h, close - h);
        }
    }
}

/* Mail filters and gateways that write their own notices: McAfee, Trend
 * Micro InterScan, MailFoundry, KDDI-style "Could not be delivered to:",
 * FML mailing lists, and a few table-of-failures styles. */

/* Each product below has its own name, and one scanner that tells them
 * apart by the same markers. */

gboolean
_bounce_ft_mailmarshal_detect (const BounceFreetextInput *input,
                               const char                *body)
{
  return BODY_HAS (body, "The following recipients were affected:") ||
         SUBJECT_STARTS (input, "Undeliverable Mail: \"");
}

gboolean
_bounce_ft_biglobe_detect (const BounceFreetextInput *input,
                           const char                *body)
{
  return BODY_HAS (body, "----- Non-delivered information -----");
}

gboolean
_bounce_ft_mcafee_detect (const BounceFreetextInput *input,
                          const char                *body)
{
  return BODY_HAS (body, "--- The following addresses had delivery problems ---");
}

gboolean
_bounce_ft_interscan_detect (const BounceFreetextInput *input,
                             const char                *body)
{
  return BODY_HAS (body, "Message from InterScan Messaging Security Suite") ||
         FROM_HAS (input, "\"InterScan MSS\"") || FROM_HAS (input, "\"InterScan Notification\"");
}

gboolean
_bounce_ft_mailfoundry_detect (const BounceFreetextInput *input,
                               const char                *body)
{
  return BODY_HAS (body, "Unable to deliver message to: <");
}

gboolean
_bounce_ft_fml_detect (const BounceFreetextInput *input,
                       const char                *body)
{
  return BODY_HAS (body, "Original mail as follows:") && FROM_HAS (input, "-admin@");
}

gboolean
_bounce_ft_filters_detect (const BounceFreetextInput *input,
                           const char                *body)
{
  return BODY_HAS (body, "Failed addresses follow:") ||
         BODY_HAS (body, "Did not reach the following recipient");
}

void
_bounce_ft_filters_scan (BounceFreetextScan *scan)
{
  static const char * const none[] = { NULL };
  const char *body = scan->body;

  if (strstr (body, "The following recipients were affected:") != NULL)
    {
      /* MailMarshal: the reason first ("Could not be delivered because of"),
       * the recipients after. */
      static const char * const begin[] = { "The following recipients were affected:", NULL };
      static const char * const end[] = { "Additional Information", "=====", NULL };
      static const char * const until[] = { "The following recipients were affected", NULL };
      static const BounceBlockSpec spec = {
        begin, end, BOUNCE_RCPT_FIRST, BOUNCE_BLOCK_BLANK_ENDS, "failed"
      };
      const char *remote = strstr (body, "Remote-MTA:");

      _bounce_freetext_scan_blocks (scan, &spec);
      append_section_to_all (scan, "Could not be delivered because of", until, TRUE);
      if (remote != NULL)
        {
          g_autofree char *host = _bounce_strip_dup (remote + 11, strcspn (remote + 11, "\n"));
          char *bare = host;
          gsize n;

          if (*bare == '<')
            bare++;
          n = strcspn (bare, ">");
          for (guint i = 0; i < scan->hits->len && n > 0; i++)
            {
              BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

              if (hit->remote_mta == NULL)
                hit->remote_mta = g_strndup (bare, n);
            }
        }
    }
  else if (strstr (body, "--- The following addresses had delivery problems ---") != NULL)
    {
      /* McAfee: "<bob@x>   (5.1.1 <bob@x>... User unknown)" */
      static const char * const begin[] = {
        "--- The following addresses had delivery problems ---", NULL
      };
      static const BounceBlockSpec spec = {
        begin, NULL, BOUNCE_RCPT_FIRST,
        BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_REST_IS_DIAG, "failed"
      };

      _bounce_freetext_scan_blocks (scan, &spec);
      unwrap_diagnostics (scan, '(', ')');
    }
  else if (strstr (body, "Failed addresses follow:") != NULL)
    {
      static const char * const begin[] = { "Failed addresses follow:", NULL };
      static const char * const end[] = { "|----", NULL };
      static const BounceBlockSpec spec = {
        begin, end, BOUNCE_RCPT_FIRST, BOUNCE_BLOCK_REST_IS_DIAG, "failed"
      };

      _bounce_freetext_scan_blocks (scan, &spec);
      for (guint i = 0; i < scan->hits->len; i++)
        {
          BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

          if (hit->diagnostic != NULL && g_str_has_prefix (hit->diagnostic, "... "))
            {
              _bounce_freetext_hit_keep (hit, hit->diagnostic + 4, strlen (hit->diagnostic + 4));
            }
        }
    }
  else if (strstr (body, "Unable to deliver message to: <") != NULL)
    {
      static const char * const until[] = { "This has been a permanent failure", NULL };

      scan_intro_then_text (scan, "Unable to deliver message to: <", until, FALSE);
    }
  else if (strstr (body, "Did not reach the following recipient") != NULL)
    {
      scan_intro_then_text (scan, "Did not reach the following recipient", none, TRUE);
    }
  else if (strstr (body, "Original mail as follows:") != NULL)
    {
      static const char * const end[] = { "Original mail as follows:", NULL };

      scan_reason_lines (scan, body, end);
    }
  else
    {
      static const char * const end[] = { "****************", NULL };
      const char *start = _bounce_find_line_after (body, "Message from InterScan");

      scan_reason_lines (scan, start ? start : body, end);

      /* InterScan's transcript: "Sent <<< RCPT TO:<bob@x>" then "Received
       * >>> 550 ..." with the server's reply, which outranks the summary. */
      {
        BounceLines it;
        const char *line;
        gsize len;
        BounceFreetextHit *current = NULL;

        _bounce_lines_init (&it, body);
        while (_bounce_lines_next (&it, &line, &len))
          {
            const char *p;
            gsize plen = len;
            gsize addr_len = 0;
            const char *addr;

            p = _bounce_skip_space (line, &plen);
            if (_bounce_ascii_has_prefix (p, plen, "Sent <<< RCPT TO:") &&
                (addr = _bounce_find_address (p, plen, &addr_len)) != NULL)
              current = _bounce_freetext_scan_lookup (scan, addr, addr_len);
            else if (current != NULL && _bounce_ascii_has_prefix (p, plen, "Received >>> "))
              {
                g_clear_pointer (&current->diagnostic, g_free);
                g_clear_pointer (&current->status, g_free);
                current->reply_code = 0;
                _bounce_freetext_hit_append (current, p + 13, plen - 13);
                current = NULL;
              }
          }
      }
    }
}
