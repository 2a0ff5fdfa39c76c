/* bounce-sort-model.c
 *
 * Why not GtkSortListModel: in GTK 4.8 it adds new items as a run of
 * their own and merges that run into the sorted ones in steps. A step
 * that merges a few hundred new rows into a hundred thousand sorted ones
 * reports the whole span from the first moved row to the last as changed;
 * the list view then looks up every item of that span again (through the
 * filter model's bitset and the list store's sequence), a quarter of a
 * second per step, several steps per batch of arrivals.
 *
 * This model keeps its items in a sorted array. New items wait in a
 * queue and are put in place one by one, in steps of a few milliseconds
 * between frames, each with its own items-changed of one item, which
 * costs the view next to nothing. A few removed items are taken out the
 * same way. Many changes at once (a filter that changed, a new sort
 * order) are merged in one pass and reported as one change over the span
 * that moved; getting an item is an array lookup, so that stays short too.
 *
 * The order is total: rows that compare equal keep the order of the
 * model below (its arrival order), by a serial number kept per item, or
 * by a tie function that orders the items by themselves.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-sort-model.h"

/* Changes of at most this many items are applied item by item. */
#define MAX_SINGLE_CHANGES 64
/* New items are put in place in steps of at most this long. */
#define INSERT_BUDGET_USEC (4 * 1000)
/* New items whose places lie within this many rows go in with one
 * change: the list view (GTK 4.8) rebinds every row it shows after a
 * change before them, and looks at each row of a change that covers one
 * it tracks, so neither one change per item nor one for all is cheap. */
#define INSERT_SPAN        4096
/* At most this many items per change: all of them may land among the
 * rows on screen, and the view builds a row of widgets for each at once. */
#define INSERT_GROUP_SIZE  8

struct _BounceSortModel
{
  GObject     parent_instance;

  /* Owned references */
  GListModel *model;
  GtkSorter  *sorter;
  GPtrArray  *source;      /* the items of @model, in its order */
  GPtrArray  *items;       /* the same, sorted */
  GHashTable *serials;     /* item → arrival serial, for ties; NULL with a tie function */
  GCompareDataFunc tie_func; /* orders items the sorter finds equal, instead of serials */
  gpointer    tie_data;
  GPtrArray  *pending;     /* new items not yet in @items */

  guint64     next_serial;
  guint       insert_source;
};

enum {
  PROP_0,
  PROP_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void bounce_sort_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BounceSortModel, bounce_sort_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      bounce_sort_model_list_model_init))

static gboolean
is_sorted (BounceSortModel *self)
{
  return self->sorter != NULL && gtk_sorter_get_order (self->sorter) != GTK_SORTER_ORDER_NONE;
}

static guint64
serial_of (BounceSortModel *self,
           gpointer         item)
{
  return GPOINTER_TO_SIZE (g_hash_table_lookup (self->serials, item));
}

/* Inserts @items at @position of @array, with a reference each (GLib
 * 2.74 has no g_ptr_array_splice()). */
static void
insert_all (GPtrArray *array,
            guint      position,
            GPtrArray *items)
{
  guint old_len = array->len;

  if (items->len == 0)
    return;

  g_ptr_array_set_size (array, old_len + items->len);
  memmove (array->pdata + position + items->len, array->pdata + position,
           (old_len - position) * sizeof (gpointer));
  for (guint i = 0; i < items->len; i++)
    array->pdata[position + i] = g_object_ref (g_ptr_array_index (items, i));
}

