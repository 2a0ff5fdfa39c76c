/* bounce-batch-view.c
 *
 * The batch page: many messages at once. A table of every recipient (and
 * of every message that is not a bounce) to sort, search and filter; the
 * counts by category, reason and domain as bar charts; and the addresses
 * to remove, to copy or save. Results arrive from BounceBatchModel in
 * batches while a worker reads, so everything here works on a model that
 * grows: the filter and sort models are incremental, and the summary is
 * redrawn at most a few times a second.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bounce-batch-view.h"
#include "bounce-sort-model.h"
#include "bounce-summary-chart.h"

/* The summary and the remove list are recomputed at most this often while reading. */
#define SUMMARY_INTERVAL_MSEC 250
/* Saving this many messages or more is said to be under way. */
#define SLOW_EXPORT_MESSAGES  5000
/* Bars in the reason and domain charts; the rest are summed up as "Others". */
#define MAX_BARS              8

struct _BounceBatchView
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkWidget           *progress_box;
  GtkProgressBar      *progress_bar;
  GtkButton           *cancel_button;
  GtkLabel            *status_label;
  GtkMenuButton       *export_button;
  AdwViewStack        *stack;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *category_dropdown;
  GtkDropDown         *reason_dropdown;
  GtkStack            *table_stack;
  GtkColumnView       *column_view;
  GtkLabel            *summary_label;
  BounceSummaryChart  *category_chart;
  BounceSummaryChart  *reason_chart;
  BounceSummaryChart  *domain_chart;
  GtkStack            *remove_stack;
  GtkLabel            *remove_label;
  GtkListView         *remove_list;

  /* Owned references */
  BounceBatchModel    *model;
  GtkFilterListModel  *filter_model;
  BounceSortModel     *sort_model;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *search_filter;
  GtkStringFilter     *category_filter;
  GtkStringFilter     *reason_filter;
  GtkStringList       *category_labels;
  GPtrArray           *category_keys;
  GtkStringList       *reason_labels;
  GPtrArray           *reason_keys;
  GtkStringList       *remove_strings;
  GCancellable        *cancellable;
  GtkNativeDialog     *file_chooser;
  char                *query;
  char                *progress_text;
  char                *status_text;

  /* Sources */
  guint                summary_timeout;
};

G_DEFINE_FINAL_TYPE (BounceBatchView, bounce_batch_view, ADW_TYPE_BIN)

