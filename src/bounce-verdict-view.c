/* bounce-verdict-view.c
 *
 * The verdict for one report: a headline in plain words, the codes, the
 * category, what happened, who acts and what to do, and the technical
 * evidence. Everything that comes from an email is shown literally.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bounce-verdict-view.h"

/* More rows than this make the list useless to scroll by hand, and each row
 * costs several milliseconds of text layout on the main thread: 500 rows froze
 * the window for seconds on a report of 10,000 recipients. */
#define MAX_RECIPIENT_ROWS 100
/* Rows are added this many per frame: a new row's title and subtitle are
 * laid out for several widths in the frame that shows it. 100 rows in one
 * frame held the main loop for a third of a second, 8 per frame for a fifth;
 * 2 per frame keep every frame under 40 ms and list 100 rows in a second. */
#define RECIPIENT_ROWS_PER_FRAME 2
/* Text beyond this in a single detail is cut, with a note. A wrapping label
 * lays its text out on the main thread several times per allocation: 32,000
 * characters took seconds (a 1 MB Subject froze the window), 4,096 take a
 * tenth of one. */
#define MAX_DETAIL_CHARS (4 * 1024)
/* A detail longer than this is shown in a text view instead of a label. A
 * wrapping label is measured for several widths in each allocation, and each
 * measurement lays out all of its text: two 4,096-character details (a long
 * Subject and a long diagnostic) held the main loop for 150 ms. A text view
 * lays its text out once per width, and a scrolled window of bounded height
 * keeps a long text from pushing everything else off the page. */
#define MAX_DETAIL_LABEL_CHARS 512
#define DETAIL_TEXT_HEIGHT 160

struct _BounceVerdictView
{
  AdwBin           parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkWidget       *warning_box;
  GtkLabel        *warning_label;
  GtkBox          *recipients_box;
  GtkLabel        *recipients_label;
  GtkListBox      *recipients_list;
  GtkWidget       *badge;
  GtkImage        *badge_icon;
  GtkLabel        *badge_label;
  GtkLabel        *headline_label;
  GtkLabel        *category_description_label;
  GtkLabel        *message_label;
  GtkLabel        *recipient_label;
  GtkWidget       *reply_code_child;
  GtkLabel        *reply_code_label;
  GtkWidget       *status_child;
  GtkLabel        *status_label;
  GtkLabel        *explanation_label;
  GtkLabel        *who_label;
  GtkWidget       *copy_button;
  BounceChecklist *checklist;
  AdwExpanderRow  *details_row;

  /* Owned references */
  BounceReport    *report;
  BounceVerdict   *verdict;
  GPtrArray       *detail_rows;
  GHashTable      *done_steps;   /* record position → mask of checked steps */

  guint            selected;
  guint            rows_tick;    /* adds the remaining recipient rows */
  guint            n_rows_added;
};

G_DEFINE_FINAL_TYPE (BounceVerdictView, bounce_verdict_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REPORT,
  N_PROPS
};

