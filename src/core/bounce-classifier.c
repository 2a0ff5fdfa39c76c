/* bounce-classifier.c
 *
 * Decides the reason, severity and hard/soft verdict of one recipient from
 * everything known about it, finds status and reply codes in free text and
 * recognises the provider behind a bounce.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-classifier.h"

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

char *
bounce_status_find (const char *text)
{
  if (text == NULL)
    return NULL;

  for (const char *p = text; *p != '\0'; p++)
    {
      gsize len;

      if (*p != '2' && *p != '4' && *p != '5')
        continue;
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

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p > text && (g_ascii_isalnum (p[-1]) || p[-1] == '.'))
        continue;
      if (is_reply_code_at (text, p))
        return (guint)((p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0'));
    }

  /* Second chance: "error 550 5.1.1", a code directly followed by an
   * enhanced status code of the same class. */
  for (const char *p = text; *p != '\0'; p++)
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

/* Phrase tables ----------------------------------------------------------- */

typedef struct
{
  BounceReason        reason;
  const char * const *phrases;
} ReasonPhrases;

#define PHRASES(...) ((const char * const []) { __VA_ARGS__, NULL })

/* Checked in this order; earlier entries win. The order follows the
 * reasoning of Sisimai: the most specific statements first, generic
 * "rejected" or "blocked" wording last. All phrases are lower case. */
