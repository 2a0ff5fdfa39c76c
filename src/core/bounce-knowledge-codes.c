/* bounce-knowledge-codes.c
 *
 * The knowledge base for codes: every RFC 5321 reply code (with the AUTH and
 * TLS replies of RFC 4954, RFC 3207 and RFC 5248), every enhanced status code
 * of RFC 3463 and the IANA "SMTP Enhanced Status Codes" registry, and the
 * providers' own meanings where Google, Microsoft, Yahoo or Apple use a code
 * differently or much more specifically than the registry.
 *
 * Enhanced status codes are keyed class-independently ("X.2.2") so that one
 * entry serves 4.2.2 and 5.2.2; the texts say where the class changes the
 * meaning. Provider overlays are keyed by the exact code ("5.7.27") because
 * providers give the transient and the permanent form different meanings.
 *
 * Provider codes change several times a year: each entry carries its source
 * and the date it was last checked against that source. Sources and review
 * dates are citations, not user interface text, so they are not translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-knowledge-private.h"

#define REVIEWED "2026-11-27"

const BounceKnowledgeEntry bounce_knowledge_code_entries[] = {
  /* RFC 5321 reply codes: 2yz positive completion */

  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "211",
    .provider = NULL,
    .title = N_("System status (not an error)"),
    .plain = N_("This is a normal status message from a mail server, sent "
                "when a program asked it how it is doing. It does not mean "
                "that anything went wrong, and your message did not bounce "
                "because of it."),
    .technical = N_("RFC 5321 §4.2.3: 211 “System status, or system help "
                    "reply”, a positive completion reply (2yz). It answers "
                    "informational commands such as HELP and never reports "
                    "a delivery failure. If a bounce quotes 211, look for "
                    "the 4yz or 5yz reply or the enhanced status code that "
                    "the same report contains; that one explains the "
                    "failure."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: 211 is an informational reply, not a failure."),
      N_("If this came with a bounce, look for a reply code starting with 4 "
         "or 5 in the same report, which is the real reason."),
      NULL,
    },
    .source = "RFC 5321 §4.2.2, §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "214",
    .provider = NULL,
    /* Translators: 214 is the SMTP reply that carries a help text, as in "the server printed its help" */
    .title = N_("Help message (not an error)"),
    .plain = N_("The mail server sent a help text because a program asked "
                "for it. This is not an error and has nothing to do with "
                "whether your message was delivered."),
    .technical = N_("RFC 5321 §4.2.3: 214 “Help message”, the positive "
                    "reply to the HELP command, meant for a human reading "
                    "the session (usually a list of supported commands or a "
                    "pointer to documentation). It never reports a failure."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: 214 only means the server answered a request for "
         "help."),
      N_("If this came with a bounce, look for the reply code starting with "
         "4 or 5 in the same report."),
      NULL,
    },
    .source = "RFC 5321 §4.2.2, §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "220",
    .provider = NULL,
    .title = N_("Mail server ready (not an error)"),
    .plain = N_("The receiving mail server said hello and that it is ready "
                "to talk. This is the normal start of every mail delivery "
                "and is not a problem."),
    .technical = N_("RFC 5321 §4.2.3: 220 “<domain> Service ready”, the "
                    "greeting a server sends when a client connects (also "
                    "the reply to STARTTLS, “ready to start TLS”). A "
                    "failure later in the session is reported by a "
                    "different, 4yz or 5yz reply."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: 220 is the server’s normal greeting."),
      N_("If delivery failed, look for the later reply starting with 4 or 5 "
         "that the report quotes."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3; RFC 3207 §4",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "221",
    .provider = NULL,
    .title = N_("Connection closed normally (not an error)"),
    .plain = N_("The mail server said goodbye at the end of a conversation. "
                "This happens after every delivery, successful or not, and "
                "is not itself a problem."),
    .technical = N_("RFC 5321 §4.2.3: 221 “<domain> Service closing "
                    "transmission channel”, the positive reply to QUIT. It "
                    "is not a failure. Some servers send 221 after they "
                    "have refused something, so when a report shows it, the "
                    "earlier 4yz or 5yz reply in the same session is the "
                    "one that explains the problem."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: 221 is the normal end of a mail session."),
      N_("If delivery failed, look for the earlier reply starting with 4 or "
         "5 in the report."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "250",
    .provider = NULL,
    .title = N_("Accepted (not an error)"),
    .plain = N_("The receiving mail server accepted the request. When a "
                "report shows this code for your message, the server took "
                "the message and is responsible for delivering it to the "
                "mailbox."),
    .technical = N_("RFC 5321 §4.2.3: 250 “Requested mail action okay, "
                    "completed”. After the end of the message data it means "
                    "the receiving server has taken responsibility for "
                    "delivery (§4.2.5, §6.1). A message acknowledged with "
                    "250 that never appears in the inbox was handled "
                    "afterwards by the recipient’s side: spam folder, "
                    "quarantine, mailbox rules or a later internal bounce. "
                    "DSNs with Action: delivered or relayed usually carry "
                    "250 with status 2.0.0 or 2.6.0."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: the message was accepted."),
      N_("If the recipient cannot find it, ask them to look in their spam "
         "or junk folder and quarantine."),
      N_("If it is still missing, ask the recipient’s mail administrator to "
         "trace it in their logs with the date, time and message ID."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3, §4.2.5, §6.1",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "251",
    .provider = NULL,
    .title = N_("Forwarded to another address (not an error)"),
    .plain = N_("The server accepted the message and will pass it on, "
                "because the person no longer receives mail at this server. "
                "Your message is on its way; you may want to ask the person "
                "for their current address."),
    .technical = N_("RFC 5321 §3.4 and §4.2.3: 251 “User not local; will "
                    "forward to <forward-path>”. The server takes "
                    "responsibility for forwarding; it is a positive "
                    "completion reply. The forward-path in the reply text, "
                    "if any, is the recipient’s newer address."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: the message was accepted and will be forwarded."),
      N_("Update your contact with the new address if the reply names one."),
      NULL,
    },
    .source = "RFC 5321 §3.4, §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "252",
    .provider = NULL,
    .title = N_("Address not verified, delivery will be tried (not an "
                "error)"),
    .plain = N_("The server would not confirm whether the address exists, "
                "but it accepted the request and will try to deliver. Many "
                "servers answer like this on purpose, so nobody can use "
                "them to check which addresses exist."),
    .technical = N_("RFC 5321 §3.5.3 and §4.2.3: 252 “Cannot VRFY user, but "
                    "will accept message and attempt delivery”. It is the "
                    "usual answer to VRFY on servers that do not reveal "
                    "their users. Under RFC 6531 it may also come with "
                    "enhanced status X.6.8 when a UTF-8 reply would be "
                    "needed. It does not report a failure."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: 252 means the server will attempt delivery."),
      N_("Do not treat 252 as proof that the address exists or does not "
         "exist; only a later bounce or reply tells."),
      NULL,
    },
    .source = "RFC 5321 §3.5.3, §4.2.3",
    .reviewed = REVIEWED,
  },

  /* 3yz positive intermediate */

  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "354",
    .provider = NULL,
    .title = N_("Ready for the message (not an error)"),
    .plain = N_("The receiving server said “go ahead, send the message text "
                "now”. This is a normal step in every delivery. A message "
                "never bounces with a code starting with 3."),
    .technical = N_("RFC 5321 §4.2.3: 354 “Start mail input; end with "
                    "<CRLF>.<CRLF>”, the positive intermediate reply (3yz) "
                    "to DATA and the only 3yz reply RFC 5321 defines. It is "
                    "not a failure and not a “general bounce”, which is an "
                    "email service provider’s bucket, not an SMTP class. If "
                    "a report quotes 354, the real result is the reply the "
                    "server sent after the end of the data."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: 354 only means the server was ready to receive the "
         "message text."),
      N_("Look for the reply that followed the end of the message data (2yz "
         "accepted, 4yz temporary, 5yz permanent)."),
      N_("Be wary of lists that call 3xx codes bounces; in SMTP no bounce "
         "carries a 3yz code."),
      NULL,
    },
    .source = "RFC 5321 §4.2.1, §4.2.3",
    .reviewed = REVIEWED,
  },

  /* 4yz transient negative completion */

  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "421",
    .provider = NULL,
    .title = N_("Server not available right now, try later"),
    .plain = N_("The receiving mail server was busy, being maintained or "
                "limiting how much mail it takes, and closed the "
                "connection. This is temporary: your mail system normally "
                "tries again by itself for a few days."),
    .technical = N_("RFC 5321 §4.2.3: 421 “<domain> Service not available, "
                    "closing transmission channel”, a transient negative "
                    "reply (4yz) that a server may send in response to any "
                    "command when it must shut the session. Common causes "
                    "are overload, maintenance, connection limits, rate "
                    "limiting and greylisting; large providers also use it "
                    "for reputation and authentication deferrals (Gmail 421 "
                    "4.7.0, Yahoo 421 4.7.0 [TSS04], Microsoft 421 4.7.x). "
                    "421 is 4yz, not 3yz. Sending servers queue and retry; "
                    "giving up usually takes 4 to 5 days (§4.5.4.1)."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: your mail system retries automatically; no new message is "
         "needed yet."),
      N_("If it repeats for more than a day, give your mail administrator "
         "the full error text and the receiving server’s name."),
      N_("If the text mentions rate, volume, reputation, SPF, DKIM or a "
         "blocklist, ask your mail administrator to check the sending IP "
         "and domain reputation and authentication."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3, §4.5.4.1",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "432",
    .provider = NULL,
    .title = N_("Password change needed"),
    .plain = N_("The mail server needs you to change your password before "
                "it lets you send. Until then, it will not accept your "
                "login for sending mail."),
    .technical = N_("RFC 4954 §6 (IANA SMTP Enhanced Status Codes "
                    "registry): 432 4.7.12 “A password transition is "
                    "needed”. The user must first log in with a mechanism "
                    "that allows a password change, or change the password "
                    "through another service (webmail, account portal), "
                    "before SMTP AUTH with this mechanism succeeds."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Sign in to your mail account on the web or your provider’s "
         "account page and change or confirm your password."),
      N_("Update the new password in your mail program’s outgoing (SMTP) "
         "server settings."),
      N_("Send the message again."),
      NULL,
    },
    .source = "RFC 4954 §6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "450",
    .provider = NULL,
    .title = N_("Mailbox unavailable for now, will retry"),
    .plain = N_("The receiving server could not take the message for this "
                "address right now, for example because the mailbox was "
                "busy or because it delays mail from new senders for a "
                "while. Your mail system normally tries again by itself."),
    .technical = N_("RFC 5321 §4.2.3: 450 “Requested mail action not taken: "
                    "mailbox unavailable (e.g., mailbox busy or temporarily "
                    "blocked for policy reasons)”. Typical causes: "
                    "greylisting, a temporary lookup failure (Postfix “450 "
                    "4.1.8 Sender address rejected: Domain not found”, “450 "
                    "4.1.1 unverified address”), locked mailboxes and "
                    "temporary policy blocks. The enhanced status code and "
                    "text say which. Retry is automatic."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: your mail system retries automatically for several days."),
      N_("If the text names the sender’s domain or DNS, ask your mail "
         "administrator to check that your domain’s DNS records resolve."),
      N_("If the same address keeps failing with 450 for more than a day, "
         "check the address and contact the recipient another way."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "451",
    .provider = NULL,
    .title = N_("Temporary error at the receiving server"),
    .plain = N_("Something went wrong at the receiving mail server while it "
                "handled your message, or it asked your server to come back "
                "later. This is temporary and your mail system normally "
                "tries again by itself."),
    .technical = N_("RFC 5321 §4.2.3: 451 “Requested action aborted: local "
                    "error in processing”. Used for internal errors, "
                    "temporary DNS failures (e.g. SPF temperror, 4.7.24; "
                    "Yahoo’s “451 … unresolvable RFC.5321 from domain”), "
                    "greylisting (Mimecast “451 Internal resources are "
                    "temporarily unavailable”), content scanning timeouts "
                    "and throttling (Microsoft 451 4.7.500-699). The "
                    "sending server queues and retries."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: your mail system retries automatically."),
      N_("If the text mentions your domain, DNS or SPF, ask your mail "
         "administrator to check that your domain and its SPF record "
         "resolve."),
      N_("If it keeps failing for more than a day, send the full error text "
         "to your mail administrator."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "452",
    .provider = NULL,
    .title = N_("Receiving server is short of space or got too many "
                "recipients"),
    .plain = N_("The receiving server could not store the message right "
                "now, or your message had more recipients than it accepts "
                "at once. This is temporary; your mail system sends the "
                "rest later by itself."),
    .technical = N_("RFC 5321 §4.2.3: 452 “Requested action not taken: "
                    "insufficient system storage”. §4.5.3.1.10 also uses "
                    "452 (4.5.3) for “too many recipients”: the client "
                    "should send the remaining recipients in a later "
                    "transaction. Some servers use 452 4.2.2 for a full "
                    "mailbox (Gmail). Retry is automatic."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: your mail system retries automatically."),
      N_("If you send to many recipients at once, split the list into "
         "smaller groups."),
      N_("If the text says the recipient’s mailbox is full, contact the "
         "recipient another way and send again later."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3, §4.5.3.1.10",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "454",
    .provider = NULL,
    .title = N_("Encryption or login temporarily unavailable"),
    .plain = N_("The mail server could not start a secure connection or "
                "could not check a login right now. This is usually "
                "temporary, but if it keeps happening the mail settings "
                "need attention."),
    .technical = N_("RFC 3207 §4: 454 “TLS not available due to temporary "
                    "reason” in reply to STARTTLS; RFC 4954 §6: 454 4.7.0 "
                    "“Temporary authentication failure” during AUTH (for "
                    "example the password store was unreachable). A server "
                    "that insists on TLS may then refuse the message. Check "
                    "the TLS certificate and configuration of the server "
                    "that sent 454, and the authentication back end."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Try sending again in a few minutes."),
      N_("If it persists, give your mail administrator the full error text "
         "and the server name."),
      N_("Mail administrator: check the TLS certificate, supported protocol "
         "versions and the authentication service of the server that "
         "answered 454."),
      NULL,
    },
    .source = "RFC 3207 §4; RFC 4954 §6",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "455",
    .provider = NULL,
    .title = N_("Server cannot handle the requested options right now"),
    .plain = N_("Your mail system asked the receiving server for an option "
                "it cannot provide at the moment. This is temporary, but if "
                "it repeats the sending setup needs to be checked."),
    .technical = N_("RFC 5321 §4.2.3: 455 “Server unable to accommodate "
                    "parameters”, the transient counterpart of 555: the "
                    "MAIL FROM or RCPT TO parameters (ESMTP extensions such "
                    "as SIZE, SMTPUTF8, MT-PRIORITY or REQUIRETLS) cannot "
                    "be honoured now. The client may retry later or without "
                    "the parameter."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Wait: your mail system retries automatically."),
      N_("If it repeats, give your mail administrator the full error text."),
      N_("Mail administrator: check which ESMTP parameter the sending "
         "server uses (for example SIZE, SMTPUTF8, REQUIRETLS) and whether "
         "the receiving server advertises it."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },

  /* 5yz permanent negative completion */

  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "500",
    .provider = NULL,
    .title = N_("Command not recognised"),
    .plain = N_("The receiving server did not understand a command sent by "
                "your mail system. This is a problem with the software or "
                "settings of a mail server, not with the address."),
    .technical = N_("RFC 5321 §4.2.3: 500 “Syntax error, command "
                    "unrecognized”, which also covers a command line that "
                    "is too long (§4.5.3.1.4). RFC 4954 uses 500 5.5.6 when "
                    "an AUTH exchange line is too long. Often caused by a "
                    "firewall or security appliance interfering with SMTP, "
                    "a client talking the wrong protocol, or a broken mail "
                    "program."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check the sending server’s logs for the "
         "command that was refused."),
      N_("Check for firewalls or inspection devices between the servers "
         "that alter SMTP commands."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3, §4.5.3.1.4; RFC 4954 §6",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "501",
    .provider = NULL,
    .title = N_("Invalid address or parameter"),
    .plain = N_("The receiving server refused something your mail system "
                "sent because it is not written correctly, most often an "
                "email address with a typo or a forbidden character."),
    .technical = N_("RFC 5321 §4.2.3: 501 “Syntax error in parameters or "
                    "arguments”. Most often an address syntax error (5.1.3 "
                    "recipient, 5.1.7 sender), a bad HELO/EHLO argument, or "
                    "a malformed ESMTP parameter. Check the exact address "
                    "as sent in the envelope (spaces, missing angle "
                    "brackets, double dots, non-ASCII characters) and the "
                    "sending server’s HELO name."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the recipient’s address for typos, spaces and unusual "
         "characters, then send again."),
      N_("Check that your own sending address is written correctly in your "
         "mail program."),
      N_("If the addresses are correct, give your mail administrator the "
         "full error text: the sending server’s HELO name or parameters may "
         "be at fault."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "502",
    .provider = NULL,
    .title = N_("Command not supported by the server"),
    .plain = N_("Your mail system used a feature that the receiving server "
                "does not offer. The address is not at fault; the mail "
                "server settings are."),
    .technical = N_("RFC 5321 §4.2.3: 502 “Command not implemented”. The "
                    "client sent a command (for example VRFY, ETRN, AUTH or "
                    "STARTTLS) that this server does not implement. A "
                    "client should only use extensions the server "
                    "advertised in its EHLO reply."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check which command was refused and whether "
         "the receiving server advertised it in its EHLO reply."),
      N_("If your mail program uses this server for sending, check its "
         "server, port and encryption settings."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "503",
    .provider = NULL,
    .title = N_("Commands sent in the wrong order"),
    .plain = N_("Your mail system skipped a step the receiving server "
                "expects, for example sending the message before logging in "
                "or before any recipient was accepted."),
    .technical = N_("RFC 5321 §4.2.3: 503 “Bad sequence of commands”. "
                    "Typical texts: “503 5.5.1 RCPT first”, “need MAIL "
                    "command”, “5.5.1 Authentication required” on "
                    "submission servers, or DATA after all recipients were "
                    "rejected. Look at the replies given earlier in the "
                    "session: an earlier RCPT rejection is usually the real "
                    "cause."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("If you send through your provider’s server, turn on “my outgoing "
         "server requires authentication” in your mail program."),
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check the session log for an earlier rejected "
         "command, which is usually the real cause."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "504",
    .provider = NULL,
    .title = N_("Command option not supported"),
    .plain = N_("Your mail system asked for an option the receiving server "
                "does not support, for example a login method it does not "
                "know."),
    .technical = N_("RFC 5321 §4.2.3: 504 “Command parameter not "
                    "implemented”. RFC 4954 uses 504 5.5.4 for an unknown "
                    "AUTH mechanism; 504 5.7.4 means the security feature "
                    "is not supported. Gmail also uses “504 5.7.40 "
                    "Unrecognized authentication type”, which is unrelated "
                    "to its 5.7.40 DMARC meaning."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("In your mail program, choose a different login (authentication) "
         "method for the outgoing server, such as “normal password” over "
         "SSL/TLS."),
      N_("Mail administrator: compare the parameter or AUTH mechanism that "
         "was refused with what the server advertises in its EHLO reply."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3; RFC 4954 §4",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "521",
    .provider = NULL,
    .title = N_("This server does not accept mail"),
    .plain = N_("The server you reached says it never accepts email. "
                "Sending again will not help; you need another way to reach "
                "this person or organisation."),
    .technical = N_("RFC 7504 §3: 521 “Host does not accept mail”, sent "
                    "instead of the greeting by a host that does not run a "
                    "mail service; the IANA registry pairs it with X.3.2. "
                    "If the domain should receive mail, its MX records "
                    "point at the wrong host or are missing. (RFC 7505 null "
                    "MX domains are reported with 556 instead.)"),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the spelling of the domain part (after the @) of the "
         "address."),
      N_("Contact the person or organisation another way and ask for a "
         "working email address."),
      N_("If you run the receiving domain: point its MX records at a server "
         "that accepts mail."),
      NULL,
    },
    .source = "RFC 7504 §3; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "523",
    .provider = NULL,
    .title = N_("Encryption needed"),
    .plain = N_("The server only accepts this request over an encrypted "
                "connection, and your mail system did not use one. The mail "
                "settings need to turn encryption on."),
    .technical = N_("RFC 5248 / IANA registry: 523 5.7.10 “Encryption "
                    "Needed”: the requested action (typically an "
                    "authentication mechanism) requires an encrypted "
                    "connection, i.e. STARTTLS or implicit TLS must be used "
                    "first. It is not about message length."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("In your mail program’s outgoing server settings, turn on SSL/TLS "
         "or STARTTLS."),
      N_("Mail administrator: make the sending server use STARTTLS with "
         "this destination."),
      N_("Send the message again after the setting is changed."),
      NULL,
    },
    .source = "RFC 5248; IANA SMTP Enhanced Status Codes registry (X.7.10)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "524",
    .provider = NULL,
    .title = N_("Encryption required for this login method"),
    .plain = N_("The server only allows this kind of login over an "
                "encrypted connection, and your mail system tried it "
                "without encryption."),
    .technical = N_("IANA SMTP Enhanced Status Codes registry: 524 is "
                    "listed with X.7.11 “Encryption required for requested "
                    "authentication mechanism” (RFC 4954 defines the same "
                    "condition as 538 5.7.11). The client offered a "
                    "plaintext mechanism such as PLAIN or LOGIN on an "
                    "unencrypted connection."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("In your mail program’s outgoing server settings, turn on SSL/TLS "
         "or STARTTLS."),
      N_("Mail administrator: make the client or relay use STARTTLS before "
         "AUTH."),
      N_("Send the message again after the setting is changed."),
      NULL,
    },
    .source = "IANA SMTP Enhanced Status Codes registry (X.7.11); RFC 4954 "
              "§6",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "525",
    .provider = NULL,
    .title = N_("Account disabled"),
    .plain = N_("The mail account used to send is switched off. Only the "
                "provider or administrator who manages the account can turn "
                "it back on."),
    .technical = N_("RFC 5248 and the IANA SMTP Enhanced Status Codes "
                    "registry: 525 5.7.13 “User Account Disabled”: the "
                    "credentials are right but the account is disabled for "
                    "sending, for example suspended for abuse, unpaid or "
                    "locked by an administrator."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Contact your mail administrator or provider and ask why the "
         "account is disabled."),
      N_("Check your provider’s web mail or account page for a notice about "
         "the account."),
      N_("Send the message again once the account is active."),
      NULL,
    },
    .source = "RFC 5248; IANA SMTP Enhanced Status Codes registry (X.7.13)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "530",
    .provider = NULL,
    .title = N_("Login or encryption required"),
    .plain = N_("The mail server requires you to log in, or to use an "
                "encrypted connection, before it accepts mail. Your mail "
                "program or device sent without doing that."),
    .technical = N_("RFC 4954 §6: 530 5.7.0 “Authentication required”; "
                    "servers also send “530 5.7.0 Must issue a STARTTLS "
                    "command first”, and Exim has used “530 5.7.4 "
                    "REQUIRETLS support required”. On a submission server "
                    "(port 587/465) the client must authenticate; on port "
                    "25 between servers it usually means TLS is mandatory."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("In your mail program’s outgoing server settings, turn on "
         "“requires authentication” and enter your username and password."),
      N_("Turn on SSL/TLS or STARTTLS for the outgoing server."),
      N_("Mail administrator: check the relay or connector used by devices "
         "and applications that send mail."),
      NULL,
    },
    .source = "RFC 4954 §6; RFC 3207 §4",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "534",
    .provider = NULL,
    .title = N_("Login method too weak"),
    .plain = N_("The server refused the way your mail program logged in as "
                "not secure enough. Many providers now require an app "
                "password or a modern sign-in method."),
    .technical = N_("RFC 4954 §6: 534 5.7.9 “Authentication mechanism is "
                    "too weak”. Providers use it when basic authentication "
                    "is disabled or an app-specific password is needed "
                    "(Gmail “534-5.7.9 Application-specific password "
                    "required”, “534-5.7.14 Please log in via your web "
                    "browser”)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check your provider’s help pages for the recommended sign-in "
         "method (OAuth or an app password)."),
      N_("Update your mail program or device to use that method, or create "
         "an app password."),
      N_("Mail administrator: check whether basic authentication was "
         "switched off for this account or organisation."),
      NULL,
    },
    .source = "RFC 4954 §6",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "535",
    .provider = NULL,
    .title = N_("Wrong username or password"),
    .plain = N_("The mail server did not accept the username or password "
                "your mail program used to send. Nothing was sent."),
    .technical = N_("RFC 4954 §6: 535 5.7.8 “Authentication credentials "
                    "invalid”. Causes: wrong or changed password, wrong "
                    "username format (full address versus local part), an "
                    "expired app password, multi-factor authentication that "
                    "requires an app password, or an account blocked from "
                    "SMTP AUTH (Microsoft 365 “535 5.7.139 Authentication "
                    "unsuccessful”)."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the username and password in your mail program’s outgoing "
         "server settings."),
      N_("Sign in to your provider’s web mail to confirm the password works "
         "and the account is not locked."),
      N_("If you use multi-factor authentication, create an app password or "
         "switch to the recommended sign-in method."),
      NULL,
    },
    .source = "RFC 4954 §6",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "538",
    .provider = NULL,
    .title = N_("Encryption required for this login method"),
    .plain = N_("The server only allows this kind of login over an "
                "encrypted connection, and your mail system tried it "
                "without encryption."),
    .technical = N_("RFC 4954 §6: 538 5.7.11 “Encryption required for "
                    "requested authentication mechanism”. The client must "
                    "issue STARTTLS (or connect with implicit TLS) before "
                    "using this AUTH mechanism."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("In your mail program’s outgoing server settings, turn on SSL/TLS "
         "or STARTTLS."),
      N_("Mail administrator: make the client or relay use STARTTLS before "
         "AUTH."),
      N_("Send the message again after the setting is changed."),
      NULL,
    },
    .source = "RFC 4954 §6",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "550",
    .provider = NULL,
    .title = N_("Mailbox unavailable or message refused"),
    .plain = N_("The receiving server refused the message for this address "
                "for good. Often the address does not exist, but the same "
                "code is also used when the server refuses the message for "
                "policy reasons, such as spam filtering, so the rest of the "
                "message decides."),
    .technical = N_("RFC 5321 §4.2.3: 550 “Requested action not taken: "
                    "mailbox unavailable (e.g., mailbox not found, no "
                    "access, or command rejected for policy reasons)”. The "
                    "enhanced status code tells which: 5.1.1 unknown user, "
                    "5.1.10 null MX, 5.2.1 disabled, 5.7.x policy, "
                    "authentication or reputation (the address is fine). "
                    "Read the diagnostic text before removing the address."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Read the enhanced status code and the server’s text to see "
         "whether the address or the message was refused."),
      N_("If the text says the user or mailbox does not exist, check the "
         "address for typos or ask the recipient for the correct one."),
      N_("If the text mentions spam, policy, SPF, DKIM, DMARC or a "
         "blocklist, forward the bounce to your mail administrator instead "
         "of retrying."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "551",
    .provider = NULL,
    .title = N_("The person has moved to another address"),
    .plain = N_("The server says this person does not receive mail here any "
                "more. It may name the new address; your message was not "
                "forwarded."),
    .technical = N_("RFC 5321 §3.4 and §4.2.3: 551 “User not local; please "
                    "try <forward-path>”. A permanent reply: the server "
                    "refuses to forward and, if the text contains a "
                    "forward-path, that is where the client should send "
                    "instead. Not a soft bounce."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Look in the error text for a new address and use it."),
      N_("Update your contact or mailing list with the new address."),
      N_("If no new address is given, ask the person for their current "
         "address another way."),
      NULL,
    },
    .source = "RFC 5321 §3.4, §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "552",
    .provider = NULL,
    .title = N_("Storage limit exceeded"),
    .plain = N_("The message could not be stored, usually because the "
                "recipient’s mailbox is full or because the message is too "
                "large for them."),
    .technical = N_("RFC 5321 §4.2.3: 552 “Requested mail action aborted: "
                    "exceeded storage allocation”. Seen with 5.2.2 (mailbox "
                    "full, really a persistent transient condition), 5.2.3 "
                    "and 5.3.4 (message too large). §4.5.3.1.10: a server "
                    "may also send 552 for too many recipients, which "
                    "clients should treat as temporary (like 452)."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("If the text says the mailbox is full, tell the recipient another "
         "way and send again later."),
      N_("If the text says the message is too large, send it again without "
         "big attachments, or share the file with a link."),
      N_("If you sent to many recipients at once, split the list and send "
         "again."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3, §4.5.3.1.10",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "553",
    .provider = NULL,
    .title = N_("Address not allowed"),
    .plain = N_("The receiving server refused an address in your message, "
                "usually because it is written incorrectly or because that "
                "address is not permitted to send or receive there."),
    .technical = N_("RFC 5321 §4.2.3: 553 “Requested action not taken: "
                    "mailbox name not allowed (e.g., mailbox syntax "
                    "incorrect)”. Also used for sender rejections (“553 "
                    "5.7.1 Sender address rejected: not owned by user”), "
                    "domains that do not exist (Gmail 553 5.1.2) and, at "
                    "Yahoo, for permanent IP blocks (553 5.7.2 [TSS09], 553 "
                    "5.7.1 [BL21]). The enhanced code and text tell which "
                    "address was refused."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the recipient’s address for typos, spaces and wrong "
         "characters."),
      N_("Check that you are sending from an address your account is "
         "allowed to use."),
      N_("If the text mentions a blocklist, IP or policy, forward the "
         "bounce to your mail administrator."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "554",
    .provider = NULL,
    .title = N_("Transaction failed"),
    .plain = N_("The receiving server refused the message for good. This "
                "code is used for many reasons, most often because a spam "
                "or security filter did not accept the message or the "
                "server it came from."),
    .technical = N_("RFC 5321 §4.2.3: 554 “Transaction failed” (or, as a "
                    "greeting, “No SMTP service here”). Commonly spam and "
                    "content filters, blocklisted sending IPs (“554 5.7.1 "
                    "Service unavailable; Client host [...] blocked using "
                    "...”), Yahoo “554 Message not allowed - [PH01]”, or "
                    "554 5.6.3 conversion problems. Check the enhanced "
                    "status code, the named blocklist and the sending IP’s "
                    "reputation."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the full bounce to your mail administrator or provider."),
      N_("Mail administrator: look up the sending IP and domain on the "
         "blocklist the text names and request removal if listed."),
      N_("Check SPF, DKIM and DMARC for the sending domain and the content "
         "of the message for links or attachments a filter might reject."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "555",
    .provider = NULL,
    .title = N_("Sending options not recognised"),
    .plain = N_("Your mail system asked for an option the receiving server "
                "does not know, when naming the sender or a recipient. The "
                "mail server settings need attention; the address itself is "
                "not at fault."),
    .technical = N_("RFC 5321 §4.2.3: 555 “MAIL FROM/RCPT TO parameters not "
                    "recognized or not implemented”. The client used an "
                    "ESMTP parameter (SIZE, BODY=8BITMIME, SMTPUTF8, "
                    "NOTIFY, RET, REQUIRETLS …) that the server did not "
                    "advertise."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check which MAIL FROM or RCPT TO parameter "
         "was refused and make the sending server use only extensions the "
         "receiver advertises."),
      N_("Send the message again after the fix."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "556",
    .provider = NULL,
    .title = N_("Domain does not accept mail"),
    .plain = N_("The recipient’s domain has declared that it never receives "
                "email. Sending again will not help; you need another way "
                "to reach the person."),
    .technical = N_("RFC 7504 §3: 556 “Domain does not accept mail”, "
                    "typically after finding a null MX record (RFC 7505: a "
                    "single MX of “.” with preference 0). The IANA registry "
                    "pairs it with X.1.10. A deliberate statement by the "
                    "domain owner, not a DNS failure."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the spelling of the domain part (after the @) of the "
         "address."),
      N_("Ask the person for a working address by another channel."),
      N_("Remove the address from your lists if it was correct: this domain "
         "will not receive mail."),
      NULL,
    },
    .source = "RFC 7504 §3; RFC 7505; IANA SMTP Enhanced Status Codes "
              "registry",
    .reviewed = REVIEWED,
  },
};

const guint bounce_knowledge_n_code_entries = G_N_ELEMENTS (bounce_knowledge_code_entries);