enum {
  SUMMARY_COPIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *category_classes[] = {
  "permanent", "temporary", "not-failure", "neutral",
};

static BounceRecord *
get_record (BounceVerdictView *self,
            guint              position)
{
  if (self->report == NULL || position >= bounce_report_get_n_records (self->report))
    return NULL;

  return bounce_report_get_record (self->report, position);
}

static void
clear_details (BounceVerdictView *self)
{
  for (guint i = 0; i < self->detail_rows->len; i++)
    adw_expander_row_remove (self->details_row, g_ptr_array_index (self->detail_rows, i));
  g_ptr_array_set_size (self->detail_rows, 0);
}

static void
add_detail (BounceVerdictView *self,
            const char        *title,
            const char        *value,
            gboolean           monospace)
{
  g_autofree char *shortened = NULL;
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *caption;
  GtkWidget *label;

  if (value == NULL || *value == '\0')
    return;

  if (g_utf8_strlen (value, MAX_DETAIL_CHARS + 1) > MAX_DETAIL_CHARS)
    {
      g_autofree char *head = g_utf8_substring (value, 0, MAX_DETAIL_CHARS);

      shortened = g_strdup_printf (_("%s\n[… cut: the text is too long to show in full]"), head);
      value = shortened;
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  caption = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_widget_add_css_class (caption, "caption-heading");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);

  /* Verbatim: neither a plain label nor a text view interprets markup, and
   * both can be selected and copied piece by piece. */
  if (strlen (value) <= MAX_DETAIL_LABEL_CHARS)
    {
      label = gtk_label_new (NULL);
      gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
      gtk_label_set_text (GTK_LABEL (label), value);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
    }
  else
    {
      /* The text view is made when the details are opened (see
       * show_long_details ()): even hidden, a text view lays its text out. */
      label = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (label),
                                      GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (label), DETAIL_TEXT_HEIGHT);
      g_object_set_data_full (G_OBJECT (label), "long-text", g_strdup (value), g_free);
      g_object_set_data (G_OBJECT (label), "monospace", GINT_TO_POINTER (monospace));
      gtk_box_append (GTK_BOX (box), label);
      monospace = FALSE;
    }
  if (monospace)
    gtk_widget_add_css_class (label, "monospace");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption, NULL,
                                  -1);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  if (GTK_IS_SCROLLED_WINDOW (label))
    g_object_set_data (G_OBJECT (row), "long-text-scroller", label);

  adw_expander_row_add_row (self->details_row, row);
  g_ptr_array_add (self->detail_rows, row);
}

/* Long details get their text views once the details are open. */
static void
show_long_details (BounceVerdictView *self)
{
  if (!adw_expander_row_get_expanded (self->details_row))
    return;

  for (guint i = 0; i < self->detail_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->detail_rows, i);
      GtkScrolledWindow *scroller = g_object_get_data (row, "long-text-scroller");
      GtkWidget *view;
      const char *text;

      if (scroller == NULL || gtk_scrolled_window_get_child (scroller) != NULL)
        continue;

      text = g_object_get_data (G_OBJECT (scroller), "long-text");
      view = gtk_text_view_new ();
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
      gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (view, "inline");
      if (g_object_get_data (G_OBJECT (scroller), "monospace"))
        gtk_widget_add_css_class (view, "monospace");
      gtk_accessible_update_relation (GTK_ACCESSIBLE (view),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      gtk_widget_get_first_child (gtk_widget_get_parent (GTK_WIDGET (scroller))),
                                      NULL,
                                      -1);
      gtk_scrolled_window_set_child (scroller, view);
    }
}

static void
fill_details (BounceVerdictView *self,
              BounceRecord      *record)
{
  BounceReport *report = self->report;

  clear_details (self);

  if (self->verdict->diagnostic != NULL)
    add_detail (self, _("The server’s message"), self->verdict->diagnostic, TRUE);
  else if (bounce_report_get_kind (report) != BOUNCE_KIND_NOT_EMAIL)
    add_detail (self, _("Text of the message"), bounce_report_get_human_text (report), FALSE);

  add_detail (self, _("What the codes mean"), self->verdict->code_meaning, FALSE);

  if (record != NULL)
    {
      BounceReason reason = bounce_record_get_reason (record);
      const char *original = bounce_record_get_original_recipient (record);

      add_detail (self, _("Recipient"), bounce_record_get_recipient (record), TRUE);
      if (g_strcmp0 (original, bounce_record_get_recipient (record)) != 0)
        add_detail (self, _("Original recipient"), original, TRUE);
      add_detail (self, _("Action"), bounce_record_get_action (record), TRUE);
      if (reason != BOUNCE_REASON_UNDEFINED)
        add_detail (self, _("Reason (Sisimai name)"), bounce_reason_to_string (reason), TRUE);
      add_detail (self, _("Reported by"), bounce_record_get_reporting_mta (record), TRUE);
      add_detail (self, _("Receiving server"), bounce_record_get_remote_mta (record), TRUE);
      add_detail (self, _("Last attempt"), bounce_record_get_last_attempt (record), FALSE);
      add_detail (self, _("Provider"),
                  bounce_provider_display_name (bounce_record_get_provider (record)), FALSE);
    }

  add_detail (self, _("Original message: subject"), bounce_report_get_original_subject (report), FALSE);
  add_detail (self, _("Original message: to"), bounce_report_get_original_to (report), FALSE);
  add_detail (self, _("Original message: from"), bounce_report_get_original_from (report), FALSE);
  add_detail (self, _("Original message: date"), bounce_report_get_original_date (report), FALSE);
  add_detail (self, _("Original message: ID"), bounce_report_get_original_message_id (report), TRUE);
  add_detail (self, _("This report: from"), bounce_report_get_from (report), FALSE);
  add_detail (self, _("This report: subject"), bounce_report_get_subject (report), FALSE);
  add_detail (self, _("This report: date"), bounce_report_get_date (report), FALSE);
  add_detail (self, _("File"), bounce_report_get_source (report), FALSE);

  if (bounce_report_get_error (report) != NULL)
    add_detail (self, _("Error"), bounce_report_get_error (report)->message, FALSE);

  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->details_row)),
                          self->detail_rows->len > 0);
  show_long_details (self);
}

