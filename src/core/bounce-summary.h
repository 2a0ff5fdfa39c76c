/* bounce-summary.h
 *
 * Counts over many reports: by category, by reason and by recipient domain,
 * and the addresses that bounced hard ("addresses to remove").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "bounce-types.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_SUMMARY (bounce_summary_get_type ())

G_DECLARE_FINAL_TYPE (BounceSummary, bounce_summary, BOUNCE, SUMMARY, GObject)

typedef enum
{
  BOUNCE_SUMMARY_CATEGORY,      /* "permanent", "temporary", "informational", or a non-bounce kind */
  BOUNCE_SUMMARY_REASON,        /* the records' reasons ("userunknown"), bounces only */
  BOUNCE_SUMMARY_DOMAIN,        /* the recipients' domains, bounces only */
} BounceSummaryGroup;

BounceSummary  *bounce_summary_new              (void);
void            bounce_summary_add_report       (BounceSummary      *self,
                                                 BounceReport       *report);
void            bounce_summary_clear            (BounceSummary      *self);
void            bounce_summary_merge            (BounceSummary      *self,
                                                 BounceSummary      *other);
guint           bounce_summary_get_n_messages   (BounceSummary      *self);
guint           bounce_summary_get_n_rows       (BounceSummary      *self);
guint           bounce_summary_get_n_bounces    (BounceSummary      *self);
guint           bounce_summary_get_n_errors     (BounceSummary      *self);
guint           bounce_summary_get_count        (BounceSummary      *self,
                                                 BounceSummaryGroup  group,
                                                 const char         *key);
char          **bounce_summary_dup_keys         (BounceSummary      *self,
                                                 BounceSummaryGroup  group);
guint           bounce_summary_get_n_remove     (BounceSummary      *self);
char          **bounce_summary_dup_remove_list  (BounceSummary      *self);
char           *bounce_summary_to_text          (BounceSummary      *self);
const char     *bounce_summary_row_category     (BounceReport       *report,
                                                 BounceRecord       *record);
const char     *bounce_summary_describe_category (const char        *category);

G_END_DECLS