static void
set_pending (BounceSortModel *self,
             GPtrArray       *pending)
{
  guint old_len = self->pending->len;

  if (pending != self->pending)
    {
      g_ptr_array_unref (self->pending);
      self->pending = pending != NULL ? g_ptr_array_ref (pending)
                                      : g_ptr_array_new_with_free_func (g_object_unref);
    }

  if (self->pending->len == 0)
    g_clear_handle_id (&self->insert_source, g_source_remove);

  if (old_len != self->pending->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  BounceSortModel *self = user_data;
  guint64 serial_a, serial_b;
  int result;

  if (a == b)
    return 0;

  if (is_sorted (self))
    {
      result = gtk_sorter_compare (self->sorter, (gpointer)a, (gpointer)b);
      if (result != GTK_ORDERING_EQUAL)
        return result;
    }

  if (self->tie_func != NULL)
    return self->tie_func (a, b, self->tie_data);

  serial_a = serial_of (self, (gpointer)a);
  serial_b = serial_of (self, (gpointer)b);

  return (serial_a > serial_b) - (serial_a < serial_b);
}

static int
compare_pointers (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return compare_items (*(gpointer *)a, *(gpointer *)b, user_data);
}

/* The index where @item is, or would go. */
/* The first index, from @low on, whose item does not sort before @item. */
static guint
find_after (BounceSortModel *self,
            GPtrArray       *items,
            guint            low,
            gpointer         item)
{
  guint high = items->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare_items (g_ptr_array_index (items, middle), item, self) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static guint
find_position (BounceSortModel *self,
               gpointer         item)
{
  return find_after (self, self->items, 0, item);
}

static void
remove_one (BounceSortModel *self,
            gpointer         item)
{
  guint position = find_position (self, item);

  g_return_if_fail (position < self->items->len && g_ptr_array_index (self->items, position) == item);

  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

/* Makes @sorted the items and reports the span that differs, once. */
static void
replace_items (BounceSortModel *self,
               GPtrArray       *sorted)
{
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->items);
  guint start = 0;
  guint end = 0;

  self->items = g_ptr_array_ref (sorted);

  while (start < old->len && start < sorted->len &&
         g_ptr_array_index (old, start) == g_ptr_array_index (sorted, start))
    start++;
  while (end < old->len - start && end < sorted->len - start &&
         g_ptr_array_index (old, old->len - end - 1) == g_ptr_array_index (sorted, sorted->len - end - 1))
    end++;

  if (start < old->len || start < sorted->len)
    g_list_model_items_changed (G_LIST_MODEL (self), start,
                                old->len - start - end, sorted->len - start - end);
}

/* All the items again, in the current order, in one pass. */
static void
resort (BounceSortModel *self)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (self->source->len, g_object_unref);

  /* Items waiting to be inserted are among the model's. */
  set_pending (self, NULL);

  for (guint i = 0; i < self->source->len; i++)
    g_ptr_array_add (sorted, g_object_ref (g_ptr_array_index (self->source, i)));

  if (is_sorted (self))
    g_qsort_with_data (sorted->pdata, sorted->len, sizeof (gpointer), compare_pointers, self);

  replace_items (self, sorted);
}

/* Many changes at once: the kept items stay in order, the added ones are
 * sorted and each is placed by a binary search among the kept ones, so a
 * few hundred new rows cost a few thousand comparisons, not one per row
 * already there. */
static void
merge_changes (BounceSortModel *self,
               GHashTable      *removed,
               GPtrArray       *added)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new_full (self->items->len, NULL);
  g_autoptr(GPtrArray) merged = g_ptr_array_new_full (self->source->len, g_object_unref);
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_object_unref);
  guint i = 0;

  /* Pointers move from @items to @merged with the reference they hold;
   * those of removed items are dropped once the change is reported. */
  for (guint k = 0; k < self->items->len; k++)
    {
      gpointer item = g_ptr_array_index (self->items, k);

      g_ptr_array_add (g_hash_table_contains (removed, item) ? dropped : kept, item);
    }

  g_qsort_with_data (added->pdata, added->len, sizeof (gpointer), compare_pointers, self);

  for (guint j = 0; j < added->len; j++)
    {
      gpointer item = g_ptr_array_index (added, j);
      guint next = find_after (self, kept, i, item);

      for (; i < next; i++)
        g_ptr_array_add (merged, g_ptr_array_index (kept, i));
      g_ptr_array_add (merged, g_object_ref (item));
    }
  for (; i < kept->len; i++)
    g_ptr_array_add (merged, g_ptr_array_index (kept, i));

  g_ptr_array_set_free_func (self->items, NULL);
  replace_items (self, merged);
}

/* Inserts the sorted @group, whose places in @items are @places, and
 * reports it as one change. */
static void
insert_group (BounceSortModel *self,
              GPtrArray       *group,
              const guint     *places)
{
  GPtrArray *items = self->items;
  guint n = items->len;
  guint g = group->len;
  guint src = n;
  guint dst = n + g;
  guint first = places[0];
  guint last = places[g - 1];

  g_ptr_array_set_size (items, n + g);

  /* From the back, so that each item moves once. */
  for (guint j = g; j > 0; j--)
    {
      while (src > places[j - 1])
        items->pdata[--dst] = items->pdata[--src];
      items->pdata[--dst] = g_object_ref (g_ptr_array_index (group, j - 1));
    }

  g_list_model_items_changed (G_LIST_MODEL (self), first, last - first, last - first + g);
}