static void
show_record (BounceVerdictView *self,
             guint              position)
{
  BounceRecord *record;
  const char *category;
  const char *subject;
  g_autofree char *badge_a11y = NULL;

  g_assert (BOUNCE_IS_VERDICT_VIEW (self));
  g_assert (self->report != NULL);

  /* Each recipient keeps its own progress through the steps. */
  if (self->verdict != NULL)
    {
      guint mask = 0;

      for (guint i = 0; i < MIN (32, bounce_checklist_get_n_steps (self->checklist)); i++)
        if (bounce_checklist_get_step_done (self->checklist, i))
          mask |= 1u << i;
      g_hash_table_insert (self->done_steps, GUINT_TO_POINTER (self->selected), GUINT_TO_POINTER (mask));
    }

  self->selected = position;
  record = get_record (self, position);

  g_clear_pointer (&self->verdict, bounce_verdict_free);
  self->verdict = bounce_verdict_new (self->report, record);

  /* The category is said in words and with an icon, colour only helps. */
  category = bounce_category_get_label (self->verdict->category);
  for (guint i = 0; i < G_N_ELEMENTS (category_classes); i++)
    gtk_widget_remove_css_class (self->badge, category_classes[i]);
  gtk_widget_add_css_class (self->badge, bounce_category_get_css_class (self->verdict->category));
  gtk_image_set_from_icon_name (self->badge_icon,
                                bounce_category_get_icon_name (self->verdict->category));
  gtk_label_set_text (self->badge_label, category);
  badge_a11y = g_strdup_printf (_("Category: %s"), category);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->badge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, badge_a11y,
                                  -1);

  gtk_label_set_text (self->headline_label, self->verdict->headline);
  gtk_label_set_text (self->category_description_label,
                      bounce_category_get_description (self->verdict->category));

  /* Which of the user's messages this is about, in their own words. */
  subject = bounce_report_get_original_subject (self->report);
  if (subject != NULL && *subject != '\0' &&
      bounce_report_get_kind (self->report) != BOUNCE_KIND_NOT_EMAIL &&
      bounce_report_get_kind (self->report) != BOUNCE_KIND_NOT_BOUNCE)
    {
      /* Translators: the subject of the message that bounced */
      g_autofree char *text = g_strdup_printf (_("Your message: “%s”"), subject);

      gtk_label_set_text (self->message_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
    }

  if (self->verdict->recipient != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("To: %s"), self->verdict->recipient);

      gtk_label_set_text (self->recipient_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recipient_label), self->verdict->recipient != NULL);

  gtk_label_set_text (self->reply_code_label, self->verdict->reply_code ? self->verdict->reply_code : "");
  gtk_widget_set_visible (self->reply_code_child, self->verdict->reply_code != NULL);
  gtk_label_set_text (self->status_label, self->verdict->status ? self->verdict->status : "");
  gtk_widget_set_visible (self->status_child, self->verdict->status != NULL);
  gtk_widget_set_visible (gtk_widget_get_parent (self->status_child),
                          self->verdict->reply_code != NULL || self->verdict->status != NULL);

  gtk_label_set_text (self->explanation_label, self->verdict->explanation);
  gtk_label_set_text (self->who_label, self->verdict->who_acts);

  bounce_checklist_set_steps (self->checklist, (const char * const *)self->verdict->steps);
  {
    guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (self->done_steps, GUINT_TO_POINTER (position)));

    for (guint i = 0; i < MIN (32, bounce_checklist_get_n_steps (self->checklist)); i++)
      if (mask & (1u << i))
        bounce_checklist_set_step_done (self->checklist, i, TRUE);
  }

  fill_details (self, record);
}

