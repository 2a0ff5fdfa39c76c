/* bounce-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-record-private.h"

/* Everything a record hands out is valid UTF-8, whatever the message held:
 * labels, JSON and terminals rely on it, and a scanner that copies raw
 * header bytes (found by fuzzing: X-Failed-Recipients) must not break that: the
 * setters copy strings with _bounce_utf8_dup (). */
#include "bounce-utf8-private.h"

G_DEFINE_FINAL_TYPE (BounceRecord, bounce_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECIPIENT,
  PROP_ORIGINAL_RECIPIENT,
  PROP_ACTION,
  PROP_STATUS,
  PROP_DIAGNOSTIC,
  PROP_REPORTING_MTA,
  PROP_REMOTE_MTA,
  PROP_LAST_ATTEMPT,
  PROP_PROVIDER,
  PROP_REPLY_CODE,
  PROP_REASON,
  PROP_SEVERITY,
  PROP_HARD_BOUNCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bounce_record_finalize (GObject *object)
{
  BounceRecord *self = (BounceRecord *)object;

  g_free (self->recipient);
  g_free (self->original_recipient);
  g_free (self->action);
  g_free (self->status);
  g_free (self->diagnostic);
  g_free (self->reporting_mta);
  g_free (self->remote_mta);
  g_free (self->last_attempt);
  g_free (self->provider);

  G_OBJECT_CLASS (bounce_record_parent_class)->finalize (object);
}

static void
bounce_record_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BounceRecord *self = BOUNCE_RECORD (object);

  switch (prop_id)
    {
    case PROP_RECIPIENT:
      g_value_set_string (value, self->recipient);
      break;

    case PROP_ORIGINAL_RECIPIENT:
      g_value_set_string (value, self->original_recipient);
      break;

    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_DIAGNOSTIC:
      g_value_set_string (value, self->diagnostic);
      break;

    case PROP_REPORTING_MTA:
      g_value_set_string (value, self->reporting_mta);
      break;

    case PROP_REMOTE_MTA:
      g_value_set_string (value, self->remote_mta);
      break;

    case PROP_LAST_ATTEMPT:
      g_value_set_string (value, self->last_attempt);
      break;

    case PROP_PROVIDER:
      g_value_set_string (value, self->provider);
      break;

    case PROP_REPLY_CODE:
      g_value_set_uint (value, self->reply_code);
      break;

    case PROP_REASON:
      g_value_set_string (value, bounce_reason_to_string (self->reason));
      break;

    case PROP_SEVERITY:
      g_value_set_string (value, bounce_severity_to_string (self->severity));
      break;

    case PROP_HARD_BOUNCE:
      g_value_set_boolean (value, self->hard_bounce);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_record_class_init (BounceRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bounce_record_finalize;
  object_class->get_property = bounce_record_get_property;

  properties[PROP_RECIPIENT] =
    g_param_spec_string ("recipient", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORIGINAL_RECIPIENT] =
    g_param_spec_string ("original-recipient", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTION] =
    g_param_spec_string ("action", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_DIAGNOSTIC] =
    g_param_spec_string ("diagnostic", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_REPORTING_MTA] =
    g_param_spec_string ("reporting-mta", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_REMOTE_MTA] =
    g_param_spec_string ("remote-mta", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_LAST_ATTEMPT] =
    g_param_spec_string ("last-attempt", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROVIDER] =
    g_param_spec_string ("provider", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_REPLY_CODE] =
    g_param_spec_uint ("reply-code", NULL, NULL, 0, 999, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* Exposed as strings so list views can sort and filter on them directly. */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SEVERITY] =
    g_param_spec_string ("severity", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_HARD_BOUNCE] =
    g_param_spec_boolean ("hard-bounce", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bounce_record_init (BounceRecord *self)
{
  self->reason = BOUNCE_REASON_UNDEFINED;
  self->severity = BOUNCE_SEVERITY_INFORMATIONAL;
}

BounceRecord *
_bounce_record_new (void)
{
  return g_object_new (BOUNCE_TYPE_RECORD, NULL);
}

const char *
bounce_record_get_recipient (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  return self->recipient;
}

void
_bounce_record_set_recipient (BounceRecord *self,
                              const char   *recipient)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  if (g_strcmp0 (self->recipient, recipient) != 0)
    {
      g_free (self->recipient);
      self->recipient = _bounce_utf8_dup (recipient);
    }
}

const char *
bounce_record_get_original_recipient (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  return self->original_recipient;
}

void
_bounce_record_set_original_recipient (BounceRecord *self,
                                       const char   *original_recipient)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  if (g_strcmp0 (self->original_recipient, original_recipient) != 0)
    {
      g_free (self->original_recipient);
      self->original_recipient = _bounce_utf8_dup (original_recipient);
    }
}

const char *
bounce_record_get_action (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  return self->action;
}

void
_bounce_record_set_action (BounceRecord *self,
                           const char   *action)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  if (g_strcmp0 (self->action, action) != 0)
    {
      g_free (self->action);
      self->action = _bounce_utf8_dup (action);
    }
}

const char *
bounce_record_get_status (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  return self->status;
}

void
_bounce_record_set_status (BounceRecord *self,
                           const char   *status)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  if (g_strcmp0 (self->status, status) != 0)
    {
      g_free (self->status);
      self->status = _bounce_utf8_dup (status);
    }
}

