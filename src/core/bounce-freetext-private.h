/* bounce-freetext-private.h
 *
 * What the free-text recognisers share: the scan state, a line iterator, the
 * small string scanners for codes and addresses and a configurable "block"
 * scanner that most formats are built on. Everything here runs in time linear
 * in the text it is given: no regular expressions, no backtracking.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "bounce-freetext.h"

G_BEGIN_DECLS

/* Diagnostic text longer than this is cut: nobody reads a megabyte of reply. */
#define BOUNCE_FREETEXT_MAX_DIAGNOSTIC 2048

typedef struct
{
  const BounceFreetextInput *input;
  const char                *body;      /* the input body, prepared (HTML removed, unquoted) */
  const char                *head;      /* its report part, where the markers are */
  GPtrArray                 *hits;
  /* Lower-cased recipient → hit in @hits: in @small_keys and @small_hits for
   * the first eight recipients (nearly every bounce), in @index past that,
   * so that a bounce listing thousands of them stays linear. */
  char                      *small_keys[8];
  BounceFreetextHit         *small_hits[8];
  guint                      n_small;
  GHashTable                *index;
  guint                      max_recipients;
  const char                *mta;
} BounceFreetextScan;

typedef struct
{
  const char *name;
  gboolean  (*detect) (const BounceFreetextInput *input,
                       const char                *body);
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

/* How a block scanner recognises the line that names a recipient. */
typedef enum
{
  BOUNCE_RCPT_ANGLE,     /* "<addr>:" opens the line, unindented (Postfix, qmail, Yahoo) */
  BOUNCE_RCPT_FIRST,     /* an address is the first word, after any indentation (Exim, Gmail) */
  BOUNCE_RCPT_ANYWHERE,  /* any line naming an address opens a block */
  BOUNCE_RCPT_INTRODUCED, /* an address first on the line, or right after "Recipient:",
                           * "Failed recipient:", "undeliverable to", ... */
} BounceRcptStyle;

typedef enum
{
  BOUNCE_BLOCK_BLANK_ENDS   = 1 << 0, /* a blank line closes the current recipient's block */
  BOUNCE_BLOCK_REST_IS_DIAG = 1 << 1, /* the text after the address is diagnostic */
  BOUNCE_BLOCK_INDENTED     = 1 << 2, /* only lines indented deeper than the address continue it */
  BOUNCE_BLOCK_BARE_LOCAL   = 1 << 3, /* an indented lone word is a recipient without a domain */
  BOUNCE_BLOCK_LINE_IS_DIAG = 1 << 4, /* the whole recipient line is diagnostic */
} BounceBlockFlags;

typedef struct
{
  const char * const *begin;   /* a line containing one of these starts the report */
  const char * const *end;     /* a line starting (after spaces) with one of these ends it */
  BounceRcptStyle     style;
  BounceBlockFlags    flags;
  const char         *action;  /* "failed", "delayed" or NULL */
} BounceBlockSpec;

/* Lines and strings */
gboolean            _bounce_lines_next                   (BounceLines        *it,
                                                          const char        **line,
                                                          gsize              *len);
gboolean            _bounce_ascii_has_prefix             (const char         *line,
                                                          gsize               len,
                                                          const char         *prefix);
const char         *_bounce_ascii_find                   (const char         *text,
                                                          gsize               len,
                                                          const char         *needle);
const char         *_bounce_ascii_find_case              (const char         *text,
                                                          gsize               len,
                                                          const char         *needle);
const char         *_bounce_str_find_case                (const char         *text,
                                                          const char         *needle);
gboolean            _bounce_line_is_blank                (const char         *line,
                                                          gsize               len);
gsize               _bounce_line_indent                  (const char         *line,
                                                          gsize               len);
const char         *_bounce_skip_space                   (const char         *line,
                                                          gsize              *len);
char               *_bounce_strip_dup                    (const char         *text,
                                                          gsize               len);
void                _bounce_diagnostic_add_line          (GString            *text,
                                                          char                separator,
                                                          const char         *line,
                                                          gsize               len);
void                _bounce_gather_lines                 (GString            *text,
                                                          const char         *start,
                                                          const char * const *until,
                                                          gboolean            blank_ends,
                                                          gsize               max);
const char         *_bounce_find_line_after              (const char         *text,
                                                          const char         *marker);
gboolean            _bounce_line_has_any                 (const char         *line,
                                                          gsize               len,
                                                          const char * const *needles);
gboolean            _bounce_line_has_prefix_any          (const char         *line,
                                                          gsize               len,
                                                          const char * const *prefixes);
gboolean            _bounce_line_is_header_like          (const char         *line,
                                                          gsize               len);
gboolean            _bounce_line_starts_original         (const char         *line,
                                                          gsize               len);
gboolean            _bounce_text_has_any                 (const char         *text,
                                                          const char * const *needles);
void                _bounce_body_filter_begin            (const char         *body);
void                _bounce_body_filter_end              (void);
gboolean            _bounce_body_has                     (const char         *body,
                                                          const char         *needle);

/* Codes, addresses, hosts */
const char         *_bounce_find_status                  (const char         *text,
                                                          gsize               len,
                                                          gsize              *status_len);
const char         *_bounce_find_reply_code              (const char         *text,
                                                          gsize               len,
                                                          guint              *code);
const char         *_bounce_find_address                 (const char         *text,
                                                          gsize               len,
                                                          gsize              *addr_len);
const char         *_bounce_address_at_start             (const char         *line,
                                                          gsize               len,
                                                          gsize              *addr_len);
char               *_bounce_find_remote_host             (const char         *text);

/* Hits */
BounceFreetextHit  *_bounce_freetext_scan_add            (BounceFreetextScan *scan,
                                                          const char         *recipient,
                                                          gsize               len);
BounceFreetextHit  *_bounce_freetext_scan_add_anonymous  (BounceFreetextScan *scan);
void                _bounce_freetext_scan_remove         (BounceFreetextScan *scan,
                                                          guint               i);
void                _bounce_freetext_scan_index_clear    (BounceFreetextScan *scan);
BounceFreetextHit  *_bounce_freetext_scan_lookup         (BounceFreetextScan *scan,
                                                          const char         *recipient,
                                                          gsize               len);
void                _bounce_freetext_hit_append          (BounceFreetextHit  *hit,
                                                          const char         *text,
                                                          gsize               len);
void                _bounce_freetext_hit_keep            (BounceFreetextHit  *hit,
                                                          const char         *start,
                                                          gsize               len);
void                _bounce_freetext_hit_set_action      (BounceFreetextHit  *hit,
                                                          const char         *action);
void                _bounce_freetext_scan_set_action     (BounceFreetextScan *scan,
                                                          const char         *action);
guint               _bounce_freetext_scan_blocks         (BounceFreetextScan    *scan,
                                                          const BounceBlockSpec *spec);
void                _bounce_freetext_scan_header_recipients (BounceFreetextScan *scan,
                                                             const char         *diagnostic,
                                                             gsize               diagnostic_len);
void                _bounce_freetext_scan_share          (BounceFreetextScan *scan,
                                                          const char         *text);
void                _bounce_freetext_scan_dsn_fields     (BounceFreetextScan *scan,
                                                          const char         *text);
BounceFreetextHit  *_bounce_freetext_scan_add_local      (BounceFreetextScan *scan,
                                                          const char         *word,
                                                          gsize               len);
void                _bounce_freetext_scan_generic        (BounceFreetextScan *scan);

/* The questions the detect functions ask of the input: headers and From
 * case-insensitively, the body through the filter of _bounce_body_has (). */
#define HEADER_HAS(input, needle) (_bounce_str_find_case ((input)->headers, (needle)) != NULL)
#define FROM_HAS(input, needle)   (_bounce_str_find_case ((input)->from, (needle)) != NULL)
#define SUBJECT_HAS(input, needle) \
  ((input)->subject != NULL && strstr ((input)->subject, (needle)) != NULL)
#define SUBJECT_IS(input, text) \
  ((input)->subject != NULL && g_ascii_strcasecmp ((input)->subject, (text)) == 0)
#define SUBJECT_STARTS(input, text) \
  ((input)->subject != NULL && g_ascii_strncasecmp ((input)->subject, (text), strlen (text)) == 0)
#define BODY_HAS(body, needle)    _bounce_body_has ((body), (needle))

/* Format recognisers, bounce-freetext-mta.c */
gboolean _bounce_ft_postfix_detect        (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_postfix_scan          (BounceFreetextScan *scan);
gboolean _bounce_ft_exim_detect           (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_exim_scan             (BounceFreetextScan *scan);
gboolean _bounce_ft_sendmail_detect       (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_sendmail_scan         (BounceFreetextScan *scan);
gboolean _bounce_ft_qmail_detect          (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_qmail_scan            (BounceFreetextScan *scan);
gboolean _bounce_ft_courier_detect        (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_courier_scan          (BounceFreetextScan *scan);
gboolean _bounce_ft_exchange2003_detect   (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_exchange2003_scan     (BounceFreetextScan *scan);
gboolean _bounce_ft_domino_detect         (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_domino_scan           (BounceFreetextScan *scan);
gboolean _bounce_ft_notes_detect          (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_notes_scan            (BounceFreetextScan *scan);
gboolean _bounce_ft_opensmtpd_detect      (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_opensmtpd_scan        (BounceFreetextScan *scan);
gboolean _bounce_ft_messagingserver_detect (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_messagingserver_scan  (BounceFreetextScan *scan);
gboolean _bounce_ft_imail_detect          (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_imail_scan            (BounceFreetextScan *scan);
gboolean _bounce_ft_dragonfly_detect      (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_dragonfly_scan        (BounceFreetextScan *scan);
gboolean _bounce_ft_mfilter_detect        (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_mfilter_scan          (BounceFreetextScan *scan);
gboolean _bounce_ft_x1_detect             (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_x1_scan               (BounceFreetextScan *scan);
gboolean _bounce_ft_x2_detect             (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_x2_scan               (BounceFreetextScan *scan);
gboolean _bounce_ft_x3_detect             (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_x3_scan               (BounceFreetextScan *scan);
gboolean _bounce_ft_x6_detect             (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_x6_scan               (BounceFreetextScan *scan);
gboolean _bounce_ft_mailmarshal_detect    (const BounceFreetextInput *input, const char *body);
gboolean _bounce_ft_biglobe_detect        (const BounceFreetextInput *input, const char *body);
gboolean _bounce_ft_mcafee_detect         (const BounceFreetextInput *input, const char *body);
gboolean _bounce_ft_interscan_detect      (const BounceFreetextInput *input, const char *body);
gboolean _bounce_ft_mailfoundry_detect    (const BounceFreetextInput *input, const char *body);
gboolean _bounce_ft_fml_detect            (const BounceFreetextInput *input, const char *body);
gboolean _bounce_ft_filters_detect        (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_filters_scan          (BounceFreetextScan *scan);

/* Provider recognisers, bounce-freetext-provider.c */
gboolean _bounce_ft_gmail_detect          (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_gmail_scan            (BounceFreetextScan *scan);
gboolean _bounce_ft_googlegroups_detect   (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_googlegroups_scan     (BounceFreetextScan *scan);
gboolean _bounce_ft_microsoft_detect      (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_microsoft_scan        (BounceFreetextScan *scan);
gboolean _bounce_ft_yahoo_detect          (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_yahoo_scan            (BounceFreetextScan *scan);
gboolean _bounce_ft_amazonses_detect      (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_amazonses_scan        (BounceFreetextScan *scan);
gboolean _bounce_ft_sendgrid_detect       (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_sendgrid_scan         (BounceFreetextScan *scan);
gboolean _bounce_ft_gmx_detect            (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_gmx_scan              (BounceFreetextScan *scan);
gboolean _bounce_ft_zoho_detect           (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_zoho_scan             (BounceFreetextScan *scan);
gboolean _bounce_ft_yandex_detect         (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_yandex_scan           (BounceFreetextScan *scan);
gboolean _bounce_ft_mailru_detect         (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_mailru_scan           (BounceFreetextScan *scan);
gboolean _bounce_ft_kddi_detect           (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_kddi_scan             (BounceFreetextScan *scan);
gboolean _bounce_ft_verizon_detect        (const BounceFreetextInput *input, const char *body);
void     _bounce_ft_verizon_scan          (BounceFreetextScan *scan);

G_END_DECLS
