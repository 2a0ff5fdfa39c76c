/* bench-batch-view.c
 *
 * Loads an mbox into the batch view, as the app does, and measures what
 * the user would feel: the longest main-loop iteration (time between two
 * polls, wall clock and CPU time of the main thread) and the longest gap
 * between two frames (a tick callback), the time to read everything, the
 * peak memory, and how long
 * Cancel takes to stop a second load. Run by build-aux/bench-batch under
 * Xvfb; prints one "key=value" line.
 *
 * Usage: bench-batch-view [--sorted] [--cancel-after MSEC] MBOX
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "bounce-batch-view.h"

typedef struct
{
  gint64 last_timeout;
  gint64 max_timeout_gap;
  gint64 last_cpu;
  gint64 max_cpu_gap;
  gint64 last_frame;
  gint64 max_frame_gap;
  gboolean measuring;
} Stalls;

static Stalls stalls;

/* Time the main thread itself spent running, whether or not the machine
 * let it run: wall-clock gaps also count time that other processes took. */
static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* GLib polls once per main-loop iteration: the time from one poll's return
 * to the next poll is what one iteration spent dispatching, during which
 * nothing else (input, drawing) could run. */
static gint
measure_poll (GPollFD *fds,
              guint    n_fds,
              gint     timeout)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_usec ();
  gint ret;

  if (stalls.measuring && stalls.last_timeout != 0)
    {
      stalls.max_timeout_gap = MAX (stalls.max_timeout_gap, now - stalls.last_timeout);
      stalls.max_cpu_gap = MAX (stalls.max_cpu_gap, cpu - stalls.last_cpu);
      if (now - stalls.last_timeout > 20000 && g_getenv ("BENCH_VERBOSE"))
        g_printerr ("iteration %.1f ms (cpu %.1f) at %.3f s\n", (now - stalls.last_timeout) / 1e3,
                    (cpu - stalls.last_cpu) / 1e3, now / 1e6);
    }

  ret = g_poll (fds, n_fds, timeout);

  stalls.last_timeout = g_get_monotonic_time ();
  stalls.last_cpu = thread_cpu_usec ();

  return ret;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (stalls.measuring && stalls.last_frame != 0)
    stalls.max_frame_gap = MAX (stalls.max_frame_gap, now - stalls.last_frame);
  stalls.last_frame = now;

  return G_SOURCE_CONTINUE;
}

static gint64 phase_start;

static void
phase_begin_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  phase_start = thread_cpu_usec ();
}

static void
phase_end_cb (GdkFrameClock *clock,
              gpointer       user_data)
{
  gint64 spent = thread_cpu_usec () - phase_start;

  if (spent > 10000 && g_getenv ("BENCH_VERBOSE"))
    g_printerr ("%s took %.1f ms cpu at %.3f s\n", (const char *)user_data, spent / 1e3,
                g_get_monotonic_time () / 1e6);
}

static gint64
peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, "VmHWM:")))
    return -1;

  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

static gint64
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, "VmRSS:")))
    return -1;

  return g_ascii_strtoll (line + strlen ("VmRSS:"), NULL, 10);
}

