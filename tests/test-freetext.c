/* test-freetext.c
 *
 * The free-text bounce scanner against bounces written in the style of each
 * mail server (the files in tests/freetext/: a few header lines, a blank line, the
 * human-readable text), pasted help-desk snippets, ordinary mail, and inputs
 * big enough that anything but linear scanning would not finish.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-freetext.h"

typedef struct
{
  const char *recipient;
  guint       reply_code;
  const char *status;
  const char *diagnostic;
  const char *remote_mta;
  const char *action;
} ExpectedHit;

typedef struct
{
  const char  *file;
  const char  *mta;
  guint        n_hits;
  ExpectedHit  hits[3];
} FormatCase;

static const FormatCase format_cases[] = {
  { "postfix.txt", "postfix", 3, {
      { "alice@example.com", 550, "5.1.1",
        "550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown in virtual "
        "mailbox table (in reply to RCPT TO command)",
        "mx1.example.com", "failed" },
      { "bob@example.net", 552, "5.2.2",
        "552-5.2.2 The email account that you tried to reach is over quota. 552 5.2.2 Please "
        "direct the recipient to the help page (in reply to RCPT TO command)",
        "mx.example.net", "failed" },
      { "carol@example.com", 0, NULL,
        "connect to mx9.example.com[203.0.113.9]:25: Connection timed out",
        "mx9.example.com", "failed" } } },
  { "postfix-delay.txt", "postfix", 1, {
      { "dave@example.net", 451, "4.7.1",
        "451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO command)",
        "mx.example.net", "delayed" } } },
  { "postfix-success.txt", "postfix", 1, {
      { "tom@example.com", 0, "2.0.0",
        "delivery via mx.example.com[192.0.2.30]:25: 250 2.0.0 Ok: queued as 4ZqABC",
        "mx.example.com", "delivered" } } },
  { "exim.txt", "exim", 2, {
      { "erin@example.com", 550, "5.1.1",
        "SMTP error from remote mail server after RCPT TO:<erin@example.com>: 550 5.1.1 "
        "<erin@example.com>: Recipient address rejected: User unknown in local recipient table",
        "mx.example.com", "failed" },
      { "frank", 0, NULL, "Unrouteable address", NULL, "failed" } } },
  { "exim-delay.txt", "exim", 1, {
      { "grace@example.net", 421, "4.7.0",
        "SMTP error from remote mail server after MAIL FROM:<sender@example.org>: 421 4.7.0 "
        "Try again later, closing connection.",
        "mx.example.net", "delayed" } } },
  { "sendmail.txt", "sendmail", 2, {
      { "heidi@example.com", 550, "5.1.1", "550 5.1.1 <heidi@example.com>... No such user",
        "mx.example.com", "failed" },
      { "ivan@example.com", 554, "5.7.1", "554 5.7.1 Message rejected as spam",
        "mx.example.com", "failed" } } },
  { "sendmail-warning.txt", "sendmail", 1, {
      { "judy@example.net", 0, NULL, "<judy@example.net>... Deferred: Connection refused by mx.example.net.",
        NULL, "delayed" } } },
  { "qmail.txt", "qmail", 2, {
      { "karl@example.com", 550, "5.1.1",
        "192.0.2.61 does not like recipient. Remote host said: 550-5.1.1 The email account that "
        "you tried to reach does not exist. Please try double-checking the recipient's email "
        "address Giving up on 192.0.2.61.",
        "192.0.2.61", "failed" },
      { "lena@example.org", 0, "5.1.1", "Sorry, no mailbox here by that name. vpopmail (#5.1.1)",
        NULL, "failed" } } },
  { "courier.txt", "courier", 1, {
      { "mallory@example.com", 550, "5.1.1", "550 5.1.1 <mallory@example.com>: mailbox unavailable",
        "mx.example.com", "failed" } } },
  { "exchange2003.txt", "exchange2003", 1, {
      { "niaj@example.com", 0, "5.1.1",
        "The e-mail account does not exist at the organization this message was sent to. "
        "<mail.example.org #5.1.1>",
        NULL, "failed" } } },
  { "office365.txt", "microsoft", 1, {
      { "olivia@example.com", 550, "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        NULL, "failed" } } },
  { "exchange2007.txt", "microsoft", 2, {
      { "ruth@example.com", 550, "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        NULL, "failed" },
      { "sam@example.net", 552, "5.2.2", "552 5.2.2 Mailbox full", "mx.example.net", "failed" } } },
  { "office365-new.txt", "microsoft", 1, {
      { "olga@example.com", 550, "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient olga@example.com not found by SMTP address lookup",
        NULL, "failed" } } },
  { "gmail.txt", "gmail", 1, {
      { "peggy@example.com", 550, "5.1.1",
        "550 5.1.1 <peggy@example.com>: Recipient address rejected: User unknown in virtual "
        "mailbox table",
        NULL, "failed" } } },
  { "gmail-old.txt", "gmail", 1, {
      { "quentin@example.net", 552, "5.2.2", "552 5.2.2 Mailbox full", NULL, "failed" } } },
  { "gmail-delay.txt", "gmail", 1, {
      { "zack@example.net", 0, NULL,
        "The recipient server did not accept our requests to connect. Learn more at "
        "https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.88: timed out]",
        NULL, "delayed" } } },
  { "ses-text.txt", "amazonses", 1, {
      { "abby@example.com", 550, "5.1.0",
        "5.1.0 - Unknown address error 550-'5.1.1 <abby@example.com>: Recipient address rejected: "
        "User unknown in virtual mailbox table'",
        NULL, "failed" } } },
  { "yahoo.txt", "yahoo", 1, {
      { "rupert@example.org", 554, "5.7.1", "554 5.7.1 <rupert@example.org>: Relay access denied",
        NULL, "failed" } } },
  { "amazonses.txt", "amazonses", 1, {
      { "sybil@example.com", 550, "5.1.1", "550 5.1.1 user unknown", NULL, "failed" } } },
  { "sendgrid.txt", "sendgrid", 1, {
      { "trent@example.com", 550, "5.1.1",
        "550 5.1.1 <trent@example.com>: Recipient address rejected: User unknown",
        "mx.example.com", "failed" } } },
  { "domino.txt", "domino", 1, {
      { "victor@example.com", 0, NULL, "User victor (victor@example.com) not listed in Domino Directory",
        NULL, "failed" } } },
  { "opensmtpd.txt", "opensmtpd", 2, {
      { "walter@example.com", 550, "5.2.2", "550 5.2.2 <walter@example.com>: Mailbox full",
        NULL, "failed" },
      { "xena@example.net", 0, NULL, "Domain does not exist", NULL, "failed" } } },
  { "opensmtpd-delay.txt", "opensmtpd", 1, {
      { "quinn@example.net", 421, "4.7.0", "421 4.7.0 Try again later", NULL, "delayed" } } },
  { "opensmtpd-error-is.txt", "opensmtpd", 1, {
      { "pia@example.com", 550, "5.1.1",
        "550 5.1.1 <pia@example.com>: Recipient address rejected: User unknown", NULL, "failed" } } },
  { "messagingserver.txt", "messagingserver", 1, {
      { "yusuf@example.com", 550, "5.1.1", "550 5.1.1 unknown or illegal alias: yusuf@example.com",
        "mx.example.com", "failed" } } },
  { "gmx.txt", "gmx", 1, {
      { "zoe@example.de", 550, "5.1.1",
        "SMTP error from remote server for RCPT TO command, host: mx.example.de (192.0.2.99) "
        "reason: 550 5.1.1 Benutzer unbekannt",
        "mx.example.de", "failed" } } },
  { "zoho.txt", "zoho", 1, {
      { "adam@example.com", 550, "5.1.1",
        "Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <adam@example.com>: Mailbox does not exist",
        NULL, "failed" } } },
  { "yandex.txt", "yandex", 1, {
      { "boris@example.ru", 550, "5.7.1",
        "550 5.7.1 Message rejected under suspicion of SPAM (in reply to end of DATA command)",
        "mx.example.ru", "failed" } } },
  { "mailru.txt", "mailru", 1, {
      { "clara@example.org", 550, "5.2.1",
        "SMTP error from remote mail server after RCPT TO:<clara@example.org>: host "
        "mx.example.org [192.0.2.150]: 550 5.2.1 Mailbox disabled",
        "mx.example.org", "failed" } } },
  { "dragonfly.txt", "dragonfly", 1, {
      { "dan@example.com", 550, "5.1.1",
        "mx.example.com [192.0.2.160] did not like our RCPT TO: 550 5.1.1 <dan@example.com>: "
        "Recipient address rejected: User unknown",
        "mx.example.com", "failed" } } },
  { "mailmarshal.txt", "mailmarshal", 1, {
      { "ben@example.com", 550, "5.1.1", "550 5.1.1 User unknown", "192.0.2.20", "failed" } } },
  { "interscan.txt", "interscan", 1, {
      { "celia@example.com", 550, "5.1.1", "550 5.1.1 <celia@example.com>... user unknown", NULL, "failed" } } },
  { "biglobe.txt", "biglobe", 1, {
      { "dora@biglobe.ne.jp", 0, NULL,
        "The number of messages in recipient's mailbox exceeded the local limit.", NULL, "failed" } } },
  { "einsundeins.txt", "gmx", 1, {
      { "emil@example.eu", 0, NULL,
        "Mail size limit exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages?ip=%1s",
        NULL, "failed" } } },
  { "kddi.txt", "kddi", 1, {
      { "fumi@example.dion.ne.jp", 0, NULL, "As their mailbox is full.", NULL, "failed" } } },
  { "ezweb.txt", "kddi", 1, {
      { "mio@ezweb.ne.jp", 550, NULL, "550 <mio@ezweb.ne.jp>: User unknown", NULL, "failed" } } },
  { "x1.txt", "x1", 1, {
      { "gus@example.com", 0, NULL, "User unknown", NULL, "failed" } } },
  { "x6.txt", "x6", 1, {
      { "hana@example.com", 550, "5.1.1", "550 5.1.1 User unknown", "mx.example.com", "failed" } } },
  { "notes.txt", "notes", 1, {
      { "ines@example.com", 0, NULL, "User not listed in public Name & Address Book", NULL, "failed" } } },
  { "mcafee.txt", "mcafee", 1, {
      { "jorge@example.com", 0, "5.1.1", "5.1.1 <jorge@example.com>... User unknown", NULL, "failed" } } },
  { "mfilter.txt", "mfilter", 1, {
      { "kaito@example.co.jp", 550, "5.1.1",
        "550 5.1.1 <kaito@example.co.jp>: Recipient address rejected: User unknown in local recipient table",
        NULL, "failed" } } },
  { "imail.txt", "imail", 1, {
      { "lara@example.org", 0, NULL, "Invalid final delivery userid: lara@example.org", NULL, "failed" } } },
};

/* A fixture: header lines, a blank line, the body. The strings point into
 * @text, which the caller frees. */