const char *
bounce_record_get_diagnostic (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  return self->diagnostic;
}

void
_bounce_record_set_diagnostic (BounceRecord *self,
                               const char   *diagnostic)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  if (g_strcmp0 (self->diagnostic, diagnostic) != 0)
    {
      g_free (self->diagnostic);
      self->diagnostic = _bounce_utf8_dup (diagnostic);
    }
}

const char *
bounce_record_get_reporting_mta (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  return self->reporting_mta;
}

void
_bounce_record_set_reporting_mta (BounceRecord *self,
                                  const char   *reporting_mta)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  if (g_strcmp0 (self->reporting_mta, reporting_mta) != 0)
    {
      g_free (self->reporting_mta);
      self->reporting_mta = _bounce_utf8_dup (reporting_mta);
    }
}

const char *
bounce_record_get_remote_mta (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  return self->remote_mta;
}

void
_bounce_record_set_remote_mta (BounceRecord *self,
                               const char   *remote_mta)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  if (g_strcmp0 (self->remote_mta, remote_mta) != 0)
    {
      g_free (self->remote_mta);
      self->remote_mta = _bounce_utf8_dup (remote_mta);
    }
}

const char *
bounce_record_get_last_attempt (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  return self->last_attempt;
}

void
_bounce_record_set_last_attempt (BounceRecord *self,
                                 const char   *last_attempt)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  if (g_strcmp0 (self->last_attempt, last_attempt) != 0)
    {
      g_free (self->last_attempt);
      self->last_attempt = _bounce_utf8_dup (last_attempt);
    }
}

const char *
bounce_record_get_provider (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  return self->provider;
}

void
_bounce_record_set_provider (BounceRecord *self,
                             const char   *provider)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  if (g_strcmp0 (self->provider, provider) != 0)
    {
      g_free (self->provider);
      self->provider = _bounce_utf8_dup (provider);
    }
}

guint
bounce_record_get_reply_code (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), 0);

  return self->reply_code;
}

void
_bounce_record_set_reply_code (BounceRecord *self,
                               guint         reply_code)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  self->reply_code = reply_code;
}

BounceReason
bounce_record_get_reason (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), BOUNCE_REASON_UNDEFINED);

  return self->reason;
}

void
_bounce_record_set_reason (BounceRecord *self,
                           BounceReason  reason)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));
  g_return_if_fail (reason < BOUNCE_N_REASONS);

  self->reason = reason;
}

BounceSeverity
bounce_record_get_severity (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), BOUNCE_SEVERITY_INFORMATIONAL);

  return self->severity;
}

void
_bounce_record_set_severity (BounceRecord   *self,
                             BounceSeverity  severity)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  self->severity = severity;
}

gboolean
bounce_record_get_hard_bounce (BounceRecord *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD (self), FALSE);

  return self->hard_bounce;
}

void
_bounce_record_set_hard_bounce (BounceRecord *self,
                                gboolean      hard_bounce)
{
  g_return_if_fail (BOUNCE_IS_RECORD (self));

  self->hard_bounce = !!hard_bounce;
}

/**
 * bounce_record_dup_domain:
 *
 * Returns: (transfer full) (nullable): the lower-cased domain of the recipient
 */
char *
bounce_record_dup_domain (BounceRecord *self)
{
  const char *at;

  g_return_val_if_fail (BOUNCE_IS_RECORD (self), NULL);

  if (self->recipient == NULL || (at = strrchr (self->recipient, '@')) == NULL || at[1] == '\0')
    return NULL;

  return g_ascii_strdown (at + 1, -1);
}
