/* explain-bounce.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bounce-core.h"

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  return 0;
}
