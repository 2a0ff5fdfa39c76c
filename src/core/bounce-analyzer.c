/* bounce-analyzer.c
 *
 * The engine's entry point. Input (bytes, a file, an mbox read one message at
 * a time, a maildir or a folder of messages, a stream, pasted text) becomes
 * one BounceReport per message:
 *
 *   GMime parse → bounce-mime.c walk → delivery-status groups (bounce-dsn.c)
 *   → free-text scan when the DSN is missing or says too little
 *   (bounce-freetext.c) → per-recipient classification (bounce-classifier.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "bounce-analyzer.h"
#include "bounce-classifier.h"
#include "bounce-dsn.h"
#include "bounce-freetext.h"
#include "bounce-gmime-autocleanups.h"
#include "bounce-mime.h"
#include "bounce-record-private.h"
#include "bounce-report-private.h"

struct _BounceAnalyzer
{
  GObject parent_instance;

  /* Reused for the contents of one file after the other. */
  GByteArray *buffer;

  gsize   max_size;
  guint   max_depth;
  guint   max_recipients;
  guint   max_threads;   /* 0: one per processor but one */
  guint   keep_human_text : 1;
};

/* What is known about one recipient before it becomes a BounceRecord. */
typedef struct
{
  char       *recipient;
  char       *original_recipient;
  char       *action;
  char       *status;
  char       *diagnostic;
  char       *reporting_mta;
  char       *remote_mta;
  char       *last_attempt;
  const char *mta_hint;
  const char *smtp_command;   /* from the human-readable text, when the DSN's is silent */
  gboolean    local_program;  /* Diagnostic-Code: X-Unix; ... */
  guint       reply_code;
} Draft;

G_DEFINE_FINAL_TYPE (BounceAnalyzer, bounce_analyzer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAX_SIZE,
  PROP_MAX_DEPTH,
  PROP_MAX_RECIPIENTS,
  PROP_MAX_THREADS,
  PROP_KEEP_HUMAN_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
draft_free (Draft *draft)
{
  g_free (draft->recipient);
  g_free (draft->original_recipient);
  g_free (draft->action);
  g_free (draft->status);
  g_free (draft->diagnostic);
  g_free (draft->reporting_mta);
  g_free (draft->remote_mta);
  g_free (draft->last_attempt);
  g_free (draft);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Draft, draft_free)

/* "<User@Example.com>", "rfc822;user@example.com (comment)" → the address. */
static char *
clean_address (const char *value)
{
  const char *p;
  const char *end;
  const char *lt;

  if (value == NULL)
    return NULL;

  lt = strchr (value, '<');
  if (lt != NULL && strchr (lt, '>') != NULL && memchr (lt, '@', strchr (lt, '>') - lt) != NULL)
    {
      p = lt + 1;
      end = strchr (lt, '>');
    }
  else
    {
      p = value;
      while (*p == ' ' || *p == '\t' || *p == '<' || *p == '"' || *p == '\'')
        p++;
      end = p;
      while (*end != '\0' && *end != ' ' && *end != '\t' && *end != '>' && *end != ',' &&
             *end != ';' && *end != '(' && *end != '"' && *end != '\'')
        end++;
    }

  while (end > p && (end[-1] == '.' || end[-1] == ':'))
    end--;

  if (end == p)
    return NULL;

  return g_strndup (p, end - p);
}

/* "mx.example.org [192.0.2.1]", "mx.example.org. (comment)" → the bare host
 * name; a bracketed address alone is kept as it is. */
static char *
clean_host (const char *value)
{
  const char *p = value;
  const char *end;

  if (value == NULL)
    return NULL;

  while (g_ascii_isspace (*p))
    p++;

  /* A type prefix ("dns; mx.example.org", as Amazon SES writes it). */
  end = p;
  while (g_ascii_isalnum (*end) || *end == '-')
    end++;
  if (*end == ';' && end > p && end - p <= 16)
    {
      p = end + 1;
      while (g_ascii_isspace (*p))
        p++;
    }

  end = p;
  while (*end != '\0' && !g_ascii_isspace (*end) && *end != '(' && *end != ';' && *end != ',')
    end++;
  while (end > p + 1 && end[-1] == '.')
    end--;

  if (end == p)
    return NULL;

  return g_strndup (p, end - p);
}

static char *
valid_status (const char *value)
{
  if (value == NULL)
    return NULL;

  /* bounce_status_find() accepts only codes of RFC 3463 syntax with a known
   * class, so pseudo-codes never get in. */
  return bounce_status_find (value);
}

static char *
action_word (const char *value)
{
  const char *end;

  if (value == NULL)
    return NULL;

  while (*value == ' ')
    value++;
  end = value;
  while (g_ascii_isalpha (*end))
    end++;
  if (end == value)
    return NULL;

  return g_ascii_strdown (value, end - value);
}

static gboolean
action_is_success (const char *action)
{
  return g_strcmp0 (action, "delivered") == 0 ||
         g_strcmp0 (action, "relayed") == 0 ||
         g_strcmp0 (action, "expanded") == 0;
}

/* The first line's value of header @name in a "Name: value\n" block, with
 * folded lines joined, or NULL. */
static char *
header_value (const char *headers,
              const char *name)
{
  gsize n = strlen (name);
  const char *p = headers;

  while (p != NULL && *p != '\0')
    {
      /* (c | 0x20) folds the case of a letter and keeps other bytes
       * apart, so this only skips lines that can't match. */
      if ((*p | 0x20) == (name[0] | 0x20) && g_ascii_strncasecmp (p, name, n) == 0 && p[n] == ':')
        {
          GString *value = g_string_new (NULL);
          const char *v = p + n + 1;

          for (;;)
            {
              const char *eol = strchr (v, '\n');
              gsize len = eol != NULL ? (gsize) (eol - v) : strlen (v);

              if (value->len > 0)
                g_string_append_c (value, ' ');
              g_string_append_len (value, v, len);
              if (eol == NULL || (eol[1] != ' ' && eol[1] != '\t') || value->len > 4096)
                break;
              v = eol + 1;
            }

          g_strstrip (value->str);
          return g_string_free (value, FALSE);
        }

      p = strchr (p, '\n');
      if (p != NULL)
        p++;
    }

  return NULL;
}

/* The enhanced code at @p, when one starts exactly there. */
static char *
status_at (const char *p)
{
  char window[16];
  g_autofree char *found = NULL;
  gsize n = 0;

  while (n < sizeof window - 1 && p[n] != '\0')
    {
      window[n] = p[n];
      n++;
    }
  window[n] = '\0';

  found = bounce_status_find (window);
  if (found == NULL || strncmp (window, found, strlen (found)) != 0)
    return NULL;

  return g_steal_pointer (&found);
}

/* Finds the reply the server stated in a diagnostic text: a reply code with
 * the enhanced code right after it ("550 5.1.1", "550-5.1.1", "550-'5.2.2").
 * When one reply quotes another ("554 4.4.7 Message expired: <421 4.4.2
 * Connection timed out>") the last one is the cause. Without such a pair the
 * first code of each kind anywhere in the text is taken. */
static void
diagnostic_codes (const char  *text,
                  char       **status,
                  guint       *reply_code)
{
  *status = NULL;
  *reply_code = 0;

  if (text == NULL)
    return;

  for (const char *p = text; *p != '\0'; p++)
    {
      const char *q;
      char *found;

      if (*p < '2' || *p > '5' || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) ||
          g_ascii_isdigit (p[3]))
        continue;
      if (p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '.'))
        continue;

      q = p + 3;
      for (guint i = 0; i < 2 && (*q == ' ' || *q == '-' || *q == '\'' || *q == '"'); i++)
        q++;

      if (q == p + 3 || (found = status_at (q)) == NULL)
        continue;

      g_free (*status);
      *status = found;
      *reply_code = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
    }

  if (*status == NULL)
    {
      *status = bounce_status_find (text);
      *reply_code = bounce_reply_code_find (text);
    }

  /* A reply quoted as "550-'Unknown user ...'" (Amazon SES): a 4xx or 5xx
   * code that opens a continuation line of the server's answer. */
  for (const char *p = text; *reply_code == 0 && (p = strchr (p, '-')) != NULL; p++)
    if (p - text >= 3 && (p[-3] == '4' || p[-3] == '5') &&
        g_ascii_isdigit (p[-2]) && g_ascii_isdigit (p[-1]) &&
        (p - text == 3 || p[-4] == ' ') && (p[1] == '\'' || p[1] == '"' || g_ascii_isalpha (p[1])))
      *reply_code = (p[-3] - '0') * 100 + (p[-2] - '0') * 10 + (p[-1] - '0');
}

/* Which enhanced code to keep when the Status field and the server's own
 * words disagree. Only a missing or generic Status (X.0.0, or X.S.0 refined
 * within its subject) yields to a code of the same class from the diagnostic
 * text. A specific Status is the reporting MTA's verdict for this recipient
 * and wins: Sendmail's "Status: 4.4.7" over the last reply "451 4.4.1" says
 * the message expired in the queue. */
static gboolean
prefer_text_status (const char *field,
                    const char *text)
{
  return bounce_status_is_more_specific (text, field);
}

