/* bounce-json.h
 *
 * The JSON form of reports and records, shared by the CLI and the exports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "bounce-types.h"

G_BEGIN_DECLS

JsonNode *bounce_json_record_node (BounceReport *report,
                                   BounceRecord *record);

G_END_DECLS
