/* bounce-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bounce-record.h"
#include "bounce-report-private.h"

/* Everything a report hands out is valid UTF-8, whatever the message held:
 * labels, JSON and terminals rely on it, and a scanner that copies raw
 * header bytes (found by fuzzing: X-Failed-Recipients) must not break that: the
 * setters copy strings with _bounce_utf8_dup (). */
#include "bounce-utf8-private.h"

G_DEFINE_FINAL_TYPE (BounceReport, bounce_report, G_TYPE_OBJECT)

static void
bounce_report_dispose (GObject *object)
{
  BounceReport *self = (BounceReport *)object;

  g_clear_pointer (&self->records, g_ptr_array_unref);

  G_OBJECT_CLASS (bounce_report_parent_class)->dispose (object);
}

static void
bounce_report_finalize (GObject *object)
{
  BounceReport *self = (BounceReport *)object;

  g_clear_error (&self->error);
  g_clear_error (&self->warning);
  g_free (self->source);
  g_free (self->subject);
  g_free (self->from);
  g_free (self->date);
  g_free (self->human_text);
  g_free (self->original_subject);
  g_free (self->original_date);
  g_free (self->original_from);
  g_free (self->original_to);
  g_free (self->original_message_id);

  G_OBJECT_CLASS (bounce_report_parent_class)->finalize (object);
}

static void
bounce_report_class_init (BounceReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bounce_report_dispose;
  object_class->finalize = bounce_report_finalize;
}

static void
bounce_report_init (BounceReport *self)
{
  /* A plain array rather than a GListStore: a report is made per message,
   * and the store's sequence and signals cost more than the records. */
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
  self->kind = BOUNCE_KIND_NOT_BOUNCE;
  self->reason = BOUNCE_REASON_UNDEFINED;
  self->length = -1;
}

BounceReport *
_bounce_report_new (const char *source,
                    guint       index)
{
  BounceReport *self = g_object_new (BOUNCE_TYPE_REPORT, NULL);

  self->source = g_strdup (source);
  self->index = index;

  return self;
}

const char *
bounce_report_get_source (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->source;
}

/* 1-based position of the message inside its mbox or folder; 1 for a single file. */
guint
bounce_report_get_index (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), 0);

  return self->index;
}

/**
 * bounce_report_get_byte_range:
 * @self: a #BounceReport
 * @offset: (out) (optional): where the message's bytes start, its mbox
 *   "From " line included, counted from where the stream was when it was
 *   given to the analyzer (the start of the file for an mbox file)
 * @length: (out) (optional): how many bytes the message has
 *
 * Where the message was in the stream it was read from. Messages read with
 * bounce_analyzer_analyze_stream(), and the messages of an mbox file (given
 * alone or found in a folder), know it: the bytes from @offset to
 * @offset + @length are exactly that message, and reading them alone with
 * bounce_analyzer_analyze_stream() gives the same report (for a message of
 * an mbox, so does bounce_analyzer_analyze_bytes()). So a batch can keep
 * the range instead of the report and read the message again when it is
 * wanted. A file of a folder that holds a single message, and text or
 * bytes given in memory, have no range.
 *
 * Returns: %TRUE when the range is known
 */
gboolean
bounce_report_get_byte_range (BounceReport *self,
                              goffset      *offset,
                              goffset      *length)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), FALSE);

  if (self->length < 0)
    return FALSE;

  if (offset != NULL)
    *offset = self->offset;
  if (length != NULL)
    *length = self->length;

  return TRUE;
}

void
_bounce_report_set_byte_range (BounceReport *self,
                               goffset       offset,
                               goffset       length)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));
  g_return_if_fail (offset >= 0 && length >= 0);

  self->offset = offset;
  self->length = length;
}

BounceKind
bounce_report_get_kind (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), BOUNCE_KIND_NOT_EMAIL);

  return self->kind;
}

void
_bounce_report_set_kind (BounceReport *self,
                         BounceKind    kind)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  self->kind = kind;
}

/* A bounce is a failure or delay notice; auto-replies, delivery reports,
 * feedback reports and ordinary mail are not. */
gboolean
bounce_report_is_bounce (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), FALSE);

  return self->kind == BOUNCE_KIND_FAILURE || self->kind == BOUNCE_KIND_DELAY;
}

/* The reason of a message that is not a bounce (vacation, delivered, feedback);
 * for bounces each record has its own. */
BounceReason
bounce_report_get_reason (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), BOUNCE_REASON_UNDEFINED);

  return self->reason;
}

void
_bounce_report_set_reason (BounceReport *self,
                           BounceReason  reason)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));
  g_return_if_fail (reason < BOUNCE_N_REASONS);

  self->reason = reason;
}

guint
bounce_report_get_n_records (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), 0);

  return self->records->len;
}

/**
 * bounce_report_get_record:
 *
 * Returns: (transfer none) (nullable): the record at @position
 */
