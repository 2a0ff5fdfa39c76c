/* bounce-lookup-page.c
 *
 * A searchable reference of every reply code, enhanced status code and
 * reason the knowledge base knows, browsable by class when the search is
 * empty.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "bounce-lookup-page.h"

struct _BounceLookupPage
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwLeaflet     *leaflet;
  GtkWidget      *list_pane;
  GtkWidget      *detail_pane;
  GtkSearchEntry *search_entry;
  GtkStack       *results_stack;
  GtkListBox     *results_list;
  GtkStack       *detail_stack;
  GtkScrolledWindow *detail_scroller;
  GtkLabel       *kind_label;
  GtkLabel       *key_label;
  GtkLabel       *title_label;
  GtkLabel       *plain_label;
  GtkLabel       *actor_label;
  GtkWidget      *steps_box;
  GtkLabel       *steps_label;
  GtkWidget      *technical_box;
  GtkLabel       *technical_label;
  GtkLabel       *source_label;

  /* Borrowed: entries are static data of the knowledge base */
  GPtrArray      *results;
  const BounceKnowledgeEntry *selected;

  guint           browsing : 1;
};

G_DEFINE_FINAL_TYPE (BounceLookupPage, bounce_lookup_page, ADW_TYPE_BIN)

/* Where an entry sits when browsing: a sort key and a group. */
static int
topic_rank (BounceTopic topic)
{
  switch (topic)
    {
    case BOUNCE_TOPIC_REPLY_CODE:
      return 0;

    case BOUNCE_TOPIC_STATUS:
      return 1;

    case BOUNCE_TOPIC_REASON:
    default:
      return 2;
    }
}

/* For "5.7.26" or "X.7.26": subject 7, detail 26, class '5' or 'X'. */
static void
parse_status (const char *key,
              int        *klass,
              int        *subject,
              int        *detail)
{
  const char *dot;

  *klass = key != NULL ? key[0] : 0;
  *subject = -1;
  *detail = -1;

  if (key == NULL || !(dot = strchr (key, '.')))
    return;

  *subject = atoi (dot + 1);
  if ((dot = strchr (dot + 1, '.')))
    *detail = atoi (dot + 1);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const BounceKnowledgeEntry *ea = *(const BounceKnowledgeEntry * const *)a;
  const BounceKnowledgeEntry *eb = *(const BounceKnowledgeEntry * const *)b;
  int ra = topic_rank (ea->topic);
  int rb = topic_rank (eb->topic);

  if (ra != rb)
    return ra - rb;

  if (ea->topic == BOUNCE_TOPIC_STATUS)
    {
      int ca, sa, da, cb, sb, db;

      parse_status (ea->key, &ca, &sa, &da);
      parse_status (eb->key, &cb, &sb, &db);
      if (sa != sb)
        return sa - sb;
      if (da != db)
        return da - db;
      /* "X.1.1" first, then its class-specific variants. */
      if (ca != cb)
        return (ca == 'X' ? -1 : cb == 'X' ? 1 : ca - cb);
    }
  else if (ea->topic == BOUNCE_TOPIC_REASON)
    {
      return g_utf8_collate (bounce_knowledge_entry_title (ea), bounce_knowledge_entry_title (eb));
    }
  else
    {
      int c = g_strcmp0 (ea->key, eb->key);

      if (c != 0)
        return c;
    }

  /* General meanings before provider-specific ones. */
  if ((ea->provider == NULL) != (eb->provider == NULL))
    return ea->provider == NULL ? -1 : 1;

  return g_strcmp0 (ea->provider, eb->provider);
}

