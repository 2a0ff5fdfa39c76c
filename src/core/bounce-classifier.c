/* bounce-classifier.c
 *
 * Decides the reason, severity and hard/soft verdict of one recipient from
 * everything known about it, and finds status and reply codes in free text.
 * The phrase tables live in bounce-classifier-phrases.c, the provider rules
 * in bounce-classifier-provider.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-classifier.h"
#include "bounce-classifier-private.h"

#define MAX_TEXT (16 * 1024)

/* Characters that may sit right before a code without making it part of a
 * longer token ("smtp;550", "(5.1.1)", "#5.1.1"). */
static inline gboolean
is_code_boundary_before (char c)
{
  return !(g_ascii_isalnum (c) || c == '.' || c == '_' || c == '/' || c == '-' || c == '+');
}

/* Parses "C.S.D" at @p and returns the number of bytes it spans, or 0. The
 * class is 2, 4 or 5, the subject 0-7 (one digit, as every registered code)
 * and the detail 0-999 without leading zeros. */
static gsize
status_span (const char *p)
{
  const char *q = p;
  guint detail = 0;
  guint digits = 0;

  if (*q != '2' && *q != '4' && *q != '5')
    return 0;
  q++;
  if (*q != '.')
    return 0;
  q++;
  if (*q < '0' || *q > '7')
    return 0;
  q++;
  if (*q != '.')
    return 0;
  q++;

  if (!g_ascii_isdigit (*q))
    return 0;
  if (*q == '0' && g_ascii_isdigit (q[1]))
    return 0;
  while (g_ascii_isdigit (*q))
    {
      detail = detail * 10 + (guint)(*q - '0');
      digits++;
      q++;
      if (digits > 3)
        return 0;
    }
  if (detail > 999)
    return 0;

  /* X.0.9NN are another tool's private pseudo-codes, never a server's. */
  if (p[2] == '0' && detail >= 900)
    return 0;

  /* "5.1.1.2" is an address or a version, "5.1.1x" a token. */
  if (*q == '.' && g_ascii_isdigit (q[1]))
    return 0;
  if (g_ascii_isalnum (*q) || *q == '_')
    return 0;
  if (*q == '-' && g_ascii_isdigit (q[1]))
    return 0;

  return (gsize)(q - p);
}

gboolean
bounce_status_is_valid (const char *status)
{
  gsize len;

  if (status == NULL)
    return FALSE;

  len = status_span (status);

  return len > 0 && status[len] == '\0';
}

static char *
status_find_in (const char *text,
                gboolean    failures_only)
{
  if (text == NULL)
    return NULL;

  /* strcspn () skips to the next candidate class digit many bytes at a
   * time; most of a text is not digits. */
  for (const char *p = text + strcspn (text, failures_only ? "45" : "245"); *p != '\0';
       p++, p += strcspn (p, failures_only ? "45" : "245"))
    {
      gsize len;

      if (p > text && !is_code_boundary_before (p[-1]))
        {
          /* "550-5.1.1" and "550 5.1.1" are fine; "v5.1.1" or "1.5.1.1" not. */
          if (!(p[-1] == '-' && p - text >= 4 && g_ascii_isdigit (p[-2])
                && g_ascii_isdigit (p[-3]) && g_ascii_isdigit (p[-4])))
            continue;
        }

      len = status_span (p);
      if (len > 0)
        return g_strndup (p, len);
    }

  return NULL;
}

char *
bounce_status_find (const char *text)
{
  return status_find_in (text, FALSE);
}

static gboolean
is_reply_code_at (const char *text,
                  const char *p)
{
  if (*p != '2' && *p != '4' && *p != '5')
    return FALSE;
  if (p[1] < '0' || p[1] > '5' || !g_ascii_isdigit (p[2]))
    return FALSE;
  /* Followed by a space, a continuation dash, the end or a line break. */
  if (!(p[3] == ' ' || p[3] == '-' || p[3] == '\0' || p[3] == '\r'
        || p[3] == '\n' || p[3] == '\t' || p[3] == '\'' || p[3] == '"'
        || p[3] == ')' || p[3] == ']' || p[3] == ',' || p[3] == ';'))
    return FALSE;
  if (p[3] == '-' && !(g_ascii_isdigit (p[4]) || g_ascii_isalpha (p[4]) || p[4] == ' '))
    return FALSE;

  if (p == text)
    return TRUE;

  /* Look back over blanks for a line start or a delimiter. */
  for (const char *b = p - 1; ; b--)
    {
      if (*b == ' ' || *b == '\t')
        {
          if (b == text)
            return TRUE;
          continue;
        }
      return *b == '\n' || *b == '\r' || *b == ';' || *b == ':'
             || *b == '(' || *b == '[' || *b == '\'' || *b == '"'
             || *b == '<' || *b == '>' || *b == '#' || *b == '=';
    }
}

guint
bounce_reply_code_find (const char *text)
{
  if (text == NULL)
    return 0;

  /* Only a 2, 4 or 5 may start a code: skip to the next (see above). */
  for (const char *p = text + strcspn (text, "245"); *p != '\0'; p++, p += strcspn (p, "245"))
    {
      if (p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '.'))
        continue;
      if (is_reply_code_at (text, p))
        return (guint)((p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0'));
    }

  /* Second chance: "error 550 5.1.1", a code directly followed by an
   * enhanced status code of the same class. */
  for (const char *p = text + strcspn (text, "45"); *p != '\0'; p++, p += strcspn (p, "45"))
    {
      if (p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '.'))
        continue;
      if ((*p == '4' || *p == '5') && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2])
          && p[1] <= '5' && (p[3] == ' ' || p[3] == '-') && p[4] == p[0]
          && status_span (p + 4) > 0)
        return (guint)((p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0'));
    }

  return 0;
}

