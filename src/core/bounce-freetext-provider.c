/* bounce-freetext-provider.c
 *
 * Recognisers for the bounces of mail providers and sending services:
 * Gmail and Google Workspace (and Google Groups), Microsoft 365, Outlook.com
 * and Exchange 2007+, Yahoo and AOL, Amazon SES and WorkMail, SendGrid,
 * GMX and 1&1, Zoho, Yandex, mail.ru, KDDI/au and EZweb, Verizon.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "bounce-freetext-private.h"

/* The non-blank lines after the line containing @marker, up to a blank line
 * (once some text was read) or a line starting with one of @until. */
static char *
paragraph_after (const char         *body,
                 const char         *marker,
                 const char * const *until)
{
  const char *start = _bounce_find_line_after (body, marker);
  g_autoptr(GString) text = g_string_new (NULL);

  if (start == NULL)
    return NULL;

  /* The reply may follow the marker on the same line. */
  {
    const char *at = strstr (body, marker) + strlen (marker);
    gsize rest_len = start - at;
    const char *rest = _bounce_skip_space (at, &rest_len);

    while (rest_len > 0 && g_ascii_isspace (rest[rest_len - 1]))
      rest_len--;
    g_string_append_len (text, rest, rest_len);
  }

  _bounce_gather_lines (text, start, until, TRUE, G_MAXSIZE);

  if (text->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
append_text (BounceFreetextHit *hit,
             const char        *text)
{
  BounceLines it;
  const char *line;
  gsize len;

  _bounce_lines_init (&it, text);
  while (_bounce_lines_next (&it, &line, &len))
    _bounce_freetext_hit_append (hit, line, len);
}

/* Gmail and Google Workspace, in both generations of their wording, and
 * Google Groups. */

gboolean
_bounce_ft_gmail_detect (const BounceFreetextInput *input,
                         const char                *body)
{
  return FROM_HAS (input, "mailer-daemon@googlemail.com") ||
         FROM_HAS (input, "mailer-daemon@google.com") ||
         BODY_HAS (body, "Delivery to the following recipient failed permanently") ||
         BODY_HAS (body, "Delivery to the following recipient has been delayed") ||
         BODY_HAS (body, "Google tried to deliver your message") ||
         BODY_HAS (body, "** Address not found **") ||
         BODY_HAS (body, "** Message not delivered **") ||
         BODY_HAS (body, "** Delivery incomplete **") ||
         BODY_HAS (body, "The response from the remote server was:");
}

void
_bounce_ft_gmail_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = {
    "Delivery to the following recipient",
    "Delivery to these recipients or groups",
    NULL
  };
  static const char * const end[] = { "Technical details of", "Message will be retried", NULL };
  static const BounceBlockSpec spec = {
    begin, end, BOUNCE_RCPT_FIRST, BOUNCE_BLOCK_BLANK_ENDS, NULL
  };
  static const char * const intros[] = {
    "Your message wasn't delivered to ",
    "There was a temporary problem delivering your message to ",
    "There was a problem delivering your message to ",
    "Your message couldn't be delivered to ",
    "Your message to ",
    "Your message has been blocked",
    NULL
  };
  static const char * const until[] = { "----- ", "Learn more", "font-family", "<", NULL };
  const char *body = scan->body;
  g_autofree char *details = NULL;

  /* The older wording: recipients listed, then "Technical details". */
  if (strstr (body, "Delivery to the following recipient") != NULL)
    {
      const char *action = strstr (body, "has been delayed") != NULL ? "delayed" : "failed";

      _bounce_freetext_scan_blocks (scan, &spec);
      _bounce_freetext_scan_set_action (scan, action);

      details = paragraph_after (body, "The error that the other server returned was:", until);
      if (details == NULL)
        details = paragraph_after (body, "The response from the remote server was:", until);
      if (details == NULL)
        details = paragraph_after (body, "Technical details of permanent failure:", until);
      if (details == NULL)
        details = paragraph_after (body, "Technical details of temporary failure:", until);
      /* A delay notice may say no more than when it will try again. */
      if (details == NULL && strstr (body, "Message will be retried") != NULL)
        {
          const char *at = strstr (body, "Message will be retried");

          details = g_strndup (at, strcspn (at, "\n"));
        }
      _bounce_freetext_scan_share (scan, details);
      return;
    }

  /* The newer one: a sentence naming the recipient, then "The response
   * was:" with the remote server's reply. */
  for (guint i = 0; intros[i] != NULL; i++)
    {
      const char *at = strstr (body, intros[i]);
      const char *eol;
      const char *addr;
      gsize addr_len = 0;

      if (at == NULL)
        continue;
      eol = strchr (at, '\n');
      if (eol == NULL)
        eol = at + strlen (at);

      addr = _bounce_find_address (at, eol - at, &addr_len);
      if (addr != NULL)
        {
          BounceFreetextHit *hit = _bounce_freetext_scan_add (scan, addr, addr_len);

          if (hit != NULL)
            _bounce_freetext_hit_set_action (hit, i == 1 ? "delayed" : NULL);
        }
      break;
    }

  /* Groups and "Send mail as" notices name the recipient only in a header. */
  if (scan->hits->len == 0)
    _bounce_freetext_scan_header_recipients (scan, NULL, 0);

  details = paragraph_after (body, "The response from the remote server was:", until);
  if (details == NULL)
    details = paragraph_after (body, "The response was:", until);
  if (details == NULL)
    details = paragraph_after (body, "The error that the other server returned was:", until);
  if (details == NULL)
    {
      /* Without a reply the explanation is all there is. */
      for (guint i = 0; intros[i] != NULL && details == NULL; i++)
        if (strstr (body, intros[i]) != NULL)
          details = paragraph_after (body, "**", until);
    }
  _bounce_freetext_scan_share (scan, details);

  if (scan->hits->len == 0)
    _bounce_freetext_scan_generic (scan);
}

/* Google Groups: the group is named only in X-Failed-Recipients; the text,
 * in the sender's language, greets the sender by address and then says the
 * group may not exist or may not accept the post. */

gboolean
_bounce_ft_googlegroups_detect (const BounceFreetextInput *input,
                                const char                *body)
{
  return (FROM_HAS (input, "mailer-daemon@googlemail.com") ||
          FROM_HAS (input, "mailer-daemon@google.com")) &&
         HEADER_HAS (input, "X-Failed-Recipients:") &&
         (BODY_HAS (body, "Google Groups") || BODY_HAS (body, "groups.google.com") ||
          HEADER_HAS (input, "@googlegroups.com"));
}

void
_bounce_ft_googlegroups_scan (BounceFreetextScan *scan)
{
  const char *blank = strstr (scan->body, "\n\n");
  g_autoptr(GString) text = g_string_new (NULL);
  BounceLines it;
  const char *line;
  gsize len;

  /* The paragraph after the greeting explains. */
  if (blank != NULL)
    {
      _bounce_lines_init (&it, blank + 2);
      while (_bounce_lines_next (&it, &line, &len))
        {
          if (_bounce_line_is_blank (line, len))
            {
              if (text->len > 0)
                break;
              continue;
            }
          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append_len (text, line, len);
        }
    }

  _bounce_freetext_scan_header_recipients (scan, text->str, text->len);
  _bounce_freetext_scan_set_action (scan, "failed");
}

/* Microsoft 365, Outlook.com and Exchange 2007 and later: the recipients
 * under "Delivery has failed to these recipients or groups:", and per
 * recipient the reply under "Diagnostic information for administrators:". */

gboolean
_bounce_ft_microsoft_detect (const BounceFreetextInput *input,
                             const char                *body)
{
  return BODY_HAS (body, "Diagnostic information for administrators:") ||
         BODY_HAS (body, "More Info for Email Admins") ||
         BODY_HAS (body, "rejected your message to the following e") ||
         BODY_HAS (body, "Diagnoseinformationen für Administratoren") ||
         BODY_HAS (body, "Informations de diagnostic pour les administrateurs") ||
         BODY_HAS (body, "管理者向けの診断情報") ||
         BODY_HAS (body, "Delivery has failed to these recipients or") ||
         BODY_HAS (body, "Remote Server returned '") ||
         (BODY_HAS (body, "couldn't be delivered.") && BODY_HAS (body, "Microsoft")) ||
         HEADER_HAS (input, "X-MS-Exchange-Message-Is-Ndr") ||
         (HEADER_HAS (input, "X-MS-Exchange-") && SUBJECT_HAS (input, "Undeliverable:"));
}

/* "Remote Server returned '550 5.1.10 RESOLVER...'" and "#550 5.1.1
 * RESOLVER.ADR.RecipNotFound; not found ##": the reply inside. */
static void
append_ms_reply (BounceFreetextHit *hit,
                 const char        *line,
                 gsize              len)
{
  const char *q = _bounce_ascii_find (line, len, "returned '");

  if (q != NULL)
    {
      const char *start = q + strlen ("returned '");
      const char *close = memchr (start, '\'', line + len - start);
      const char *lt;

      len = (close ? close : line + len) - start;
      line = start;
      /* "'< #5.0.0 smtp; 550 5.1.1 ...>'" wraps the reply once more. */
      lt = _bounce_ascii_find (line, len, "smtp;");
      if (lt != NULL)
        {
          len -= lt + 5 - line;
          line = lt + 5;
          if (len > 0 && line[len - 1] == '>')
            len--;
        }
    }
  else
    {
      const char *hash;

      line = _bounce_skip_space (line, &len);
      /* "mx.example.net #552 5.2.2 Mailbox full ##": the remote host first. */
      hash = _bounce_ascii_find (line, len, " #");
      if (line[0] != '#' && hash != NULL && memchr (line, ' ', hash - line) == NULL &&
          hash + 2 < line + len && g_ascii_isdigit (hash[2]))
        {
          if (hit->remote_mta == NULL)
            hit->remote_mta = g_strndup (line, hash - line);
          len -= hash + 1 - line;
          line = hash + 1;
        }
      while (len > 0 && line[0] == '#')
        {
          line++;
          len--;
        }
      while (len > 0 && (line[len - 1] == '#' || g_ascii_isspace (line[len - 1])))
        len--;
    }

  _bounce_freetext_hit_append (hit, line, len);
}

/* The administrators' section of a Microsoft report: per recipient, the
 * remote reply, which outranks the summary written for people. A single
 * recipient may go unnamed there ("Error Details: Reported error: ..."). */
static void
scan_ms_admin_section (BounceFreetextScan *scan,
                       const char         *admin)
{
  static const char * const admin_end[] = { "Message Hops", "Original Message Details", NULL };
  g_autoptr(GPtrArray) replied = g_ptr_array_new ();
  BounceFreetextHit *current = NULL;
  BounceLines it;
  const char *line;
  gsize len;

  if (scan->hits->len == 1)
    current = g_ptr_array_index (scan->hits, 0);
  _bounce_lines_init (&it, admin);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *addr;
      const char *p;
      gsize plen = len;
      gsize addr_len = 0;
      gsize status_len = 0;

      if (_bounce_line_starts_original (line, len) ||
          _bounce_line_has_prefix_any (line, len, admin_end))
        break;
      p = _bounce_skip_space (line, &plen);
      if (plen == 0 ||
          _bounce_ascii_has_prefix (p, plen, "Generating server:") ||
          _bounce_ascii_has_prefix (p, plen, "Receiving server:") ||
          _bounce_ascii_has_prefix (p, plen, "DSN generated by:"))
        continue;

      if (_bounce_ascii_has_prefix (p, plen, "Remote server:"))
        {
          if (current != NULL && current->remote_mta == NULL)
            current->remote_mta = _bounce_strip_dup (p + strlen ("Remote server:"),
                                                     plen - strlen ("Remote server:"));
          continue;
        }

      addr = _bounce_address_at_start (p, plen, &addr_len);
      if (addr != NULL)
        {
          current = _bounce_freetext_scan_add (scan, addr, addr_len);
          continue;
        }
      if (current == NULL || g_ptr_array_find (replied, current, NULL))
        continue;

      if (_bounce_ascii_has_prefix (p, plen, "Reported error:"))
        {
          p += strlen ("Reported error:");
          plen -= strlen ("Reported error:");
        }
      if (_bounce_ascii_find (p, plen, "returned '") != NULL || (plen > 0 && p[0] == '#') ||
          _bounce_find_status (p, plen, &status_len) != NULL)
        {
          const char *server = _bounce_ascii_find (p, plen, "Server at ");

          /* The administrators' reply outranks the summary for people. */
          g_clear_pointer (&current->diagnostic, g_free);
          g_clear_pointer (&current->status, g_free);
          current->reply_code = 0;
          append_ms_reply (current, p, plen);
          g_ptr_array_add (replied, current);
          if (server != NULL && current->remote_mta == NULL)
            {
              const char *h = server + strlen ("Server at ");
              gsize n = 0;

              while (h + n < p + plen && !g_ascii_isspace (h[n]))
                n++;
              current->remote_mta = g_strndup (h, n);
            }
        }
    }
}

