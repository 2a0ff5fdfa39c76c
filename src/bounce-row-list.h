/* bounce-row-list.h
 *
 * A list model of objects in an array, that grows at its end.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_ROW_LIST (bounce_row_list_get_type ())

G_DECLARE_FINAL_TYPE (BounceRowList, bounce_row_list, BOUNCE, ROW_LIST, GObject)

BounceRowList *bounce_row_list_new        (GType          item_type);
void           bounce_row_list_append     (BounceRowList *self,
                                           gpointer      *items,
                                           guint          n_items);
void           bounce_row_list_remove_all (BounceRowList *self);

G_END_DECLS