static gboolean
insert_step_cb (gpointer user_data)
{
  BounceSortModel *self = user_data;
  gint64 end = g_get_monotonic_time () + INSERT_BUDGET_USEC;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autofree guint *places = NULL;
  guint i = 0;

  g_assert (BOUNCE_IS_SORT_MODEL (self));

  waiting = g_steal_pointer (&self->pending);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  g_qsort_with_data (waiting->pdata, waiting->len, sizeof (gpointer), compare_pointers, self);

  places = g_new (guint, waiting->len);

  while (i < waiting->len && g_get_monotonic_time () < end)
    {
      g_autoptr(GPtrArray) group = g_ptr_array_new ();
      guint first = find_after (self, self->items, 0, g_ptr_array_index (waiting, i));
      guint place = first;

      /* The next items whose places are near enough. */
      while (i < waiting->len)
        {
          place = find_after (self, self->items, place, g_ptr_array_index (waiting, i));
          if (place - first > INSERT_SPAN || group->len >= INSERT_GROUP_SIZE)
            break;
          places[group->len] = place;
          g_ptr_array_add (group, g_ptr_array_index (waiting, i++));
        }

      insert_group (self, group, places);
    }

  /* The rest waits for the next step. */
  for (; i < waiting->len; i++)
    g_ptr_array_add (self->pending, g_object_ref (g_ptr_array_index (waiting, i)));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);

  if (self->pending->len > 0)
    return G_SOURCE_CONTINUE;

  self->insert_source = 0;

  return G_SOURCE_REMOVE;
}

static void
queue_items (BounceSortModel *self,
             GPtrArray       *items)
{
  if (items->len == 0)
    return;

  insert_all (self->pending, self->pending->len, items);

  if (self->insert_source == 0)
    {
      self->insert_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, insert_step_cb, self, NULL);
      g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->insert_source),
                                "[bounce] sort model insert");
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static void
items_changed_cb (BounceSortModel *self,
                  guint            position,
                  guint            removed,
                  guint            added,
                  GListModel      *model)
{
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) new_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) gone_set = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) still_pending = NULL;

  g_assert (BOUNCE_IS_SORT_MODEL (self));

  /* Mirror the model below first: it is how removed items are known. */
  for (guint i = 0; i < removed; i++)
    g_ptr_array_add (gone, g_object_ref (g_ptr_array_index (self->source, position + i)));
  g_ptr_array_remove_range (self->source, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_add (new_items, g_list_model_get_item (model, position + i));
  insert_all (self->source, position, new_items);

  /* Equal items stay in the order they came in; one that comes back (a
   * filter let it through again) counts as new. */
  for (guint i = 0; self->serials != NULL && i < added; i++)
    if (!g_hash_table_contains (self->serials, g_ptr_array_index (new_items, i)))
      g_hash_table_insert (self->serials, g_ptr_array_index (new_items, i),
                           GSIZE_TO_POINTER (++self->next_serial));

  if (!is_sorted (self))
    {
      /* Unsorted, the order is the model's own. */
      g_ptr_array_remove_range (self->items, position, removed);
      insert_all (self->items, position, new_items);
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
    }
  else if (removed == 0)
    {
      /* Arrivals: put in place over the next iterations. */
      queue_items (self, new_items);
    }
  else
    {
      /* Removed items still waiting are simply forgotten. */
      for (guint i = 0; i < gone->len; i++)
        g_hash_table_add (gone_set, g_ptr_array_index (gone, i));
      still_pending = g_ptr_array_new_full (self->pending->len, g_object_unref);
      for (guint i = 0; i < self->pending->len; i++)
        {
          gpointer item = g_ptr_array_index (self->pending, i);

          if (!g_hash_table_remove (gone_set, item))
            g_ptr_array_add (still_pending, g_object_ref (item));
        }
      set_pending (self, still_pending);

      if (g_hash_table_size (gone_set) + new_items->len <= MAX_SINGLE_CHANGES)
        {
          for (guint i = 0; i < gone->len; i++)
            if (g_hash_table_contains (gone_set, g_ptr_array_index (gone, i)))
              remove_one (self, g_ptr_array_index (gone, i));
          queue_items (self, new_items);
        }
      else
        {
          /* Everything waiting goes in with this change. */
          insert_all (new_items, new_items->len, self->pending);
          set_pending (self, NULL);
          merge_changes (self, gone_set, new_items);
        }
    }

  for (guint i = 0; self->serials != NULL && i < gone->len; i++)
    g_hash_table_remove (self->serials, g_ptr_array_index (gone, i));
}