void
_bounce_ft_microsoft_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = {
    "Delivery has failed to these recipients or",
    "rejected your message to the following e-mail addresses:",
    "rejected your message to the following email addresses:",
    "did not reach the following recipient",
    "Delivery is delayed to these recipients or",
    "Fehler bei der Zustellung an folgende Empf",
    "La remise a échoué pour ces destinataires",
    "Error en la entrega a estos destinatarios",
    "Recapito non riuscito a questi destinatari",
    "配信できなかった受信者",
    NULL
  };
  static const char * const admin_markers[] = {
    "Diagnostic information for administrators",
    "Diagnoseinformationen für Administratoren",
    "Informations de diagnostic pour les administrateurs",
    "Información de diagnóstico para administradores",
    "Informazioni di diagnostica per gli amministratori",
    "管理者向けの診断情報",
    "Error Details",
    NULL
  };
  static const char * const end[] = {
    "Diagnostic information for administrators",
    "Diagnoseinformationen für Administratoren",
    "Informations de diagnostic pour les administrateurs",
    "Información de diagnóstico para administradores",
    "Informazioni di diagnostica per gli amministratori",
    "管理者向けの診断情報",
    "Your message couldn't be delivered",
    "The recipient's e-mail address",
    "Original message headers",
    "How to Fix It",
    "More Info for Email Admins",
    "Original Message Details",
    "Error Details",
    NULL
  };
  static const char * const summaries[] = {
    " wasn't found at ",
    "Your message couldn't be delivered",
    "The recipient's e-mail address",
    "Your message wasn't delivered",
    "Your message was rejected",
    NULL
  };
  static const BounceBlockSpec spec = {
    begin, end, BOUNCE_RCPT_ANYWHERE, BOUNCE_BLOCK_BLANK_ENDS, NULL
  };
  const char *admin = NULL;
  const char *code;
  const char *action = strstr (scan->body, "Delivery is delayed") != NULL ? "delayed" : "failed";

  /* "Your message to bob@example.com couldn't be delivered." */
  {
    const char *intro = strstr (scan->body, "Your message to ");

    if (intro != NULL)
      {
        gsize addr_len = 0;
        const char *addr = _bounce_find_address (intro, strcspn (intro, "\n"), &addr_len);

        if (addr != NULL)
          _bounce_freetext_scan_add (scan, addr, addr_len);
      }
  }
  _bounce_freetext_scan_blocks (scan, &spec);

  for (guint i = 0; admin_markers[i] != NULL && admin == NULL; i++)
    admin = _bounce_find_line_after (scan->body, admin_markers[i]);

  if (admin != NULL)
    scan_ms_admin_section (scan, admin);

  /* Recipients the administrator section left without a reply get the
   * explanation written for the sender, and "Status code: 550 5.1.10". */
  for (guint i = 0; summaries[i] != NULL; i++)
    {
      const char *at = strstr (scan->body, summaries[i]);

      if (at != NULL)
        {
          const char *bol = at;
          g_autofree char *summary = NULL;

          while (bol > scan->body && bol[-1] != '\n')
            bol--;
          summary = g_strndup (bol, strcspn (bol, "\n"));
          _bounce_freetext_scan_share (scan, summary);
          break;
        }
    }
  code = strstr (scan->body, "Status code: ");
  if (code != NULL)
    {
      gsize code_len = strcspn (code, "\n");
      gsize slen = 0;
      const char *status = _bounce_find_status (code, code_len, &slen);
      guint reply = 0;

      _bounce_find_reply_code (code, code_len, &reply);
      for (guint i = 0; i < scan->hits->len; i++)
        {
          BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);

          if (hit->status == NULL && status != NULL)
            hit->status = g_strndup (status, slen);
          if (hit->reply_code == 0 && reply != 0)
            hit->reply_code = reply;
        }
    }

  _bounce_freetext_scan_set_action (scan, action);
}