static GtkWidget *
create_recipient_row (BounceReport *report,
                      BounceRecord *record)
{
  g_autoptr(BounceVerdict) verdict = bounce_verdict_new (report, record);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  GtkWidget *icon;

  subtitle = g_strdup_printf ("%s · %s",
                              bounce_category_get_label (verdict->category),
                              verdict->headline);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 verdict->recipient ? verdict->recipient : _("Unknown recipient"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_add_css_class (row, "recipient-row");

  icon = gtk_image_new_from_icon_name (bounce_category_get_icon_name (verdict->category));
  gtk_widget_add_css_class (icon, "category-icon");
  gtk_widget_add_css_class (icon, bounce_category_get_css_class (verdict->category));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  bounce_category_get_label (verdict->category),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

/* Appends up to RECIPIENT_ROWS_PER_FRAME rows; returns whether rows remain. */
static gboolean
append_recipient_rows (BounceVerdictView *self)
{
  guint n_rows = MIN (bounce_report_get_n_records (self->report), MAX_RECIPIENT_ROWS);
  guint end = MIN (n_rows, self->n_rows_added + RECIPIENT_ROWS_PER_FRAME);

  for (; self->n_rows_added < end; self->n_rows_added++)
    {
      BounceRecord *record = bounce_report_get_record (self->report, self->n_rows_added);
      GtkListBoxRow *row = GTK_LIST_BOX_ROW (create_recipient_row (self->report, record));

      gtk_list_box_append (self->recipients_list, GTK_WIDGET (row));

      /* A recipient shown before its row existed gets its row selected
       * (set_report () selects the first row itself). */
      if (self->verdict != NULL && self->n_rows_added == self->selected)
        gtk_list_box_select_row (self->recipients_list, row);
    }

  return self->n_rows_added < n_rows;
}

static gboolean
append_recipient_rows_tick (GtkWidget     *widget,
                            GdkFrameClock *frame_clock,
                            gpointer       user_data)
{
  BounceVerdictView *self = BOUNCE_VERDICT_VIEW (widget);

  if (self->report != NULL && append_recipient_rows (self))
    return G_SOURCE_CONTINUE;

  self->rows_tick = 0;

  return G_SOURCE_REMOVE;
}

static void
stop_recipient_rows (BounceVerdictView *self)
{
  if (self->rows_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rows_tick);
  self->rows_tick = 0;
  self->n_rows_added = 0;
}

static void
fill_recipients (BounceVerdictView *self)
{
  GtkWidget *child;
  guint n_records = bounce_report_get_n_records (self->report);
  guint n_rows = MIN (n_records, MAX_RECIPIENT_ROWS);
  g_autofree char *text = NULL;

  stop_recipient_rows (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recipients_list))))
    gtk_list_box_remove (self->recipients_list, child);

  gtk_widget_set_visible (GTK_WIDGET (self->recipients_box), n_records > 1);
  if (n_records <= 1)
    return;

  if (n_records > n_rows)
    text = g_strdup_printf (_("This report names %u recipients; the first %u are listed. Choose one to see its verdict:"),
                            n_records, n_rows);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "This report names %u recipient. Choose one to see its verdict:",
                                         "This report names %u recipients. Choose one to see its verdict:",
                                         n_records),
                            n_records);
  gtk_label_set_text (self->recipients_label, text);

  /* The first rows now, the others one frame at a time, so that no
   * frame has to lay out more than a few of them. */
  if (append_recipient_rows (self))
    self->rows_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self),
                                                    append_recipient_rows_tick,
                                                    NULL, NULL);
}