/* A code is more specific when it has the same class as the current one (or
 * the current one is absent/invalid) and its subject or detail is not the
 * generic zero. */
gboolean
bounce_status_is_more_specific (const char *candidate,
                                const char *current)
{
  if (!bounce_status_is_valid (candidate))
    return FALSE;
  if (!bounce_status_is_valid (current))
    return TRUE;
  if (candidate[0] != current[0])
    return FALSE;

  /* Generic current codes: X.0.0 or X.S.0. */
  if (strcmp (current + 1, ".0.0") == 0)
    return strcmp (candidate + 1, ".0.0") != 0;

  if (current[2] == candidate[2] && strcmp (current + 3, ".0") == 0)
    return strcmp (candidate + 3, ".0") != 0;

  return FALSE;
}

/* Status codes ------------------------------------------------------------- */

typedef struct
{
  const char   *code;
  BounceReason  reason;
} StatusReason;

/* What a status code says on its own, after Sisimai 5's table. Codes absent
 * here (X.0.0, 4.7.0, ...) say too little: the text decides. 5.7.1 is
 * "securityerror" only as a last resort; the text nearly always refines it. */
static const StatusReason status_reasons[] = {
  { "2.1.5", BOUNCE_REASON_DELIVERED },
  { "4.1.1", BOUNCE_REASON_USERUNKNOWN },
  { "4.1.2", BOUNCE_REASON_HOSTUNKNOWN },
  { "4.1.6", BOUNCE_REASON_HASMOVED },
  { "4.1.7", BOUNCE_REASON_REJECTED },
  { "4.1.8", BOUNCE_REASON_REJECTED },
  { "4.1.9", BOUNCE_REASON_SYSTEMERROR },
  { "4.2.1", BOUNCE_REASON_SUSPEND },
  { "4.2.2", BOUNCE_REASON_MAILBOXFULL },
  { "4.2.3", BOUNCE_REASON_EXCEEDLIMIT },
  { "4.2.4", BOUNCE_REASON_FILTERED },
  { "4.3.1", BOUNCE_REASON_SYSTEMFULL },
  { "4.3.2", BOUNCE_REASON_NOTACCEPT },
  { "4.3.3", BOUNCE_REASON_SYSTEMERROR },
  { "4.3.5", BOUNCE_REASON_SYSTEMERROR },
  { "4.4.1", BOUNCE_REASON_EXPIRED },
  { "4.4.2", BOUNCE_REASON_NETWORKERROR },
  { "4.4.4", BOUNCE_REASON_NETWORKERROR },
  { "4.4.5", BOUNCE_REASON_SYSTEMFULL },
  { "4.4.6", BOUNCE_REASON_NETWORKERROR },
  { "4.4.7", BOUNCE_REASON_EXPIRED },
  { "4.5.3", BOUNCE_REASON_SYSTEMERROR },
  { "4.5.5", BOUNCE_REASON_SYSTEMERROR },
  { "4.6.0", BOUNCE_REASON_CONTENTERROR },
  { "4.6.2", BOUNCE_REASON_CONTENTERROR },
  { "4.6.5", BOUNCE_REASON_CONTENTERROR },
  { "4.7.1", BOUNCE_REASON_BLOCKED },
  { "4.7.2", BOUNCE_REASON_BLOCKED },
  { "4.7.5", BOUNCE_REASON_SECURITYERROR },
  { "4.7.6", BOUNCE_REASON_SECURITYERROR },
  { "4.7.7", BOUNCE_REASON_SECURITYERROR },
  { "4.7.12", BOUNCE_REASON_SECURITYERROR },
  { "4.7.15", BOUNCE_REASON_SECURITYERROR },
  { "4.7.16", BOUNCE_REASON_MESGTOOBIG },
  { "4.7.24", BOUNCE_REASON_AUTHFAILURE },
  { "4.7.25", BOUNCE_REASON_REQUIREPTR },
  { "4.7.26", BOUNCE_REASON_AUTHFAILURE },
  { "4.7.28", BOUNCE_REASON_SPEEDING },
  { "5.1.0", BOUNCE_REASON_USERUNKNOWN },
  { "5.1.1", BOUNCE_REASON_USERUNKNOWN },
  { "5.1.2", BOUNCE_REASON_HOSTUNKNOWN },
  { "5.1.3", BOUNCE_REASON_USERUNKNOWN },
  { "5.1.4", BOUNCE_REASON_FILTERED },
  { "5.1.6", BOUNCE_REASON_HASMOVED },
  { "5.1.7", BOUNCE_REASON_REJECTED },
  { "5.1.8", BOUNCE_REASON_REJECTED },
  { "5.1.9", BOUNCE_REASON_SYSTEMERROR },
  { "5.1.10", BOUNCE_REASON_NOTACCEPT },
  { "5.2.0", BOUNCE_REASON_FILTERED },
  { "5.2.1", BOUNCE_REASON_USERUNKNOWN },
  { "5.2.2", BOUNCE_REASON_MAILBOXFULL },
  { "5.2.3", BOUNCE_REASON_EXCEEDLIMIT },
  { "5.2.4", BOUNCE_REASON_FILTERED },
  { "5.3.0", BOUNCE_REASON_SYSTEMERROR },
  { "5.3.1", BOUNCE_REASON_SYSTEMFULL },
  { "5.3.2", BOUNCE_REASON_NOTACCEPT },
  { "5.3.3", BOUNCE_REASON_SYSTEMERROR },
  { "5.3.4", BOUNCE_REASON_MESGTOOBIG },
  { "5.3.5", BOUNCE_REASON_SYSTEMERROR },
  { "5.4.0", BOUNCE_REASON_NETWORKERROR },
  { "5.4.3", BOUNCE_REASON_SYSTEMERROR },
  { "5.4.4", BOUNCE_REASON_HOSTUNKNOWN },
  { "5.5.3", BOUNCE_REASON_TOOMANYCONN },
  { "5.5.4", BOUNCE_REASON_SYSTEMERROR },
  { "5.5.5", BOUNCE_REASON_SYSTEMERROR },
  { "5.5.6", BOUNCE_REASON_SECURITYERROR },
  { "5.6.0", BOUNCE_REASON_CONTENTERROR },
  { "5.6.1", BOUNCE_REASON_CONTENTERROR },
  { "5.6.2", BOUNCE_REASON_CONTENTERROR },
  { "5.6.3", BOUNCE_REASON_CONTENTERROR },
  { "5.6.5", BOUNCE_REASON_CONTENTERROR },
  { "5.6.6", BOUNCE_REASON_CONTENTERROR },
  { "5.6.7", BOUNCE_REASON_CONTENTERROR },
  { "5.6.8", BOUNCE_REASON_CONTENTERROR },
  { "5.6.9", BOUNCE_REASON_CONTENTERROR },
  { "5.6.10", BOUNCE_REASON_CONTENTERROR },
  { "5.7.0", BOUNCE_REASON_SECURITYERROR },
  { "5.7.1", BOUNCE_REASON_SECURITYERROR },
  { "5.7.2", BOUNCE_REASON_SECURITYERROR },
  { "5.7.3", BOUNCE_REASON_SECURITYERROR },
  { "5.7.4", BOUNCE_REASON_SECURITYERROR },
  { "5.7.5", BOUNCE_REASON_SECURITYERROR },
  { "5.7.6", BOUNCE_REASON_SECURITYERROR },
  { "5.7.7", BOUNCE_REASON_SECURITYERROR },
  { "5.7.8", BOUNCE_REASON_SECURITYERROR },
  { "5.7.9", BOUNCE_REASON_SECURITYERROR },
  { "5.7.10", BOUNCE_REASON_SECURITYERROR },
  { "5.7.11", BOUNCE_REASON_SECURITYERROR },
  { "5.7.13", BOUNCE_REASON_SUSPEND },
  { "5.7.14", BOUNCE_REASON_SECURITYERROR },
  { "5.7.15", BOUNCE_REASON_SECURITYERROR },
  { "5.7.16", BOUNCE_REASON_MESGTOOBIG },
  { "5.7.17", BOUNCE_REASON_HASMOVED },
  { "5.7.18", BOUNCE_REASON_HASMOVED },
  { "5.7.19", BOUNCE_REASON_SECURITYERROR },
  { "5.7.20", BOUNCE_REASON_AUTHFAILURE },
  { "5.7.21", BOUNCE_REASON_AUTHFAILURE },
  { "5.7.22", BOUNCE_REASON_AUTHFAILURE },
  { "5.7.23", BOUNCE_REASON_AUTHFAILURE },
  { "5.7.24", BOUNCE_REASON_AUTHFAILURE },
  { "5.7.25", BOUNCE_REASON_REQUIREPTR },
  { "5.7.26", BOUNCE_REASON_AUTHFAILURE },
  /* X.7.27 is registered for a sender domain with a null MX, but Sendmail
   * sends "550 5.7.27 Host does not accept mail" for a recipient domain
   * with one, and Gmail uses it for SPF failures (its rule and the words
   * "does not pass SPF" come first). */
  { "5.7.27", BOUNCE_REASON_NOTACCEPT },
  { "5.7.28", BOUNCE_REASON_SPEEDING },
  { "5.7.29", BOUNCE_REASON_AUTHFAILURE },
  { "5.7.30", BOUNCE_REASON_SECURITYERROR },
  /* Not registered, but used by Gmail for a From: not aligned with SPF or
   * DKIM (DMARC), and by nobody else. */
  { "4.7.32", BOUNCE_REASON_AUTHFAILURE },
  { "5.7.32", BOUNCE_REASON_AUTHFAILURE },
};