/* Yahoo and AOL: qmail's layout, "Sorry, we were unable to deliver your
 * message to the following address.", and "Remote host said:". */

gboolean
_bounce_ft_yahoo_detect (const BounceFreetextInput *input,
                         const char                *body)
{
  return BODY_HAS (body, "Sorry, we were unable to deliver your message to the following") ||
         ((FROM_HAS (input, "@yahoo") || FROM_HAS (input, "@aol.com")) &&
          BODY_HAS (body, "Remote host said:"));
}

void
_bounce_ft_yahoo_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = {
    "unable to deliver your message to the following address", NULL
  };
  static const BounceBlockSpec spec = {
    begin, NULL, BOUNCE_RCPT_ANGLE, BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_REST_IS_DIAG, "failed"
  };
  static const char * const until[] = { NULL };

  _bounce_freetext_scan_blocks (scan, &spec);

  /* Yahoo sometimes leaves out the address: the reply still tells. */
  if (scan->hits->len == 0 && strstr (scan->body, "Remote host said:") != NULL)
    {
      g_autofree char *reply = paragraph_after (scan->body, "Remote host said:", until);

      _bounce_freetext_scan_header_recipients (scan, reply, reply ? strlen (reply) : 0);
      if (scan->hits->len == 0 && reply != NULL)
        {
          BounceFreetextHit *hit = _bounce_freetext_scan_add_anonymous (scan);

          if (hit != NULL)
            {
              append_text (hit, reply);
              _bounce_freetext_hit_set_action (hit, "failed");
            }
        }
    }

  /* "[RCPT_TO]" names the command, not the reason. */
  for (guint i = 0; i < scan->hits->len; i++)
    {
      BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);
      char *p;

      if (hit->diagnostic == NULL)
        continue;
      if (g_str_has_prefix (hit->diagnostic, "Remote host said: "))
        {
          const char *words = hit->diagnostic + strlen ("Remote host said: ");

          _bounce_freetext_hit_keep (hit, words, strlen (words));
        }
      p = strstr (hit->diagnostic, " [RCPT_TO]");
      if (p == NULL)
        p = strstr (hit->diagnostic, " [DATA]");
      if (p == NULL)
        p = strstr (hit->diagnostic, " [MAIL_FROM]");
      if (p != NULL && p[strlen (p) - 1] == ']' && strchr (p + 2, ' ') == NULL)
        *p = '\0';
    }
}

