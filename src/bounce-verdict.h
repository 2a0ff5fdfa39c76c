/* bounce-verdict.h
 *
 * What the app tells the user about one recipient of one report: the words
 * of the verdict, computed once and shared by the view and the summary.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bounce-core.h"

G_BEGIN_DECLS

typedef enum
{
  BOUNCE_CATEGORY_PERMANENT,    /* the message will not arrive */
  BOUNCE_CATEGORY_TEMPORARY,    /* may still arrive, or will after a retry */
  BOUNCE_CATEGORY_NOT_FAILURE,  /* auto-replies, delivery reports, ordinary mail */
  BOUNCE_CATEGORY_NOT_YOURS,    /* backscatter: a bounce for mail the user never sent */
  BOUNCE_CATEGORY_UNREADABLE,   /* not an email at all */
} BounceCategory;

typedef struct
{
  BounceCategory  category;
  char           *headline;
  char           *explanation;
  char           *who_acts;
  char          **steps;
  char           *recipient;      /* NULL when the report names none */
  char           *reply_code;     /* "550", or NULL */
  char           *status;         /* "5.1.1", or NULL */
  char           *code_meaning;   /* the knowledge base's title for the codes */
  char           *diagnostic;     /* the server's own words, verbatim */
} BounceVerdict;

BounceVerdict *bounce_verdict_new                (BounceReport         *report,
                                                  BounceRecord         *record);
void           bounce_verdict_free               (BounceVerdict        *verdict);
char          *bounce_verdict_build_summary      (const BounceVerdict  *verdict,
                                                  BounceReport         *report,
                                                  BounceRecord         *record);
const char    *bounce_category_get_label         (BounceCategory        category);
const char    *bounce_category_get_description   (BounceCategory        category);
const char    *bounce_category_get_css_class     (BounceCategory        category);
const char    *bounce_category_get_icon_name     (BounceCategory        category);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BounceVerdict, bounce_verdict_free)

G_END_DECLS
