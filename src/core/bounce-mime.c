/* bounce-mime.c
 *
 * Walks the MIME tree of a bounce once and keeps, as UTF-8 text with "\n" line
 * ends, what the rest of the engine reads: the bounce's own headers, its
 * human-readable text, the bodies of its delivery-status parts and the headers
 * of the returned original message. GMime treats message/delivery-status as an
 * opaque leaf; its field groups are parsed later by bounce-dsn.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include "bounce-gmime-autocleanups.h"
#include "bounce-mime.h"
#include "bounce-utf8-private.h"

/* The header and body buffers of a scan, kept per thread from one message
 * to the next: allocating them anew for every message (8 and 4 KiB) made
 * glibc consolidate its free lists each time, touching every small block
 * freed since the previous message. */
typedef struct
{
  GString *headers;
  GString *body;
} ScanBuffers;

/* A buffer that grew past this for a huge message is freed, not kept. */
#define MAX_SPARE_BUFFER (1024 * 1024)

static void
scan_buffers_free (gpointer data)
{
  ScanBuffers *spare = data;

  if (spare->headers != NULL)
    g_string_free (spare->headers, TRUE);
  if (spare->body != NULL)
    g_string_free (spare->body, TRUE);
  g_free (spare);
}

static GPrivate spare_buffers = G_PRIVATE_INIT (scan_buffers_free);

void
bounce_mime_scan_init (BounceMimeScan *scan)
{
  ScanBuffers *spare = g_private_get (&spare_buffers);

  memset (scan, 0, sizeof *scan);
  if (spare != NULL && spare->headers != NULL)
    {
      scan->headers = g_steal_pointer (&spare->headers);
      scan->body = g_steal_pointer (&spare->body);
    }
  else
    {
      /* Sized for a typical bounce's header block and text: growing from a
       * few bytes reallocates several times. */
      scan->headers = g_string_sized_new (4096);
      scan->body = g_string_sized_new (8192);
    }
  scan->dsn_texts = g_ptr_array_new_with_free_func (g_free);
}

/* Keeps @scan's buffers for the next message of this thread, unless a nested
 * scan's are kept already or a huge message grew them past what is worth
 * holding on to. */
static gboolean
keep_buffers (BounceMimeScan *scan)
{
  ScanBuffers *spare = g_private_get (&spare_buffers);

  if (scan->headers == NULL || scan->body == NULL ||
      scan->headers->allocated_len > MAX_SPARE_BUFFER ||
      scan->body->allocated_len > MAX_SPARE_BUFFER)
    return FALSE;

  if (spare == NULL)
    {
      spare = g_new0 (ScanBuffers, 1);
      g_private_set (&spare_buffers, spare);
    }
  else if (spare->headers != NULL)
    return FALSE;

  g_string_truncate (scan->headers, 0);
  g_string_truncate (scan->body, 0);
  spare->headers = g_steal_pointer (&scan->headers);
  spare->body = g_steal_pointer (&scan->body);

  return TRUE;
}

void
bounce_mime_scan_clear (BounceMimeScan *scan)
{
  g_free (scan->subject);
  g_free (scan->from);
  g_free (scan->date);
  if (!keep_buffers (scan))
    {
      if (scan->headers != NULL)
        g_string_free (scan->headers, TRUE);
      if (scan->body != NULL)
        g_string_free (scan->body, TRUE);
    }
  g_free (scan->human_text);
  g_clear_pointer (&scan->dsn_texts, g_ptr_array_unref);
  g_clear_object (&scan->embedded);
  g_free (scan->orig_subject);
  g_free (scan->orig_from);
  g_free (scan->orig_to);
  g_free (scan->orig_date);
  g_free (scan->orig_message_id);
  memset (scan, 0, sizeof *scan);
}

/* Appends @text to @out with CRLF and bare CR turned into LF and NULs
 * dropped, up to @max_length bytes in @out. */
static void
append_normalized (GString    *out,
                   const char *text,
                   gsize       length,
                   gsize       max_length)
{
  const char *p = text;
  const char *end = text + length;

  if (out->len >= max_length)
    return;
  if (length > max_length - out->len)
    end = text + (max_length - out->len);

  while (p < end)
    {
      const char *run = p;
      const char *cr = memchr (p, '\r', end - p);
      const char *nul;

      p = cr != NULL ? cr : end;
      nul = memchr (run, '\0', p - run);
      if (nul != NULL)
        p = nul;
      g_string_append_len (out, run, p - run);

      if (p >= end)
        break;

      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p + 1 < end && p[1] == '\n')
            p++;
        }
      p++;
    }
}

/* Copies @length bytes of @text to @out with ASCII letters lower-cased,
 * eight at a time: g_ascii_strdown() makes a function call per byte and
 * allocates. Bytes >= 0x80 are left as they are, as it does. */
static void
ascii_lower (char       *out,
             const char *text,
             gsize       length)
{
  const guint64 lows = G_GUINT64_CONSTANT (0x7f7f7f7f7f7f7f7f);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 before_a = G_GUINT64_CONSTANT (0x3f3f3f3f3f3f3f3f); /* 0x80 - 'A' */
  const guint64 after_z = G_GUINT64_CONSTANT (0x2525252525252525);  /* 0x7f - 'Z' */
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 x;
      guint64 seven;
      guint64 upper;

      memcpy (&x, text + i, 8);
      /* Per byte, the high bit of (b & 0x7f) + 0x3f is set from 'A' on, that
       * of (b & 0x7f) + 0x25 after 'Z'; neither sum carries into the next
       * byte. Bytes with their own high bit set are left out. */
      seven = x & lows;
      upper = ((seven + before_a) ^ (seven + after_z)) & ~x & highs;
      x |= upper >> 2;
      memcpy (out + i, &x, 8);
    }
  for (; i < length; i++)
    out[i] = g_ascii_tolower (text[i]);
}

/* Makes sure @str holds valid UTF-8. Text without a declared charset that is
 * not UTF-8 is most often Latin-1 (or Windows-1252), so try that first: it
 * keeps accented words readable instead of turning them into U+FFFD. */