/* Amazon SES: the JSON notification sent through SNS, and the text bounces
 * of SES and WorkMail. */

gboolean
_bounce_ft_amazonses_detect (const BounceFreetextInput *input,
                             const char                *body)
{
  return BODY_HAS (body, "\"notificationType\"") ||
         BODY_HAS (body, "\"eventType\"") ||
         BODY_HAS (body, "The following message to <") ||
         BODY_HAS (body, "An error occurred while trying to deliver the mail to the following");
}

/* Typed member and element access. json-glib's own getters emit criticals
 * when a member has another type than asked for, and the JSON here comes from
 * strangers: a wrong type is simply a missing value. */
static const char *
ses_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static const char *
ses_member_string (JsonObject *object,
                   const char *name)
{
  return object != NULL ? ses_string (json_object_get_member (object, name)) : NULL;
}

static JsonObject *
ses_member_object (JsonObject *object,
                   const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
ses_member_array (JsonObject *object,
                  const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* json-glib parses recursively: deeply nested arrays ("[[[[…") would exhaust
 * the stack. A notification nests a few levels; brackets in strings do not
 * count. */
static gboolean
ses_nesting_ok (const char *json)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (const char *p = json; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '{' || *p == '[')
        {
          if (++depth > 32)
            return FALSE;
        }
      else if ((*p == '}' || *p == ']') && depth > 0)
        depth--;
    }

  return TRUE;
}