typedef struct
{
  char               *text;
  char              **lines;
  BounceFreetextInput input;
} Fixture;

static void
fixture_load (Fixture    *fixture,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "freetext", name, NULL);
  g_autoptr(GError) error = NULL;
  char *sep;

  memset (fixture, 0, sizeof *fixture);
  g_file_get_contents (path, &fixture->text, NULL, &error);
  g_assert_no_error (error);

  sep = strstr (fixture->text, "\n\n");
  g_assert_nonnull (sep);
  *sep = '\0';

  fixture->input.headers = fixture->text;
  fixture->input.body = sep + 2;

  fixture->lines = g_strsplit (fixture->text, "\n", -1);
  for (guint i = 0; fixture->lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (fixture->lines[i], "Subject: "))
        fixture->input.subject = fixture->lines[i] + strlen ("Subject: ");
      else if (g_str_has_prefix (fixture->lines[i], "From: "))
        fixture->input.from = fixture->lines[i] + strlen ("From: ");
    }
}

static void
fixture_clear (Fixture *fixture)
{
  g_free (fixture->text);
  g_strfreev (fixture->lines);
}

static void
assert_hit (const BounceFreetextHit *hit,
            const ExpectedHit       *want,
            const char              *mta)
{
  g_assert_cmpstr (hit->recipient, ==, want->recipient);
  g_assert_cmpuint (hit->reply_code, ==, want->reply_code);
  g_assert_cmpstr (hit->status, ==, want->status);
  g_assert_cmpstr (hit->diagnostic, ==, want->diagnostic);
  g_assert_cmpstr (hit->remote_mta, ==, want->remote_mta);
  g_assert_cmpstr (hit->action, ==, want->action);
  g_assert_cmpstr (hit->mta, ==, mta);
}

