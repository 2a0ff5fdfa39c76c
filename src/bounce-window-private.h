/* bounce-window-private.h
 *
 * What the window's files (and the UI tests) share.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bounce-batch-view.h"
#include "bounce-faq-page.h"
#include "bounce-loader.h"
#include "bounce-lookup-page.h"
#include "bounce-verdict-view.h"
#include "bounce-window.h"

G_BEGIN_DECLS

#define BOUNCE_SETTINGS_SCHEMA_ID "io.github.bounceexplainer.BounceExplainer"
#define BOUNCE_EXAMPLES_PATH      RESOURCE_PATH "/examples/"

struct _BounceWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  GtkStack             *explain_stack;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *progress_bar;
  AdwStatusPage        *error_page;
  GtkRevealer          *messages_bar;
  GtkLabel             *messages_position_label;
  BounceBatchView      *batch_view;
  BounceVerdictView    *verdict_view;
  BounceLookupPage     *lookup_page;
  BounceFaqPage        *faq_page;
  GtkWidget            *drop_highlight;
  GMenu                *example_menu;

  /* Owned references */
  GSettings            *settings;
  GCancellable         *cancellable;
  BounceLoader         *loader;
  GPtrArray            *reports;
  GtkNativeDialog      *file_chooser;
  GCancellable         *read_cancellable; /* reading a batch's message again */

  /* The messages of the batch view, when a verdict shows one of them */
  guint                 batch_messages;

  /* The page to return to when reading is cancelled */
  char                 *page_before_loading;

  /* Sources */
  guint                 loading_timeout;
  guint                 pulse_timeout;
};

void               _bounce_window_class_actions_init (BounceWindowClass *klass);
void               _bounce_window_dnd_init           (BounceWindow      *self);
gboolean           _bounce_window_handle_drop        (BounceWindow      *self,
                                                      const GValue      *value);
void               _bounce_window_set_drop_highlight (BounceWindow      *self,
                                                      gboolean           highlight);
void               _bounce_window_open_message_bytes (BounceWindow      *self,
                                                      GBytes            *bytes);
void               _bounce_window_load               (BounceWindow      *self,
                                                      BounceLoader      *loader);
void               _bounce_window_add_toast          (BounceWindow      *self,
                                                      const char        *text);
void               _bounce_window_show_error         (BounceWindow      *self,
                                                      const char        *title,
                                                      const char        *message);
void               _bounce_window_show_message       (BounceWindow      *self,
                                                      guint              position);
void               _bounce_window_update_actions     (BounceWindow      *self);
gboolean           _bounce_window_is_busy            (BounceWindow      *self);
const char        *_bounce_window_get_explain_page   (BounceWindow      *self);
BounceVerdictView *_bounce_window_get_verdict_view   (BounceWindow      *self);
BounceLookupPage  *_bounce_window_get_lookup_page    (BounceWindow      *self);
BounceFaqPage     *_bounce_window_get_faq_page       (BounceWindow      *self);
const char        *_bounce_window_get_error_title    (BounceWindow      *self);

G_END_DECLS