static char *
dup_group_title (const BounceKnowledgeEntry *entry)
{
  int klass, subject, detail;

  switch (entry->topic)
    {
    case BOUNCE_TOPIC_REPLY_CODE:
      switch (entry->key != NULL ? entry->key[0] : 0)
        {
        case '2':
          return g_strdup (_("Reply codes 2xx: it worked"));
        case '3':
          return g_strdup (_("Reply codes 3xx: go on"));
        case '4':
          return g_strdup (_("Reply codes 4xx: temporary problem"));
        case '5':
          return g_strdup (_("Reply codes 5xx: permanent failure"));
        default:
          return g_strdup (_("Other reply codes"));
        }

    case BOUNCE_TOPIC_STATUS:
      parse_status (entry->key, &klass, &subject, &detail);
      switch (subject)
        {
        case 0:
          return g_strdup (_("Status codes x.0: other"));
        case 1:
          return g_strdup (_("Status codes x.1: the address"));
        case 2:
          return g_strdup (_("Status codes x.2: the mailbox"));
        case 3:
          return g_strdup (_("Status codes x.3: the mail system"));
        case 4:
          return g_strdup (_("Status codes x.4: network and routing"));
        case 5:
          return g_strdup (_("Status codes x.5: the mail protocol"));
        case 6:
          return g_strdup (_("Status codes x.6: content and format"));
        case 7:
          return g_strdup (_("Status codes x.7: security and policy"));
        default:
          return g_strdup (_("Other status codes"));
        }

    case BOUNCE_TOPIC_REASON:
    default:
      return g_strdup (_("Reasons, in plain words"));
    }
}

static const char *
topic_label (BounceTopic topic)
{
  switch (topic)
    {
    case BOUNCE_TOPIC_REPLY_CODE:
      return _("Reply code");

    case BOUNCE_TOPIC_STATUS:
      return _("Enhanced status code");

    case BOUNCE_TOPIC_REASON:
    default:
      return _("Reason");
    }
}

static const BounceKnowledgeEntry *
row_get_entry (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "entry") : NULL;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  BounceLookupPage *self = user_data;
  g_autofree char *title = NULL;
  g_autofree char *before_title = NULL;
  GtkWidget *header;

  if (!self->browsing)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  title = dup_group_title (row_get_entry (row));
  if (before != NULL)
    before_title = dup_group_title (row_get_entry (before));

  if (g_strcmp0 (title, before_title) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_set_margin_top (header, before != NULL ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

static GtkWidget *
create_row (const BounceKnowledgeEntry *entry)
{
  g_autofree char *key = NULL;
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *key_label;
  GtkWidget *title_label;
  const char *title = bounce_knowledge_entry_title (entry);

  if (entry->topic == BOUNCE_TOPIC_REASON)
    key = g_strdup (title);
  else if (entry->provider != NULL)
    key = g_strdup_printf ("%s · %s", entry->key, bounce_provider_display_name (entry->provider));
  else
    key = g_strdup (entry->key);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  key_label = gtk_label_new (key);
  gtk_label_set_xalign (GTK_LABEL (key_label), 0);
  gtk_label_set_wrap (GTK_LABEL (key_label), TRUE);
  gtk_widget_add_css_class (key_label, "heading");
  if (entry->topic != BOUNCE_TOPIC_REASON)
    gtk_widget_add_css_class (key_label, "monospace");
  gtk_box_append (GTK_BOX (box), key_label);

  /* Reasons are titled in words already; say what kind of entry they are. */
  title_label = gtk_label_new (entry->topic == BOUNCE_TOPIC_REASON ? _("Reason") : title);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_widget_add_css_class (title_label, "dim-label");
  gtk_box_append (GTK_BOX (box), title_label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "entry", (gpointer)entry);

  {
    g_autofree char *a11y = g_strdup_printf ("%s: %s", entry->key, title);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, a11y,
                                    -1);
  }

  return row;
}

static void
show_entry (BounceLookupPage           *self,
            const BounceKnowledgeEntry *entry)
{
  g_autofree char *kind = NULL;
  g_autofree char *source = NULL;
  GString *steps;
  guint n_steps;

  self->selected = entry;

  if (entry == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  if (entry->provider != NULL)
    /* Translators: "Enhanced status code · as used by Microsoft 365" */
    kind = g_strdup_printf (_("%s · as used by %s"), topic_label (entry->topic),
                            bounce_provider_display_name (entry->provider));
  else
    kind = g_strdup (topic_label (entry->topic));

  gtk_label_set_text (self->kind_label, kind);
  gtk_label_set_text (self->key_label, entry->key);
  gtk_widget_set_visible (GTK_WIDGET (self->key_label), entry->topic != BOUNCE_TOPIC_REASON);
  gtk_label_set_text (self->title_label, bounce_knowledge_entry_title (entry));
  gtk_label_set_text (self->plain_label, bounce_knowledge_entry_plain (entry));
  gtk_label_set_text (self->actor_label, bounce_actor_describe (entry->actor));

  steps = g_string_new (NULL);
  n_steps = bounce_knowledge_entry_n_steps (entry);
  for (guint i = 0; i < n_steps; i++)
    g_string_append_printf (steps, "%s%u. %s", i > 0 ? "\n" : "", i + 1,
                            bounce_knowledge_entry_step (entry, i));
  gtk_label_set_text (self->steps_label, steps->str);
  gtk_widget_set_visible (self->steps_box, n_steps > 0);
  g_string_free (steps, TRUE);

  gtk_label_set_text (self->technical_label, bounce_knowledge_entry_technical (entry));
  gtk_widget_set_visible (self->technical_box,
                          bounce_knowledge_entry_technical (entry) != NULL &&
                          *bounce_knowledge_entry_technical (entry) != '\0');

  if (entry->source != NULL && entry->reviewed != NULL)
    source = g_strdup_printf (_("Source: %s · Last reviewed: %s"), entry->source, entry->reviewed);
  else if (entry->source != NULL)
    source = g_strdup_printf (_("Source: %s"), entry->source);
  gtk_label_set_text (self->source_label, source ? source : "");
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), source != NULL);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
  gtk_stack_set_visible_child_name (self->detail_stack, "entry");
}