static void
test_format (gconstpointer data)
{
  const FormatCase *c = data;
  g_autoptr(GPtrArray) hits = NULL;
  Fixture fixture;

  fixture_load (&fixture, c->file);

  g_assert_cmpstr (bounce_freetext_detect (&fixture.input), ==, c->mta);

  hits = bounce_freetext_scan (&fixture.input, 100);
  g_assert_cmpuint (hits->len, ==, c->n_hits);
  for (guint i = 0; i < c->n_hits; i++)
    assert_hit (g_ptr_array_index (hits, i), &c->hits[i], c->mta);

  fixture_clear (&fixture);
}

/* Pasted text has no headers: only a body. */
static GPtrArray *
scan_body (const char *body,
           const char *expected_mta)
{
  BounceFreetextInput input = { NULL, NULL, NULL, body };

  g_assert_cmpstr (bounce_freetext_detect (&input), ==, expected_mta);

  return bounce_freetext_scan (&input, 100);
}

static void
test_pasted_recipient_after_code (void)
{
  g_autoptr(GPtrArray) hits = scan_body (
    "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table\n",
    "generic");
  const ExpectedHit want = {
    "bob@example.com", 550, "5.1.1",
    "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
    NULL, "failed"
  };

  g_assert_cmpuint (hits->len, ==, 1);
  assert_hit (g_ptr_array_index (hits, 0), &want, "generic");
}

