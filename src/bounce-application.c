/* bounce-application.c
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-application.h"
#include "bounce-window.h"

struct _BounceApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceApplication, bounce_application, ADW_TYPE_APPLICATION)

#define HELP_URI "help:io.github.bounceexplainer.BounceExplainer"

static BounceWindow *
get_window (BounceApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (BOUNCE_IS_WINDOW (window))
    return BOUNCE_WINDOW (window);

  return bounce_window_new (self);
}

static void
no_help_viewer_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            BounceWindow     *window)
{
  g_assert (ADW_IS_MESSAGE_DIALOG (dialog));

  if (g_strcmp0 (response, "faq") == 0 && BOUNCE_IS_WINDOW (window))
    bounce_window_show_page (window, "faq");
}

static void
bounce_application_help (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  BounceApplication *self = user_data;
  g_autoptr(GAppInfo) viewer = NULL;
  BounceWindow *window;
  GtkWidget *dialog;

  g_assert (BOUNCE_IS_APPLICATION (self));

  window = get_window (self);

  /* Without a help viewer gtk_show_uri() fails silently, which looks like a
   * broken menu item; say what is missing and offer the built-in answers. */
  viewer = g_app_info_get_default_for_uri_scheme ("help");
  if (viewer != NULL)
    {
      gtk_show_uri (GTK_WINDOW (window), HELP_URI, GDK_CURRENT_TIME);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (window),
                                   _("No Help Viewer Installed"),
                                   _("The manual needs a help viewer such as “Help” (Yelp), "
                                     "which is not installed on this computer. "
                                     "Answers to the most common questions are also "
                                     "built into this app."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "faq", _("Show _Questions and Answers"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                              "faq", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "faq");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (no_help_viewer_response_cb),
                           window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
bounce_application_about (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  BounceApplication *self = user_data;
  static const char *developers[] = { "The Bounce Explainer authors", NULL };

  g_assert (BOUNCE_IS_APPLICATION (self));

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Bounce Explainer"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Bounce Explainer authors"),
                         "developers", developers,
                         "comments", _("Explains bounced emails in plain words: what went wrong "
                                       "and what to do next."),
                         "website", "https://github.com/bounceexplainer/bounce-explainer",
                         "issue-url", "https://github.com/bounceexplainer/bounce-explainer/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Bounce Explainer authors",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
bounce_application_quit (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  BounceApplication *self = user_data;
  GList *windows;

  g_assert (BOUNCE_IS_APPLICATION (self));

  /* Close windows first so that each saves its size. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))))
    gtk_window_destroy (windows->data);

  g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "about", bounce_application_about },
  { "help", bounce_application_help },
  { "quit", bounce_application_quit },
};

static void
bounce_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.help", { "F1", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.paste", { "<Control>v", NULL } },
    { "win.copy-summary", { "<Control><Shift>c", NULL } },
    { "win.show-page('explain')", { "<Alt>1", NULL } },
    { "win.show-page('lookup')", { "<Alt>2", "<Control>f", NULL } },
    { "win.show-page('faq')", { "<Alt>3", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };
  BounceApplication *self = (BounceApplication *)app;

  G_APPLICATION_CLASS (bounce_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);
}

static void
bounce_application_activate (GApplication *app)
{
  BounceApplication *self = (BounceApplication *)app;

  gtk_window_present (GTK_WINDOW (get_window (self)));
}

static void
bounce_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  BounceApplication *self = (BounceApplication *)app;
  BounceWindow *window = get_window (self);

  bounce_window_open_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
bounce_application_class_init (BounceApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = bounce_application_startup;
  app_class->activate = bounce_application_activate;
  app_class->open = bounce_application_open;
}

static void
bounce_application_init (BounceApplication *self)
{
}

BounceApplication *
bounce_application_new (void)
{
  return g_object_new (BOUNCE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}