static void
scan_ses_json (BounceFreetextScan *scan,
               const char         *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonObject *part = NULL;
  JsonArray *recipients = NULL;
  const char *type;
  const char *action = "failed";
  const char *reporting = NULL;

  if (!ses_nesting_ok (json) || !json_parser_load_from_data (parser, json, -1, NULL))
    return;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;

  root = json_node_get_object (json_parser_get_root (parser));

  /* An SNS envelope carries the notification as a string. */
  if (json_object_has_member (root, "Message") &&
      JSON_NODE_HOLDS_VALUE (json_object_get_member (root, "Message")))
    {
      const char *inner = ses_member_string (root, "Message");

      if (inner != NULL && inner != json)
        scan_ses_json (scan, inner);
      return;
    }

  type = json_object_has_member (root, "notificationType") ?
         ses_member_string (root, "notificationType") :
         ses_member_string (root, "eventType");
  if (type == NULL)
    return;

  if (g_ascii_strcasecmp (type, "Bounce") == 0 && json_object_has_member (root, "bounce"))
    {
      part = ses_member_object (root, "bounce");
      recipients = ses_member_array (part, "bouncedRecipients");
      if (g_strcmp0 (ses_member_string (part, "bounceType"), "Transient") == 0)
        action = "delayed";
    }
  else if (g_ascii_strcasecmp (type, "Delivery") == 0 && json_object_has_member (root, "delivery"))
    {
      /* A delivery notice: report it as delivered, the caller decides. */
      part = ses_member_object (root, "delivery");
      action = "delivered";
      if (part != NULL)
        {
          JsonArray *list = ses_member_array (part, "recipients");
          const char *response = ses_member_string (part, "smtpResponse");

          for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
            {
              const char *addr = ses_string (json_array_get_element (list, i));
              BounceFreetextHit *hit;

              if (addr == NULL)
                continue;
              hit = _bounce_freetext_scan_add (scan, addr, strlen (addr));
              if (hit == NULL)
                continue;
              _bounce_freetext_hit_set_action (hit, action);
              if (response != NULL)
                {
                  gsize slen = 0;
                  const char *s = _bounce_find_status (response, strlen (response), &slen);

                  /* A recipient listed twice is one hit: replace, not leak. */
                  g_free (hit->diagnostic);
                  hit->diagnostic = g_strdup (response);
                  if (s != NULL)
                    {
                      g_free (hit->status);
                      hit->status = g_strndup (s, slen);
                    }
                  if (g_ascii_isdigit (response[0]) && g_ascii_isdigit (response[1]) &&
                      g_ascii_isdigit (response[2]) && (response[3] == ' ' || response[3] == '\0'))
                    hit->reply_code = (response[0] - '0') * 100 + (response[1] - '0') * 10 +
                                      (response[2] - '0');
                }
            }
        }
      return;
    }
  else
    return;   /* complaints are feedback, not failures */

  reporting = ses_member_string (part, "reportingMTA");

  for (guint i = 0; recipients != NULL && i < json_array_get_length (recipients); i++)
    {
      JsonNode *node = json_array_get_element (recipients, i);
      JsonObject *r = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *addr;
      const char *diag;
      const char *status;
      BounceFreetextHit *hit;

      addr = ses_member_string (r, "emailAddress");
      if (addr == NULL)
        continue;

      hit = _bounce_freetext_scan_add (scan, addr, strlen (addr));
      if (hit == NULL)
        continue;
      _bounce_freetext_hit_set_action (hit, action);

      diag = ses_member_string (r, "diagnosticCode");
      if (diag != NULL)
        {
          if (g_ascii_strncasecmp (diag, "smtp;", 5) == 0)
            diag += 5;
          _bounce_freetext_hit_append (hit, diag, strlen (diag));
        }
      status = ses_member_string (r, "status");
      if (status != NULL)
        {
          gsize slen = 0;
          const char *s = _bounce_find_status (status, strlen (status), &slen);

          if (s != NULL)
            {
              g_free (hit->status);
              hit->status = g_strndup (s, slen);
            }
        }
      if (reporting != NULL && hit->remote_mta == NULL && diag != NULL)
        hit->remote_mta = _bounce_find_remote_host (diag);
    }
}

