/* test-classifier.c
 *
 * Table-driven tests of the classifier: finding status and reply codes in
 * text (and not finding them in addresses, versions and dates), the reason
 * for representative server texts, severity, hard bounces, providers, and
 * the common myths (3xx is never a failure, 421 is temporary, 5.7.x is not a
 * hard bounce). The texts are written for these tests in the style of the
 * servers they imitate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-classifier.h"
#include "bounce-core.h"

/* Status codes ------------------------------------------------------------- */

typedef struct
{
  const char *text;
  const char *expected;   /* NULL: nothing to find */
} StatusCase;

static const StatusCase status_cases[] = {
  { "550 5.1.1 <bob@example.org>: Recipient address rejected", "5.1.1" },
  { "smtp; 550-5.7.1 [192.0.2.1] blocked", "5.7.1" },
  { "Sorry, no mailbox here by that name. (#5.1.1)", "5.1.1" },
  { "421 4.7.0 Try again later", "4.7.0" },
  { "Status: 2.0.0", "2.0.0" },
  { "550 5.7.606 Access denied, banned sending IP [192.0.2.7]", "5.7.606" },
  { "556 5.1.10 Recipient address has null MX", "5.1.10" },
  { "the code was 5.2.2.", "5.2.2" },
  { "host said: 452-4.2.2 The email account is over quota", "4.2.2" },
  /* Not codes: addresses, versions, dates, wrong classes and subjects. */
  { "connect to 5.1.1.2 port 25 failed", NULL },
  { "host mx.example.org[10.4.5.1] refused", NULL },
  { "Postfix v5.1.1 here", NULL },
  { "libfoo-5.1.1-2", NULL },
  { "written on 5.11.2023 at noon", NULL },
  { "5.1.01 is not a code", NULL },
  { "3.1.1 is not a class", NULL },
  { "5.8.1 has no such subject", NULL },
  { "pseudo code 5.0.911 from another tool", NULL },
  { "version 4.4.3000", NULL },
  { "", NULL },
};

static void
test_status_find (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_cases); i++)
    {
      g_autofree char *found = bounce_status_find (status_cases[i].text);

      g_test_message ("%s", status_cases[i].text);
      g_assert_cmpstr (found, ==, status_cases[i].expected);
    }

  g_assert_null (bounce_status_find (NULL));
}

static void
test_status_valid (void)
{
  static const char * const valid[] = { "2.0.0", "4.7.0", "5.1.1", "5.1.10", "5.7.606", "5.7.999" };
  static const char * const invalid[] = {
    "", "5", "5.1", "5.1.", "1.1.1", "3.0.0", "6.1.1", "5.8.1", "5.1.01", "5.1.1000",
    "5.1.1 ", " 5.1.1", "5.1.1.1", "5.0.900", "4.0.947", "5.x.1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (bounce_status_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_test_message ("%s", invalid[i]);
      g_assert_false (bounce_status_is_valid (invalid[i]));
    }
  g_assert_false (bounce_status_is_valid (NULL));
}

static void
test_status_more_specific (void)
{
  g_assert_true (bounce_status_is_more_specific ("5.1.1", "5.0.0"));
  g_assert_true (bounce_status_is_more_specific ("5.7.26", "5.7.0"));
  g_assert_true (bounce_status_is_more_specific ("5.1.1", NULL));
  g_assert_true (bounce_status_is_more_specific ("4.2.2", "bogus"));
  /* Another class is a different statement, not a refinement. */
  g_assert_false (bounce_status_is_more_specific ("4.2.2", "5.0.0"));
  g_assert_false (bounce_status_is_more_specific ("5.0.0", "5.1.1"));
  g_assert_false (bounce_status_is_more_specific ("5.2.2", "5.1.1"));
  g_assert_false (bounce_status_is_more_specific ("5.7.0", "5.7.0"));
  /* A specific Status is never replaced: Sendmail's 4.4.7 "expired" stays
   * when the last reply was a 4.4.1 or a 4.7.1, and X.S.0 is refined only
   * within its subject. */
  g_assert_false (bounce_status_is_more_specific ("4.4.1", "4.4.7"));
  g_assert_false (bounce_status_is_more_specific ("4.7.1", "4.4.7"));
  g_assert_false (bounce_status_is_more_specific ("5.1.1", "5.7.0"));
  g_assert_true (bounce_status_is_more_specific ("5.7.1", "5.7.0"));
  g_assert_false (bounce_status_is_more_specific (NULL, "5.0.0"));
  g_assert_false (bounce_status_is_more_specific ("5.1", "5.0.0"));
}

/* Reply codes -------------------------------------------------------------- */

typedef struct
{
  const char *text;
  guint       expected;
} ReplyCase;

static const ReplyCase reply_cases[] = {
  { "550 5.1.1 user unknown", 550 },
  { "host mx.example.org[192.0.2.1] said: 550-5.1.1 The email account", 550 },
  { "smtp; 421 4.7.0 Try again later", 421 },
  { "smtp;554 Transaction failed", 554 },
  { "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'", 550 },
  { "first line\n452 4.2.2 over quota", 452 },
  { "<<< 552 message too large", 552 },
  { "SMTP error 550 5.7.1 rejected", 550 },
  /* Not reply codes. */
  { "connect to 192.0.2.250 port 25: timed out", 0 },
  { "at 12:45:01 the host went away", 0 },
  { "queued as 555123ABC", 0 },
  { "sent in 2023", 0 },
  { "354 Start mail input", 0 },
  { "status 4.7.0 only", 0 },
  { "599 is not a reply code", 0 },
  { "", 0 },
};

