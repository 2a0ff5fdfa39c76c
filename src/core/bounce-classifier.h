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
  const char *mta_hint;        /* which free-text format produced it ("postfix", ...) */
  const char *smtp_command;    /* command the server answered: "RCPT", "DATA", "MAIL",
                                * "HELO"/"EHLO", "CONN"; NULL when unknown (then it is
                                * read from the text: "in reply to RCPT TO command") */
} BounceEvidence;

BounceReason    bounce_classify_reason       (const BounceEvidence *evidence);
BounceSeverity  bounce_classify_severity     (const BounceEvidence *evidence,
                                              BounceReason          reason);
gboolean        bounce_classify_hard_bounce  (BounceReason          reason,
                                              BounceSeverity        severity);
const char     *bounce_classify_provider     (const char           *remote_mta,
                                              const char           *reporting_mta,
                                              const char           *diagnostic,
                                              const char           *recipient,
                                              const char           *from);
gboolean        bounce_status_is_valid       (const char           *status);
char           *bounce_status_find           (const char           *text);
guint           bounce_reply_code_find       (const char           *text);
gboolean        bounce_status_is_more_specific (const char         *candidate,
                                                const char         *current);
/* "RCPT", "DATA", "MAIL", "EHLO" or "CONN" when @text says which command the
 * server answered ("(in reply to RCPT TO command)", "after end of data",
 * ">>> RCPT To:", "refused to talk to me"), else NULL. For the engine to fill
 * BounceEvidence.smtp_command from the human-readable part of a bounce,
 * which often says it when the Diagnostic-Code does not. */
const char     *bounce_smtp_command_find     (const char           *text);

G_END_DECLS
