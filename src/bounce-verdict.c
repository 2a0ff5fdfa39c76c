/* bounce-verdict.c
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-json.h"
#include "bounce-verdict.h"

typedef struct
{
  const char *headline;
  const char *explanation;
  const char *steps[6];
  const char *who_acts;         /* NULL: the actor's usual description */
} CannedVerdict;

static const CannedVerdict not_email = {
  N_("This is not an email"),
  N_("Bounce Explainer could not read this as an email or as the text of an error message. "
     "It understands emails saved from a mail program (.eml files), mailboxes (mbox) and "
     "error text copied from a bounce."),
  {
    N_("In your mail program, open the message that came back and save it (often “Save As…” or “Download message”)"),
    N_("Open the saved file here, or drag it onto this window"),
    N_("Or copy the error text from the message and paste it here with Ctrl+V"),
    NULL
  },
  N_("You: give Bounce Explainer the bounce itself, or its error text")
};

static const CannedVerdict too_large = {
  N_("This is too large to read"),
  N_("Bounce Explainer reads messages of up to 64 MB. A bounce is usually a few kilobytes, "
     "so this is probably not a single bounce but a message with large attachments."),
  {
    N_("Open the bounce itself rather than the message it returned"),
    N_("Or copy the error text from the bounce and paste it here with Ctrl+V"),
    NULL
  },
  N_("You: give Bounce Explainer the bounce itself, or its error text")
};

static const CannedVerdict too_deep = {
  N_("This message is built too strangely to read"),
  N_("It has far more parts inside parts than any real email. It may be damaged, or made "
     "on purpose to trouble programs that read email."),
  {
    N_("If you expected a bounce, copy its error text and paste it here with Ctrl+V"),
    N_("Do not open attachments of this message"),
    NULL
  },
  N_("Nobody: there is nothing to fix")
};

static const CannedVerdict empty = {
  N_("This is empty"),
  N_("There is nothing to read: the file or the pasted text is empty."),
  {
    N_("In your mail program, open the message that came back and save it (often “Save As…” or “Download message”)"),
    N_("Or copy the error text from the message and paste it here with Ctrl+V"),
    NULL
  },
  N_("You: give Bounce Explainer the bounce itself, or its error text")
};

static const CannedVerdict not_bounce = {
  N_("This is not a bounce"),
  N_("This looks like an ordinary email, not a report about a delivery problem. "
     "Nothing in it says that a message failed to arrive."),
  {
    N_("If you expected a bounce, check that you opened the message that came back: it usually comes from “Mail Delivery System” or “MAILER-DAEMON”"),
    NULL
  },
  N_("Nobody: nothing went wrong")
};

static const CannedVerdict delayed = {
  N_("Still trying — nothing to do yet"),
  N_("Your message has not been delivered yet, but it has not failed either. The sending "
     "server ran into a temporary problem and keeps trying on its own, usually for up to "
     "five days. You will get another message if it finally gives up."),
  {
    N_("Wait: the server keeps trying by itself"),
    N_("If the message is urgent, reach the person another way, for example by phone"),
    N_("If a second notice says that delivery failed, open that one here"),
    NULL
  }
};

static const CannedVerdict delivered = {
  N_("Delivered"),
  N_("This is a delivery report: your message reached the receiving mail server. Mail "
     "programs send these when the sender asked for a receipt. Nothing went wrong."),
  {
    N_("Nothing to do: you can delete this report"),
    NULL
  },
  N_("Nobody: nothing went wrong")
};

static const CannedVerdict auto_reply = {
  N_("Out of office — nothing went wrong"),
  N_("This is an automatic reply, such as an out-of-office notice. Your message was "
     "delivered; the recipient’s mailbox answered by itself."),
  {
    N_("Read the reply: it often says when the person is back or whom to contact instead"),
    N_("If it is urgent, contact the person named in the reply"),
    NULL
  },
  N_("Nobody: nothing went wrong")
};

static const CannedVerdict feedback = {
  N_("A spam complaint"),
  N_("This is a feedback report: someone who received your message marked it as spam, "
     "and their mail provider is letting you know. The message was delivered, so this is "
     "not a bounce, but many complaints can get your mail blocked later."),
  {
    N_("Stop sending to the address that complained"),
    N_("Check that everyone on your list asked to receive your mail"),
    N_("Make unsubscribing easy: one click, honoured within two days"),
    N_("Tell your mail administrator if many complaints arrive"),
    NULL
  }
};

