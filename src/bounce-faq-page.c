/* bounce-faq-page.c
 *
 * Questions users and help-desk staff really ask about bounces, answered in
 * plain words. Kept in sync with the facts behind the knowledge base.
 *
 * Copyright 2026 The Bounce Explainer authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-faq-page.h"

typedef enum
{
  GROUP_UNDERSTANDING,
  GROUP_ACTING,
  GROUP_APP,
} FaqGroup;

typedef struct
{
  FaqGroup    group;
  const char *question;
  const char *answer;
} FaqEntry;

static const FaqEntry faq[] = {
  { GROUP_UNDERSTANDING,
    N_("What is a bounce?"),
    N_("A bounce is an automatic message from a mail server saying that your email could not be "
       "delivered. It usually comes from “Mail Delivery System” or “MAILER-DAEMON”. These names "
       "are not people: replying to them does nothing. The bounce may come from your own "
       "provider, which could not hand the message on, or from the receiving side, which refused it.") },
  { GROUP_UNDERSTANDING,
    N_("Are the error codes the same at every provider?"),
    N_("The numbers follow shared standards: the three-digit reply code (such as 550) comes from "
       "the standard for sending mail, SMTP, and the status code (such as 5.1.1) from a public "
       "registry. But each provider decides which code it sends in which situation, and some give "
       "codes their own meaning. Microsoft 365, for example, uses 5.1.10 for “recipient not "
       "found”, where the registry means a domain that accepts no mail at all. That is why the "
       "code is only half the story: always read it together with the server’s text.") },
  { GROUP_UNDERSTANDING,
    N_("How do I read a code together with its message?"),
    N_("Start with the first digit: 2 means it worked, 4 means a temporary problem that the "
       "server retries by itself, 5 means a permanent failure. In a status code such as 5.1.1 "
       "the middle number names the area: 1 the address, 2 the mailbox, 3 the receiving mail "
       "system, 4 the network, 5 the mail protocol, 6 the content, 7 security and policy. Then "
       "read the server’s text: it often names the exact cause, such as a blocklist, a full "
       "mailbox or a failed check. When the code and the text disagree, the text is usually right.") },
  { GROUP_UNDERSTANDING,
    N_("Can the sender choose or change the codes?"),
    N_("No. The code is chosen by the server that refused or gave up on the message, usually "
       "the recipient’s. You cannot change it by changing your message or your settings; you can "
       "only fix the cause it points to. Administrators of a mail server can change the wording "
       "of their own rejections, which is why the text differs from provider to provider.") },
  { GROUP_UNDERSTANDING,
    N_("What is the difference between a hard and a soft bounce?"),
    N_("A hard bounce is permanent and about the address: it does not exist, its domain has no "
       "mail server, or the mailbox was closed. Sending again will fail again, so correct or "
       "remove the address. A soft bounce is temporary or about the circumstances: a full "
       "mailbox, a busy or broken server, a message that is too large, or a block because of how "
       "the mail was sent. Soft bounces may clear by themselves or once the cause is fixed. Not "
       "every code that starts with 5 is a hard bounce: many 5.7 rejections are about the "
       "sender’s setup, not the recipient’s address.") },
  { GROUP_UNDERSTANDING,
    N_("Why did my message bounce although the address is right?"),
    N_("Because the receiver refused the message, not the address. Common causes are a spam "
       "filter; missing or wrong SPF, DKIM or DMARC records for your domain, so the receiver "
       "cannot tell that the mail really comes from you (codes such as 5.7.1, 5.7.23 or 5.7.26); "
       "your mail server’s address on a blocklist, sometimes because another customer of your "
       "provider sent spam from the same address; a message that is too large; or a recipient "
       "who accepts mail only from certain senders. These are fixed by the sender’s mail "
       "administrator or provider, not by changing the address.") },
  { GROUP_UNDERSTANDING,
    N_("Is a 421 or another code starting with 4 a failure?"),
    N_("Not yet. Codes that start with 4 mean a temporary problem: the server was busy, limited "
       "how much mail it takes from you, or asked to come back later. Mail servers retry such "
       "messages by themselves, usually for several days. It only becomes a failure when the "
       "retries run out, and then you receive a final bounce.") },
  { GROUP_UNDERSTANDING,
    N_("What is a delay notice?"),
    N_("A message saying that your email has not been delivered yet, but the server keeps "
       "trying. There is nothing to do yet. If delivery keeps failing, you get a final bounce, "
       "typically after one to five days.") },
  { GROUP_UNDERSTANDING,
    N_("I got a bounce for a message I never sent. What is that?"),
    N_("That is called backscatter. Spammers often put someone else’s address in the From field; "
       "when their spam is refused, the bounce goes to that forged address, which may be yours. "
       "It does not mean that your account was hacked. You can delete such bounces. If many "
       "arrive, ask your mail administrator to publish SPF, DKIM and DMARC records for your "
       "domain, which makes forging it harder.") },
  { GROUP_UNDERSTANDING,
    N_("Does a bounce mean that my message was read, or marked as spam?"),
    N_("No. A bounce means the message was not delivered, so nobody read it. It is also not the "
       "same as landing in a spam folder: a message filed as spam usually produces no bounce at "
       "all. A “spam complaint” (a feedback report) is a different kind of message, saying that "
       "a recipient clicked “Report spam”.") },
  { GROUP_UNDERSTANDING,
    N_("What is the difference between an out-of-office reply and a bounce?"),
    N_("An out-of-office reply is an automatic answer from the recipient’s mailbox: your message "
       "was delivered. A bounce comes from a mail server and says your message was not "
       "delivered. Bounce Explainer tells them apart and says “nothing went wrong” for "
       "automatic replies.") },
  { GROUP_ACTING,
    N_("Can a bounce be “resolved” or undone?"),
    N_("No. A bounce reports something that has already happened; the message will not be "
       "delivered later. Fix the cause first (correct the address, wait until the mailbox has "
       "space, or have the settings fixed), then send the message again. The one exception is a "
       "delay notice: there the server is still trying by itself.") },
  { GROUP_ACTING,
    N_("Some of my emails bounce again and again. What should I do?"),
    N_("Look for a pattern. If they all go to one address, the address is probably wrong or "
       "closed: correct it or remove it from your contacts and lists. If they go to one company "
       "or provider, that receiver is blocking or slowing down your mail: send your mail "
       "administrator the codes and the server’s text. If many different receivers refuse your "
       "mail with codes starting with 5.7, your sending setup is the problem: ask for SPF, DKIM "
       "and DMARC to be checked, and whether your server is on a blocklist. Send newsletters "
       "only to people who asked for them.") },
  { GROUP_ACTING,
    N_("What should I send to my IT department or the recipient?"),
    N_("Use Copy Summary. It puts a plain-text explanation on the clipboard: what happened, the "
       "codes, who needs to act, the steps, and the server’s message word for word. Paste it "
       "into a ticket or an email. Help-desk staff need the server’s exact words, so please "
       "don’t retype them.") },
  { GROUP_APP,
    N_("Does Bounce Explainer send my email anywhere?"),
    N_("No. Everything is analysed on this computer, without any network connection, and "
       "nothing you open or paste is kept. Copy Summary only puts text on your clipboard; you "
       "decide where it goes.") },
  { GROUP_APP,
    N_("Which files can I open?"),
    N_("Emails saved from a mail program (usually .eml files), whole mailboxes in mbox format, "
       "and plain text: you can paste the error text of a bounce with Ctrl+V, or drag a file or "
       "some text onto the window.") },
};

struct _BounceFaqPage
{
  AdwBin                parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *understanding_group;
  AdwPreferencesGroup  *acting_group;
  AdwPreferencesGroup  *app_group;

  /* Borrowed: the rows, owned by the groups */
  GPtrArray            *rows;
};