static void
wait_while_loading (BounceBatchModel *model)
{
  while (bounce_batch_model_get_loading (model))
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  static gboolean sorted;
  static int cancel_after = 2000;
  static int hold = 0;
  static int width = 1000;
  static char *page;
  static gboolean dark;
  static char **inputs;
  static const GOptionEntry entries[] = {
    { "sorted", 0, 0, G_OPTION_ARG_NONE, &sorted, "Sort the table by recipient while loading", NULL },
    { "cancel-after", 0, 0, G_OPTION_ARG_INT, &cancel_after, "Cancel the second load after MSEC", "MSEC" },
    { "hold", 0, 0, G_OPTION_ARG_INT, &hold, "Only load, then show the window for SEC (screenshots)", "SEC" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PX" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "table, summary or remove", "PAGE" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "MBOX" },
    { NULL }
  };
  BounceBatchView *view;
  BounceBatchModel *model;
  GtkWindow *window;
  gint64 rss_before, start, elapsed, cancel_start, cancel_latency;
  gint64 load_timeout_gap, load_frame_gap, load_cpu_gap;
  guint n_messages, n_rows, n_at_cancel;

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || inputs == NULL)
    {
      g_printerr ("usage: bench-batch-view [--sorted] [--cancel-after MSEC] MBOX\n");
      return 2;
    }

  gtk_init ();
  adw_init ();

  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (window, "Batch");
  gtk_window_set_default_size (window, width, 700);
  view = BOUNCE_BATCH_VIEW (bounce_batch_view_new ());
  model = bounce_batch_view_get_model (view);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  if (sorted)
    {
      GtkWidget *child = GTK_WIDGET (view);
      GtkColumnView *column_view = NULL;

      /* Depth-first to the column view. */
      while (child != NULL && column_view == NULL)
        {
          if (GTK_IS_COLUMN_VIEW (child))
            column_view = GTK_COLUMN_VIEW (child);
          else if (gtk_widget_get_first_child (child) != NULL)
            child = gtk_widget_get_first_child (child);
          else
            {
              while (child != NULL && gtk_widget_get_next_sibling (child) == NULL)
                child = gtk_widget_get_parent (child);
              if (child != NULL)
                child = gtk_widget_get_next_sibling (child);
            }
        }
      if (column_view != NULL)
        {
          g_autoptr(GtkColumnViewColumn) column =
            g_list_model_get_item (gtk_column_view_get_columns (column_view), 0);

          gtk_column_view_sort_by_column (column_view, column, GTK_SORT_ASCENDING);
        }
    }

  if (g_getenv ("BENCH_PAGE"))
    bounce_batch_view_show_page (view, g_getenv ("BENCH_PAGE"));
  if (hold > 0)
    {
      gint64 until;

      file = g_file_new_for_commandline_arg (inputs[0]);
      bounce_batch_view_load_files (view, &file, 1);
      if (g_getenv ("BENCH_NO_WAIT") == NULL)
        wait_while_loading (model);
      if (page != NULL)
        bounce_batch_view_show_page (view, page);
      until = g_get_monotonic_time () + hold * G_USEC_PER_SEC;
      while (g_get_monotonic_time () < until)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (10000);
        }
      return 0;
    }

  g_main_context_set_poll_func (NULL, measure_poll);
  gtk_widget_add_tick_callback (GTK_WIDGET (view), tick_cb, NULL, NULL);
  if (g_getenv ("BENCH_VERBOSE"))
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
      /* From the start of one frame to its end, whatever GTK does in it. */
      g_signal_connect (clock, "before-paint", G_CALLBACK (phase_begin_cb), NULL);
      g_signal_connect_after (clock, "after-paint", G_CALLBACK (phase_end_cb), (gpointer)"frame");
    }

  file = g_file_new_for_commandline_arg (inputs[0]);

  /* Warm up: the first rows shown load fonts and build widgets once; that
   * happens in the app on its first page too, and is not what we measure. */
  if (inputs[1] != NULL)
    {
      g_autoptr(GFile) warm_up = g_file_new_for_commandline_arg (inputs[1]);

      bounce_batch_view_load_files (view, &warm_up, 1);
      wait_while_loading (model);
      for (guint i = 0; i < 20; i++)
        g_main_context_iteration (NULL, TRUE);
    }

  rss_before = rss_kib ();

  /* First load: to the end, measuring stalls. */
  stalls.measuring = TRUE;
  start = g_get_monotonic_time ();
  bounce_batch_view_load_files (view, &file, 1);
  wait_while_loading (model);
  elapsed = g_get_monotonic_time () - start;
  /* Let the incremental sort finish too. */
  while (bounce_batch_view_is_filtering (view))
    g_main_context_iteration (NULL, TRUE);
  stalls.measuring = FALSE;
  load_timeout_gap = stalls.max_timeout_gap;
  load_frame_gap = stalls.max_frame_gap;
  load_cpu_gap = stalls.max_cpu_gap;
  n_messages = bounce_batch_model_get_n_messages (model);
  n_rows = g_list_model_get_n_items (bounce_batch_model_get_rows (model));

  /* Second load: Cancel after a while, measure until the view has stopped. */
  bounce_batch_view_load_files (view, &file, 1);
  start = g_get_monotonic_time ();
  while (g_get_monotonic_time () - start < cancel_after * 1000 && bounce_batch_model_get_loading (model))
    g_main_context_iteration (NULL, FALSE);
  cancel_start = g_get_monotonic_time ();
  bounce_batch_view_cancel (view);
  n_at_cancel = bounce_batch_model_get_n_messages (model);
  wait_while_loading (model);
  cancel_latency = g_get_monotonic_time () - cancel_start;

  printf ("messages=%u rows=%u seconds=%.2f messages_per_second=%.0f "
          "max_loop_gap_ms=%.1f max_frame_gap_ms=%.1f max_loop_cpu_ms=%.1f "
          "rss_before_mib=%.1f peak_rss_mib=%.1f "
          "cancel_latency_ms=%.1f cancelled_at=%u cancelled=%s sorted=%s\n",
          n_messages, n_rows, elapsed / 1e6, n_messages / (elapsed / 1e6),
          load_timeout_gap / 1e3, load_frame_gap / 1e3, load_cpu_gap / 1e3,
          rss_before / 1024.0, peak_rss_kib () / 1024.0,
          cancel_latency / 1e3, n_at_cancel,
          bounce_batch_model_get_cancelled (model) ? "yes" : "no",
          sorted ? "yes" : "no");

  gtk_window_destroy (window);
  g_strfreev (inputs);

  return 0;
}