void
_bounce_ft_amazonses_scan (BounceFreetextScan *scan)
{
  const char *json = strchr (scan->body, '{');

  if (json != NULL && strstr (scan->body, "Type\"") != NULL)
    {
      /* The JSON ends at the last closing brace. */
      const char *end = strrchr (json, '}');

      if (end != NULL)
        {
          g_autofree char *text = g_strndup (json, end + 1 - json);

          scan_ses_json (scan, text);
          if (strstr (text, "\"Complaint\"") != NULL || scan->hits->len > 0)
            return;
        }
    }

  if (strstr (scan->body, "The following message to <") != NULL)
    {
      static const char * const until[] = { "---", NULL };
      const char *at = strstr (scan->body, "The following message to <");
      gsize addr_len = 0;
      const char *addr = _bounce_find_address (at, strcspn (at, "\n"), &addr_len);
      BounceFreetextHit *hit = addr ? _bounce_freetext_scan_add (scan, addr, addr_len) : NULL;
      g_autofree char *reason = paragraph_after (scan->body, "The reason for the problem:", until);

      if (hit != NULL)
        {
          _bounce_freetext_hit_set_action (hit, "failed");
          if (reason != NULL)
            append_text (hit, reason);
        }
      return;
    }

  if (strstr (scan->body, "An error occurred while trying to deliver the mail to the") != NULL)
    {
      static const char * const begin[] = { "deliver the mail to the following recipients:", NULL };
      static const char * const end[] = { "Technical report:", NULL };
      static const BounceBlockSpec spec = { begin, end, BOUNCE_RCPT_FIRST, 0, "failed" };

      _bounce_freetext_scan_blocks (scan, &spec);
      _bounce_freetext_scan_dsn_fields (scan, scan->body);
      return;
    }
}

/* SendGrid: "addr:id:<addr> : ip : mx:[ip] : 550 5.1.1 ..." */

gboolean
_bounce_ft_sendgrid_detect (const BounceFreetextInput *input,
                            const char                *body)
{
  return BODY_HAS (body, "This is an automatically generated message from SendGrid.");
}

void
_bounce_ft_sendgrid_scan (BounceFreetextScan *scan)
{
  BounceLines it;
  const char *line;
  gsize len;

  _bounce_lines_init (&it, scan->body);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *lt;
      const char *sep;
      gsize addr_len = 0;
      const char *addr;
      BounceFreetextHit *hit;

      if (_bounce_line_starts_original (line, len))
        break;

      lt = memchr (line, '<', len);
      sep = _bounce_ascii_find (line, len, " : ");
      if (lt == NULL || sep == NULL || sep < lt)
        continue;

      addr = _bounce_find_address (lt, sep - lt, &addr_len);
      if (addr == NULL)
        continue;
      hit = _bounce_freetext_scan_add (scan, addr, addr_len);
      if (hit == NULL)
        continue;
      _bounce_freetext_hit_set_action (hit, "failed");

      /* The fields after the address: client IP, "mx:[ip]", reply. */
      {
        const char *fields = sep;
        const char *last = sep;
        const char *next;

        while ((next = _bounce_ascii_find (last + 3, line + len - last - 3, " : ")) != NULL)
          {
            const char *colon = _bounce_ascii_find (last + 3, next - last - 3, ":[");

            if (hit->remote_mta == NULL && colon != NULL)
              hit->remote_mta = g_strndup (last + 3, colon - last - 3);
            last = next;
          }
        (void) fields;
        _bounce_freetext_hit_append (hit, last + 3, line + len - last - 3);
      }
    }
}

/* GMX and 1&1 (IONOS): Exim's introduction, then "<bob@x>" or "bob@x:",
 * "Reason:" / "For the following reason:" and the reply. German texts say
 * "Die folgenden Adressen". */