static Draft *
draft_from_group (BounceDsnGroup *group,
                  const char     *reporting_mta,
                  const char     *arrival_date)
{
  g_autoptr(Draft) draft = g_new0 (Draft, 1);
  const char *final = bounce_dsn_group_get (group, "final-recipient");
  const char *original = bounce_dsn_group_get (group, "original-recipient");
  const char *actual = bounce_dsn_group_get (group, "x-actual-recipient");
  const char *diagnostic = bounce_dsn_group_get (group, "diagnostic-code");
  const char *last_attempt = bounce_dsn_group_get (group, "last-attempt-date");

  draft->recipient = clean_address (final);
  if (draft->recipient == NULL || strchr (draft->recipient, '@') == NULL)
    {
      char *other = clean_address (actual != NULL ? actual : original);

      if (other != NULL)
        {
          g_free (draft->recipient);
          draft->recipient = other;
        }
    }
  draft->original_recipient = clean_address (original != NULL ? original : actual);

  draft->action = action_word (bounce_dsn_group_get (group, "action"));
  draft->status = valid_status (bounce_dsn_group_get (group, "status"));
  draft->remote_mta = clean_host (bounce_dsn_group_get (group, "remote-mta"));
  draft->reporting_mta = clean_host (reporting_mta);
  draft->last_attempt = g_strdup (last_attempt != NULL ? last_attempt : arrival_date);

  if (diagnostic != NULL)
    {
      g_autofree char *found = NULL;

      const char *type = bounce_dsn_group_get_type (group, "diagnostic-code");

      draft->diagnostic = g_strdup (diagnostic);
      diagnostic_codes (diagnostic, &found, &draft->reply_code);

      /* "X-Unix; 255" is a program's exit status, not an SMTP reply. */
      if (type != NULL && type[0] != '\0' && g_ascii_strcasecmp (type, "smtp") != 0 &&
          draft->reply_code != 0 && found == NULL)
        draft->reply_code = 0;
      draft->local_program = type != NULL && g_ascii_strcasecmp (type, "x-unix") == 0;

      /* "Status: 5.0.0" with "Diagnostic-Code: smtp; 550 5.1.1 ...": the
       * server's own code says more. */
      if (prefer_text_status (draft->status, found))
        {
          g_free (draft->status);
          draft->status = g_steal_pointer (&found);
        }
    }

  if (draft->recipient == NULL && draft->action == NULL && draft->status == NULL &&
      draft->diagnostic == NULL)
    return NULL;

  return g_steal_pointer (&draft);
}

/* Returns TRUE when recipient groups were left out at the limit. */
static gboolean
collect_dsn (BounceAnalyzer *self,
             BounceMimeScan *scan,
             GPtrArray      *drafts)
{
  gboolean truncated = FALSE;

  for (guint i = 0; i < scan->dsn_texts->len; i++)
    {
      const char *text = g_ptr_array_index (scan->dsn_texts, i);
      g_autoptr(BounceDsn) dsn = NULL;
      const char *reporting_mta;
      const char *arrival_date;
      gboolean dropped = FALSE;
      guint room;

      if (drafts->len >= self->max_recipients)
        return TRUE;

      room = self->max_recipients - drafts->len;
      dsn = bounce_dsn_parse (text, strlen (text), room, &dropped);
      truncated |= dropped;
      reporting_mta = bounce_dsn_group_get (dsn->message, "reporting-mta");
      arrival_date = bounce_dsn_group_get (dsn->message, "arrival-date");

      for (guint j = 0; j < dsn->recipients->len; j++)
        {
          BounceDsnGroup *group = g_ptr_array_index (dsn->recipients, j);
          Draft *draft = draft_from_group (group, reporting_mta, arrival_date);

          if (draft != NULL)
            g_ptr_array_add (drafts, draft);
        }
    }

  return truncated;
}

static Draft *
draft_from_hit (BounceFreetextHit *hit)
{
  Draft *draft = g_new0 (Draft, 1);

  draft->recipient = g_strdup (hit->recipient);
  draft->action = g_strdup (hit->action);
  draft->status = valid_status (hit->status);
  draft->reply_code = hit->reply_code;
  draft->diagnostic = g_strdup (hit->diagnostic);
  draft->remote_mta = clean_host (hit->remote_mta);
  draft->mta_hint = hit->mta;

  if (draft->diagnostic != NULL)
    {
      g_autofree char *found = NULL;
      guint reply_code = 0;

      diagnostic_codes (draft->diagnostic, &found, &reply_code);
      if (found != NULL && bounce_status_is_more_specific (found, draft->status))
        {
          g_free (draft->status);
          draft->status = g_steal_pointer (&found);
        }
      if (draft->reply_code == 0)
        draft->reply_code = reply_code;
    }

  return draft;
}

/* Last resort for a DSN whose Diagnostic-Code gives no reply ("X-Unix; 77",
 * or none at all) when no free-text format matched: the session transcript
 * in the text usually has a line with the recipient and the server's reply
 * ("550 5.1.2 <user@example.org>... Host unknown"). */
static char *
reply_line_for (const char *body,
                const char *recipient)
{
  gsize n;
  const char *p;

  if (body == NULL || recipient == NULL || (n = strlen (recipient)) < 3)
    return NULL;

  for (p = body; (p = strstr (p, recipient)) != NULL; p += n)
    {
      const char *start = p;
      const char *end = strchr (p, '\n');
      g_autofree char *line = NULL;
      g_autofree char *status = NULL;
      guint reply_code = 0;

      while (start > body && start[-1] != '\n')
        start--;
      if (end == NULL)
        end = p + strlen (p);

      line = g_strstrip (g_strndup (start, MIN (end - start, 1024)));
      diagnostic_codes (line, &status, &reply_code);

      /* The reply has to open the line, as in a transcript. */
      if (reply_code >= 400 && reply_code < 600 && g_ascii_isdigit (line[0]))
        return g_steal_pointer (&line);
    }

  return NULL;
}

static gboolean
has_status (const char *text)
{
  g_autofree char *status = bounce_status_find (text);

  return status != NULL;
}

/* Free text fills in what the DSN left out; the DSN stays authoritative for
 * who the recipients are. */
static void
enrich_draft (Draft             *draft,
              BounceFreetextHit *hit)
{
  g_autofree char *hit_status = valid_status (hit->status);

  /* A DSN diagnostic without any code ("X-Unix; 255") says less than the
   * server reply quoted in the text. */
  if (hit->diagnostic != NULL &&
      (draft->diagnostic == NULL ||
       (draft->reply_code == 0 && !has_status (draft->diagnostic) &&
        (hit->reply_code != 0 || hit_status != NULL))))
    {
      g_free (draft->diagnostic);
      draft->diagnostic = g_strdup (hit->diagnostic);
    }

  if (draft->reply_code == 0)
    draft->reply_code = hit->reply_code;

  /* Postfix's text says "(in reply to RCPT TO command)" where its
   * Diagnostic-Code does not: the command tells a dead address from a
   * content filter. */
  if (hit->diagnostic != NULL && bounce_smtp_command_find (draft->diagnostic) == NULL)
    draft->smtp_command = bounce_smtp_command_find (hit->diagnostic);

  if (draft->reply_code == 0 && draft->diagnostic != NULL)
    {
      g_autofree char *unused = NULL;

      diagnostic_codes (draft->diagnostic, &unused, &draft->reply_code);
    }

  if (hit_status == NULL && draft->diagnostic != NULL)
    {
      guint unused = 0;

      diagnostic_codes (draft->diagnostic, &hit_status, &unused);
    }
  if (hit_status != NULL && bounce_status_is_more_specific (hit_status, draft->status))
    {
      g_free (draft->status);
      draft->status = g_steal_pointer (&hit_status);
    }

  if (draft->remote_mta == NULL && hit->remote_mta != NULL)
    draft->remote_mta = clean_host (hit->remote_mta);
  if (draft->action == NULL && hit->action != NULL)
    draft->action = g_strdup (hit->action);
  if (draft->mta_hint == NULL)
    draft->mta_hint = hit->mta;
}

static BounceFreetextHit *
find_hit (GPtrArray  *hits,
          const char *recipient)
{
  if (recipient == NULL)
    return NULL;

  for (guint i = 0; i < hits->len; i++)
    {
      BounceFreetextHit *hit = g_ptr_array_index (hits, i);

      if (hit->recipient != NULL && g_ascii_strcasecmp (hit->recipient, recipient) == 0)
        return hit;
    }

  return NULL;
}