enum {
  ROW_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef BounceBatchColumn Column;

#define COLUMN_RECIPIENT  BOUNCE_BATCH_COLUMN_RECIPIENT
#define COLUMN_DOMAIN     BOUNCE_BATCH_COLUMN_DOMAIN
#define COLUMN_REPLY_CODE BOUNCE_BATCH_COLUMN_REPLY_CODE
#define COLUMN_STATUS     BOUNCE_BATCH_COLUMN_STATUS
#define COLUMN_CATEGORY   BOUNCE_BATCH_COLUMN_CATEGORY
#define COLUMN_REASON     BOUNCE_BATCH_COLUMN_REASON
#define COLUMN_DATE       BOUNCE_BATCH_COLUMN_DATE
#define COLUMN_PROVIDER   BOUNCE_BATCH_COLUMN_PROVIDER

/* Columns have fixed (resizable) widths: otherwise the table measures the
 * natural width of every cell it has made, which is most of the cost of
 * showing the first rows of a large batch. */
static const struct {
  Column      column;
  const char *title;
  gboolean    expand;
  int         width;
} columns[] = {
  { COLUMN_RECIPIENT, N_("Recipient"), TRUE, 230 },
  { COLUMN_DOMAIN, N_("Domain"), FALSE, 140 },
  { COLUMN_REPLY_CODE, N_("Code"), FALSE, 64 },
  { COLUMN_STATUS, N_("Status"), FALSE, 72 },
  { COLUMN_CATEGORY, N_("Category"), FALSE, 150 },
  { COLUMN_REASON, N_("Reason"), TRUE, 220 },
  { COLUMN_DATE, N_("Date"), FALSE, 136 },
  { COLUMN_PROVIDER, N_("Provider"), FALSE, 100 },
};

/* The category filter's choices, after "All Categories". */
static const char * const category_keys[] = {
  "permanent",
  "temporary",
  "informational",
  "auto-reply",
  "delivery-report",
  "feedback",
  "not-bounce",
  "not-email",
};

static const char *
category_style (const char *category)
{
  if (g_strcmp0 (category, "permanent") == 0)
    return "error";
  if (g_strcmp0 (category, "temporary") == 0)
    return "warning";
  if (g_strcmp0 (category, "not-bounce") == 0 || g_strcmp0 (category, "not-email") == 0)
    return "dim-label";
  /* A spam complaint asks the sender to act too. */
  if (g_strcmp0 (category, "feedback") == 0)
    return "warning";

  return "success";
}


static void
add_toast (BounceBatchView *self,
           const char      *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_status (BounceBatchView *self,
            const char      *text)
{
  g_free (self->status_text);
  self->status_text = g_strdup (text);
  gtk_label_set_text (self->status_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
}

static void
update_actions (BounceBatchView *self)
{
  BounceSummary *summary = bounce_batch_model_get_summary (self->model);
  gboolean loading = bounce_batch_model_get_loading (self->model);
  gboolean has_results = bounce_batch_model_get_n_messages (self->model) > 0;
  gboolean has_remove = bounce_summary_get_n_remove (summary) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.export-csv", has_results && !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.export-json", has_results && !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.export-remove", has_remove && !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.copy-remove", has_remove);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batch.cancel", loading);
}

static void
update_progress (BounceBatchView *self)
{
  guint n_messages = bounce_batch_model_get_n_messages (self->model);
  double fraction = bounce_batch_model_get_fraction (self->model);

  g_free (self->progress_text);
  self->progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%'u message read",
                                                      "%'u messages read",
                                                      n_messages),
                                         n_messages);
  gtk_progress_bar_set_text (self->progress_bar, self->progress_text);
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
fill_chart (BounceSummaryChart *chart,
            BounceSummary      *summary,
            BounceSummaryGroup  group)
{
  g_auto(GStrv) keys = bounce_summary_dup_keys (summary, group);
  guint others = 0;
  guint n_others = 0;

  bounce_summary_chart_clear (chart);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      guint count = bounce_summary_get_count (summary, group, keys[i]);
      const char *label = keys[i];
      const char *color = "accent";
      BounceReason reason;

      if (group != BOUNCE_SUMMARY_CATEGORY && i >= MAX_BARS - 1 && keys[MAX_BARS] != NULL)
        {
          others += count;
          n_others++;
          continue;
        }

      if (group == BOUNCE_SUMMARY_CATEGORY)
        {
          label = bounce_summary_describe_category (keys[i]);
          color = category_style (keys[i]);
          if (g_str_equal (color, "dim-label"))
            color = "accent";
        }
      else if (group == BOUNCE_SUMMARY_REASON && bounce_reason_from_string (keys[i], &reason))
        {
          const BounceKnowledgeEntry *entry = bounce_knowledge_get_reason (reason);
          BounceSeverity severity = bounce_reason_is_hard (reason)
                                    ? BOUNCE_SEVERITY_PERMANENT
                                    : BOUNCE_SEVERITY_TEMPORARY;

          if (entry != NULL)
            label = bounce_knowledge_entry_title (entry);
          /* Red for the reasons that mean "remove the address". */
          color = severity == BOUNCE_SEVERITY_PERMANENT ? "error" : "accent";
        }

      bounce_summary_chart_add (chart, label, count, color);
    }

  if (n_others > 0)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u other",
                                                             "%u others",
                                                             n_others),
                                                n_others);

      bounce_summary_chart_add (chart, label, others, "accent");
    }

  bounce_summary_chart_update (chart);
}

static void
update_reason_filter (BounceBatchView *self)
{
  BounceSummary *summary = bounce_batch_model_get_summary (self->model);
  g_auto(GStrv) reasons = bounce_summary_dup_keys (summary, BOUNCE_SUMMARY_REASON);

  /* Only append: the list must not move under the user's pointer. */
  for (guint i = 0; reasons[i] != NULL; i++)
    {
      const BounceKnowledgeEntry *entry = NULL;
      BounceReason reason;
      gboolean known = FALSE;

      for (guint j = 1; j < self->reason_keys->len && !known; j++)
        known = g_str_equal (g_ptr_array_index (self->reason_keys, j), reasons[i]);
      if (known)
        continue;

      if (bounce_reason_from_string (reasons[i], &reason))
        entry = bounce_knowledge_get_reason (reason);
      g_ptr_array_add (self->reason_keys, g_strdup (reasons[i]));
      gtk_string_list_append (self->reason_labels,
                              entry != NULL ? bounce_knowledge_entry_title (entry) : reasons[i]);
    }
}

static gboolean
summary_timeout_cb (gpointer user_data)
{
  BounceBatchView *self = user_data;

  self->summary_timeout = 0;
  bounce_batch_view_refresh_summary (self);

  return G_SOURCE_REMOVE;
}

