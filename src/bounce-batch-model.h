/* bounce-batch-model.h
 *
 * The results of many messages: the rows of the batch table and their
 * summary, filled by a worker thread in batches; the report of any row,
 * read again on demand; exports of them all.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bounce-batch-row.h"
#include "bounce-core.h"
#include "bounce-export.h"
#include "bounce-summary.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_BATCH_MODEL (bounce_batch_model_get_type ())

G_DECLARE_FINAL_TYPE (BounceBatchModel, bounce_batch_model, BOUNCE, BATCH_MODEL, GObject)

BounceBatchModel *bounce_batch_model_new            (void);
GListModel       *bounce_batch_model_get_rows       (BounceBatchModel     *self);
BounceSummary    *bounce_batch_model_get_summary    (BounceBatchModel     *self);
guint             bounce_batch_model_get_n_messages (BounceBatchModel     *self);
double            bounce_batch_model_get_fraction   (BounceBatchModel     *self);
gboolean          bounce_batch_model_get_loading    (BounceBatchModel     *self);
gboolean          bounce_batch_model_get_cancelled  (BounceBatchModel     *self);
guint             bounce_batch_model_get_n_failed   (BounceBatchModel     *self);
void              bounce_batch_model_clear          (BounceBatchModel     *self);
void              bounce_batch_model_set_hold       (BounceBatchModel     *self,
                                                     gboolean              hold);
void              bounce_batch_model_add_reports    (BounceBatchModel     *self,
                                                     GPtrArray            *reports);
void              bounce_batch_model_load_async     (BounceBatchModel     *self,
                                                     GFile               **files,
                                                     guint                 n_files,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean          bounce_batch_model_load_finish    (BounceBatchModel     *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void              bounce_batch_model_read_report_async  (BounceBatchModel     *self,
                                                         BounceBatchRow       *row,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
BounceReport     *bounce_batch_model_read_report_finish (BounceBatchModel     *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
void              bounce_batch_model_export_async       (BounceBatchModel     *self,
                                                         BounceExportFormat    format,
                                                         GFile                *file,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean          bounce_batch_model_export_finish      (BounceBatchModel     *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

G_END_DECLS
