/* bounce-freetext.h
 *
 * Recognises the human-readable bounces of real mail servers (Postfix, Exim,
 * Sendmail, qmail, Exchange, Gmail, ...) and of pasted error text, and pulls
 * out recipient, codes, diagnostic text and remote host.
 *
 * The format names bounce_freetext_detect() returns, and that each hit
 * carries in @mta: amazonses, sendgrid, googlegroups, gmail, microsoft
 * (Microsoft 365, Outlook.com, Exchange 2007 and later), yahoo (and AOL),
 * mailru, yandex, gmx (and 1&1), zoho, kddi (and EZweb), verizon (and Apache
 * James), exchange2003, domino, notes, messagingserver (Oracle, Sun, PMDF),
 * opensmtpd, dragonfly, courier, imail, mfilter, x1, x2, x3, x6, mailmarshal,
 * biglobe, mcafee, interscan, mailfoundry, fml, textreport, qmail (with
 * vpopmail, netqmail and clones), postfix, exim (and MXLogic), sendmail (and
 * V5 sendmail, ActiveHunter, Bigfoot) and, for anything else, generic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the scanner sees of a message. Any field may be NULL (pasted text has
 * only a body). All text is UTF-8, line ends normalised to "\n". */
typedef struct
{
  const char *subject;
  const char *from;
  const char *headers;        /* the bounce's own header block, as text */
  const char *body;           /* the decoded human-readable text parts, joined */
} BounceFreetextInput;

typedef struct
{
  char       *recipient;
  char       *status;         /* enhanced status code, or NULL */
  guint       reply_code;     /* 0 when none */
  char       *diagnostic;     /* the server's own words: wrapped lines joined with a space,
                               * the repeated "550-5.1.1" of a multi-line reply dropped */
  char       *remote_mta;
  char       *action;         /* "failed", "delayed" ("delivered" for a delivery notice),
                               * or NULL when unknown */
  const char *mta;            /* static name of the recognised format: "postfix", "exim", ... */
} BounceFreetextHit;

const char    *bounce_freetext_detect     (const BounceFreetextInput *input);
GPtrArray     *bounce_freetext_scan       (const BounceFreetextInput *input,
                                           guint                      max_recipients);
void           bounce_freetext_hit_free   (BounceFreetextHit         *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BounceFreetextHit, bounce_freetext_hit_free)

G_END_DECLS