static gboolean
contains_any (const char         *lower,
              const char * const *needles)
{
  if (lower == NULL)
    return FALSE;

  for (guint i = 0; needles[i] != NULL; i++)
    if (strstr (lower, needles[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Signs that a message is a delivery failure, which beat auto-reply markers:
 * many real bounces carry "Auto-Submitted: auto-replied". */
static gboolean
has_bounce_signal (BounceMimeScan *scan)
{
  static const char * const senders[] = {
    "mailer-daemon", "postmaster", "mail delivery", "maildelivery", "mail-daemon",
    "mmdf", "mail administrator", NULL
  };
  static const char * const subjects[] = {
    "undeliver", "undelivered", "delivery status", "delivery failure", "failure notice",
    "returned mail", "delivery notification", "mail delivery failed", "non remis",
    "non-remis", "unzustellbar", "nicht zustellbar", "delivery failed", "could not be delivered",
    "rejected", "returned to sender", NULL
  };
  g_autofree char *from = scan->from != NULL ? g_ascii_strdown (scan->from, -1) : NULL;
  g_autofree char *subject = scan->subject != NULL ? g_utf8_strdown (scan->subject, -1) : NULL;
  g_autofree char *failed = header_value (scan->headers->str, "X-Failed-Recipients");

  return scan->dsn_texts->len > 0 ||
         scan->is_report ||
         failed != NULL ||
         contains_any (from, senders) ||
         contains_any (subject, subjects);
}

/* RFC 3834 auto-replies and out-of-office messages. */
static gboolean
is_auto_reply (BounceMimeScan *scan)
{
  static const char * const subjects[] = {
    "out of office", "out of the office", "automatic reply", "auto-reply", "autoreply",
    "auto reply", "auto-response", "autoresponse", "abwesenheitsnotiz", "abwesenheit",
    "réponse automatique", "reponse automatique", "automatische antwort", "respuesta automática",
    "risposta automatica", "autosvar", "automatisch antwoord", "fuera de la oficina",
    "on vacation", "vacation reply", "away from", "absence", "abwesend", NULL
  };
  g_autofree char *auto_submitted = header_value (scan->headers->str, "Auto-Submitted");
  g_autofree char *x_autoreply = header_value (scan->headers->str, "X-Autoreply");
  g_autofree char *x_autorespond = header_value (scan->headers->str, "X-Autorespond");
  g_autofree char *precedence = header_value (scan->headers->str, "Precedence");
  g_autofree char *subject = scan->subject != NULL ? g_utf8_strdown (scan->subject, -1) : NULL;

  if (x_autoreply != NULL && g_ascii_strcasecmp (x_autoreply, "no") != 0)
    return TRUE;
  if (x_autorespond != NULL && g_ascii_strcasecmp (x_autorespond, "no") != 0)
    return TRUE;
  if (precedence != NULL && g_ascii_strncasecmp (precedence, "auto_reply", 10) == 0)
    return TRUE;
  if (contains_any (subject, subjects))
    return TRUE;

  /* An auto-replied message that is not a bounce is a vacation notice or
   * one of its kin ("I have a new address", "I'm away"). */
  return auto_submitted != NULL &&
         g_ascii_strncasecmp (auto_submitted, "auto-replied", 12) == 0;
}

/* ARF reports that are not labelled as such: Hotmail's JMRP complaints
 * ("complaint about message from <ip>" with the original attached), Apple
 * Mail's one-click unsubscribe, and feedback fields sent as plain text. */
static gboolean
is_feedback (BounceMimeScan *scan)
{
  g_autofree char *apple = NULL;

  if (scan->feedback)
    return TRUE;

  if (scan->subject != NULL && scan->have_original &&
      g_ascii_strncasecmp (scan->subject, "complaint about message from", 28) == 0)
    return TRUE;

  apple = header_value (scan->headers->str, "X-Apple-Unsubscribe");
  if (apple != NULL && g_ascii_strcasecmp (apple, "true") == 0)
    return TRUE;

  return scan->dsn_texts->len == 0 &&
         (g_ascii_strncasecmp (scan->body->str, "Feedback-Type:", 14) == 0 ||
          strstr (scan->body->str, "\nFeedback-Type:") != NULL);
}

static const char *
json_string_member (JsonObject *object,
                    const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  node = json_object_get_member (object, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonObject *
json_object_member (JsonObject *object,
                    const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  node = json_object_get_member (object, name);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
json_array_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  node = json_object_get_member (object, name);

  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

typedef enum
{
  SES_NONE,
  SES_BOUNCE,
  SES_DELIVERY,
  SES_COMPLAINT,
} SesKind;

/* json-glib parses recursively, so deeply nested arrays ("[[[[…") exhaust
 * the stack, a worker thread's first. A notification nests a few levels;
 * anything deeper is not one. Brackets inside strings do not count. */
static gboolean
json_nesting_ok (const char *text,
                 gsize       length,
                 guint       max_depth)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > max_depth)
            return FALSE;
        }
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
    }

  return TRUE;
}


/* Amazon SES notifications delivered by e-mail (through SNS): a JSON object
 * in the body, sometimes wrapped in an SNS envelope whose "Message" holds
 * the notification as a string. Mail gateways fold its long line, adding
 * "!\n " or a bare line break that JSON does not allow. */
static SesKind
parse_ses (BounceMimeScan *scan,
           GPtrArray      *drafts,
           guint           max_recipients)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonParser) inner = NULL;
  g_autoptr(GString) json = NULL;
  const char *body = scan->body->str;
  const char *start;
  const char *end;
  const char *type;
  const char *message;
  JsonObject *root;
  JsonObject *part;
  JsonArray *list;
  SesKind kind = SES_NONE;

  if (strstr (body, "notificationType") == NULL && strstr (body, "eventType") == NULL)
    return SES_NONE;
  if ((start = strchr (body, '{')) == NULL || (end = strrchr (body, '}')) == NULL || end < start)
    return SES_NONE;

  json = g_string_sized_new (end - start + 1);
  for (const char *p = start; p <= end; p++)
    {
      if (p[0] == '!' && p[1] == '\n' && p[2] == ' ')
        p += 2;
      else if (*p != '\n')
        g_string_append_c (json, *p);
    }

  if (!json_nesting_ok (json->str, json->len, 32))
    return SES_NONE;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, json->str, json->len, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return SES_NONE;

  root = json_node_get_object (json_parser_get_root (parser));
  if ((message = json_string_member (root, "Message")) != NULL)
    {
      if (!json_nesting_ok (message, strlen (message), 32))
        return SES_NONE;

      inner = json_parser_new_immutable ();
      if (!json_parser_load_from_data (inner, message, -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (inner)))
        return SES_NONE;
      root = json_node_get_object (json_parser_get_root (inner));
    }

  type = json_string_member (root, "notificationType");
  if (type == NULL)
    type = json_string_member (root, "eventType");
  if (type == NULL)
    return SES_NONE;

  if (g_ascii_strcasecmp (type, "Complaint") == 0)
    return SES_COMPLAINT;

  if (g_ascii_strcasecmp (type, "Bounce") == 0)
    {
      const char *bounce_type;

      kind = SES_BOUNCE;
      part = json_object_member (root, "bounce");
      bounce_type = json_string_member (part, "bounceType");
      list = json_array_member (part, "bouncedRecipients");

      for (guint i = 0; list != NULL && i < json_array_get_length (list) && drafts->len < max_recipients; i++)
        {
          JsonNode *node = json_array_get_element (list, i);
          JsonObject *item = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
          Draft *draft;
          g_autofree char *found = NULL;

          /* An entry without an address string names nobody. */
          if (item == NULL || json_string_member (item, "emailAddress") == NULL)
            continue;

          draft = g_new0 (Draft, 1);
          draft->recipient = clean_address (json_string_member (item, "emailAddress"));
          draft->action = action_word (json_string_member (item, "action"));
          if (draft->action == NULL)
            draft->action = g_strdup (g_strcmp0 (bounce_type, "Transient") == 0 ? "delayed" : "failed");
          draft->status = valid_status (json_string_member (item, "status"));
          draft->diagnostic = g_strdup (json_string_member (item, "diagnosticCode"));
          draft->reporting_mta = clean_host (json_string_member (part, "reportingMTA"));
          draft->last_attempt = g_strdup (json_string_member (part, "timestamp"));
          diagnostic_codes (draft->diagnostic, &found, &draft->reply_code);
          if (prefer_text_status (draft->status, found))
            {
              g_free (draft->status);
              draft->status = g_steal_pointer (&found);
            }
          g_ptr_array_add (drafts, draft);
        }
    }
  else if (g_ascii_strcasecmp (type, "Delivery") == 0)
    {
      const char *response;

      kind = SES_DELIVERY;
      part = json_object_member (root, "delivery");
      list = json_array_member (part, "recipients");
      response = json_string_member (part, "smtpResponse");

      for (guint i = 0; list != NULL && i < json_array_get_length (list) && drafts->len < max_recipients; i++)
        {
          JsonNode *node = json_array_get_element (list, i);
          const char *address = NULL;
          Draft *draft;

          /* Typed access: json-glib's getters are critical about types. */
          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            address = json_node_get_string (node);
          if (address == NULL)
            continue;

          draft = g_new0 (Draft, 1);
          draft->recipient = clean_address (address);
          draft->action = g_strdup ("delivered");
          draft->diagnostic = g_strdup (response);
          draft->reporting_mta = clean_host (json_string_member (part, "reportingMTA"));
          draft->remote_mta = clean_host (json_string_member (part, "remoteMtaIp"));
          draft->last_attempt = g_strdup (json_string_member (part, "timestamp"));
          diagnostic_codes (response, &draft->status, &draft->reply_code);
          g_ptr_array_add (drafts, draft);
        }
    }

  return kind;
}

static void
add_records (BounceAnalyzer *self,
             BounceReport   *report,
             BounceMimeScan *scan,
             GPtrArray      *drafts,
             gboolean        skip_success)
{
  for (guint i = 0; i < drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (drafts, i);
      g_autoptr(BounceRecord) record = NULL;
      BounceEvidence evidence = { 0 };
      const char *provider;
      BounceReason reason;
      BounceSeverity severity;

      if (skip_success && action_is_success (draft->action))
        continue;

      provider = bounce_classify_provider (draft->remote_mta, draft->reporting_mta,
                                           draft->diagnostic, draft->recipient, scan->from);

      evidence.action = draft->action;
      evidence.status = draft->status;
      evidence.reply_code = draft->reply_code;
      evidence.diagnostic = draft->diagnostic;
      evidence.provider = provider;
      evidence.mta_hint = draft->mta_hint;
      evidence.smtp_command = draft->smtp_command;
      evidence.local_program = draft->local_program;

      /* One recipient, and the text was not read: Postfix's "(in reply to
       * MAIL FROM command)" is still there to tell who was refused. Only a
       * short window after the phrase is looked at. */
      if (evidence.smtp_command == NULL && drafts->len == 1 && scan->body != NULL &&
          bounce_smtp_command_find (draft->diagnostic) == NULL)
        {
          const char *at = strstr (scan->body->str, "in reply to ");

          if (at != NULL)
            {
              g_autofree char *window = g_strndup (at, 48);

              evidence.smtp_command = bounce_smtp_command_find (window);
            }
        }

      reason = bounce_classify_reason (&evidence);
      severity = bounce_classify_severity (&evidence, reason);

      record = _bounce_record_new ();
      _bounce_record_set_recipient (record, draft->recipient);
      _bounce_record_set_original_recipient (record, draft->original_recipient);
      _bounce_record_set_action (record, draft->action);
      _bounce_record_set_status (record, draft->status);
      _bounce_record_set_reply_code (record, draft->reply_code);
      _bounce_record_set_diagnostic (record, draft->diagnostic);
      _bounce_record_set_reporting_mta (record, draft->reporting_mta);
      _bounce_record_set_remote_mta (record, draft->remote_mta);
      _bounce_record_set_last_attempt (record, draft->last_attempt);
      _bounce_record_set_provider (record, provider);
      _bounce_record_set_reason (record, reason);
      _bounce_record_set_severity (record, severity);
      _bounce_record_set_hard_bounce (record, bounce_classify_hard_bounce (reason, severity));

      _bounce_report_add_record (report, record);
    }
}

/* Recipients named by X-Failed-Recipients (Exim and others). */
static GPtrArray *
failed_recipients (BounceMimeScan *scan)
{
  g_autofree char *value = header_value (scan->headers->str, "X-Failed-Recipients");
  g_auto(GStrv) parts = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

  if (value == NULL)
    return list;

  parts = g_strsplit (value, ",", 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *address = clean_address (parts[i]);

      if (address != NULL && strchr (address, '@') != NULL)
        g_ptr_array_add (list, address);
      else
        g_free (address);
    }

  return list;
}

/* The host of a bounce sender that is a mail system's own mailbox. */
static char *
system_sender_host (const char *from)
{
  static const char * const locals[] = {
    "mailer-daemon@", "postmaster@", "mail-daemon@", "mailerdaemon@", "mmdf@",
  };
  g_autofree char *lower = NULL;

  if (from == NULL)
    return NULL;

  lower = g_ascii_strdown (from, -1);
  for (guint i = 0; i < G_N_ELEMENTS (locals); i++)
    {
      const char *p = strstr (lower, locals[i]);

      if (p != NULL)
        return clean_address (p + strlen (locals[i]));
    }

  return NULL;
}

static BounceReport *
build_report (BounceAnalyzer *self,
              BounceMimeScan *scan,
              const char     *source,
              guint           index)
{
  g_autoptr(BounceReport) report = _bounce_report_new (source, index);
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) draft_free);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) failed = NULL;
  g_autofree char *reporting_mta = NULL;
  BounceFreetextInput input = { 0 };
  gboolean need_text = FALSE;
  gboolean truncated = FALSE;
  guint n_failed = 0;
  guint n_delayed = 0;
  guint n_success = 0;

  _bounce_report_set_subject (report, scan->subject);
  _bounce_report_set_from (report, scan->from);
  _bounce_report_set_date (report, scan->date);
  _bounce_report_take_human_text (report, g_steal_pointer (&scan->human_text));
  _bounce_report_set_original_subject (report, scan->orig_subject);
  _bounce_report_set_original_date (report, scan->orig_date);
  _bounce_report_set_original_from (report, scan->orig_from);
  _bounce_report_set_original_to (report, scan->orig_to);
  _bounce_report_set_original_message_id (report, scan->orig_message_id);

  if (is_feedback (scan) ||
      (scan->dsn_texts->len == 0 && parse_ses (scan, drafts, self->max_recipients) == SES_COMPLAINT))
    {
      _bounce_report_set_kind (report, BOUNCE_KIND_FEEDBACK);
      _bounce_report_set_reason (report, BOUNCE_REASON_FEEDBACK);
      return g_steal_pointer (&report);
    }

  truncated = collect_dsn (self, scan, drafts);

  if (drafts->len == 0 && !has_bounce_signal (scan) && is_auto_reply (scan))
    {
      _bounce_report_set_kind (report, BOUNCE_KIND_AUTO_REPLY);
      _bounce_report_set_reason (report, BOUNCE_REASON_VACATION);
      return g_steal_pointer (&report);
    }

  for (guint i = 0; i < drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (drafts, i);

      /* The text is read only when the DSN leaves something open. */
      if (draft->diagnostic == NULL || draft->recipient == NULL ||
          draft->status == NULL || g_str_has_suffix (draft->status, ".0.0") ||
          (draft->reply_code == 0 && !has_status (draft->diagnostic)))
        need_text = TRUE;
    }

  if (drafts->len == 0 || need_text)
    {
      input.subject = scan->subject;
      input.from = scan->from;
      input.headers = scan->headers->str;
      input.body = scan->body->str;
      hits = bounce_freetext_scan (&input, self->max_recipients);
      /* The scanner stops at the limit without saying whether more followed. */
      truncated |= hits->len >= self->max_recipients;
    }

  if (drafts->len > 0 && hits != NULL && hits->len > 0)
    {
      for (guint i = 0; i < drafts->len; i++)
        {
          Draft *draft = g_ptr_array_index (drafts, i);
          BounceFreetextHit *hit = find_hit (hits, draft->recipient);

          /* Without an address to match on, pair them by position when the
           * two lists agree in length. */
          if (hit == NULL && hits->len == drafts->len)
            hit = g_ptr_array_index (hits, i);
          if (hit != NULL)
            enrich_draft (draft, hit);
        }
    }
  else if (hits != NULL)
    {
      for (guint i = 0; i < hits->len; i++)
        {
          if (drafts->len >= self->max_recipients)
            {
              truncated = TRUE;
              break;
            }
          g_ptr_array_add (drafts, draft_from_hit (g_ptr_array_index (hits, i)));
        }
    }

  for (guint i = 0; i < drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (drafts, i);
      g_autofree char *line = NULL;

      if (draft->reply_code != 0 || (draft->diagnostic != NULL && has_status (draft->diagnostic)))
        continue;

      line = reply_line_for (scan->body->str, draft->recipient);
      if (line != NULL)
        {
          g_autofree char *status = NULL;

          diagnostic_codes (line, &status, &draft->reply_code);
          if (prefer_text_status (draft->status, status))
            {
              g_free (draft->status);
              draft->status = g_steal_pointer (&status);
            }
          g_free (draft->diagnostic);
          draft->diagnostic = g_steal_pointer (&line);
        }
    }

  /* X-Failed-Recipients names the failed addresses outright: fill in hits
   * that lack one, or stand alone when the text said nothing usable. */
  failed = failed_recipients (scan);
  if (failed->len > 0)
    {
      guint next = 0;

      for (guint i = 0; i < drafts->len && next < failed->len; i++)
        {
          Draft *draft = g_ptr_array_index (drafts, i);

          if (draft->recipient == NULL)
            draft->recipient = g_strdup (g_ptr_array_index (failed, next++));
        }

      if (drafts->len == 0 && failed->len > self->max_recipients)
        truncated = TRUE;
      if (drafts->len == 0)
        for (guint i = 0; i < failed->len && drafts->len < self->max_recipients; i++)
          {
            Draft *draft = g_new0 (Draft, 1);

            draft->recipient = g_strdup (g_ptr_array_index (failed, i));
            draft->action = g_strdup ("failed");
            g_ptr_array_add (drafts, draft);
          }
    }

  if (drafts->len == 0)
    {
      _bounce_report_set_kind (report, BOUNCE_KIND_NOT_BOUNCE);
      return g_steal_pointer (&report);
    }

  /* Free text names no Reporting-MTA; the system mailbox that sent the
   * bounce (MAILER-DAEMON@host, postmaster@host) does. */
  reporting_mta = system_sender_host (scan->from);
  for (guint i = 0; reporting_mta != NULL && i < drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (drafts, i);

      if (draft->reporting_mta == NULL)
        draft->reporting_mta = g_strdup (reporting_mta);
    }

  for (guint i = 0; i < drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (drafts, i);

      if (action_is_success (draft->action))
        n_success++;
      else if (g_strcmp0 (draft->action, "delayed") == 0)
        n_delayed++;
      else
        n_failed++;
    }

  if (n_failed > 0)
    _bounce_report_set_kind (report, BOUNCE_KIND_FAILURE);
  else if (n_delayed > 0)
    _bounce_report_set_kind (report, BOUNCE_KIND_DELAY);
  else
    {
      _bounce_report_set_kind (report, BOUNCE_KIND_DELIVERY_REPORT);
      _bounce_report_set_reason (report, BOUNCE_REASON_DELIVERED);
    }

  /* Recipients delivered alongside failed ones stay in the report (the app
   * shows them); the JSON Lines of a bounce list only the failures. */
  add_records (self, report, scan, drafts, FALSE);

  if (n_failed + n_delayed > 0)
    _bounce_report_set_backscatter (report, scan->orig_backscatter);

  if (truncated)
    _bounce_report_take_warning (report,
                                 g_error_new (BOUNCE_ERROR, BOUNCE_ERROR_TOO_MANY,
                                              /* Translators: %u is the limit, such as 10000 */
                                              g_dngettext (GETTEXT_PACKAGE,
                                                           "The report lists more recipients than the limit of %u: only the first one is explained.",
                                                           "The report lists more recipients than the limit of %u: only the first %u are explained.",
                                                           self->max_recipients),
                                              self->max_recipients, self->max_recipients));

  return g_steal_pointer (&report);
}

