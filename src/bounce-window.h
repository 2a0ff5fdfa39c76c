/* bounce-window.h
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bounce-application.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_WINDOW (bounce_window_get_type ())

G_DECLARE_FINAL_TYPE (BounceWindow, bounce_window, BOUNCE, WINDOW, AdwApplicationWindow)

BounceWindow *bounce_window_new          (BounceApplication  *application);
void          bounce_window_open_files   (BounceWindow       *self,
                                          GFile             **files,
                                          guint               n_files);
void          bounce_window_open_text    (BounceWindow       *self,
                                          const char         *text);
gboolean      bounce_window_open_example (BounceWindow       *self,
                                          const char         *name);
void          bounce_window_show_page    (BounceWindow       *self,
                                          const char         *name);

G_END_DECLS