static void
test_reply_code_find (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (reply_cases); i++)
    {
      g_test_message ("%s", reply_cases[i].text);
      g_assert_cmpuint (bounce_reply_code_find (reply_cases[i].text), ==, reply_cases[i].expected);
    }

  g_assert_cmpuint (bounce_reply_code_find (NULL), ==, 0);
}

/* Reasons ------------------------------------------------------------------ */

typedef struct
{
  const char   *action;
  const char   *status;
  guint         reply_code;
  const char   *provider;
  const char   *diagnostic;
  BounceReason  expected;
} ReasonCase;

static const ReasonCase reason_cases[] = {
  /* The code alone. */
  { "failed", "5.1.1", 550, NULL,
    "host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient address "
    "rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
    BOUNCE_REASON_USERUNKNOWN },
  /* The text says more than the code. */
  { "failed", "5.7.1", 550, NULL,
    "550 5.7.1 <bob@example.org>... User unknown (in reply to RCPT TO command)",
    BOUNCE_REASON_USERUNKNOWN },
  { "failed", "5.0.0", 550, NULL,
    "host mx.example.org said: 550 5.1.1 No such user here (in reply to RCPT TO command)",
    BOUNCE_REASON_USERUNKNOWN },
  /* The same words after DATA come from a filter. */
  { "failed", "5.0.0", 550, NULL,
    "host mx.example.org said: 550 Unknown user bob@example.org (in reply to end of DATA command)",
    BOUNCE_REASON_FILTERED },
  { "failed", "5.1.2", 0, NULL,
    "Host or domain name not found. Name service error for name=example.invalid type=A: "
    "Host not found",
    BOUNCE_REASON_HOSTUNKNOWN },
  { "failed", "5.1.6", 551, NULL,
    "551 5.1.6 bob@example.org has been replaced by robert@example.net",
    BOUNCE_REASON_HASMOVED },
  { "failed", "5.2.2", 552, NULL, "552 5.2.2 Mailbox full", BOUNCE_REASON_MAILBOXFULL },
  { "failed", "4.2.2", 452, NULL,
    "452 4.2.2 The email account that you tried to reach is over quota",
    BOUNCE_REASON_MAILBOXFULL },
  { "failed", "5.3.4", 552, NULL,
    "552 5.3.4 Message size exceeds fixed maximum message size",
    BOUNCE_REASON_MESGTOOBIG },
  { "failed", "5.2.3", 552, NULL,
    "552 5.2.3 Message length exceeds administrative limit",
    BOUNCE_REASON_EXCEEDLIMIT },
  { "failed", "4.4.7", 0, NULL,
    "delivery time expired: the message could not be delivered for 5 days",
    BOUNCE_REASON_EXPIRED },
  { "failed", NULL, 0, NULL,
    "This message has been in the queue too long.",
    BOUNCE_REASON_EXPIRED },
  { "delayed", "4.4.1", 0, NULL,
    "connect to mx.example.org[192.0.2.1]:25: Connection timed out",
    BOUNCE_REASON_EXPIRED },
  { "failed", "5.0.0", 550, NULL,
    "550 Mailbox currently suspended - please contact the owner",
    BOUNCE_REASON_SUSPEND },
  { "failed", "5.7.1", 554, NULL,
    "554 5.7.1 <bob@example.org>: Relay access denied (in reply to RCPT TO command)",
    BOUNCE_REASON_NORELAYING },
  { "failed", "5.7.23", 550, NULL,
    "550 5.7.23 SPF validation failed for example.com",
    BOUNCE_REASON_AUTHFAILURE },
  { "failed", "5.7.1", 550, NULL,
    "550 5.7.1 Email rejected per DMARC policy for example.com",
    BOUNCE_REASON_AUTHFAILURE },
  { "failed", "4.7.1", 450, NULL,
    "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.9]",
    BOUNCE_REASON_REQUIREPTR },
  { "failed", "5.7.1", 554, NULL,
    "554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org",
    BOUNCE_REASON_BLOCKED },
  { "failed", "5.7.1", 550, NULL,
    "550 5.7.1 Message rejected as spam by Content Filtering (in reply to end of DATA command)",
    BOUNCE_REASON_SPAMDETECTED },
  { "failed", "5.7.1", 550, NULL,
    "550 5.7.1 Message rejected under suspicion of SPAM; https://example.org/help",
    BOUNCE_REASON_SPAMDETECTED },
  { "failed", "5.7.0", 554, NULL,
    "554 5.7.0 Virus detected: Eicar-Test-Signature (in reply to end of DATA command)",
    BOUNCE_REASON_VIRUSDETECTED },
  { "failed", "5.7.1", 550, NULL,
    "550 5.7.1 Local policy violation, message refused",
    BOUNCE_REASON_POLICYVIOLATION },
  { "failed", "5.1.8", 553, NULL,
    "553 5.1.8 <alice@example.com>: Sender address rejected: Domain not found "
    "(in reply to MAIL FROM command)",
    BOUNCE_REASON_REJECTED },
  { "failed", "5.1.10", 556, NULL,
    "556 5.1.10 Recipient address has null MX",
    BOUNCE_REASON_NOTACCEPT },
  { "failed", "5.4.6", 554, NULL,
    "554 5.4.6 Hop count exceeded - possible mail loop",
    BOUNCE_REASON_NETWORKERROR },
  { "failed", "4.3.0", 451, NULL,
    "451 4.3.0 Local error in processing",
    BOUNCE_REASON_SYSTEMERROR },
  { "failed", "4.3.1", 452, NULL,
    "452 4.3.1 Insufficient system storage",
    BOUNCE_REASON_SYSTEMFULL },
  { "failed", "4.7.0", 421, NULL,
    "421 4.7.0 Too many connections from your host, try again later",
    BOUNCE_REASON_TOOMANYCONN },
  { "failed", "5.7.0", 530, NULL,
    "530 5.7.0 Must issue a STARTTLS command first",
    BOUNCE_REASON_SECURITYERROR },
  { "failed", NULL, 501, NULL,
    "501 Syntax error in parameters or arguments",
    BOUNCE_REASON_SYNTAXERROR },
  { "failed", "5.6.0", 554, NULL,
    "554 5.6.0 Message mime complexity exceeds the policy maximum",
    BOUNCE_REASON_CONTENTERROR },
  { "failed", NULL, 0, NULL,
    "Command died with status 127: \"/usr/bin/procmail\"",
    BOUNCE_REASON_MAILERERROR },
  /* Providers' own meanings win over the registry's. */
  { "failed", "5.1.10", 550, "microsoft",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    BOUNCE_REASON_USERUNKNOWN },
  /* On-premises Exchange is no provider, but its codes mean the same. */
  { "failed", "5.1.10", 550, NULL,
    "#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup ##",
    BOUNCE_REASON_USERUNKNOWN },
  { "failed", "5.7.27", 550, "google",
    "550 5.7.27 The sender's domain does not pass SPF. - gsmtp",
    BOUNCE_REASON_AUTHFAILURE },
  { "failed", "5.7.1", 550, "google",
    "550-5.7.1 This message is not RFC 5322 compliant. There are multiple From headers. - gsmtp",
    BOUNCE_REASON_NOTCOMPLIANTRFC },
  { "failed", "4.2.1", 450, "google",
    "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents "
    "additional messages from being delivered. - gsmtp",
    BOUNCE_REASON_SPEEDING },
  { "failed", "5.7.606", 550, "microsoft",
    "550 5.7.606 Access denied, banned sending IP [192.0.2.3]. (AS16012609)",
    BOUNCE_REASON_BLOCKED },
  { "failed", "4.7.0", 421, NULL,
    "421 4.7.0 [TSS04] Messages from 192.0.2.5 temporarily deferred due to unexpected volume "
    "or user complaints",
    BOUNCE_REASON_BADREPUTATION },
  { "failed", NULL, 554, NULL,
    "554 Message not allowed - [PH01] Email not accepted for policy reasons",
    BOUNCE_REASON_POLICYVIOLATION },
  { "failed", "5.7.1", 554, "apple",
    "554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication",
    BOUNCE_REASON_AUTHFAILURE },
  { "failed", "5.7.0", 550, NULL,
    "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.4",
    BOUNCE_REASON_BLOCKED },
  { "failed", "5.7.1", 554, "cox",
    "554 5.7.1 cox.net IPBL1001 192.0.2.8 blocked",
    BOUNCE_REASON_BLOCKED },
  /* Folded multi-line replies still match across the former line breaks. */
  { "failed", "5.7.1", 550, "google",
    "550-5.7.1 [192.0.2.1 13] Messages with multiple 550-5.7.1 addresses in From: header are "
    "not accepted. - gsmtp",
    BOUNCE_REASON_NOTCOMPLIANTRFC },
  /* A transcript: the success code of RCPT is not the verdict. */
  { NULL, "2.1.5", 451, NULL,
    "Out: 250 2.1.5 Ok In: DATA Out: 354 End data Out: 451 4.3.0 Error: queue file write error",
    BOUNCE_REASON_SYSTEMERROR },
  /* Directory lookups need no command to be believed. */
  { "failed", NULL, 0, NULL,
    "User jane.doe (jane@example.org) not listed in Domino Directory",
    BOUNCE_REASON_USERUNKNOWN },
  { "failed", NULL, 0, NULL, "User not listed in public Name & Address Book",
    BOUNCE_REASON_USERUNKNOWN },
  { "failed", NULL, 0, NULL, "Recipient name is not recognized", BOUNCE_REASON_USERUNKNOWN },
  /* Name lookups that found nothing: the domain does not exist. */
  { "failed", NULL, 0, NULL, "DNS lookup failure: mx.example.invalid not found",
    BOUNCE_REASON_HOSTUNKNOWN },
  { "failed", "5.1.2", 0, NULL,
    "Host or domain name not found. Name service error for name=example.invalid type=MX",
    BOUNCE_REASON_HOSTUNKNOWN },
  /* ... but a lookup that failed for now is a network error, not a dead domain. */
  { "delayed", "4.4.3", 0, NULL,
    "Host or domain name not found. Name service error for name=example.org type=MX: "
    "Host not found, try again", BOUNCE_REASON_NETWORKERROR },
  { "failed", NULL, 0, NULL,
    "Host or domain name not found. Name service error for name=example.org type=MX: "
    "Host not found, try again", BOUNCE_REASON_NETWORKERROR },
  /* FML mailing lists: a message seen before is a loop, a stranger's post
   * is refused. */
  { "failed", NULL, 0, NULL, "Duplicated Message-ID in <1234@mail.example.com>.",
    BOUNCE_REASON_SYSTEMERROR },
  { "failed", NULL, 0, NULL, "Loop Alert: the same message came back to list@example.org",
    BOUNCE_REASON_SYSTEMERROR },
  { "failed", NULL, 0, NULL, "Ignored NOT MEMBER article from alice@example.com",
    BOUNCE_REASON_REJECTED },
  /* A relay that offers no AUTH to a sender configured to log in. */
  { "failed", NULL, 0, NULL,
    "Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability",
    BOUNCE_REASON_SECURITYERROR },
  /* Old Gmail bounces name the session state. */
  { "failed", "5.7.0", 554, NULL, "554 554 5.7.0 Header error (state 18).", BOUNCE_REASON_FILTERED },
  { "failed", "5.1.1", 550, NULL,
    "550 550 5.1.1 <bob@example.org>... User Unknown (state 14).", BOUNCE_REASON_USERUNKNOWN },
  /* A bare number is a local program's exit status (X-Unix). */
  { "failed", "5.0.0", 0, NULL, "75", BOUNCE_REASON_MAILERERROR },
  /* Refused at MAIL FROM without more words: the sender was refused. */
  { "failed", "5.7.1", 550, NULL,
    "550 5.7.1 Access denied (in reply to MAIL FROM command)", BOUNCE_REASON_REJECTED },
  /* Success, auto-replies and the leftovers. */
  { "delivered", "2.0.0", 250, NULL, "250 2.0.0 OK", BOUNCE_REASON_DELIVERED },
  { NULL, "2.1.5", 250, NULL, "250 2.1.5 Ok", BOUNCE_REASON_DELIVERED },
  { NULL, NULL, 0, NULL, "I am out of the office until Monday.", BOUNCE_REASON_VACATION },
  { "failed", NULL, 0, NULL, "The gremlins ate it.", BOUNCE_REASON_ONHOLD },
  /* A failure reported without a word of why waits for a human; with
   * nothing known at all, the reason is undefined. */
  { "failed", NULL, 0, NULL, NULL, BOUNCE_REASON_ONHOLD },
  { NULL, NULL, 0, NULL, NULL, BOUNCE_REASON_UNDEFINED },
};

