/* bounce-json.h
 *
 * The JSON form of reports and records, shared by the CLI and the exports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "bounce-knowledge.h"
#include "bounce-types.h"

G_BEGIN_DECLS

const BounceKnowledgeEntry *bounce_json_explanation_entry (BounceRecord  *record);
JsonNode                   *bounce_json_record_node       (BounceReport  *report,
                                                           BounceRecord  *record);
JsonNode                   *bounce_json_error_node        (const char    *file,
                                                           guint          message,
                                                           const GError  *error);
void                        bounce_json_append_report     (BounceReport  *report,
                                                           JsonGenerator *generator,
                                                           GString       *out);

G_END_DECLS