static void
recipient_selected_cb (BounceVerdictView *self,
                       GtkListBoxRow     *row,
                       GtkListBox        *list_box)
{
  g_assert (BOUNCE_IS_VERDICT_VIEW (self));

  if (row == NULL || self->report == NULL)
    return;

  if ((guint)gtk_list_box_row_get_index (row) != self->selected ||
      self->verdict == NULL)
    show_record (self, gtk_list_box_row_get_index (row));
}

static void
copy_summary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  BounceVerdictView *self = (BounceVerdictView *)widget;
  g_autofree char *summary = NULL;

  g_assert (BOUNCE_IS_VERDICT_VIEW (self));

  if (!(summary = bounce_verdict_view_dup_summary (self)))
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), summary);
  g_signal_emit (self, signals[SUMMARY_COPIED], 0);
}

static void
bounce_verdict_view_dispose (GObject *object)
{
  BounceVerdictView *self = (BounceVerdictView *)object;

  /* AdwBin unparents the template's root itself; disposing the template
   * as well would unparent it twice. */

  stop_recipient_rows (self);
  g_clear_object (&self->report);
  g_clear_pointer (&self->verdict, bounce_verdict_free);
  g_clear_pointer (&self->detail_rows, g_ptr_array_unref);
  g_clear_pointer (&self->done_steps, g_hash_table_unref);

  G_OBJECT_CLASS (bounce_verdict_view_parent_class)->dispose (object);
}

