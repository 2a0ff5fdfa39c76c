/* bounce-utf8-private.h
 *
 * UTF-8 validation for the strings the engine hands out. Nearly all of them
 * are plain ASCII, and g_utf8_validate () goes byte by byte: checking eight
 * bytes at a time first and leaving only the rest to GLib does the same
 * work in a fraction of the instructions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* Whether the @length bytes at @text are valid UTF-8 without a NUL: the
 * answer of g_utf8_validate_len (text, length, NULL). */
static inline gboolean
_bounce_utf8_validate_len (const char *text,
                           gsize       length)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 x;

      memcpy (&x, text + i, 8);
      /* A byte >= 0x80 or a zero byte: GLib decides from here on. The bytes
       * before are ASCII, so @text + i starts a character. */
      if (((x | ((x - ones) & ~x)) & highs) != 0)
        break;
    }

  return g_utf8_validate_len (text + i, length - i, NULL);
}

/* A copy of @text that is valid UTF-8 (invalid sequences replaced), or
 * %NULL for %NULL. */
static inline char *
_bounce_utf8_dup (const char *text)
{
  gsize length;

  if (text == NULL)
    return NULL;

  length = strlen (text);
  if (_bounce_utf8_validate_len (text, length))
    return g_memdup2 (text, length + 1);

  return g_utf8_make_valid (text, length);
}

G_END_DECLS