static const CannedVerdict backscatter = {
  N_("You probably never sent this message"),
  N_("This bounce is about a message that someone else sent in your name, usually a "
     "spammer who forged your address as the sender. The receiving server refused it and "
     "sent the bounce to you. It does not mean that your account was hacked."),
  {
    N_("Look at the original message under Technical details: if you don’t recognise the subject or the recipient, you did not send it"),
    N_("Delete this bounce: there is nothing to fix"),
    N_("If many of these arrive, ask your mail administrator to publish SPF, DKIM and DMARC records for your domain"),
    N_("If you did send it after all, change your password and check your computer for malware"),
    NULL
  },
  N_("Nobody, usually; your mail administrator if many of these arrive")
};

static const char *fallback_steps[] = {
  N_("Read the server’s message under Technical details"),
  N_("Copy the summary and send it to your mail administrator"),
  NULL
};

static char **
translate_steps (const char * const *steps)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; steps[i] != NULL; i++)
    g_strv_builder_add (builder, g_dgettext (GETTEXT_PACKAGE, steps[i]));

  return g_strv_builder_end (builder);
}

static void
apply_canned (BounceVerdict       *verdict,
              const CannedVerdict *canned,
              BounceActor          actor)
{
  verdict->headline = g_strdup (g_dgettext (GETTEXT_PACKAGE, canned->headline));
  verdict->explanation = g_strdup (g_dgettext (GETTEXT_PACKAGE, canned->explanation));
  verdict->who_acts = g_strdup (canned->who_acts != NULL
                                ? g_dgettext (GETTEXT_PACKAGE, canned->who_acts)
                                : bounce_actor_describe (actor));
  verdict->steps = translate_steps (canned->steps);
}

static char **
entry_steps (const BounceKnowledgeEntry *entry)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = bounce_knowledge_entry_n_steps (entry);

  for (guint i = 0; i < n; i++)
    {
      const char *step = bounce_knowledge_entry_step (entry, i);

      if (step != NULL && *step != '\0')
        g_strv_builder_add (builder, step);
    }

  return g_strv_builder_end (builder);
}

static gboolean
record_is_delayed (BounceReport *report,
                   BounceRecord *record)
{
  if (record != NULL && g_strcmp0 (bounce_record_get_action (record), "delayed") == 0)
    return TRUE;

  return bounce_report_get_kind (report) == BOUNCE_KIND_DELAY;
}

static gboolean
record_is_delivered (BounceReport *report,
                     BounceRecord *record)
{
  const char *action = record != NULL ? bounce_record_get_action (record) : NULL;

  if (g_strcmp0 (action, "delivered") == 0 ||
      g_strcmp0 (action, "relayed") == 0 ||
      g_strcmp0 (action, "expanded") == 0)
    return TRUE;

  return bounce_report_get_kind (report) == BOUNCE_KIND_DELIVERY_REPORT;
}