static void
test_reason (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (reason_cases); i++)
    {
      const ReasonCase *c = &reason_cases[i];
      BounceEvidence evidence = { 0 };
      BounceReason reason;

      evidence.action = c->action;
      evidence.status = c->status;
      evidence.reply_code = c->reply_code;
      evidence.provider = c->provider;
      evidence.diagnostic = c->diagnostic;

      reason = bounce_classify_reason (&evidence);
      g_test_message ("%s", c->diagnostic != NULL ? c->diagnostic : "(no text)");
      g_assert_cmpstr (bounce_reason_to_string (reason), ==, bounce_reason_to_string (c->expected));
    }
}

static void
test_reason_command (void)
{
  BounceEvidence evidence = { 0 };

  /* The command, when the engine knows it, decides between a dead address
   * and a content filter. */
  evidence.action = "failed";
  evidence.reply_code = 550;
  evidence.diagnostic = "550 No such user here";
  evidence.smtp_command = "RCPT";
  g_assert_cmpint (bounce_classify_reason (&evidence), ==, BOUNCE_REASON_USERUNKNOWN);

  evidence.smtp_command = "DATA";
  g_assert_cmpint (bounce_classify_reason (&evidence), ==, BOUNCE_REASON_FILTERED);

  /* Inside a bounce of a known format that does not say the command, the
   * bare words stay ambiguous (Sisimai's reading: a filter); pasted text
   * or a format nothing recognised takes them at their word. */
  evidence.smtp_command = NULL;
  evidence.diagnostic = "550 User unknown";
  evidence.mta_hint = "sendmail";
  g_assert_cmpint (bounce_classify_reason (&evidence), ==, BOUNCE_REASON_FILTERED);
  evidence.mta_hint = "generic";
  g_assert_cmpint (bounce_classify_reason (&evidence), ==, BOUNCE_REASON_USERUNKNOWN);
  evidence.mta_hint = NULL;
  g_assert_cmpint (bounce_classify_reason (&evidence), ==, BOUNCE_REASON_FILTERED);
  evidence.action = NULL;
  g_assert_cmpint (bounce_classify_reason (&evidence), ==, BOUNCE_REASON_USERUNKNOWN);
  evidence.action = "failed";

  /* Postfix's bare "Recipient address rejected." answers RCPT. */
  evidence.smtp_command = "RCPT";
  evidence.diagnostic = "550 <bob@example.org>: Recipient address rejected.";
  g_assert_cmpint (bounce_classify_reason (&evidence), ==, BOUNCE_REASON_USERUNKNOWN);

  /* NTT docomo's bare 5.0.0: the command decides. */
  evidence.status = "5.0.0";
  evidence.provider = "docomo";
  evidence.diagnostic = "550 Unknown user bob@docomo.example.jp";
  evidence.smtp_command = "DATA";
  g_assert_cmpint (bounce_classify_reason (&evidence), ==, BOUNCE_REASON_REJECTED);
  evidence.smtp_command = "RCPT";
  g_assert_cmpint (bounce_classify_reason (&evidence), ==, BOUNCE_REASON_USERUNKNOWN);
  evidence.status = NULL;
  evidence.provider = NULL;

  /* A local delivery program (Diagnostic-Code: X-Unix) that failed is a
   * mailer error, delayed or not, unless its words say more. */
  {
    BounceEvidence local = { 0 };

    local.action = "failed";
    local.status = "4.3.0";
    local.diagnostic = "temporary failure";
    g_assert_cmpint (bounce_classify_reason (&local), ==, BOUNCE_REASON_ONHOLD);
    local.local_program = TRUE;
    g_assert_cmpint (bounce_classify_reason (&local), ==, BOUNCE_REASON_MAILERERROR);
    local.action = "delayed";
    local.status = "4.5.0";
    local.reply_code = 451;
    local.diagnostic = "451 4.0.0 Operating system error";
    g_assert_cmpint (bounce_classify_reason (&local), ==, BOUNCE_REASON_MAILERERROR);
    local.action = "failed";
    local.status = "5.0.0";
    local.reply_code = 0;
    local.diagnostic = "Quota exceeded message delivery failed to /var/mail/bob";
    g_assert_cmpint (bounce_classify_reason (&local), ==, BOUNCE_REASON_MAILBOXFULL);
  }

  /* Google Groups' refusals come in many languages and without codes. */
  evidence.smtp_command = NULL;
  evidence.reply_code = 0;
  evidence.diagnostic = "Hallo, die Gruppe ist möglicherweise nicht vorhanden.";
  evidence.mta_hint = "googlegroups";
  g_assert_cmpint (bounce_classify_reason (&evidence), ==, BOUNCE_REASON_REJECTED);
}

