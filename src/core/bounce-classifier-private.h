/* bounce-classifier-private.h
 *
 * What the files of the classifier share: the phrase tables and the
 * provider-specific rules.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "bounce-types.h"

G_BEGIN_DECLS

/* The SMTP command a server answered, as far as it is known. */
typedef enum
{
  BOUNCE_COMMAND_UNKNOWN,
  BOUNCE_COMMAND_CONN,      /* greeting, before any command */
  BOUNCE_COMMAND_HELO,      /* HELO or EHLO */
  BOUNCE_COMMAND_MAIL,
  BOUNCE_COMMAND_RCPT,
  BOUNCE_COMMAND_DATA,      /* DATA or end of DATA */
} BounceCommand;

/* Everything the rules look at, prepared once per classification. */
typedef struct
{
  const char    *lower;        /* lower-cased diagnostic text, never NULL */
  const char    *status;       /* best enhanced status code, or NULL */
  guint          reply_code;
  BounceCommand  command;
  const char    *provider;
  const char    *action;       /* as given, or NULL */
  BounceReason   hint;         /* from a format-specific phrase, or undefined */
  gboolean       pasted;       /* no message around the text: no action, no known format */
  gboolean       local_program; /* a local delivery program answered (X-Unix) */
  gboolean       checked;      /* @matched is known */
  guint64        matched;      /* bit per BounceReason: table matched */
} BounceFacts;

gboolean      _bounce_phrase_match         (const char        *lower,
                                            const char        *pattern);
guint64       _bounce_reasons_in_text      (const char        *lower);
BounceReason  _bounce_format_reason        (const char        *lower);
BounceReason  _bounce_provider_reason      (const BounceFacts *facts);

G_END_DECLS
