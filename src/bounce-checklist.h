/* bounce-checklist.h
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_CHECKLIST (bounce_checklist_get_type ())

G_DECLARE_FINAL_TYPE (BounceChecklist, bounce_checklist, BOUNCE, CHECKLIST, AdwBin)

GtkWidget      *bounce_checklist_new              (void);
void            bounce_checklist_set_steps        (BounceChecklist    *self,
                                                   const char * const *steps);
guint           bounce_checklist_get_n_steps      (BounceChecklist    *self);
guint           bounce_checklist_get_n_done       (BounceChecklist    *self);
gboolean        bounce_checklist_get_step_done    (BounceChecklist    *self,
                                                   guint               step);
void            bounce_checklist_set_step_done    (BounceChecklist    *self,
                                                   guint               step,
                                                   gboolean            done);
GtkCheckButton *bounce_checklist_get_check_button (BounceChecklist    *self,
                                                   guint               step);
const char     *bounce_checklist_get_progress_text (BounceChecklist   *self);

G_END_DECLS