/* A line pasted by help-desk staff: no fields, so codes and provider come
 * from the text itself, as the app does. */
static void
test_reason_pasted (void)
{
  static const struct { const char *line; BounceReason expected; } cases[] = {
    { "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      BOUNCE_REASON_USERUNKNOWN },
    { "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.",
      BOUNCE_REASON_BLOCKED },
    { "550 5.7.705 Access denied, tenant has exceeded threshold.", BOUNCE_REASON_TOOMANYCONN },
    { "550 5.7.515 Access denied, sending domain example.com doesn't meet the required "
      "authentication level.", BOUNCE_REASON_AUTHFAILURE },
    { "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this "
      "message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
      BOUNCE_REASON_AUTHFAILURE },
    { "550 5.7.27 The sender's domain does not pass SPF.", BOUNCE_REASON_AUTHFAILURE },
    { "550 5.7.27 Host does not accept mail", BOUNCE_REASON_NOTACCEPT },
    { "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail "
      "requires all senders to authenticate with either SPF or DKIM.", BOUNCE_REASON_AUTHFAILURE },
    { "553 5.7.2 [TSS09] All messages from 192.0.2.9 will be permanently deferred; Retrying "
      "will NOT succeed.", BOUNCE_REASON_BLOCKED },
    /* A pasted line names no command: "user unknown" is taken at its word.
     * Only a line that says it answered DATA comes from a filter. */
    { "550 user unknown", BOUNCE_REASON_USERUNKNOWN },
    { "550 Requested action not taken: mailbox unavailable (user unknown)",
      BOUNCE_REASON_USERUNKNOWN },
    { "550 Unknown user bob@example.org (in reply to end of DATA command)",
      BOUNCE_REASON_FILTERED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *status = bounce_status_find (cases[i].line);
      BounceEvidence evidence = { 0 };

      evidence.diagnostic = cases[i].line;
      evidence.status = status;
      evidence.reply_code = bounce_reply_code_find (cases[i].line);
      evidence.provider = bounce_classify_provider (NULL, NULL, cases[i].line, NULL, NULL);

      g_test_message ("%s", cases[i].line);
      g_assert_cmpstr (bounce_reason_to_string (bounce_classify_reason (&evidence)), ==,
                       bounce_reason_to_string (cases[i].expected));
    }
}

static void
test_command_find (void)
{
  static const struct { const char *text; const char *expected; } cases[] = {
    { "host mx[192.0.2.1] said: 550 5.1.1 unknown (in reply to RCPT TO command)", "RCPT" },
    { "said: 554 5.7.1 spam (in reply to end of DATA command)", "DATA" },
    { "SMTP error from remote mail server after MAIL FROM:<a@example.com>: 553", "MAIL" },
    { "SMTP error from remote mail server after end of data: 550", "DATA" },
    { "... while talking to mx.example.org.:\n>>> RCPT To:<bob@example.org>\n<<< 550", "RCPT" },
    { "host mx.example.org[192.0.2.1] refused to talk to me: 554 go away", "CONN" },
    /* Folded across lines, as Postfix writes it. */
    { "<bob@example.org>: Recipient address rejected. (in reply to RCPT\n    TO command)", "RCPT" },
    { "550 5.1.1 user unknown", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (bounce_smtp_command_find (cases[i].text), ==, cases[i].expected);
}

/* Severity and hard bounces ------------------------------------------------ */

typedef struct
{
  const char     *action;
  const char     *status;
  guint           reply_code;
  BounceReason    reason;
  BounceSeverity  expected;
} SeverityCase;

static const SeverityCase severity_cases[] = {
  { "failed", "5.1.1", 550, BOUNCE_REASON_USERUNKNOWN, BOUNCE_SEVERITY_PERMANENT },
  /* The action speaks for the recipient: the server gave up. */
  { "failed", "4.7.0", 421, BOUNCE_REASON_BLOCKED, BOUNCE_SEVERITY_PERMANENT },
  /* A delay is not a failure yet. */
  { "delayed", "4.4.1", 0, BOUNCE_REASON_EXPIRED, BOUNCE_SEVERITY_INFORMATIONAL },
  { "delivered", "2.0.0", 250, BOUNCE_REASON_DELIVERED, BOUNCE_SEVERITY_INFORMATIONAL },
  { "relayed", NULL, 0, BOUNCE_REASON_DELIVERED, BOUNCE_SEVERITY_INFORMATIONAL },
  { NULL, "4.2.2", 452, BOUNCE_REASON_MAILBOXFULL, BOUNCE_SEVERITY_TEMPORARY },
  { NULL, "5.7.1", 554, BOUNCE_REASON_SPAMDETECTED, BOUNCE_SEVERITY_PERMANENT },
  /* Myth: 421 is a 4yz reply, temporary, not a "3xx bounce". */
  { NULL, NULL, 421, BOUNCE_REASON_SYSTEMERROR, BOUNCE_SEVERITY_TEMPORARY },
  /* Mixed classes: the enhanced code is the more precise statement. */
  { NULL, "5.7.32", 421, BOUNCE_REASON_AUTHFAILURE, BOUNCE_SEVERITY_PERMANENT },
  /* Myth: 3yz replies are never failures. */
  { NULL, NULL, 354, BOUNCE_REASON_UNDEFINED, BOUNCE_SEVERITY_INFORMATIONAL },
  { NULL, NULL, 550, BOUNCE_REASON_USERUNKNOWN, BOUNCE_SEVERITY_PERMANENT },
  { NULL, NULL, 0, BOUNCE_REASON_VACATION, BOUNCE_SEVERITY_INFORMATIONAL },
  { "failed", "5.0.0", 550, BOUNCE_REASON_FEEDBACK, BOUNCE_SEVERITY_INFORMATIONAL },
};

static void
test_severity_pasted (void)
{
  BounceEvidence evidence = { 0 };

  /* No fields, only the server's words. */
  evidence.diagnostic = "452 4.2.2 The email account that you tried to reach is over quota";
  g_assert_cmpint (bounce_classify_severity (&evidence, BOUNCE_REASON_MAILBOXFULL), ==,
                   BOUNCE_SEVERITY_TEMPORARY);
  evidence.diagnostic = "550 No such user here";
  g_assert_cmpint (bounce_classify_severity (&evidence, BOUNCE_REASON_USERUNKNOWN), ==,
                   BOUNCE_SEVERITY_PERMANENT);
  evidence.diagnostic = "421 Service not available, closing transmission channel";
  g_assert_cmpint (bounce_classify_severity (&evidence, BOUNCE_REASON_BLOCKED), ==,
                   BOUNCE_SEVERITY_TEMPORARY);
}

static void
test_severity (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (severity_cases); i++)
    {
      const SeverityCase *c = &severity_cases[i];
      BounceEvidence evidence = { 0 };

      evidence.action = c->action;
      evidence.status = c->status;
      evidence.reply_code = c->reply_code;

      g_test_message ("case %u", i);
      g_assert_cmpstr (bounce_severity_to_string (bounce_classify_severity (&evidence, c->reason)),
                       ==, bounce_severity_to_string (c->expected));
    }
}

static void
test_hard_bounce (void)
{
  /* Only a dead address is a hard bounce. */
  g_assert_true (bounce_classify_hard_bounce (BOUNCE_REASON_USERUNKNOWN, BOUNCE_SEVERITY_PERMANENT));
  g_assert_true (bounce_classify_hard_bounce (BOUNCE_REASON_HOSTUNKNOWN, BOUNCE_SEVERITY_PERMANENT));
  g_assert_true (bounce_classify_hard_bounce (BOUNCE_REASON_HASMOVED, BOUNCE_SEVERITY_PERMANENT));
  g_assert_true (bounce_classify_hard_bounce (BOUNCE_REASON_NOTACCEPT, BOUNCE_SEVERITY_PERMANENT));
  g_assert_false (bounce_classify_hard_bounce (BOUNCE_REASON_NOTACCEPT, BOUNCE_SEVERITY_TEMPORARY));

  /* Myth: every 5xx means "remove the address". A 5.7.x rejection is
   * permanent but the address is fine. */
  g_assert_false (bounce_classify_hard_bounce (BOUNCE_REASON_SPAMDETECTED, BOUNCE_SEVERITY_PERMANENT));
  g_assert_false (bounce_classify_hard_bounce (BOUNCE_REASON_BLOCKED, BOUNCE_SEVERITY_PERMANENT));
  g_assert_false (bounce_classify_hard_bounce (BOUNCE_REASON_AUTHFAILURE, BOUNCE_SEVERITY_PERMANENT));
  g_assert_false (bounce_classify_hard_bounce (BOUNCE_REASON_POLICYVIOLATION, BOUNCE_SEVERITY_PERMANENT));
  g_assert_false (bounce_classify_hard_bounce (BOUNCE_REASON_MAILBOXFULL, BOUNCE_SEVERITY_PERMANENT));
  g_assert_false (bounce_classify_hard_bounce (BOUNCE_REASON_SUSPEND, BOUNCE_SEVERITY_PERMANENT));
  g_assert_false (bounce_classify_hard_bounce (BOUNCE_REASON_FILTERED, BOUNCE_SEVERITY_PERMANENT));

  /* A 5.7.1 spam rejection from start to end. */
  {
    BounceEvidence evidence = { 0 };
    BounceReason reason;
    BounceSeverity severity;

    evidence.action = "failed";
    evidence.status = "5.7.1";
    evidence.reply_code = 550;
    evidence.diagnostic = "550 5.7.1 Our system has detected that this message is likely "
                          "unsolicited mail (in reply to end of DATA command)";
    reason = bounce_classify_reason (&evidence);
    severity = bounce_classify_severity (&evidence, reason);
    g_assert_cmpint (reason, ==, BOUNCE_REASON_SPAMDETECTED);
    g_assert_cmpint (severity, ==, BOUNCE_SEVERITY_PERMANENT);
    g_assert_false (bounce_classify_hard_bounce (reason, severity));
  }
}

/* Providers ---------------------------------------------------------------- */

typedef struct
{
  const char *remote_mta;
  const char *reporting_mta;
  const char *diagnostic;
  const char *recipient;
  const char *expected;
} ProviderCase;

static const ProviderCase provider_cases[] = {
  { "gmail-smtp-in.l.google.com", NULL, NULL, "bob@example.org", "google" },
  { NULL, NULL, "550-5.1.1 The email account that you tried to reach does not exist. x12si - gsmtp",
    "bob@example.org", "google" },
  /* A custom domain hosted by Google shows up by its MX host in the text. */
  { NULL, "mail.example.com", "host aspmx.l.google.com[192.0.2.26] said: 550 5.1.1 ...",
    "bob@example.org", "google" },
  { "example-org.mail.protection.outlook.com", "mail.example.com", NULL, "bob@example.org", "microsoft" },
  { "mta7.am0.yahoodns.net", NULL, NULL, "bob@example.org", "yahoo" },
  { NULL, NULL, "421 4.7.0 [TSS04] Messages from 192.0.2.5 temporarily deferred", NULL, "yahoo" },
  { "mx01.mail.icloud.com", NULL, NULL, NULL, "apple" },
  { "inbound-smtp.us-east-1.amazonaws.com", NULL, NULL, NULL, "amazonses" },
  { "mx.zoho.com", NULL, NULL, NULL, "zoho" },
  { "mx.yandex.ru", NULL, NULL, NULL, "yandex" },
  { "mxs.mail.ru", NULL, NULL, NULL, "mailru" },
  { "mx00.emig.gmx.net", NULL, NULL, NULL, "gmx" },
  { "mx-ha03.web.de", NULL, NULL, NULL, "gmx" },
  { "us-smtp-inbound-1.mimecast.com", NULL, NULL, NULL, "mimecast" },
  { "mx0a-00123.pphosted.com", NULL, NULL, NULL, "proofpoint" },
  { "cxr.mx.a.cloudfilter.net", NULL, "554 5.7.1 cox.net IPBL1000 blocked", NULL, "cox" },
  { "smtp.secureserver.net", NULL, NULL, NULL, "godaddy" },
  { "mx1.comcast.net", NULL, NULL, NULL, "comcast" },
  { "smtp-in.orange.fr", NULL, NULL, NULL, "orange" },
  /* The refusing host counts more than the host that reported it. */
  { "example-org.mail.protection.outlook.com", "mail-sor-f41.google.com", NULL, NULL, "microsoft" },
  /* Consumer domains are hosted by their owner. */
  { NULL, "mail.example.com", NULL, "bob@gmail.com", "google" },
  { "mx.example.org", "mail.example.com", "550 5.1.1 user unknown", "bob@example.org", NULL },
  /* Domains match whole labels only: carr.com is not rr.com, acme.com not me.com. */
  { "mx.carr.com", NULL, "550 <bob@acme.com>: user unknown", NULL, NULL },
  { "mx.rr.com", NULL, NULL, NULL, "spectrum" },
  /* On-premises Exchange prints the same RESOLVER codes as Microsoft 365,
   * but only Microsoft's own hosts make the provider Microsoft. */
  { NULL, "EXCH01.corp.example.org", "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
    "bob@corp.example.org", NULL },
  { NULL, NULL, "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", NULL, NULL },
  { "example-org.mail.protection.outlook.com", NULL,
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    "bob@example.org", "microsoft" },
  { NULL, NULL, NULL, NULL, NULL },
};

static void
test_provider_display_name (void)
{
  g_assert_cmpstr (bounce_provider_display_name ("google"), ==, "Google");
  g_assert_cmpstr (bounce_provider_display_name ("microsoft"), ==, "Microsoft");
  g_assert_cmpstr (bounce_provider_display_name ("amazonses"), ==, "Amazon SES");
  /* An id without a known name is shown as it is. */
  g_assert_cmpstr (bounce_provider_display_name ("example"), ==, "example");
  g_assert_null (bounce_provider_display_name (NULL));
}

static void
test_provider (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (provider_cases); i++)
    {
      const ProviderCase *c = &provider_cases[i];

      g_test_message ("case %u", i);
      g_assert_cmpstr (bounce_classify_provider (c->remote_mta, c->reporting_mta, c->diagnostic,
                                                 c->recipient, NULL), ==, c->expected);
    }
}

/* The analyzer passes on the command that the human-readable part names
 * when the Diagnostic-Code does not: Postfix writes "(in reply to RCPT TO
 * command)" only in its text. The same generic DSN decides differently
 * with RCPT and with end of DATA. */
#define POSTFIX_DSN_TEMPLATE \
  "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n" \
  "To: alice@example.com\n" \
  "Subject: Undelivered Mail Returned to Sender\n" \
  "MIME-Version: 1.0\n" \
  "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n" \
  "\n" \
  "--b1\n" \
  "Content-Type: text/plain\n" \
  "\n" \
  "This is the mail system at host mail.example.com.\n" \
  "\n" \
  "<bob@example.org>: host mx.example.org[192.0.2.1] said: 550\n" \
  "    <bob@example.org>: Recipient address rejected. (in reply to %s\n" \
  "    command)\n" \
  "\n" \
  "--b1\n" \
  "Content-Type: message/delivery-status\n" \
  "\n" \
  "Reporting-MTA: dns; mail.example.com\n" \
  "\n" \
  "Final-Recipient: rfc822; bob@example.org\n" \
  "Action: failed\n" \
  "Status: 5.0.0\n" \
  "Remote-MTA: dns; mx.example.org\n" \
  "Diagnostic-Code: smtp; 550 <bob@example.org>: Recipient address rejected.\n" \
  "\n" \
  "--b1--\n"

/* A specific status and code: the text is not scanned for recipients, but
 * its command still counts. */
#define POSTFIX_ACCESS_DENIED_TEMPLATE \
  "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n" \
  "To: alice@example.com\n" \
  "Subject: Undelivered Mail Returned to Sender\n" \
  "MIME-Version: 1.0\n" \
  "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n" \
  "\n" \
  "--b1\n" \
  "Content-Type: text/plain\n" \
  "\n" \
  "<bob@example.org>: host mx.example.org[192.0.2.1] said: 550\n" \
  "    5.7.1 Access denied (in reply to %s command)\n" \
  "\n" \
  "--b1\n" \
  "Content-Type: message/delivery-status\n" \
  "\n" \
  "Reporting-MTA: dns; mail.example.com\n" \
  "\n" \
  "Final-Recipient: rfc822; bob@example.org\n" \
  "Action: failed\n" \
  "Status: 5.7.1\n" \
  "Diagnostic-Code: smtp; 550 5.7.1 Access denied\n" \
  "\n" \
  "--b1--\n"

static BounceReason
reason_of_dsn (char *text)
{
  g_autoptr(BounceAnalyzer) analyzer = bounce_analyzer_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));
  g_autoptr(BounceReport) report = bounce_analyzer_analyze_bytes (analyzer, bytes, "test");

  g_assert_cmpuint (bounce_report_get_n_records (report), ==, 1);

  return bounce_record_get_reason (bounce_report_get_record (report, 0));
}

