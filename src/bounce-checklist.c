/* bounce-checklist.c
 *
 * "What to do": the steps of a verdict as check boxes, with progress, so
 * that a user can work through them and see what is left.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-checklist.h"

struct _BounceChecklist
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkLabel       *progress_label;
  GtkProgressBar *progress_bar;
  GtkListBox     *list_box;

  /* Borrowed: the check button of each step, owned by the rows */
  GPtrArray      *checks;
  char           *progress_text;
  guint           n_done;
};

G_DEFINE_FINAL_TYPE (BounceChecklist, bounce_checklist, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_STEPS,
  PROP_N_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_progress (BounceChecklist *self)
{
  guint n_done = 0;
  guint n_steps = self->checks->len;

  g_assert (BOUNCE_IS_CHECKLIST (self));

  for (guint i = 0; i < n_steps; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);
      GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
      gboolean active = gtk_check_button_get_active (check);

      if (active)
        n_done++;

      if (row != NULL)
        {
          if (active)
            gtk_widget_add_css_class (row, "step-done");
          else
            gtk_widget_remove_css_class (row, "step-done");
        }
    }

  g_free (self->progress_text);
  if (n_steps > 0 && n_done == n_steps)
    self->progress_text = g_strdup (_("All done"));
  else
    /* Translators: progress through the checklist, "2 of 5 done" */
    self->progress_text = g_strdup_printf (_("%u of %u done"), n_done, n_steps);

  gtk_label_set_text (self->progress_label, self->progress_text);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 n_steps > 0 ? (double)n_done / n_steps : 0.0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, self->progress_text,
                                  -1);

  if (self->n_done != n_done)
    {
      self->n_done = n_done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
    }
}

static void
check_toggled_cb (BounceChecklist *self,
                  GtkCheckButton  *check)
{
  g_assert (BOUNCE_IS_CHECKLIST (self));
  g_assert (GTK_IS_CHECK_BUTTON (check));

  update_progress (self);
}

static void
remove_rows (BounceChecklist *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->checks, 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))))
    gtk_list_box_remove (self->list_box, child);
}

static void
bounce_checklist_dispose (GObject *object)
{
  BounceChecklist *self = (BounceChecklist *)object;

  if (self->checks != NULL)
    g_ptr_array_set_size (self->checks, 0);

  /* AdwBin unparents the template's root itself; disposing the template
   * as well would unparent it twice. */

  G_OBJECT_CLASS (bounce_checklist_parent_class)->dispose (object);
}

static void
bounce_checklist_finalize (GObject *object)
{
  BounceChecklist *self = (BounceChecklist *)object;

  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->progress_text, g_free);

  G_OBJECT_CLASS (bounce_checklist_parent_class)->finalize (object);
}

static void
bounce_checklist_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BounceChecklist *self = BOUNCE_CHECKLIST (object);

  switch (prop_id)
    {
    case PROP_N_STEPS:
      g_value_set_uint (value, self->checks->len);
      break;

    case PROP_N_DONE:
      g_value_set_uint (value, self->n_done);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_checklist_class_init (BounceChecklistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_checklist_dispose;
  object_class->finalize = bounce_checklist_finalize;
  object_class->get_property = bounce_checklist_get_property;

  properties[PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/bounce-checklist.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceChecklist, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BounceChecklist, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BounceChecklist, list_box);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bounce_checklist_init (BounceChecklist *self)
{
  self->checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What to do"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Steps to take, each with a check box to mark it done"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Steps done"),
                                  -1);

  update_progress (self);
}

GtkWidget *
bounce_checklist_new (void)
{
  return g_object_new (BOUNCE_TYPE_CHECKLIST, NULL);
}

/**
 * bounce_checklist_set_steps:
 * @self: a #BounceChecklist
 * @steps: (nullable) (array zero-terminated=1): the steps, plain text
 *
 * Replaces the steps; all start unchecked.
 */
void
bounce_checklist_set_steps (BounceChecklist    *self,
                            const char * const *steps)
{
  guint old_n_steps;

  g_return_if_fail (BOUNCE_IS_CHECKLIST (self));

  old_n_steps = self->checks->len;
  remove_rows (self);

  for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *row;
      GtkWidget *check;

      /* Steps can come from emails' context one day: never markup. */
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), steps[i]);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, steps[i],
                                      -1);
      g_signal_connect_object (check, "toggled",
                               G_CALLBACK (check_toggled_cb),
                               self,
                               G_CONNECT_SWAPPED);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_set_name (row, number);
      gtk_list_box_append (self->list_box, row);

      g_ptr_array_add (self->checks, check);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), self->checks->len > 0);

  update_progress (self);

  if (old_n_steps != self->checks->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STEPS]);
}

guint
bounce_checklist_get_n_steps (BounceChecklist *self)
{
  g_return_val_if_fail (BOUNCE_IS_CHECKLIST (self), 0);

  return self->checks->len;
}

guint
bounce_checklist_get_n_done (BounceChecklist *self)
{
  g_return_val_if_fail (BOUNCE_IS_CHECKLIST (self), 0);

  return self->n_done;
}

gboolean
bounce_checklist_get_step_done (BounceChecklist *self,
                                guint            step)
{
  g_return_val_if_fail (BOUNCE_IS_CHECKLIST (self), FALSE);
  g_return_val_if_fail (step < self->checks->len, FALSE);

  return gtk_check_button_get_active (g_ptr_array_index (self->checks, step));
}

void
bounce_checklist_set_step_done (BounceChecklist *self,
                                guint            step,
                                gboolean         done)
{
  g_return_if_fail (BOUNCE_IS_CHECKLIST (self));
  g_return_if_fail (step < self->checks->len);

  gtk_check_button_set_active (g_ptr_array_index (self->checks, step), done);
}

/**
 * bounce_checklist_get_check_button:
 * @self: a #BounceChecklist
 * @step: index of a step
 *
 * Returns: (transfer none): the check button of @step
 */
GtkCheckButton *
bounce_checklist_get_check_button (BounceChecklist *self,
                                   guint            step)
{
  g_return_val_if_fail (BOUNCE_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (step < self->checks->len, NULL);

  return g_ptr_array_index (self->checks, step);
}

const char *
bounce_checklist_get_progress_text (BounceChecklist *self)
{
  g_return_val_if_fail (BOUNCE_IS_CHECKLIST (self), NULL);

  return self->progress_text;
}