static void
populate (BounceLookupPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (query));
  GtkWidget *child;

  g_ptr_array_set_size (self->results, 0);

  if (*stripped == '\0')
    {
      const BounceKnowledgeEntry * const *all;
      guint n_entries = 0;

      self->browsing = TRUE;
      all = bounce_knowledge_get_all (&n_entries);
      for (guint i = 0; all != NULL && i < n_entries; i++)
        g_ptr_array_add (self->results, (gpointer)all[i]);
      g_ptr_array_sort (self->results, compare_entries);
    }
  else
    {
      g_autoptr(GPtrArray) found = bounce_knowledge_search (stripped);

      self->browsing = FALSE;
      for (guint i = 0; found != NULL && i < found->len; i++)
        g_ptr_array_add (self->results, g_ptr_array_index (found, i));
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))))
    gtk_list_box_remove (self->results_list, child);

  for (guint i = 0; i < self->results->len; i++)
    gtk_list_box_append (self->results_list, create_row (g_ptr_array_index (self->results, i)));

  gtk_stack_set_visible_child_name (self->results_stack,
                                    self->results->len > 0 ? "results" : "empty");

  /* With a search, show the best match at once. */
  if (!self->browsing && self->results->len > 0)
    bounce_lookup_page_select (self, 0);
  else if (self->results->len == 0)
    show_entry (self, NULL);
}

static void
search_changed_cb (BounceLookupPage *self,
                   GtkSearchEntry   *entry)
{
  g_assert (BOUNCE_IS_LOOKUP_PAGE (self));

  populate (self);
}