static const ReasonPhrases reason_phrases[] = {
  { BOUNCE_REASON_MAILBOXFULL, PHRASES (
      "mailbox full", "mailbox is full", "mailbox is over quota", "over quota",
      "quota exceeded", "exceeded storage allocation", "user is over quota",
      "not enough storage space", "insufficient disk space", "mailbox size limit exceeded",
      "mailfolder is full", "too much mail data", "is over the allowed quota",
      "would exceed mailbox quota", "account is over quota", "inbox is full",
      "mailbox has exceeded", "over its quota", "storage quota", "recipient overquota",
      "exceeding its mailbox quota", "account has exceeded", "mailbox exceeds allowed size",
      "mail quota exceeded", "no space left", "user has exceeded") },
  { BOUNCE_REASON_MESGTOOBIG, PHRASES (
      "message too large", "message is too large", "message size exceeds",
      "message too big", "size limit", "exceeds size limit", "message length exceeds",
      "exceeds maximum message size", "message exceeds", "size of the message exceeds",
      "mail size exceeds", "message file too big", "line too long",
      "exceeds the maximum size", "maximum message size") },
  { BOUNCE_REASON_VIRUSDETECTED, PHRASES (
      "virus", "infected", "malware", "potentially executable content",
      "message contains a dangerous") },
  { BOUNCE_REASON_USERUNKNOWN, PHRASES (
      "user unknown", "unknown user", "no such user", "user not found",
      "mailbox not found", "recipient not found", "no such mailbox",
      "mailbox unavailable", "does not exist", "doesn't exist", "unknown recipient",
      "recipient unknown", "invalid recipient", "recipient address rejected: user unknown",
      "address rejected", "no mailbox here", "mailbox does not exist",
      "not a valid mailbox", "user doesn't have a", "user does not have a",
      "unknown local part", "no such recipient", "unknown or illegal alias",
      "invalid mailbox", "no such address", "recipientnotfound", "address unknown",
      "unrouteable address", "is not a known user", "user not exist", "bad destination mailbox",
      "account does not exist", "mailbox not available", "undeliverable address",
      "no valid recipients", "not our customer", "no account by that name",
      "unknown address", "recipient rejected", "address does not exist",
      "addressee unknown", "invalid address", "not listed in domino directory",
      "not a valid user", "user invalid", "email account that you tried to reach does not exist",
      "no such local user", "mailbox is not found") },
  { BOUNCE_REASON_SUSPEND, PHRASES (
      "mailbox disabled", "mailbox is disabled", "account disabled", "account is disabled",
      "account has been disabled", "suspended", "account is inactive",
      "inactive account", "mailbox is inactive", "is no longer active",
      "account expired", "mailbox unavailable: deactivated", "temporarily disabled") },
  { BOUNCE_REASON_HASMOVED, PHRASES (
      "has been moved", "address has changed", "has moved", "no longer at this address") },
  { BOUNCE_REASON_HOSTUNKNOWN, PHRASES (
      "host unknown", "unknown host", "domain not found", "host not found",
      "no such domain", "domain does not exist", "name or service not known",
      "domain name not found", "unrouteable mail domain", "unknown domain",
      "name service error", "no mx record", "domain is not valid",
      "recipient domain not found", "invalid domain", "host or domain name not found",
      "illegal host/domain name found") },
  { BOUNCE_REASON_NORELAYING, PHRASES (
      "relay access denied", "relaying denied", "relay not permitted", "not permitted to relay",
      "unable to relay", "relaying not allowed", "we do not relay", "relay denied",
      "no relaying", "relaying mail to", "not allowed to relay", "relay prohibited",
      "is not a gateway", "not a valid relay") },
  { BOUNCE_REASON_AUTHFAILURE, PHRASES (
      "spf check failed", "spf fail", "dkim", "dmarc", "sender policy framework",
      "spf validation", "does not pass spf", "did not pass spf", "not pass dmarc",
      "authentication failed", "unauthenticated email", "failed spf", "spf record",
      "sender invalid - envelope rejected", "spf/dkim/dmarc") },
  { BOUNCE_REASON_REQUIREPTR, PHRASES (
      "no ptr record", "reverse dns", "ptr record", "cannot find your hostname",
      "cannot resolve your address", "reverse lookup", "does not have a reverse",
      "client host rejected: cannot find your reverse hostname", "no reverse",
      "rdns", "reverse hostname") },
  { BOUNCE_REASON_SPEEDING, PHRASES (
      "rate limit", "too many messages", "sending too fast", "receiving mail at a rate",
      "unusual rate", "rate that prevents", "too much mail", "message rate exceeded",
      "throttl") },
  { BOUNCE_REASON_TOOMANYCONN, PHRASES (
      "too many connections", "connection limit", "too many concurrent",
      "too many simultaneous", "too many smtp sessions") },
  { BOUNCE_REASON_EXCEEDLIMIT, PHRASES (
      "message length exceeds administrative limit", "exceeds per-mailbox limit") },
  { BOUNCE_REASON_SPAMDETECTED, PHRASES (
      "spam", "junk mail", "unsolicited", "bulk mail", "message content rejected",
      "content filter", "rejected due to content", "considered unsolicited",
      "high probability of", "looks like spam", "suspicious content") },
  { BOUNCE_REASON_BADREPUTATION, PHRASES (
      "reputation", "poor reputation", "low reputation") },
  { BOUNCE_REASON_BLOCKED, PHRASES (
      "blocked using", "blacklisted", "blocklisted", "block list", "blocklist",
      "blacklist", "spamhaus", "spamcop", "barracuda", "dnsbl", "rbl",
      "client host rejected", "access denied", "connection refused",
      "ip blocked", "has been blocked", "is blocked", "banned", "listed at",
      "listed in", "sorbs", "abuseat", "not allowed to send", "your ip",
      "not accepted from this ip", "service unavailable; client host") },
  { BOUNCE_REASON_SECURITYERROR, PHRASES (
      "starttls", "tls required", "encryption required", "must issue a starttls",
      "authentication required", "authentication is required", "must be authenticated",
      "tls is required", "certificate") },
  { BOUNCE_REASON_SYNTAXERROR, PHRASES (
      "syntax error", "command unrecognized", "unrecognized command",
      "bad sequence of commands", "command not implemented", "invalid command") },
  { BOUNCE_REASON_NOTCOMPLIANTRFC, PHRASES (
      "rfc 5322", "rfc5322", "rfc 2822", "rfc2822", "not rfc compliant",
      "duplicate header", "multiple from", "missing message-id", "header is malformed",
      "not compliant") },
  { BOUNCE_REASON_CONTENTERROR, PHRASES (
      "content rejected", "improper", "illegal attachment", "attachment not allowed",
      "disallowed attachment", "message content", "bad content") },
  { BOUNCE_REASON_SYSTEMFULL, PHRASES (
      "insufficient system storage", "mail system full", "disk full", "system storage") },
  { BOUNCE_REASON_NETWORKERROR, PHRASES (
      "routing loop", "mail loop", "loops back to myself", "too many hops",
      "hop count exceeded", "dns lookup failure", "temporary lookup failure",
      "network is unreachable", "no route to host", "connection timed out",
      "timeout", "connection reset") },
  { BOUNCE_REASON_EXPIRED, PHRASES (
      "delivery time expired", "too long in queue", "queue too long", "retry timeout exceeded",
      "message expired", "could not be delivered for", "giving up", "give up",
      "was not delivered within", "has been delayed", "retry time exceeded",
      "undelivered for", "no further retries") },
  { BOUNCE_REASON_FILTERED, PHRASES (
      "delivery not authorized", "refused by recipient", "mail rejected by recipient",
      "recipient rejected your message", "not authorized to send", "only accepts mail from",
      "accepts only internal", "restricted", "rejected by the recipient") },
  { BOUNCE_REASON_REJECTED, PHRASES (
      "sender rejected", "sender address rejected", "domain of sender address",
      "sender verify failed", "rejected sender", "sender blocked", "sender denied",
      "envelope blocked", "not allowed sender", "invalid sender", "bad sender",
      "your address has been blacklisted") },
  { BOUNCE_REASON_POLICYVIOLATION, PHRASES (
      "policy", "prohibited") },
  { BOUNCE_REASON_SYSTEMERROR, PHRASES (
      "system error", "internal error", "server error", "local error",
      "temporary failure", "service unavailable", "try again later",
      "transaction failed") },
  { BOUNCE_REASON_MAILERERROR, PHRASES (
      "mailer error", "command failed", "program exited", "unknown mailer error",
      "procmail", "pipe to |") },
};

