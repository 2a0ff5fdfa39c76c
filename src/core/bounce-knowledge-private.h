/* bounce-knowledge-private.h
 *
 * The tables behind the knowledge base. Reasons live in
 * bounce-knowledge-reasons.c, reply and enhanced status codes (with provider
 * overlays) in bounce-knowledge-codes.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bounce-knowledge.h"

G_BEGIN_DECLS

extern const BounceKnowledgeEntry bounce_knowledge_reason_entries[];
extern const guint                bounce_knowledge_n_reason_entries;
extern const BounceKnowledgeEntry bounce_knowledge_code_entries[];
extern const guint                bounce_knowledge_n_code_entries;

G_END_DECLS
