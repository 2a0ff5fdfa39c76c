/* bounce-summary-chart.h
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_SUMMARY_CHART (bounce_summary_chart_get_type ())

G_DECLARE_FINAL_TYPE (BounceSummaryChart, bounce_summary_chart, BOUNCE, SUMMARY_CHART, GtkWidget)

GtkWidget  *bounce_summary_chart_new             (void);
const char *bounce_summary_chart_get_title       (BounceSummaryChart *self);
void        bounce_summary_chart_set_title       (BounceSummaryChart *self,
                                                  const char         *title);
void        bounce_summary_chart_clear           (BounceSummaryChart *self);
void        bounce_summary_chart_add             (BounceSummaryChart *self,
                                                  const char         *label,
                                                  guint               count,
                                                  const char         *color_name);
guint       bounce_summary_chart_get_n_bars      (BounceSummaryChart *self);
char       *bounce_summary_chart_dup_description (BounceSummaryChart *self);
void        bounce_summary_chart_update          (BounceSummaryChart *self);

G_END_DECLS
