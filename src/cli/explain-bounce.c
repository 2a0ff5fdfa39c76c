/* explain-bounce.c
 *
 * The command line face of the engine: explains each message of the files,
 * mboxes and folders it is given, as readable text or as JSON Lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gunixinputstream.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bounce-core.h"
#include "bounce-csv.h"
#include "bounce-json.h"
#include "bounce-summary.h"

typedef struct
{
  JsonGenerator *generator;
  GString       *out;
  BounceSummary *summary;  /* --summary: count instead of printing each message */
  gboolean       json;
  gboolean       csv;
  gboolean       failed;   /* some input could not be read */
} Output;

static gboolean opt_json;
static gboolean opt_csv;
static gboolean opt_summary;
static gboolean opt_version;
static gint64   opt_max_size;
static gint     opt_jobs = -1;
static char   **opt_inputs;

static const GOptionEntry entries[] = {
  { "json", 'j', 0, G_OPTION_ARG_NONE, &opt_json,
    N_("Print JSON Lines, one object per recipient per message"), NULL },
  { "csv", 0, 0, G_OPTION_ARG_NONE, &opt_csv,
    N_("Print CSV with a header row, one row per recipient per message"), NULL },
  { "summary", 's', 0, G_OPTION_ARG_NONE, &opt_summary,
    N_("Print counts by category, reason and domain, and the addresses to remove"), NULL },
  { "max-size", 0, 0, G_OPTION_ARG_INT64, &opt_max_size,
    N_("Skip messages larger than BYTES (default 64 MiB)"), N_("BYTES") },
  { "jobs", 'J', 0, G_OPTION_ARG_INT, &opt_jobs,
    N_("Read the files of a folder with N worker threads (default: one per processor but one)"), N_("N") },
  { "version", 0, 0, G_OPTION_ARG_NONE, &opt_version,
    N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_inputs,
    NULL, N_("FILE|DIR|MBOX|-…") },
  { NULL }
};

/* Text from a message, made safe for a terminal: control characters (C0,
 * DEL, C1: escape sequences could move the cursor, recolour or retitle the
 * terminal) and the bidirectional formatting characters that reorder the rest
 * of a line (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) are shown
 * as "<U+XXXX>" instead; invalid UTF-8 becomes U+FFFD. */
static char *
terminal_safe (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t')
        g_string_append_c (out, ' ');
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0) ||
               (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
               c == 0x200e || c == 0x200f || c == 0x061c)
        g_string_append_printf (out, "<U+%04X>", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

static void
flush_output (Output *output)
{
  if (output->out->len > 0)
    {
      fwrite (output->out->str, 1, output->out->len, stdout);
      g_string_truncate (output->out, 0);
    }
}

static void
report_error (Output       *output,
              const char   *file,
              guint         message,
              const GError *error)
{
  g_autofree char *safe_file = terminal_safe (file != NULL ? file : "-");
  g_autofree char *safe_message = terminal_safe (error->message);

  output->failed = TRUE;

  /* stderr is unbuffered: keep the order of the two streams readable. */
  flush_output (output);
  fflush (stdout);

  if (message > 0)
    g_printerr ("explain-bounce: %s (%u): %s\n", safe_file, message, safe_message);
  else
    g_printerr ("explain-bounce: %s: %s\n", safe_file, safe_message);

  if (output->json)
    {
      g_autoptr(JsonNode) node = bounce_json_error_node (file, message, error);
      g_autofree char *text = NULL;

      json_generator_set_root (output->generator, node);
      text = json_generator_to_data (output->generator, NULL);
      g_string_append (output->out, text);
      g_string_append_c (output->out, '\n');
    }
}

static void
append_field (GString    *out,
              const char *label,
              const char *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL || value[0] == '\0')
    return;

  safe = terminal_safe (value);
  g_string_append_printf (out, "    %s %s\n", label, safe);
}