static void
model_n_messages_cb (BounceBatchView  *self,
                     GParamSpec       *pspec,
                     BounceBatchModel *model)
{
  g_assert (BOUNCE_IS_BATCH_VIEW (self));

  update_progress (self);

  if (self->summary_timeout == 0)
    self->summary_timeout = g_timeout_add (SUMMARY_INTERVAL_MSEC, summary_timeout_cb, self);
}

static void
model_fraction_cb (BounceBatchView  *self,
                   GParamSpec       *pspec,
                   BounceBatchModel *model)
{
  g_assert (BOUNCE_IS_BATCH_VIEW (self));

  update_progress (self);
}

static void
model_loading_cb (BounceBatchView  *self,
                  GParamSpec       *pspec,
                  BounceBatchModel *model)
{
  gboolean loading = bounce_batch_model_get_loading (model);

  g_assert (BOUNCE_IS_BATCH_VIEW (self));

  gtk_widget_set_visible (self->progress_box, loading);
  update_progress (self);

  if (!loading)
    {
      g_clear_handle_id (&self->summary_timeout, g_source_remove);
      bounce_batch_view_refresh_summary (self);
    }

  update_actions (self);
}

static void
shown_items_changed_cb (BounceBatchView *self,
                        guint            position,
                        guint            removed,
                        guint            added,
                        GListModel      *shown)
{
  gboolean empty;

  g_assert (BOUNCE_IS_BATCH_VIEW (self));

  empty = g_list_model_get_n_items (shown) == 0 &&
          g_list_model_get_n_items (bounce_batch_model_get_rows (self->model)) > 0 &&
          gtk_filter_list_model_get_pending (self->filter_model) == 0;
  gtk_stack_set_visible_child_name (self->table_stack, empty ? "no-match" : "rows");
}

/* Columns compare the keys each row made in the worker thread: a
 * strcmp() or an integer comparison, cheap enough to sort a hundred
 * thousand rows and to place each new one. */
static int
column_compare_func (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return bounce_batch_row_compare ((BounceBatchRow *)a, (BounceBatchRow *)b,
                                   GPOINTER_TO_UINT (user_data));
}

/* Rows a column finds equal stay in the order they were read. */
static int
arrival_compare_func (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return bounce_batch_row_compare_arrival ((BounceBatchRow *)a, (BounceBatchRow *)b);
}

static void
pending_cb (BounceBatchView *self,
            GParamSpec      *pspec,
            GObject         *model)
{
  g_assert (BOUNCE_IS_BATCH_VIEW (self));

  bounce_batch_model_set_hold (self->model, bounce_batch_view_is_filtering (self));
}

static gboolean
search_filter_func (gpointer item,
                    gpointer user_data)
{
  BounceBatchView *self = user_data;

  return bounce_batch_row_matches (item, self->query);
}

static void
search_changed_cb (BounceBatchView *self,
                   GtkSearchEntry  *entry)
{
  g_autofree char *old = NULL;
  const char *text;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_assert (BOUNCE_IS_BATCH_VIEW (self));

  text = gtk_editable_get_text (GTK_EDITABLE (entry));
  old = g_steal_pointer (&self->query);
  self->query = g_utf8_strdown (g_strstrip (g_strdup (text)), -1);
  g_strstrip (self->query);

  if (g_strcmp0 (old, self->query) == 0)
    return;

  /* Typing more only hides rows; deleting only brings rows back. */
  if (old != NULL && strstr (self->query, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && strstr (old, self->query) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  gtk_filter_changed (GTK_FILTER (self->search_filter), change);
}

static void
filter_selected_cb (BounceBatchView *self,
                    GParamSpec      *pspec,
                    GtkDropDown     *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char *key = NULL;

  g_assert (BOUNCE_IS_BATCH_VIEW (self));

  if (dropdown == self->category_dropdown)
    {
      if (selected > 0 && selected < self->category_keys->len)
        key = g_ptr_array_index (self->category_keys, selected);
      gtk_string_filter_set_search (self->category_filter, key);
    }
  else
    {
      if (selected > 0 && selected < self->reason_keys->len)
        key = g_ptr_array_index (self->reason_keys, selected);
      gtk_string_filter_set_search (self->reason_filter, key);
    }
}

static void
column_view_activate_cb (BounceBatchView *self,
                         guint            position,
                         GtkColumnView   *column_view)
{
  g_autoptr(BounceBatchRow) row = NULL;

  g_assert (BOUNCE_IS_BATCH_VIEW (self));

  row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (row != NULL)
    g_signal_emit (self, signals[ROW_ACTIVATED], 0, row);
}

static void
cancel_clicked_cb (BounceBatchView *self,
                   GtkButton       *button)
{
  g_assert (BOUNCE_IS_BATCH_VIEW (self));

  bounce_batch_view_cancel (self);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  BounceBatchModel *model = (BounceBatchModel *)object;
  g_autoptr(BounceBatchView) self = user_data;
  g_autoptr(GError) error = NULL;
  guint n_messages = bounce_batch_model_get_n_messages (model);
  guint n_failed = bounce_batch_model_get_n_failed (model);

  if (!bounce_batch_model_load_finish (model, result, &error))
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* A newer load replaced this one: it says what it does itself. */
          if (bounce_batch_model_get_loading (model))
            return;

          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Stopped. These are the results of the %'u "
                                               "message read before.",
                                               "Stopped. These are the results of the %'u "
                                               "messages read before.",
                                               n_messages),
                                  n_messages);
        }
      else
        text = g_strdup (error->message);

      set_status (self, text);
      update_actions (self);
      return;
    }

  if (n_failed > 0)
    {
      g_autofree char *text = NULL;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%'u file or folder could not be read.",
                                           "%'u files or folders could not be read.",
                                           n_failed),
                              n_failed);
      set_status (self, text);
    }
  else if (n_messages == 0)
    set_status (self, _("There were no messages to read."));
  else
    set_status (self, NULL);

  update_actions (self);
}

