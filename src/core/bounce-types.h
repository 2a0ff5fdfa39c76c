/* bounce-types.h
 *
 * Shared enums and forward declarations of the bounce engine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _BounceAnalyzer BounceAnalyzer;
typedef struct _BounceRecord   BounceRecord;
typedef struct _BounceReport   BounceReport;

/* How serious a record is, from the codes and the DSN action together. */
typedef enum
{
  BOUNCE_SEVERITY_PERMANENT,     /* 5yz / 5.x.x / Action: failed */
  BOUNCE_SEVERITY_TEMPORARY,     /* 4yz / 4.x.x / Action: delayed */
  BOUNCE_SEVERITY_INFORMATIONAL, /* success, delays already resolved, auto-replies, feedback */
} BounceSeverity;

/* Who has to do something about it. */
typedef enum
{
  BOUNCE_ACTOR_NOBODY,          /* nothing to do, just wait */
  BOUNCE_ACTOR_SENDER,          /* you, the person who sent the message */
  BOUNCE_ACTOR_SENDER_ADMIN,    /* your mail administrator or provider */
  BOUNCE_ACTOR_RECIPIENT,       /* the recipient or their administrator */
} BounceActor;

/* What kind of message a report describes as a whole. */
typedef enum
{
  BOUNCE_KIND_NOT_EMAIL,        /* could not be read as an email at all */
  BOUNCE_KIND_NOT_BOUNCE,       /* an ordinary message */
  BOUNCE_KIND_FAILURE,          /* at least one recipient failed */
  BOUNCE_KIND_DELAY,            /* delivery delayed, the server keeps trying */
  BOUNCE_KIND_DELIVERY_REPORT,  /* delivered, relayed or expanded */
  BOUNCE_KIND_AUTO_REPLY,       /* RFC 3834 auto-reply, out of office */
  BOUNCE_KIND_FEEDBACK,         /* RFC 5965 feedback (abuse) report */
} BounceKind;

/* The Sisimai 5 reason vocabulary, so that results interoperate with other tools. */
typedef enum
{
  BOUNCE_REASON_UNDEFINED,
  BOUNCE_REASON_AUTHFAILURE,
  BOUNCE_REASON_BADREPUTATION,
  BOUNCE_REASON_BLOCKED,
  BOUNCE_REASON_CONTENTERROR,
  BOUNCE_REASON_DELIVERED,
  BOUNCE_REASON_EXCEEDLIMIT,
  BOUNCE_REASON_EXPIRED,
  BOUNCE_REASON_FEEDBACK,
  BOUNCE_REASON_FILTERED,
  BOUNCE_REASON_HASMOVED,
  BOUNCE_REASON_HOSTUNKNOWN,
  BOUNCE_REASON_MAILBOXFULL,
  BOUNCE_REASON_MAILERERROR,
  BOUNCE_REASON_MESGTOOBIG,
  BOUNCE_REASON_NETWORKERROR,
  BOUNCE_REASON_NORELAYING,
  BOUNCE_REASON_NOTACCEPT,
  BOUNCE_REASON_NOTCOMPLIANTRFC,
  BOUNCE_REASON_ONHOLD,
  BOUNCE_REASON_POLICYVIOLATION,
  BOUNCE_REASON_REJECTED,
  BOUNCE_REASON_REQUIREPTR,
  BOUNCE_REASON_SECURITYERROR,
  BOUNCE_REASON_SPAMDETECTED,
  BOUNCE_REASON_SPEEDING,
  BOUNCE_REASON_SUSPEND,
  BOUNCE_REASON_SYNTAXERROR,
  BOUNCE_REASON_SYSTEMERROR,
  BOUNCE_REASON_SYSTEMFULL,
  BOUNCE_REASON_TOOMANYCONN,
  BOUNCE_REASON_USERUNKNOWN,
  BOUNCE_REASON_VACATION,
  BOUNCE_REASON_VIRUSDETECTED,
  BOUNCE_N_REASONS
} BounceReason;

#define BOUNCE_ERROR (bounce_error_quark ())

typedef enum
{
  BOUNCE_ERROR_TOO_LARGE,       /* input exceeds the configured size limit */
  BOUNCE_ERROR_TOO_DEEP,        /* MIME nesting deeper than the limit */
  BOUNCE_ERROR_TOO_MANY,        /* more recipients than the limit */
  BOUNCE_ERROR_NOT_EMAIL,       /* nothing that could be read as an email */
  BOUNCE_ERROR_EMPTY,           /* empty input */
} BounceError;

GQuark          bounce_error_quark          (void);

const char     *bounce_reason_to_string     (BounceReason   reason);
gboolean        bounce_reason_from_string   (const char    *name,
                                             BounceReason  *reason);
gboolean        bounce_reason_is_hard       (BounceReason   reason);

const char     *bounce_severity_to_string   (BounceSeverity severity);
const char     *bounce_actor_to_string      (BounceActor    actor);
const char     *bounce_kind_to_string       (BounceKind     kind);

G_END_DECLS
