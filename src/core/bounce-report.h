/* bounce-report.h
 *
 * What the engine found in one message: its kind, the per-recipient records and
 * what it tells about the returned original message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bounce-types.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_REPORT (bounce_report_get_type ())

G_DECLARE_FINAL_TYPE (BounceReport, bounce_report, BOUNCE, REPORT, GObject)

const char     *bounce_report_get_source               (BounceReport *self);
guint           bounce_report_get_index                (BounceReport *self);
gboolean        bounce_report_get_byte_range           (BounceReport *self,
                                                        goffset      *offset,
                                                        goffset      *length);
BounceKind      bounce_report_get_kind                 (BounceReport *self);
gboolean        bounce_report_is_bounce                (BounceReport *self);
BounceReason    bounce_report_get_reason               (BounceReport *self);
guint           bounce_report_get_n_records            (BounceReport *self);
BounceRecord   *bounce_report_get_record               (BounceReport *self,
                                                        guint         position);
const GError   *bounce_report_get_error                (BounceReport *self);
const GError   *bounce_report_get_warning              (BounceReport *self);
gboolean        bounce_report_get_backscatter          (BounceReport *self);
const char     *bounce_report_get_subject              (BounceReport *self);
const char     *bounce_report_get_from                 (BounceReport *self);
const char     *bounce_report_get_date                 (BounceReport *self);
const char     *bounce_report_get_human_text           (BounceReport *self);
const char     *bounce_report_get_original_subject     (BounceReport *self);
const char     *bounce_report_get_original_date        (BounceReport *self);
const char     *bounce_report_get_original_from        (BounceReport *self);
const char     *bounce_report_get_original_to          (BounceReport *self);
const char     *bounce_report_get_original_message_id  (BounceReport *self);

G_END_DECLS
