/* bounce-batch-row.h
 *
 * One row of the batch table: a recipient of a bounce, or a message that is
 * not a bounce, with the file and message it came from and where in the
 * file that message is, to read it again.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_BATCH_ROW (bounce_batch_row_get_type ())

G_DECLARE_FINAL_TYPE (BounceBatchRow, bounce_batch_row, BOUNCE, BATCH_ROW, GObject)

/* The columns of the batch table, in the order they are shown. */
typedef enum
{
  BOUNCE_BATCH_COLUMN_RECIPIENT,
  BOUNCE_BATCH_COLUMN_DOMAIN,
  BOUNCE_BATCH_COLUMN_REPLY_CODE,
  BOUNCE_BATCH_COLUMN_STATUS,
  BOUNCE_BATCH_COLUMN_CATEGORY,
  BOUNCE_BATCH_COLUMN_REASON,
  BOUNCE_BATCH_COLUMN_DATE,
  BOUNCE_BATCH_COLUMN_PROVIDER,
  BOUNCE_BATCH_N_COLUMNS
} BounceBatchColumn;

/* How a row's message can be read again (see bounce-reread.h). */
typedef enum
{
  BOUNCE_BATCH_LOCATION_SLICE,  /* bytes offset … offset + length of a file read as a stream, or of an mbox in a folder */
  BOUNCE_BATCH_LOCATION_FILE,   /* the n-th message of a file of a folder */
  BOUNCE_BATCH_LOCATION_MEMORY, /* the n-th report handed to the model */
} BounceBatchLocationKind;

typedef struct
{
  BounceBatchLocationKind kind;
  guint                   ordinal;   /* the message's place in the whole batch, from 1 */
  guint                   input;     /* which of the model's inputs */
  guint                   position;  /* which message of the file or of the reports, from 1 */
  goffset                 offset;    /* for a slice */
  goffset                 length;
} BounceBatchLocation;

/* Strings many rows share (domains, codes, providers), one copy each. */
typedef struct _BounceBatchAtoms BounceBatchAtoms;

BounceBatchAtoms *bounce_batch_atoms_new            (void);
void            bounce_batch_atoms_free             (BounceBatchAtoms          *atoms);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BounceBatchAtoms, bounce_batch_atoms_free)

void            bounce_batch_row_append_for_report  (GPtrArray                 *rows,
                                                     BounceReport              *report,
                                                     BounceBatchAtoms          *atoms,
                                                     const BounceBatchLocation *location);
void            bounce_batch_row_get_location       (BounceBatchRow            *self,
                                                     BounceBatchLocation       *location);
const char     *bounce_batch_row_get_source         (BounceBatchRow *self);
guint           bounce_batch_row_get_message        (BounceBatchRow *self);
guint           bounce_batch_row_get_record_index   (BounceBatchRow *self);
const char     *bounce_batch_row_get_recipient      (BounceBatchRow *self);
const char     *bounce_batch_row_get_domain         (BounceBatchRow *self);
guint           bounce_batch_row_get_reply_code     (BounceBatchRow *self);
const char     *bounce_batch_row_get_status         (BounceBatchRow *self);
const char     *bounce_batch_row_get_category       (BounceBatchRow *self);
const char     *bounce_batch_row_get_category_label (BounceBatchRow *self);
const char     *bounce_batch_row_get_reason         (BounceBatchRow *self);
const char     *bounce_batch_row_get_reason_label   (BounceBatchRow *self);
gint64          bounce_batch_row_get_timestamp      (BounceBatchRow *self);
char           *bounce_batch_row_dup_date           (BounceBatchRow *self);
const char     *bounce_batch_row_get_provider       (BounceBatchRow *self);
gboolean        bounce_batch_row_get_hard_bounce    (BounceBatchRow *self);
gboolean        bounce_batch_row_matches            (BounceBatchRow *self,
                                                     const char     *folded_query);
int             bounce_batch_row_compare            (BounceBatchRow    *a,
                                                     BounceBatchRow    *b,
                                                     BounceBatchColumn  column);
int             bounce_batch_row_compare_arrival    (BounceBatchRow    *a,
                                                     BounceBatchRow    *b);
gint64          bounce_parse_rfc5322_date           (const char     *text);

G_END_DECLS