G_DEFINE_FINAL_TYPE (BounceFaqPage, bounce_faq_page, ADW_TYPE_BIN)

static GtkWidget *
create_question (const FaqEntry *entry)
{
  GtkWidget *expander;
  GtkWidget *row;
  GtkWidget *label;
  const char *question = g_dgettext (GETTEXT_PACKAGE, entry->question);

  expander = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), question);

  label = gtk_label_new (g_dgettext (GETTEXT_PACKAGE, entry->answer));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "faq-answer");

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, expander, NULL,
                                  -1);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  return expander;
}

static void
bounce_faq_page_dispose (GObject *object)
{
  BounceFaqPage *self = (BounceFaqPage *)object;

  /* AdwBin unparents the template's root itself; disposing the template
   * as well would unparent it twice. */
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bounce_faq_page_parent_class)->dispose (object);
}

static void
bounce_faq_page_class_init (BounceFaqPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_faq_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/bounce-faq-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceFaqPage, understanding_group);
  gtk_widget_class_bind_template_child (widget_class, BounceFaqPage, acting_group);
  gtk_widget_class_bind_template_child (widget_class, BounceFaqPage, app_group);
}

static void
bounce_faq_page_init (BounceFaqPage *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Questions and answers"),
                                  -1);

  for (guint i = 0; i < G_N_ELEMENTS (faq); i++)
    {
      GtkWidget *row = create_question (&faq[i]);
      AdwPreferencesGroup *group;

      switch (faq[i].group)
        {
        case GROUP_ACTING:
          group = self->acting_group;
          break;

        case GROUP_APP:
          group = self->app_group;
          break;

        case GROUP_UNDERSTANDING:
        default:
          group = self->understanding_group;
          break;
        }

      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, row);
    }
}

GtkWidget *
bounce_faq_page_new (void)
{
  return g_object_new (BOUNCE_TYPE_FAQ_PAGE, NULL);
}

guint
bounce_faq_page_get_n_questions (BounceFaqPage *self)
{
  g_return_val_if_fail (BOUNCE_IS_FAQ_PAGE (self), 0);

  return self->rows->len;
}

void
bounce_faq_page_expand (BounceFaqPage *self,
                        guint          position)
{
  g_return_if_fail (BOUNCE_IS_FAQ_PAGE (self));
  g_return_if_fail (position < self->rows->len);

  adw_expander_row_set_expanded (g_ptr_array_index (self->rows, position), TRUE);
}