static BounceReport *
error_report (const char *source,
              guint       index,
              GError     *error)
{
  BounceReport *report = _bounce_report_new (source, index);

  _bounce_report_set_kind (report, BOUNCE_KIND_NOT_EMAIL);
  _bounce_report_take_error (report, error);

  return report;
}

static BounceReport *
analyze_message_at (BounceAnalyzer *self,
                    GMimeMessage   *message,
                    const char     *source,
                    guint           index,
                    guint           level)
{
  BounceMimeScan scan;
  BounceReport *report;

  bounce_mime_scan_init (&scan);
  scan.skip_human_text = !self->keep_human_text;
  bounce_mime_scan_message (&scan, message, self->max_depth);
  report = build_report (self, &scan, source, index);

  if (scan.too_deep && bounce_report_get_warning (report) == NULL)
    _bounce_report_take_warning (report,
                                 g_error_new (BOUNCE_ERROR, BOUNCE_ERROR_TOO_DEEP,
                                              /* Translators: %u is the limit, such as 64 */
                                              _("The message is nested more than %u levels deep: the parts below that were not read."),
                                              self->max_depth));

  /* A gateway that forwards a bounce as an attachment ("Returned mail"
   * wrapped in a message of its own): when the outer message says nothing,
   * the attached one may. Nesting is bounded. */
  if (bounce_report_get_kind (report) == BOUNCE_KIND_NOT_BOUNCE &&
      scan.embedded != NULL && level < 3)
    {
      BounceReport *inner = analyze_message_at (self, scan.embedded, source, index, level + 1);

      if (bounce_report_get_kind (inner) != BOUNCE_KIND_NOT_BOUNCE)
        {
          g_object_unref (report);
          report = inner;
        }
      else
        g_object_unref (inner);
    }

  bounce_mime_scan_clear (&scan);

  return report;
}

