/* bounce-report-private.h
 *
 * Setters used by the engine while it builds a report; the app only reads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bounce-report.h"
#include "bounce-record.h"

G_BEGIN_DECLS

struct _BounceReport
{
  GObject       parent_instance;

  GPtrArray    *records;      /* of BounceRecord */
  GError       *error;
  GError       *warning;      /* read, but not all of it: a limit was reached */

  char         *source;
  char         *subject;
  char         *from;
  char         *date;
  char         *human_text;
  char         *original_subject;
  char         *original_date;
  char         *original_from;
  char         *original_to;
  char         *original_message_id;

  goffset       offset;       /* of the message's bytes in its stream, when known */
  goffset       length;       /* -1 when the range is not known */

  guint         index;
  BounceKind    kind;
  BounceReason  reason;
  guint         backscatter : 1;
};

BounceReport   *_bounce_report_new                     (const char   *source,
                                                        guint         index);
void            _bounce_report_set_kind                (BounceReport *self,
                                                        BounceKind    kind);
void            _bounce_report_set_byte_range          (BounceReport *self,
                                                        goffset       offset,
                                                        goffset       length);
void            _bounce_report_set_reason              (BounceReport *self,
                                                        BounceReason  reason);
void            _bounce_report_add_record              (BounceReport *self,
                                                        BounceRecord *record);
void            _bounce_report_take_error              (BounceReport *self,
                                                        GError       *error);
void            _bounce_report_take_warning            (BounceReport *self,
                                                        GError       *warning);
void            _bounce_report_set_backscatter         (BounceReport *self,
                                                        gboolean      backscatter);
void            _bounce_report_set_subject             (BounceReport *self,
                                                        const char   *subject);
void            _bounce_report_set_from                (BounceReport *self,
                                                        const char   *from);
void            _bounce_report_set_date                (BounceReport *self,
                                                        const char   *date);
void            _bounce_report_set_human_text          (BounceReport *self,
                                                        const char   *human_text);
void            _bounce_report_take_human_text         (BounceReport *self,
                                                        char         *human_text);
void            _bounce_report_set_original_subject    (BounceReport *self,
                                                        const char   *subject);
void            _bounce_report_set_original_date       (BounceReport *self,
                                                        const char   *date);
void            _bounce_report_set_original_from       (BounceReport *self,
                                                        const char   *from);
void            _bounce_report_set_original_to         (BounceReport *self,
                                                        const char   *to);
void            _bounce_report_set_original_message_id (BounceReport *self,
                                                        const char   *message_id);

G_END_DECLS