gboolean
_bounce_ft_gmx_detect (const BounceFreetextInput *input,
                       const char                *body)
{
  /* Their users write from these domains too: only the daemon counts. */
  return (FROM_HAS (input, "mailer-daemon@") &&
          (FROM_HAS (input, "gmx.") || FROM_HAS (input, "@kundenserver.de") ||
           FROM_HAS (input, "ionos") || FROM_HAS (input, "1and1") ||
           FROM_HAS (input, "@web.de"))) ||
         BODY_HAS (body, "--- The header of the original message is following. ---");
}

void
_bounce_ft_gmx_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = {
    "following address(es)",
    "The following address",
    "following addresses failed",
    "Die folgenden Adressen",
    "folgenden Empf",
    NULL
  };
  static const char * const end[] = { "--- The header of the original message", NULL };
  static const BounceBlockSpec spec = {
    begin, end, BOUNCE_RCPT_FIRST, BOUNCE_BLOCK_REST_IS_DIAG, "failed"
  };

  _bounce_freetext_scan_blocks (scan, &spec);

  for (guint i = 0; i < scan->hits->len; i++)
    {
      BounceFreetextHit *hit = g_ptr_array_index (scan->hits, i);
      const char *d = hit->diagnostic;
      const char *words;

      if (d == NULL)
        continue;
      /* "Reason: delivery retry timeout exceeded": the label is ours. */
      words = d;
      if (g_str_has_prefix (words, ":"))
        words++;
      while (*words == ' ')
        words++;
      if (g_str_has_prefix (words, "Reason: "))
        words += strlen ("Reason: ");
      else if (g_str_has_prefix (words, "For the following reason: "))
        words += strlen ("For the following reason: ");
      if (words != d)
        _bounce_freetext_hit_keep (hit, words, strlen (words));
      if (hit->remote_mta == NULL)
        hit->remote_mta = _bounce_find_remote_host (hit->diagnostic);
    }
}

/* Zoho: "bob@x Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 ..." */

gboolean
_bounce_ft_zoho_detect (const BounceFreetextInput *input,
                        const char                *body)
{
  return (FROM_HAS (input, "mailer-daemon@") && FROM_HAS (input, "zoho")) ||
         BODY_HAS (body, "ERROR_CODE :");
}

void
_bounce_ft_zoho_scan (BounceFreetextScan *scan)
{
  static const char * const begin[] = { "This is a permanent error.", "has been delayed", NULL };
  static const BounceBlockSpec spec = {
    begin, NULL, BOUNCE_RCPT_FIRST, BOUNCE_BLOCK_BLANK_ENDS | BOUNCE_BLOCK_REST_IS_DIAG, NULL
  };

  _bounce_freetext_scan_blocks (scan, &spec);
  if (scan->hits->len == 0)
    _bounce_ft_exim_scan (scan);
}

/* Yandex: a Russian preamble, then Postfix's English report. */

gboolean
_bounce_ft_yandex_detect (const BounceFreetextInput *input,
                          const char                *body)
{
  return FROM_HAS (input, "mailer-daemon@yandex") ||
         BODY_HAS (body, "This is the mail system at host yandex.ru") ||
         BODY_HAS (body, "почтовым сервером yandex");
}

void
_bounce_ft_yandex_scan (BounceFreetextScan *scan)
{
  _bounce_ft_postfix_scan (scan);
}

/* mail.ru: a Russian summary, then Exim's English report. */

gboolean
_bounce_ft_mailru_detect (const BounceFreetextInput *input,
                          const char                *body)
{
  return (FROM_HAS (input, "mail.ru") && FROM_HAS (input, "mailer-daemon")) ||
         BODY_HAS (body, "сервером Mail.Ru");
}

void
_bounce_ft_mailru_scan (BounceFreetextScan *scan)
{
  _bounce_ft_exim_scan (scan);
}

/* KDDI (au one net) and EZweb: "Could not be delivered to: <bob@x>" with
 * the reason below, or the reason above a list of addresses. */

gboolean
_bounce_ft_kddi_detect (const BounceFreetextInput *input,
                        const char                *body)
{
  return FROM_HAS (input, "postmaster@ezweb.ne.jp") || FROM_HAS (input, "postmaster@au.com") ||
         (FROM_HAS (input, "no-reply@") && FROM_HAS (input, ".dion.ne.jp")) ||
         BODY_HAS (body, "Could not be delivered to: <");
}