/* Status codes whose meaning alone decides the reason. X.7.1 and the other
 * generic ones are not here because the text decides them. */
typedef struct
{
  const char   *code;      /* without the class digit: ".1.1" */
  BounceReason  reason;
} StatusReason;

static const StatusReason status_reasons[] = {
  { ".1.0", BOUNCE_REASON_USERUNKNOWN },
  { ".1.1", BOUNCE_REASON_USERUNKNOWN },
  { ".1.2", BOUNCE_REASON_HOSTUNKNOWN },
  { ".1.3", BOUNCE_REASON_USERUNKNOWN },
  { ".1.4", BOUNCE_REASON_USERUNKNOWN },
  { ".1.5", BOUNCE_REASON_DELIVERED },
  { ".1.6", BOUNCE_REASON_HASMOVED },
  { ".1.7", BOUNCE_REASON_REJECTED },
  { ".1.8", BOUNCE_REASON_REJECTED },
  { ".1.9", BOUNCE_REASON_SYSTEMERROR },
  { ".1.10", BOUNCE_REASON_NOTACCEPT },
  { ".2.0", BOUNCE_REASON_MAILBOXFULL },
  { ".2.1", BOUNCE_REASON_SUSPEND },
  { ".2.2", BOUNCE_REASON_MAILBOXFULL },
  { ".2.3", BOUNCE_REASON_EXCEEDLIMIT },
  { ".2.4", BOUNCE_REASON_SYSTEMERROR },
  { ".3.0", BOUNCE_REASON_SYSTEMERROR },
  { ".3.1", BOUNCE_REASON_SYSTEMFULL },
  { ".3.2", BOUNCE_REASON_NOTACCEPT },
  { ".3.3", BOUNCE_REASON_SYSTEMERROR },
  { ".3.4", BOUNCE_REASON_MESGTOOBIG },
  { ".3.5", BOUNCE_REASON_SYSTEMERROR },
  { ".4.0", BOUNCE_REASON_NETWORKERROR },
  { ".4.1", BOUNCE_REASON_NETWORKERROR },
  { ".4.2", BOUNCE_REASON_NETWORKERROR },
  { ".4.3", BOUNCE_REASON_SYSTEMERROR },
  { ".4.4", BOUNCE_REASON_HOSTUNKNOWN },
  { ".4.5", BOUNCE_REASON_TOOMANYCONN },
  { ".4.6", BOUNCE_REASON_NETWORKERROR },
  { ".4.7", BOUNCE_REASON_EXPIRED },
  { ".5.0", BOUNCE_REASON_SYNTAXERROR },
  { ".5.1", BOUNCE_REASON_SYNTAXERROR },
  { ".5.2", BOUNCE_REASON_SYNTAXERROR },
  { ".5.3", BOUNCE_REASON_TOOMANYCONN },
  { ".5.4", BOUNCE_REASON_SYNTAXERROR },
  { ".5.5", BOUNCE_REASON_SYNTAXERROR },
  { ".5.6", BOUNCE_REASON_SYNTAXERROR },
  { ".6.0", BOUNCE_REASON_CONTENTERROR },
  { ".6.1", BOUNCE_REASON_CONTENTERROR },
  { ".6.2", BOUNCE_REASON_CONTENTERROR },
  { ".6.3", BOUNCE_REASON_CONTENTERROR },
  { ".6.5", BOUNCE_REASON_CONTENTERROR },
  { ".6.6", BOUNCE_REASON_CONTENTERROR },
  { ".6.7", BOUNCE_REASON_CONTENTERROR },
  { ".6.8", BOUNCE_REASON_CONTENTERROR },
  { ".6.9", BOUNCE_REASON_CONTENTERROR },
  { ".6.10", BOUNCE_REASON_CONTENTERROR },
  { ".7.0", BOUNCE_REASON_SECURITYERROR },
  { ".7.1", BOUNCE_REASON_REJECTED },
  { ".7.2", BOUNCE_REASON_SYSTEMERROR },
  { ".7.3", BOUNCE_REASON_SECURITYERROR },
  { ".7.4", BOUNCE_REASON_SECURITYERROR },
  { ".7.5", BOUNCE_REASON_SECURITYERROR },
  { ".7.6", BOUNCE_REASON_SECURITYERROR },
  { ".7.7", BOUNCE_REASON_SECURITYERROR },
  { ".7.8", BOUNCE_REASON_SECURITYERROR },
  { ".7.9", BOUNCE_REASON_SECURITYERROR },
  { ".7.10", BOUNCE_REASON_SECURITYERROR },
  { ".7.11", BOUNCE_REASON_SECURITYERROR },
  { ".7.12", BOUNCE_REASON_SECURITYERROR },
  { ".7.13", BOUNCE_REASON_SUSPEND },
  { ".7.14", BOUNCE_REASON_SECURITYERROR },
  { ".7.15", BOUNCE_REASON_SECURITYERROR },
  { ".7.16", BOUNCE_REASON_MESGTOOBIG },
  { ".7.17", BOUNCE_REASON_HASMOVED },
  { ".7.18", BOUNCE_REASON_HASMOVED },
  { ".7.19", BOUNCE_REASON_SECURITYERROR },
  { ".7.20", BOUNCE_REASON_AUTHFAILURE },
  { ".7.21", BOUNCE_REASON_AUTHFAILURE },
  { ".7.22", BOUNCE_REASON_AUTHFAILURE },
  { ".7.23", BOUNCE_REASON_AUTHFAILURE },
  { ".7.24", BOUNCE_REASON_AUTHFAILURE },
  { ".7.25", BOUNCE_REASON_REQUIREPTR },
  { ".7.26", BOUNCE_REASON_AUTHFAILURE },
  { ".7.27", BOUNCE_REASON_NOTACCEPT },
  { ".7.28", BOUNCE_REASON_SPEEDING },
  { ".7.29", BOUNCE_REASON_AUTHFAILURE },
  { ".7.30", BOUNCE_REASON_SECURITYERROR },
};