static BounceReason
reason_of_status (const char *status)
{
  if (status == NULL)
    return BOUNCE_REASON_UNDEFINED;

  for (guint i = 0; i < G_N_ELEMENTS (status_reasons); i++)
    {
      const char *code = status_reasons[i].code;

      /* Class and subject first: they rule out most rows without a call. */
      if (code[0] == status[0] && code[2] == status[2] && strcmp (status, code) == 0)
        return status_reasons[i].reason;
    }

  return BOUNCE_REASON_UNDEFINED;
}

/* The flow ----------------------------------------------------------------- */

static gboolean
action_is (const char *action,
           const char *name)
{
  return action != NULL && g_ascii_strcasecmp (action, name) == 0;
}

static gboolean
action_is_success (const char *action)
{
  return action_is (action, "delivered") || action_is (action, "relayed")
         || action_is (action, "expanded");
}

static BounceCommand
command_from_name (const char *name)
{
  if (name == NULL)
    return BOUNCE_COMMAND_UNKNOWN;
  if (g_ascii_strncasecmp (name, "rcpt", 4) == 0)
    return BOUNCE_COMMAND_RCPT;
  if (g_ascii_strncasecmp (name, "mail", 4) == 0)
    return BOUNCE_COMMAND_MAIL;
  if (g_ascii_strncasecmp (name, "data", 4) == 0 || g_ascii_strncasecmp (name, "bdat", 4) == 0
      || g_ascii_strncasecmp (name, "end of data", 11) == 0)
    return BOUNCE_COMMAND_DATA;
  if (g_ascii_strncasecmp (name, "helo", 4) == 0 || g_ascii_strncasecmp (name, "ehlo", 4) == 0)
    return BOUNCE_COMMAND_HELO;
  if (g_ascii_strncasecmp (name, "conn", 4) == 0)
    return BOUNCE_COMMAND_CONN;

  return BOUNCE_COMMAND_UNKNOWN;
}

