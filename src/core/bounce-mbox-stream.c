/* bounce-mbox-stream.c
 *
 * The analyzer reads an mbox from a stream and splits it into messages as
 * it goes (bounce_analyzer_analyze_stream()); it does not say where in the
 * file each message was. The batch view needs that to show one message of
 * a hundred thousand again without keeping its report: this stream sits
 * between the file and the analyzer and splits the bytes passing through
 * by the analyzer's own rules, the same lines in the same order, so the
 * n-th start it notes is the start of the analyzer's n-th message:
 *
 *  - the input is an mbox when its first line starts with "From ";
 *  - a later line starting with "From " begins a new message when the line
 *    before it was blank or it looks like a postmark ("From sender date",
 *    with a time of day);
 *  - the analyzer looks at the first 4096 bytes of a line only. A separator
 *    line longer than that is cut by the analyzer, so the message bytes are
 *    not a plain slice of the file: such messages are marked inexact and
 *    read again by reading the mbox from the start.
 *
 * tests/test-batch.c reads every message of the fixture mboxes back through
 * these offsets and compares the reports with the analyzer's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-mbox-stream.h"

/* As in the analyzer: how much of a line it keeps to look at. */
#define MAX_LINE 4096

typedef struct
{
  goffset  offset;
  gboolean exact;
} Start;

struct _BounceMboxStream
{
  GFilterInputStream  parent_instance;

  GByteArray         *line;        /* the first MAX_LINE bytes of the current line */
  GArray             *starts;      /* Start, of messages first_number, first_number + 1, … */
  guint               first_number;
  goffset             position;    /* bytes passed through */
  goffset             line_start;
  gsize               line_length; /* the whole length of the current line so far */
  guint               first : 1;
  guint               mbox : 1;
  guint               previous_blank : 1;
  guint               at_end : 1;
};

G_DEFINE_FINAL_TYPE (BounceMboxStream, bounce_mbox_stream, G_TYPE_FILTER_INPUT_STREAM)

/* The analyzer's looks_like_postmark(): "From sender Thu Jul  2 12:05:05 2020". */
static gboolean
looks_like_postmark (const guint8 *line,
                     gsize         len)
{
  gsize i = 5;

  if (i >= len || line[i] == ' ' || line[i] == '\t')
    return FALSE;
  while (i < len && line[i] != ' ' && line[i] != '\t' && line[i] != '\n')
    i++;

  for (; i + 5 <= len; i++)
    {
      if (g_ascii_isdigit (line[i]) && g_ascii_isdigit (line[i + 1]) && line[i + 2] == ':' &&
          g_ascii_isdigit (line[i + 3]) && g_ascii_isdigit (line[i + 4]))
        return TRUE;
    }

  return FALSE;
}

static void
add_start (BounceMboxStream *self,
           goffset           offset,
           gboolean          exact)
{
  Start start = { offset, exact };

  g_array_append_val (self->starts, start);
}

/* Follows analyze_stream_at() in bounce-analyzer.c line by line. */
static void
scan (BounceMboxStream *self,
      const guint8     *data,
      gsize             n)
{
  gsize i = 0;

  while (i < n)
    {
      const guint8 *nl = memchr (data + i, '\n', n - i);
      gsize end = nl != NULL ? (gsize) (nl - data) + 1 : n;

      if (self->line->len < MAX_LINE)
        g_byte_array_append (self->line, data + i, MIN (end - i, MAX_LINE - self->line->len));
      self->line_length += end - i;
      self->position += end - i;
      i = end;

      if (nl == NULL)
        break;

      if (self->first)
        {
          self->mbox = self->line->len >= 5 && memcmp (self->line->data, "From ", 5) == 0;
          self->first = FALSE;
        }
      else if (self->mbox && self->line->len >= 5 && memcmp (self->line->data, "From ", 5) == 0 &&
               (self->previous_blank || looks_like_postmark (self->line->data, self->line->len)))
        add_start (self, self->line_start, self->line_length <= MAX_LINE);

      self->previous_blank = self->line->len == 1 ||
                             (self->line->len == 2 && self->line->data[0] == '\r');
      g_byte_array_set_size (self->line, 0);
      self->line_length = 0;
      self->line_start = self->position;
    }
}