static void
test_pasted_no_recipient (void)
{
  g_autoptr(GPtrArray) hits = scan_body (
    "Hi, I keep getting this when I write to our supplier:\n"
    "\n"
    "    554 5.7.1 Service unavailable; Client host [192.0.2.77] blocked using zen.spamhaus.org\n"
    "\n"
    "Can you help?\n",
    "generic");
  const ExpectedHit want = {
    NULL, 554, "5.7.1",
    "554 5.7.1 Service unavailable; Client host [192.0.2.77] blocked using zen.spamhaus.org",
    NULL, "failed"
  };

  g_assert_cmpuint (hits->len, ==, 1);
  assert_hit (g_ptr_array_index (hits, 0), &want, "generic");
}

static void
test_pasted_exim_line (void)
{
  g_autoptr(GPtrArray) hits = scan_body (
    "SMTP error from remote mail server after RCPT TO:<dina@example.net>: 550 5.1.1 No such user here\n",
    "generic");
  const ExpectedHit want = {
    "dina@example.net", 550, "5.1.1", "550 5.1.1 No such user here", NULL, "failed"
  };

  g_assert_cmpuint (hits->len, ==, 1);
  assert_hit (g_ptr_array_index (hits, 0), &want, "generic");
}

static void
test_pasted_rcpt_to (void)
{
  g_autoptr(GPtrArray) hits = scan_body (
    "RCPT TO:<eve@example.com> ... 450 4.2.0 <eve@example.com>: Recipient address rejected: Greylisted\n",
    "generic");
  const ExpectedHit want = {
    "eve@example.com", 450, "4.2.0",
    "450 4.2.0 <eve@example.com>: Recipient address rejected: Greylisted", NULL, NULL
  };

  g_assert_cmpuint (hits->len, ==, 1);
  assert_hit (g_ptr_array_index (hits, 0), &want, "generic");
}

static void
test_pasted_postfix_line (void)
{
  g_autoptr(GPtrArray) hits = scan_body (
    "<carl@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n",
    "postfix");
  const ExpectedHit want = {
    "carl@example.org", 550, "5.1.1", "550 5.1.1 User unknown (in reply to RCPT TO command)",
    "mx.example.org", "failed"
  };

  g_assert_cmpuint (hits->len, ==, 1);
  assert_hit (g_ptr_array_index (hits, 0), &want, "postfix");
}

static void
test_pasted_address_then_reply (void)
{
  g_autoptr(GPtrArray) hits = scan_body (
    "Failed recipient:\n"
    "  fred@example.net\n"
    "Reply from the server:\n"
    "  550 5.2.1 Mailbox disabled for this recipient\n",
    "generic");
  const ExpectedHit want = {
    "fred@example.net", 550, "5.2.1", "550 5.2.1 Mailbox disabled for this recipient", NULL, "failed"
  };

  g_assert_cmpuint (hits->len, ==, 1);
  assert_hit (g_ptr_array_index (hits, 0), &want, "generic");
}

