/* bounce-analyzer.h
 *
 * The engine's entry point: bytes, files, mboxes, folders or pasted text in,
 * BounceReports out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bounce-types.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_ANALYZER (bounce_analyzer_get_type ())

/* Defaults of the limits; each can be changed per analyzer. */
#define BOUNCE_DEFAULT_MAX_SIZE        (64 * 1024 * 1024) /* bytes per message */
#define BOUNCE_DEFAULT_MAX_DEPTH       64                 /* MIME nesting */
#define BOUNCE_DEFAULT_MAX_RECIPIENTS  10000              /* records per report */

G_DECLARE_FINAL_TYPE (BounceAnalyzer, bounce_analyzer, BOUNCE, ANALYZER, GObject)

/**
 * BounceReportFunc:
 * @report: the report of one message (or of an input that could not be read)
 * @user_data: closure data
 *
 * Called once per message, in order, while a file, mbox or folder is read.
 *
 * Returns: %FALSE to stop reading
 */
typedef gboolean (*BounceReportFunc) (BounceReport *report,
                                      gpointer      user_data);

BounceAnalyzer *bounce_analyzer_new                (void);
gsize           bounce_analyzer_get_max_size       (BounceAnalyzer    *self);
void            bounce_analyzer_set_max_size       (BounceAnalyzer    *self,
                                                    gsize              max_size);
guint           bounce_analyzer_get_max_depth      (BounceAnalyzer    *self);
void            bounce_analyzer_set_max_depth      (BounceAnalyzer    *self,
                                                    guint              max_depth);
guint           bounce_analyzer_get_max_recipients (BounceAnalyzer    *self);
void            bounce_analyzer_set_max_recipients (BounceAnalyzer    *self,
                                                    guint              max_recipients);
guint           bounce_analyzer_get_max_threads    (BounceAnalyzer    *self);
void            bounce_analyzer_set_max_threads    (BounceAnalyzer    *self,
                                                    guint              max_threads);
gboolean        bounce_analyzer_get_keep_human_text (BounceAnalyzer   *self);
void            bounce_analyzer_set_keep_human_text (BounceAnalyzer   *self,
                                                     gboolean          keep_human_text);
BounceReport   *bounce_analyzer_analyze_bytes      (BounceAnalyzer    *self,
                                                    GBytes            *bytes,
                                                    const char        *source);
BounceReport   *bounce_analyzer_analyze_text       (BounceAnalyzer    *self,
                                                    const char        *text,
                                                    gssize             length);
gboolean        bounce_analyzer_analyze_file       (BounceAnalyzer    *self,
                                                    GFile             *file,
                                                    BounceReportFunc   func,
                                                    gpointer           user_data,
                                                    GCancellable      *cancellable,
                                                    GError           **error);
gboolean        bounce_analyzer_analyze_stream     (BounceAnalyzer    *self,
                                                    GInputStream      *stream,
                                                    const char        *source,
                                                    BounceReportFunc   func,
                                                    gpointer           user_data,
                                                    GCancellable      *cancellable,
                                                    GError           **error);

G_END_DECLS