/* Inline: g_ascii_tolower () is a function call per byte. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static inline gboolean
is_fold_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Whether @needle (lower case, no leading blank) occurs at @at as it would
 * in the output of normalize_text (): letters in any case, each space of
 * @needle standing for a run of blanks and line breaks. Matching the raw
 * text this way spares a lower-cased copy of it. */
static inline gboolean
folded_match_at (const char *at,
                 const char *needle)
{
  for (; *needle != '\0'; needle++)
    {
      if (*needle == ' ')
        {
          if (!is_fold_space (*at))
            return FALSE;
          while (is_fold_space (*at))
            at++;
        }
      else if (ascii_lower (*at++) != *needle)
        return FALSE;
    }

  return TRUE;
}

/* Finds which command the server answered from the way MTAs report it:
 * Postfix "(in reply to RCPT TO command)", Exim "after RCPT TO:<...>",
 * "after end of data", "refused to talk to me" for the greeting. The
 * first hint of the table found anywhere in @text wins; @text may be raw
 * (see folded_match_at ()). */
static const struct { const char *needle; BounceCommand command; } command_hints[] = {
  { "in reply to rcpt to", BOUNCE_COMMAND_RCPT },
  { "after rcpt to", BOUNCE_COMMAND_RCPT },
  { "in reply to end of data", BOUNCE_COMMAND_DATA },
  { "in reply to data", BOUNCE_COMMAND_DATA },
  { "after end of data", BOUNCE_COMMAND_DATA },
  { "after data", BOUNCE_COMMAND_DATA },
  { "in reply to mail from", BOUNCE_COMMAND_MAIL },
  { "after mail from", BOUNCE_COMMAND_MAIL },
  { "in reply to ehlo", BOUNCE_COMMAND_HELO },
  { "in reply to helo", BOUNCE_COMMAND_HELO },
  { "after ehlo", BOUNCE_COMMAND_HELO },
  { "after helo", BOUNCE_COMMAND_HELO },
  { ">>> rcpt to", BOUNCE_COMMAND_RCPT },
  { ">>> data", BOUNCE_COMMAND_DATA },
  { ">>> mail from", BOUNCE_COMMAND_MAIL },
  { ">>> ehlo", BOUNCE_COMMAND_HELO },
  { ">>> helo", BOUNCE_COMMAND_HELO },
  { "[rcpt_to]", BOUNCE_COMMAND_RCPT },
  { "rcpt to:<", BOUNCE_COMMAND_RCPT },
  { "but sender was rejected", BOUNCE_COMMAND_MAIL },
  { "but my name was rejected", BOUNCE_COMMAND_HELO },
  { "refused to talk to me", BOUNCE_COMMAND_CONN },
  { "after initial connection", BOUNCE_COMMAND_CONN },
};

G_STATIC_ASSERT (G_N_ELEMENTS (command_hints) < 32);

/* One pass over the text instead of a search per hint: a byte is looked at
 * further only when it and the next byte (in either case) may start a hint,
 * and then only the hints they may start that come earlier in the table
 * than the best found so far are tried. */
static BounceCommand
command_from_text (const char *text)
{
  static guint32 firsts[256];   /* bit per hint that may start with the byte;
                                 * the NUL has bit 31, which no hint has */
  static guint32 seconds[256];  /* bit per hint whose second byte may be the byte */
  static gsize tables_init;
  guint best = G_N_ELEMENTS (command_hints);

  if (g_once_init_enter (&tables_init))
    {
      for (guint i = 0; i < G_N_ELEMENTS (command_hints); i++)
        {
          const char *needle = command_hints[i].needle;

          g_assert (needle[0] != ' ' && needle[1] != ' ' && needle[1] != '\0');
          firsts[(guchar) needle[0]] |= 1u << i;
          firsts[(guchar) g_ascii_toupper (needle[0])] |= 1u << i;
          seconds[(guchar) needle[1]] |= 1u << i;
          seconds[(guchar) g_ascii_toupper (needle[1])] |= 1u << i;
        }
      firsts[0] = 1u << 31;
      g_once_init_leave (&tables_init, 1);
    }

  for (const guchar *p = (const guchar *) text; best > 0; p++)
    {
      guint32 candidates;

      /* The tight loop of the walk: the NUL's bit stops it too. Common
       * letters start hints ('a', 'i', 'r'), so the next byte is looked at
       * here as well: p[1] is read only after a byte that is not the NUL,
       * and is at worst the terminating NUL, which no hint has second. */
      while (firsts[p[0]] == 0 || (p[0] != '\0' && (firsts[p[0]] & seconds[p[1]]) == 0))
        p++;
      if (*p == '\0')
        break;
      candidates = firsts[p[0]] & seconds[p[1]] & ((1u << best) - 1);
      while (candidates != 0)
        {
          guint i = (guint) g_bit_nth_lsf (candidates, -1);

          candidates &= candidates - 1;
          if (folded_match_at ((const char *) p, command_hints[i].needle))
            {
              best = i;
              break;
            }
        }
    }

  return best < G_N_ELEMENTS (command_hints) ? command_hints[best].command
                                              : BOUNCE_COMMAND_UNKNOWN;
}

/* Old Gmail bounces end in "(state 14).": the stage of the session that
 * failed, which tells the command and, for some, the reason. */
static guint
gmail_state (const char *lower)
{
  const char *p = strstr (lower, "(state ");
  guint state = 0;

  if (p == NULL)
    return 0;
  p += strlen ("(state ");
  for (guint i = 0; i < 2 && g_ascii_isdigit (*p); i++, p++)
    state = state * 10 + (guint)(*p - '0');

  return *p == ')' ? state : 0;
}