static void
copy_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  bounce_batch_view_copy_remove_list (BOUNCE_BATCH_VIEW (widget));
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BounceBatchView) self = BOUNCE_BATCH_VIEW (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  name = g_file_get_basename (file);

  if (!bounce_batch_view_export_finish (self, result, &error))
    text = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
  else
    text = g_strdup_printf (_("Saved “%s”"), name);

  add_toast (self, text);
}

static void
export_write_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!bounce_export_write_finish (result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_model_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!bounce_batch_model_export_finish (BOUNCE_BATCH_MODEL (object), result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
file_chooser_response_cb (BounceBatchView      *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  BounceExportFormat format;

  g_assert (BOUNCE_IS_BATCH_VIEW (self));

  format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "format"));

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    {
      /* The results are read again to be saved: a large batch takes a while. */
      if (format != BOUNCE_EXPORT_REMOVE_LIST &&
          bounce_batch_model_get_n_messages (self->model) >= SLOW_EXPORT_MESSAGES)
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *text = g_strdup_printf (_("Saving “%s”…"), name);

          add_toast (self, text);
        }

      bounce_batch_view_export_async (self, format, file, NULL, export_done_cb, g_object_ref (file));
    }

  if (self->file_chooser == GTK_NATIVE_DIALOG (chooser))
    {
      gtk_native_dialog_destroy (self->file_chooser);
      g_clear_object (&self->file_chooser);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BounceBatchView *self = BOUNCE_BATCH_VIEW (widget);
  GtkFileChooserNative *chooser;
  GtkRoot *root = gtk_widget_get_root (widget);
  BounceExportFormat format;
  const char *title;
  const char *name;

  if (g_str_equal (action_name, "batch.export-csv"))
    {
      format = BOUNCE_EXPORT_CSV;
      title = _("Export All Results as CSV");
      name = _("bounces.csv");
    }
  else if (g_str_equal (action_name, "batch.export-json"))
    {
      format = BOUNCE_EXPORT_JSON;
      title = _("Export All Results as JSON");
      name = _("bounces.json");
    }
  else
    {
      format = BOUNCE_EXPORT_REMOVE_LIST;
      title = _("Export the Addresses to Remove");
      name = _("addresses-to-remove.txt");
    }

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  /* GtkFileChooserNative goes through the file chooser portal when sandboxed. */
  chooser = gtk_file_chooser_native_new (title,
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "format", GUINT_TO_POINTER (format));
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (file_chooser_response_cb), self, G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  bounce_batch_view_cancel (BOUNCE_BATCH_VIEW (widget));
}

/* GtkInscription rather than GtkLabel: its size comes from the font, not
 * from shaping its text, so a table of thousands of rows stays cheap to
 * lay out. It shows plain text, never markup. */