static void
append_record (GString      *out,
               BounceRecord *record)
{
  const BounceKnowledgeEntry *entry = bounce_json_explanation_entry (record);
  const BounceKnowledgeEntry *steps = entry;
  BounceReason reason = bounce_record_get_reason (record);
  g_autofree char *recipient = terminal_safe (bounce_record_get_recipient (record));
  const char *status = bounce_record_get_status (record);
  guint reply_code = bounce_record_get_reply_code (record);
  g_autoptr(GString) codes = g_string_new (NULL);
  guint n_steps;

  g_string_append_printf (out, "\n  %s\n", recipient != NULL ? recipient : _("(recipient unknown)"));

  if (entry != NULL)
    g_string_append_printf (out, "    %s\n", bounce_knowledge_entry_title (entry));

  if (status != NULL)
    g_string_append (codes, status);
  if (reply_code != 0)
    g_string_append_printf (codes, "%s%u", codes->len > 0 ? ", " : "", reply_code);
  append_field (out, _("Codes:"), codes->len > 0 ? codes->str : _("none given"));
  append_field (out, _("Reason:"), bounce_reason_to_string (reason));
  g_string_append_printf (out, "    %s %s%s\n", _("Category:"),
                          bounce_severity_describe (bounce_record_get_severity (record)),
                          bounce_record_get_hard_bounce (record)
                            ? _(" — the address itself does not work")
                            : "");

  if (entry != NULL)
    {
      append_field (out, _("What happened:"), bounce_knowledge_entry_plain (entry));
      append_field (out, _("Who acts:"), bounce_actor_describe (entry->actor));
    }

  append_field (out, _("Server said:"), bounce_record_get_diagnostic (record));
  append_field (out, _("Reported by:"), bounce_record_get_reporting_mta (record));
  append_field (out, _("Remote server:"), bounce_record_get_remote_mta (record));

  if (steps == NULL || bounce_knowledge_entry_n_steps (steps) == 0)
    steps = bounce_knowledge_get_reason (reason);
  n_steps = steps != NULL ? bounce_knowledge_entry_n_steps (steps) : 0;
  if (n_steps > 0)
    {
      g_string_append_printf (out, "    %s\n", _("What to do:"));
      for (guint i = 0; i < n_steps; i++)
        g_string_append_printf (out, "      %u. %s\n", i + 1, bounce_knowledge_entry_step (steps, i));
    }
}

static const char *
kind_headline (BounceKind kind)
{
  switch (kind)
    {
    case BOUNCE_KIND_FAILURE:
      return _("Delivery failed");
    case BOUNCE_KIND_DELAY:
      return _("Delivery delayed — the server keeps trying");
    case BOUNCE_KIND_DELIVERY_REPORT:
      return _("Delivery report — the message was delivered");
    case BOUNCE_KIND_AUTO_REPLY:
      return _("Automatic reply (out of office) — not a bounce");
    case BOUNCE_KIND_FEEDBACK:
      return _("Complaint (feedback report) — not a bounce");
    case BOUNCE_KIND_NOT_BOUNCE:
      return _("An ordinary message — not a bounce");
    case BOUNCE_KIND_NOT_EMAIL:
    default:
      return _("Not an email");
    }
}

static void
append_text_report (GString      *out,
                    BounceReport *report)
{
  g_autofree char *source = terminal_safe (bounce_report_get_source (report));
  g_autofree char *subject = terminal_safe (bounce_report_get_original_subject (report));
  const GError *warning = bounce_report_get_warning (report);
  BounceKind kind = bounce_report_get_kind (report);
  guint n_records = bounce_report_get_n_records (report);

  g_string_append_printf (out, "%s (%s %u): %s\n",
                          source != NULL ? source : "-",
                          _("message"), bounce_report_get_index (report),
                          kind_headline (kind));

  if (subject != NULL)
    g_string_append_printf (out, "  %s %s\n", _("Your message:"), subject);
  if (bounce_report_get_backscatter (report))
    g_string_append_printf (out, "  %s\n",
                            _("This looks like backscatter: someone else probably sent the "
                              "original using your address. You can ignore it."));
  if (warning != NULL)
    g_string_append_printf (out, "  %s %s\n", _("Note:"), warning->message);

  if (kind == BOUNCE_KIND_FAILURE || kind == BOUNCE_KIND_DELAY)
    for (guint i = 0; i < n_records; i++)
      append_record (out, bounce_report_get_record (report, i));

  g_string_append_c (out, '\n');
}