static BounceCommand
command_of_gmail_state (guint state)
{
  switch (state)
    {
    case 6:
      return BOUNCE_COMMAND_MAIL;
    case 13:
      return BOUNCE_COMMAND_HELO;
    case 14:
      return BOUNCE_COMMAND_RCPT;
    case 15:
    case 17:
    case 18:
      return BOUNCE_COMMAND_DATA;
    default:
      return BOUNCE_COMMAND_UNKNOWN;
    }
}

/* Lower-cases @text (at most @max bytes) and folds every run of blanks and
 * line breaks into one space, so that phrases match across folded lines
 * ("(in reply to RCPT\n    TO command)"). */
static char *
normalize_text (const char *text,
                gsize       max)
{
  char *out;
  char *w;
  gsize len;

  if (text == NULL)
    return g_strdup ("");

  len = strnlen (text, max);
  out = w = g_malloc (len + 1);
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        {
          if (w > out && w[-1] != ' ')
            *w++ = ' ';
          continue;
        }
      *w++ = ascii_lower (c);
    }
  *w = '\0';

  return out;
}

const char *
bounce_smtp_command_find (const char *text)
{
  if (text == NULL)
    return NULL;

  switch (command_from_text (text))
    {
    case BOUNCE_COMMAND_CONN:
      return "CONN";
    case BOUNCE_COMMAND_HELO:
      return "EHLO";
    case BOUNCE_COMMAND_MAIL:
      return "MAIL";
    case BOUNCE_COMMAND_RCPT:
      return "RCPT";
    case BOUNCE_COMMAND_DATA:
      return "DATA";
    case BOUNCE_COMMAND_UNKNOWN:
    default:
      return NULL;
    }
}

static gboolean
command_before_data (BounceCommand command)
{
  return command == BOUNCE_COMMAND_CONN || command == BOUNCE_COMMAND_HELO
         || command == BOUNCE_COMMAND_MAIL || command == BOUNCE_COMMAND_RCPT;
}

G_STATIC_ASSERT (BOUNCE_N_REASONS <= 64);

/* All tables are matched at once, on the first question. */
static gboolean
text_says (BounceFacts  *facts,
           BounceReason  reason)
{
  if (!facts->checked)
    {
      facts->matched = _bounce_reasons_in_text (facts->lower);
      facts->checked = TRUE;
    }

  return (facts->matched & (G_GUINT64_CONSTANT (1) << reason)) != 0;
}

/* Whether the format hint may decide: a directory-lookup phrase ("user
 * unknown") answering a command other than RCPT still comes from a filter. */
static gboolean
hint_stands (const BounceFacts *facts)
{
  return facts->hint != BOUNCE_REASON_UNDEFINED
         && !(facts->hint == BOUNCE_REASON_USERUNKNOWN && facts->command != BOUNCE_COMMAND_UNKNOWN
              && facts->command != BOUNCE_COMMAND_RCPT);
}

/* The first pass asks each reason, most specific first, whether the
 * evidence as a whole points to it: its status code, its wording, and the
 * command it was answered to (a "user unknown" to RCPT is a dead address,
 * the same words after DATA come from a content filter). The order is
 * Sisimai's, extended with the reasons Sisimai 5 added. */