static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), 0.0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 4);
  gtk_list_item_set_child (list_item, inscription);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  BounceBatchRow *row = gtk_list_item_get_item (list_item);
  GtkInscription *inscription = GTK_INSCRIPTION (gtk_list_item_get_child (list_item));
  Column column = GPOINTER_TO_UINT (user_data);
  g_autofree char *owned = NULL;
  const char *text = NULL;
  const char *classes[2] = { NULL, NULL };

  switch (column)
    {
    case COLUMN_RECIPIENT:
      text = bounce_batch_row_get_recipient (row);
      if (text == NULL)
        {
          /* A message that is not a bounce: say where it came from instead. */
          const char *source = bounce_batch_row_get_source (row);
          g_autofree char *base = g_path_get_basename (source != NULL ? source : "-");

          text = owned = g_strdup_printf (_("%s, message %u"), base,
                                          bounce_batch_row_get_message (row));
          classes[0] = "dim-label";
        }
      break;

    case COLUMN_DOMAIN:
      text = bounce_batch_row_get_domain (row);
      break;

    case COLUMN_REPLY_CODE:
      if (bounce_batch_row_get_reply_code (row) != 0)
        text = owned = g_strdup_printf ("%u", bounce_batch_row_get_reply_code (row));
      classes[0] = "numeric";
      break;

    case COLUMN_STATUS:
      text = bounce_batch_row_get_status (row);
      classes[0] = "numeric";
      break;

    case COLUMN_CATEGORY:
      text = bounce_batch_row_get_category_label (row);
      classes[0] = category_style (bounce_batch_row_get_category (row));
      break;

    case COLUMN_REASON:
      text = bounce_batch_row_get_reason_label (row);
      break;

    case COLUMN_DATE:
      text = owned = bounce_batch_row_dup_date (row);
      classes[0] = "numeric";
      break;

    case COLUMN_PROVIDER:
      text = bounce_batch_row_get_provider (row);
      break;

    case BOUNCE_BATCH_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_inscription_set_text (inscription, text);
  gtk_widget_set_css_classes (GTK_WIDGET (inscription), classes);
}

static void
remove_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  gtk_list_item_set_child (list_item, label);
}

static void
remove_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (string));
}

/* Drop-down buttons ellipsize so that two fit side by side at 360 px. */
static void
dropdown_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (GPOINTER_TO_UINT (user_data))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 6);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
dropdown_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (string));
}

static GtkListItemFactory *
create_factory (GCallback setup,
                GCallback bind,
                gpointer  data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, data);
  g_signal_connect (factory, "bind", bind, data);

  return factory;
}

static void
setup_dropdown (GtkDropDown *dropdown,
                GListModel  *model)
{
  g_autoptr(GtkListItemFactory) button = create_factory (G_CALLBACK (dropdown_setup_cb),
                                                         G_CALLBACK (dropdown_bind_cb),
                                                         GUINT_TO_POINTER (TRUE));
  g_autoptr(GtkListItemFactory) list = create_factory (G_CALLBACK (dropdown_setup_cb),
                                                       G_CALLBACK (dropdown_bind_cb),
                                                       GUINT_TO_POINTER (FALSE));

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
  gtk_drop_down_set_model (dropdown, model);
}

static void
setup_columns (BounceBatchView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkListItemFactory) factory = NULL;
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      factory = create_factory (G_CALLBACK (cell_setup_cb),
                                G_CALLBACK (cell_bind_cb),
                                GUINT_TO_POINTER (columns[i].column));
      column = gtk_column_view_column_new (g_dgettext (GETTEXT_PACKAGE, columns[i].title),
                                           g_object_ref (factory));
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_column_set_resizable (column, TRUE);

      /* Strings compare as words, codes and dates as numbers. */
      sorter = GTK_SORTER (gtk_custom_sorter_new (column_compare_func,
                                                  GUINT_TO_POINTER (columns[i].column),
                                                  NULL));
      gtk_column_view_column_set_sorter (column, sorter);

      gtk_column_view_append_column (self->column_view, column);
    }
}

