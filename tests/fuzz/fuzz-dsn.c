/* fuzz-dsn.c
 *
 * libFuzzer target for the delivery-status field parser. The input is not
 * nul-terminated, as the parser promises to respect @length. The first byte
 * chooses the recipient limit so that the truncation path is reached too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "bounce-dsn.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_group (BounceDsnGroup *group)
{
  g_assert_cmpuint (group->n_fields, <=, group->allocated);

  for (guint i = 0; i < group->n_fields; i++)
    {
      const char *name = group->fields[i].name;
      const char *value = group->fields[i].value;

      g_assert_nonnull (name);
      g_assert_nonnull (value);
      g_assert_nonnull (group->fields[i].type);
      /* Field names are lower-cased ASCII. */
      for (const char *p = name; *p != '\0'; p++)
        g_assert_false (g_ascii_isupper (*p));
      (void) strlen (value);
    }

  (void) bounce_dsn_group_get (group, "final-recipient");
  (void) bounce_dsn_group_get (group, "Diagnostic-Code");
  (void) bounce_dsn_group_get_type (group, "status");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(BounceDsn) dsn = NULL;
  g_autofree char *copy = NULL;
  gboolean truncated = FALSE;
  guint max_recipients;

  /* A critical or a warning on some input is a bug too. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  if (size == 0)
    return 0;

  max_recipients = 1 + data[0] % 16;
  data++, size--;

  /* An exact-size heap copy, not nul-terminated. */
  copy = g_malloc (size > 0 ? size : 1);
  memcpy (copy, data, size);

  dsn = bounce_dsn_parse (copy, size, max_recipients, &truncated);
  g_assert_nonnull (dsn);
  g_assert_nonnull (dsn->message);
  g_assert_cmpuint (dsn->recipients->len, <=, max_recipients);
  if (truncated)
    g_assert_cmpuint (dsn->recipients->len, ==, max_recipients);

  check_group (dsn->message);
  for (guint i = 0; i < dsn->recipients->len; i++)
    check_group (g_ptr_array_index (dsn->recipients, i));

  return 0;
}
