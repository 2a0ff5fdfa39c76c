/* bounce-loader.h
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_LOADER (bounce_loader_get_type ())

G_DECLARE_FINAL_TYPE (BounceLoader, bounce_loader, BOUNCE, LOADER, GObject)

BounceLoader *bounce_loader_new             (void);
void          bounce_loader_add_file        (BounceLoader         *self,
                                             GFile                *file);
void          bounce_loader_set_text        (BounceLoader         *self,
                                             const char           *text);
void          bounce_loader_set_bytes       (BounceLoader         *self,
                                             GBytes               *bytes,
                                             const char           *name);
double        bounce_loader_get_fraction    (BounceLoader         *self);
guint         bounce_loader_get_n_messages  (BounceLoader         *self);
void          bounce_loader_load_async      (BounceLoader         *self,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
GPtrArray    *bounce_loader_load_finish     (BounceLoader         *self,
                                             GAsyncResult         *result,
                                             GError              **error);

G_END_DECLS
