/* bounce-classifier.h
 *
 * Turns codes and diagnostic text into a reason, a severity and a hard/soft
 * verdict, and recognises the provider behind a bounce.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "bounce-types.h"

G_BEGIN_DECLS

/* Everything known about one recipient when it is classified. Any field may be
 * NULL or 0. */
typedef struct
{
  const char *action;          /* DSN Action: failed, delayed, delivered, ... */
  const char *status;          /* enhanced status code, "5.1.1" */
  guint       reply_code;      /* SMTP reply code, 550 */
  const char *diagnostic;      /* the server's text */
  const char *provider;        /* from bounce_classify_provider() */
  const char *mta_hint;        /* which free-text format produced it ("postfix", ...);
                                * "generic", or NULL with no action either, for text
                                * without a message around it (pasted) */
  gboolean    local_program;   /* the DSN's Diagnostic-Code is of type X-Unix: a local
                                * delivery program answered, not an SMTP server */
  const char *smtp_command;    /* command the server answered: "RCPT", "DATA", "MAIL",
                                * "HELO"/"EHLO", "CONN"; NULL when unknown (then it is
                                * read from the text: "in reply to RCPT TO command") */
} BounceEvidence;

/* The Sisimai 5 reason, from the codes, the text, the command, the action
 * and the provider together. Order: success actions and 2.x.x; provider
 * rules; format-specific wording; a first pass asking each reason, most
 * specific first, whether code, words and command point to it; a second
 * pass on the words alone; the status code; the classes of the codes;
 * "expired" for a delay; "onhold" for text nothing matched. */
BounceReason    bounce_classify_reason       (const BounceEvidence *evidence);
/* The DSN action first (failed: permanent; delayed, delivered, relayed,
 * expanded: informational), then the enhanced code's class, then the reply
 * code's; delivered, vacation and feedback are always informational, 2yz
 * and 3yz never failures. */
BounceSeverity  bounce_classify_severity     (const BounceEvidence *evidence,
                                              BounceReason          reason);
/* TRUE only when the address itself is dead: userunknown, hostunknown,
 * hasmoved, and notaccept unless temporary. */
gboolean        bounce_classify_hard_bounce  (BounceReason          reason,
                                              BounceSeverity        severity);
/* "google", "microsoft", "yahoo", "apple", "amazonses", ... or NULL, from the
 * hosts named (remote first), then the text, then a consumer domain of the
 * recipient. @from is reserved. */
const char     *bounce_classify_provider     (const char           *remote_mta,
                                              const char           *reporting_mta,
                                              const char           *diagnostic,
                                              const char           *recipient,
                                              const char           *from);
/* An RFC 3463 code: class 2, 4 or 5, subject 0-7, detail 0-999 without
 * leading zeros, and never another tool's X.0.9NN pseudo-codes. */
const char     *bounce_provider_display_name (const char           *provider);
gboolean        bounce_status_is_valid       (const char           *status);
/* The first valid enhanced code in @text that is not part of an address, a
 * version or a date; free with g_free(). */
char           *bounce_status_find           (const char           *text);
/* The first 2yz/4yz/5yz reply code at a line start or after a delimiter
 * ("smtp;", "said:", "'"), or directly followed by an enhanced code; 0. */
guint           bounce_reply_code_find       (const char           *text);
/* TRUE when @candidate refines @current: same class and @current is X.0.0 or
 * X.S.0, or @current is missing or invalid. */
gboolean        bounce_status_is_more_specific (const char         *candidate,
                                                const char         *current);
/* "RCPT", "DATA", "MAIL", "EHLO" or "CONN" when @text says which command the
 * server answered ("(in reply to RCPT TO command)", "after end of data",
 * ">>> RCPT To:", "refused to talk to me"), else NULL. For the engine to fill
 * BounceEvidence.smtp_command from the human-readable part of a bounce,
 * which often says it when the Diagnostic-Code does not. */
const char     *bounce_smtp_command_find     (const char           *text);

G_END_DECLS