/* A bounce quoted in a help-desk ticket is read as the bounce itself. */
static void
test_pasted_quoted_bounce (void)
{
  g_autoptr(GPtrArray) hits = scan_body (
    "Hello support, my mail bounced with:\n"
    "\n"
    "> Delivery to the following recipient failed permanently:\n"
    ">\n"
    ">      yara@example.com\n"
    ">\n"
    "> Technical details of permanent failure:\n"
    "> The response from the remote server was:\n"
    "> 550 5.2.1 The email account that you tried to reach is disabled.\n",
    "gmail");
  const ExpectedHit want = {
    "yara@example.com", 550, "5.2.1", "550 5.2.1 The email account that you tried to reach is disabled.",
    NULL, "failed"
  };

  g_assert_cmpuint (hits->len, ==, 1);
  assert_hit (g_ptr_array_index (hits, 0), &want, "gmail");
}

/* A quoted local part is part of the address. */
static void
test_pasted_quoted_local_part (void)
{
  g_autoptr(GPtrArray) hits = scan_body (
    "<\"john..doe\"@example.com>: host mx.example.com[192.0.2.7] said: 550 5.1.1 User unknown\n"
    "    (in reply to RCPT TO command)\n",
    "postfix");
  const ExpectedHit want = {
    "\"john..doe\"@example.com", 550, "5.1.1", "550 5.1.1 User unknown (in reply to RCPT TO command)",
    "mx.example.com", "failed"
  };

  g_assert_cmpuint (hits->len, ==, 1);
  assert_hit (g_ptr_array_index (hits, 0), &want, "postfix");
}

/* A version number is not a status; the status is the one after the code. */
static void
test_pasted_version_number (void)
{
  g_autoptr(GPtrArray) hits = scan_body (
    "gus@example.net: relay 2.4.1 (ESMTP, version 2.5.1) replied: 550 5.1.1 No such user\n",
    "generic");
  const ExpectedHit want = {
    "gus@example.net", 550, "5.1.1", "550 5.1.1 No such user", NULL, "failed"
  };

  g_assert_cmpuint (hits->len, ==, 1);
  assert_hit (g_ptr_array_index (hits, 0), &want, "generic");
}

static void
test_ordinary_mail (void)
{
  BounceFreetextInput input = {
    "Lunch on Friday?",
    "Gina <gina@example.org>",
    "From: Gina <gina@example.org>\nSubject: Lunch on Friday?\n",
    "Hi Harry,\n\nthe 450 people from the conference arrive at 12:30; write to\n"
    "harry@example.com or call 555 0100 if anything changes.\n\nGina\n",
  };
  g_autoptr(GPtrArray) hits = bounce_freetext_scan (&input, 100);

  g_assert_cmpuint (hits->len, ==, 0);
}

/* A reply naming nobody, the recipient named only in X-Failed-Recipients:
 * the diagnostic is the reply's line, not the rest of the text after it. */
static void
test_header_recipient_gets_reply_line (void)
{
  BounceFreetextInput input = {
    "Returned",
    "someone@example.org",
    "From: someone@example.org\nSubject: Returned\nX-Failed-Recipients: bob@example.com\n",
    "Hello,\n\n550 5.1.1 mailbox unavailable\nAn unrelated line.\n",
  };
  g_autoptr(GPtrArray) hits = bounce_freetext_scan (&input, 100);
  BounceFreetextHit *hit;

  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (hit->recipient, ==, "bob@example.com");
  g_assert_cmpstr (hit->diagnostic, ==, "550 5.1.1 mailbox unavailable");
}

/* Sendmail's "while talking to" line names the server or nothing: a host
 * mentioned further down is not taken for it. */
static void
test_sendmail_remote_from_its_line (void)
{
  BounceFreetextInput input = {
    "Returned mail: see transcript for details",
    "MAILER-DAEMON@example.org",
    "From: MAILER-DAEMON@example.org\nSubject: Returned mail: see transcript for details\n",
    "----- The following addresses had permanent fatal errors -----\n"
    "<bob@example.com>\n\n"
    "----- Transcript of session follows -----\n"
    "... while talking to [192.0.2.1]:\n"
    ">>> RCPT To:<bob@example.com>\n"
    "<<< 550 5.1.1 unknown user\n"
    "550 5.1.1 <bob@example.com>... User unknown\n\n"
    "Later text: host mx.elsewhere.example said hello\n",
  };
  g_autoptr(GPtrArray) hits = bounce_freetext_scan (&input, 100);
  BounceFreetextHit *hit;

  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (hit->diagnostic, ==, "550 5.1.1 unknown user");
  g_assert_null (hit->remote_mta);
}

