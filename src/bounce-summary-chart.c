/* bounce-summary-chart.c
 *
 * Horizontal bars with their label and count above each bar: readable at
 * a glance and at 360 px, since labels never have to share a line with a
 * bar. Colours are libadwaita's named colours (error, warning, success,
 * accent), which follow the dark style; the words say the same as the
 * colour. Screen readers get the whole chart as one image whose
 * description lists every label with its count.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-summary-chart.h"

#define BAR_HEIGHT   10
#define TEXT_GAP     4
#define ROW_SPACING  12
#define MIN_WIDTH    120

typedef struct
{
  char  *label;
  char  *color_name;
  guint  count;
} Bar;

struct _BounceSummaryChart
{
  GtkWidget  parent_instance;

  GArray    *bars;
  char      *title;
  guint      max_count;
};

G_DEFINE_FINAL_TYPE (BounceSummaryChart, bounce_summary_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_clear_pointer (&bar->label, g_free);
  g_clear_pointer (&bar->color_name, g_free);
}

static int
line_height (BounceSummaryChart *self)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "Ag");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  g_autofree char *full = g_strconcat (name != NULL ? name : "accent", "_color", NULL);

  if (!gtk_style_context_lookup_color (context, full, color) &&
      !gtk_style_context_lookup_color (context, "accent_color", color))
    gdk_rgba_parse (color, "#3584e4");
}

static void
bounce_summary_chart_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  BounceSummaryChart *self = (BounceSummaryChart *)widget;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = 360;
    }
  else
    {
      guint n = self->bars->len;
      int row = line_height (self) + TEXT_GAP + BAR_HEIGHT;

      *minimum = *natural = n > 0 ? n * row + (n - 1) * ROW_SPACING : 0;
    }
}

static void
bounce_summary_chart_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  BounceSummaryChart *self = (BounceSummaryChart *)widget;
  int width = gtk_widget_get_width (widget);
  int text_height = line_height (self);
  GdkRGBA foreground;
  GdkRGBA track;
  int y = 0;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  track = foreground;
  track.alpha *= 0.12;

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) label = gtk_widget_create_pango_layout (widget, bar->label);
      g_autoptr(PangoLayout) count = NULL;
      g_autofree char *count_text = g_strdup_printf ("%'u", bar->count);
      GskRoundedRect rounded;
      GdkRGBA fill;
      int count_width;
      float fill_width;

      /* Labels are plain text: a domain name from an email is never markup. */
      count = gtk_widget_create_pango_layout (widget, count_text);
      pango_layout_get_pixel_size (count, &count_width, NULL);

      pango_layout_set_width (label, MAX (0, width - count_width - 12) * PANGO_SCALE);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y));
      gtk_snapshot_append_layout (snapshot, label, &foreground);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width - count_width, 0));
      gtk_snapshot_append_layout (snapshot, count, &foreground);
      gtk_snapshot_restore (snapshot);

      y += text_height + TEXT_GAP;

      gsk_rounded_rect_init_from_rect (&rounded, &GRAPHENE_RECT_INIT (0, y, width, BAR_HEIGHT),
                                       BAR_HEIGHT / 2.0);
      gtk_snapshot_push_rounded_clip (snapshot, &rounded);
      gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (0, y, width, BAR_HEIGHT));

      /* A count above zero always shows a sliver. */
      lookup_color (widget, bar->color_name, &fill);
      fill_width = self->max_count > 0 ? (float)width * bar->count / self->max_count : 0;
      if (bar->count > 0)
        fill_width = MAX (fill_width, BAR_HEIGHT);
      gtk_snapshot_append_color (snapshot, &fill,
                                 &GRAPHENE_RECT_INIT (0, y, fill_width, BAR_HEIGHT));
      gtk_snapshot_pop (snapshot);

      y += BAR_HEIGHT + ROW_SPACING;
    }
}

static void
bounce_summary_chart_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (bounce_summary_chart_parent_class)->css_changed (widget, change);

  /* Dark style, high contrast or a new font: colours and sizes change. */
  gtk_widget_queue_resize (widget);
}