static BounceReason
reason_from_status (const char *status)
{
  if (!bounce_status_is_valid (status))
    return BOUNCE_REASON_UNDEFINED;

  if (status[0] == '2')
    return BOUNCE_REASON_DELIVERED;

  for (guint i = 0; i < G_N_ELEMENTS (status_reasons); i++)
    {
      if (strcmp (status + 1, status_reasons[i].code) == 0)
        return status_reasons[i].reason;
    }

  return BOUNCE_REASON_UNDEFINED;
}

static BounceReason
reason_from_text (const char *lower)
{
  if (lower == NULL || *lower == '\0')
    return BOUNCE_REASON_UNDEFINED;

  for (guint i = 0; i < G_N_ELEMENTS (reason_phrases); i++)
    {
      for (const char * const *p = reason_phrases[i].phrases; *p != NULL; p++)
        {
          if (strstr (lower, *p) != NULL)
            return reason_phrases[i].reason;
        }
    }

  return BOUNCE_REASON_UNDEFINED;
}

static BounceReason
reason_from_reply_code (guint code)
{
  switch (code)
    {
    case 421:
      return BOUNCE_REASON_SYSTEMERROR;
    case 450:
    case 451:
      return BOUNCE_REASON_SYSTEMERROR;
    case 452:
      return BOUNCE_REASON_SYSTEMFULL;
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 555:
      return BOUNCE_REASON_SYNTAXERROR;
    case 521:
    case 556:
      return BOUNCE_REASON_NOTACCEPT;
    case 551:
      return BOUNCE_REASON_HASMOVED;
    case 552:
      return BOUNCE_REASON_MAILBOXFULL;
    case 553:
      return BOUNCE_REASON_USERUNKNOWN;
    case 523:
    case 524:
    case 530:
    case 534:
    case 535:
    case 538:
      return BOUNCE_REASON_SECURITYERROR;
    default:
      return BOUNCE_REASON_UNDEFINED;
    }
}