static char *
to_utf8 (char     *str,
         gssize    length,
         gboolean  try_latin1)
{
  char *converted;

  if (length < 0)
    length = strlen (str);

  if (_bounce_utf8_validate_len (str, length))
    return str;

  if (try_latin1)
    {
      converted = g_convert (str, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
      if (converted == NULL)
        converted = g_convert (str, length, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
      if (converted != NULL)
        {
          g_free (str);
          return converted;
        }
    }

  converted = g_utf8_make_valid (str, length);
  g_free (str);

  return converted;
}

/* Turns CRLF and bare CR in the @length bytes at @text into LF and drops
 * NULs, in place; returns the new length. The runs between them are moved
 * whole: CRLF text has one per line. */
static gsize
normalize_in_place (char  *text,
                    gsize  length)
{
  const char *in = text;
  const char *end = text + length;
  const char *cr = memchr (in, '\r', end - in);
  const char *nul = memchr (in, '\0', end - in);
  char *out = text;

  /* Most parts have LF line ends and no NULs: nothing to move. */
  if (cr == NULL && nul == NULL)
    return length;

  for (;;)
    {
      const char *stop = end;

      if (cr != NULL && cr < stop)
        stop = cr;
      if (nul != NULL && nul < stop)
        stop = nul;

      if (out != in)
        memmove (out, in, stop - in);
      out += stop - in;
      in = stop;
      if (in == end)
        break;

      if (*in == '\r')
        {
          *out++ = '\n';
          if (in + 1 < end && in[1] == '\n')
            in++;
          in++;
          cr = memchr (in, '\r', end - in);
        }
      else
        {
          in++;
          nul = memchr (in, '\0', end - in);
        }
    }

  return out - text;
}

/* Like append_normalized(), but in place on a buffer that is ours: CRLF
 * and bare CR become LF, NULs go, the text is cut at @max_length and made
 * valid UTF-8. Takes @text (nul-terminated, @length bytes) and returns it or
 * its replacement. */
static char *
normalize_owned (char     *text,
                 gsize     length,
                 gsize     max_length,
                 gboolean  try_latin1)
{
  gsize new_length = normalize_in_place (text, MIN (length, max_length));

  text[new_length] = '\0';

  return to_utf8 (text, new_length, try_latin1);
}

char *
bounce_mime_normalize_text (const char *text,
                            gsize       length,
                            gsize       max_length)
{
  GString *out = g_string_sized_new (MIN (length, max_length) + 1);
  gsize len;

  append_normalized (out, text, length, max_length);
  len = out->len;

  return to_utf8 (g_string_free (out, FALSE), len, TRUE);
}

/* The decoded content of parts that are read and let go at once (text and
 * header parts), and the encoded form of base64 and quoted-printable parts
 * on their way to being decoded, kept per thread from one part to the next:
 * a buffer the size of each part was a large allocation per message, which
 * made glibc consolidate its free lists. One that grew past 1 MiB is not
 * kept. */
#define MAX_SCRATCH (1024 * 1024)

static GPrivate scratch_content = G_PRIVATE_INIT ((GDestroyNotify) g_byte_array_unref);
static GPrivate scratch_encoded = G_PRIVATE_INIT ((GDestroyNotify) g_byte_array_unref);
/* The lower-cased copy of a message's text that find_original_in_text()
 * searches; at most 32 KiB, so always kept. */
static GPrivate scratch_lower = G_PRIVATE_INIT ((GDestroyNotify) g_byte_array_unref);

static GByteArray *
scratch_array (GPrivate *key)
{
  GByteArray *array = g_private_get (key);

  if (array == NULL)
    {
      array = g_byte_array_new ();
      g_private_set (key, array);
    }
  g_byte_array_set_size (array, 0);

  return array;
}

static void
scratch_array_release (GPrivate *key)
{
  GByteArray *array = g_private_get (key);

  if (array != NULL && array->len > MAX_SCRATCH)
    g_private_replace (key, g_byte_array_new ());
}

/* Appends what is left to read of @source to @out. */
static void
append_stream (GByteArray  *out,
               GMimeStream *source)
{
  gint64 hint = g_mime_stream_length (source);
  guint used = out->len;
  gssize n;

  /* Room for the whole stream and one byte more, so that the read which
   * finds the end does not grow the array. */
  g_byte_array_set_size (out, used + (hint > 0 ? (guint) MIN (hint, G_MAXINT32) : 4096) + 1);
  while ((n = g_mime_stream_read (source, (char *) out->data + used, out->len - used)) > 0)
    {
      used += n;
      if (used == out->len)
        g_byte_array_set_size (out, out->len * 2);
    }
  g_byte_array_set_size (out, used);
}

/* Appends the content of @part to @out with its transfer encoding undone and
 * no charset conversion. This is what g_mime_data_wrapper_write_to_stream()
 * does, without the memory stream, filter stream and decoding filter it takes
 * per part: base64 and quoted-printable go through GMime's decoder state
 * machine (GMimeEncoding, the one behind its decoding filter) in one step,
 * other encodings are copied as they are. Uuencoded parts, whose filter also
 * looks for the "begin" line, are left to GMime. */
static void
append_content (GByteArray *out,
                GMimePart  *part)
{
  GMimeDataWrapper *content = g_mime_part_get_content (part);
  GMimeContentEncoding encoding;
  GMimeEncoding decoder;
  GMimeStream *source;
  GByteArray *encoded;
  guint used;
  gsize n;

  if (content == NULL || (source = g_mime_data_wrapper_get_stream (content)) == NULL)
    return;

  encoding = g_mime_data_wrapper_get_encoding (content);
  if (encoding == GMIME_CONTENT_ENCODING_UUENCODE)
    {
      g_autoptr(GMimeStream) stream = g_mime_stream_mem_new_with_byte_array (out);

      g_mime_stream_mem_set_owner (GMIME_STREAM_MEM (stream), FALSE);
      g_mime_stream_seek (stream, 0, GMIME_STREAM_SEEK_END);
      g_mime_data_wrapper_write_to_stream (content, stream);
      return;
    }

  if (g_mime_stream_reset (source) == -1)
    return;

  if (encoding != GMIME_CONTENT_ENCODING_BASE64 &&
      encoding != GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE)
    {
      append_stream (out, source);
      g_mime_stream_reset (source);
      return;
    }

  encoded = scratch_array (&scratch_encoded);
  append_stream (encoded, source);
  g_mime_stream_reset (source);

  g_mime_encoding_init_decode (&decoder, encoding);
  used = out->len;
  g_byte_array_set_size (out, used + g_mime_encoding_outlen (&decoder, encoded->len));
  n = g_mime_encoding_step (&decoder, (const char *) encoded->data, encoded->len,
                            (char *) out->data + used);
  used += n;
  /* What the filter's completion writes: nothing for these two decoders
   * today, but its room is asked for all the same. */
  g_byte_array_set_size (out, used + g_mime_encoding_outlen (&decoder, 0));
  used += g_mime_encoding_flush (&decoder, "", 0, (char *) out->data + used);
  g_byte_array_set_size (out, used);

  scratch_array_release (&scratch_encoded);
}

/* The decoded content of a leaf part (transfer encoding undone, no charset
 * conversion), nul-terminated. */
static char *
part_content (GMimePart *part,
              gsize     *length)
{
  GByteArray *array = g_byte_array_new ();

  append_content (array, part);
  *length = array->len;
  g_byte_array_append (array, (const guint8 *) "", 1);

  return (char *) g_byte_array_free (array, FALSE);
}

/* Like part_content(), but the text lives in the thread's scratch buffer
 * until scratch_release(); only one may be in use at a time. */
static char *
scratch_content_get (GMimePart *part,
                     gsize     *length)
{
  GByteArray *array = scratch_array (&scratch_content);

  append_content (array, part);
  *length = array->len;
  g_byte_array_append (array, (const guint8 *) "", 1);

  return (char *) array->data;
}

static void
scratch_release (void)
{
  scratch_array_release (&scratch_content);
}

/* normalize_owned() for text in the scratch buffer: normalised in place and
 * returned as it is when it is UTF-8 already (most bounces), otherwise as a
 * converted copy in *@owned. */
static const char *
normalize_scratch (char     *text,
                   gsize     length,
                   gsize     max_length,
                   char    **owned)
{
  gsize new_length = normalize_in_place (text, MIN (length, max_length));

  *owned = NULL;
  text[new_length] = '\0';

  if (_bounce_utf8_validate_len (text, new_length))
    return text;

  *owned = to_utf8 (g_strndup (text, new_length), new_length, TRUE);

  return *owned;
}

static gboolean
charset_is_utf8_compatible (const char *charset)
{
  return charset == NULL ||
         g_ascii_strcasecmp (charset, "us-ascii") == 0 ||
         g_ascii_strcasecmp (charset, "ascii") == 0 ||
         g_ascii_strcasecmp (charset, "utf-8") == 0 ||
         g_ascii_strcasecmp (charset, "utf8") == 0;
}

/* The conversion descriptors of the last few charsets converted by this
 * thread, most recent first: opening one looks the charset up in iconv's
 * module tables, and a mailbox's bounces come in a handful of charsets. */
#define N_CACHED_ICONV 4

typedef struct
{
  char    *charset;
  iconv_t  cd;
} CachedIconv;

typedef struct
{
  CachedIconv entries[N_CACHED_ICONV];
  guint       n_entries;
} IconvCache;

static void
cached_iconv_clear (CachedIconv *cached)
{
  if (cached->cd != (iconv_t) -1)
    g_mime_iconv_close (cached->cd);
  g_free (cached->charset);
}

static void
iconv_cache_free (gpointer data)
{
  IconvCache *cache = data;

  for (guint i = 0; i < cache->n_entries; i++)
    cached_iconv_clear (&cache->entries[i]);
  g_free (cache);
}

static GPrivate iconv_cache = G_PRIVATE_INIT (iconv_cache_free);

/* A descriptor from @charset to UTF-8 in its initial state, or (iconv_t) -1
 * when iconv does not know @charset. Owned by the thread. */
static iconv_t
iconv_to_utf8 (const char *charset)
{
  IconvCache *cache = g_private_get (&iconv_cache);
  CachedIconv found;
  guint i;

  if (cache == NULL)
    {
      cache = g_new0 (IconvCache, 1);
      g_private_set (&iconv_cache, cache);
    }

  for (i = 0; i < cache->n_entries; i++)
    if (strcmp (cache->entries[i].charset, charset) == 0)
      break;

  if (i < cache->n_entries)
    {
      found = cache->entries[i];
      if (found.cd != (iconv_t) -1)
        iconv (found.cd, NULL, NULL, NULL, NULL);
    }
  else
    {
      /* The least recently used one makes room. */
      if (cache->n_entries == N_CACHED_ICONV)
        cached_iconv_clear (&cache->entries[--i]);
      else
        cache->n_entries++;
      found.charset = g_strdup (charset);
      found.cd = g_mime_iconv_open ("UTF-8", charset);
    }

  memmove (&cache->entries[1], &cache->entries[0], i * sizeof cache->entries[0]);
  cache->entries[0] = found;

  return found.cd;
}

/* The content of @part converted from @charset to UTF-8, nul-terminated,
 * with *@length up to its first NUL: what g_mime_text_part_get_text() gives,
 * without its memory stream, filter streams and filters. As GMime's charset
 * filter does, an invalid byte is skipped, an incomplete sequence at the end
 * is dropped and a charset that iconv does not know leaves the content as it
 * is; the conversion runs over the decoded content in one go rather than in
 * 4 KiB pieces, which comes to the same. */
static char *
text_part_convert (GMimePart  *part,
                   const char *charset,
                   gsize      *length)
{
  GByteArray *decoded = scratch_array (&scratch_content);
  iconv_t cd = iconv_to_utf8 (charset);
  char *inptr;
  gsize inleft;
  char *out;
  char *outptr;
  gsize size;
  gsize outleft;

  append_content (decoded, part);

  if (cd == (iconv_t) -1)
    {
      out = g_strndup ((const char *) decoded->data, decoded->len);
      scratch_release ();
      *length = strlen (out);
      return out;
    }

  inptr = (char *) decoded->data;
  inleft = decoded->len;
  size = inleft + inleft / 2 + 16;
  out = g_malloc (size);
  outptr = out;
  outleft = size - 1;   /* room for the terminator */

  for (;;)
    {
      gboolean flushing = inleft == 0;

      if (g_mime_iconv (cd, flushing ? NULL : &inptr, flushing ? NULL : &inleft,
                        &outptr, &outleft) != (size_t) -1)
        {
          if (flushing)
            break;
          continue;
        }

      if (errno == E2BIG)
        {
          gsize used = outptr - out;

          size = size * 2 + 16;
          out = g_realloc (out, size);
          outptr = out + used;
          outleft = size - 1 - used;
        }
      else if (errno == EILSEQ && !flushing)
        {
          inptr++;
          inleft--;
        }
      else if (!flushing)
        inleft = 0;   /* EINVAL: an incomplete sequence at the end */
      else
        break;
    }
  *outptr = '\0';
  scratch_release ();

  *length = strlen (out);

  return out;
}

/* A text part as UTF-8 with "\n" line ends. ASCII and UTF-8 parts (most
 * bounces) are only decoded from their transfer encoding and validated;
 * other charsets go through GMime's conversion. Text that is not what it
 * claims to be falls back to Latin-1, the usual culprit. */
static char *
text_part_utf8 (GMimeTextPart *part)
{
  g_autofree char *raw = NULL;
  const char *charset;
  gsize raw_length;

  charset = g_mime_object_get_content_type_parameter (GMIME_OBJECT (part), "charset");

  if (charset_is_utf8_compatible (charset))
    raw = part_content (GMIME_PART (part), &raw_length);
  else if (g_mime_part_get_content (GMIME_PART (part)) == NULL)
    return g_strdup ("");
  else
    raw = text_part_convert (GMIME_PART (part), charset, &raw_length);

  return normalize_owned (g_steal_pointer (&raw), raw_length, BOUNCE_MIME_MAX_BODY,
                          charset_is_utf8_compatible (charset));
}

/* Crude HTML to text for bounces that only come as HTML: tags dropped, block
 * ends turned into line breaks, a handful of entities decoded. One pass. */
static char *
html_to_text (const char *html)
{
  GString *out = g_string_new (NULL);
  const char *p = html;

  while (*p != '\0')
    {
      if (*p == '<')
        {
          const char *tag = p + 1;
          const char *close = strchr (p, '>');

          if (close == NULL)
            break;

          if (*tag == '/')
            tag++;
          if (g_ascii_strncasecmp (tag, "br", 2) == 0 ||
              g_ascii_strncasecmp (tag, "p", 1) == 0 ||
              g_ascii_strncasecmp (tag, "div", 3) == 0 ||
              g_ascii_strncasecmp (tag, "tr", 2) == 0 ||
              g_ascii_strncasecmp (tag, "li", 2) == 0 ||
              g_ascii_strncasecmp (tag, "h", 1) == 0)
            g_string_append_c (out, '\n');
          else if (g_ascii_strncasecmp (tag, "td", 2) == 0)
            g_string_append_c (out, ' ');

          /* Skip the contents of style and script elements. */
          if (g_ascii_strncasecmp (p, "<style", 6) == 0 ||
              g_ascii_strncasecmp (p, "<script", 7) == 0)
            {
              const char *found = NULL;

              for (const char *q = close; *q != '\0'; q++)
                if (*q == '<' && q[1] == '/' &&
                    (g_ascii_strncasecmp (q + 2, "style", 5) == 0 ||
                     g_ascii_strncasecmp (q + 2, "script", 6) == 0))
                  {
                    found = q;
                    break;
                  }
              /* Unclosed: the rest is style or script. Stopping here also
               * keeps a run of "<style>" tags from rescanning the text to
               * its end once per tag (quadratic time). */
              if (found == NULL)
                break;
              close = strchr (found, '>');
              if (close == NULL)
                break;
            }

          p = close + 1;
          continue;
        }

      if (*p == '&')
        {
          static const struct { const char *name; const char *text; } entities[] = {
            { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
            { "&nbsp;", " " }, { "&#39;", "'" }, { "&apos;", "'" },
          };
          gboolean done = FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
            {
              gsize n = strlen (entities[i].name);

              if (g_ascii_strncasecmp (p, entities[i].name, n) == 0)
                {
                  g_string_append (out, entities[i].text);
                  p += n;
                  done = TRUE;
                  break;
                }
            }
          if (done)
            continue;
        }

      if (*p == '\r')
        {
          p++;
          continue;
        }

      g_string_append_c (out, *p);
      p++;
    }

  return g_string_free (out, FALSE);
}

/* Domain part of an address, lower-cased, or NULL. */
static char *
address_domain (const char *address)
{
  const char *at;
  const char *end;

  if (address == NULL || (at = strrchr (address, '@')) == NULL)
    return NULL;

  at++;
  end = at;
  while (*end != '\0' && *end != '>' && *end != ' ' && *end != ';' && *end != ')')
    end++;
  if (end == at)
    return NULL;

  return g_ascii_strdown (at, end - at);
}

/* The last '.' before @end at or after @start, or NULL. */
static const char *
last_dot (const char *start,
          const char *end)
{
  for (const char *p = end - 1; p >= start; p--)
    if (*p == '.')
      return p;

  return NULL;
}

/* The organisational part of the host name of @length bytes at @domain (it
 * ends where @domain does): the last two labels, or three when the
 * second-level label is a short public one ("example.co.uk"). */
static const char *
org_domain_len (const char *domain,
                gsize       length)
{
  const char *end = domain + length;
  const char *last = last_dot (domain, end);
  const char *second;
  const char *third;

  if (last == NULL || (second = last_dot (domain, last)) == NULL)
    return domain;

  /* example.co.uk, example.com.au */
  if (end - (last + 1) == 2 && (last - second - 1) <= 3)
    {
      third = last_dot (domain, second);
      return third != NULL ? third + 1 : domain;
    }

  return second + 1;
}

static const char *
org_domain (const char *domain)
{
  return org_domain_len (domain, strlen (domain));
}

static gboolean
domains_related (const char *a,
                 const char *b)
{
  if (a == NULL || b == NULL)
    return FALSE;

  return g_ascii_strcasecmp (org_domain (a), org_domain (b)) == 0;
}

/* A header value for display: RFC 2047 words decoded, white space folded,
 * valid UTF-8. */
static char *
decode_value (const char *raw)
{
  gboolean encoded;
  char *decoded;

  if (raw == NULL)
    return NULL;

  /* Only encoded words need GMime's decoder. Other values are trimmed
   * before they are copied, and need no g_strstrip() after: neither the
   * conversion to UTF-8 nor the folding of white space below adds or removes
   * white space at the ends. */
  encoded = strstr (raw, "=?") != NULL;
  if (encoded)
    decoded = to_utf8 (g_mime_utils_header_decode_text (NULL, raw), -1, TRUE);
  else
    {
      const char *end = raw + strlen (raw);

      while (g_ascii_isspace (*raw))
        raw++;
      while (end > raw && g_ascii_isspace (end[-1]))
        end--;
      decoded = to_utf8 (g_strndup (raw, end - raw), end - raw, TRUE);
    }

  for (char *p = strpbrk (decoded, "\n\r\t"); p != NULL; p = strpbrk (p + 1, "\n\r\t"))
    *p = ' ';

  return encoded ? g_strstrip (decoded) : decoded;
}

/* Whether @c ends an address on its left, or on its right: the characters
 * that first_address() stops at. */
static inline gboolean
is_address_start_stop (char c)
{
  return c == ' ' || c == '\t' || c == '<' || c == ',' || c == ';' || c == ':' ||
         c == '"' || c == '(';
}

static inline gboolean
is_address_end_stop (char c)
{
  return c == ' ' || c == '\t' || c == '>' || c == ',' || c == ';' || c == '"' || c == ')';
}

/* The first address of an address header ("Name <a@b>", "a@b (Name)"). */
static char *
first_address (const char *value)
{
  const char *at;
  const char *start;
  const char *end;

  if (value == NULL || (at = strchr (value, '@')) == NULL)
    return NULL;

  start = at;
  while (start > value && !is_address_start_stop (start[-1]))
    start--;
  end = at;
  while (*end != '\0' && !is_address_end_stop (*end))
    end++;

  return g_strndup (start, end - start);
}

/* The headers of the returned original that matter, gathered in one pass
 * from a GMimeHeaderList or from a header block quoted as text. */
typedef struct
{
  char     *subject;
  char     *from;
  char     *to;
  char     *cc;
  char     *date;
  char     *message_id;
  char     *dkim_domains[16]; /* d= of the first DKIM-Signatures, lower-cased */
  guint     n_dkim_domains;
  char     *received;         /* the last of the first 64 Received values */
  guint     n_received;
} Original;

static void
original_clear (Original *o)
{
  g_free (o->subject);
  g_free (o->from);
  g_free (o->to);
  g_free (o->cc);
  g_free (o->date);
  g_free (o->message_id);
  for (guint i = 0; i < o->n_dkim_domains; i++)
    g_free (o->dkim_domains[i]);
  g_free (o->received);
}

static void
set_once (char       **field,
          const char  *value,
          gsize        length)
{
  if (*field == NULL)
    *field = g_strndup (value, length);
}

/* Whether the header name of @length bytes at @name is @known, in any case. */
static inline gboolean
name_is (const char *name,
         gsize       length,
         const char *known)
{
  return length == strlen (known) && g_ascii_strncasecmp (name, known, length) == 0;
}

/* Takes the header @name (@name_length bytes) with the value of
 * @value_length bytes at @value (neither needs a terminator) into @o. */
static void
original_add (Original   *o,
              const char *name,
              gsize       name_length,
              const char *value,
              gsize       value_length)
{
  if (value == NULL || name_length == 0)
    return;

  switch (g_ascii_tolower (name[0]))
    {
    case 's':
      if (name_is (name, name_length, "Subject"))
        set_once (&o->subject, value, value_length);
      break;

    case 'f':
      if (name_is (name, name_length, "From"))
        set_once (&o->from, value, value_length);
      break;

    case 't':
      if (name_is (name, name_length, "To"))
        set_once (&o->to, value, value_length);
      break;

    case 'c':
      if (name_is (name, name_length, "Cc"))
        set_once (&o->cc, value, value_length);
      break;

    case 'm':
      if (name_is (name, name_length, "Message-ID"))
        set_once (&o->message_id, value, value_length);
      break;

    case 'r':
      /* Only the last one (the first hop) is read, and only when the
       * other signs point that way: it is lower-cased then. */
      if (name_is (name, name_length, "Received") && o->n_received < 64)
        {
          g_free (o->received);
          o->received = g_strndup (value, value_length);
          o->n_received++;
        }
      break;

    case 'd':
      if (name_is (name, name_length, "Date"))
        set_once (&o->date, value, value_length);
      else if (name_is (name, name_length, "DKIM-Signature") &&
               o->n_dkim_domains < G_N_ELEMENTS (o->dkim_domains))
        {
          g_autofree char *signature = g_strndup (value, value_length);
          const char *d = signature;

          /* The d= tag, not the "d=" inside bh= or b= values. */
          while ((d = strstr (d, "d=")) != NULL)
            {
              if (d == signature || d[-1] == ';' || d[-1] == ' ' || d[-1] == '\t' || d[-1] == '\n')
                break;
              d += 2;
            }
          if (d != NULL)
            {
              const char *e = d + 2;

              while (*e != '\0' && *e != ';' && !g_ascii_isspace (*e))
                e++;
              o->dkim_domains[o->n_dkim_domains++] = g_ascii_strdown (d + 2, e - d - 2);
            }
        }
      break;

    default:
      break;
    }
}

/* The distinct organisational domains of the addresses in To and Cc, as
 * pieces of the header values (compared without regard to case): at most
 * 256 comma-separated parts per header are read. */
typedef struct
{
  const char *start[512];
  gsize       length[512];
  guint       n;
} DomainSet;

/* Adds the organisational domain of the first address in each part of
 * @value: first_address() and address_domain() on the part, without copying
 * it. */
static void
count_domains (const char *value,
               DomainSet  *domains)
{
  const char *p = value;

  if (value == NULL)
    return;

  /* The comma-separated parts, the 256th holding the rest as with
   * g_strsplit (value, ",", 256). */
  for (guint i = 0; p != NULL; i++)
    {
      const char *comma = i < 255 ? strchr (p, ',') : NULL;
      const char *part_end = comma != NULL ? comma : p + strlen (p);
      const char *at = memchr (p, '@', part_end - p);
      const char *start;
      const char *end;
      const char *domain;
      gsize length;

      if (at != NULL)
        {
          start = at;
          while (start > p && !is_address_start_stop (start[-1]))
            start--;
          end = at;
          while (end < part_end && !is_address_end_stop (*end))
            end++;

          /* The domain is what follows the address's last '@'. */
          at = end - 1;
          while (*at != '@')
            at--;
          domain = org_domain_len (at + 1, end - at - 1);
          length = end - domain;

          if (length > 0)
            {
              guint j;

              for (j = 0; j < domains->n; j++)
                if (domains->length[j] == length &&
                    g_ascii_strncasecmp (domains->start[j], domain, length) == 0)
                  break;
              if (j == domains->n && domains->n < G_N_ELEMENTS (domains->start))
                {
                  domains->start[domains->n] = domain;
                  domains->length[domains->n] = length;
                  domains->n++;
                }
            }
        }
      p = comma != NULL ? comma + 1 : NULL;
    }
}

/* Whether the "from" clause of a Received header names a consumer or
 * unresolved address (the home computers that spam bots run on) rather than
 * a mail server. */
static gboolean
received_from_dynamic_host (const char *received)
{
  static const char * const tokens[] = {
    "unknown [", "(unknown", "dsl", "dynamic", "dyn-", "dhcp", "pool", "ppp", "cable",
    "broadband", "customer", "dialup", "dial-up",
  };
  gsize length = strlen (received);
  g_autofree char *clause = g_malloc (length + 1);
  char *by;

  ascii_lower (clause, received, length);
  clause[length] = '\0';
  if ((by = strstr (clause, " by ")) != NULL)
    *by = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    if (strstr (clause, tokens[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Backscatter: a bounce of a message that you never sent, because a spammer
 * forged your address as the sender. The heuristic is deliberately cautious
 * and only looks at the returned original's headers:
 *
 *  - no DKIM-Signature whose d= is the From domain (real mail from a domain
 *    today is nearly always signed by it), and
 *  - either the message entered the mail system from a consumer or unresolved
 *    host (the first Received header) with a Message-ID that is not of the
 *    From domain: it was made by a bot, not by the sender's mail system,
 *  - or the original went to five or more unrelated domains at once, the shape
 *    of a spam run rather than of a person's message.
 *
 * Mail sent through a provider for a custom domain (Microsoft 365, Google,
 * Zoho: provider Message-IDs and Received hosts, sometimes no DKIM of the
 * domain) does not match, because its first hop is a mail server. Without
 * the original's headers nothing is claimed. */
static gboolean
original_looks_forged (Original *o,
                       guint     n_domains)
{
  g_autofree char *from_addr = first_address (o->from);
  g_autofree char *from_domain = address_domain (from_addr);
  g_autofree char *msgid_domain = NULL;

  if (from_domain == NULL)
    return FALSE;

  for (guint i = 0; i < o->n_dkim_domains; i++)
    if (domains_related (o->dkim_domains[i], from_domain))
      return FALSE;

  if (n_domains >= 5)
    return TRUE;

  if (o->received == NULL || !received_from_dynamic_host (o->received))
    return FALSE;

  msgid_domain = address_domain (o->message_id);

  return msgid_domain == NULL || !domains_related (msgid_domain, from_domain);
}

static void
original_take (BounceMimeScan *scan,
               Original       *o)
{
  DomainSet domains;

  if (o->subject == NULL && o->from == NULL && o->to == NULL && o->message_id == NULL)
    return;

  scan->have_original = TRUE;
  scan->orig_subject = decode_value (o->subject);
  scan->orig_from = decode_value (o->from);
  scan->orig_to = decode_value (o->to);
  scan->orig_date = decode_value (o->date);

  if (o->message_id != NULL)
    {
      const char *p = o->message_id;
      const char *e;

      while (g_ascii_isspace (*p) || *p == '<')
        p++;
      e = p;
      while (*e != '\0' && *e != '>' && !g_ascii_isspace (*e))
        e++;
      if (e > p)
        scan->orig_message_id = to_utf8 (g_strndup (p, e - p), -1, FALSE);
    }

  domains.n = 0;
  count_domains (o->to, &domains);
  count_domains (o->cc, &domains);
  scan->orig_n_domains = domains.n;

  scan->orig_backscatter = original_looks_forged (o, scan->orig_n_domains);
}

static void
original_init (Original *o)
{
  memset (o, 0, sizeof *o);
}

static void
take_original (BounceMimeScan *scan,
               GMimeMessage   *original)
{
  GMimeHeaderList *headers;
  Original o;
  int count;

  if (scan->have_original)
    return;

  original_init (&o);
  headers = g_mime_object_get_header_list (GMIME_OBJECT (original));
  count = g_mime_header_list_get_count (headers);
  for (int i = 0; i < count; i++)
    {
      GMimeHeader *header = g_mime_header_list_get_header_at (headers, i);

      const char *name = g_mime_header_get_name (header);
      const char *value = g_mime_header_get_raw_value (header);

      if (value != NULL)
        original_add (&o, name, strlen (name), value, strlen (value));
    }

  original_take (scan, &o);
  original_clear (&o);
}

/* text/rfc822-headers, message/global-headers, or a header block found in the
 * text ("Name: value" lines, folded), read without building a message. */
static void
take_original_headers (BounceMimeScan *scan,
                       const char     *text,
                       gsize           length)
{
  g_autoptr(GString) folded = NULL;
  const char *name = NULL;
  gsize name_length = 0;
  const char *value = NULL;      /* in @text, or folded->str */
  gsize value_length = 0;
  const char *p = text;
  const char *end = text + length;
  Original o;

  if (scan->have_original)
    return;

  original_init (&o);

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line_end = eol != NULL ? eol : end;
      const char *colon;

      if (line_end == p)
        break; /* the blank line after the header block */

      if ((*p == ' ' || *p == '\t') && name != NULL)
        {
          /* A folded value is joined in a buffer of its own; one on a
           * single line is read where it is. */
          if (value_length < 8192)
            {
              if (folded == NULL)
                folded = g_string_sized_new (256);
              if (value != folded->str)
                {
                  g_string_truncate (folded, 0);
                  g_string_append_len (folded, value, value_length);
                }
              g_string_append_len (folded, p, line_end - p);
              value = folded->str;
              value_length = folded->len;
            }
        }
      else
        {
          if (name != NULL)
            original_add (&o, name, name_length, value, value_length);
          name = NULL;

          colon = memchr (p, ':', line_end - p);
          if (colon != NULL && colon > p && colon - p < 80)
            {
              name = p;
              name_length = colon - p;
              value = colon + 1;
              value_length = MIN (line_end - colon - 1, 8192);
            }
        }

      p = eol != NULL ? eol + 1 : end;
    }

  if (name != NULL)
    original_add (&o, name, name_length, value, value_length);

  original_take (scan, &o);
  original_clear (&o);
}

/* The media type and subtype of a part, read once: walk () asks up to eight
 * questions of each leaf, and g_mime_content_type_is_type () checks its
 * argument's class and compares both names every time. */
typedef struct
{
  const char *media;
  const char *sub;
} MediaType;

static void
media_type_init (MediaType        *mt,
                 GMimeContentType *type)
{
  mt->media = type != NULL ? g_mime_content_type_get_media_type (type) : NULL;
  mt->sub = type != NULL ? g_mime_content_type_get_media_subtype (type) : NULL;
}

static inline char
lower_byte (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* What g_mime_content_type_is_type () says for @media and @sub, lower-case
 * names without wildcards; the first letters rule out most without a call. */
static inline gboolean
is_type (const MediaType *mt,
         const char      *media,
         const char      *sub)
{
  return mt->media != NULL && mt->sub != NULL &&
         lower_byte (mt->media[0]) == media[0] && lower_byte (mt->sub[0]) == sub[0] &&
         g_ascii_strcasecmp (mt->media, media) == 0 && g_ascii_strcasecmp (mt->sub, sub) == 0;
}

static void
add_text (BounceMimeScan *scan,
          const char     *text)
{
  gsize len = strlen (text);

  if (scan->human_text == NULL && !scan->skip_human_text)
    {
      /* @text is valid UTF-8 already: only the cut must not split a character. */
      const char *end = text + MIN (len, BOUNCE_MIME_MAX_HUMAN);

      if (len > BOUNCE_MIME_MAX_HUMAN)
        end = g_utf8_find_prev_char (text, end + 1);
      scan->human_text = g_strndup (text, end - text);
    }

  if (scan->body->len > 0 && scan->body->str[scan->body->len - 1] != '\n')
    g_string_append_c (scan->body, '\n');
  if (scan->body->len < BOUNCE_MIME_MAX_BODY)
    g_string_append_len (scan->body, text, MIN (len, BOUNCE_MIME_MAX_BODY - scan->body->len));
}

/* Appends "Name:value" to @out, the value normalised as by
 * append_normalized() up to BOUNCE_MIME_MAX_BODY bytes in @out, and a line
 * break unless the value ends with one. A value without a CR that fits is
 * copied with the name in one go. */
static void
append_header_line (GString    *out,
                    const char *name,
                    gsize       name_length,
                    const char *raw,
                    gsize       raw_length)
{
  gsize start = out->len;
  gsize end = start + name_length + 1 + raw_length;

  if (end <= BOUNCE_MIME_MAX_BODY && memchr (raw, '\r', raw_length) == NULL &&
      memchr (raw, '\0', raw_length) == NULL)
    {
      g_string_set_size (out, end + 1);
      memcpy (out->str + start, name, name_length);
      out->str[start + name_length] = ':';
      memcpy (out->str + start + name_length + 1, raw, raw_length);
      if (out->str[end - 1] != '\n')
        out->str[end++] = '\n';
      g_string_truncate (out, end);
      return;
    }

  g_string_append_len (out, name, name_length);
  g_string_append_c (out, ':');
  append_normalized (out, raw, raw_length, BOUNCE_MIME_MAX_BODY);
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
}

typedef struct
{
  BounceMimeScan *scan;
  guint           max_depth;
  GMimeTextPart  *first_html;   /* borrowed */
  guint           n_text;
} Walk;

static void
walk (Walk        *w,
      GMimeObject *object,
      guint        depth)
{
  GMimeContentType *type = g_mime_object_get_content_type (object);
  MediaType mt;

  if (depth > w->max_depth)
    {
      w->scan->too_deep = TRUE;
      return;
    }

  media_type_init (&mt, type);

  if (GMIME_IS_MULTIPART (object))
    {
      GMimeMultipart *multipart = GMIME_MULTIPART (object);
      int n = g_mime_multipart_get_count (multipart);

      if (is_type (&mt, "multipart", "report"))
        {
          const char *report_type = g_mime_content_type_get_parameter (type, "report-type");

          if (report_type != NULL && g_ascii_strcasecmp (report_type, "feedback-report") == 0)
            w->scan->feedback = TRUE;
          else if (report_type != NULL &&
                   (g_ascii_strcasecmp (report_type, "delivery-status") == 0 ||
                    g_ascii_strcasecmp (report_type, "global-delivery-status") == 0))
            w->scan->is_report = TRUE;
        }

      for (int i = 0; i < n; i++)
        walk (w, g_mime_multipart_get_part (multipart, i), depth + 1);

      /* A multipart whose boundary never shows up (PMDF does this) has all
       * of its text in the prologue. */
      if (n == 0)
        {
          const char *prologue = g_mime_multipart_get_prologue (multipart);
          const char *epilogue = g_mime_multipart_get_epilogue (multipart);

          if (prologue != NULL)
            {
              g_autofree char *text = bounce_mime_normalize_text (prologue, strlen (prologue),
                                                                  BOUNCE_MIME_MAX_BODY);
              add_text (w->scan, text);
              w->n_text++;
            }
          if (epilogue != NULL)
            {
              g_autofree char *text = bounce_mime_normalize_text (epilogue, strlen (epilogue),
                                                                  BOUNCE_MIME_MAX_BODY);
              add_text (w->scan, text);
              w->n_text++;
            }
        }

      return;
    }

  if (GMIME_IS_MESSAGE_PART (object))
    {
      GMimeMessage *inner = g_mime_message_part_get_message (GMIME_MESSAGE_PART (object));

      /* The returned original: its headers are evidence, its body is not the
       * bounce's text and is not scanned. It may also be a bounce forwarded
       * whole by a gateway: the analyzer looks into it when the outer
       * message turns out to say nothing. */
      if (inner != NULL)
        {
          take_original (w->scan, inner);
          if (w->scan->embedded == NULL)
            w->scan->embedded = g_object_ref (inner);
        }
      return;
    }

  if (!GMIME_IS_PART (object))
    return;

  if (is_type (&mt, "message", "delivery-status") ||
      is_type (&mt, "message", "global-delivery-status"))
    {
      gsize len;
      char *raw = part_content (GMIME_PART (object), &len);

      g_ptr_array_add (w->scan->dsn_texts, normalize_owned (raw, len, BOUNCE_MIME_MAX_DSN, TRUE));
      return;
    }

  if (is_type (&mt, "message", "feedback-report"))
    {
      w->scan->feedback = TRUE;
      return;
    }

  if (is_type (&mt, "text", "rfc822-headers") ||
      is_type (&mt, "message", "global-headers"))
    {
      gsize len;
      char *raw = scratch_content_get (GMIME_PART (object), &len);
      g_autofree char *owned = NULL;
      const char *text = normalize_scratch (raw, len, BOUNCE_MIME_MAX_BODY, &owned);

      take_original_headers (w->scan, text, strlen (text));
      scratch_release ();
      return;
    }

  if (GMIME_IS_TEXT_PART (object) && is_type (&mt, "text", "plain"))
    {
      const char *disposition = g_mime_object_get_disposition (object);
      g_autofree char *text = NULL;

      /* An attached text file after the first text is not the bounce's
       * message: some servers attach the original as a .txt. */
      if (w->n_text > 0 && disposition != NULL &&
          g_ascii_strcasecmp (disposition, "attachment") == 0)
        return;

      if (charset_is_utf8_compatible (g_mime_object_get_content_type_parameter (object, "charset")))
        {
          gsize len;
          char *raw = scratch_content_get (GMIME_PART (object), &len);

          add_text (w->scan, normalize_scratch (raw, len, BOUNCE_MIME_MAX_BODY, &text));
          scratch_release ();
        }
      else
        {
          text = text_part_utf8 (GMIME_TEXT_PART (object));
          add_text (w->scan, text);
        }
      w->n_text++;
      return;
    }

  /* Converted only when the message turns out to have no plain text. */
  if (GMIME_IS_TEXT_PART (object) && is_type (&mt, "text", "html") && w->first_html == NULL)
    w->first_html = GMIME_TEXT_PART (object);
}

/* Finds, case-insensitively, @needle at the start of a line of @text. */
static const char *
find_line_prefix (const char *text,
                  const char *needle)
{
  gsize n = strlen (needle);
  char first = g_ascii_tolower (needle[0]);
  const char *p = text;

  while (p != NULL && *p != '\0')
    {
      /* The first letter rules out most lines without a call. */
      if (g_ascii_tolower (*p) == first && g_ascii_strncasecmp (p, needle, n) == 0)
        return p;
      p = strchr (p, '\n');
      if (p != NULL)
        p++;
    }

  return NULL;
}

/* Some servers send the DSN fields as plain text, in the body or in a
 * text/plain part: keep the text from the first field on as a DSN. */
static void
find_dsn_in_text (BounceMimeScan *scan)
{
  const char *recipient;
  const char *reporting;
  const char *start;

  if (scan->dsn_texts->len > 0 || scan->body->len == 0)
    return;

  recipient = find_line_prefix (scan->body->str, "Final-Recipient:");
  if (recipient == NULL)
    recipient = find_line_prefix (scan->body->str, "Original-Recipient:");
  if (recipient == NULL)
    return;

  /* Start at Reporting-MTA, or else at the top of the block that holds the
   * first recipient field: Action and Status may come before it. */
  reporting = find_line_prefix (scan->body->str, "Reporting-MTA:");
  if (reporting != NULL && reporting < recipient)
    start = reporting;
  else
    {
      start = recipient;
      while (start > scan->body->str &&
             !(start[-1] == '\n' && start - 1 > scan->body->str && start[-2] == '\n'))
        start--;
    }

  /* A recipient line alone is not a DSN: an Action or a Status must come
   * with it (before or after it). */
  if (find_line_prefix (start, "Action:") == NULL &&
      find_line_prefix (start, "Status:") == NULL)
    return;

  g_ptr_array_add (scan->dsn_texts, g_strdup (start));
  scan->dsn_in_text = TRUE;
}

static gboolean
line_is_header (const char *line,
                const char *eol)
{
  const char *p = line;

  while (p < eol && (g_ascii_isalnum (*p) || *p == '-' || *p == '_'))
    p++;

  return p > line && p < eol && *p == ':' && p - line < 60;
}

/* Whether a header block with at least three fields, one of them Subject,
 * Message-ID or From, starts at @p. Returns its end (the blank line) or NULL. */
static const char *
header_block_at (const char *p)
{
  guint n_fields = 0;
  gboolean key = FALSE;

  while (*p != '\0' && *p != '\n')
    {
      const char *eol = strchr (p, '\n');
      const char *line_end = eol != NULL ? eol : p + strlen (p);

      if (*p != ' ' && *p != '\t')
        {
          if (!line_is_header (p, line_end))
            return NULL;
          n_fields++;
          if (g_ascii_strncasecmp (p, "Subject:", 8) == 0 ||
              g_ascii_strncasecmp (p, "Message-ID:", 11) == 0 ||
              g_ascii_strncasecmp (p, "From:", 5) == 0)
            key = TRUE;
        }

      if (eol == NULL)
        {
          p = line_end;
          break;
        }
      p = eol + 1;
    }

  return n_fields >= 3 && key ? p : NULL;
}

/* Tries the header block that follows the line at @line: blank lines and an
 * mbox "From " line may come first. */
static gboolean
take_block_after (BounceMimeScan *scan,
                  const char     *line)
{
  const char *start = strchr (line, '\n');
  const char *end;

  if (start == NULL)
    return FALSE;
  start++;

  while (*start == '\n' || *start == ' ' || *start == '\t')
    start++;
  if (strncmp (start, "From ", 5) == 0)
    {
      const char *nl = strchr (start, '\n');

      if (nl == NULL)
        return FALSE;
      start = nl + 1;
    }

  if ((end = header_block_at (start)) == NULL)
    return FALSE;

  take_original_headers (scan, start, end - start);

  return scan->have_original;
}

/* An original quoted in the text: after a marker line such as "----- Original
 * message -----" (Sendmail), "------ This is a copy of the message, including
 * all the headers. ------" (Exim), "--- Below this line is a copy of the
 * message." (qmail) or "--- Es folgt der Kopf der ursprünglichen Nachricht.
 * ---" (GMX); failing that, any header block with a Subject, Message-ID or
 * From in the text; failing that, Exim's "The subject of the message is:"
 * line of its delay warnings. The text is lower-cased once and searched with
 * plain substring scans. */
static void
find_original_in_text (BounceMimeScan *scan)
{
  static const char * const markers[] = {
    "original message", "copy of the message", "unsent message", "returned message",
    "message headers follow", "copy of your message", "message that caused",
    "rfc822 headers", "ursprünglichen nachricht", "message d'origine", "message original",
    "mensaje original", "messaggio originale", "undelivered message",
  };
  const char *body = scan->body->str;
  gsize length = MIN (scan->body->len, 32 * 1024);
  GByteArray *lowered;
  const char *lower;
  const char *p;

  if (scan->have_original || length == 0)
    return;

  lowered = scratch_array (&scratch_lower);
  g_byte_array_set_size (lowered, length + 1);
  ascii_lower ((char *) lowered->data, body, length);
  lowered->data[length] = '\0';
  lower = (const char *) lowered->data;

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      for (p = strstr (lower, markers[i]); p != NULL; p = strstr (p + 1, markers[i]))
        {
          const char *line = p;

          while (line > lower && line[-1] != '\n')
            line--;

          if (!line_is_header (line, p) && take_block_after (scan, body + (line - lower)))
            return;
        }
    }

  /* Any header block that is not the bounce's own DSN fields. */
  for (p = body; p != NULL && p < body + length; )
    {
      const char *end;

      if ((p == body || p[-1] == '\n') && (end = header_block_at (p)) != NULL)
        {
          take_original_headers (scan, p, end - p);
          if (scan->have_original)
            return;
          p = end;
        }

      p = strchr (p, '\n');
      if (p != NULL)
        p++;
    }

  p = strstr (lower, "the subject of the message is:");
  if (p != NULL)
    {
      const char *value = body + (p - lower) + strlen ("the subject of the message is:");
      const char *eol = strchr (value, '\n');
      g_autofree char *subject = g_strndup (value, eol != NULL ? (gsize) (eol - value) : strlen (value));

      g_strstrip (subject);
      if (subject[0] != '\0')
        {
          scan->have_original = TRUE;
          scan->orig_subject = g_steal_pointer (&subject);
        }
    }
}

void
bounce_mime_scan_message (BounceMimeScan *scan,
                          GMimeMessage   *message,
                          guint           max_depth)
{
  Walk w = { scan, max_depth, NULL, 0 };
  GMimeObject *object = GMIME_OBJECT (message);
  GMimeHeaderList *headers;
  GMimeObject *body;
  const char *subject;
  int count;

  /* The bounce's own headers as "Name: value" lines for the text scanners;
   * built from the parsed list rather than by re-serialising the message. */
  headers = g_mime_object_get_header_list (object);
  count = g_mime_header_list_get_count (headers);
  for (int i = 0; i < count; i++)
    {
      GMimeHeader *header = g_mime_header_list_get_header_at (headers, i);
      const char *name = g_mime_header_get_name (header);
      const char *raw = g_mime_header_get_raw_value (header);
      gsize name_length;

      if (raw == NULL)
        continue;

      name_length = strlen (name);
      append_header_line (scan->headers, name, name_length, raw, strlen (raw));

      /* Both names have four letters: most headers are ruled out by their
       * length before a comparison. */
      if (name_length == 4)
        {
          if (scan->from == NULL && g_ascii_strcasecmp (name, "From") == 0)
            scan->from = decode_value (raw);
          else if (scan->date == NULL && g_ascii_strcasecmp (name, "Date") == 0)
            scan->date = decode_value (raw);
        }
    }

  subject = g_mime_message_get_subject (message);
  if (subject != NULL)
    scan->subject = g_strstrip (to_utf8 (g_strdup (subject), -1, TRUE));

  body = g_mime_message_get_mime_part (message);
  if (body != NULL)
    walk (&w, body, 1);

  if (w.n_text == 0 && w.first_html != NULL)
    {
      g_autofree char *html = text_part_utf8 (w.first_html);
      g_autofree char *text = html_to_text (html);

      add_text (scan, text);
    }

  find_dsn_in_text (scan);
  find_original_in_text (scan);
}

/* Pasted text: no headers, the whole text is the body. */
void
bounce_mime_scan_text (BounceMimeScan *scan,
                       const char     *text,
                       gsize           length)
{
  g_autofree char *normalized = bounce_mime_normalize_text (text, length, BOUNCE_MIME_MAX_BODY);

  add_text (scan, normalized);
  find_dsn_in_text (scan);
  find_original_in_text (scan);
}

/* Whether pasted text starts with a header block, so that it is a whole
 * message rather than a body copied out of a mail client. */
gboolean
bounce_mime_looks_like_message (const char *text,
                                gsize       length)
{
  static const char * const known[] = {
    "from:", "to:", "subject:", "date:", "received:", "return-path:", "message-id:",
    "mime-version:", "content-type:", "delivered-to:", "x-failed-recipients:",
    "auto-submitted:", "reply-to:", "sender:",
  };
  const char *p = text;
  const char *end = text + length;
  guint n_known = 0;
  guint n_lines = 0;

  if (length >= 5 && strncmp (text, "From ", 5) == 0)
    return TRUE;

  while (p < end && n_lines < 200)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line_end = eol != NULL ? eol : end;
      const char *cr = memchr (p, '\r', line_end - p);

      if (cr != NULL)
        line_end = cr;

      if (line_end == p)
        break; /* end of the header block */

      if (*p != ' ' && *p != '\t')
        {
          if (!line_is_header (p, line_end))
            return FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (known); i++)
            if (g_ascii_strncasecmp (p, known[i], strlen (known[i])) == 0)
              {
                n_known++;
                break;
              }
        }

      n_lines++;
      if (cr != NULL && (cr + 1 >= end || cr[1] != '\n'))
        p = cr + 1;
      else
        p = eol != NULL ? eol + 1 : end;
    }

  return n_known >= 2;
}