static void
explain_failure (BounceVerdict *verdict,
                 BounceReport  *report,
                 BounceRecord  *record)
{
  const BounceKnowledgeEntry *reason_entry = NULL;
  const BounceKnowledgeEntry *status_entry = NULL;
  const BounceKnowledgeEntry *code_entry = NULL;
  const BounceKnowledgeEntry *main_entry;
  BounceReason reason = bounce_report_get_reason (report);
  BounceSeverity severity = BOUNCE_SEVERITY_PERMANENT;

  if (record != NULL)
    {
      reason = bounce_record_get_reason (record);
      severity = bounce_record_get_severity (record);
    }

  if (reason != BOUNCE_REASON_UNDEFINED)
    reason_entry = bounce_knowledge_get_reason (reason);
  if (verdict->status != NULL)
    status_entry = bounce_knowledge_get_status (verdict->status,
                                                record ? bounce_record_get_provider (record) : NULL);
  if (record != NULL && bounce_record_get_reply_code (record) != 0)
    code_entry = bounce_knowledge_get_reply_code (bounce_record_get_reply_code (record));

  /* The same rule as the CLI and the JSON: a provider's own meaning of the
   * code (Gmail's 5.7.27, Microsoft's 5.1.10), a delay's codes, otherwise the
   * reason, the most specific and plainest. When the reason is unknown the
   * codes say more. */
  main_entry = record != NULL ? bounce_json_explanation_entry (record) : reason_entry;
  if (main_entry == NULL || main_entry == bounce_knowledge_get_reason (BOUNCE_REASON_UNDEFINED))
    main_entry = status_entry ? status_entry : code_entry ? code_entry : main_entry;
  if (main_entry == NULL)
    main_entry = bounce_knowledge_get_reason (BOUNCE_REASON_UNDEFINED);

  switch (severity)
    {
    case BOUNCE_SEVERITY_TEMPORARY:
      verdict->category = BOUNCE_CATEGORY_TEMPORARY;
      break;

    case BOUNCE_SEVERITY_INFORMATIONAL:
      verdict->category = BOUNCE_CATEGORY_NOT_FAILURE;
      break;

    case BOUNCE_SEVERITY_PERMANENT:
    default:
      verdict->category = BOUNCE_CATEGORY_PERMANENT;
      break;
    }

  if (main_entry != NULL)
    {
      verdict->headline = g_strdup (bounce_knowledge_entry_title (main_entry));
      verdict->explanation = g_strdup (bounce_knowledge_entry_plain (main_entry));
      verdict->who_acts = g_strdup (bounce_actor_describe (main_entry->actor));
      verdict->steps = entry_steps (main_entry);
    }

  if (verdict->headline == NULL || *verdict->headline == '\0')
    {
      g_free (verdict->headline);
      verdict->headline = g_strdup (_("Your message could not be delivered"));
    }

  if (verdict->explanation == NULL || *verdict->explanation == '\0')
    {
      g_free (verdict->explanation);
      verdict->explanation = g_strdup (_("The receiving mail server refused the message. "
                                         "Its own words are under Technical details."));
    }

  if (verdict->who_acts == NULL)
    verdict->who_acts = g_strdup (bounce_actor_describe (BOUNCE_ACTOR_SENDER_ADMIN));

  if (verdict->steps == NULL || verdict->steps[0] == NULL)
    {
      g_strfreev (verdict->steps);
      verdict->steps = translate_steps (fallback_steps);
    }

  /* Codes explained in technical words, for the details. */
  if (status_entry != NULL || code_entry != NULL)
    {
      GString *meaning = g_string_new (NULL);

      if (code_entry != NULL)
        g_string_append_printf (meaning, "%s: %s",
                                verdict->reply_code,
                                bounce_knowledge_entry_title (code_entry));
      if (status_entry != NULL)
        {
          if (meaning->len > 0)
            g_string_append_c (meaning, '\n');
          g_string_append_printf (meaning, "%s: %s",
                                  verdict->status,
                                  bounce_knowledge_entry_title (status_entry));
        }

      verdict->code_meaning = g_string_free (meaning, FALSE);
    }
}

/**
 * bounce_verdict_new:
 * @report: the report
 * @record: (nullable): one of its records, or %NULL when it has none
 *
 * Returns: (transfer full): the words to show for @record
 */