static BounceReport *
analyze_message (BounceAnalyzer *self,
                 GMimeMessage   *message,
                 const char     *source,
                 guint           index)
{
  return analyze_message_at (self, message, source, index, 0);
}

static GError *
too_large_error (gsize size,
                 gsize limit)
{
  /* Binary units, so that the default limit reads "64.0 MiB" as set,
   * not "67.1 MB". */
  g_autofree char *size_str = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *limit_str = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

  return g_error_new (BOUNCE_ERROR, BOUNCE_ERROR_TOO_LARGE,
                      /* Translators: the first %s is a size such as "80.0 MiB", the second the limit */
                      _("The message is %s, larger than the limit of %s: it was not analysed."),
                      size_str, limit_str);
}

/* Whether the data uses bare CR as its line end (old Mac mail, some pastes):
 * GMime only understands LF and CRLF. */
static gboolean
uses_bare_cr (const char *data,
              gsize       length)
{
  gsize n = MIN (length, 8192);
  const char *cr = memchr (data, '\r', n);

  return cr != NULL && memchr (data, '\n', n) == NULL;
}

/* The message in @array from @offset on. The array is neither copied nor
 * taken: it must stay valid while the message is used. */
/* One parser per thread, set to each message's stream in turn: a new
 * GMimeParser allocates a scan buffer of several KiB, and that large
 * allocation made glibc walk and merge every small block freed since the
 * previous message (malloc_consolidate), once per message. */
static GPrivate thread_parser = G_PRIVATE_INIT (g_object_unref);

static GMimeStream *
empty_stream (void)
{
  static GMimeStream *empty;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_mime_stream_null_new ());

  return empty;
}

static GMimeMessage *
parse_message (GByteArray *array,
               gsize       offset,
               gboolean    mbox)
{
  g_autoptr(GMimeStream) stream = g_mime_stream_mem_new_with_byte_array (array);
  GMimeParser *parser = g_private_get (&thread_parser);
  GMimeMessage *message;

  g_mime_stream_mem_set_owner (GMIME_STREAM_MEM (stream), FALSE);
  g_mime_stream_set_bounds (stream, offset, -1);
  g_mime_stream_seek (stream, offset, GMIME_STREAM_SEEK_SET);

  if (parser == NULL)
    {
      parser = g_mime_parser_new ();
      g_private_set (&thread_parser, parser);
    }

  g_mime_parser_init_with_stream (parser, stream);
  g_mime_parser_set_format (parser, mbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
  message = g_mime_parser_construct_message (parser, NULL);

  /* Let go of the stream (and so of @array) until the next message. */
  g_mime_parser_init_with_stream (parser, empty_stream ());

  return message;
}

static gboolean
starts_like_mbox (const char *data,
                  gsize       length)
{
  return length >= 5 && memcmp (data, "From ", 5) == 0;
}

/* How much of a line the mbox splitter looks at (analyze_stream_at()). */
#define MAX_LINE 4096

/* GMime reads an mbox "From " line within its scan buffer and makes no
 * message at all of one whose "From " line is much longer. The line says
 * nothing the report uses, so a longer one is cut to its last MAX_LINE
 * bytes, in place, starting again with "From ": the message reads the same
 * whether it comes whole from a file or from the splitter, which keeps the
 * first MAX_LINE bytes of a separator line. Returns where the message now
 * starts. */
static gsize
shorten_from_line (char  *data,
                   gsize  offset,
                   gsize  length)
{
  const char *eol;
  gsize start;

  if (memchr (data + offset, '\n', MIN (length - offset, MAX_LINE)) != NULL)
    return offset;

  /* A message of one unended line stays as it is. */
  eol = memchr (data + offset, '\n', length - offset);
  if (eol == NULL)
    return offset;

  start = (gsize) (eol - data) + 1 - MAX_LINE;
  memcpy (data + start, "From ", 5);

  return start;
}

/* GMime builds every multipart it meets, and a few megabytes of
 * "--b\nContent-Type: multipart/mixed; boundary=b\n\n" make it build
 * hundreds of thousands of nested ones (gigabytes of memory) before our own
 * depth limit can act. Counting the multipart Content-Type fields first, in
 * one linear pass, bounds that. */
#define MAX_MULTIPARTS 16384

static gboolean
too_many_multiparts (const char *data,
                     gsize       length)
{
  static const char field[] = "content-type:";
  const gsize field_len = sizeof field - 1;
  const char *p = data;
  const char *end = data + length;
  guint n = 0;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line_end = eol != NULL ? eol : end;

      /* The first byte first: a call per line costs more than the scan. */
      if ((*p | 0x20) == 'c' && (gsize) (line_end - p) >= field_len &&
          g_ascii_strncasecmp (p, field, field_len) == 0)
        {
          const char *v = p + field_len;

          /* The value may start on a folded line. */
          while (v < end && (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n'))
            v++;
          if (end - v >= 10 && g_ascii_strncasecmp (v, "multipart/", 10) == 0 &&
              ++n > MAX_MULTIPARTS)
            return TRUE;
        }

      p = eol != NULL ? eol + 1 : end;
    }

  return FALSE;
}

/* One message in @array, which may be changed in place (bare CR line ends
 * become LF). */
static BounceReport *
analyze_data (BounceAnalyzer *self,
              GByteArray     *array,
              const char     *source,
              guint           index)
{
  g_autoptr(GMimeMessage) message = NULL;
  gsize offset = 0;
  gsize length = array->len;
  char *p = (char *) array->data;
  gboolean mbox;

  if (length > self->max_size)
    return error_report (source, index, too_large_error (length, self->max_size));

  /* Leading blank lines are no part of a message. */
  while (offset < length && (p[offset] == '\n' || p[offset] == '\r'))
    offset++;

  if (offset == length)
    return error_report (source, index,
                         g_error_new_literal (BOUNCE_ERROR, BOUNCE_ERROR_EMPTY,
                                              _("The input is empty")));

  if (uses_bare_cr (p + offset, length - offset))
    for (gsize i = offset; i < length; i++)
      if (p[i] == '\r')
        p[i] = '\n';

  if (too_many_multiparts (p + offset, length - offset))
    return error_report (source, index,
                         g_error_new (BOUNCE_ERROR, BOUNCE_ERROR_TOO_DEEP,
                                      /* Translators: %u is a number such as 16384 */
                                      _("The message has more than %u multipart sections, far more than any real email: it was not analysed."),
                                      MAX_MULTIPARTS));

  mbox = starts_like_mbox (p + offset, length - offset);
  if (mbox)
    offset = shorten_from_line (p, offset, length);

  message = parse_message (array, offset, mbox);
  if (message == NULL)
    return error_report (source, index,
                         g_error_new_literal (BOUNCE_ERROR, BOUNCE_ERROR_NOT_EMAIL,
                                              _("The input could not be read as an email")));

  return analyze_message (self, message, source, index);
}

static const char * const resident_charsets[] = {
  "ISO-8859-1", "ISO-8859-2", "ISO-8859-15", "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252",
  "KOI8-R", "KOI8-U", "ISO-2022-JP", "SHIFT_JIS", "EUC-JP", "EUC-KR", "GB2312", "GBK", "GB18030",
  "BIG5", "ISO-2022-KR",
};

/* glibc loads a charset converter with dlopen() when a conversion first needs
 * it and unloads it when the last converter for it is closed, so converting
 * message after message loaded and unloaded the same module each time: a large
 * share of the time per message, and the loader's lock stalls other threads
 * (an interface reading a mailbox in a worker). One converter per common
 * charset stays open for the life of the process to keep its module loaded. */
static void
keep_converters_resident (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      static GIConv converters[G_N_ELEMENTS (resident_charsets)];
      guint n_open = 0;

      for (guint i = 0; i < G_N_ELEMENTS (resident_charsets); i++)
        {
          converters[i] = g_iconv_open ("UTF-8", resident_charsets[i]);
          if (converters[i] != (GIConv) -1)
            n_open++;
        }

      g_debug ("%u of %u charset converters kept loaded", n_open, (guint) G_N_ELEMENTS (converters));
      g_once_init_leave (&done, 1);
    }
}

static void
bounce_analyzer_finalize (GObject *object)
{
  BounceAnalyzer *self = BOUNCE_ANALYZER (object);

  g_clear_pointer (&self->buffer, g_byte_array_unref);

  G_OBJECT_CLASS (bounce_analyzer_parent_class)->finalize (object);
}

static void
bounce_analyzer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BounceAnalyzer *self = BOUNCE_ANALYZER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;

    case PROP_MAX_DEPTH:
      g_value_set_uint (value, self->max_depth);
      break;

    case PROP_MAX_RECIPIENTS:
      g_value_set_uint (value, self->max_recipients);
      break;

    case PROP_MAX_THREADS:
      g_value_set_uint (value, self->max_threads);
      break;

    case PROP_KEEP_HUMAN_TEXT:
      g_value_set_boolean (value, self->keep_human_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_analyzer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BounceAnalyzer *self = BOUNCE_ANALYZER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      bounce_analyzer_set_max_size (self, g_value_get_uint64 (value));
      break;

    case PROP_MAX_DEPTH:
      bounce_analyzer_set_max_depth (self, g_value_get_uint (value));
      break;

    case PROP_MAX_RECIPIENTS:
      bounce_analyzer_set_max_recipients (self, g_value_get_uint (value));
      break;

    case PROP_MAX_THREADS:
      bounce_analyzer_set_max_threads (self, g_value_get_uint (value));
      break;

    case PROP_KEEP_HUMAN_TEXT:
      bounce_analyzer_set_keep_human_text (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_analyzer_class_init (BounceAnalyzerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bounce_analyzer_finalize;
  object_class->get_property = bounce_analyzer_get_property;
  object_class->set_property = bounce_analyzer_set_property;

  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, G_MAXSIZE, BOUNCE_DEFAULT_MAX_SIZE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL,
                       1, 1024, BOUNCE_DEFAULT_MAX_DEPTH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MAX_RECIPIENTS] =
    g_param_spec_uint ("max-recipients", NULL, NULL,
                       1, G_MAXUINT, BOUNCE_DEFAULT_MAX_RECIPIENTS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MAX_THREADS] =
    g_param_spec_uint ("max-threads", NULL, NULL,
                       0, 64, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KEEP_HUMAN_TEXT] =
    g_param_spec_boolean ("keep-human-text", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_mime_init ();
}

static void
bounce_analyzer_init (BounceAnalyzer *self)
{
  self->buffer = g_byte_array_new ();
  self->max_size = BOUNCE_DEFAULT_MAX_SIZE;
  self->max_depth = BOUNCE_DEFAULT_MAX_DEPTH;
  self->max_recipients = BOUNCE_DEFAULT_MAX_RECIPIENTS;
  self->keep_human_text = TRUE;

  keep_converters_resident ();
}

BounceAnalyzer *
bounce_analyzer_new (void)
{
  return g_object_new (BOUNCE_TYPE_ANALYZER, NULL);
}

gsize
bounce_analyzer_get_max_size (BounceAnalyzer *self)
{
  g_return_val_if_fail (BOUNCE_IS_ANALYZER (self), 0);

  return self->max_size;
}

/**
 * bounce_analyzer_set_max_size:
 * @self: a #BounceAnalyzer
 * @max_size: the largest message, in bytes, that is analysed
 *
 * Larger messages give a report of kind %BOUNCE_KIND_NOT_EMAIL with a
 * %BOUNCE_ERROR_TOO_LARGE error.
 */
void
bounce_analyzer_set_max_size (BounceAnalyzer *self,
                              gsize           max_size)
{
  g_return_if_fail (BOUNCE_IS_ANALYZER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size != max_size)
    {
      self->max_size = max_size;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
    }
}

guint
bounce_analyzer_get_max_depth (BounceAnalyzer *self)
{
  g_return_val_if_fail (BOUNCE_IS_ANALYZER (self), 0);

  return self->max_depth;
}

void
bounce_analyzer_set_max_depth (BounceAnalyzer *self,
                               guint           max_depth)
{
  g_return_if_fail (BOUNCE_IS_ANALYZER (self));
  g_return_if_fail (max_depth > 0);

  if (self->max_depth != max_depth)
    {
      self->max_depth = max_depth;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_DEPTH]);
    }
}

guint
bounce_analyzer_get_max_recipients (BounceAnalyzer *self)
{
  g_return_val_if_fail (BOUNCE_IS_ANALYZER (self), 0);

  return self->max_recipients;
}

void
bounce_analyzer_set_max_recipients (BounceAnalyzer *self,
                                    guint           max_recipients)
{
  g_return_if_fail (BOUNCE_IS_ANALYZER (self));
  g_return_if_fail (max_recipients > 0);

  if (self->max_recipients != max_recipients)
    {
      self->max_recipients = max_recipients;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_RECIPIENTS]);
    }
}