static void
setup_models (BounceBatchView *self)
{
  g_autoptr(GtkEveryFilter) every = gtk_every_filter_new ();
  g_autoptr(GtkListItemFactory) remove_factory = NULL;
  g_autoptr(GtkNoSelection) remove_selection = NULL;
  GListModel *rows;
  GtkSorter *sorter;

  self->search_filter = gtk_custom_filter_new (search_filter_func, self, NULL);
  self->category_filter =
    gtk_string_filter_new (gtk_property_expression_new (BOUNCE_TYPE_BATCH_ROW, NULL, "category"));
  gtk_string_filter_set_match_mode (self->category_filter, GTK_STRING_FILTER_MATCH_MODE_EXACT);
  gtk_string_filter_set_ignore_case (self->category_filter, FALSE);
  self->reason_filter =
    gtk_string_filter_new (gtk_property_expression_new (BOUNCE_TYPE_BATCH_ROW, NULL, "reason"));
  gtk_string_filter_set_match_mode (self->reason_filter, GTK_STRING_FILTER_MATCH_MODE_EXACT);
  gtk_string_filter_set_ignore_case (self->reason_filter, FALSE);

  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->search_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every),
                           g_object_ref (GTK_FILTER (self->category_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->reason_filter)));

  /* rows → filter → sort → selection → table. Filtering a hundred
   * thousand rows happens in steps between frames; the sort model puts
   * each new row in its place (see bounce-sort-model.c). */
  rows = bounce_batch_model_get_rows (self->model);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (rows), g_object_ref (GTK_FILTER (every)));
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);

  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = bounce_sort_model_new_full (G_LIST_MODEL (self->filter_model), sorter,
                                                 arrival_compare_func, NULL);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (shown_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "notify::pending",
                           G_CALLBACK (pending_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "notify::pending",
                           G_CALLBACK (pending_cb), self, G_CONNECT_SWAPPED);

  /* The drop-downs: "All …" first, then the keys. */
  self->category_labels = gtk_string_list_new (NULL);
  self->category_keys = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (self->category_labels, _("All Categories"));
  g_ptr_array_add (self->category_keys, g_strdup (""));
  for (guint i = 0; i < G_N_ELEMENTS (category_keys); i++)
    {
      gtk_string_list_append (self->category_labels,
                              bounce_summary_describe_category (category_keys[i]));
      g_ptr_array_add (self->category_keys, g_strdup (category_keys[i]));
    }
  setup_dropdown (self->category_dropdown, G_LIST_MODEL (self->category_labels));

  self->reason_labels = gtk_string_list_new (NULL);
  self->reason_keys = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (self->reason_labels, _("All Reasons"));
  g_ptr_array_add (self->reason_keys, g_strdup (""));
  setup_dropdown (self->reason_dropdown, G_LIST_MODEL (self->reason_labels));

  self->remove_strings = gtk_string_list_new (NULL);
  remove_factory = create_factory (G_CALLBACK (remove_setup_cb), G_CALLBACK (remove_bind_cb), NULL);
  gtk_list_view_set_factory (self->remove_list, remove_factory);
  remove_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->remove_strings)));
  gtk_list_view_set_model (self->remove_list, GTK_SELECTION_MODEL (remove_selection));
}

static void
bounce_batch_view_dispose (GObject *object)
{
  BounceBatchView *self = (BounceBatchView *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->summary_timeout, g_source_remove);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  /* AdwBin unparents the template's root itself; the column view lets go
   * of the models as it goes. */
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);

  G_OBJECT_CLASS (bounce_batch_view_parent_class)->dispose (object);
}

static void
bounce_batch_view_finalize (GObject *object)
{
  BounceBatchView *self = (BounceBatchView *)object;

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->category_filter);
  g_clear_object (&self->reason_filter);
  g_clear_object (&self->category_labels);
  g_clear_object (&self->reason_labels);
  g_clear_object (&self->remove_strings);
  g_clear_pointer (&self->category_keys, g_ptr_array_unref);
  g_clear_pointer (&self->reason_keys, g_ptr_array_unref);
  g_clear_object (&self->model);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->progress_text, g_free);
  g_clear_pointer (&self->status_text, g_free);

  G_OBJECT_CLASS (bounce_batch_view_parent_class)->finalize (object);
}