BounceVerdict *
bounce_verdict_new (BounceReport *report,
                    BounceRecord *record)
{
  BounceVerdict *verdict;
  BounceKind kind;

  g_return_val_if_fail (BOUNCE_IS_REPORT (report), NULL);
  g_return_val_if_fail (!record || BOUNCE_IS_RECORD (record), NULL);

  kind = bounce_report_get_kind (report);
  verdict = g_new0 (BounceVerdict, 1);

  if (record != NULL)
    {
      const char *recipient = bounce_record_get_recipient (record);
      const char *status = bounce_record_get_status (record);
      guint code = bounce_record_get_reply_code (record);

      if (recipient == NULL || *recipient == '\0')
        recipient = bounce_record_get_original_recipient (record);
      verdict->recipient = g_strdup (recipient);
      verdict->status = (status != NULL && *status != '\0') ? g_strdup (status) : NULL;
      verdict->reply_code = code != 0 ? g_strdup_printf ("%u", code) : NULL;
      verdict->diagnostic = g_strdup (bounce_record_get_diagnostic (record));
    }

  if (verdict->recipient == NULL && kind == BOUNCE_KIND_FAILURE)
    verdict->recipient = g_strdup (bounce_report_get_original_to (report));

  switch (kind)
    {
    case BOUNCE_KIND_NOT_EMAIL:
      {
        /* Say why it could not be read; the engine's own words are under
         * Technical details. */
        const GError *error = bounce_report_get_error (report);
        const CannedVerdict *canned = &not_email;

        if (g_error_matches (error, BOUNCE_ERROR, BOUNCE_ERROR_TOO_LARGE))
          canned = &too_large;
        else if (g_error_matches (error, BOUNCE_ERROR, BOUNCE_ERROR_TOO_DEEP))
          canned = &too_deep;
        else if (g_error_matches (error, BOUNCE_ERROR, BOUNCE_ERROR_EMPTY))
          canned = &empty;

        verdict->category = BOUNCE_CATEGORY_UNREADABLE;
        apply_canned (verdict, canned, BOUNCE_ACTOR_SENDER);
      }
      break;

    case BOUNCE_KIND_NOT_BOUNCE:
      verdict->category = BOUNCE_CATEGORY_NOT_FAILURE;
      apply_canned (verdict, &not_bounce, BOUNCE_ACTOR_NOBODY);
      break;

    case BOUNCE_KIND_AUTO_REPLY:
      verdict->category = BOUNCE_CATEGORY_NOT_FAILURE;
      apply_canned (verdict, &auto_reply, BOUNCE_ACTOR_NOBODY);
      break;

    case BOUNCE_KIND_FEEDBACK:
      verdict->category = BOUNCE_CATEGORY_NOT_FAILURE;
      apply_canned (verdict, &feedback, BOUNCE_ACTOR_SENDER);
      break;

    case BOUNCE_KIND_FAILURE:
    case BOUNCE_KIND_DELAY:
    case BOUNCE_KIND_DELIVERY_REPORT:
    default:
      if (bounce_report_get_backscatter (report))
        {
          verdict->category = BOUNCE_CATEGORY_NOT_YOURS;
          apply_canned (verdict, &backscatter, BOUNCE_ACTOR_NOBODY);
        }
      else if (record_is_delivered (report, record))
        {
          verdict->category = BOUNCE_CATEGORY_NOT_FAILURE;
          apply_canned (verdict, &delivered, BOUNCE_ACTOR_NOBODY);
        }
      else if (record_is_delayed (report, record))
        {
          const BounceKnowledgeEntry *entry = NULL;
          BounceReason reason = record ? bounce_record_get_reason (record)
                                       : bounce_report_get_reason (report);

          verdict->category = BOUNCE_CATEGORY_TEMPORARY;
          apply_canned (verdict, &delayed, BOUNCE_ACTOR_NOBODY);

          /* Say what the hold-up is when the engine knows. */
          if (reason != BOUNCE_REASON_UNDEFINED && reason != BOUNCE_REASON_EXPIRED)
            entry = bounce_knowledge_get_reason (reason);
          if (entry != NULL)
            {
              char *explanation = g_strdup_printf (_("%s\n\nThe problem so far: %s."),
                                                   verdict->explanation,
                                                   bounce_knowledge_entry_title (entry));
              g_free (verdict->explanation);
              verdict->explanation = explanation;
            }
        }
      else
        {
          explain_failure (verdict, report, record);
        }
      break;
    }

  return verdict;
}

void
bounce_verdict_free (BounceVerdict *verdict)
{
  if (verdict == NULL)
    return;

  g_free (verdict->headline);
  g_free (verdict->explanation);
  g_free (verdict->who_acts);
  g_strfreev (verdict->steps);
  g_free (verdict->recipient);
  g_free (verdict->reply_code);
  g_free (verdict->status);
  g_free (verdict->code_meaning);
  g_free (verdict->diagnostic);
  g_free (verdict);
}

static void
append_field (GString    *text,
              const char *label,
              const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  g_string_append_printf (text, "%s: %s\n", label, value);
}

/**
 * bounce_verdict_build_summary:
 * @verdict: a verdict
 * @report: the report it was made from
 * @record: (nullable): the record it was made from
 *
 * Builds plain text for a ticket or a reply: the verdict first, then the
 * evidence, the server's words verbatim.
 *
 * Returns: (transfer full): the summary
 */