static void
sorter_changed_cb (BounceSortModel *self,
                   GtkSorterChange  change,
                   GtkSorter       *sorter)
{
  g_assert (BOUNCE_IS_SORT_MODEL (self));

  resort (self);
}

static void
bounce_sort_model_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BounceSortModel *self = BOUNCE_SORT_MODEL (object);

  switch (prop_id)
    {
    case PROP_PENDING:
      g_value_set_uint (value, self->pending->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GType
bounce_sort_model_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
bounce_sort_model_get_n_items (GListModel *model)
{
  return BOUNCE_SORT_MODEL (model)->items->len;
}

static gpointer
bounce_sort_model_get_item (GListModel *model,
                            guint       position)
{
  BounceSortModel *self = BOUNCE_SORT_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
bounce_sort_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = bounce_sort_model_get_item_type;
  iface->get_n_items = bounce_sort_model_get_n_items;
  iface->get_item = bounce_sort_model_get_item;
}

static void
bounce_sort_model_dispose (GObject *object)
{
  BounceSortModel *self = (BounceSortModel *)object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->sorter != NULL)
    g_signal_handlers_disconnect_by_data (self->sorter, self);
  g_clear_object (&self->model);
  g_clear_object (&self->sorter);
  g_clear_handle_id (&self->insert_source, g_source_remove);

  G_OBJECT_CLASS (bounce_sort_model_parent_class)->dispose (object);
}

static void
bounce_sort_model_finalize (GObject *object)
{
  BounceSortModel *self = (BounceSortModel *)object;

  g_clear_pointer (&self->source, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->serials, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);

  G_OBJECT_CLASS (bounce_sort_model_parent_class)->finalize (object);
}

static void
bounce_sort_model_class_init (BounceSortModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bounce_sort_model_dispose;
  object_class->finalize = bounce_sort_model_finalize;
  object_class->get_property = bounce_sort_model_get_property;

  /**
   * BounceSortModel:pending:
   *
   * New items not yet put in their place.
   */
  properties[PROP_PENDING] =
    g_param_spec_uint ("pending", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bounce_sort_model_init (BounceSortModel *self)
{
  self->source = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->serials = g_hash_table_new (NULL, NULL);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * bounce_sort_model_new:
 * @model: (transfer none): the items to sort
 * @sorter: (transfer none) (nullable): how; %NULL or an unsorting sorter
 *   keeps the order of @model
 *
 * Returns: (transfer full): a new model
 */
BounceSortModel *
bounce_sort_model_new (GListModel *model,
                       GtkSorter  *sorter)
{
  return bounce_sort_model_new_full (model, sorter, NULL, NULL);
}

/**
 * bounce_sort_model_new_full:
 * @model: (transfer none): the items to sort
 * @sorter: (transfer none) (nullable): how; %NULL or an unsorting sorter
 *   keeps the order of @model
 * @tie_func: (nullable): a total order of the items, for those @sorter
 *   finds equal; %NULL keeps them in the order they arrived
 * @tie_data: data for @tie_func
 *
 * Items that know their own order (rows numbered as they were read) save
 * the table of arrival numbers, a hash table entry per item.
 *
 * Returns: (transfer full): a new model
 */
BounceSortModel *
bounce_sort_model_new_full (GListModel       *model,
                            GtkSorter        *sorter,
                            GCompareDataFunc  tie_func,
                            gpointer          tie_data)
{
  BounceSortModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (sorter == NULL || GTK_IS_SORTER (sorter), NULL);

  self = g_object_new (BOUNCE_TYPE_SORT_MODEL, NULL);
  self->model = g_object_ref (model);
  self->sorter = sorter != NULL ? g_object_ref (sorter) : NULL;
  self->tie_func = tie_func;
  self->tie_data = tie_data;
  if (tie_func != NULL)
    g_clear_pointer (&self->serials, g_hash_table_unref);

  g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (sorter != NULL)
    g_signal_connect_object (sorter, "changed", G_CALLBACK (sorter_changed_cb), self,
                             G_CONNECT_SWAPPED);

  items_changed_cb (self, 0, 0, g_list_model_get_n_items (model), model);

  return self;
}

guint
bounce_sort_model_get_pending (BounceSortModel *self)
{
  g_return_val_if_fail (BOUNCE_IS_SORT_MODEL (self), 0);

  return self->pending->len;
}
