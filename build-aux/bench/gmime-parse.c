/* gmime-parse.c
 *
 * The baseline of build-aux/bench-speed: constructs every message of the
 * given files (single messages, or mboxes when a file starts with "From ")
 * with GMimeParser and drops it, nothing else. Directories are read like
 * explain-bounce reads them (maildir cur/ and new/, or the files inside).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <gmime/gmime.h>
#include <string.h>

static guint n_messages;

static void
parse_file (const char *path)
{
  GMimeStream *stream;
  GMimeParser *parser;
  gboolean mbox;
  char head[5];

  stream = g_mime_stream_fs_open (path, O_RDONLY, 0, NULL);
  if (stream == NULL)
    return;

  mbox = g_mime_stream_read (stream, head, sizeof head) == sizeof head &&
         memcmp (head, "From ", 5) == 0;
  g_mime_stream_reset (stream);

  parser = g_mime_parser_new_with_stream (stream);
  if (mbox)
    g_mime_parser_set_format (parser, GMIME_FORMAT_MBOX);
  g_object_unref (stream);

  while (!g_mime_parser_eos (parser))
    {
      GMimeMessage *message = g_mime_parser_construct_message (parser, NULL);

      if (message == NULL)
        break;
      n_messages++;
      g_object_unref (message);
    }

  g_object_unref (parser);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
parse_dir (const char *dir)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  GDir *handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  if (handle != NULL)
    g_dir_close (handle);

  g_ptr_array_sort (paths, compare_names);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        parse_dir (path);
      else
        parse_file (path);
    }

  g_ptr_array_unref (paths);
}

int
main (int   argc,
      char *argv[])
{
  g_mime_init ();

  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        parse_dir (argv[i]);
      else
        parse_file (argv[i]);
    }

  g_print ("%u\n", n_messages);

  g_mime_shutdown ();

  return 0;
}