/* Users of providers whose bounces we know write ordinary mail too. */
static void
test_ordinary_mail_from_provider (void)
{
  static const BounceFreetextInput inputs[] = {
    { "Re: Angebot", "Hans <hans@gmx.net>",
      "From: Hans <hans@gmx.net>\nSubject: Re: Angebot\nReceived: by mx.example.org (OpenSMTPD) with ESMTP\n",
      "bob@example.com schrieb:\n> Der Preis ist 550 Euro.\n\nbob@example.com: einverstanden, 450 5.0 Tonnen.\n" },
    { "Invoice 4711", "Billing <billing@example.com>",
      "From: Billing <billing@example.com>\nX-SES-Outgoing: 2025.03.06-54.240.0.1\n",
      "Dear customer,\n  carla@example.net\n  Amount due: 550.00\n" },
    { "Hi", "Kenji <kenji@ezweb.ne.jp>", "From: Kenji <kenji@ezweb.ne.jp>\n",
      "<yui@example.jp> said the 421 train is late.\n" },
    { "Build failed: main #552", "CI <ci@example.org>", "From: CI <ci@example.org>\n",
      "bob@example.com pushed 3 commits\n  carol@example.com: reviewed\n\nStep 4 failed.\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GPtrArray) hits = bounce_freetext_scan (&inputs[i], 100);

      g_assert_cmpstr (bounce_freetext_detect (&inputs[i]), ==, "generic");
      g_assert_cmpuint (hits->len, ==, 0);
    }
}

static void
test_empty_input (void)
{
  BounceFreetextInput input = { NULL, NULL, NULL, NULL };
  g_autoptr(GPtrArray) hits = bounce_freetext_scan (&input, 100);

  g_assert_null (bounce_freetext_detect (&input));
  g_assert_nonnull (hits);
  g_assert_cmpuint (hits->len, ==, 0);
}

static void
test_max_recipients (void)
{
  Fixture fixture;
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GPtrArray) none = NULL;

  fixture_load (&fixture, "postfix.txt");

  two = bounce_freetext_scan (&fixture.input, 2);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_cmpstr (((BounceFreetextHit *) g_ptr_array_index (two, 1))->recipient, ==, "bob@example.net");

  none = bounce_freetext_scan (&fixture.input, 0);
  g_assert_cmpuint (none->len, ==, 0);

  fixture_clear (&fixture);
}

/* One reply line of a megabyte: the scan reads it once, and keeps only the
 * beginning of it as the diagnostic. */
static void
test_huge_line (void)
{
  g_autoptr(GString) body = g_string_new ("<big@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 ");
  g_autoptr(GPtrArray) hits = NULL;
  BounceFreetextInput input = { NULL, NULL, NULL, NULL };
  BounceFreetextHit *hit;

  for (guint i = 0; i < 1024 * 1024 / 8; i++)
    g_string_append (body, "a@b.c 45");
  g_string_append (body, " (in reply to RCPT TO command)\n");
  input.body = body->str;

  hits = bounce_freetext_scan (&input, 100);
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (hit->recipient, ==, "big@example.com");
  g_assert_cmpuint (hit->reply_code, ==, 550);
  g_assert_cmpstr (hit->status, ==, "5.1.1");
  g_assert_cmpstr (hit->remote_mta, ==, "mx.example.com");
  g_assert_cmpuint (strlen (hit->diagnostic), <=, 4096);
  g_assert_true (g_str_has_prefix (hit->diagnostic, "550 5.1.1 a@b.c 45a@b.c"));
}

/* Twenty thousand failed recipients: each is looked up once, and the scan
 * stops adding at the limit. */
static void
test_many_recipients (void)
{
  g_autoptr(GString) body = g_string_new ("This is the mail system at host mx.example.org.\n\n"
                                          "                   The mail system\n\n");
  g_autoptr(GPtrArray) hits = NULL;
  BounceFreetextInput input = { "Undelivered Mail Returned to Sender", NULL, NULL, NULL };
  BounceFreetextHit *last;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (body, "<user%u@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 "
                                  "unknown (in reply to RCPT TO command)\n\n", i);
  input.body = body->str;

  hits = bounce_freetext_scan (&input, 10000);
  g_assert_cmpuint (hits->len, ==, 10000);
  last = g_ptr_array_index (hits, 9999);
  g_assert_cmpstr (last->recipient, ==, "user9999@example.com");
  g_assert_cmpuint (last->reply_code, ==, 550);
}

