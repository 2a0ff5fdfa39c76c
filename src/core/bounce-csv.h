/* bounce-csv.h
 *
 * Results as CSV (RFC 4180): one row per recipient of a bounce, one row per
 * message that is not a bounce.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "bounce-types.h"

G_BEGIN_DECLS

/* The columns, in order; also the header row. */
#define BOUNCE_CSV_N_COLUMNS 13
extern const char * const bounce_csv_columns[BOUNCE_CSV_N_COLUMNS];

void            bounce_csv_append_header  (GString      *out);
void            bounce_csv_append_row     (GString      *out,
                                           BounceReport *report,
                                           BounceRecord *record);
void            bounce_csv_append_report  (GString      *out,
                                           BounceReport *report);
void            bounce_csv_append_field   (GString      *out,
                                           const char   *value);

G_END_DECLS