static gboolean
report_cb (BounceReport *report,
           gpointer      user_data)
{
  Output *output = user_data;
  const GError *error = bounce_report_get_error (report);

  if (output->summary != NULL)
    bounce_summary_add_report (output->summary, report);

  if (error != NULL)
    report_error (output, bounce_report_get_source (report), bounce_report_get_index (report), error);
  else if (bounce_report_get_warning (report) != NULL && !output->json && !output->csv &&
           output->summary == NULL)
    ; /* the readable report carries it as a note */
  else if (bounce_report_get_warning (report) != NULL)
    {
      g_autofree char *safe_file = terminal_safe (bounce_report_get_source (report));

      /* Not a failure: the report is valid, only incomplete. */
      flush_output (output);
      fflush (stdout);
      g_printerr ("explain-bounce: %s (%u): %s\n", safe_file != NULL ? safe_file : "-",
                  bounce_report_get_index (report), bounce_report_get_warning (report)->message);
    }

  if (output->csv)
    bounce_csv_append_report (output->out, report);
  else if (error != NULL || output->summary != NULL)
    ;
  else if (output->json)
    bounce_json_append_report (report, output->generator, output->out);
  else
    append_text_report (output->out, report);

  /* One write per message keeps stdout fast without holding a whole mbox. */
  if (output->out->len > 64 * 1024)
    flush_output (output);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BounceAnalyzer) analyzer = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = NULL;
  static char stdout_buffer[256 * 1024];
  Output output = { 0 };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Explains bounced emails: what happened to each recipient, "
                                  "how serious it is and what to do."));
  g_option_context_set_description (context,
                                    _("Each input is a message file, an mbox, a maildir or a folder "
                                      "of messages, or “-” for standard input."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("explain-bounce: %s\n", error->message);
      return 2;
    }

  if (opt_version)
    {
      g_print ("explain-bounce %s\n", PACKAGE_VERSION);
      return 0;
    }

  if ((opt_json ? 1 : 0) + (opt_csv ? 1 : 0) + (opt_summary ? 1 : 0) > 1)
    {
      g_printerr ("explain-bounce: %s\n", _("--json, --csv and --summary cannot be combined"));
      return 2;
    }

  if (opt_inputs == NULL || opt_inputs[0] == NULL)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return 2;
    }

  setvbuf (stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);

  analyzer = bounce_analyzer_new ();
  /* None of the outputs prints the text of the message itself. */
  bounce_analyzer_set_keep_human_text (analyzer, FALSE);
  if (opt_max_size > 0)
    bounce_analyzer_set_max_size (analyzer, opt_max_size);
  if (opt_jobs >= 0)
    bounce_analyzer_set_max_threads (analyzer, MIN (opt_jobs, 64));

  generator = json_generator_new ();
  out = g_string_sized_new (128 * 1024);
  output.generator = generator;
  output.out = out;
  output.json = opt_json;
  output.csv = opt_csv;
  if (opt_summary)
    output.summary = bounce_summary_new ();
  if (opt_csv)
    bounce_csv_append_header (out);

  for (guint i = 0; opt_inputs[i] != NULL; i++)
    {
      const char *input = opt_inputs[i];
      g_autoptr(GError) local_error = NULL;
      gboolean ok;

      if (g_strcmp0 (input, "-") == 0)
        {
          g_autoptr(GInputStream) stream = g_unix_input_stream_new (STDIN_FILENO, FALSE);

          ok = bounce_analyzer_analyze_stream (analyzer, stream, "-", report_cb, &output,
                                               NULL, &local_error);
        }
      else
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (input);

          ok = bounce_analyzer_analyze_file (analyzer, file, report_cb, &output,
                                             NULL, &local_error);
        }

      if (!ok && local_error != NULL)
        report_error (&output, input, 0, local_error);

      flush_output (&output);
    }

  if (output.summary != NULL)
    {
      g_autofree char *text = bounce_summary_to_text (output.summary);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      /* The summary lists addresses and domains taken from the messages. */
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *safe = terminal_safe (lines[i]);

          g_string_append (out, safe);
          if (lines[i + 1] != NULL)
            g_string_append_c (out, '\n');
        }
      g_clear_object (&output.summary);
    }

  flush_output (&output);
  fflush (stdout);

  g_strfreev (opt_inputs);

  return output.failed ? 1 : 0;
}