/* A reason written once for ten thousand recipients is shared, not rebuilt
 * for each. */
static void
test_many_recipients_shared_reason (void)
{
  g_autoptr(GString) body = g_string_new ("Your message\n\nwas not delivered to:\n\n");
  g_autoptr(GPtrArray) hits = NULL;
  BounceFreetextInput input = { "DELIVERY FAILURE: mailbox full", "Postmaster@example.org", NULL, NULL };
  BounceFreetextHit *last;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (body, "  user%u@example.com\n", i);
  g_string_append (body, "\nbecause:\n\n");
  for (guint i = 0; i < 50000; i++)
    g_string_append (body, "  Mailbox quota exceeded for this user\n");
  input.body = body->str;

  hits = bounce_freetext_scan (&input, 10000);
  g_assert_cmpuint (hits->len, ==, 10000);
  last = g_ptr_array_index (hits, 9999);
  g_assert_cmpstr (last->recipient, ==, "user9999@example.com");
  g_assert_true (g_str_has_prefix (last->diagnostic, "Mailbox quota exceeded for this user Mailbox"));
  g_assert_cmpuint (strlen (last->diagnostic), <=, 4096);
}

/* Megabytes of the characters the scanners stop at: '<' for tags, '@' for
 * addresses, digits and dots for codes. */
static void
test_huge_pathological (void)
{
  static const char * const units[] = { "<a", "@", "5.5.", "<html>x<", "550-", "a@b" };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr(GString) body = g_string_new ("This is the mail system at host mx.example.org.\n<html>\n");
      g_autoptr(GPtrArray) hits = NULL;
      BounceFreetextInput input = { "Undelivered Mail Returned to Sender", "MAILER-DAEMON@example.org", NULL, NULL };
      gsize unit_len = strlen (units[u]);

      while (body->len < 1024 * 1024)
        g_string_append_len (body, units[u], unit_len);
      input.body = body->str;

      hits = bounce_freetext_scan (&input, 100);
      g_assert_cmpuint (hits->len, <=, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (format_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/freetext/format/%s", format_cases[i].file);

      g_test_add_data_func (name, &format_cases[i], test_format);
    }

  g_test_add_func ("/freetext/pasted/recipient-after-code", test_pasted_recipient_after_code);
  g_test_add_func ("/freetext/pasted/no-recipient", test_pasted_no_recipient);
  g_test_add_func ("/freetext/pasted/exim-line", test_pasted_exim_line);
  g_test_add_func ("/freetext/pasted/rcpt-to", test_pasted_rcpt_to);
  g_test_add_func ("/freetext/pasted/postfix-line", test_pasted_postfix_line);
  g_test_add_func ("/freetext/pasted/address-then-reply", test_pasted_address_then_reply);
  g_test_add_func ("/freetext/pasted/version-number", test_pasted_version_number);
  g_test_add_func ("/freetext/pasted/quoted-local-part", test_pasted_quoted_local_part);
  g_test_add_func ("/freetext/pasted/quoted-bounce", test_pasted_quoted_bounce);
  g_test_add_func ("/freetext/header-recipient-reply-line", test_header_recipient_gets_reply_line);
  g_test_add_func ("/freetext/sendmail-remote-from-its-line", test_sendmail_remote_from_its_line);
  g_test_add_func ("/freetext/ordinary-mail", test_ordinary_mail);
  g_test_add_func ("/freetext/ordinary-mail-from-provider", test_ordinary_mail_from_provider);
  g_test_add_func ("/freetext/empty", test_empty_input);
  g_test_add_func ("/freetext/max-recipients", test_max_recipients);
  g_test_add_func ("/freetext/linear/huge-line", test_huge_line);
  g_test_add_func ("/freetext/linear/pathological", test_huge_pathological);
  g_test_add_func ("/freetext/linear/many-recipients", test_many_recipients);
  g_test_add_func ("/freetext/linear/many-recipients-shared-reason", test_many_recipients_shared_reason);

  return g_test_run ();
}