static void
bounce_batch_view_class_init (BounceBatchViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_batch_view_dispose;
  object_class->finalize = bounce_batch_view_finalize;

  /**
   * BounceBatchView::row-activated:
   * @self: the view
   * @row: the #BounceBatchRow the user opened
   *
   * The user wants the full verdict of @row's report.
   */
  signals[ROW_ACTIVATED] =
    g_signal_new ("row-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BOUNCE_TYPE_BATCH_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/bounce-batch-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, progress_box);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, status_label);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, export_button);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, stack);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, reason_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, table_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, category_chart);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, reason_chart);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, domain_chart);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, remove_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, remove_label);
  gtk_widget_class_bind_template_child (widget_class, BounceBatchView, remove_list);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "batch.export-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "batch.export-json", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "batch.export-remove", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "batch.copy-remove", NULL, copy_remove_action);
  gtk_widget_class_install_action (widget_class, "batch.cancel", NULL, cancel_action);

  /* Escape stops reading, as the Cancel button does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "batch.cancel", NULL);

  g_type_ensure (BOUNCE_TYPE_SUMMARY_CHART);
}

static void
bounce_batch_view_init (BounceBatchView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->model = bounce_batch_model_new ();
  self->query = g_strdup ("");

  setup_columns (self);
  setup_models (self);

  g_signal_connect_object (self->model, "notify::n-messages",
                           G_CALLBACK (model_n_messages_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::fraction",
                           G_CALLBACK (model_fraction_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::loading",
                           G_CALLBACK (model_loading_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Messages and recipients"),
                                  -1);

  update_progress (self);
  bounce_batch_view_refresh_summary (self);
  update_actions (self);
}

GtkWidget *
bounce_batch_view_new (void)
{
  return g_object_new (BOUNCE_TYPE_BATCH_VIEW, NULL);
}

/**
 * bounce_batch_view_get_model:
 * @self: a #BounceBatchView
 *
 * Returns: (transfer none): all results, unfiltered
 */
BounceBatchModel *
bounce_batch_view_get_model (BounceBatchView *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_VIEW (self), NULL);

  return self->model;
}

/**
 * bounce_batch_view_get_shown:
 * @self: a #BounceBatchView
 *
 * Returns: (transfer none): the rows as the table shows them, filtered and sorted
 */
GListModel *
bounce_batch_view_get_shown (BounceBatchView *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_VIEW (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/* Whether filtering or sorting still has rows to go through. */
gboolean
bounce_batch_view_is_filtering (BounceBatchView *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_VIEW (self), FALSE);

  return gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
         bounce_sort_model_get_pending (self->sort_model) > 0;
}

/**
 * bounce_batch_view_load_files:
 * @self: a #BounceBatchView
 * @files: (array length=n_files): messages, mboxes, maildirs or folders
 * @n_files: the number of @files
 *
 * Forgets the results shown and reads @files, showing results as they come.
 */
void
bounce_batch_view_load_files (BounceBatchView  *self,
                              GFile           **files,
                              guint             n_files)
{
  g_return_if_fail (BOUNCE_IS_BATCH_VIEW (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_status (self, NULL);
  bounce_batch_model_load_async (self->model, files, n_files, self->cancellable,
                                 load_cb, g_object_ref (self));
  update_actions (self);
}

/**
 * bounce_batch_view_set_reports:
 * @self: a #BounceBatchView
 * @reports: (element-type BounceReport): reports already read
 *
 * Shows @reports instead of the results shown so far.
 */
void
bounce_batch_view_set_reports (BounceBatchView *self,
                               GPtrArray       *reports)
{
  g_return_if_fail (BOUNCE_IS_BATCH_VIEW (self));
  g_return_if_fail (reports != NULL);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  set_status (self, NULL);
  bounce_batch_model_clear (self->model);
  bounce_batch_model_add_reports (self->model, reports);
}

/* Stops reading; what is shown stays. */
void
bounce_batch_view_cancel (BounceBatchView *self)
{
  g_return_if_fail (BOUNCE_IS_BATCH_VIEW (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

void
bounce_batch_view_set_search (BounceBatchView *self,
                              const char      *text)
{
  g_return_if_fail (BOUNCE_IS_BATCH_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* The entry waits a moment before it says so; filter at once. */
  search_changed_cb (self, self->search_entry);
}

/* Shows one category only ("permanent", …), or all of them for %NULL. */
void
bounce_batch_view_set_category (BounceBatchView *self,
                                const char      *category)
{
  g_return_if_fail (BOUNCE_IS_BATCH_VIEW (self));

  for (guint i = 1; i < self->category_keys->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->category_keys, i), category) == 0)
      {
        gtk_drop_down_set_selected (self->category_dropdown, i);
        return;
      }

  gtk_drop_down_set_selected (self->category_dropdown, 0);
}

/* "table", "summary" or "remove". */
void
bounce_batch_view_show_page (BounceBatchView *self,
                             const char      *name)
{
  g_return_if_fail (BOUNCE_IS_BATCH_VIEW (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->stack, name);
}

const char *
bounce_batch_view_get_progress_text (BounceBatchView *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_VIEW (self), NULL);

  return self->progress_text;
}

/* The line under the progress bar: cancelled, unreadable files; or %NULL. */
const char *
bounce_batch_view_get_status_text (BounceBatchView *self)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_VIEW (self), NULL);

  return self->status_text;
}

/**
 * bounce_batch_view_dup_remove_text:
 * @self: a #BounceBatchView
 *
 * Returns: (transfer full): the addresses to remove, one per line
 */
char *
bounce_batch_view_dup_remove_text (BounceBatchView *self)
{
  g_auto(GStrv) list = NULL;
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (BOUNCE_IS_BATCH_VIEW (self), NULL);

  list = bounce_summary_dup_remove_list (bounce_batch_model_get_summary (self->model));
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_string_append (text, list[i]);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

void
bounce_batch_view_copy_remove_list (BounceBatchView *self)
{
  g_autofree char *text = NULL;
  guint n;

  g_return_if_fail (BOUNCE_IS_BATCH_VIEW (self));

  n = bounce_summary_get_n_remove (bounce_batch_model_get_summary (self->model));
  text = bounce_batch_view_dup_remove_text (self);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);

  g_clear_pointer (&text, g_free);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u address copied, one per line",
                       "%'u addresses copied, one per line", n), n);
  add_toast (self, text);
}

/* Recomputes the charts, the headline and the remove list from the summary. */
void
bounce_batch_view_refresh_summary (BounceBatchView *self)
{
  BounceSummary *summary;
  g_auto(GStrv) remove = NULL;
  g_autofree char *messages = NULL;
  g_autofree char *bounces = NULL;
  g_autofree char *to_remove = NULL;
  g_autofree char *headline = NULL;
  guint n_messages;
  guint n_bounces;
  guint n_remove;

  g_return_if_fail (BOUNCE_IS_BATCH_VIEW (self));

  summary = bounce_batch_model_get_summary (self->model);

  fill_chart (self->category_chart, summary, BOUNCE_SUMMARY_CATEGORY);
  fill_chart (self->reason_chart, summary, BOUNCE_SUMMARY_REASON);
  fill_chart (self->domain_chart, summary, BOUNCE_SUMMARY_DOMAIN);
  update_reason_filter (self);

  n_messages = bounce_summary_get_n_messages (summary);
  n_bounces = bounce_summary_get_n_bounces (summary);
  messages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u message", "%'u messages",
                                           n_messages),
                              n_messages);
  bounces = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u bounce", "%'u bounces", n_bounces),
                             n_bounces);
  n_remove = bounce_summary_get_n_remove (summary);
  to_remove = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%'u address to remove",
                                            "%'u addresses to remove",
                                            n_remove),
                               n_remove);
  /* Translators: "1,234 messages: 1,000 bounces, 120 addresses to remove" */
  headline = g_strdup_printf (_("%s: %s, %s"), messages, bounces, to_remove);
  gtk_label_set_text (self->summary_label, headline);

  remove = bounce_summary_dup_remove_list (summary);
  gtk_string_list_splice (self->remove_strings, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->remove_strings)),
                          (const char * const *)remove);
  g_clear_pointer (&to_remove, g_free);
  to_remove = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "This %'u address does not exist or no longer accepts "
                                            "mail (a hard bounce). Remove it from your mailing "
                                            "lists and address book.",
                                            "These %'u addresses do not exist or no longer accept "
                                            "mail (hard bounces). Remove them from your mailing "
                                            "lists and address book.",
                                            n_remove),
                               n_remove);
  gtk_label_set_text (self->remove_label, to_remove);
  gtk_stack_set_visible_child_name (self->remove_stack, n_remove > 0 ? "list" : "empty");

  update_actions (self);
}

