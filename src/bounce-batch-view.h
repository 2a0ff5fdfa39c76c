/* bounce-batch-view.h
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bounce-batch-model.h"
#include "bounce-batch-row.h"
#include "bounce-core.h"
#include "bounce-export.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_BATCH_VIEW (bounce_batch_view_get_type ())

G_DECLARE_FINAL_TYPE (BounceBatchView, bounce_batch_view, BOUNCE, BATCH_VIEW, AdwBin)

GtkWidget        *bounce_batch_view_new                (void);
BounceBatchModel *bounce_batch_view_get_model          (BounceBatchView     *self);
GListModel       *bounce_batch_view_get_shown          (BounceBatchView     *self);
gboolean          bounce_batch_view_is_filtering       (BounceBatchView     *self);
void              bounce_batch_view_load_files         (BounceBatchView     *self,
                                                        GFile              **files,
                                                        guint                n_files);
void              bounce_batch_view_set_reports        (BounceBatchView     *self,
                                                        GPtrArray           *reports);
void              bounce_batch_view_cancel             (BounceBatchView     *self);
void              bounce_batch_view_set_search         (BounceBatchView     *self,
                                                        const char          *text);
void              bounce_batch_view_set_category       (BounceBatchView     *self,
                                                        const char          *category);
void              bounce_batch_view_show_page          (BounceBatchView     *self,
                                                        const char          *name);
const char       *bounce_batch_view_get_progress_text  (BounceBatchView     *self);
const char       *bounce_batch_view_get_status_text    (BounceBatchView     *self);
char             *bounce_batch_view_dup_remove_text    (BounceBatchView     *self);
void              bounce_batch_view_copy_remove_list   (BounceBatchView     *self);
void              bounce_batch_view_refresh_summary    (BounceBatchView     *self);
GtkWidget        *bounce_batch_view_get_chart          (BounceBatchView     *self,
                                                        const char          *group);
void              bounce_batch_view_export_async       (BounceBatchView     *self,
                                                        BounceExportFormat   format,
                                                        GFile               *file,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean          bounce_batch_view_export_finish      (BounceBatchView     *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);

G_END_DECLS
