/* bounce-lookup-page.h
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_LOOKUP_PAGE (bounce_lookup_page_get_type ())

G_DECLARE_FINAL_TYPE (BounceLookupPage, bounce_lookup_page, BOUNCE, LOOKUP_PAGE, AdwBin)

GtkWidget                  *bounce_lookup_page_new            (void);
void                        bounce_lookup_page_set_query      (BounceLookupPage *self,
                                                               const char       *query);
const char                 *bounce_lookup_page_get_query      (BounceLookupPage *self);
void                        bounce_lookup_page_focus_search   (BounceLookupPage *self);
guint                       bounce_lookup_page_get_n_results  (BounceLookupPage *self);
const BounceKnowledgeEntry *bounce_lookup_page_get_result     (BounceLookupPage *self,
                                                               guint             position);
void                        bounce_lookup_page_select         (BounceLookupPage *self,
                                                               guint             position);
const BounceKnowledgeEntry *bounce_lookup_page_get_selected   (BounceLookupPage *self);
const char                 *bounce_lookup_page_get_detail_title (BounceLookupPage *self);

G_END_DECLS
