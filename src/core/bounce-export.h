/* bounce-export.h
 *
 * Writing the results of many messages to a file: CSV, a JSON array, or the
 * plain list of addresses to remove, replaced atomically.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "bounce-types.h"

G_BEGIN_DECLS

typedef enum
{
  BOUNCE_EXPORT_CSV,            /* bounce-csv.h, with a header row */
  BOUNCE_EXPORT_JSON,           /* one JSON array of the objects of bounce-json.h */
  BOUNCE_EXPORT_REMOVE_LIST,    /* addresses, one per line */
} BounceExportFormat;

typedef struct _BounceExportWriter BounceExportWriter;

BounceExportWriter *bounce_export_writer_new         (GFile               *file,
                                                      BounceExportFormat   format,
                                                      GCancellable        *cancellable,
                                                      GError             **error);
gboolean            bounce_export_writer_add_report  (BounceExportWriter  *writer,
                                                      BounceReport        *report,
                                                      GError             **error);
gboolean            bounce_export_writer_add_address (BounceExportWriter  *writer,
                                                      const char          *address,
                                                      GError             **error);
gboolean            bounce_export_writer_close       (BounceExportWriter  *writer,
                                                      GError             **error);
void                bounce_export_writer_free        (BounceExportWriter  *writer);

void            bounce_export_append_json_report (GString             *out,
                                                  JsonGenerator       *generator,
                                                  BounceReport        *report,
                                                  gboolean            *first);
gboolean        bounce_export_write              (GFile               *file,
                                                  BounceExportFormat   format,
                                                  GPtrArray           *reports,
                                                  const char * const  *addresses,
                                                  GCancellable        *cancellable,
                                                  GError             **error);
void            bounce_export_write_async        (GFile               *file,
                                                  BounceExportFormat   format,
                                                  GPtrArray           *reports,
                                                  const char * const  *addresses,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean        bounce_export_write_finish       (GAsyncResult        *result,
                                                  GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BounceExportWriter, bounce_export_writer_free)

G_END_DECLS