static void
search_activate_cb (BounceLookupPage *self,
                    GtkSearchEntry   *entry)
{
  GtkListBoxRow *row;

  g_assert (BOUNCE_IS_LOOKUP_PAGE (self));

  if ((row = gtk_list_box_get_row_at_index (self->results_list, 0)))
    {
      gtk_list_box_select_row (self->results_list, row);
      adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
row_selected_cb (BounceLookupPage *self,
                 GtkListBoxRow    *row,
                 GtkListBox       *list_box)
{
  g_assert (BOUNCE_IS_LOOKUP_PAGE (self));

  if (row != NULL)
    show_entry (self, row_get_entry (row));
}

static void
row_activated_cb (BounceLookupPage *self,
                  GtkListBoxRow    *row,
                  GtkListBox       *list_box)
{
  g_assert (BOUNCE_IS_LOOKUP_PAGE (self));

  show_entry (self, row_get_entry (row));
  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

static void
suggestion_clicked_cb (BounceLookupPage *self,
                       GtkButton        *button)
{
  g_assert (BOUNCE_IS_LOOKUP_PAGE (self));

  bounce_lookup_page_set_query (self, gtk_button_get_label (button));
}

static void
back_clicked_cb (BounceLookupPage *self,
                 GtkButton        *button)
{
  g_assert (BOUNCE_IS_LOOKUP_PAGE (self));

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
bounce_lookup_page_dispose (GObject *object)
{
  BounceLookupPage *self = (BounceLookupPage *)object;

  /* AdwBin unparents the template's root itself; disposing the template
   * as well would unparent it twice. */
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (bounce_lookup_page_parent_class)->dispose (object);
}

static void
bounce_lookup_page_class_init (BounceLookupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_lookup_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/bounce-lookup-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, results_list);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, key_label);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, plain_label);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, actor_label);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, steps_box);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, steps_label);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, technical_box);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, technical_label);
  gtk_widget_class_bind_template_child (widget_class, BounceLookupPage, source_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, suggestion_clicked_cb);
}

static void
bounce_lookup_page_init (BounceLookupPage *self)
{
  self->results = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_header_func (self->results_list, header_func, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Code lookup"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Every reply code, status code and reason, with what it means and what to do"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search codes"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Type a reply code, a status code, a word or an error line"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->results_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Codes"),
                                  -1);

  populate (self);
}

GtkWidget *
bounce_lookup_page_new (void)
{
  return g_object_new (BOUNCE_TYPE_LOOKUP_PAGE, NULL);
}

void
bounce_lookup_page_set_query (BounceLookupPage *self,
                              const char       *query)
{
  g_return_if_fail (BOUNCE_IS_LOOKUP_PAGE (self));

  /* The entry delays search-changed; show the result at once. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query ? query : "");
  populate (self);
}

const char *
bounce_lookup_page_get_query (BounceLookupPage *self)
{
  g_return_val_if_fail (BOUNCE_IS_LOOKUP_PAGE (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

void
bounce_lookup_page_focus_search (BounceLookupPage *self)
{
  g_return_if_fail (BOUNCE_IS_LOOKUP_PAGE (self));

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

guint
bounce_lookup_page_get_n_results (BounceLookupPage *self)
{
  g_return_val_if_fail (BOUNCE_IS_LOOKUP_PAGE (self), 0);

  return self->results->len;
}

const BounceKnowledgeEntry *
bounce_lookup_page_get_result (BounceLookupPage *self,
                               guint             position)
{
  g_return_val_if_fail (BOUNCE_IS_LOOKUP_PAGE (self), NULL);
  g_return_val_if_fail (position < self->results->len, NULL);

  return g_ptr_array_index (self->results, position);
}

void
bounce_lookup_page_select (BounceLookupPage *self,
                           guint             position)
{
  GtkListBoxRow *row;

  g_return_if_fail (BOUNCE_IS_LOOKUP_PAGE (self));

  if ((row = gtk_list_box_get_row_at_index (self->results_list, position)))
    {
      gtk_list_box_select_row (self->results_list, row);
      show_entry (self, row_get_entry (row));
    }
}

const BounceKnowledgeEntry *
bounce_lookup_page_get_selected (BounceLookupPage *self)
{
  g_return_val_if_fail (BOUNCE_IS_LOOKUP_PAGE (self), NULL);

  return self->selected;
}

const char *
bounce_lookup_page_get_detail_title (BounceLookupPage *self)
{
  g_return_val_if_fail (BOUNCE_IS_LOOKUP_PAGE (self), NULL);

  return gtk_label_get_text (self->title_label);
}
