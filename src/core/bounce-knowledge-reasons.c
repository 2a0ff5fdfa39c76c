/* bounce-knowledge-reasons.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-knowledge-private.h"

const BounceKnowledgeEntry bounce_knowledge_reason_entries[] = {
  { 0 },
};

const guint bounce_knowledge_n_reason_entries = 0;