void
_bounce_ft_kddi_scan (BounceFreetextScan *scan)
{
  const char *body = scan->body;
  g_autoptr(GString) reason = g_string_new (NULL);
  BounceFreetextHit *current;
  gboolean replied = FALSE;
  BounceLines it;
  const char *line;
  gsize len;

  if (strstr (body, "Could not be delivered to: <") != NULL)
    {
      const char *at = strstr (body, "Could not be delivered to: <");
      const char *eol = strchr (at, '\n');
      gsize addr_len = 0;
      gsize at_len = eol ? (gsize) (eol - at) : strlen (at);
      const char *addr = _bounce_find_address (at, at_len, &addr_len);
      BounceFreetextHit *hit = addr ? _bounce_freetext_scan_add (scan, addr, addr_len) : NULL;

      if (hit != NULL && eol != NULL)
        {
          _bounce_lines_init (&it, eol + 1);
          while (_bounce_lines_next (&it, &line, &len))
            {
              if (_bounce_line_is_blank (line, len) || _bounce_line_starts_original (line, len))
                break;
              _bounce_freetext_hit_append (hit, line, len);
            }
          _bounce_freetext_hit_set_action (hit, "failed");
        }
      return;
    }

  /* EZweb: reason lines, then the addresses; or a transcript. */
  _bounce_lines_init (&it, body);
  current = NULL;
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *addr;
      gsize addr_len = 0;
      const char *p;
      gsize plen = len;

      if (_bounce_line_starts_original (line, len))
        break;
      if (_bounce_line_is_blank (line, len))
        continue;

      p = _bounce_skip_space (line, &plen);
      if (_bounce_ascii_has_prefix (p, plen, "Recipient: "))
        {
          p += strlen ("Recipient: ");
          plen -= strlen ("Recipient: ");
        }
      addr = _bounce_address_at_start (p, plen, &addr_len);
      if (addr != NULL && addr == p + (p[0] == '<'))
        {
          BounceFreetextHit *hit = _bounce_freetext_scan_add (scan, addr, addr_len);
          const char *rest = addr + addr_len;
          gsize rest_len = p + plen - rest;

          /* "<bob@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)" */
          while (rest_len > 0 && (*rest == '>' || *rest == ':' || *rest == ' '))
            {
              rest++;
              rest_len--;
            }
          /* EZweb's own sentence comes first: it knows the account's state
           * ("The user(s) account is disabled.") better than the reply. */
          if (hit != NULL && hit->diagnostic == NULL && reason->len > 0)
            _bounce_freetext_hit_append (hit, reason->str, reason->len);
          if (hit != NULL && rest_len > 0)
            _bounce_freetext_hit_append (hit, rest, rest_len);
          if (hit != NULL)
            _bounce_freetext_hit_set_action (hit, "failed");
          if (hit != current)
            replied = FALSE;
          current = hit;
          continue;
        }

      if (_bounce_ascii_has_prefix (p, plen, "<<< "))
        {
          /* The remote reply to this recipient outranks the canned
           * explanation. */
          if (current != NULL && !replied)
            {
              g_clear_pointer (&current->diagnostic, g_free);
              current->reply_code = 0;
              g_clear_pointer (&current->status, g_free);
              _bounce_freetext_hit_append (current, p + 4, plen - 4);
              replied = TRUE;
            }
          continue;
        }
      if (_bounce_ascii_has_prefix (p, plen, ">>> "))
        continue;

      _bounce_diagnostic_add_line (reason, ' ', p, plen);
    }
}

/* Verizon (vtext.com, vzwpix.com) and Apache James: "Error message below:"
 * with the reply, and "Message details:" naming the recipient on a
 * "RCPT TO:" line. */

gboolean
_bounce_ft_verizon_detect (const BounceFreetextInput *input,
                           const char                *body)
{
  return FROM_HAS (input, "post_master@vtext.com") ||
         (FROM_HAS (input, "sysadmin@") && FROM_HAS (input, "vzwpix.com")) ||
         (BODY_HAS (body, "Error message below:") && BODY_HAS (body, "Message details:"));
}

void
_bounce_ft_verizon_scan (BounceFreetextScan *scan)
{
  static const char * const until[] = { "Message details:", "------", NULL };
  g_autofree char *reply = paragraph_after (scan->body, "Error message below:", until);
  const char *details = _bounce_find_line_after (scan->body, "Message details:");
  BounceFreetextHit *hit = NULL;
  BounceLines it;
  const char *line;
  gsize len;

  _bounce_lines_init (&it, details);
  while (_bounce_lines_next (&it, &line, &len))
    {
      const char *p;
      gsize plen = len;

      p = _bounce_skip_space (line, &plen);
      if (_bounce_ascii_has_prefix (p, plen, "RCPT TO:"))
        {
          hit = _bounce_freetext_scan_add (scan, p + 8, plen - 8);
          break;
        }
      if (plen > 0 && p[0] == '-')
        break;
    }

  if (hit == NULL && reply == NULL)
    return;
  if (hit == NULL)
    hit = _bounce_freetext_scan_add_anonymous (scan);
  if (hit == NULL)
    return;

  _bounce_freetext_hit_set_action (hit, "failed");
  if (reply != NULL)
    append_text (hit, reply);
  else
    {
      /* "Error: Invalid user address" is all there is. */
      const char *error = strstr (scan->body, "Error: ");

      if (error != NULL)
        _bounce_freetext_hit_append (hit, error + 7, strcspn (error + 7, "\n"));
    }
}
