/* bounce-reread.h
 *
 * Reading one message of a file, mbox or folder again, to the same report
 * the analyzer made of it when it read the whole input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bounce-types.h"

G_BEGIN_DECLS

BounceReport   *bounce_reread_slice    (BounceAnalyzer  *analyzer,
                                        GFile           *file,
                                        const char      *source,
                                        goffset          offset,
                                        goffset          length,
                                        guint            index,
                                        GCancellable    *cancellable,
                                        GError         **error);
BounceReport   *bounce_reread_file     (BounceAnalyzer  *analyzer,
                                        GFile           *file,
                                        const char      *source,
                                        guint            position,
                                        guint            index,
                                        GCancellable    *cancellable,
                                        GError         **error);

G_END_DECLS