/**
 * bounce_batch_view_get_chart:
 * @self: a #BounceBatchView
 * @group: "category", "reason" or "domain"
 *
 * Returns: (transfer none): the chart
 */
GtkWidget *
bounce_batch_view_get_chart (BounceBatchView *self,
                             const char      *group)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_VIEW (self), NULL);

  if (g_strcmp0 (group, "reason") == 0)
    return GTK_WIDGET (self->reason_chart);
  if (g_strcmp0 (group, "domain") == 0)
    return GTK_WIDGET (self->domain_chart);

  return GTK_WIDGET (self->category_chart);
}

/**
 * bounce_batch_view_export_async:
 * @self: a #BounceBatchView
 * @format: what to save
 * @file: where; replaced atomically
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written
 * @user_data: closure data for @callback
 *
 * Saves all results (not only the rows the filters show) or the
 * addresses to remove, in a worker thread. The results are those of
 * bounce_export_write() for the reports of the messages shown: the model
 * reads its inputs again to make them, so saving a large batch takes about
 * as long as reading it did.
 */
void
bounce_batch_view_export_async (BounceBatchView     *self,
                                BounceExportFormat   format,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_auto(GStrv) remove = NULL;

  g_return_if_fail (BOUNCE_IS_BATCH_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bounce_batch_view_export_async);

  /* The results are not kept: the model reads the inputs again. */
  if (format != BOUNCE_EXPORT_REMOVE_LIST)
    {
      bounce_batch_model_export_async (self->model, format, file, cancellable,
                                       export_model_cb, g_steal_pointer (&task));
      return;
    }

  remove = bounce_summary_dup_remove_list (bounce_batch_model_get_summary (self->model));
  bounce_export_write_async (file, format, NULL,
                             (const char * const *)remove,
                             cancellable,
                             export_write_cb,
                             g_steal_pointer (&task));
}

gboolean
bounce_batch_view_export_finish (BounceBatchView  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (BOUNCE_IS_BATCH_VIEW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