static BounceReason
first_pass (BounceFacts       *facts,
            BounceReason       by_status)
{
  static const BounceReason order[] = {
    BOUNCE_REASON_MAILBOXFULL, BOUNCE_REASON_MESGTOOBIG, BOUNCE_REASON_EXCEEDLIMIT,
    BOUNCE_REASON_SUSPEND, BOUNCE_REASON_HASMOVED, BOUNCE_REASON_NORELAYING,
    BOUNCE_REASON_AUTHFAILURE, BOUNCE_REASON_USERUNKNOWN, BOUNCE_REASON_FILTERED,
    BOUNCE_REASON_REQUIREPTR, BOUNCE_REASON_NOTCOMPLIANTRFC, BOUNCE_REASON_BADREPUTATION,
    BOUNCE_REASON_REJECTED, BOUNCE_REASON_HOSTUNKNOWN, BOUNCE_REASON_SPAMDETECTED,
    BOUNCE_REASON_SPEEDING, BOUNCE_REASON_TOOMANYCONN, BOUNCE_REASON_BLOCKED,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      BounceReason reason = order[i];
      gboolean yes = FALSE;

      /* A format hint counts where it stands in the order. */
      if (reason == facts->hint && hint_stands (facts))
        return reason;

      switch ((int)reason)
        {
        case BOUNCE_REASON_MESGTOOBIG:
          /* "message too large for this recipient" beats a 5.2.3. */
          yes = by_status == BOUNCE_REASON_MESGTOOBIG || text_says (facts, reason);
          break;

        case BOUNCE_REASON_NORELAYING:
          yes = facts->command != BOUNCE_COMMAND_CONN && facts->command != BOUNCE_COMMAND_HELO
                && text_says (facts, reason);
          break;

        case BOUNCE_REASON_USERUNKNOWN:
          if (by_status == BOUNCE_REASON_USERUNKNOWN)
            {
              /* The code says "bad mailbox", unless the words say the refusal
               * was about something else. */
              yes = !(text_says (facts, BOUNCE_REASON_NORELAYING)
                      || text_says (facts, BOUNCE_REASON_BLOCKED)
                      || text_says (facts, BOUNCE_REASON_MAILBOXFULL)
                      || text_says (facts, BOUNCE_REASON_HASMOVED)
                      || text_says (facts, BOUNCE_REASON_REJECTED)
                      || text_says (facts, BOUNCE_REASON_NOTACCEPT));
            }
          else if (by_status != BOUNCE_REASON_SUSPEND && by_status != BOUNCE_REASON_FILTERED)
            {
              /* Without the command, only words that can only come from a
               * directory lookup ("no such user", "not listed in Domino
               * Directory", the format hint) say the address is dead; a bare
               * "user unknown" inside a bounce is also what content filters
               * answer after DATA. A pasted line (or a bounce of no known
               * format) has no such context: its words are taken as they
               * stand, and only a DATA stage it names makes them a filter's.
               * Postfix's bare "Recipient address rejected." to RCPT is
               * a rejected recipient; with a colon a reason follows. */
              if (facts->command == BOUNCE_COMMAND_RCPT)
                yes = text_says (facts, reason)
                      || strstr (facts->lower, "recipient address rejected.") != NULL;
              else if (facts->command == BOUNCE_COMMAND_UNKNOWN && facts->pasted)
                yes = text_says (facts, reason);
            }
          break;

        case BOUNCE_REASON_FILTERED:
          if (by_status == BOUNCE_REASON_SUSPEND)
            yes = FALSE;
          else if (by_status == BOUNCE_REASON_FILTERED)
            yes = text_says (facts, BOUNCE_REASON_USERUNKNOWN) || text_says (facts, reason);
          else if (!command_before_data (facts->command))
            yes = text_says (facts, reason) || text_says (facts, BOUNCE_REASON_USERUNKNOWN);
          break;

        case BOUNCE_REASON_REJECTED:
          if (by_status == BOUNCE_REASON_REJECTED)
            yes = TRUE;
          else if (facts->command == BOUNCE_COMMAND_MAIL)
            yes = text_says (facts, reason);
          else if (facts->command == BOUNCE_COMMAND_DATA)
            yes = by_status != BOUNCE_REASON_USERUNKNOWN && text_says (facts, reason);
          else if (by_status == BOUNCE_REASON_UNDEFINED || by_status == BOUNCE_REASON_ONHOLD
                   || by_status == BOUNCE_REASON_SECURITYERROR
                   || by_status == BOUNCE_REASON_SYSTEMERROR)
            yes = text_says (facts, reason);
          break;

        case BOUNCE_REASON_HOSTUNKNOWN:
          if (by_status == BOUNCE_REASON_HOSTUNKNOWN)
            /* A 5.1.2 is explicit; a 5.4.4 "unable to route" may be a
             * DNS failure or a domain without mail exchanger. */
            yes = !text_says (facts, BOUNCE_REASON_NETWORKERROR)
                  && !(strcmp (facts->status + 1, ".1.2") != 0
                       && text_says (facts, BOUNCE_REASON_NOTACCEPT));
          else
            /* "Host not found, try again" is a lookup that failed for
             * now, not a domain that does not exist. */
            yes = text_says (facts, reason) && !text_says (facts, BOUNCE_REASON_NETWORKERROR);
          break;

        case BOUNCE_REASON_SPAMDETECTED:
          if (by_status == BOUNCE_REASON_SPAMDETECTED)
            yes = TRUE;
          else if (by_status != BOUNCE_REASON_CONTENTERROR || strstr (facts->lower, "spam") != NULL)
            yes = !command_before_data (facts->command) && text_says (facts, reason);
          break;

        case BOUNCE_REASON_SUSPEND:
        case BOUNCE_REASON_HASMOVED:
        case BOUNCE_REASON_NOTCOMPLIANTRFC:
        case BOUNCE_REASON_BADREPUTATION:
          yes = text_says (facts, reason);
          break;

        default:
          /* mailboxfull, exceedlimit, authfailure, requireptr, speeding,
           * toomanyconn, blocked: the code or the words. */
          yes = by_status == reason || text_says (facts, reason);
          break;
        }

      if (yes)
        return reason;
    }

  return BOUNCE_REASON_UNDEFINED;
}

/* Reasons a status code points to that the text may still overrule. */
static gboolean
status_reason_is_weak (BounceReason reason)
{
  return reason == BOUNCE_REASON_UNDEFINED || reason == BOUNCE_REASON_ONHOLD
         || reason == BOUNCE_REASON_SYSTEMERROR || reason == BOUNCE_REASON_SECURITYERROR
         || reason == BOUNCE_REASON_NETWORKERROR || reason == BOUNCE_REASON_HOSTUNKNOWN
         || reason == BOUNCE_REASON_USERUNKNOWN || reason == BOUNCE_REASON_EXPIRED;
}

/* Format hints that better evidence may still refine. */
static gboolean
hint_is_final (BounceReason reason)
{
  return !(reason == BOUNCE_REASON_USERUNKNOWN || reason == BOUNCE_REASON_HOSTUNKNOWN
           || reason == BOUNCE_REASON_SYSTEMERROR || reason == BOUNCE_REASON_NETWORKERROR
           || reason == BOUNCE_REASON_SECURITYERROR || reason == BOUNCE_REASON_ONHOLD
           || reason == BOUNCE_REASON_UNDEFINED);
}

/* The second pass, when the first found nothing: the status code if it is
 * decisive, else the wording alone, else the classes of the codes. */
