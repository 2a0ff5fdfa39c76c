/* bounce-dsn.h
 *
 * Parser for the body of a message/delivery-status (RFC 3464) or
 * message/global-delivery-status (RFC 6533) part. GMime hands these over as an
 * opaque leaf, so the field groups are ours to read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One field group: per-message fields come first, then one per recipient. Field
 * names are matched case-insensitively; values are unfolded, and the typed ones
 * keep their "rfc822;" / "smtp;" prefix out of the way. */
typedef struct
{
  const char *name;  /* lower-cased field name */
  const char *value; /* unfolded value, type prefix removed */
  const char *type;  /* the type prefix ("rfc822", "smtp", "dns"), or "" */
} BounceDsnField;

typedef struct
{
  BounceDsnField *fields;   /* (array length=n_fields) in the order they came */
  guint           n_fields;
  guint           allocated; /* private: room in @fields */
} BounceDsnGroup;

typedef struct
{
  BounceDsnGroup *message;     /* per-message fields */
  GPtrArray      *recipients;  /* (element-type BounceDsnGroup) */
} BounceDsn;

BounceDsn     *bounce_dsn_parse            (const char     *text,
                                            gsize           length,
                                            guint           max_recipients,
                                            gboolean       *truncated);
void           bounce_dsn_free             (BounceDsn      *dsn);
const char    *bounce_dsn_group_get        (BounceDsnGroup *group,
                                            const char     *name);
const char    *bounce_dsn_group_get_type   (BounceDsnGroup *group,
                                            const char     *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BounceDsn, bounce_dsn_free)

G_END_DECLS
