/* bounce-verdict-view.h
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bounce-checklist.h"
#include "bounce-core.h"
#include "bounce-verdict.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_VERDICT_VIEW (bounce_verdict_view_get_type ())

G_DECLARE_FINAL_TYPE (BounceVerdictView, bounce_verdict_view, BOUNCE, VERDICT_VIEW, AdwBin)

GtkWidget       *bounce_verdict_view_new                 (void);
BounceReport    *bounce_verdict_view_get_report          (BounceVerdictView *self);
void             bounce_verdict_view_set_report          (BounceVerdictView *self,
                                                          BounceReport      *report);
guint            bounce_verdict_view_get_n_recipients    (BounceVerdictView *self);
guint            bounce_verdict_view_get_selected        (BounceVerdictView *self);
void             bounce_verdict_view_select              (BounceVerdictView *self,
                                                          guint              position);
const BounceVerdict *
                 bounce_verdict_view_get_verdict         (BounceVerdictView *self);
char            *bounce_verdict_view_dup_summary         (BounceVerdictView *self);
const char      *bounce_verdict_view_get_headline_text   (BounceVerdictView *self);
const char      *bounce_verdict_view_get_reply_code_text (BounceVerdictView *self);
const char      *bounce_verdict_view_get_status_text     (BounceVerdictView *self);
const char      *bounce_verdict_view_get_category_text   (BounceVerdictView *self);
BounceChecklist *bounce_verdict_view_get_checklist       (BounceVerdictView *self);

G_END_DECLS
