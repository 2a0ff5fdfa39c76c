/* bounce-sort-model.h
 *
 * A sorted view of a list model that grows: new items go straight to
 * their place, one change signal each.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_SORT_MODEL (bounce_sort_model_get_type ())

G_DECLARE_FINAL_TYPE (BounceSortModel, bounce_sort_model, BOUNCE, SORT_MODEL, GObject)

BounceSortModel *bounce_sort_model_new         (GListModel      *model,
                                                GtkSorter       *sorter);
BounceSortModel *bounce_sort_model_new_full    (GListModel       *model,
                                                GtkSorter        *sorter,
                                                GCompareDataFunc  tie_func,
                                                gpointer          tie_data);
guint            bounce_sort_model_get_pending (BounceSortModel *self);

G_END_DECLS