BounceRecord *
bounce_report_get_record (BounceReport *self,
                          guint         position)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  if (position >= self->records->len)
    return NULL;

  return g_ptr_array_index (self->records, position);
}

void
_bounce_report_add_record (BounceReport *self,
                           BounceRecord *record)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));
  g_return_if_fail (BOUNCE_IS_RECORD (record));

  g_ptr_array_add (self->records, g_object_ref (record));
}

const GError *
bounce_report_get_error (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->error;
}

void
_bounce_report_take_error (BounceReport *self,
                           GError       *error)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  g_clear_error (&self->error);
  self->error = error;
}

/**
 * bounce_report_get_warning:
 * @self: a #BounceReport
 *
 * A limit that was reached while the message was read (%BOUNCE_ERROR_TOO_DEEP,
 * %BOUNCE_ERROR_TOO_MANY): the report is valid but incomplete, and the
 * message says what was left out.
 *
 * Returns: (nullable): the warning, or %NULL when everything was read
 */
const GError *
bounce_report_get_warning (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->warning;
}

void
_bounce_report_take_warning (BounceReport *self,
                             GError       *warning)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  g_clear_error (&self->warning);
  self->warning = warning;
}

/* TRUE when the bounce returns a message the user most likely never sent
 * (forged sender, "backscatter"). */
gboolean
bounce_report_get_backscatter (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), FALSE);

  return self->backscatter;
}

void
_bounce_report_set_backscatter (BounceReport *self,
                                gboolean      backscatter)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  self->backscatter = !!backscatter;
}

const char *
bounce_report_get_subject (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->subject;
}

const char *
bounce_report_get_from (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->from;
}

const char *
bounce_report_get_date (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->date;
}

const char *
bounce_report_get_human_text (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->human_text;
}

const char *
bounce_report_get_original_subject (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->original_subject;
}

const char *
bounce_report_get_original_date (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->original_date;
}

const char *
bounce_report_get_original_from (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->original_from;
}

const char *
bounce_report_get_original_to (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->original_to;
}

const char *
bounce_report_get_original_message_id (BounceReport *self)
{
  g_return_val_if_fail (BOUNCE_IS_REPORT (self), NULL);

  return self->original_message_id;
}

void
_bounce_report_set_subject (BounceReport *self,
                            const char   *subject)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  if (g_strcmp0 (self->subject, subject) != 0)
    {
      g_free (self->subject);
      self->subject = _bounce_utf8_dup (subject);
    }
}

void
_bounce_report_set_from (BounceReport *self,
                         const char   *from)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  if (g_strcmp0 (self->from, from) != 0)
    {
      g_free (self->from);
      self->from = _bounce_utf8_dup (from);
    }
}

void
_bounce_report_set_date (BounceReport *self,
                         const char   *date)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  if (g_strcmp0 (self->date, date) != 0)
    {
      g_free (self->date);
      self->date = _bounce_utf8_dup (date);
    }
}

void
_bounce_report_set_human_text (BounceReport *self,
                               const char   *human_text)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  if (g_strcmp0 (self->human_text, human_text) != 0)
    {
      g_free (self->human_text);
      self->human_text = _bounce_utf8_dup (human_text);
    }
}

/* Like _bounce_report_set_human_text(), but takes @human_text, which the
 * caller guarantees is valid UTF-8 (the analyzer's text parts are made so
 * when they are decoded): no second copy of up to 64 KiB per message. */
void
_bounce_report_take_human_text (BounceReport *self,
                                char         *human_text)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  g_free (self->human_text);
  self->human_text = human_text;
}

void
_bounce_report_set_original_subject (BounceReport *self,
                                     const char   *subject)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  if (g_strcmp0 (self->original_subject, subject) != 0)
    {
      g_free (self->original_subject);
      self->original_subject = _bounce_utf8_dup (subject);
    }
}

void
_bounce_report_set_original_date (BounceReport *self,
                                  const char   *date)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  if (g_strcmp0 (self->original_date, date) != 0)
    {
      g_free (self->original_date);
      self->original_date = _bounce_utf8_dup (date);
    }
}

void
_bounce_report_set_original_from (BounceReport *self,
                                  const char   *from)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  if (g_strcmp0 (self->original_from, from) != 0)
    {
      g_free (self->original_from);
      self->original_from = _bounce_utf8_dup (from);
    }
}

void
_bounce_report_set_original_to (BounceReport *self,
                                const char   *to)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  if (g_strcmp0 (self->original_to, to) != 0)
    {
      g_free (self->original_to);
      self->original_to = _bounce_utf8_dup (to);
    }
}

void
_bounce_report_set_original_message_id (BounceReport *self,
                                        const char   *message_id)
{
  g_return_if_fail (BOUNCE_IS_REPORT (self));

  if (g_strcmp0 (self->original_message_id, message_id) != 0)
    {
      g_free (self->original_message_id);
      self->original_message_id = _bounce_utf8_dup (message_id);
    }
}