/**
 * bounce_analyzer_get_keep_human_text:
 * @self: a #BounceAnalyzer
 *
 * Returns: whether reports keep the text of their message's first
 *   human-readable part (bounce_report_get_human_text())
 */
gboolean
bounce_analyzer_get_keep_human_text (BounceAnalyzer *self)
{
  g_return_val_if_fail (BOUNCE_IS_ANALYZER (self), FALSE);

  return self->keep_human_text;
}

/**
 * bounce_analyzer_set_keep_human_text:
 * @self: a #BounceAnalyzer
 * @keep_human_text: %FALSE when no one reads bounce_report_get_human_text()
 *
 * A caller that never shows the text of the message (the command line's
 * JSON, CSV and summary) spares a copy of up to 64 KiB per message. The text
 * is still read for the analysis itself. %TRUE by default.
 */
void
bounce_analyzer_set_keep_human_text (BounceAnalyzer *self,
                                     gboolean        keep_human_text)
{
  g_return_if_fail (BOUNCE_IS_ANALYZER (self));

  keep_human_text = !!keep_human_text;
  if (self->keep_human_text != keep_human_text)
    {
      self->keep_human_text = keep_human_text;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEEP_HUMAN_TEXT]);
    }
}

guint
bounce_analyzer_get_max_threads (BounceAnalyzer *self)
{
  g_return_val_if_fail (BOUNCE_IS_ANALYZER (self), 0);

  return self->max_threads;
}

/**
 * bounce_analyzer_set_max_threads:
 * @self: a #BounceAnalyzer
 * @max_threads: worker threads for reading a folder: 0 for one per
 *   processor but one (at least one), 1 to read in the calling thread only
 *
 * Reports still reach the callback in order, in the calling thread.
 */
void
bounce_analyzer_set_max_threads (BounceAnalyzer *self,
                                 guint           max_threads)
{
  g_return_if_fail (BOUNCE_IS_ANALYZER (self));

  if (self->max_threads != max_threads)
    {
      self->max_threads = max_threads;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_THREADS]);
    }
}

/**
 * bounce_analyzer_analyze_bytes:
 * @self: a #BounceAnalyzer
 * @bytes: one message (the first one, if it is an mbox)
 * @source: (nullable): where it came from, kept in the report
 *
 * Returns: (transfer full): the report; of kind %BOUNCE_KIND_NOT_EMAIL with
 *   its error set when @bytes is empty, too large or not an email
 */
BounceReport *
bounce_analyzer_analyze_bytes (BounceAnalyzer *self,
                               GBytes         *bytes,
                               const char     *source)
{
  g_autoptr(GByteArray) array = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (BOUNCE_IS_ANALYZER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > self->max_size)
    return error_report (source, 1, too_large_error (length, self->max_size));

  array = g_byte_array_sized_new (length);
  g_byte_array_append (array, (const guint8 *) data, length);

  return analyze_data (self, array, source, 1);
}

/**
 * bounce_analyzer_analyze_text:
 * @self: a #BounceAnalyzer
 * @text: pasted text: a whole message, or only the body of a bounce
 * @length: the length of @text, or -1 when it is nul-terminated
 *
 * Text that starts with a header block is read as a message; anything else
 * is scanned as the body of a bounce whose headers were lost.
 *
 * Returns: (transfer full): the report
 */
static BounceReport *
analyze_text_at (BounceAnalyzer *self,
                 const char     *text,
                 gsize           len,
                 const char     *source,
                 guint           index)
{
  BounceMimeScan scan;
  BounceReport *report;
  const char *p = text;

  if (len > self->max_size)
    return error_report (source, index, too_large_error (len, self->max_size));

  while (len > 0 && g_ascii_isspace (*p))
    p++, len--;

  if (len == 0)
    return error_report (source, index,
                         g_error_new_literal (BOUNCE_ERROR, BOUNCE_ERROR_EMPTY,
                                              _("The input is empty")));

  if (bounce_mime_looks_like_message (p, len))
    {
      g_autoptr(GByteArray) array = g_byte_array_sized_new (len);

      g_byte_array_append (array, (const guint8 *) p, len);
      return analyze_data (self, array, source, index);
    }

  bounce_mime_scan_init (&scan);
  scan.skip_human_text = !self->keep_human_text;
  bounce_mime_scan_text (&scan, p, len);
  report = build_report (self, &scan, source, index);
  bounce_mime_scan_clear (&scan);

  return report;
}

BounceReport *
bounce_analyzer_analyze_text (BounceAnalyzer *self,
                              const char     *text,
                              gssize          length)
{
  g_return_val_if_fail (BOUNCE_IS_ANALYZER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  return analyze_text_at (self, text, length < 0 ? strlen (text) : (gsize) length, NULL, 1);
}

static gboolean analyze_stream_at (BounceAnalyzer   *self,
                                   GInputStream     *stream,
                                   const char       *source,
                                   guint            *index,
                                   BounceReportFunc  func,
                                   gpointer          user_data,
                                   GCancellable     *cancellable,
                                   GError          **error);

/* Reads an mbox one message at a time, split at its "From " lines while it
 * is read, so memory stays flat however many messages the file holds.
 * GMime's own mbox parser is not used here: it builds every MIME part of a
 * message before the analyzer sees it, and one message of nested multiparts
 * sharing a boundary cost it gigabytes (650 MB for 14 MB). Split first,
 * analyze_data() counts the multiparts of each message before parsing. */
static gboolean
analyze_mbox (BounceAnalyzer   *self,
              const char       *source,
              guint            *index,
              BounceReportFunc  func,
              gpointer          user_data,
              GCancellable     *cancellable)
{
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GError) error = NULL;

  input = g_file_read (file, cancellable, &error);
  if (input == NULL)
    {
      g_autoptr(BounceReport) report = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return FALSE;
      report = error_report (source, ++(*index), g_steal_pointer (&error));
      return func (report, user_data);
    }

  return analyze_stream_at (self, G_INPUT_STREAM (input), source, index, func, user_data,
                            cancellable, NULL);
}

/* A buffer that grew past this for one message is not kept for the next. */
#define MAX_KEPT_BUFFER (1024 * 1024)

