/* bounce-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-types.h"

G_DEFINE_QUARK (bounce-error-quark, bounce_error)

/* Indexed by BounceReason; the names are Sisimai 5's. */
static const char * const reason_names[BOUNCE_N_REASONS] = {
  [BOUNCE_REASON_UNDEFINED] = "undefined",
  [BOUNCE_REASON_AUTHFAILURE] = "authfailure",
  [BOUNCE_REASON_BADREPUTATION] = "badreputation",
  [BOUNCE_REASON_BLOCKED] = "blocked",
  [BOUNCE_REASON_CONTENTERROR] = "contenterror",
  [BOUNCE_REASON_DELIVERED] = "delivered",
  [BOUNCE_REASON_EXCEEDLIMIT] = "exceedlimit",
  [BOUNCE_REASON_EXPIRED] = "expired",
  [BOUNCE_REASON_FEEDBACK] = "feedback",
  [BOUNCE_REASON_FILTERED] = "filtered",
  [BOUNCE_REASON_HASMOVED] = "hasmoved",
  [BOUNCE_REASON_HOSTUNKNOWN] = "hostunknown",
  [BOUNCE_REASON_MAILBOXFULL] = "mailboxfull",
  [BOUNCE_REASON_MAILERERROR] = "mailererror",
  [BOUNCE_REASON_MESGTOOBIG] = "mesgtoobig",
  [BOUNCE_REASON_NETWORKERROR] = "networkerror",
  [BOUNCE_REASON_NORELAYING] = "norelaying",
  [BOUNCE_REASON_NOTACCEPT] = "notaccept",
  [BOUNCE_REASON_NOTCOMPLIANTRFC] = "notcompliantrfc",
  [BOUNCE_REASON_ONHOLD] = "onhold",
  [BOUNCE_REASON_POLICYVIOLATION] = "policyviolation",
  [BOUNCE_REASON_REJECTED] = "rejected",
  [BOUNCE_REASON_REQUIREPTR] = "requireptr",
  [BOUNCE_REASON_SECURITYERROR] = "securityerror",
  [BOUNCE_REASON_SPAMDETECTED] = "spamdetected",
  [BOUNCE_REASON_SPEEDING] = "speeding",
  [BOUNCE_REASON_SUSPEND] = "suspend",
  [BOUNCE_REASON_SYNTAXERROR] = "syntaxerror",
  [BOUNCE_REASON_SYSTEMERROR] = "systemerror",
  [BOUNCE_REASON_SYSTEMFULL] = "systemfull",
  [BOUNCE_REASON_TOOMANYCONN] = "toomanyconn",
  [BOUNCE_REASON_USERUNKNOWN] = "userunknown",
  [BOUNCE_REASON_VACATION] = "vacation",
  [BOUNCE_REASON_VIRUSDETECTED] = "virusdetected",
};

const char *
bounce_reason_to_string (BounceReason reason)
{
  g_return_val_if_fail (reason < BOUNCE_N_REASONS, "undefined");

  return reason_names[reason];
}

gboolean
bounce_reason_from_string (const char   *name,
                           BounceReason *reason)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < BOUNCE_N_REASONS; i++)
    {
      if (strcmp (reason_names[i], name) == 0)
        {
          if (reason != NULL)
            *reason = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Only reasons where the address itself is dead make a hard bounce; a policy or
 * spam rejection is permanent but the address is fine. notaccept is hard only
 * when permanent, which the caller decides with the severity. */
gboolean
bounce_reason_is_hard (BounceReason reason)
{
  switch (reason)
    {
    case BOUNCE_REASON_USERUNKNOWN:
    case BOUNCE_REASON_HOSTUNKNOWN:
    case BOUNCE_REASON_HASMOVED:
    case BOUNCE_REASON_NOTACCEPT:
      return TRUE;

    case BOUNCE_REASON_UNDEFINED:
    case BOUNCE_REASON_AUTHFAILURE:
    case BOUNCE_REASON_BADREPUTATION:
    case BOUNCE_REASON_BLOCKED:
    case BOUNCE_REASON_CONTENTERROR:
    case BOUNCE_REASON_DELIVERED:
    case BOUNCE_REASON_EXCEEDLIMIT:
    case BOUNCE_REASON_EXPIRED:
    case BOUNCE_REASON_FEEDBACK:
    case BOUNCE_REASON_FILTERED:
    case BOUNCE_REASON_MAILBOXFULL:
    case BOUNCE_REASON_MAILERERROR:
    case BOUNCE_REASON_MESGTOOBIG:
    case BOUNCE_REASON_NETWORKERROR:
    case BOUNCE_REASON_NORELAYING:
    case BOUNCE_REASON_NOTCOMPLIANTRFC:
    case BOUNCE_REASON_ONHOLD:
    case BOUNCE_REASON_POLICYVIOLATION:
    case BOUNCE_REASON_REJECTED:
    case BOUNCE_REASON_REQUIREPTR:
    case BOUNCE_REASON_SECURITYERROR:
    case BOUNCE_REASON_SPAMDETECTED:
    case BOUNCE_REASON_SPEEDING:
    case BOUNCE_REASON_SUSPEND:
    case BOUNCE_REASON_SYNTAXERROR:
    case BOUNCE_REASON_SYSTEMERROR:
    case BOUNCE_REASON_SYSTEMFULL:
    case BOUNCE_REASON_TOOMANYCONN:
    case BOUNCE_REASON_VACATION:
    case BOUNCE_REASON_VIRUSDETECTED:
    case BOUNCE_N_REASONS:
    default:
      return FALSE;
    }
}

const char *
bounce_severity_to_string (BounceSeverity severity)
{
  switch (severity)
    {
    case BOUNCE_SEVERITY_PERMANENT:
      return "permanent";
    case BOUNCE_SEVERITY_TEMPORARY:
      return "temporary";
    case BOUNCE_SEVERITY_INFORMATIONAL:
    default:
      return "informational";
    }
}

const char *
bounce_actor_to_string (BounceActor actor)
{
  switch (actor)
    {
    case BOUNCE_ACTOR_SENDER:
      return "sender";
    case BOUNCE_ACTOR_SENDER_ADMIN:
      return "sender-admin";
    case BOUNCE_ACTOR_RECIPIENT:
      return "recipient";
    case BOUNCE_ACTOR_NOBODY:
    default:
      return "nobody";
    }
}

const char *
bounce_kind_to_string (BounceKind kind)
{
  switch (kind)
    {
    case BOUNCE_KIND_NOT_EMAIL:
      return "not-email";
    case BOUNCE_KIND_NOT_BOUNCE:
      return "not-bounce";
    case BOUNCE_KIND_FAILURE:
      return "failure";
    case BOUNCE_KIND_DELAY:
      return "delay";
    case BOUNCE_KIND_DELIVERY_REPORT:
      return "delivery-report";
    case BOUNCE_KIND_AUTO_REPLY:
      return "auto-reply";
    case BOUNCE_KIND_FEEDBACK:
      return "feedback";
    default:
      return "not-email";
    }
}