static void
bounce_summary_chart_finalize (GObject *object)
{
  BounceSummaryChart *self = (BounceSummaryChart *)object;

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (bounce_summary_chart_parent_class)->finalize (object);
}

static void
bounce_summary_chart_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BounceSummaryChart *self = BOUNCE_SUMMARY_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_summary_chart_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BounceSummaryChart *self = BOUNCE_SUMMARY_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      bounce_summary_chart_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_summary_chart_class_init (BounceSummaryChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bounce_summary_chart_finalize;
  object_class->get_property = bounce_summary_chart_get_property;
  object_class->set_property = bounce_summary_chart_set_property;

  widget_class->measure = bounce_summary_chart_measure;
  widget_class->snapshot = bounce_summary_chart_snapshot;
  widget_class->css_changed = bounce_summary_chart_css_changed;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "summary-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bounce_summary_chart_init (BounceSummaryChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, bar_clear);
}

GtkWidget *
bounce_summary_chart_new (void)
{
  return g_object_new (BOUNCE_TYPE_SUMMARY_CHART, NULL);
}

const char *
bounce_summary_chart_get_title (BounceSummaryChart *self)
{
  g_return_val_if_fail (BOUNCE_IS_SUMMARY_CHART (self), NULL);

  return self->title;
}

/* The accessible name of the chart, "Messages by category". */
void
bounce_summary_chart_set_title (BounceSummaryChart *self,
                                const char         *title)
{
  g_return_if_fail (BOUNCE_IS_SUMMARY_CHART (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
bounce_summary_chart_clear (BounceSummaryChart *self)
{
  g_return_if_fail (BOUNCE_IS_SUMMARY_CHART (self));

  g_array_set_size (self->bars, 0);
  self->max_count = 0;
}

/**
 * bounce_summary_chart_add:
 * @self: a #BounceSummaryChart
 * @label: what the bar counts, plain text
 * @count: how many
 * @color_name: (nullable): a libadwaita colour role: "error", "warning",
 *   "success" or "accent" (the default)
 *
 * Adds a bar below the others. Call bounce_summary_chart_update() after
 * the last one.
 */
void
bounce_summary_chart_add (BounceSummaryChart *self,
                          const char         *label,
                          guint               count,
                          const char         *color_name)
{
  Bar bar;

  g_return_if_fail (BOUNCE_IS_SUMMARY_CHART (self));
  g_return_if_fail (label != NULL);

  bar.label = g_strdup (label);
  bar.color_name = g_strdup (color_name);
  bar.count = count;
  g_array_append_val (self->bars, bar);
  self->max_count = MAX (self->max_count, count);
}

guint
bounce_summary_chart_get_n_bars (BounceSummaryChart *self)
{
  g_return_val_if_fail (BOUNCE_IS_SUMMARY_CHART (self), 0);

  return self->bars->len;
}

/**
 * bounce_summary_chart_dup_description:
 * @self: a #BounceSummaryChart
 *
 * Returns: (transfer full): what the chart shows in words, as given to
 *   screen readers: "Permanent failure: 12. Not a failure: 3."
 */
char *
bounce_summary_chart_dup_description (BounceSummaryChart *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (BOUNCE_IS_SUMMARY_CHART (self), NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);

      if (i > 0)
        g_string_append_c (text, ' ');
      /* Translators: one bar of a chart, "Permanent failure: 12." */
      g_string_append_printf (text, _("%s: %u."), bar->label, bar->count);
    }

  if (self->bars->len == 0)
    g_string_append (text, _("Nothing counted yet."));

  return g_string_free (text, FALSE);
}

/* Redraws the bars and tells assistive technologies what they show. */
void
bounce_summary_chart_update (BounceSummaryChart *self)
{
  g_autofree char *description = NULL;

  g_return_if_fail (BOUNCE_IS_SUMMARY_CHART (self));

  description = bounce_summary_chart_dup_description (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
