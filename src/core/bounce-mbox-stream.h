/* bounce-mbox-stream.h
 *
 * A stream that passes an mbox through to the analyzer and notes where each
 * of its messages starts, so that one message can be read again later
 * without reading the messages before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_MBOX_STREAM (bounce_mbox_stream_get_type ())

G_DECLARE_FINAL_TYPE (BounceMboxStream, bounce_mbox_stream, BOUNCE, MBOX_STREAM, GFilterInputStream)

GInputStream   *bounce_mbox_stream_new            (GInputStream     *base_stream);
gboolean        bounce_mbox_stream_is_mbox        (BounceMboxStream *self);
gboolean        bounce_mbox_stream_take_message   (BounceMboxStream *self,
                                                   guint             number,
                                                   goffset          *offset,
                                                   goffset          *length);

G_END_DECLS