static void
test_command_from_human_text (void)
{
  BounceReason reason;

  reason = reason_of_dsn (g_strdup_printf (POSTFIX_DSN_TEMPLATE, "RCPT TO"));
  g_assert_cmpstr (bounce_reason_to_string (reason), ==, "userunknown");
  reason = reason_of_dsn (g_strdup_printf (POSTFIX_DSN_TEMPLATE, "end of DATA"));
  g_assert_cmpstr (bounce_reason_to_string (reason), !=, "userunknown");

  /* Refused at MAIL FROM: the sender, whatever the 5.7.1. */
  reason = reason_of_dsn (g_strdup_printf (POSTFIX_ACCESS_DENIED_TEMPLATE, "MAIL FROM"));
  g_assert_cmpstr (bounce_reason_to_string (reason), ==, "rejected");
  reason = reason_of_dsn (g_strdup_printf (POSTFIX_ACCESS_DENIED_TEMPLATE, "RCPT TO"));
  g_assert_cmpstr (bounce_reason_to_string (reason), !=, "rejected");
}

/* Robustness: long hostile texts take linear time and never crash. */
static void
test_hostile_text (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  BounceEvidence evidence = { 0 };
  g_autofree char *status = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append (text, "5.5.5.5.5 user * <a@b <<< 550-");
  evidence.diagnostic = text->str;
  evidence.action = "failed";

  (void)bounce_classify_reason (&evidence);
  status = bounce_status_find (text->str);
  g_assert_null (status);
  (void)bounce_reply_code_find (text->str);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/classifier/status/find", test_status_find);
  g_test_add_func ("/classifier/status/valid", test_status_valid);
  g_test_add_func ("/classifier/status/more-specific", test_status_more_specific);
  g_test_add_func ("/classifier/reply-code/find", test_reply_code_find);
  g_test_add_func ("/classifier/reason/texts", test_reason);
  g_test_add_func ("/classifier/reason/command", test_reason_command);
  g_test_add_func ("/classifier/reason/pasted", test_reason_pasted);
  g_test_add_func ("/classifier/command/find", test_command_find);
  g_test_add_func ("/classifier/command/from-human-text", test_command_from_human_text);
  g_test_add_func ("/classifier/severity", test_severity);
  g_test_add_func ("/classifier/severity/pasted", test_severity_pasted);
  g_test_add_func ("/classifier/hard-bounce", test_hard_bounce);
  g_test_add_func ("/classifier/provider", test_provider);
  g_test_add_func ("/classifier/provider/display-name", test_provider_display_name);
  g_test_add_func ("/classifier/hostile-text", test_hostile_text);

  return g_test_run ();
}
