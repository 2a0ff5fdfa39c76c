/* bounce-freetext-private.h
 *
 * What the free-text recognisers share: the scan state, a line iterator and
 * the small string scanners for codes and addresses. All of them run in time
 * linear in the text they are given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bounce-freetext.h"

G_BEGIN_DECLS

typedef struct
{
  const BounceFreetextInput *input;
  GPtrArray                 *hits;
  guint                      max_recipients;
  const char                *mta;
} BounceFreetextScan;

typedef struct
{
  const char *name;
  gboolean  (*detect) (const BounceFreetextInput *input);
  void      (*scan)   (BounceFreetextScan        *scan);
} BounceFreetextFormat;

/* Iterates over the lines of a NUL-terminated text without copying. */
typedef struct
{
  const char *pos;
} BounceLines;

static inline void
_bounce_lines_init (BounceLines *it,
                    const char  *text)
{
  it->pos = text;
}

gboolean            _bounce_lines_next             (BounceLines        *it,
                                                    const char        **line,
                                                    gsize              *len);

gboolean            _bounce_ascii_has_prefix       (const char         *line,
                                                    gsize               len,
                                                    const char         *prefix);
const char         *_bounce_ascii_find             (const char         *text,
                                                    gsize               len,
                                                    const char         *needle);
const char         *_bounce_ascii_find_case        (const char         *text,
                                                    gsize               len,
                                                    const char         *needle);
gboolean            _bounce_line_is_blank          (const char         *line,
                                                    gsize               len);
const char         *_bounce_find_status            (const char         *text,
                                                    gsize               len,
                                                    gsize              *status_len);
const char         *_bounce_find_reply_code        (const char         *text,
                                                    gsize               len,
                                                    guint              *code);
const char         *_bounce_find_address           (const char         *text,
                                                    gsize               len,
                                                    gsize              *addr_len);
char               *_bounce_clean_address          (const char         *text,
                                                    gsize               len);
char               *_bounce_strip_dup              (const char         *text,
                                                    gsize               len);

BounceFreetextHit  *_bounce_freetext_scan_add      (BounceFreetextScan *scan,
                                                    const char         *recipient,
                                                    gsize               len);
BounceFreetextHit  *_bounce_freetext_scan_add_anonymous (BounceFreetextScan *scan);
void                _bounce_freetext_hit_set_diagnostic (BounceFreetextHit  *hit,
                                                         const char         *text,
                                                         gsize               len);
void                _bounce_freetext_hit_append_diagnostic (BounceFreetextHit *hit,
                                                            const char        *text,
                                                            gsize              len);
void                _bounce_freetext_hit_take_codes (BounceFreetextHit  *hit,
                                                     const char         *text,
                                                     gsize               len);

void                _bounce_freetext_scan_generic  (BounceFreetextScan *scan);

G_END_DECLS
