/* bounce-mime.h
 *
 * The walk over a parsed message: what the analyzer needs to know of a bounce,
 * pulled out of its MIME tree as plain UTF-8 text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gmime/gmime.h>

G_BEGIN_DECLS

/* The human-readable text kept per message: bounces say what matters in the
 * first few kilobytes, and everything we keep is also scanned. */
#define BOUNCE_MIME_MAX_BODY   (256 * 1024)
#define BOUNCE_MIME_MAX_HUMAN  (64 * 1024)
/* A delivery-status part is kept whole up to this size: the recipient limit
 * (10,000 groups of a few hundred bytes each), not the text cap, decides how
 * many recipients are read. Its parser is a single linear pass. */
#define BOUNCE_MIME_MAX_DSN    (8 * 1024 * 1024)

typedef struct
{
  /* The bounce itself. */
  char      *subject;
  char      *from;
  char      *date;
  GString   *headers;          /* its own header block, "Name: value\n" lines */
  GString   *body;             /* human-readable text parts, joined, "\n" line ends */
  char      *human_text;       /* the first one of them (capped) */
  GPtrArray *dsn_texts;        /* (element-type utf8) bodies of delivery-status parts */
  guint      is_report : 1;    /* multipart/report; report-type=delivery-status */
  guint      feedback : 1;     /* an ARF report (RFC 5965) */
  guint      too_deep : 1;     /* the MIME tree was cut at the depth limit */
  guint      dsn_in_text : 1;  /* the DSN fields were found inside a text part */
  guint      skip_human_text : 1; /* set by the caller: no one reads human_text */

  /* The returned original, when there is one. */
  guint      have_original : 1;
  char      *orig_subject;
  char      *orig_from;
  char      *orig_to;
  char      *orig_date;
  char      *orig_message_id;
  guint      orig_n_domains;   /* distinct recipient domains in To and Cc */
  guint      orig_backscatter : 1;
  GMimeMessage *embedded;      /* the first message/rfc822 part, for forwarded bounces */
} BounceMimeScan;

void      bounce_mime_scan_init       (BounceMimeScan *scan);
void      bounce_mime_scan_clear      (BounceMimeScan *scan);
void      bounce_mime_scan_message    (BounceMimeScan *scan,
                                       GMimeMessage   *message,
                                       guint           max_depth);
void      bounce_mime_scan_text       (BounceMimeScan *scan,
                                       const char     *text,
                                       gsize           length);
char     *bounce_mime_normalize_text  (const char     *text,
                                       gsize           length,
                                       gsize           max_length);
gboolean  bounce_mime_looks_like_message (const char  *text,
                                          gsize        length);

G_END_DECLS