/* Read at once when a file's size is not known (a pipe named on the command
 * line), and at first from a file whose size is known, to see whether it is
 * an mbox before reading it all. */
#define READ_CHUNK (16 * 1024)

typedef enum
{
  INPUT_FAILED,     /* @error is set */
  INPUT_MBOX,       /* nothing kept: analyze_mbox() reads it one message at a time */
  INPUT_MESSAGE,    /* the whole file is in the buffer */
  INPUT_TOO_LARGE,  /* over the size limit, by its size: not read */
} InputKind;

static void
set_read_error (GError     **error,
                const char  *path,
                int          saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               /* Translators: the first %s is a file name, the second why it failed */
               _("Could not read “%s”: %s"), path, g_strerror (saved_errno));
}

static gboolean
read_some (int          fd,
           GByteArray  *buffer,
           gsize        want,
           const char  *path,
           gboolean    *at_end,
           GError     **error)
{
  gsize start = buffer->len;
  gssize n;

  g_byte_array_set_size (buffer, start + want);
  do
    n = read (fd, buffer->data + start, want);
  while (n < 0 && errno == EINTR);

  if (n < 0)
    {
      set_read_error (error, path, errno);
      g_byte_array_set_size (buffer, start);
      return FALSE;
    }

  g_byte_array_set_size (buffer, start + n);
  *at_end = n == 0;

  return TRUE;
}

/* Reads the file at @path into @buffer, unless it starts like an mbox or is
 * larger than the limit (@size tells how large). With plain read() calls:
 * per file, the system calls of open, fstat, read and close are a
 * measurable share of reading a folder of small messages. A file whose size
 * is not known is read only up to one byte past the limit, for
 * analyze_data() to refuse. */
static InputKind
read_input (BounceAnalyzer  *self,
            const char      *path,
            GByteArray      *buffer,
            guint64         *size,
            GError         **error)
{
  struct stat info;
  gboolean at_end = FALSE;
  gboolean known_size;
  gsize limit = self->max_size + 1;
  int fd;

  g_byte_array_set_size (buffer, 0);

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_read_error (error, path, errno);
      return INPUT_FAILED;
    }

  known_size = fstat (fd, &info) == 0 && S_ISREG (info.st_mode);

  /* The head first: an mbox is left to be read message by message. */
  if (!read_some (fd, buffer, known_size ? MIN ((gsize) info.st_size + 1, READ_CHUNK) : READ_CHUNK,
                  path, &at_end, error))
    goto failed;

  if (buffer->len >= 5 && memcmp (buffer->data, "From ", 5) == 0)
    {
      g_byte_array_set_size (buffer, 0);
      g_close (fd, NULL);
      return INPUT_MBOX;
    }

  /* An mbox may be any size; a single message over the limit is refused
   * by its size, without reading it. */
  if (known_size && (guint64) info.st_size > self->max_size)
    {
      *size = info.st_size;
      g_byte_array_set_size (buffer, 0);
      g_close (fd, NULL);
      return INPUT_TOO_LARGE;
    }

  /* Then the rest: all of it at once when the size is known (the file as
   * it was when opened), in chunks up to the end otherwise. */
  while (!at_end && buffer->len < limit &&
         !(known_size && buffer->len >= (gsize) info.st_size))
    {
      gsize want = READ_CHUNK;

      if (known_size && (gsize) info.st_size >= buffer->len)
        want = MAX ((gsize) info.st_size - buffer->len + 1, 1);
      if (!read_some (fd, buffer, MIN (want, limit - buffer->len), path, &at_end, error))
        goto failed;
    }

  g_close (fd, NULL);
  return INPUT_MESSAGE;

failed:
  g_byte_array_set_size (buffer, 0);
  g_close (fd, NULL);
  return INPUT_FAILED;
}

/* The message read into @buffer_inout (reused from file to file, so that
 * reading costs one allocation per run, not per file). */
static BounceReport *
analyze_buffer (BounceAnalyzer *self,
                const char     *path,
                guint           index,
                GByteArray    **buffer_inout)
{
  BounceReport *report = analyze_data (self, *buffer_inout, path, index);

  /* Do not keep a huge buffer around after a huge message: setting its size
   * to 0 keeps the allocation, so the array is replaced by an empty one. */
  if ((*buffer_inout)->len > MAX_KEPT_BUFFER)
    {
      g_byte_array_unref (*buffer_inout);
      *buffer_inout = g_byte_array_new ();
    }

  return report;
}

/* One file: a single message, or an mbox. Returns FALSE when reading should
 * stop (the callback said so, or the operation was cancelled); errors of the
 * file itself are reported through the callback. */
static gboolean
analyze_path (BounceAnalyzer   *self,
              const char       *path,
              guint            *index,
              BounceReportFunc  func,
              gpointer          user_data,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autoptr(BounceReport) report = NULL;
  guint64 size = 0;

  switch (read_input (self, path, self->buffer, &size, error))
    {
    case INPUT_FAILED:
      return FALSE;

    case INPUT_MBOX:
      return analyze_mbox (self, path, index, func, user_data, cancellable);

    case INPUT_TOO_LARGE:
      report = error_report (path, ++(*index), too_large_error (size, self->max_size));
      return func (report, user_data);

    case INPUT_MESSAGE:
    default:
      (*index)++;
      report = analyze_buffer (self, path, *index, &self->buffer);
      return func (report, user_data);
    }
}

static gboolean
is_hidden (const char *name)
{
  return name[0] == '.';
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
list_files (const char *dir,
            GPtrArray  *paths)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint first = paths->len;
  const char *name;

  if (handle == NULL)
    return;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      char *path;

      if (is_hidden (name))
        continue;

      path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, path);
      else
        g_free (path);
    }

  /* The paths share the folder's prefix, so they sort as the names do. */
  qsort (paths->pdata + first, paths->len - first, sizeof (gpointer), compare_names);
}

/* Reading a folder in parallel: worker threads parse and analyse the
 * single-message files ahead of the caller, which hands the reports to the
 * callback in order (and reads mboxes itself, one message at a time). Each
 * worker has its own GMime objects and read buffer; nothing is shared but
 * the analyzer's limits, which do not change during a read. */
typedef struct
{
  const char   *path;
  gboolean      mbox;      /* an mbox, left for the caller */
  BounceReport *report;
  GError       *error;     /* the file could not be opened */
  gboolean      done;
} FileJob;

typedef struct
{
  BounceAnalyzer *self;
  GMutex          lock;
  GCond           cond;
} JobPool;

static GPrivate worker_buffer = G_PRIVATE_INIT ((GDestroyNotify) g_byte_array_unref);

static void
file_job_run (gpointer data,
              gpointer user_data)
{
  FileJob *job = data;
  JobPool *pool = user_data;
  GByteArray *buffer = g_private_get (&worker_buffer);
  guint64 size = 0;

  if (buffer == NULL)
    {
      buffer = g_byte_array_new ();
      g_private_set (&worker_buffer, buffer);
    }

  switch (read_input (pool->self, job->path, buffer, &size, &job->error))
    {
    case INPUT_MBOX:
      job->mbox = TRUE;
      break;

    case INPUT_TOO_LARGE:
      job->report = error_report (job->path, 0, too_large_error (size, pool->self->max_size));
      break;

    case INPUT_MESSAGE:
      job->report = analyze_buffer (pool->self, job->path, 0, &buffer);
      /* analyze_buffer() drops a buffer that grew too large and gives a new
       * one, which g_private_set() stores without freeing the old again. */
      g_private_set (&worker_buffer, buffer);
      break;

    case INPUT_FAILED:
    default:
      break;
    }

  g_mutex_lock (&pool->lock);
  job->done = TRUE;
  g_cond_broadcast (&pool->cond);
  g_mutex_unlock (&pool->lock);
}

static void
file_job_clear (FileJob *job)
{
  g_clear_object (&job->report);
  g_clear_error (&job->error);
}

static guint
n_workers (BounceAnalyzer *self)
{
  guint n;

  /* By default the calling thread keeps a processor for the callback (the
   * CLI writes its output there) and the others parse: on two processors
   * one worker runs ahead while the caller writes. */
  if (self->max_threads != 0)
    n = self->max_threads;
  else
    n = MAX (g_get_num_processors (), 2) - 1;

  return CLAMP (n, 1, 16);
}

static gboolean
analyze_files_parallel (BounceAnalyzer   *self,
                        GPtrArray        *paths,
                        BounceReportFunc  func,
                        gpointer          user_data,
                        GCancellable     *cancellable)
{
  g_autofree FileJob *jobs = g_new0 (FileJob, paths->len);
  GThreadPool *threads;
  JobPool pool = { self };
  guint workers = n_workers (self);
  guint window = workers * 8;
  guint pushed = 0;
  guint index = 0;
  gboolean go_on = TRUE;
  guint i;

  g_mutex_init (&pool.lock);
  g_cond_init (&pool.cond);
  threads = g_thread_pool_new (file_job_run, &pool, workers, FALSE, NULL);

  for (i = 0; i < paths->len && go_on; i++)
    {
      FileJob *job = &jobs[i];

      /* Keep the workers a bounded distance ahead: memory stays flat. */
      for (; pushed < paths->len && pushed < i + window; pushed++)
        {
          jobs[pushed].path = g_ptr_array_index (paths, pushed);
          g_thread_pool_push (threads, &jobs[pushed], NULL);
        }

      g_mutex_lock (&pool.lock);
      while (!job->done)
        g_cond_wait (&pool.cond, &pool.lock);
      g_mutex_unlock (&pool.lock);

      if (g_cancellable_is_cancelled (cancellable))
        go_on = FALSE;
      else if (job->error != NULL)
        {
          g_autoptr(BounceReport) report = error_report (job->path, ++index, g_steal_pointer (&job->error));

          go_on = func (report, user_data);
        }
      else if (job->mbox)
        go_on = analyze_mbox (self, job->path, &index, func, user_data, cancellable);
      else
        {
          job->report->index = ++index;
          go_on = func (job->report, user_data);
        }

      file_job_clear (job);
    }

  /* Drop what was not started, wait for what runs, free every result. */
  g_thread_pool_free (threads, TRUE, TRUE);
  for (; i < pushed; i++)
    file_job_clear (&jobs[i]);

  g_cond_clear (&pool.cond);
  g_mutex_clear (&pool.lock);

  return go_on;
}