static gboolean
action_is (const BounceEvidence *evidence,
           const char           *name)
{
  return evidence->action != NULL && g_ascii_strcasecmp (evidence->action, name) == 0;
}

/* Codes that never need the text to be understood. */
static gboolean
status_is_decisive (const char *status)
{
  static const char * const decisive[] = {
    ".1.1", ".1.2", ".1.6", ".1.10", ".2.2", ".2.3", ".3.4", ".4.7",
    ".7.20", ".7.21", ".7.22", ".7.23", ".7.25", ".7.26", ".7.27",
  };

  if (!bounce_status_is_valid (status))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (decisive); i++)
    {
      if (strcmp (status + 1, decisive[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

BounceReason
bounce_classify_reason (const BounceEvidence *evidence)
{
  g_autofree char *lower = NULL;
  g_autofree char *found_status = NULL;
  const char *status;
  BounceReason reason;

  g_return_val_if_fail (evidence != NULL, BOUNCE_REASON_UNDEFINED);

  if (action_is (evidence, "delivered") || action_is (evidence, "relayed")
      || action_is (evidence, "expanded"))
    return BOUNCE_REASON_DELIVERED;

  if (evidence->diagnostic != NULL)
    lower = g_ascii_strdown (evidence->diagnostic, -1);

  status = evidence->status;
  if (lower != NULL)
    {
      found_status = bounce_status_find (lower);
      if (found_status != NULL && bounce_status_is_more_specific (found_status, status))
        status = found_status;
    }

  if (action_is (evidence, "delayed"))
    {
      reason = reason_from_text (lower);
      if (reason == BOUNCE_REASON_EXPIRED || reason == BOUNCE_REASON_UNDEFINED)
        return BOUNCE_REASON_EXPIRED;
    }

  if (status_is_decisive (status))
    return reason_from_status (status);

  reason = reason_from_text (lower);
  if (reason != BOUNCE_REASON_UNDEFINED)
    return reason;

  reason = reason_from_status (status);
  if (reason != BOUNCE_REASON_UNDEFINED)
    return reason;

  return reason_from_reply_code (evidence->reply_code);
}

BounceSeverity
bounce_classify_severity (const BounceEvidence *evidence,
                          BounceReason          reason)
{
  g_return_val_if_fail (evidence != NULL, BOUNCE_SEVERITY_INFORMATIONAL);

  if (reason == BOUNCE_REASON_DELIVERED || reason == BOUNCE_REASON_VACATION
      || reason == BOUNCE_REASON_FEEDBACK)
    return BOUNCE_SEVERITY_INFORMATIONAL;

  /* The DSN action speaks for this recipient; the codes only refine it. */
  if (action_is (evidence, "delivered") || action_is (evidence, "relayed")
      || action_is (evidence, "expanded") || action_is (evidence, "delayed"))
    return BOUNCE_SEVERITY_INFORMATIONAL;

  if (action_is (evidence, "failed"))
    {
      /* A failed action with a transient enhanced code ("421 4.7.0" in a
       * failure report) still means this message is lost: permanent. */
      return BOUNCE_SEVERITY_PERMANENT;
    }

  if (bounce_status_is_valid (evidence->status))
    {
      if (evidence->status[0] == '5')
        return BOUNCE_SEVERITY_PERMANENT;
      if (evidence->status[0] == '4')
        return BOUNCE_SEVERITY_TEMPORARY;
      return BOUNCE_SEVERITY_INFORMATIONAL;
    }

  if (evidence->reply_code >= 500 && evidence->reply_code < 600)
    return BOUNCE_SEVERITY_PERMANENT;
  if (evidence->reply_code >= 400 && evidence->reply_code < 500)
    return BOUNCE_SEVERITY_TEMPORARY;
  if (evidence->reply_code >= 200 && evidence->reply_code < 400)
    return BOUNCE_SEVERITY_INFORMATIONAL;

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

/* Providers --------------------------------------------------------------- */

typedef struct
{
  const char         *name;
  const char * const *needles;
} ProviderNeedles;

static const ProviderNeedles providers[] = {
  { "google", PHRASES ("gsmtp", "google.com", "googlemail.com", "aspmx.l.google", "gmail.com") },
  { "microsoft", PHRASES ("protection.outlook.com", "outlook.com", "hotmail.", "live.com",
                          "exchangelabs.com", "msn.com", "prod.outlook") },
  { "yahoo", PHRASES ("yahoodns.net", "yahoo.com", "yahoo.co", "aol.com", "[tss0", "[tss1",
                      "yahoo.net") },
  { "apple", PHRASES ("icloud.com", "me.com", "mac.com", "apple.com") },
  { "amazonses", PHRASES ("amazonses.com", "amazonaws.com") },
  { "sendgrid", PHRASES ("sendgrid.net", "sendgrid.com") },
  { "zoho", PHRASES ("zoho.com", "zohomail", "zoho.eu") },
  { "yandex", PHRASES ("yandex.") },
  { "mailru", PHRASES ("mail.ru") },
  { "gmx", PHRASES ("gmx.net", "gmx.de", "gmx.com", "web.de", "1and1", "ionos", "kundenserver.de",
                    "schlund.de") },
  { "mimecast", PHRASES ("mimecast") },
  { "proofpoint", PHRASES ("pphosted.com", "proofpoint") },
  { "cox", PHRASES ("cox.net") },
  { "godaddy", PHRASES ("secureserver.net") },
  { "comcast", PHRASES ("comcast.net") },
  { "orange", PHRASES ("orange.fr", "wanadoo.fr") },
};

static const char *
provider_in (const char *text)
{
  g_autofree char *lower = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  lower = g_ascii_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (providers); i++)
    {
      for (const char * const *n = providers[i].needles; *n != NULL; n++)
        {
          if (strstr (lower, *n) != NULL)
            return providers[i].name;
        }
    }

  return NULL;
}

const char *
bounce_classify_provider (const char *remote_mta,
                          const char *reporting_mta,
                          const char *diagnostic,
                          const char *recipient,
                          const char *from)
{
  const char *found;

  (void)from;

  /* The host that refused the message says most. */
  if ((found = provider_in (remote_mta)) != NULL)
    return found;
  if ((found = provider_in (diagnostic)) != NULL)
    return found;
  if ((found = provider_in (reporting_mta)) != NULL)
    return found;
  if ((found = provider_in (recipient)) != NULL)
    return found;

  return NULL;
}
