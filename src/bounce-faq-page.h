/* bounce-faq-page.h
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_FAQ_PAGE (bounce_faq_page_get_type ())

G_DECLARE_FINAL_TYPE (BounceFaqPage, bounce_faq_page, BOUNCE, FAQ_PAGE, AdwBin)

GtkWidget *bounce_faq_page_new             (void);
guint      bounce_faq_page_get_n_questions (BounceFaqPage *self);
void       bounce_faq_page_expand          (BounceFaqPage *self,
                                            guint          position);

G_END_DECLS
