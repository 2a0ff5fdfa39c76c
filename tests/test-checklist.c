/* test-checklist.c
 *
 * The "What to do" checklist on its own: rows, progress, resets and text
 * that must never be read as markup.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bounce-checklist.h"

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_progress (void)
{
  static const char *steps[] = {
    "Check the <b>spelling</b> & the domain",   /* not markup, and must not warn */
    "Ask the recipient",
    "Send again",
    NULL
  };
  BounceChecklist *checklist = BOUNCE_CHECKLIST (bounce_checklist_new ());
  guint n_done_notifies = 0;

  g_object_ref_sink (checklist);
  g_signal_connect (checklist, "notify::n-done", G_CALLBACK (notify_cb), &n_done_notifies);

  /* Empty: hidden, nothing to do. */
  bounce_checklist_set_steps (checklist, NULL);
  g_assert_cmpuint (bounce_checklist_get_n_steps (checklist), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (checklist)));

  bounce_checklist_set_steps (checklist, steps);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (checklist)));
  g_assert_cmpuint (bounce_checklist_get_n_steps (checklist), ==, 3);
  g_assert_cmpuint (bounce_checklist_get_n_done (checklist), ==, 0);
  g_assert_cmpstr (bounce_checklist_get_progress_text (checklist), ==, "0 of 3 done");

  gtk_widget_activate (GTK_WIDGET (bounce_checklist_get_check_button (checklist, 1)));
  g_assert_cmpuint (bounce_checklist_get_n_done (checklist), ==, 1);
  g_assert_cmpuint (n_done_notifies, ==, 1);
  g_assert_true (bounce_checklist_get_step_done (checklist, 1));
  g_assert_false (bounce_checklist_get_step_done (checklist, 0));
  g_assert_cmpstr (bounce_checklist_get_progress_text (checklist), ==, "1 of 3 done");

  bounce_checklist_set_step_done (checklist, 0, TRUE);
  bounce_checklist_set_step_done (checklist, 2, TRUE);
  g_assert_cmpstr (bounce_checklist_get_progress_text (checklist), ==, "All done");
  g_assert_cmpuint (n_done_notifies, ==, 3);

  /* New steps start unchecked. */
  bounce_checklist_set_steps (checklist, steps + 1);
  g_assert_cmpuint (bounce_checklist_get_n_steps (checklist), ==, 2);
  g_assert_cmpuint (bounce_checklist_get_n_done (checklist), ==, 0);
  g_assert_false (bounce_checklist_get_step_done (checklist, 0));
  g_assert_cmpstr (bounce_checklist_get_progress_text (checklist), ==, "0 of 2 done");

  g_assert_finalize_object (checklist);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/checklist/progress", test_progress);

  return g_test_run ();
}
