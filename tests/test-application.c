/* test-application.c
 *
 * The application's actions, accelerators and windows.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bounce-application.h"
#include "bounce-window-private.h"

static void
assert_accel (GtkApplication *app,
              const char     *action,
              const char     *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);

  g_assert_true (g_strv_contains ((const char * const *)accels, accel));
}

static void
test_startup (void)
{
  g_autoptr(BounceApplication) app = bounce_application_new ();
  g_autoptr(GError) error = NULL;
  BounceWindow *window;

  /* No D-Bus name: the test must not meet a running instance. */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (g_application_get_application_id (G_APPLICATION (app)), ==, APP_ID);
  g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), "about") != NULL);
  g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), "help") != NULL);
  g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), "quit") != NULL);

  assert_accel (GTK_APPLICATION (app), "app.help", "F1");
  assert_accel (GTK_APPLICATION (app), "app.quit", "<Control>q");
  assert_accel (GTK_APPLICATION (app), "win.open", "<Control>o");
  assert_accel (GTK_APPLICATION (app), "win.paste", "<Control>v");
  assert_accel (GTK_APPLICATION (app), "win.copy-summary", "<Shift><Control>c");
  assert_accel (GTK_APPLICATION (app), "win.show-page('lookup')", "<Control>f");
  assert_accel (GTK_APPLICATION (app), "win.show-help-overlay", "<Control>question");

  /* The window gets the shortcuts window from the resources. */
  window = bounce_window_new (app);
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == GTK_WINDOW (window) ||
                 gtk_application_get_windows (GTK_APPLICATION (app)) != NULL);

  /* Opening files from the command line reads them into a window. */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "postfix-user-unknown.eml", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    g_application_open (G_APPLICATION (app), &file, 1, "");
    while (_bounce_window_is_busy (window) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (_bounce_window_is_busy (window));
    g_assert_cmpstr (_bounce_window_get_explain_page (window), ==, "verdict");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/application/startup", test_startup);

  return g_test_run ();
}