char *
bounce_verdict_build_summary (const BounceVerdict *verdict,
                              BounceReport        *report,
                              BounceRecord        *record)
{
  GString *text;

  g_return_val_if_fail (verdict != NULL, NULL);
  g_return_val_if_fail (BOUNCE_IS_REPORT (report), NULL);

  text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n\n", verdict->headline);
  if (bounce_report_get_warning (report) != NULL)
    g_string_append_printf (text, "%s\n\n", bounce_report_get_warning (report)->message);
  append_field (text, _("Category"), bounce_category_get_label (verdict->category));
  append_field (text, _("Recipient"), verdict->recipient);
  append_field (text, _("Reply code"), verdict->reply_code);
  append_field (text, _("Status code"), verdict->status);
  if (verdict->code_meaning != NULL)
    g_string_append_printf (text, "%s:\n%s\n", _("Meaning of the codes"), verdict->code_meaning);

  g_string_append_printf (text, "\n%s\n%s\n", _("What happened"), verdict->explanation);
  g_string_append_printf (text, "\n%s\n%s\n", _("Who needs to act"), verdict->who_acts);

  if (verdict->steps != NULL && verdict->steps[0] != NULL)
    {
      g_string_append_printf (text, "\n%s\n", _("What to do"));
      for (guint i = 0; verdict->steps[i] != NULL; i++)
        g_string_append_printf (text, "%u. %s\n", i + 1, verdict->steps[i]);
    }

  if (verdict->diagnostic != NULL && *verdict->diagnostic != '\0')
    g_string_append_printf (text, "\n%s\n%s\n", _("The server’s message (verbatim)"), verdict->diagnostic);

  if (record != NULL)
    {
      g_string_append_printf (text, "\n%s\n", _("Delivery"));
      append_field (text, _("Reported by"), bounce_record_get_reporting_mta (record));
      append_field (text, _("Receiving server"), bounce_record_get_remote_mta (record));
      append_field (text, _("Last attempt"), bounce_record_get_last_attempt (record));
    }

  if (bounce_report_get_original_subject (report) != NULL ||
      bounce_report_get_original_to (report) != NULL ||
      bounce_report_get_original_date (report) != NULL)
    {
      g_string_append_printf (text, "\n%s\n", _("Original message"));
      append_field (text, _("Subject"), bounce_report_get_original_subject (report));
      append_field (text, _("To"), bounce_report_get_original_to (report));
      append_field (text, _("Date"), bounce_report_get_original_date (report));
    }

  g_string_append_printf (text, "\n%s\n", _("Explained by Bounce Explainer"));

  return g_string_free (text, FALSE);
}

const char *
bounce_category_get_label (BounceCategory category)
{
  switch (category)
    {
    case BOUNCE_CATEGORY_PERMANENT:
      return _("Permanent failure");

    case BOUNCE_CATEGORY_TEMPORARY:
      return _("Temporary problem");

    case BOUNCE_CATEGORY_NOT_FAILURE:
      return _("Not a failure");

    case BOUNCE_CATEGORY_NOT_YOURS:
      return _("Not your message");

    case BOUNCE_CATEGORY_UNREADABLE:
      return _("Not readable");

    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
bounce_category_get_description (BounceCategory category)
{
  switch (category)
    {
    case BOUNCE_CATEGORY_PERMANENT:
      return _("The message will not arrive. Sending it again unchanged will fail again.");

    case BOUNCE_CATEGORY_TEMPORARY:
      return _("The message may still arrive, or a later try may work.");

    case BOUNCE_CATEGORY_NOT_FAILURE:
      return _("Nothing failed.");

    case BOUNCE_CATEGORY_NOT_YOURS:
      return _("The failed message was not sent by you.");

    case BOUNCE_CATEGORY_UNREADABLE:
      return _("The input could not be read as an email.");

    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
bounce_category_get_css_class (BounceCategory category)
{
  switch (category)
    {
    case BOUNCE_CATEGORY_PERMANENT:
      return "permanent";

    case BOUNCE_CATEGORY_TEMPORARY:
      return "temporary";

    case BOUNCE_CATEGORY_NOT_FAILURE:
      return "not-failure";

    case BOUNCE_CATEGORY_NOT_YOURS:
    case BOUNCE_CATEGORY_UNREADABLE:
    default:
      return "neutral";
    }
}

const char *
bounce_category_get_icon_name (BounceCategory category)
{
  switch (category)
    {
    case BOUNCE_CATEGORY_PERMANENT:
      return "dialog-error-symbolic";

    case BOUNCE_CATEGORY_TEMPORARY:
      return "alarm-symbolic";

    case BOUNCE_CATEGORY_NOT_FAILURE:
      return "emblem-ok-symbolic";

    case BOUNCE_CATEGORY_NOT_YOURS:
      return "mail-mark-junk-symbolic";

    case BOUNCE_CATEGORY_UNREADABLE:
    default:
      return "dialog-warning-symbolic";
    }
}
