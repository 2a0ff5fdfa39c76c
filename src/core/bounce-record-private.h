/* bounce-record-private.h
 *
 * Setters used by the engine while it builds a record; the app only reads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

struct _BounceRecord
{
  GObject         parent_instance;

  char           *recipient;
  char           *original_recipient;
  char           *action;
  char           *status;
  char           *diagnostic;
  char           *reporting_mta;
  char           *remote_mta;
  char           *last_attempt;
  char           *provider;
  guint           reply_code;
  BounceReason    reason;
  BounceSeverity  severity;
  guint           hard_bounce : 1;
};

BounceRecord   *_bounce_record_new                    (void);
void            _bounce_record_set_recipient          (BounceRecord   *self,
                                                       const char     *recipient);
void            _bounce_record_set_original_recipient (BounceRecord   *self,
                                                       const char     *original_recipient);
void            _bounce_record_set_action             (BounceRecord   *self,
                                                       const char     *action);
void            _bounce_record_set_status             (BounceRecord   *self,
                                                       const char     *status);
void            _bounce_record_set_reply_code         (BounceRecord   *self,
                                                       guint           reply_code);
void            _bounce_record_set_diagnostic         (BounceRecord   *self,
                                                       const char     *diagnostic);
void            _bounce_record_set_reporting_mta      (BounceRecord   *self,
                                                       const char     *reporting_mta);
void            _bounce_record_set_remote_mta         (BounceRecord   *self,
                                                       const char     *remote_mta);
void            _bounce_record_set_last_attempt       (BounceRecord   *self,
                                                       const char     *last_attempt);
void            _bounce_record_set_provider           (BounceRecord   *self,
                                                       const char     *provider);
void            _bounce_record_set_reason             (BounceRecord   *self,
                                                       BounceReason    reason);
void            _bounce_record_set_severity           (BounceRecord   *self,
                                                       BounceSeverity  severity);
void            _bounce_record_set_hard_bounce        (BounceRecord   *self,
                                                       gboolean        hard_bounce);

G_END_DECLS