static BounceReason
second_pass (BounceFacts       *facts,
             BounceReason       by_status)
{
  static const BounceReason order[] = {
    BOUNCE_REASON_MAILBOXFULL, BOUNCE_REASON_AUTHFAILURE, BOUNCE_REASON_BADREPUTATION,
    BOUNCE_REASON_SPEEDING, BOUNCE_REASON_SPAMDETECTED, BOUNCE_REASON_VIRUSDETECTED,
    BOUNCE_REASON_POLICYVIOLATION, BOUNCE_REASON_NORELAYING, BOUNCE_REASON_SECURITYERROR,
    BOUNCE_REASON_SYSTEMERROR, BOUNCE_REASON_NETWORKERROR, BOUNCE_REASON_SUSPEND,
    BOUNCE_REASON_EXPIRED, BOUNCE_REASON_CONTENTERROR, BOUNCE_REASON_SYSTEMFULL,
    BOUNCE_REASON_NOTACCEPT, BOUNCE_REASON_MAILERERROR,
  };
  guint code = facts->reply_code;

  if (!status_reason_is_weak (by_status))
    return by_status;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      if (text_says (facts, order[i]))
        return order[i];
    }

  /* Refused at MAIL FROM and no words for it: the sender was refused. */
  if (facts->command == BOUNCE_COMMAND_MAIL)
    return BOUNCE_REASON_REJECTED;

  if (by_status != BOUNCE_REASON_UNDEFINED)
    return by_status;

  /* A local delivery program (Diagnostic-Code: X-Unix) failed, and its
   * words said nothing more precise. */
  if (facts->local_program)
    return BOUNCE_REASON_MAILERERROR;

  if (facts->status != NULL && facts->status[1] == '.' && facts->status[2] == '6')
    return BOUNCE_REASON_CONTENTERROR;
  if (facts->status != NULL && facts->status[1] == '.' && facts->status[2] == '7')
    return BOUNCE_REASON_SECURITYERROR;

  /* 500-507: the server did not understand what it was sent. */
  if ((code >= 500 && code <= 507) || (code >= 400 && code <= 407))
    return BOUNCE_REASON_SYNTAXERROR;

  if (action_is (facts->action, "delayed"))
    return BOUNCE_REASON_EXPIRED;

  if (facts->command == BOUNCE_COMMAND_HELO || facts->command == BOUNCE_COMMAND_CONN)
    return BOUNCE_REASON_BLOCKED;

  /* RFC 7504: 521 and 556 mean the host or domain does not accept mail. */
  if (code == 521 || code == 556)
    return BOUNCE_REASON_NOTACCEPT;

  return BOUNCE_REASON_UNDEFINED;
}

/* TRUE when @lower is nothing but a small number that is not the reply
 * code: the exit status of a local delivery program. */
static gboolean
is_exit_status (const char *lower,
                guint       reply_code)
{
  const char *p = lower;
  guint digits = 0;
  guint value = 0;

  while (*p == ' ')
    p++;
  while (g_ascii_isdigit (*p))
    {
      value = value * 10 + (guint)(*p - '0');
      p++;
      digits++;
    }
  while (*p == ' ' || *p == '\n' || *p == '\r')
    p++;

  return digits > 0 && digits <= 3 && *p == '\0' && value != reply_code;
}

/* Multi-line replies folded into one line repeat their code on every line
 * ("550-5.7.1 Messages with multiple 550-5.7.1 addresses in From:"). Drops
 * the repetitions after the first, in place, so that phrases match across
 * the former line breaks. */
static void
drop_repeated_reply_codes (char  *lower,
                           guint  reply_code)
{
  char code[4];
  char *r;
  char *w;

  if (reply_code < 200 || reply_code > 599)
    return;
  code[0] = (char) ('0' + reply_code / 100);
  code[1] = (char) ('0' + reply_code / 10 % 10);
  code[2] = (char) ('0' + reply_code % 10);
  code[3] = '\0';

  r = w = lower;
  while (*r != '\0')
    {
      /* Only a byte equal to the code's first digit can start a repeat:
       * the run up to the next one moves (or stays) whole. r[-1] is still
       * the text's own byte: @w only ever writes behind it. */
      const char *digit = strchr (r, code[0]);
      gsize run = digit != NULL ? (gsize) (digit - r) : strlen (r);

      if (w != r)
        memmove (w, r, run);
      w += run;
      r += run;
      if (*r == '\0')
        break;

      if (r > lower && (r[-1] == ' ' || r[-1] == '\n' || r[-1] == '\t')
          && r[0] == code[0] && r[1] == code[1] && r[2] == code[2] && (r[3] == ' ' || r[3] == '-')
          && r - lower > 4)
        {
          const char *q = r + 4;
          gsize len = status_span (q);

          if (len > 0 && (q[len] == ' ' || q[len] == '\0'))
            q += len;
          while (*q == ' ')
            q++;
          r = (char *)q;
          continue;
        }
      *w++ = *r++;
    }
  *w = '\0';
}