static gboolean
analyze_directory (BounceAnalyzer   *self,
                   const char       *path,
                   BounceReportFunc  func,
                   gpointer          user_data,
                   GCancellable     *cancellable)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *cur = g_build_filename (path, "cur", NULL);
  g_autofree char *new = g_build_filename (path, "new", NULL);
  guint index = 0;

  if (g_file_test (cur, G_FILE_TEST_IS_DIR) || g_file_test (new, G_FILE_TEST_IS_DIR))
    {
      /* A maildir: read messages first, then new ones. */
      list_files (cur, paths);
      list_files (new, paths);
    }
  else
    list_files (path, paths);

  if ((self->max_threads != 1) && paths->len > 1)
    return analyze_files_parallel (self, paths, func, user_data, cancellable);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *file = g_ptr_array_index (paths, i);
      g_autoptr(GError) error = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        return FALSE;

      if (!analyze_path (self, file, &index, func, user_data, cancellable, &error))
        {
          g_autoptr(BounceReport) report = NULL;

          if (error == NULL)
            return FALSE;

          report = error_report (file, ++index, g_steal_pointer (&error));
          if (!func (report, user_data))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * bounce_analyzer_analyze_file:
 * @self: a #BounceAnalyzer
 * @file: a message, an mbox, a maildir or a folder of messages
 * @func: (scope call): called with the report of each message, in order
 * @user_data: data for @func
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Messages that cannot be read are reported to @func as reports of kind
 * %BOUNCE_KIND_NOT_EMAIL with their error set.
 *
 * Returns: %FALSE, with @error set, when @file itself cannot be opened or
 *   the operation was cancelled
 */
gboolean
bounce_analyzer_analyze_file (BounceAnalyzer    *self,
                              GFile             *file,
                              BounceReportFunc   func,
                              gpointer           user_data,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_autofree char *path = NULL;
  guint index = 0;

  g_return_val_if_fail (BOUNCE_IS_ANALYZER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a local file"), uri);
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      GDir *dir = g_dir_open (path, 0, error);

      if (dir == NULL)
        return FALSE;
      g_dir_close (dir);

      analyze_directory (self, path, func, user_data, cancellable);
    }
  else if (!analyze_path (self, path, &index, func, user_data, cancellable, error))
    {
      if (error != NULL && *error != NULL)
        return FALSE;
    }

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* "From sender Thu Jul  2 12:05:05 2020": the separator line of an mbox,
 * with its time of day. Writers that do not put a blank line before the next
 * separator (right after a closing MIME boundary, say) still start a new
 * message with it, while body text that merely begins with "From " does not. */
static gboolean
looks_like_postmark (const guint8 *line,
                     gsize         len)
{
  gsize i = 5;

  /* The envelope sender: one word. */
  if (i >= len || line[i] == ' ' || line[i] == '\t')
    return FALSE;
  while (i < len && line[i] != ' ' && line[i] != '\t' && line[i] != '\n')
    i++;

  /* Then a date with a time of day hh:mm somewhere in it. */
  for (; i + 5 <= len; i++)
    {
      if (g_ascii_isdigit (line[i]) && g_ascii_isdigit (line[i + 1]) && line[i + 2] == ':' &&
          g_ascii_isdigit (line[i + 3]) && g_ascii_isdigit (line[i + 4]))
        return TRUE;
    }

  return FALSE;
}

/* Error text piped in by a help-desk worker: readable text that is not a
 * message. Binary data stays an input that is not an email. */
static gboolean
looks_like_pasted_text (GByteArray *data)
{
  const char *text = (const char *) data->data;

  /* A message, the common case, is told by its first lines: check that
   * before reading the whole input for NULs and UTF-8. */
  return data->len > 0 &&
         !bounce_mime_looks_like_message (text, data->len) &&
         memchr (text, '\0', data->len) == NULL &&
         g_utf8_validate (text, data->len, NULL);
}

/* Analyses the message collected from a stream so far; a stream that is not
 * an mbox may also be pasted error text. */
static gboolean
emit_chunk (BounceAnalyzer   *self,
            GByteArray       *message,
            gboolean          mbox,
            goffset           offset,
            gsize             size,
            const char       *source,
            guint            *index,
            BounceReportFunc  func,
            gpointer          user_data)
{
  g_autoptr(BounceReport) report = NULL;

  (*index)++;
  if (size > self->max_size)
    report = error_report (source, *index, too_large_error (size, self->max_size));
  else if (!mbox && looks_like_pasted_text (message))
    report = analyze_text_at (self, (const char *) message->data, message->len, source, *index);
  else
    report = analyze_data (self, message, source, *index);
  g_byte_array_set_size (message, 0);

  /* The bytes of the stream the message was, @size counting those not kept. */
  _bounce_report_set_byte_range (report, offset, size);

  return func (report, user_data);
}

/**
 * bounce_analyzer_analyze_stream:
 * @self: a #BounceAnalyzer
 * @stream: a message or an mbox, for example standard input
 * @source: (nullable): a name for it in the reports, such as "-"
 * @func: (scope call): called with the report of each message, in order
 * @user_data: data for @func
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * An mbox is split at its "From " lines while it is read, so that a pipe of
 * many messages is handled one message at a time, in flat memory; bytes of a
 * message beyond the size limit are counted but not kept.
 *
 * Returns: %FALSE, with @error set, when reading failed
 */
gboolean
bounce_analyzer_analyze_stream (BounceAnalyzer    *self,
                                GInputStream      *stream,
                                const char        *source,
                                BounceReportFunc   func,
                                gpointer           user_data,
                                GCancellable      *cancellable,
                                GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  guint index = 0;

  g_return_val_if_fail (BOUNCE_IS_ANALYZER (self), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  /* Stopped by the callback is no failure. */
  if (!analyze_stream_at (self, stream, source, &index, func, user_data, cancellable, &local_error) &&
      local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* Returns FALSE when reading failed (@error set) or the callback said stop.
 * @index counts on from its value, across the files of a folder.
 *
 * This is the one place that splits a stream into messages; each report
 * notes the bytes of the stream its message was (bounce_report_get_byte_range()),
 * which is how the batch view finds a message of an mbox again. */
static gboolean
analyze_stream_at (BounceAnalyzer   *self,
                   GInputStream     *stream,
                   const char       *source,
                   guint            *index,
                   BounceReportFunc  func,
                   gpointer          user_data,
                   GCancellable     *cancellable,
                   GError          **error)
{
  g_autoptr(GByteArray) message = g_byte_array_new ();
  g_autoptr(GByteArray) line = g_byte_array_new ();
  g_autofree guint8 *buffer = g_malloc (64 * 1024);
  gboolean mbox = FALSE;
  gboolean first = TRUE;
  gboolean previous_blank = TRUE;
  gsize size = 0;
  guint first_index = *index;
  goffset position = 0;       /* bytes read from @stream */
  goffset line_start = 0;     /* where the current line started */
  goffset message_start = 0;  /* where the current message started */
  gsize kept_before_line = 0; /* message->len when the current line started */

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, 64 * 1024, cancellable, error);
      gssize i = 0;

      if (n < 0)
        return FALSE;
      if (n == 0)
        break;

      while (i < n)
        {
          const guint8 *nl = memchr (buffer + i, '\n', n - i);
          gssize end = nl != NULL ? (nl - buffer) + 1 : n;

          /* A line is kept whole (up to a sane length) until its end is seen. */
          if (line->len < MAX_LINE)
            g_byte_array_append (line, buffer + i, MIN ((gsize) (end - i), MAX_LINE - line->len));
          size += end - i;
          position += end - i;
          if (message->len + (gsize) (end - i) <= self->max_size + 1)
            g_byte_array_append (message, buffer + i, end - i);
          i = end;

          if (nl == NULL)
            break;

          if (first)
            {
              mbox = line->len >= 5 && memcmp (line->data, "From ", 5) == 0;
              first = FALSE;
            }
          else if (mbox && line->len >= 5 && memcmp (line->data, "From ", 5) == 0 &&
                   (previous_blank || looks_like_postmark (line->data, line->len)))
            {
              /* The whole line, which may be longer than the copy kept of it. */
              gsize line_len = position - line_start;

              /* The "From " line belongs to the next message: the previous
               * one ends where it starts, whatever its length, so that each
               * message is exactly the bytes of its range. */
              g_byte_array_set_size (message, kept_before_line);
              if (!emit_chunk (self, message, mbox, message_start, size - line_len,
                               source, index, func, user_data))
                return FALSE;

              /* The next message starts with the copy of its "From " line:
               * the line itself when it is no longer than the copy. A longer
               * one is cut, and ended so that it stays one line: GMime skips
               * an mbox "From " line without reading it, so the bytes cut
               * from it never change the report. */
              g_byte_array_append (message, line->data, line->len);
              if (line_len > line->len)
                message->data[message->len - 1] = '\n';
              message_start = line_start;
              size = line_len;
            }

          previous_blank = line->len == 1 || (line->len == 2 && line->data[0] == '\r');
          g_byte_array_set_size (line, 0);
          line_start = position;
          kept_before_line = message->len;
        }
    }

  if (message->len > 0 || *index == first_index)
    return emit_chunk (self, message, mbox, message_start, size, source, index, func, user_data);

  return TRUE;
}