static void
bounce_verdict_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BounceVerdictView *self = BOUNCE_VERDICT_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_verdict_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BounceVerdictView *self = BOUNCE_VERDICT_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      bounce_verdict_view_set_report (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_verdict_view_class_init (BounceVerdictViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_verdict_view_dispose;
  object_class->get_property = bounce_verdict_view_get_property;
  object_class->set_property = bounce_verdict_view_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL,
                         BOUNCE_TYPE_REPORT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BounceVerdictView::summary-copied:
   *
   * Emitted after the summary was put on the clipboard, so that the window
   * can confirm it.
   */
  signals[SUMMARY_COPIED] =
    g_signal_new ("summary-copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/bounce-verdict-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, scroller);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, warning_box);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, warning_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, recipients_box);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, recipients_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, recipients_list);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, badge);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, badge_icon);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, badge_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, headline_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, category_description_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, message_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, recipient_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, reply_code_child);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, reply_code_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, status_child);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, status_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, who_label);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, copy_button);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, checklist);
  gtk_widget_class_bind_template_child (widget_class, BounceVerdictView, details_row);
  gtk_widget_class_bind_template_callback (widget_class, recipient_selected_cb);

  gtk_widget_class_install_action (widget_class, "verdict.copy-summary", NULL, copy_summary_action);

  g_type_ensure (BOUNCE_TYPE_CHECKLIST);
}

static void
bounce_verdict_view_init (BounceVerdictView *self)
{
  self->detail_rows = g_ptr_array_new ();
  self->done_steps = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->details_row, "notify::expanded",
                           G_CALLBACK (show_long_details), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "verdict.copy-summary", FALSE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Verdict"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("What happened to the message, who needs to act and what to do"),
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->recipients_list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->recipients_label, NULL,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->copy_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Puts a plain-text explanation of this verdict on the clipboard"),
                                  -1);
}

GtkWidget *
bounce_verdict_view_new (void)
{
  return g_object_new (BOUNCE_TYPE_VERDICT_VIEW, NULL);
}

/**
 * bounce_verdict_view_get_report:
 * @self: a #BounceVerdictView
 *
 * Returns: (transfer none) (nullable): the report shown
 */
BounceReport *
bounce_verdict_view_get_report (BounceVerdictView *self)
{
  g_return_val_if_fail (BOUNCE_IS_VERDICT_VIEW (self), NULL);

  return self->report;
}

void
bounce_verdict_view_set_report (BounceVerdictView *self,
                                BounceReport      *report)
{
  g_return_if_fail (BOUNCE_IS_VERDICT_VIEW (self));
  g_return_if_fail (!report || BOUNCE_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;

  g_clear_pointer (&self->verdict, bounce_verdict_free);
  g_hash_table_remove_all (self->done_steps);
  gtk_widget_set_visible (self->warning_box, FALSE);
  self->selected = 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "verdict.copy-summary", report != NULL);

  if (report != NULL)
    {
      const GError *warning = bounce_report_get_warning (report);
      GtkListBoxRow *first;

      /* Say plainly when only part of the report could be read. */
      if (warning != NULL)
        gtk_label_set_text (self->warning_label, warning->message);
      gtk_widget_set_visible (self->warning_box, warning != NULL);

      fill_recipients (self);
      show_record (self, 0);

      if ((first = gtk_list_box_get_row_at_index (self->recipients_list, 0)))
        gtk_list_box_select_row (self->recipients_list, first);

      /* A new verdict starts at the top. */
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

guint
bounce_verdict_view_get_n_recipients (BounceVerdictView *self)
{
  g_return_val_if_fail (BOUNCE_IS_VERDICT_VIEW (self), 0);

  return self->report != NULL ? bounce_report_get_n_records (self->report) : 0;
}

guint
bounce_verdict_view_get_selected (BounceVerdictView *self)
{
  g_return_val_if_fail (BOUNCE_IS_VERDICT_VIEW (self), 0);

  return self->selected;
}

void
bounce_verdict_view_select (BounceVerdictView *self,
                            guint              position)
{
  GtkListBoxRow *row;

  g_return_if_fail (BOUNCE_IS_VERDICT_VIEW (self));
  g_return_if_fail (self->report != NULL);
  g_return_if_fail (position < MAX (1, bounce_report_get_n_records (self->report)));

  if ((row = gtk_list_box_get_row_at_index (self->recipients_list, position)))
    gtk_list_box_select_row (self->recipients_list, row);
  else
    show_record (self, position);
}

/**
 * bounce_verdict_view_get_verdict:
 * @self: a #BounceVerdictView
 *
 * Returns: (transfer none) (nullable): the verdict shown
 */
const BounceVerdict *
bounce_verdict_view_get_verdict (BounceVerdictView *self)
{
  g_return_val_if_fail (BOUNCE_IS_VERDICT_VIEW (self), NULL);

  return self->verdict;
}

/**
 * bounce_verdict_view_dup_summary:
 * @self: a #BounceVerdictView
 *
 * Returns: (transfer full) (nullable): the plain-text summary of the
 *   verdict shown, as "Copy Summary" puts it on the clipboard
 */
char *
bounce_verdict_view_dup_summary (BounceVerdictView *self)
{
  g_return_val_if_fail (BOUNCE_IS_VERDICT_VIEW (self), NULL);

  if (self->verdict == NULL)
    return NULL;

  return bounce_verdict_build_summary (self->verdict,
                                       self->report,
                                       get_record (self, self->selected));
}

const char *
bounce_verdict_view_get_headline_text (BounceVerdictView *self)
{
  g_return_val_if_fail (BOUNCE_IS_VERDICT_VIEW (self), NULL);

  return gtk_label_get_text (self->headline_label);
}

const char *
bounce_verdict_view_get_reply_code_text (BounceVerdictView *self)
{
  g_return_val_if_fail (BOUNCE_IS_VERDICT_VIEW (self), NULL);

  if (!gtk_widget_get_visible (self->reply_code_child))
    return NULL;

  return gtk_label_get_text (self->reply_code_label);
}

const char *
bounce_verdict_view_get_status_text (BounceVerdictView *self)
{
  g_return_val_if_fail (BOUNCE_IS_VERDICT_VIEW (self), NULL);

  if (!gtk_widget_get_visible (self->status_child))
    return NULL;

  return gtk_label_get_text (self->status_label);
}

const char *
bounce_verdict_view_get_category_text (BounceVerdictView *self)
{
  g_return_val_if_fail (BOUNCE_IS_VERDICT_VIEW (self), NULL);

  return gtk_label_get_text (self->badge_label);
}

/**
 * bounce_verdict_view_get_checklist:
 * @self: a #BounceVerdictView
 *
 * Returns: (transfer none): the "What to do" checklist
 */
BounceChecklist *
bounce_verdict_view_get_checklist (BounceVerdictView *self)
{
  g_return_val_if_fail (BOUNCE_IS_VERDICT_VIEW (self), NULL);

  return self->checklist;
}