BounceReason
bounce_classify_reason (const BounceEvidence *evidence)
{
  g_autofree char *lower = NULL;
  g_autofree char *found_status = NULL;
  BounceFacts facts = { 0 };
  BounceReason by_status;
  BounceReason reason;
  guint state;

  g_return_val_if_fail (evidence != NULL, BOUNCE_REASON_UNDEFINED);

  if (action_is_success (evidence->action))
    return BOUNCE_REASON_DELIVERED;

  /* A diagnostic is a few lines; past 16 KiB it is a whole message body
   * that the engine could not narrow down, and its tail says nothing more. */
  lower = normalize_text (evidence->diagnostic, MAX_TEXT);

  /* A generic "5.0.0" often hides the real code in the text. */
  facts.status = bounce_status_is_valid (evidence->status) ? evidence->status : NULL;
  found_status = bounce_status_find (lower);
  if (found_status != NULL && bounce_status_is_more_specific (found_status, facts.status))
    facts.status = found_status;

  facts.lower = lower;
  facts.reply_code = evidence->reply_code != 0 ? evidence->reply_code
                                                : bounce_reply_code_find (evidence->diagnostic);
  facts.provider = evidence->provider;
  facts.action = evidence->action;
  facts.local_program = evidence->local_program;
  facts.pasted = (evidence->mta_hint == NULL && evidence->action == NULL)
                 || g_strcmp0 (evidence->mta_hint, "generic") == 0;
  drop_repeated_reply_codes (lower, facts.reply_code);
  facts.command = command_from_name (evidence->smtp_command);
  state = gmail_state (lower);
  if (facts.command == BOUNCE_COMMAND_UNKNOWN)
    facts.command = command_of_gmail_state (state);
  if (facts.command == BOUNCE_COMMAND_UNKNOWN)
    facts.command = command_from_text (lower);

  /* A success code next to a failing reply comes from a session transcript
   * ("250 2.1.5 Ok" to RCPT, then "451 4.3.0" after DATA): look for the
   * failure's own code instead. */
  if (facts.status != NULL && facts.status[0] == '2' && facts.reply_code >= 400)
    {
      g_clear_pointer (&found_status, g_free);
      found_status = status_find_in (lower, TRUE);
      facts.status = found_status;
    }

  if (facts.status != NULL && facts.status[0] == '2' && !action_is (evidence->action, "failed")
      && !action_is (evidence->action, "delayed"))
    return BOUNCE_REASON_DELIVERED;

  reason = _bounce_provider_reason (&facts);
  if (reason != BOUNCE_REASON_UNDEFINED)
    return reason;

  /* Words particular to one MTA or service decide, unless they name a
   * reason that better evidence may refine (see below). */
  facts.hint = _bounce_format_reason (lower);
  if (facts.hint != BOUNCE_REASON_UNDEFINED && hint_is_final (facts.hint))
    return facts.hint;

  /* Google Groups refuses posts from non-members or to missing groups in
   * any language, without a code. */
  if (evidence->mta_hint != NULL && strcmp (evidence->mta_hint, "googlegroups") == 0)
    return BOUNCE_REASON_REJECTED;

  /* Gmail's "(state 15)" to "(state 18)": refused after DATA by the
   * recipient's side. */
  if (state == 15 || state == 17 || state == 18)
    return BOUNCE_REASON_FILTERED;

  by_status = reason_of_status (facts.status);

  reason = first_pass (&facts, by_status);
  if (reason != BOUNCE_REASON_UNDEFINED)
    return reason;

  if (hint_stands (&facts))
    return facts.hint;

  /* Gmail's states 6, 8 and 9: its own side failed (TLS, AUTH). */
  if (state == 6 || state == 8 || state == 9)
    return BOUNCE_REASON_SYSTEMERROR;

  /* A bare number is the exit status of a local delivery program
   * (Diagnostic-Code: X-Unix; 75). */
  if ((by_status == BOUNCE_REASON_UNDEFINED || by_status == BOUNCE_REASON_ONHOLD)
      && is_exit_status (lower, facts.reply_code))
    return BOUNCE_REASON_MAILERERROR;

  reason = second_pass (&facts, by_status);
  if (reason != BOUNCE_REASON_UNDEFINED)
    return reason;

  if (action_is (evidence->action, "delayed"))
    return BOUNCE_REASON_EXPIRED;

  if (text_says (&facts, BOUNCE_REASON_VACATION))
    return BOUNCE_REASON_VACATION;

  /* Something was said, but nothing we can place, or a failure was
   * reported without a word of why: on hold for a human. */
  if (*lower != '\0' || action_is (evidence->action, "failed"))
    return BOUNCE_REASON_ONHOLD;

  return BOUNCE_REASON_UNDEFINED;
}

/* Severity and hard bounces -------------------------------------------------- */

/* Rules, in order:
 * 1. delivered, vacation and feedback are informational whatever the codes;
 * 2. the DSN action speaks for this recipient: delivered/relayed/expanded and
 *    delayed (a delay notice is not a failure yet) are informational, failed
 *    is permanent, even with a transient code ("421 4.7.0" in a failure
 *    report: the server gave up, this message is lost);
 * 3. without an action, the enhanced status class decides, then the reply
 *    code class ("421 5.7.32" counts as permanent: the enhanced code is the
 *    more precise statement);
 * 4. 2yz/3yz are never failures. Nothing known at all: permanent, because
 *    the message came back. */
BounceSeverity
bounce_classify_severity (const BounceEvidence *evidence,
                          BounceReason          reason)
{
  g_autofree char *found = NULL;
  const char *status;
  guint code;

  g_return_val_if_fail (evidence != NULL, BOUNCE_SEVERITY_INFORMATIONAL);

  if (reason == BOUNCE_REASON_DELIVERED || reason == BOUNCE_REASON_VACATION
      || reason == BOUNCE_REASON_FEEDBACK)
    return BOUNCE_SEVERITY_INFORMATIONAL;

  if (action_is_success (evidence->action) || action_is (evidence->action, "delayed"))
    return BOUNCE_SEVERITY_INFORMATIONAL;

  if (action_is (evidence->action, "failed"))
    return BOUNCE_SEVERITY_PERMANENT;

  /* Pasted text has no fields: its own codes count. */
  status = evidence->status;
  if (!bounce_status_is_valid (status))
    status = found = bounce_status_find (evidence->diagnostic);

  if (status != NULL)
    {
      if (status[0] == '5')
        return BOUNCE_SEVERITY_PERMANENT;
      if (status[0] == '4')
        return BOUNCE_SEVERITY_TEMPORARY;
      return BOUNCE_SEVERITY_INFORMATIONAL;
    }

  code = evidence->reply_code;
  if (code == 0)
    code = bounce_reply_code_find (evidence->diagnostic);
  if (code >= 500 && code < 600)
    return BOUNCE_SEVERITY_PERMANENT;
  if (code >= 400 && code < 500)
    return BOUNCE_SEVERITY_TEMPORARY;
  if (code >= 200 && code < 400)
    return BOUNCE_SEVERITY_INFORMATIONAL;

  if (reason == BOUNCE_REASON_EXPIRED)
    return BOUNCE_SEVERITY_PERMANENT;

  return BOUNCE_SEVERITY_PERMANENT;
}

gboolean
bounce_classify_hard_bounce (BounceReason   reason,
                             BounceSeverity severity)
{
  /* notaccept is hard only when permanent: a temporary "not accepting
   * mail" is a host that may come back. */
  if (reason == BOUNCE_REASON_NOTACCEPT)
    return severity != BOUNCE_SEVERITY_TEMPORARY;

  return bounce_reason_is_hard (reason);
}