static gssize
bounce_mbox_stream_read (GInputStream  *stream,
                         void          *buffer,
                         gsize          count,
                         GCancellable  *cancellable,
                         GError       **error)
{
  BounceMboxStream *self = BOUNCE_MBOX_STREAM (stream);
  GInputStream *base = g_filter_input_stream_get_base_stream (G_FILTER_INPUT_STREAM (stream));
  gssize n;

  n = g_input_stream_read (base, buffer, count, cancellable, error);
  if (n > 0)
    scan (self, buffer, n);
  else if (n == 0)
    self->at_end = TRUE;

  return n;
}

static void
bounce_mbox_stream_finalize (GObject *object)
{
  BounceMboxStream *self = (BounceMboxStream *)object;

  g_clear_pointer (&self->line, g_byte_array_unref);
  g_clear_pointer (&self->starts, g_array_unref);

  G_OBJECT_CLASS (bounce_mbox_stream_parent_class)->finalize (object);
}

static void
bounce_mbox_stream_class_init (BounceMboxStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  object_class->finalize = bounce_mbox_stream_finalize;
  stream_class->read_fn = bounce_mbox_stream_read;
}

static void
bounce_mbox_stream_init (BounceMboxStream *self)
{
  self->line = g_byte_array_new ();
  self->starts = g_array_new (FALSE, FALSE, sizeof (Start));
  self->first = TRUE;
  self->previous_blank = TRUE;
  self->first_number = 1;
  /* The first message starts at the start, mbox or not. */
  add_start (self, 0, TRUE);
}

/**
 * bounce_mbox_stream_new:
 * @base_stream: the file
 *
 * Returns: (transfer full): a stream reading @base_stream
 */
GInputStream *
bounce_mbox_stream_new (GInputStream *base_stream)
{
  g_return_val_if_fail (G_IS_INPUT_STREAM (base_stream), NULL);

  return g_object_new (BOUNCE_TYPE_MBOX_STREAM, "base-stream", base_stream, NULL);
}

/* Whether the first line said "From ": messages are then slices of the file. */
gboolean
bounce_mbox_stream_is_mbox (BounceMboxStream *self)
{
  g_return_val_if_fail (BOUNCE_IS_MBOX_STREAM (self), FALSE);

  return self->mbox;
}

/**
 * bounce_mbox_stream_take_message:
 * @self: a #BounceMboxStream
 * @number: the message's number, counted from 1 as the analyzer's reports
 *   count them (bounce_report_get_index())
 * @offset: (out): where its bytes start, its "From " line included
 * @length: (out): how many bytes it has
 *
 * Tells where message @number is, once the analyzer has reported it, and
 * forgets the messages before it: call it in order.
 *
 * Returns: %FALSE when the message is not a plain slice of the input (or
 *   not known): it must then be read again from the start
 */
gboolean
bounce_mbox_stream_take_message (BounceMboxStream *self,
                                 guint             number,
                                 goffset          *offset,
                                 goffset          *length)
{
  const Start *start;
  guint i;
  goffset end;
  gboolean exact;

  g_return_val_if_fail (BOUNCE_IS_MBOX_STREAM (self), FALSE);
  g_return_val_if_fail (offset != NULL && length != NULL, FALSE);

  if (number < self->first_number || number - self->first_number >= self->starts->len)
    return FALSE;

  i = number - self->first_number;
  start = &g_array_index (self->starts, Start, i);
  exact = start->exact;

  if (i + 1 < self->starts->len)
    {
      const Start *next = &g_array_index (self->starts, Start, i + 1);

      end = next->offset;
      exact = exact && next->exact;
    }
  else if (self->at_end)
    end = self->position;
  else
    return FALSE;

  *offset = start->offset;
  *length = end - start->offset;

  g_array_remove_range (self->starts, 0, i + 1);
  self->first_number = number + 1;

  return exact;
}
