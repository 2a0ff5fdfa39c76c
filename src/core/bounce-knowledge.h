/* bounce-knowledge.h
 *
 * The knowledge base: what every reason, reply code and enhanced status code
 * means, in plain and in technical words, who has to act and what to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "bounce-types.h"

G_BEGIN_DECLS

#define BOUNCE_KNOWLEDGE_MAX_STEPS 8

typedef enum
{
  BOUNCE_TOPIC_REASON,          /* key: Sisimai reason name, "userunknown" */
  BOUNCE_TOPIC_REPLY_CODE,      /* key: "550" */
  BOUNCE_TOPIC_STATUS,          /* key: "5.1.1", or "X.1.1" for both classes */
} BounceTopic;

/* All strings are untranslated (N_()); the accessors below translate. */
typedef struct
{
  BounceTopic  topic;
  const char  *key;
  const char  *provider;        /* NULL, or the provider whose meaning this is */
  const char  *title;           /* "The address does not exist" */
  const char  *plain;           /* for someone who never heard of SMTP */
  const char  *technical;       /* for help-desk staff */
  BounceActor  actor;
  const char  *steps[BOUNCE_KNOWLEDGE_MAX_STEPS]; /* NULL-terminated checklist */
  const char  *source;          /* "RFC 3463 §3.2", "Google: SMTP error codes" */
  const char  *reviewed;        /* "2026-11-27" */
} BounceKnowledgeEntry;

/* Lookups return static entries (never free them). get_status() prefers the
 * provider's own meaning of a code, then the exact code, then the
 * class-independent "X.s.d" entry. search() returns a new array of static
 * entries (free the array only), ranked: exact codes, codes and the reason
 * found in a pasted error line, then text matches; empty for an empty query. */
const BounceKnowledgeEntry  *bounce_knowledge_get_reason     (BounceReason                reason);
const BounceKnowledgeEntry  *bounce_knowledge_get_reply_code (guint                       code);
const BounceKnowledgeEntry  *bounce_knowledge_get_status     (const char                 *status,
                                                              const char                 *provider);
const BounceKnowledgeEntry * const *
                             bounce_knowledge_get_all        (guint                      *n_entries);
GPtrArray                   *bounce_knowledge_search         (const char                 *query);
const char                  *bounce_knowledge_entry_title     (const BounceKnowledgeEntry *entry);
const char                  *bounce_knowledge_entry_plain     (const BounceKnowledgeEntry *entry);
const char                  *bounce_knowledge_entry_technical (const BounceKnowledgeEntry *entry);
const char                  *bounce_knowledge_entry_step      (const BounceKnowledgeEntry *entry,
                                                               guint                       n);
guint                        bounce_knowledge_entry_n_steps   (const BounceKnowledgeEntry *entry);
const char                  *bounce_actor_describe            (BounceActor                 actor);
const char                  *bounce_severity_describe         (BounceSeverity              severity);

G_END_DECLS
