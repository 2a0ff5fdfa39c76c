/* bounce-record.h
 *
 * One recipient's outcome inside a bounce (or other delivery) report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "bounce-types.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_RECORD (bounce_record_get_type ())

G_DECLARE_FINAL_TYPE (BounceRecord, bounce_record, BOUNCE, RECORD, GObject)

const char     *bounce_record_get_recipient          (BounceRecord *self);
const char     *bounce_record_get_original_recipient (BounceRecord *self);
const char     *bounce_record_get_action             (BounceRecord *self);
const char     *bounce_record_get_status             (BounceRecord *self);
guint           bounce_record_get_reply_code         (BounceRecord *self);
const char     *bounce_record_get_diagnostic         (BounceRecord *self);
const char     *bounce_record_get_reporting_mta      (BounceRecord *self);
const char     *bounce_record_get_remote_mta         (BounceRecord *self);
const char     *bounce_record_get_last_attempt       (BounceRecord *self);
const char     *bounce_record_get_provider           (BounceRecord *self);
BounceReason    bounce_record_get_reason             (BounceRecord *self);
BounceSeverity  bounce_record_get_severity           (BounceRecord *self);
gboolean        bounce_record_get_hard_bounce        (BounceRecord *self);
char           *bounce_record_dup_domain             (BounceRecord *self);

G_END_DECLS
