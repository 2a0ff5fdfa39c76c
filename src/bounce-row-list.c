/* bounce-row-list.c
 *
 * The rows of a batch: GListStore keeps its items in a GSequence, a tree
 * node of some fifty bytes per item, and a hundred thousand rows only ever
 * grow at the end and are dropped all at once. A plain array costs a
 * pointer per row, and getting an item is an index.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bounce-row-list.h"

struct _BounceRowList
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BounceRowList, bounce_row_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
bounce_row_list_get_item_type (GListModel *model)
{
  return BOUNCE_ROW_LIST (model)->item_type;
}

static guint
bounce_row_list_get_n_items (GListModel *model)
{
  return BOUNCE_ROW_LIST (model)->items->len;
}

static gpointer
bounce_row_list_get_item (GListModel *model,
                          guint       position)
{
  BounceRowList *self = BOUNCE_ROW_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bounce_row_list_get_item_type;
  iface->get_n_items = bounce_row_list_get_n_items;
  iface->get_item = bounce_row_list_get_item;
}

static void
bounce_row_list_finalize (GObject *object)
{
  BounceRowList *self = (BounceRowList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (bounce_row_list_parent_class)->finalize (object);
}

static void
bounce_row_list_class_init (BounceRowListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bounce_row_list_finalize;
}

static void
bounce_row_list_init (BounceRowList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

BounceRowList *
bounce_row_list_new (GType item_type)
{
  BounceRowList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (BOUNCE_TYPE_ROW_LIST, NULL);
  self->item_type = item_type;

  return self;
}

/**
 * bounce_row_list_append:
 * @self: a #BounceRowList
 * @items: (array length=n_items): objects of the list's item type
 * @n_items: how many
 *
 * Appends @items, each with a new reference, in one change.
 */
void
bounce_row_list_append (BounceRowList *self,
                        gpointer      *items,
                        guint          n_items)
{
  guint position;

  g_return_if_fail (BOUNCE_IS_ROW_LIST (self));
  g_return_if_fail (items != NULL || n_items == 0);

  if (n_items == 0)
    return;

  for (guint i = 0; i < n_items; i++)
    g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (items[i], self->item_type));

  position = self->items->len;
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (self->items, g_object_ref (items[i]));

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n_items);
}

void
bounce_row_list_remove_all (BounceRowList *self)
{
  g_autoptr(GPtrArray) old = NULL;

  g_return_if_fail (BOUNCE_IS_ROW_LIST (self));

  if (self->items->len == 0)
    return;

  /* The items go after the change is known, as GListStore does. */
  old = g_steal_pointer (&self->items);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old->len, 0);
}
