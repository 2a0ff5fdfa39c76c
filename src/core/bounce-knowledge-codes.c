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
      N_("If no 4 or 5 code is present, the message may have been "
         "delivered: ask the recipient to check their spam folder."),
      NULL,
    },
    .source = "RFC 5321 §4.2.2, §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "214",
    .provider = NULL,
    /* Translators: 214 is the SMTP reply that carries a help text, as in
       "the server printed its help" */
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
      N_("If no 4 or 5 code is present, the message may have been "
         "delivered: ask the recipient to check their spam folder."),
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
    .technical = N_("RFC 5321 §4.2.3: 220 “Service ready” (after the "
                    "server’s domain name), the greeting a server sends "
                    "when a client connects (also the reply to STARTTLS, "
                    "“ready to start TLS”). A failure later in the session "
                    "is reported by a different, 4yz or 5yz reply."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: 220 is the server’s normal greeting."),
      N_("If delivery failed, look for the later reply starting with 4 or 5 "
         "that the report quotes."),
      N_("If the report contains no other code, give it to your mail "
         "administrator to check the session log."),
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
    .technical = N_("RFC 5321 §4.2.3: 221 “Service closing transmission "
                    "channel” (after the server’s domain name), the "
                    "positive reply to QUIT. It is not a failure. Some "
                    "servers send 221 after they have refused something, so "
                    "when a report shows it, the earlier 4yz or 5yz reply "
                    "in the same session is the one that explains the "
                    "problem."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: 221 is the normal end of a mail session."),
      N_("If delivery failed, look for the earlier reply starting with 4 or "
         "5 in the report."),
      N_("If the report contains no other code, give it to your mail "
         "administrator to check the session log."),
      NULL,
    },
    .source = "RFC 5321 §4.2.3",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REPLY_CODE,
    .key = "250",
    .provider = NULL,
    /* Translators: title of SMTP reply 250: a mail server accepted the
       request or the message */
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
                    "forward to” a forward-path. The server takes "
                    "responsibility for forwarding; it is a positive "
                    "completion reply. The forward-path in the reply text, "
                    "if any, is the recipient’s newer address."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: the message was accepted and will be forwarded."),
      N_("Update your contact with the new address if the reply names one."),
      N_("If the person does not reply, confirm with them another way that "
         "the forwarding works."),
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
      N_("If delivery later fails, the bounce for that failure will say "
         "why."),
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
    /* Translators: title of SMTP reply 354: the server is ready to receive
       the text of the message */
    .title = N_("Ready for the message (not an error)"),
    .plain = N_("The receiving server said “go ahead, send the message text "
                "now”. This is a normal step in every delivery. A message "
                "never bounces with a code starting with 3."),
    .technical = N_("RFC 5321 §4.2.3: 354 “Start mail input” (the client "
                    "ends the message with a line holding a single dot), "
                    "the positive intermediate reply (3yz) to DATA and the "
                    "only 3yz reply RFC 5321 defines. It is not a failure "
                    "and not a “general bounce”, which is an email service "
                    "provider’s bucket, not an SMTP class. If a report "
                    "quotes 354, the real result is the reply the server "
                    "sent after the end of the data."),
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
    /* Translators: title of SMTP reply 421: "try later" means the sending
       server will try again later */
    .title = N_("Server not available right now, try later"),
    .plain = N_("The receiving mail server was busy, being maintained or "
                "limiting how much mail it takes, and closed the "
                "connection. This is temporary: your mail system normally "
                "tries again by itself for a few days."),
    .technical = N_("RFC 5321 §4.2.3: 421 “Service not available, closing "
                    "transmission channel” (after the server’s domain "
                    "name), a transient negative reply (4yz) that a server "
                    "may send in response to any command when it must shut "
                    "the session. Common causes are overload, maintenance, "
                    "connection limits, rate limiting and greylisting; "
                    "large providers also use it for reputation and "
                    "authentication deferrals (Gmail 421 4.7.0, Yahoo 421 "
                    "4.7.0 [TSS04]). 421 is 4yz, not 3yz. Sending servers "
                    "queue and retry; giving up usually takes 4 to 5 days "
                    "(§4.5.4.1)."),
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
    .title = N_("Login method needs a one-time switch"),
    .plain = N_("The mail server cannot yet check your password with the "
                "login method your mail program chose. Your program has to "
                "log in once with the ordinary password method, over an "
                "encrypted connection, so the server can set up the other "
                "method."),
    .technical = N_("RFC 4954 §6 and the IANA registry: 432 4.7.12 “A "
                    "password transition is needed”: the user needs to "
                    "transition to the selected authentication mechanism, "
                    "typically by authenticating once with the PLAIN "
                    "mechanism (over TLS); the selected mechanism should "
                    "then work in later sessions."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("In your mail program’s outgoing server settings, choose the "
         "ordinary (normal) password method with SSL/TLS, and send once."),
      N_("Switch back to the more secure login method afterwards if you "
         "want; it should now work."),
      N_("If the error stays, contact your mail provider with the full "
         "error text."),
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
    .title = N_("Command not recognized"),
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
                "this person or organization."),
    .technical = N_("RFC 7504: 521 “Host does not accept mail”, sent "
                    "instead of the greeting by a host that does not run a "
                    "mail service; the IANA registry pairs it with X.3.2. "
                    "If the domain should receive mail, its MX records "
                    "point at the wrong host or are missing. (RFC 7505 null "
                    "MX domains are reported with 556 instead.)"),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the spelling of the domain part (after the @) of the "
         "address."),
      N_("Contact the person or organization another way and ask for a "
         "working email address."),
      N_("If you run the receiving domain: point its MX records at a server "
         "that accepts mail."),
      NULL,
    },
    .source = "RFC 7504; IANA SMTP Enhanced Status Codes registry",
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
         "switched off for this account or organization."),
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
                    "try” a forward-path. A permanent reply: the server "
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
    /* Translators: "storage" is disk space on the receiving mail server */
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
    .title = N_("Sending options not recognized"),
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
    .technical = N_("RFC 7504: 556 “Domain does not accept mail”, typically "
                    "after finding a null MX record (RFC 7505: a single MX "
                    "of “.” with preference 0). The IANA registry pairs it "
                    "with X.1.10. A deliberate statement by the domain "
                    "owner, not a DNS failure."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the spelling of the domain part (after the @) of the "
         "address."),
      N_("Ask the person for a working address by another channel."),
      N_("Remove the address from your lists if it was correct: this domain "
         "will not receive mail."),
      NULL,
    },
    .source = "RFC 7504; RFC 7505; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },

  /* RFC 3463 and IANA enhanced status codes, class-independent: X.0 other */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.0.0",
    .provider = NULL,
    /* Translators: title of enhanced status code X.0.0, which RFC 3463
       calls "Other undefined status" */
    .title = N_("Unspecified status"),
    .plain = N_("The server reported a result without saying exactly what "
                "happened. With a code starting with 2 the message went "
                "through; with 4 the problem is temporary; with 5 it failed "
                "for good. The text next to the code usually explains more."),
    .technical = N_("RFC 3463 §3.1: X.0.0 “Other undefined status”, the "
                    "only code for situations no other code covers; it may "
                    "be used with any basic reply code. 5.0.0 is not "
                    "“address does not exist”. Many MTAs put 5.0.0 in the "
                    "DSN Status field while Diagnostic-Code holds a more "
                    "specific code (for example 5.7.606); prefer that code "
                    "and the diagnostic text. 2.0.0 is the common success "
                    "status."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Read the diagnostic text and any other code in the report: they "
         "say more than X.0.0."),
      N_("If the code starts with 2, nothing needs to be done."),
      N_("If it starts with 4, wait: the sending server retries by itself."),
      N_("If it starts with 5, give your mail administrator the full bounce "
         "so they can match it with the sending server’s logs."),
      NULL,
    },
    .source = "RFC 3463 §3.1; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },

  /* X.1 addressing status */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.0",
    .provider = NULL,
    .title = N_("Problem with an address"),
    .plain = N_("Something is wrong with one of the email addresses in the "
                "message, the recipient’s or yours. The server did not say "
                "exactly what."),
    .technical = N_("RFC 3463 §3.2: X.1.0 “Other address status”: something "
                    "about the sender’s or recipient’s address has caused "
                    "this DSN. Read the diagnostic text to see which "
                    "address, then check its spelling and DNS."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the recipient’s address for typos."),
      N_("Check that your own sending address is correct in your mail "
         "program."),
      N_("Read the text next to the code to see which address the server "
         "means."),
      N_("If both addresses look right, give the bounce to your mail "
         "administrator."),
      NULL,
    },
    .source = "RFC 3463 §3.2; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.1",
    .provider = NULL,
    .title = N_("The address does not exist"),
    .plain = N_("The receiving server says there is no mailbox with this "
                "address. Usually the address has a typo, or the person has "
                "left and the account was deleted."),
    .technical = N_("RFC 3463 §3.2: X.1.1 “Bad destination mailbox "
                    "address”: the mailbox part (left of the @) does not "
                    "exist at the destination (basic codes 550, 451). RFC "
                    "3463 calls it useful only for permanent failures, and "
                    "5.1.1 is a hard bounce; some MTAs still send 4.1.1 "
                    "when the address could not be verified right now "
                    "(Postfix “450 4.1.1 … unverified address”), which is "
                    "temporary. At Microsoft 365 a stale autocomplete entry "
                    "is a frequent cause."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the address for typos, letter by letter."),
      N_("Ask the recipient for their current address by another channel."),
      N_("Remove or correct the address in your contacts and mailing lists; "
         "sending again to the same address will fail again."),
      NULL,
    },
    .source = "RFC 3463 §3.2; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.2",
    .provider = NULL,
    .title = N_("The domain of the address does not exist or does not take "
                "mail"),
    .plain = N_("The part of the address after the @ does not lead to a "
                "mail server. Usually the domain name has a typo or the "
                "domain no longer exists."),
    .technical = N_("RFC 3463 §3.2: X.1.2 “Bad destination system address”: "
                    "the destination system named by the domain part does "
                    "not exist or cannot accept mail, for example no MX/A "
                    "record or NXDOMAIN. RFC 3463 meant it for permanent "
                    "failures; some MTAs send 4.1.2 when DNS could not be "
                    "resolved right now. Check with dig MX and dig A for "
                    "the domain."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the domain part of the address (after the @) for typos, "
         "such as gmial.com or a missing letter."),
      N_("Ask the recipient for a working address."),
      N_("If you own the recipient domain: check that its MX records exist "
         "and that the domain registration has not expired."),
      NULL,
    },
    .source = "RFC 3463 §3.2; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.3",
    .provider = NULL,
    .title = N_("The address is written incorrectly"),
    .plain = N_("The address is not a valid email address as written: it "
                "may contain spaces, a missing @, two @ signs or characters "
                "that are not allowed."),
    .technical = N_("RFC 3463 §3.2: X.1.3 “Bad destination mailbox address "
                    "syntax” (basic code 501): the recipient address is "
                    "syntactically invalid. Check for spaces, trailing "
                    "dots, double dots, unbalanced quotes or angle "
                    "brackets, and non-ASCII characters without SMTPUTF8 "
                    "support."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Look at the address for spaces, commas, double dots or a missing "
         "@."),
      N_("Retype the address instead of copying it from a document or web "
         "page."),
      N_("Send the message again to the corrected address."),
      NULL,
    },
    .source = "RFC 3463 §3.2; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.4",
    .provider = NULL,
    .title = N_("The address is ambiguous"),
    .plain = N_("The address matches more than one person at the receiving "
                "side, so the server does not know whom to deliver to."),
    .technical = N_("RFC 3463 §3.2: X.1.4 “Destination mailbox address "
                    "ambiguous”: the address resolves to several mailboxes "
                    "(for example a partial name or an alias lookup with "
                    "several results), so the server cannot deliver."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Use the recipient’s full, exact address instead of a short form "
         "or name."),
      N_("Ask the recipient for their exact address."),
      N_("Send the message again to the exact address."),
      NULL,
    },
    .source = "RFC 3463 §3.2; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.5",
    .provider = NULL,
    /* Translators: "valid" means the email address exists; this is a
       positive result */
    .title = N_("The address is valid (not an error)"),
    .plain = N_("The receiving server confirmed that the address exists and "
                "accepted it. This is a positive result, not a bounce."),
    .technical = N_("RFC 3463 §3.2: X.1.5 “Destination address valid”, "
                    "normally 2.1.5 with a 250 reply to RCPT TO. It "
                    "confirms the address. It must never be counted as a "
                    "hard bounce; if it appears in a failure report, the "
                    "real failure is described by another code or the text."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: the address was accepted as valid."),
      N_("If the report still says delivery failed, look for another code "
         "or the server’s text that explains the failure."),
      N_("Keep the address: it is confirmed as valid."),
      NULL,
    },
    .source = "RFC 3463 §3.2; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.6",
    .provider = NULL,
    .title = N_("The person has moved, no new address known"),
    .plain = N_("The address used to exist, but the person no longer "
                "receives mail there and no forwarding address was left."),
    .technical = N_("RFC 3463 §3.2: X.1.6 “Destination mailbox has moved, "
                    "No forwarding address”: the mailbox existed but was "
                    "moved or closed without a forwarding address. Treat as "
                    "a permanent address change (hard bounce)."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Ask the person for their new address by another channel."),
      N_("Remove or update the old address in your contacts and lists."),
      N_("Do not keep sending to the old address."),
      NULL,
    },
    .source = "RFC 3463 §3.2; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.7",
    .provider = NULL,
    .title = N_("Your sending address is written incorrectly"),
    .plain = N_("The receiving server refused your own address, the one the "
                "message was sent from, because it is not written "
                "correctly."),
    .technical = N_("RFC 3463 §3.2: X.1.7 “Bad sender’s mailbox address "
                    "syntax”: the envelope sender (MAIL FROM) or sometimes "
                    "the From header is syntactically invalid. Often a "
                    "misconfigured application, a device sending as "
                    "“root@localhost” or an address without a domain."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check the sender address set in your mail program, device or "
         "application."),
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check the envelope sender (MAIL FROM) the "
         "sending server uses and rewrite invalid ones."),
      NULL,
    },
    .source = "RFC 3463 §3.2; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.8",
    .provider = NULL,
    .title = N_("Your sending domain could not be verified"),
    .plain = N_("The receiving server could not find your domain (the part "
                "of your address after the @) in the internet’s address "
                "book, so it refused or delayed your message."),
    .technical = N_("RFC 3463 §3.2: X.1.8 “Bad sender’s system address” "
                    "(basic codes 451, 501): the sender’s domain does not "
                    "exist or cannot accept return mail, e.g. Postfix "
                    "“Sender address rejected: Domain not found” (450 4.1.8 "
                    "when the lookup failed temporarily). Check that the "
                    "envelope sender domain has A or MX records and that "
                    "its registration has not expired."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check that your sending address is spelled correctly, including "
         "the domain."),
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check with dig MX and dig A that the sender "
         "domain resolves from outside and that the domain registration is "
         "active."),
      NULL,
    },
    .source = "RFC 3463 §3.2; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.9",
    .provider = NULL,
    .title = N_("Passed on to a system that gives no reports"),
    .plain = N_("The address was valid, and the message was handed on to a "
                "mail system that cannot send delivery reports. No further "
                "information about its delivery will come."),
    .technical = N_("RFC 3886 and the IANA registry: X.1.9 “Message relayed "
                    "to non-compliant mailer”: the mailbox address is "
                    "valid, but the message was relayed to a system that "
                    "does not speak the DSN protocol, so no further status "
                    "is possible. Usually a success-type report (2.1.9)."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: the message was passed on."),
      N_("If the recipient did not get it, ask them or their administrator "
         "to check their system."),
      N_("Do not expect a delivery or failure report for this recipient "
         "from the next system."),
      NULL,
    },
    .source = "RFC 3886; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.1.10",
    .provider = NULL,
    .title = N_("The recipient’s domain accepts no mail"),
    .plain = N_("The domain of the address (after the @) has publicly "
                "declared that it does not receive email at all. Sending "
                "again will not help."),
    .technical = N_("RFC 7505 and the IANA registry: X.1.10 “Recipient "
                    "address has null MX” (basic code 556): the recipient "
                    "domain publishes a null MX (“MX 0 .”), an explicit "
                    "statement that it accepts no mail. Not a DNS error. "
                    "Microsoft uses 5.1.10 with a different meaning "
                    "(recipient not found); X.7.27 is the sender-side "
                    "counterpart."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the domain part of the address for typos."),
      N_("Ask the person for another address by another channel."),
      N_("Remove the address from your lists if it was correct: this domain "
         "will not receive mail."),
      NULL,
    },
    .source = "RFC 7505; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },

  /* X.2 mailbox status */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.2.0",
    .provider = NULL,
    .title = N_("Problem with the recipient’s mailbox"),
    .plain = N_("The address exists, but something about the recipient’s "
                "mailbox prevented delivery. The server did not say what."),
    .technical = N_("RFC 3463 §3.3: X.2.0 “Other or undefined mailbox "
                    "status”: the mailbox exists, but something about it "
                    "caused this DSN. The address is valid; read the "
                    "diagnostic text (quota, lock, disabled, filter)."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Read the server’s text for details."),
      N_("Contact the recipient another way and tell them their mailbox "
         "refuses mail."),
      N_("Try again later if the code starts with 4; the sending server may "
         "already be retrying."),
      NULL,
    },
    .source = "RFC 3463 §3.3; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.2.1",
    .provider = NULL,
    .title = N_("Mailbox disabled"),
    .plain = N_("The recipient’s mailbox exists but is switched off and "
                "does not accept messages, for example because the account "
                "is suspended, inactive or being closed."),
    .technical = N_("RFC 3463 §3.3: X.2.1 “Mailbox disabled, not accepting "
                    "messages”: may be temporary or permanent; 4.2.1 "
                    "suggests it may come back, 5.2.1 that it is disabled "
                    "for now without a known end. Gmail uses 550 5.2.1 also "
                    "for “receiving mail too fast”; Yahoo reports “This "
                    "mailbox is disabled (554.30)”. Not the same as a "
                    "non-existent address, though long-disabled accounts "
                    "usually get deleted."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Contact the recipient another way and ask whether the address is "
         "still in use."),
      N_("Do not resend repeatedly; try once more later if the code started "
         "with 4."),
      N_("If it keeps failing, remove the address from mailing lists."),
      NULL,
    },
    .source = "RFC 3463 §3.3; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.2.2",
    .provider = NULL,
    .title = N_("Mailbox full"),
    .plain = N_("The recipient’s mailbox has no space left. The address is "
                "correct; the person has to delete messages or get more "
                "space before new mail arrives."),
    .technical = N_("RFC 3463 §3.3: X.2.2 “Mailbox full” (basic code 552; "
                    "Gmail 452 4.2.2 / 552 5.2.2): the mailbox has exceeded "
                    "its quota. RFC 3463 says it should be treated as a "
                    "persistent transient failure even when sent as 5.2.2, "
                    "because the recipient can free space. Not a hard "
                    "bounce, but a mailbox that stays full for weeks is "
                    "often abandoned."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Tell the recipient another way that their mailbox is full."),
      N_("Send the message again in a day or two."),
      N_("If it stays full for weeks, treat the address as abandoned and "
         "ask for another one."),
      NULL,
    },
    .source = "RFC 3463 §3.3; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.2.3",
    .provider = NULL,
    .title = N_("Message too large for this mailbox"),
    .plain = N_("Your message is bigger than the recipient’s mailbox allows "
                "for a single message. Large attachments are the usual "
                "cause."),
    .technical = N_("RFC 3463 §3.3: X.2.3 “Message length exceeds "
                    "administrative limit” (basic code 552): a per-mailbox "
                    "size limit, to be used as a permanent failure. Base64 "
                    "encoding makes attachments about a third bigger than "
                    "on disk, so the limit is reached earlier than the file "
                    "sizes suggest."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Remove large attachments or compress them."),
      N_("Share big files through a link (cloud storage) instead of "
         "attaching them."),
      N_("Send the smaller message again."),
      NULL,
    },
    .source = "RFC 3463 §3.3; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.2.4",
    .provider = NULL,
    .title = N_("Mailing list problem"),
    .plain = N_("The address is a mailing list or group, and the receiving "
                "side had a problem passing your message on to its members."),
    .technical = N_("RFC 3463 §3.3: X.2.4 “Mailing list expansion problem” "
                    "(basic codes 450, 452): the recipient is a list and it "
                    "could not be expanded, for example an error in the "
                    "list definition or a member address. The list owner or "
                    "the receiving administrator has to fix it."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Contact the owner of the list or group and give them the error "
         "text."),
      N_("If it is urgent, send the message directly to the people you want "
         "to reach."),
      N_("Send to the list again after the owner confirms it is fixed."),
      NULL,
    },
    .source = "RFC 3463 §3.3; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },

  /* X.3 mail system status */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.3.0",
    .provider = NULL,
    .title = N_("Problem with the receiving mail system"),
    .plain = N_("The receiving mail system had a problem that is not about "
                "the address or your message. Its administrators have to "
                "look into it."),
    .technical = N_("RFC 3463 §3.4: X.3.0 “Other or undefined mail system "
                    "status”: the destination system exists and normally "
                    "accepts mail, but something about its configuration or "
                    "state caused this DSN. Check the reporting MTA: when "
                    "it is your own server, the problem is on your side."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Read the server’s text for details."),
      N_("If the code starts with 4, wait: the sending server retries by "
         "itself."),
      N_("If it keeps failing, contact the recipient another way so their "
         "administrator can look into it."),
      NULL,
    },
    .source = "RFC 3463 §3.4; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.3.1",
    .provider = NULL,
    .title = N_("Receiving mail system is full"),
    .plain = N_("The receiving mail server has run out of storage space "
                "overall, not just for this mailbox. The recipient’s "
                "provider has to fix it."),
    .technical = N_("RFC 3463 §3.4: X.3.1 “Mail system full” (basic code "
                    "452): the destination system’s storage is exhausted; a "
                    "persistent transient condition. Retry later; the "
                    "receiving administrator must free space."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Wait: the sending server retries by itself."),
      N_("If it keeps failing, contact the recipient another way so their "
         "administrator can free space."),
      N_("Send the message again after they confirm the problem is fixed."),
      NULL,
    },
    .source = "RFC 3463 §3.4; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.3.2",
    .provider = NULL,
    .title = N_("Receiving system not accepting mail"),
    .plain = N_("The receiving mail server is not taking messages, either "
                "for a while (maintenance, overload) or at all."),
    .technical = N_("RFC 3463 §3.4: X.3.2 “System not accepting network "
                    "messages” (basic codes 453, 521): 4.3.2 means the host "
                    "is shutting down or temporarily not accepting; 5.3.2 "
                    "(with 521, RFC 7504) means the host does not accept "
                    "mail at all. Check the recipient domain’s MX records "
                    "point at the right host."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("If the code starts with 4, wait: the sending server retries by "
         "itself."),
      N_("If it starts with 5, check the address’s domain for typos and ask "
         "the recipient for another way to reach them."),
      N_("If you own the receiving domain: check that its MX records point "
         "at a running mail server."),
      NULL,
    },
    .source = "RFC 3463 §3.4; RFC 7504; IANA SMTP Enhanced Status Codes "
              "registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.3.3",
    .provider = NULL,
    .title = N_("Receiving system lacks a required feature"),
    .plain = N_("Your message needs a feature that the receiving mail "
                "system does not support, so it could not be delivered in "
                "this form."),
    .technical = N_("RFC 3463 §3.4: X.3.3 “System not capable of selected "
                    "features”: features requested for the message (for "
                    "example a DSN option, a priority or an extension) are "
                    "not supported by the destination; common at gateways "
                    "between mail systems. Sending without the feature "
                    "usually works."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check which ESMTP option or message feature "
         "the sending side requested and send without it."),
      N_("Send the message again without special options (delivery "
         "receipts, priority, encryption requirements)."),
      NULL,
    },
    .source = "RFC 3463 §3.4; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.3.4",
    .provider = NULL,
    .title = N_("Message too large"),
    .plain = N_("Your message is bigger than the receiving mail system "
                "accepts. Large attachments are the usual cause."),
    .technical = N_("RFC 3463 §3.4: X.3.4 “Message too big for system” "
                    "(basic codes 552, 554): exceeds a system-wide size "
                    "limit (compare the SIZE value the server advertises in "
                    "EHLO). Gmail returns 552 5.3.4 also when header size "
                    "limits are exceeded. Base64 encoding adds about a "
                    "third to attachment sizes."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Remove large attachments or compress them."),
      N_("Share big files through a link instead of attaching them."),
      N_("Send the smaller message again."),
      NULL,
    },
    .source = "RFC 3463 §3.4; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.3.5",
    .provider = NULL,
    .title = N_("Mail system configured incorrectly"),
    .plain = N_("A mail server along the way is set up incorrectly, so it "
                "could not deliver your message. This is for the "
                "administrators of that server to fix."),
    .technical = N_("RFC 3463 §3.4: X.3.5 “System incorrectly configured”: "
                    "the system reporting it is misconfigured (for example "
                    "Postfix “mail for … loops back to myself” or a missing "
                    "transport). Check the reporting MTA: if it is your own "
                    "server, your administrator has to fix it."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Check which server reported the error (Reporting-MTA or the host "
         "name in the text)."),
      N_("If it is your own organization’s server, give the bounce to your "
         "mail administrator."),
      N_("Otherwise contact the recipient another way so their "
         "administrator can fix it."),
      NULL,
    },
    .source = "RFC 3463 §3.4; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.3.6",
    .provider = NULL,
    .title = N_("Priority was changed (not an error)"),
    .plain = N_("The message was accepted, but with a different priority "
                "than was requested. It is still on its way."),
    .technical = N_("RFC 6710 and the IANA registry: X.3.6 “Requested "
                    "priority was changed” (basic codes 250, 251): with the "
                    "MT-PRIORITY extension, the server accepted the message "
                    "with another priority than requested. Informational."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: the message was accepted."),
      N_("If delivery speed matters, ask your mail administrator about the "
         "priority settings."),
      N_("If the message does not arrive, ask the recipient to check their "
         "spam folder."),
      NULL,
    },
    .source = "RFC 6710; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },

  /* X.4 network and routing status */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.4.0",
    .provider = NULL,
    .title = N_("Network or routing problem"),
    .plain = N_("The message could not be moved to the recipient’s mail "
                "server because of a network or routing problem. Often this "
                "clears up by itself."),
    .technical = N_("RFC 3463 §3.5: X.4.0 “Other or undefined network or "
                    "routing status”: something went wrong in the network "
                    "or routing that no other X.4 code covers (Exchange, "
                    "for example, reports DNS failures this way). 4.4.0 is "
                    "retried automatically; for 5.4.0 check the recipient "
                    "domain’s MX records and the connectors or smarthost "
                    "settings of the sending server."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("If the code starts with 4, wait: the sending server retries by "
         "itself."),
      N_("Check the domain of the address for typos."),
      N_("If it keeps failing, give the bounce to your mail administrator "
         "to check DNS and routing towards the recipient’s domain."),
      NULL,
    },
    .source = "RFC 3463 §3.5; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.4.1",
    .provider = NULL,
    .title = N_("The receiving server did not answer"),
    .plain = N_("Your mail system could not get an answer from the "
                "recipient’s mail server. It will keep trying for a while "
                "by itself."),
    .technical = N_("RFC 3463 §3.5: X.4.1 “No answer from host” (basic code "
                    "451): the connection could not be established or timed "
                    "out. RFC 3463 says this is a transient condition only; "
                    "a 5.4.1 from a normal MTA is a class mismatch "
                    "(Microsoft uses 5.4.1 for its own “Recipient address "
                    "rejected” meaning). If the sender gives up after days "
                    "it reports 4.4.7/5.4.7 instead."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: the sending server retries automatically for several days."),
      N_("If it fails for more than a day, check that the recipient’s "
         "domain is spelled correctly."),
      N_("If it continues, ask your mail administrator to test a connection "
         "to the recipient’s mail servers."),
      NULL,
    },
    .source = "RFC 3463 §3.5; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.4.2",
    .provider = NULL,
    .title = N_("Connection was interrupted"),
    .plain = N_("The connection to the recipient’s mail server broke off "
                "during delivery. Your mail system will try again by "
                "itself."),
    .technical = N_("RFC 3463 §3.5: X.4.2 “Bad connection” (basic code "
                    "421): the connection was established but the "
                    "transaction could not complete (dropped, timed out, "
                    "reset). A transient condition only; persistent cases "
                    "point to firewalls, MTU problems or TLS handshake "
                    "failures between the servers."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: the sending server retries automatically."),
      N_("If it repeats for more than a day, give your mail administrator "
         "the error text and the receiving server’s name."),
      N_("Mail administrator: check firewalls, TLS versions and timeouts "
         "between the sending server and the named host."),
      NULL,
    },
    .source = "RFC 3463 §3.5; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.4.3",
    .provider = NULL,
    .title = N_("Name lookup failed"),
    .plain = N_("The mail system could not look up where to deliver the "
                "message, because the internet’s name service (DNS) did not "
                "answer properly. This is usually temporary."),
    .technical = N_("RFC 3463 §3.5: X.4.3 “Directory server failure” (basic "
                    "codes 451, 550): a directory (typically DNS) lookup "
                    "needed for routing failed, e.g. the DNS servers for "
                    "the recipient domain were unreachable. 4.4.3 is "
                    "retried; RFC 3463 meant it as a transient error only, "
                    "so a 5.4.3 usually reflects a DNS problem that lasted "
                    "until the sender gave up."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: the sending server retries automatically."),
      N_("Check that the domain of the address is spelled correctly."),
      N_("If it keeps failing, ask your mail administrator to check the "
         "sending server’s DNS resolver and the recipient domain’s DNS with "
         "dig MX."),
      NULL,
    },
    .source = "RFC 3463 §3.5; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.4.4",
    .provider = NULL,
    .title = N_("No route to the recipient’s mail server"),
    .plain = N_("No path to a mail server could be found for the "
                "recipient’s domain. Often the domain has no mail service "
                "set up, or the domain name has a typo."),
    .technical = N_("RFC 3463 §3.5: X.4.4 “Unable to route”: the routing "
                    "information for the destination could not be found or "
                    "used, for example DNS answers with only an SOA record "
                    "(no MX, no A), MX hosts that do not resolve, or no "
                    "connector matches. Check dig MX and dig A for the "
                    "recipient domain."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Check the domain part of the address (after the @) for typos."),
      N_("Ask the recipient whether their email address and domain are "
         "still in use."),
      N_("If you own the recipient domain: check that its MX records exist "
         "and resolve to working mail servers."),
      NULL,
    },
    .source = "RFC 3463 §3.5; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.4.5",
    .provider = NULL,
    .title = N_("Mail system congested"),
    .plain = N_("The mail system is overloaded right now and could not "
                "handle your message. It will be tried again later by "
                "itself."),
    .technical = N_("RFC 3463 §3.5: X.4.5 “Mail system congestion” (basic "
                    "code 451): the system is congested, usually a "
                    "transient condition. Also used for rate limiting by "
                    "some receivers. The sending server queues and retries."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: the sending server retries automatically."),
      N_("If you send many messages at once, spread them out over time."),
      N_("If it continues for more than a day, give your mail administrator "
         "the error text."),
      NULL,
    },
    .source = "RFC 3463 §3.5; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.4.6",
    .provider = NULL,
    .title = N_("Mail loop detected"),
    .plain = N_("Your message went around in a circle between mail servers, "
                "for example because of a forwarding rule that sends mail "
                "back to where it came from. It was stopped to avoid an "
                "endless loop."),
    .technical = N_("RFC 3463 §3.5: X.4.6 “Routing loop detected”: "
                    "incorrect routing tables or a user-forwarding loop "
                    "made the message be forwarded too many times (too many "
                    "Received headers, or “mail for … loops back to "
                    "myself”). Usual causes: forwarding rules between two "
                    "mailboxes, or MX records and relay settings pointing "
                    "back to the sending host."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Check the forwarding rules of your own and the recipient’s "
         "mailbox for a rule that sends mail back."),
      N_("Tell the recipient another way so they can check their "
         "forwarding."),
      N_("Mail administrators: check MX records, relay and connector "
         "settings that could route the domain back to itself."),
      NULL,
    },
    .source = "RFC 3463 §3.5; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.4.7",
    .provider = NULL,
    .title = N_("Delivery time expired"),
    .plain = N_("The mail system tried to deliver your message for the "
                "maximum allowed time without success. With a code starting "
                "with 4 it is still trying; with 5 it has given up and the "
                "message was not delivered."),
    .technical = N_("RFC 3463 §3.5: X.4.7 “Delivery time expired”: the "
                    "message was considered too old by the rejecting "
                    "system, usually because it has been queued too long "
                    "(RFC 5321 §4.5.4.1 suggests giving up after at least 4 "
                    "to 5 days). 4.4.7 appears in delay notices; 5.4.7 is "
                    "final. Look at the earlier temporary errors in the "
                    "queue log: they tell why the recipient could not be "
                    "reached."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("If the code starts with 4, wait: this is only a delay notice."),
      N_("If it starts with 5, send the message again later or contact the "
         "recipient another way."),
      N_("If it keeps happening for this domain, ask your mail "
         "administrator to look at the earlier temporary errors in the "
         "queue log."),
      NULL,
    },
    .source = "RFC 3463 §3.5; RFC 5321 §4.5.4.1; IANA SMTP Enhanced Status "
              "Codes registry",
    .reviewed = REVIEWED,
  },

  /* X.5 mail delivery protocol status */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.5.0",
    .provider = NULL,
    .title = N_("Mail protocol problem"),
    .plain = N_("The two mail servers had a problem talking to each other. "
                "The address is not at fault; the software or settings of a "
                "mail server are."),
    .technical = N_("RFC 3463 §3.6: X.5.0 “Other or undefined protocol "
                    "status”: something went wrong in the SMTP exchange "
                    "that no other X.5 code covers. Read the diagnostic "
                    "text and the session log of the sending server; "
                    "middleboxes that alter SMTP are a frequent cause."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check the sending server’s log of the session "
         "with the named host."),
      N_("Check for firewalls or security appliances between the servers "
         "that change SMTP traffic."),
      NULL,
    },
    .source = "RFC 3463 §3.6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.5.1",
    .provider = NULL,
    .title = N_("Invalid command"),
    .plain = N_("The receiving server got a command it did not accept at "
                "that point of the conversation. The mail server settings "
                "or software need attention."),
    .technical = N_("RFC 3463 §3.6: X.5.1 “Invalid command”: a command was "
                    "issued that is out of sequence or not supported (often "
                    "with 500 or 503, e.g. “503 5.5.1 RCPT first”, “5.5.1 "
                    "Authentication required”). An earlier rejected command "
                    "is often the real cause."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("If you send through your provider’s server, turn on “my outgoing "
         "server requires authentication” in your mail program."),
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check the session log for the command that "
         "was refused and any earlier rejection."),
      NULL,
    },
    .source = "RFC 3463 §3.6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.5.2",
    .provider = NULL,
    .title = N_("Command syntax error"),
    .plain = N_("A command from your mail system was written in a form the "
                "receiving server could not understand."),
    .technical = N_("RFC 3463 §3.6: X.5.2 “Syntax error”: a command could "
                    "not be parsed, or was too long (basic code 500 or "
                    "501). Typical causes: a broken client, a line longer "
                    "than 512 characters, or a middlebox that alters "
                    "commands."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check which command was refused in the "
         "sending server’s log."),
      N_("Update or reconfigure the sending software or device if it "
         "produces malformed commands."),
      NULL,
    },
    .source = "RFC 3463 §3.6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.5.3",
    .provider = NULL,
    .title = N_("Too many recipients"),
    .plain = N_("Your message was addressed to more people than the "
                "receiving server accepts in one go. With a code starting "
                "with 4 the rest is sent later by itself; with 5 you need "
                "to send to fewer people at a time."),
    .technical = N_("RFC 3463 §3.6: X.5.3 “Too many recipients” (basic code "
                    "451; RFC 5321 uses 452): more recipients than the "
                    "protocol or policy allows in one transaction. The "
                    "client should normally split the message and deliver "
                    "the remaining recipients in a later transaction; 5.5.3 "
                    "usually reflects a per-message or per-day recipient "
                    "limit of the sending account."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Send the message to fewer recipients at a time."),
      N_("For large groups use a mailing list service or a distribution "
         "group instead of a long To or Bcc list."),
      N_("Ask your mail administrator about the recipient limits of your "
         "account."),
      NULL,
    },
    .source = "RFC 3463 §3.6; RFC 5321 §4.5.3.1.10; IANA SMTP Enhanced "
              "Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.5.4",
    .provider = NULL,
    .title = N_("Invalid command arguments"),
    .plain = N_("A command from your mail system had a value the receiving "
                "server did not accept, such as an unknown option."),
    .technical = N_("RFC 3463 §3.6: X.5.4 “Invalid command arguments”: the "
                    "command was valid but an argument was not (unknown "
                    "ESMTP parameter, unknown AUTH mechanism, invalid "
                    "value; e.g. 504 5.5.4, 555 5.5.4)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check which parameter was refused and whether "
         "the receiving server advertised that extension."),
      N_("In a mail program, try another authentication method for the "
         "outgoing server."),
      NULL,
    },
    .source = "RFC 3463 §3.6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.5.5",
    .provider = NULL,
    .title = N_("Wrong protocol version"),
    .plain = N_("The two mail servers use different versions of the mail "
                "protocol and could not understand each other."),
    .technical = N_("RFC 3463 §3.6: X.5.5 “Wrong protocol version”: a "
                    "protocol version mismatch, e.g. between SMTP and an "
                    "incompatible variant, or a client speaking another "
                    "protocol to the SMTP port."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check the sending software and any gateway "
         "between the servers."),
      N_("Check the port and protocol settings of the mail program or "
         "device that sent the message."),
      NULL,
    },
    .source = "RFC 3463 §3.6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.5.6",
    .provider = NULL,
    .title = N_("Login data too long"),
    .plain = N_("During login, your mail system sent more data in one line "
                "than the server allows, so the login failed."),
    .technical = N_("RFC 4954 and the IANA registry: X.5.6 “Authentication "
                    "Exchange line is too long” (basic code 500): a line of "
                    "the AUTH exchange exceeded the server’s line length "
                    "limit, for example with large OAuth tokens."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check the authentication mechanism the client "
         "uses and the server’s line length limit."),
      N_("Update the mail program; older versions may send oversize login "
         "data."),
      NULL,
    },
    .source = "RFC 4954 §6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },

  /* X.6 message content or media status */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.0",
    .provider = NULL,
    .title = N_("Problem with the message content"),
    .plain = N_("Something in the content of your message, for example an "
                "attachment or the way it is encoded, could not be handled "
                "by the receiving side."),
    .technical = N_("RFC 3463 §3.7: X.6.0 “Other or undefined media error”: "
                    "something about the content caused this DSN. Many "
                    "filters use 5.6.0 for malformed MIME, forbidden "
                    "attachment types or content policy rejections; read "
                    "the diagnostic text."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Read the server’s text for the part of the message that was "
         "refused."),
      N_("Remove unusual attachments (executables, archives with passwords, "
         "macros) and send again."),
      N_("If the message was created by a program or device, give the "
         "bounce to your mail administrator: the message format may be "
         "broken."),
      NULL,
    },
    .source = "RFC 3463 §3.7; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.1",
    .provider = NULL,
    .title = N_("Content type not supported"),
    .plain = N_("The message contains a kind of content, often an "
                "attachment type, that the receiving system does not "
                "accept."),
    .technical = N_("RFC 3463 §3.7: X.6.1 “Media not supported”: the media "
                    "(MIME type) of the message is not supported by the "
                    "delivery protocol or the next system. Also used by "
                    "filters that block particular attachment types."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Remove or replace the attachment the server names, or put it in a "
         "common format such as PDF."),
      N_("Share the file through a link instead."),
      N_("Send the message again."),
      NULL,
    },
    .source = "RFC 3463 §3.7; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.2",
    .provider = NULL,
    .title = N_("Conversion needed but not allowed"),
    .plain = N_("The message would have to be converted to be delivered, "
                "but it was marked so that it must not be changed."),
    .technical = N_("RFC 3463 §3.7: X.6.2 “Conversion required and "
                    "prohibited”: the content must be converted before "
                    "delivery, but conversion is not permitted (e.g. signed "
                    "content or a no-conversion flag)."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Send the message again without the “do not convert” setting or "
         "signature, if that is acceptable."),
      N_("Send the content as an attachment in a common format."),
      N_("Give your mail administrator the full error text if the problem "
         "continues."),
      NULL,
    },
    .source = "RFC 3463 §3.7; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.3",
    .provider = NULL,
    .title = N_("Conversion needed but not possible"),
    .plain = N_("The message would have to be converted for the receiving "
                "system, for example to an older text format, and that "
                "conversion is not supported."),
    .technical = N_("RFC 3463 §3.7: X.6.3 “Conversion required but not "
                    "supported” (basic code 554): typically 8-bit content "
                    "sent to a server without 8BITMIME, which the relay "
                    "cannot downgrade to 7-bit, or SMTPUTF8 content to a "
                    "server without it."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: make the sending server encode 8-bit content "
         "(quoted-printable or base64) for servers that do not advertise "
         "8BITMIME."),
      N_("Send the message again after the change."),
      NULL,
    },
    .source = "RFC 3463 §3.7; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.4",
    .provider = NULL,
    /* Translators: "conversion" means the message was changed into another
       format or character set on its way */
    .title = N_("Delivered with conversion (not an error)"),
    .plain = N_("The message was delivered, but part of it had to be "
                "converted and a little may have been lost, for example "
                "formatting."),
    .technical = N_("RFC 3463 §3.7: X.6.4 “Conversion with loss performed” "
                    "(basic code 250): a warning that the message was "
                    "delivered after a conversion in which some data was "
                    "lost. With class 5 it means the sender had prohibited "
                    "lossy conversion, so the message was not delivered."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Nothing to do: the message was delivered."),
      N_("If something looks wrong to the recipient, send the content as an "
         "attachment in a common format."),
      N_("Avoid unusual character sets or formats if the conversion keeps "
         "damaging your messages."),
      NULL,
    },
    .source = "RFC 3463 §3.7; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.5",
    .provider = NULL,
    .title = N_("Conversion failed"),
    .plain = N_("The message had to be converted for the receiving side, "
                "and the conversion went wrong."),
    .technical = N_("RFC 3463 §3.7: X.6.5 “Conversion Failed”: a conversion "
                    "was required but was unsuccessful; may be transient "
                    "(4.6.5) or permanent (5.6.5). Often broken MIME "
                    "structure or a gateway problem."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Send the message again; if the code starts with 4 the server may "
         "retry by itself."),
      N_("Send the content as a simpler message (plain text, common "
         "attachment formats)."),
      N_("If it keeps failing, give your mail administrator the full error "
         "text."),
      NULL,
    },
    .source = "RFC 3463 §3.7; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.6",
    .provider = NULL,
    .title = N_("Message content not available"),
    .plain = N_("The mail server was asked to send a message stored "
                "elsewhere, but could not fetch it."),
    .technical = N_("RFC 4468 and the IANA registry: X.6.6 “Message content "
                    "not available” (basic code 554): with BURL, the "
                    "submission server could not retrieve the referenced "
                    "message content (typically from an IMAP server)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Send the message again from your mail program."),
      N_("Give your mail administrator the full error text if it repeats."),
      N_("Mail administrator: check the BURL/IMAP URL access between the "
         "submission server and the message store."),
      NULL,
    },
    .source = "RFC 4468; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.7",
    .provider = NULL,
    .title = N_("International address not accepted"),
    .plain = N_("An address in your message uses characters beyond plain "
                "English letters (for example accented letters or another "
                "script), and the receiving server cannot handle such "
                "addresses."),
    .technical = N_("RFC 6531 and the IANA registry: X.6.7 “Non-ASCII "
                    "addresses not permitted for that sender/recipient” "
                    "(basic codes 553, 550): the server does not support "
                    "SMTPUTF8 for this address."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Ask the recipient for an address using only plain letters, digits "
         "and dots (many providers offer an ASCII alias)."),
      N_("If your own address contains such characters, send from a plain "
         "ASCII address instead."),
      N_("Send the message again."),
      NULL,
    },
    .source = "RFC 6531; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.8",
    .provider = NULL,
    .title = N_("International reply required but not supported"),
    .plain = N_("The receiving server needed to answer with international "
                "characters, but your mail system did not say it could read "
                "them."),
    .technical = N_("RFC 6531 and the IANA registry: X.6.8 “UTF-8 string "
                    "reply is required, but not permitted by the SMTP "
                    "client” (basic codes 252, 553, 550): the server would "
                    "need to send a UTF-8 reply (e.g. to VRFY/EXPN) but the "
                    "client did not use SMTPUTF8."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: enable SMTPUTF8 support on the sending server "
         "if possible."),
      N_("Use an ASCII address for this recipient if one exists."),
      NULL,
    },
    .source = "RFC 6531; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.9",
    .provider = NULL,
    .title = N_("International message cannot be passed on"),
    .plain = N_("Your message has international characters in its header, "
                "such as in an address, and a server along the way cannot "
                "pass it on to this recipient."),
    .technical = N_("RFC 6531 and the IANA registry: X.6.9 “UTF-8 header "
                    "message cannot be transferred to one or more "
                    "recipients” (basic code 550): the message requires "
                    "SMTPUTF8 but the next hop does not support it and it "
                    "cannot be downgraded."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Use addresses with plain ASCII characters only, for sender and "
         "recipients."),
      N_("Ask the recipient for an ASCII alias of their address."),
      N_("Send the message again."),
      NULL,
    },
    .source = "RFC 6531; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.6.10",
    .provider = NULL,
    .title = N_("International reply required but not supported"),
    .plain = N_("The receiving server needed to answer with international "
                "characters, but your mail system did not say it could read "
                "them. This is an older duplicate of another code."),
    .technical = N_("IANA SMTP Enhanced Status Codes registry: X.6.10 was "
                    "registered with the same meaning as X.6.8 (“UTF-8 "
                    "string reply is required, but not permitted by the "
                    "SMTP client”) and is kept only as a deprecated "
                    "duplicate; new software should send X.6.8."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: enable SMTPUTF8 support on the sending server "
         "if possible."),
      N_("Use an ASCII address for this recipient if one exists."),
      NULL,
    },
    .source = "IANA SMTP Enhanced Status Codes registry; RFC 6531",
    .reviewed = REVIEWED,
  },

  /* X.7 security or policy status: the address itself is fine */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.0",
    .provider = NULL,
    .title = N_("Refused for security or policy reasons"),
    .plain = N_("The receiving server refused or delayed your message "
                "because of one of its security or anti-spam rules. The "
                "address is fine; the way the message was sent, or the "
                "server it came from, was not accepted."),
    .technical = N_("RFC 3463 §3.8: X.7.0 “Other or undefined security "
                    "status”. Seen as “530 5.7.0 Authentication required” "
                    "or “Must issue a STARTTLS command first”, as blocklist "
                    "rejections (Proofpoint “550 5.7.0 Blocked - see "
                    "…dnsbl-lookup…”) and as temporary reputation deferrals "
                    "(Gmail 421 4.7.0, Yahoo 421 4.7.0 [TSS04]). Check the "
                    "diagnostic text, the sending IP on blocklists, PTR, "
                    "SPF, DKIM and DMARC."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator with the full error "
         "text."),
      N_("Mail administrator: check the sending IP against the blocklist "
         "the text names and request delisting if needed."),
      N_("Check SPF, DKIM, DMARC and reverse DNS of the sending domain and "
         "IP."),
      N_("If the code starts with 4, the message is being retried; fix the "
         "cause so later attempts succeed."),
      NULL,
    },
    .source = "RFC 3463 §3.8; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.1",
    .provider = NULL,
    .title = N_("Delivery not authorized, message refused"),
    .plain = N_("The receiving side does not allow this message to be "
                "delivered. Often a spam filter, a blocklist or a rule of "
                "the recipient’s organization refused it. The address "
                "itself is usually fine."),
    .technical = N_("RFC 3463 §3.8: X.7.1 “Delivery not authorized, message "
                    "refused”: the sender is not authorized to send to the "
                    "destination, because of per-host or per-recipient "
                    "filtering: spam and content filters, blocklisted IPs "
                    "(“554 5.7.1 Service unavailable; Client host … blocked "
                    "using …”), relay denied, restricted groups. Some "
                    "servers misuse 5.7.1 for unknown users, so read the "
                    "text. SPF failures should use X.7.23 (RFC 7208 §8.4) "
                    "but often still arrive as 5.7.1."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Read the server’s text: it usually names the rule, blocklist or "
         "check that failed."),
      N_("Forward the bounce to your mail administrator if it mentions a "
         "blocklist, SPF, DKIM, DMARC, relaying or reputation."),
      N_("If it says the recipient only accepts mail from certain senders, "
         "ask the recipient to allow your address."),
      N_("Do not remove the contact just because of this code: the address "
         "is usually valid."),
      NULL,
    },
    .source = "RFC 3463 §3.8; RFC 7208 §8.4; IANA SMTP Enhanced Status "
              "Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.2",
    .provider = NULL,
    .title = N_("Not allowed to send to this mailing list"),
    .plain = N_("The address is a mailing list or group, and you are not "
                "allowed to send to it."),
    .technical = N_("RFC 3463 §3.8: X.7.2 “Mailing list expansion "
                    "prohibited”: the sender is not authorized to send to "
                    "the destination list; often lists that accept posts "
                    "from members only or from internal senders only."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Ask the list owner or the recipient’s administrator to allow your "
         "address."),
      N_("If you are a member, send from the address you subscribed with."),
      N_("Send to the people directly if it is urgent."),
      NULL,
    },
    .source = "RFC 3463 §3.8; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.3",
    .provider = NULL,
    .title = N_("Security conversion not possible"),
    .plain = N_("The message needed a security-related conversion on the "
                "way, and the mail system could not do it."),
    .technical = N_("RFC 3463 §3.8: X.7.3 “Security conversion required but "
                    "not possible”: a conversion between security protocols "
                    "(e.g. from one encryption or signature scheme to "
                    "another at a gateway) was required but not possible."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Send the message again without encryption or signature, if that "
         "is acceptable."),
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check the gateways and encryption policies "
         "between the sending and receiving systems."),
      NULL,
    },
    .source = "RFC 3463 §3.8; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.4",
    .provider = NULL,
    .title = N_("Security feature not supported"),
    .plain = N_("Your mail system asked for a security feature, such as a "
                "certain login method or encryption, that the receiving "
                "server does not support."),
    .technical = N_("RFC 3463 §3.8: X.7.4 “Security features not supported” "
                    "(basic code 504): the requested security mechanism "
                    "(AUTH mechanism, STARTTLS, REQUIRETLS) is not "
                    "supported, e.g. “504 5.7.4 Unrecognized authentication "
                    "type”."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("In your mail program, choose another authentication method or "
         "encryption setting for the outgoing server."),
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: compare the requested feature with what the "
         "receiving server advertises in EHLO."),
      NULL,
    },
    .source = "RFC 3463 §3.8; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.5",
    .provider = NULL,
    .title = N_("Cryptographic failure"),
    .plain = N_("A security check on the message, such as decrypting it or "
                "checking its signature, failed."),
    .technical = N_("RFC 3463 §3.8: X.7.5 “Cryptographic failure”: a "
                    "transport system otherwise authorized to validate or "
                    "decrypt the message was unable to, e.g. an S/MIME or "
                    "PGP gateway lacking the key."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Send the message again without encryption if that is acceptable, "
         "or check that you used the recipient’s current certificate or "
         "key."),
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check certificates and keys on the encryption "
         "gateway."),
      NULL,
    },
    .source = "RFC 3463 §3.8; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.6",
    .provider = NULL,
    .title = N_("Encryption method not supported"),
    .plain = N_("Your message used an encryption or signing method that the "
                "receiving side does not support."),
    .technical = N_("RFC 3463 §3.8: X.7.6 “Cryptographic algorithm not "
                    "supported”: the cryptographic algorithm used for the "
                    "message is not supported by the destination."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Send the message again with a more common encryption or signing "
         "setting, or without it."),
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: check the algorithms configured for S/MIME or "
         "PGP on both sides."),
      NULL,
    },
    .source = "RFC 3463 §3.8; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.7",
    .provider = NULL,
    .title = N_("Message integrity check failed"),
    .plain = N_("A check showed that the message was changed or damaged on "
                "its way, so it was not accepted."),
    .technical = N_("RFC 3463 §3.8: X.7.7 “Message integrity failure”: the "
                    "message was found to be corrupt, e.g. a signature or "
                    "checksum over the content did not verify."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Send the message again."),
      N_("If it repeats, give your mail administrator the full error text."),
      N_("Mail administrator: check for systems that modify messages in "
         "transit (footers, content rewriting) after they are signed."),
      NULL,
    },
    .source = "RFC 3463 §3.8; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.8",
    .provider = NULL,
    .title = N_("Wrong username or password"),
    .plain = N_("The login your mail program used for sending was not "
                "accepted. Usually the password is wrong or has changed."),
    .technical = N_("RFC 4954 §6 and the IANA registry: X.7.8 "
                    "“Authentication credentials invalid” (basic codes 535, "
                    "554): SMTP AUTH failed because of invalid or "
                    "insufficient credentials; the client should ask the "
                    "user for new ones. Check username format, password "
                    "changes, app passwords with multi-factor "
                    "authentication and account locks."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the username and password in your mail program’s outgoing "
         "server settings."),
      N_("Sign in to your provider’s web mail to check the password and "
         "whether the account is locked."),
      N_("If you use multi-factor authentication, create an app password or "
         "use the recommended sign-in method."),
      NULL,
    },
    .source = "RFC 4954 §6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.9",
    .provider = NULL,
    .title = N_("Login method too weak"),
    .plain = N_("The server refused the way your mail program logged in as "
                "not secure enough."),
    .technical = N_("RFC 4954 §6 and the IANA registry: X.7.9 "
                    "“Authentication mechanism is too weak” (basic code "
                    "534): the server requires a stronger mechanism, or an "
                    "app password or OAuth instead of basic authentication. "
                    "Yahoo uses 5.7.9 with its own meaning (policy "
                    "rejection)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check your provider’s help pages for the recommended sign-in "
         "method."),
      N_("Update your mail program or device to use OAuth or an app "
         "password."),
      N_("Mail administrator: check whether basic authentication was turned "
         "off for the account or organization."),
      NULL,
    },
    .source = "RFC 4954 §6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.10",
    .provider = NULL,
    .title = N_("Encryption needed"),
    .plain = N_("The server only accepts this over an encrypted connection, "
                "and your mail system did not use one."),
    .technical = N_("RFC 5248 and the IANA registry: X.7.10 “Encryption "
                    "Needed” (basic code 523): the requested action "
                    "(typically authentication) requires TLS first."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Turn on SSL/TLS or STARTTLS in your mail program’s outgoing "
         "server settings."),
      N_("Mail administrator: make the sending server use STARTTLS with "
         "this destination."),
      N_("Send the message again after the setting is changed."),
      NULL,
    },
    .source = "RFC 5248; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.11",
    .provider = NULL,
    .title = N_("Encryption required for this login method"),
    .plain = N_("The server only allows this kind of login over an "
                "encrypted connection."),
    .technical = N_("RFC 4954 §6 and the IANA registry: X.7.11 “Encryption "
                    "required for requested authentication mechanism” "
                    "(basic codes 524, 538): the client must use STARTTLS "
                    "or implicit TLS before this AUTH mechanism. RFC 4954 "
                    "keeps it for historical purposes: servers should not "
                    "advertise mechanisms they refuse without encryption."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Turn on SSL/TLS or STARTTLS in your mail program’s outgoing "
         "server settings."),
      N_("Mail administrator: make the client or relay use STARTTLS before "
         "AUTH."),
      N_("Send the message again after the setting is changed."),
      NULL,
    },
    .source = "RFC 4954 §6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.12",
    .provider = NULL,
    .title = N_("Login method needs a one-time switch"),
    .plain = N_("The mail server cannot yet check your password with the "
                "login method your mail program chose. Your program has to "
                "log in once with the ordinary password method, over an "
                "encrypted connection."),
    .technical = N_("RFC 4954 §6 and the IANA registry: X.7.12 “A password "
                    "transition is needed” (basic codes 422, 432): the user "
                    "needs to transition to the selected authentication "
                    "mechanism, typically by authenticating once with PLAIN "
                    "(over TLS); the selected mechanism should then work in "
                    "later sessions."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("In your mail program’s outgoing server settings, choose the "
         "ordinary (normal) password method with SSL/TLS, and send once."),
      N_("Switch back to the more secure login method afterwards if you "
         "want; it should now work."),
      N_("If the error stays, contact your mail provider with the full "
         "error text."),
      NULL,
    },
    .source = "RFC 4954 §6; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.13",
    .provider = NULL,
    .title = N_("Account disabled"),
    .plain = N_("The mail account used to send is switched off. Only your "
                "provider or administrator can turn it back on."),
    .technical = N_("RFC 5248 and the IANA registry: X.7.13 “User Account "
                    "Disabled” (basic code 525): the sending account is "
                    "disabled, e.g. suspended for abuse or locked by an "
                    "administrator."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Contact your mail administrator or provider and ask why the "
         "account is disabled."),
      N_("Check your provider’s web mail or account page for a notice."),
      N_("Send the message again once the account is active."),
      NULL,
    },
    .source = "RFC 5248; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.14",
    .provider = NULL,
    /* Translators: a configured agreement between two mail servers to
       trust each other */
    .title = N_("Trust relationship required"),
    .plain = N_("The mail server needs an arranged trust relationship with "
                "another system before it will do what was asked, and none "
                "is set up."),
    .technical = N_("RFC 5248 and the IANA registry: X.7.14 “Trust "
                    "relationship required” (basic codes 535, 554): the "
                    "submission server requires a configured trust "
                    "relationship with a third-party server (e.g. for BURL "
                    "access to a message store) to proceed."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give your mail administrator the full error text."),
      N_("Mail administrator: configure the trust relationship or "
         "credentials between the servers involved."),
      N_("Send the message again without the feature that requires it (for "
         "example attach instead of referencing a stored message)."),
      NULL,
    },
    .source = "RFC 5248; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.15",
    .provider = NULL,
    .title = N_("Priority too low"),
    .plain = N_("The message was sent with a priority that is too low for "
                "this server to accept right now."),
    .technical = N_("RFC 6710 and the IANA registry: X.7.15 “Priority Level "
                    "is too low”: with the MT-PRIORITY extension, the "
                    "server refuses messages below a certain priority "
                    "(perhaps temporarily, 4.7.15)."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Send the message again with normal priority."),
      N_("If the code starts with 4, wait: the server may accept it later."),
      N_("Ask your mail administrator about the priority settings of your "
         "sending application."),
      NULL,
    },
    .source = "RFC 6710; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.16",
    .provider = NULL,
    .title = N_("Message too large for its priority"),
    .plain = N_("The message is too large to be accepted with the priority "
                "it was sent with."),
    .technical = N_("RFC 6710 and the IANA registry: X.7.16 “Message is too "
                    "big for the specified priority”: with MT-PRIORITY, "
                    "higher priorities can have lower size limits."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Send the message again with normal priority."),
      N_("Make the message smaller: remove large attachments or share them "
         "through a link."),
      N_("Ask your mail administrator about priority and size settings if "
         "it repeats."),
      NULL,
    },
    .source = "RFC 6710; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.17",
    .provider = NULL,
    .title = N_("The mailbox now belongs to someone else"),
    .plain = N_("The address still exists, but it was given to a different "
                "person after the date your mail system said it last knew "
                "it worked. The message was not delivered so that it does "
                "not reach the wrong person."),
    .technical = N_("RFC 7293 and the IANA registry: X.7.17 “Mailbox owner "
                    "has changed”: with the RRVS extension "
                    "(Require-Recipient-Valid-Since), the mailbox has "
                    "changed owner since the date given by the sender, so "
                    "the message was refused."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Do not send to this address again without confirming who owns it "
         "now."),
      N_("Contact the person another way and ask for their current address."),
      N_("Update your contact records and remove the old address."),
      NULL,
    },
    .source = "RFC 7293; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.18",
    .provider = NULL,
    .title = N_("The domain now belongs to someone else"),
    .plain = N_("The domain of the address has changed owner since your "
                "mail system last knew the address worked. The message was "
                "not delivered so that it does not reach the wrong person."),
    .technical = N_("RFC 7293 and the IANA registry: X.7.18 “Domain owner "
                    "has changed”: with RRVS, the whole domain has changed "
                    "ownership since the date given by the sender."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Do not send to this address again without confirming it."),
      N_("Contact the person another way and ask for their current address."),
      N_("Update your contact records and remove the old address."),
      NULL,
    },
    .source = "RFC 7293; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.19",
    .provider = NULL,
    .title = N_("Address ownership check not possible"),
    .plain = N_("Your mail system asked the receiving server to confirm "
                "that the address still belongs to the same person, and the "
                "server could not check that."),
    .technical = N_("RFC 7293 and the IANA registry: X.7.19 “RRVS test "
                    "cannot be completed”: the receiver cannot determine "
                    "whether the mailbox owner changed since the RRVS date "
                    "(it is not “Recipient Rate Validity System”)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Send the message again without the address-validity check, if "
         "that is acceptable."),
      N_("Confirm the address with the recipient another way."),
      N_("Mail administrator: check the RRVS settings of the sending "
         "application."),
      NULL,
    },
    .source = "RFC 7293; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.20",
    .provider = NULL,
    .title = N_("No valid DKIM signature"),
    .plain = N_("The receiving server requires a digital signature (DKIM) "
                "proving the message comes from your domain, and your "
                "message did not carry a valid one."),
    .technical = N_("RFC 7372 §3.1 and the IANA registry: X.7.20 “No "
                    "passing DKIM signature found”: the message had no DKIM "
                    "signature that verified. Check that the sending "
                    "service signs with the domain’s key, that the "
                    "selector’s public key is published in DNS, and that "
                    "nothing modifies the message after signing."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: check that the sending service signs outgoing "
         "mail with DKIM and that the selector record is published in DNS."),
      N_("Check that no gateway, footer or link rewriting changes the "
         "message after it is signed."),
      NULL,
    },
    .source = "RFC 7372 §3.1; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.21",
    .provider = NULL,
    .title = N_("No acceptable DKIM signature"),
    .plain = N_("Your message was signed (DKIM), but the receiving server "
                "did not accept the signature, for example because of the "
                "domain it was made for or a weak key."),
    .technical = N_("RFC 7372 §3.1 and the IANA registry: X.7.21 “No "
                    "acceptable DKIM signature found”: signatures verified, "
                    "but none satisfied local policy (e.g. the signing "
                    "domain is not acceptable, key too short, required "
                    "headers not signed)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: sign with the domain of the From address and "
         "a key of at least 1024, preferably 2048 bits."),
      N_("Check that the From header and other important headers are "
         "included in the signature."),
      NULL,
    },
    .source = "RFC 7372 §3.1; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.22",
    .provider = NULL,
    .title = N_("No DKIM signature matching the sender"),
    .plain = N_("Your message had no valid digital signature (DKIM) made "
                "for the domain in your From address."),
    .technical = N_("RFC 7372 §3.1 and the IANA registry: X.7.22 “No valid "
                    "author-matched DKIM signature found”: no valid "
                    "signature’s d= domain matches the RFC 5322 From "
                    "domain. Common when a third-party service signs with "
                    "its own domain."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: set up DKIM for your own domain at every "
         "service that sends mail as your domain."),
      N_("Check that the DKIM d= domain matches the From address domain."),
      NULL,
    },
    .source = "RFC 7372 §3.1; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.23",
    .provider = NULL,
    .title = N_("Sender failed the SPF check"),
    .plain = N_("The receiving server checked your domain’s list of servers "
                "allowed to send its mail (SPF) and the server that sent "
                "your message is not on it."),
    .technical = N_("RFC 7372 §3.2, RFC 7208 §8.4 and the IANA registry: "
                    "X.7.23 “SPF validation failed” (basic code 550): the "
                    "SPF check of the MAIL FROM (or HELO) domain returned "
                    "fail, so the message was rejected. Common after adding "
                    "a new sending service, or with forwarding. Check the "
                    "SPF record with dig TXT and the sending IP from the "
                    "bounce."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: add every service that sends as your domain "
         "to the domain’s SPF record."),
      N_("Check that the SPF record stays under 10 DNS lookups and is a "
         "single TXT record."),
      NULL,
    },
    .source = "RFC 7372 §3.2; RFC 7208 §8.4; IANA SMTP Enhanced Status "
              "Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.24",
    .provider = NULL,
    .title = N_("SPF check could not be completed"),
    .plain = N_("The receiving server tried to check your domain’s list of "
                "allowed sending servers (SPF), but the list could not be "
                "read or has an error."),
    .technical = N_("RFC 7372 §3.2, RFC 7208 §8.6 and §8.7, and the IANA "
                    "registry: X.7.24 “SPF validation error” (basic codes "
                    "451, 550): SPF returned temperror (DNS timeout, "
                    "4.7.24) or permerror (syntax error, more than 10 "
                    "lookups, several SPF records; 5.7.24)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: check the SPF record with an SPF validator: "
         "syntax, a single record, at most 10 DNS lookups."),
      N_("Check that the domain’s DNS servers answer reliably."),
      NULL,
    },
    .source = "RFC 7372 §3.2; RFC 7208 §8.6, §8.7; IANA SMTP Enhanced "
              "Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.25",
    .provider = NULL,
    .title = N_("Sending server has no valid reverse DNS"),
    .plain = N_("The receiving server looked up the name of the server your "
                "message came from and found no proper name. Mail servers "
                "are expected to have one."),
    .technical = N_("RFC 7372 §3.3 and the IANA registry: X.7.25 “Reverse "
                    "DNS validation failed” (basic code 550): the sending "
                    "IP has no PTR record, or the PTR name does not resolve "
                    "back to the same IP (forward-confirmed reverse DNS)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or provider."),
      N_("Mail administrator: ask whoever controls the sending IP address "
         "(hosting or internet provider) to set a PTR record."),
      N_("Check that the PTR name resolves back to the same IP address."),
      NULL,
    },
    .source = "RFC 7372 §3.3; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.26",
    .provider = NULL,
    .title = N_("Several authentication checks failed"),
    .plain = N_("The receiving server runs several checks that a message "
                "really comes from your domain (such as SPF and DKIM), and "
                "your message failed more than one of them."),
    .technical = N_("RFC 7372 §3.4 and the IANA registry: X.7.26 “Multiple "
                    "authentication checks failed” (basic code 550): a "
                    "combination of checks (SPF, DKIM, often DMARC) failed. "
                    "Gmail uses 550 5.7.26 for unauthenticated mail and "
                    "DMARC policy failures."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: make sure outgoing mail passes SPF and is "
         "signed with DKIM for your domain."),
      N_("Publish a DMARC record and check that SPF or DKIM aligns with the "
         "From domain."),
      NULL,
    },
    .source = "RFC 7372 §3.4; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.27",
    .provider = NULL,
    .title = N_("Your sending domain says it accepts no mail"),
    .plain = N_("Your sending domain has published a record saying it does "
                "not receive any email, so the receiving server refused "
                "your message: replies and bounces could never reach you."),
    .technical = N_("RFC 7505 and the IANA registry: X.7.27 “Sender address "
                    "has null MX” (basic code 550): the envelope sender "
                    "domain publishes a null MX (“MX 0 .”). The "
                    "recipient-side counterpart is X.1.10. Gmail uses "
                    "5.7.27 with another meaning (SPF did not pass)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: if the domain should send mail, replace the "
         "null MX with real MX records."),
      N_("Otherwise send from a domain that can receive mail."),
      NULL,
    },
    .source = "RFC 7505; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.28",
    .provider = NULL,
    .title = N_("Flood of similar messages detected"),
    .plain = N_("The receiving server saw a sudden wave of similar messages "
                "to this recipient, as in an attack that floods a mailbox, "
                "and refused yours as part of it."),
    .technical = N_("IANA registry (draft-levine-mailbomb-header): X.7.28 "
                    "“Mail flood detected”: the message appears to be part "
                    "of a flood of similar abusive messages (“mail bomb”, "
                    "often sign-up forms abused to flood a victim). Gmail "
                    "uses 4.7.28/5.7.28 for an unusual rate of unsolicited "
                    "mail."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Stop sending similar messages to this recipient for now."),
      N_("Mail administrator: check web forms and sign-up pages for abuse "
         "(add CAPTCHA and confirmation rate limits)."),
      N_("Check the sending volume to this domain and slow it down."),
      NULL,
    },
    .source = "IANA SMTP Enhanced Status Codes registry "
              "(draft-levine-mailbomb-header)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.29",
    .provider = NULL,
    /* Translators: ARC (Authenticated Received Chain) is the name of an
       email standard; keep it untranslated */
    .title = N_("ARC check failed"),
    .plain = N_("Your message was passed on by a forwarding service or "
                "mailing list, and the seals it added to vouch for the "
                "message (ARC) did not check out."),
    .technical = N_("RFC 8617 and the IANA registry: X.7.29 “ARC validation "
                    "failure”: the Authenticated Received Chain of the "
                    "message failed validation (broken seal, modified "
                    "message). Usually caused by the intermediary "
                    "(forwarder, list, gateway) that added the ARC headers. "
                    "Gmail uses 5.7.29 with another meaning (no TLS)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator, noting any "
         "forwarding or list the message went through."),
      N_("Mail administrator: check the ARC signing of the forwarding "
         "service or gateway."),
      N_("Send directly to the recipient instead of through the forwarder, "
         "if possible."),
      NULL,
    },
    .source = "RFC 8617; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "X.7.30",
    .provider = NULL,
    .title = N_("Secure delivery required but not supported"),
    .plain = N_("Your message had to travel only over secure, encrypted "
                "connections, and a mail server on the way does not support "
                "this requirement, so it was not delivered."),
    .technical = N_("RFC 8689 and the IANA registry: X.7.30 “REQUIRETLS "
                    "support required”: the message carried the REQUIRETLS "
                    "requirement and none of the next-hop servers supports "
                    "it (or TLS could not be verified). Gmail uses 5.7.30 "
                    "with another meaning (DKIM did not pass)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Send the message again without the “require TLS” option, if that "
         "is acceptable."),
      N_("Ask the recipient for a mail system or another channel that "
         "supports secure delivery."),
      N_("Mail administrator: check the REQUIRETLS setting of the sending "
         "application."),
      NULL,
    },
    .source = "RFC 8689; IANA SMTP Enhanced Status Codes registry",
    .reviewed = REVIEWED,
  },

  /* Provider overlays: Google (Gmail, Workspace); replies end in “gsmtp” */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.1.1",
    .provider = "google",
    .title = N_("The Gmail address does not exist"),
    .plain = N_("Gmail says there is no account with this address. The "
                "address probably has a typo, or the account was deleted."),
    .technical = N_("Google, 550 5.1.1 “The email account that you tried to "
                    "reach does not exist. Please try double-checking the "
                    "recipient’s email address for typos or unnecessary "
                    "spaces.” Same meaning as RFC 3463 X.1.1. If the text "
                    "contains “gcdp”, the rejection comes from a rule set "
                    "up by the recipient’s Workspace administrator rather "
                    "than from Gmail itself."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the address for typos and extra spaces."),
      N_("Ask the recipient for their current address by another channel."),
      N_("Remove or correct the address in your contacts and lists."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.1.2",
    .provider = "google",
    .title = N_("Recipient domain not found (Gmail)"),
    .plain = N_("Gmail could not find the domain in the address (the part "
                "after the @). Usually it has a typo."),
    .technical = N_("Google, 553 5.1.2 “We weren’t able to find the "
                    "recipient domain. Please check for any spelling "
                    "errors, and make sure you didn’t enter any spaces, "
                    "periods, or other punctuation after the recipient’s "
                    "email address.” Reported by Gmail as the sending side: "
                    "the domain does not resolve."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the domain after the @ for typos and for stray punctuation "
         "at the end of the address."),
      N_("Ask the recipient for a working address."),
      N_("Send the message again to the corrected address."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.2.1",
    .provider = "google",
    .title = N_("Gmail recipient is receiving mail too fast"),
    .plain = N_("The person you wrote to is getting so much mail right now "
                "that Gmail is holding back further messages for a while. "
                "Your mail system tries again later by itself."),
    .technical = N_("Google, 450 4.2.1 “The user you are trying to contact "
                    "is receiving mail too quickly” / “… at a rate that "
                    "prevents additional messages from being delivered. "
                    "Please resend your message at a later time.” Gmail’s "
                    "use; IANA’s X.2.1 is “mailbox disabled”. Also “450 "
                    "4.2.1 Peak SMTP relay limit exceeded for customer” for "
                    "Workspace SMTP relay users (a limit on the sender’s "
                    "side)."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: your mail system retries automatically."),
      N_("If you sent many messages to this person, stop and send one "
         "later."),
      N_("If the text mentions the SMTP relay limit, ask your mail "
         "administrator about Google Workspace relay limits."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18; Sisimai rhost/GoogleApps",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.4.5",
    .provider = "google",
    .title = N_("Your daily Gmail sending limit was reached"),
    .plain = N_("Your Gmail or Google Workspace account has sent as many "
                "messages today as Google allows, so this one was not sent. "
                "The limit resets after about a day."),
    .technical = N_("Google, 550 5.4.5 “Daily SMTP relay limit exceeded for "
                    "user” or “Daily sending quota exceeded”: the sending "
                    "account or Workspace customer exceeded Google’s daily "
                    "sending or relay limits. Google’s use; IANA’s X.4.5 is "
                    "“mail system congestion”."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Wait about 24 hours, then send the message again."),
      N_("Send to fewer recipients per day, or use a mailing list service "
         "for large mailings."),
      N_("If your account should not have sent that many messages, change "
         "its password and check it for misuse."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18; Sisimai rhost/GoogleApps",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.2.1",
    .provider = "google",
    .title = N_("Gmail account inactive or receiving too much mail"),
    .plain = N_("Gmail did not deliver because the recipient’s account is "
                "inactive, or because it is receiving mail so fast that "
                "Gmail is holding back more messages for now."),
    .technical = N_("Google, 550 5.2.1 has two documented meanings: “The "
                    "email account that you tried to reach is inactive” and "
                    "“The user you are trying to contact is receiving mail "
                    "at a rate that prevents additional messages from being "
                    "delivered.” The text tells which. An inactive account "
                    "usually stays dead; the rate case is temporary even "
                    "though it is reported with class 5."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Read the text: “inactive” means the account is not used any more, "
         "“rate” means the mailbox is flooded for now."),
      N_("For an inactive account, ask the person for another address and "
         "stop sending to this one."),
      N_("For the rate case, send again later, ideally the next day."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.0",
    .provider = "google",
    .title = N_("Gmail deferred mail from your server (reverse DNS or "
                "reputation)"),
    .plain = N_("Gmail is delaying messages from the server your mail came "
                "from, because that server lacks a proper name record or "
                "because its reputation is low. Your mail system keeps "
                "trying, but someone has to fix the cause."),
    .technical = N_("Google, 421 4.7.0: used for several temporary "
                    "deferrals: the sending IP has no PTR record or its PTR "
                    "does not resolve back, low IP or domain reputation, an "
                    "unusual rate of unsolicited mail from the IP, and “TLS "
                    "required for RCPT domain” or “IP not in whitelist for "
                    "RCPT domain” (settings of the recipient’s Workspace "
                    "administrator). The text names the case. Check "
                    "forward-confirmed reverse DNS of the sending IP, "
                    "Postmaster Tools reputation, SPF, DKIM and blocklists."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or provider."),
      N_("Mail administrator: make sure the sending IP has a PTR record "
         "whose name resolves back to the same IP."),
      N_("Check domain and IP reputation in Google Postmaster Tools and "
         "authentication (SPF, DKIM, DMARC)."),
      N_("Reduce sending volume to Gmail until the deferrals stop."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.1",
    .provider = "google",
    .title = N_("Gmail refused the message (policy, reputation or format)"),
    .plain = N_("Gmail refused the message. Usually its spam protection did "
                "not trust the message or the server it came from, or the "
                "message was not correctly formatted. The address is fine."),
    .technical = N_("Google, 550 5.7.1 covers: a policy of the recipient’s "
                    "domain (or the sender’s) prohibiting the mail, the "
                    "message being likely unsolicited mail, low reputation "
                    "of the sending IP or domain, an IP not allowed to send "
                    "directly (use your provider’s relay), and messages "
                    "that violate RFC 5322 (missing or duplicate From, "
                    "duplicate Message-ID, Subject or Date headers). Check "
                    "the exact text, Postmaster Tools reputation and the "
                    "message headers."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Read the text: it names the policy, spam or format problem."),
      N_("Forward the bounce to your mail administrator, who should check "
         "reputation in Google Postmaster Tools and the sender "
         "requirements."),
      N_("If the text mentions headers or RFC 5322, check that the message "
         "has exactly one valid From, Date and Message-ID."),
      N_("Do not remove the address: it is valid."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.23",
    .provider = "google",
    .title = N_("Gmail deferred mail: reverse DNS problem"),
    .plain = N_("Gmail is delaying your messages because the name record of "
                "the server that sent them is missing or does not match. "
                "Your mail system keeps trying, but someone has to fix the "
                "record."),
    .technical = N_("Google, 421 4.7.23: the sending IP’s PTR record is "
                    "missing or does not match forward DNS (IANA’s X.7.23 "
                    "is SPF; Gmail’s meaning differs). Check the PTR of the "
                    "sending IP and that the name resolves back to it."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or provider."),
      N_("Mail administrator: ask whoever controls the sending IP to set a "
         "PTR record."),
      N_("Check that the PTR name resolves back to the same IP address."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.25",
    .provider = "google",
    .title = N_("Gmail refused mail: no reverse DNS for the sending server"),
    .plain = N_("Gmail refused the message because the server that sent it "
                "has no proper name record. The address is fine; the "
                "sending server’s setup needs fixing."),
    .technical = N_("Google, 550 5.7.25 “The IP address sending this "
                    "message does not have a PTR record setup, or the "
                    "corresponding forward DNS entry does not point to the "
                    "sending IP.” Gmail requires forward-confirmed reverse "
                    "DNS of all senders since February 2024."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or provider."),
      N_("Mail administrator: set a PTR record for the sending IP (through "
         "whoever controls the IP)."),
      N_("Check that the PTR name resolves back to the same IP address, "
         "then send again."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.26",
    .provider = "google",
    .title = N_("Gmail refused unauthenticated mail (SPF, DKIM or DMARC)"),
    .plain = N_("Gmail could not confirm that your message really comes "
                "from your domain, so it refused it. The address is fine; "
                "your domain’s email authentication needs fixing."),
    .technical = N_("Google, 550 5.7.26: either “the sender is "
                    "unauthenticated” (neither SPF nor DKIM passes; Gmail "
                    "requires at least one since February 2024) or "
                    "“Unauthenticated email from [domain] is not accepted "
                    "due to domain’s DMARC policy”. The text often lists "
                    "the SPF and DKIM results (“= did not pass”). Forwarded "
                    "mail fails SPF, so DKIM is what survives forwarding."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: make sure mail from this sending service "
         "passes SPF and is signed with DKIM for your domain."),
      N_("Check that SPF or DKIM aligns with the From domain, as your DMARC "
         "policy requires."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.27",
    .provider = "google",
    .title = N_("Gmail deferred mail: SPF did not pass"),
    .plain = N_("Gmail is delaying the message because your domain’s list "
                "of allowed sending servers (SPF) does not include the "
                "server that sent it. Your mail system keeps trying, but "
                "someone has to fix the record."),
    .technical = N_("Google: the temporary (421) form of Gmail’s 5.7.27, "
                    "SPF did not pass; Gmail rate-limits such mail before "
                    "rejecting it. Gmail’s meaning; IANA’s X.7.27 is "
                    "“Sender address has null MX”. Check the SPF record of "
                    "the MAIL FROM domain against the sending IP."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: add the sending service’s servers to your "
         "domain’s SPF record."),
      N_("Make sure the mail is also signed with DKIM and that your domain "
         "publishes a DMARC record."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.27",
    .provider = "google",
    /* Translators: SPF and Gmail are names; keep them untranslated */
    .title = N_("Sender’s domain failed SPF at Gmail"),
    .plain = N_("Gmail refused the message because your domain’s list of "
                "allowed sending servers (SPF) does not include the server "
                "that sent it. The address is fine."),
    .technical = N_("Google, 550 5.7.27: the SPF check did not pass; bulk "
                    "senders (more than 5,000 messages a day to Gmail) must "
                    "pass both SPF and DKIM. This is Gmail’s meaning: in "
                    "the IANA registry X.7.27 is “Sender address has null "
                    "MX”. Check the SPF record of the MAIL FROM domain "
                    "against the sending IP."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: add the sending service’s servers to your "
         "domain’s SPF record."),
      N_("Make sure the mail is also signed with DKIM and that your domain "
         "publishes a DMARC record."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18; Google email sender "
              "guidelines (81126)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.28",
    .provider = "google",
    .title = N_("Gmail is slowing down mail from your server (unusual rate)"),
    .plain = N_("Gmail noticed an unusually high amount of unwanted mail "
                "from your server or domain and is temporarily accepting "
                "less of it. Your mail system keeps trying."),
    .technical = N_("Google, 421 4.7.28: “Our system has detected an "
                    "unusual rate of unsolicited mail originating from your "
                    "IP address/domain … temporarily rate limited.” Related "
                    "to spam complaints and volume spikes; IANA’s X.7.28 is "
                    "“mail flood detected”."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: lower the sending rate to Gmail and check "
         "Google Postmaster Tools for spam rate and reputation."),
      N_("Keep the spam complaint rate under 0.1 percent: send only to "
         "people who asked for the mail and offer one-click unsubscribe."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.28",
    .provider = "google",
    .title = N_("Gmail blocked mail from your server (unusual rate)"),
    .plain = N_("Gmail noticed an unusually high amount of unwanted mail "
                "from your server or domain and refused this message. The "
                "address is fine."),
    .technical = N_("Google, 550 5.7.28: an unusual rate of unsolicited "
                    "mail from the sending IP or domain; the block is "
                    "reputation-based and lifts as reputation recovers. "
                    "Check Postmaster Tools spam rate (keep below 0.3 "
                    "percent, ideally below 0.1) and for compromised "
                    "accounts sending spam."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: check for compromised accounts or scripts "
         "sending spam from your server."),
      N_("Reduce volume to Gmail, clean your lists and watch the spam rate "
         "in Google Postmaster Tools."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.29",
    .provider = "google",
    .title = N_("Gmail deferred mail sent without encryption (TLS)"),
    .plain = N_("Gmail is delaying the message because the server that sent "
                "it did not use an encrypted connection. Your mail system "
                "keeps trying, but someone has to turn encryption on."),
    .technical = N_("Google: the temporary (421) form of Gmail’s 5.7.29, "
                    "the connection did not use TLS. Gmail’s meaning; "
                    "IANA’s X.7.29 is ARC validation failure. Check that "
                    "the sending server offers STARTTLS with TLS 1.2 or "
                    "later."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: enable STARTTLS for outgoing mail on the "
         "sending server."),
      N_("Check with a test message that the connection to Gmail is "
         "encrypted (“Show original” lists TLS)."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.29",
    .provider = "google",
    .title = N_("Gmail refused mail sent without encryption (TLS)"),
    .plain = N_("Gmail refused the message because the server that sent it "
                "did not use an encrypted connection. The address is fine."),
    .technical = N_("Google, 550 5.7.29: the connection did not use TLS; "
                    "Gmail requires TLS for senders to personal accounts "
                    "since 2024. This is Gmail’s meaning: IANA’s X.7.29 is "
                    "ARC validation failure. Check that the sending server "
                    "offers STARTTLS with a current TLS version."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: enable STARTTLS for outgoing mail on the "
         "sending server (TLS 1.2 or later)."),
      N_("Send the message again after the change."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18; Google email sender "
              "guidelines (81126)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.30",
    .provider = "google",
    .title = N_("Gmail deferred mail: DKIM did not pass"),
    .plain = N_("Gmail is delaying the message because it did not carry a "
                "valid digital signature (DKIM) from your domain. Your mail "
                "system keeps trying, but someone has to set up the "
                "signature."),
    .technical = N_("Google: the temporary (421) form of Gmail’s 5.7.30, "
                    "DKIM did not pass; bulk senders must pass both SPF and "
                    "DKIM. Gmail’s meaning; IANA’s X.7.30 is “REQUIRETLS "
                    "support required”."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: set up DKIM signing for your domain at the "
         "sending service and publish the key in DNS."),
      N_("Check that nothing modifies messages after they are signed."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.30",
    .provider = "google",
    .title = N_("Sender’s domain failed DKIM at Gmail"),
    .plain = N_("Gmail refused the message because it did not carry a valid "
                "digital signature (DKIM) from your domain. The address is "
                "fine."),
    .technical = N_("Google, 550 5.7.30: DKIM did not pass; bulk senders "
                    "must pass both SPF and DKIM. This is Gmail’s meaning: "
                    "IANA’s X.7.30 is “REQUIRETLS support required”. Check "
                    "that the sending service signs with your domain’s key "
                    "and the selector is published."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: set up DKIM signing for your domain at the "
         "sending service and publish the key in DNS."),
      N_("Check that nothing modifies messages after they are signed."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18; Google email sender "
              "guidelines (81126)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.32",
    .provider = "google",
    .title = N_("Gmail deferred mail: From address not aligned"),
    .plain = N_("Gmail is delaying the message because the domain in your "
                "From address does not match the domain that passed the "
                "authentication checks. Your mail system keeps trying."),
    .technical = N_("Google, 421 4.7.32: the RFC 5322 From domain is not "
                    "aligned with the authenticated SPF or DKIM "
                    "organizational domain (DMARC alignment), required for "
                    "bulk senders. Typical with third-party senders that "
                    "use their own bounce domain and DKIM signature."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: sign with DKIM for the From domain, or use a "
         "custom bounce (return-path) domain under your own domain."),
      N_("Check DMARC alignment with a test message to a Gmail address "
         "(“Show original”)."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.32",
    .provider = "google",
    .title = N_("Gmail refused mail: From address not aligned"),
    .plain = N_("Gmail refused the message because the domain in your From "
                "address does not match the domain that passed the "
                "authentication checks. The address is fine."),
    .technical = N_("Google, 550 5.7.32: the RFC 5322 From domain is not "
                    "aligned with the authenticated SPF or DKIM "
                    "organizational domain. Typical with third-party "
                    "senders that use their own bounce domain and DKIM "
                    "signature."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: sign with DKIM for the From domain, or use a "
         "custom bounce (return-path) domain under your own domain."),
      N_("Send the message again once SPF or DKIM aligns with the From "
         "domain."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.40",
    .provider = "google",
    .title = N_("Gmail deferred mail: no DMARC record"),
    .plain = N_("Gmail is delaying the message because your domain has not "
                "published a DMARC policy, which Gmail requires from bulk "
                "senders. Your mail system keeps trying."),
    .technical = N_("Google, 421 4.7.40: the From domain has no DMARC "
                    "record. A record with p=none is enough to meet the "
                    "requirement. Not to be confused with “504 5.7.40 "
                    "Unrecognized authentication type”, which concerns SMTP "
                    "login."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: publish a DMARC TXT record at "
         "_dmarc.example.com (with your own domain), at least “v=DMARC1; "
         "p=none”."),
      N_("Check that SPF or DKIM aligns with the From domain before "
         "tightening the policy."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.40",
    .provider = "google",
    .title = N_("Gmail refused mail: no DMARC record"),
    .plain = N_("Gmail refused the message because your domain has not "
                "published a DMARC policy. The address is fine. (With reply "
                "code 504 the same code means a login problem instead.)"),
    .technical = N_("Google, 550 5.7.40: the From domain has no DMARC "
                    "record (Gmail, 2025). Gmail also documents “504 5.7.40 "
                    "Unrecognized authentication type” for SMTP AUTH, so "
                    "check the reply code and the text: with 504 it is a "
                    "login method problem of the sending program, not "
                    "DMARC."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check the reply code: with 504, change the login method of your "
         "mail program; otherwise continue below."),
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: publish a DMARC TXT record at "
         "_dmarc.example.com (with your own domain), at least “v=DMARC1; "
         "p=none”."),
      NULL,
    },
    .source = "Google Workspace Admin Help: SMTP errors and codes "
              "(3726730), snapshot 2026-06-18",
    .reviewed = REVIEWED,
  },

  /* Provider overlays: Microsoft (Exchange Online, Outlook.com) */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.1.1",
    .provider = "microsoft",
    .title = N_("The address does not exist (Microsoft 365)"),
    .plain = N_("The recipient’s Microsoft mail system has no mailbox with "
                "this address. Usually there is a typo, the person has "
                "left, or your mail program suggested an old, saved "
                "address."),
    .technical = N_("Microsoft, 550 5.1.1 “RESOLVER.ADR.ExRecipNotFound” / "
                    "“Bad destination mailbox address”: the address does "
                    "not exist at the destination. Inside an organization a "
                    "frequent cause is a stale entry in Outlook’s "
                    "autocomplete list (for example after a mailbox was "
                    "moved or recreated); remove the entry and type the "
                    "address again. For recreated internal mailboxes, an "
                    "X500 proxy address with the old LegacyExchangeDN fixes "
                    "old replies."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the address for typos."),
      N_("In Outlook, delete the suggested address from the autocomplete "
         "list (the X next to it) and type the full address again."),
      N_("Ask the recipient for their current address by another channel."),
      N_("Mail administrator (internal recipients): check whether the "
         "mailbox was recreated and add the old address as an X500 proxy "
         "address."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.1.8",
    .provider = "microsoft",
    .title = N_("Your account is blocked from sending (Microsoft 365)"),
    .plain = N_("Microsoft has stopped your account from sending mail to "
                "outside addresses, usually because it sent spam, often "
                "after the account was taken over by someone else."),
    .technical = N_("Microsoft, 550 5.1.8 “Access denied, bad outbound "
                    "sender”: the sending account was restricted because of "
                    "suspicious outbound activity (outbound spam policy "
                    "limits exceeded or likely compromise). This is "
                    "Microsoft’s meaning; IANA’s X.1.8 is “Bad sender’s "
                    "system address”. The admin finds the account under "
                    "Restricted entities in the Microsoft Defender portal."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Change the account’s password and check sign-in activity and "
         "mailbox rules for signs of a compromise."),
      N_("Give the bounce to your mail administrator."),
      N_("Mail administrator: remove the account from Restricted entities "
         "in the Microsoft Defender portal once it is secured."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.1.10",
    .provider = "microsoft",
    /* Translators: Microsoft 365 is a product name */
    .title = N_("Recipient not found (Microsoft 365)"),
    .plain = N_("The recipient’s Microsoft mail system has no mailbox with "
                "this address. Usually the address has a typo or the person "
                "has left."),
    .technical = N_("Microsoft, 550 5.1.10 “RESOLVER.ADR.RecipientNotFound; "
                    "Recipient not found by SMTP address lookup”: the "
                    "address does not exist in the recipient’s "
                    "organization. This is Microsoft’s meaning; in the IANA "
                    "registry X.1.10 is “recipient address has null MX”."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the address for typos."),
      N_("Ask the recipient for their current address by another channel."),
      N_("Remove or correct the address in your contacts and lists."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.4.1",
    .provider = "microsoft",
    .title = N_("Recipient address rejected: access denied (Microsoft 365)"),
    .plain = N_("The recipient’s Microsoft mail system refused the address. "
                "Usually the address does not exist there; sometimes the "
                "recipient’s domain is set up incorrectly."),
    .technical = N_("Microsoft, 550 5.4.1 “Recipient address rejected: "
                    "Access denied” comes from Directory-Based Edge "
                    "Blocking (DBEB), which rejects addresses not found in "
                    "the recipient organization’s directory; “Relay Access "
                    "Denied” means the domain’s MX points to Exchange "
                    "Online but the domain is not an accepted domain of "
                    "that tenant. The “AS(…)” tag is an internal "
                    "identifier. Microsoft’s meaning; IANA’s X.4.1 is “no "
                    "answer from host”, transient only."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the address for typos."),
      N_("Ask the recipient whether the address is still in use."),
      N_("If the address is certainly correct, tell the recipient to have "
         "their administrator check the accepted domains and directory "
         "synchronization of their Microsoft 365 tenant."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.5.0",
    .provider = "microsoft",
    .title = N_("Outlook.com or Hotmail address does not exist"),
    .plain = N_("Microsoft’s consumer mail service (Outlook.com, Hotmail, "
                "Live) has no mailbox with this address."),
    .technical = N_("Microsoft, 550 5.5.0 “Requested action not taken: "
                    "mailbox unavailable” from Outlook.com: the consumer "
                    "address (outlook.com, hotmail.com, live.com, msn.com) "
                    "does not exist. Microsoft’s use; IANA’s X.5.0 is "
                    "“other protocol status”."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the address for typos, including the domain (outlook.com, "
         "hotmail.com, live.com)."),
      N_("Ask the recipient for their current address by another channel."),
      N_("Remove or correct the address in your contacts and lists."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.1",
    .provider = "microsoft",
    .title = N_("Delivery not authorized (Microsoft 365)"),
    .plain = N_("Microsoft refused the message because you are not allowed "
                "to send it this way: the recipient may accept mail only "
                "from certain senders, your server may not be allowed to "
                "relay, or your server is on a blocklist."),
    .technical = N_("Microsoft, 550 5.7.1 has several texts: “Delivery not "
                    "authorized, message refused” (the recipient or group "
                    "restricts who may send, or needs moderation); “Unable "
                    "to relay” (the sending server or connector is not "
                    "allowed to relay to external domains); “Client was not "
                    "authenticated”; and “Service unavailable; Client host "
                    "[IP] blocked using …” (an IP blocklist, possibly a "
                    "shared Microsoft 365 IP, as in incident EX703958). The "
                    "text says which."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Read the text to see which case it is."),
      N_("If the recipient accepts mail only from certain senders, ask them "
         "or their administrator to allow your address."),
      N_("If the text says “unable to relay” or “not authenticated”, give "
         "the bounce to your mail administrator to check connectors and "
         "authentication."),
      N_("If it names a blocklist, your mail administrator or provider "
         "should look up the listed IP and request removal."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.12",
    .provider = "microsoft",
    .title = N_("Recipient accepts only internal senders (Microsoft 365)"),
    .plain = N_("The recipient’s organization only lets its own people send "
                "to this address or group. Mail from outside is refused."),
    .technical = N_("Microsoft, 550 5.7.12 “Sender was not authenticated by "
                    "organization”: the recipient (often a group) is set to "
                    "accept messages only from authenticated, internal "
                    "senders. This is Microsoft’s meaning; IANA’s X.7.12 is "
                    "“a password transition is needed”. The recipient’s "
                    "admin can allow external senders."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Contact the recipient another way and tell them their address "
         "refuses outside mail."),
      N_("Ask their administrator to allow senders from outside the "
         "organization, or your address specifically."),
      N_("Send the message again after they change the setting."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.133",
    .provider = "microsoft",
    .title = N_("Group accepts only internal senders (Microsoft 365)"),
    .plain = N_("The group you wrote to only accepts messages from people "
                "in its own organization."),
    .technical = N_("Microsoft, 550 5.7.133 “Sender not authenticated for "
                    "group”: the recipient is a group set up to reject "
                    "messages from outside its organization (“allow "
                    "external senders” is off). Only the group owner or the "
                    "recipient’s administrator can change it."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Contact the group’s owner another way."),
      N_("Ask the owner or their administrator to allow external senders "
         "for the group."),
      N_("Send the message again after the change."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.134",
    .provider = "microsoft",
    .title = N_("Mailbox accepts only internal senders (Microsoft 365)"),
    .plain = N_("The mailbox you wrote to only accepts messages from people "
                "in its own organization."),
    .technical = N_("Microsoft, 550 5.7.134 “Sender was not authenticated "
                    "for mailbox”: the recipient mailbox is set up to "
                    "reject messages from outside its organization. Only "
                    "the recipient’s administrator can change it."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Contact the recipient another way."),
      N_("Ask their administrator to allow external senders for this "
         "mailbox."),
      N_("Send the message again after the change."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.136",
    .provider = "microsoft",
    .title = N_("Contact accepts only internal senders (Microsoft 365)"),
    .plain = N_("The address you wrote to only accepts messages from people "
                "in its own organization."),
    .technical = N_("Microsoft, 550 5.7.136 “Sender was not authenticated”: "
                    "the recipient is a mail user set up to reject messages "
                    "from outside its organization. Only the recipient’s "
                    "administrator can change it."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Contact the recipient another way."),
      N_("Ask their administrator to allow external senders for this "
         "address."),
      N_("Send the message again after the change."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.23",
    .provider = "microsoft",
    .title = N_("Sender’s domain failed SPF (Microsoft 365)"),
    .plain = N_("The recipient’s Microsoft mail system refused the message "
                "because your domain’s list of allowed sending servers "
                "(SPF) does not include the server that sent it."),
    .technical = N_("Microsoft, 550 5.7.23 “The message was rejected "
                    "because of Sender Policy Framework violation”: the "
                    "recipient organization enforces SPF failures. Same "
                    "sense as IANA X.7.23. Check the SPF record against the "
                    "sending IP, and forwarding paths that break SPF."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: add every service that sends as your domain "
         "to its SPF record."),
      N_("Sign the mail with DKIM so it can pass DMARC even where SPF "
         "breaks."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.25",
    .provider = "microsoft",
    .title = N_("IPv6 sender has no reverse DNS (Microsoft 365)"),
    .plain = N_("Microsoft refused the message because the server that sent "
                "it over IPv6 has no proper name record."),
    .technical = N_("Microsoft, 550 5.7.25 “Access denied, the sending IPv6 "
                    "address … must have a reverse DNS record”: Exchange "
                    "Online requires a PTR record for IPv6 senders."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or provider."),
      N_("Mail administrator: set a PTR record for the sending IPv6 "
         "address."),
      N_("Alternatively, send to Microsoft over IPv4 until the record "
         "exists."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.26",
    .provider = "microsoft",
    .title = N_("IPv6 sender must pass SPF or DKIM (Microsoft 365)"),
    .plain = N_("Microsoft is delaying the message because mail sent over "
                "IPv6 must pass an authentication check (SPF or DKIM), and "
                "yours did not."),
    .technical = N_("Microsoft, 450 4.7.26 “Access denied, a message sent "
                    "over IPv6 … must pass either SPF or DKIM validation, "
                    "this message is not signed”: Exchange Online requires "
                    "SPF or DKIM for IPv6 senders. Temporary, but retries "
                    "will fail until authentication is fixed."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: add the IPv6 sending address to SPF and sign "
         "with DKIM."),
      N_("Alternatively, send to Microsoft over IPv4 until authentication "
         "is fixed."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.57",
    .provider = "microsoft",
    .title = N_("Device or app sent without logging in (Microsoft 365)"),
    .plain = N_("A program, printer or device tried to send mail through "
                "Microsoft 365 without logging in first, which is not "
                "allowed."),
    .technical = N_("Microsoft, 530 5.7.57 “Client not authenticated to "
                    "send anonymous mail during MAIL FROM”: a client used "
                    "smtp.office365.com (SMTP client submission) without "
                    "authenticating. Use authenticated submission on port "
                    "587 with STARTTLS, direct send to the MX, or an SMTP "
                    "relay connector."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check the sending device’s or application’s settings for a "
         "username and password for SMTP."),
      N_("Turn on authentication and STARTTLS on port 587."),
      N_("Mail administrator: if the device cannot log in, set up direct "
         "send or a relay connector instead."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.501",
    .provider = "microsoft",
    .title = N_("Sending account banned for spam (Microsoft 365)"),
    .plain = N_("Microsoft has banned the account that sent the message "
                "because it sent spam. The recipient’s address is fine."),
    .technical = N_("Microsoft, 550 5.7.501 “Access denied, spam abuse "
                    "detected”: the sending account was banned after spam "
                    "was detected (5.7.501 to 5.7.503). Usually a "
                    "compromised account: resolve the account issues and "
                    "reset its credentials before asking support to restore "
                    "sending."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Change the account’s password and check it for signs of a "
         "compromise."),
      N_("Give the bounce to your mail administrator."),
      N_("Mail administrator: remove the block in the Microsoft Defender "
         "portal (Restricted entities) or contact Microsoft support once "
         "the account is secure."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.502",
    .provider = "microsoft",
    .title = N_("Sending account banned for spam (Microsoft 365)"),
    .plain = N_("Microsoft has banned the account that sent the message "
                "because it sent spam. The recipient’s address is fine."),
    .technical = N_("Microsoft, 550 5.7.502 “Access denied, spam abuse "
                    "detected”: the sending account was banned after spam "
                    "was detected (5.7.501 to 5.7.503). Usually a "
                    "compromised account; check sign-ins and rules before "
                    "asking for release."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Change the account’s password and check it for signs of a "
         "compromise."),
      N_("Give the bounce to your mail administrator."),
      N_("Mail administrator: remove the block in the Microsoft Defender "
         "portal (Restricted entities) or contact Microsoft support once "
         "the account is secure."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.503",
    .provider = "microsoft",
    .title = N_("Sending account banned for spam (Microsoft 365)"),
    .plain = N_("Microsoft has banned the account that sent the message "
                "because it sent spam. The recipient’s address is fine."),
    .technical = N_("Microsoft, 550 5.7.503 “Access denied, spam abuse "
                    "detected”: the sending account was banned after spam "
                    "was detected (5.7.501 to 5.7.503). Usually a "
                    "compromised account; check sign-ins and rules before "
                    "asking for release."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Change the account’s password and check it for signs of a "
         "compromise."),
      N_("Give the bounce to your mail administrator."),
      N_("Mail administrator: remove the block in the Microsoft Defender "
         "portal (Restricted entities) or contact Microsoft support once "
         "the account is secure."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.506",
    .provider = "microsoft",
    .title = N_("Sending server introduced itself wrongly (Microsoft 365)"),
    .plain = N_("Microsoft refused the connection because the server that "
                "sent your message introduced itself with an invalid name."),
    .technical = N_("Microsoft, 550 5.7.506 “Access Denied, Bad HELO”: the "
                    "HELO/EHLO name was invalid or claimed to be a "
                    "Microsoft host, typical of spam tools. The sending "
                    "server must use its own fully qualified host name, "
                    "ideally the name in its PTR record."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: set the sending server’s HELO/EHLO name to "
         "its own fully qualified host name."),
      N_("Make that name match the PTR record of the sending IP."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.509",
    .provider = "microsoft",
    .title = N_("Your domain’s DMARC policy rejected the message (Microsoft "
                "365)"),
    .plain = N_("The message failed the checks proving it comes from your "
                "domain, and your domain’s own published policy says such "
                "mail must be refused."),
    .technical = N_("Microsoft, 550 5.7.509 “Access denied, sending domain "
                    "… does not pass DMARC verification and has a DMARC "
                    "policy of reject”: neither aligned SPF nor aligned "
                    "DKIM passed and the From domain publishes p=reject. "
                    "Check the sending service’s SPF and DKIM, and "
                    "alignment with the From domain."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: make sure the sending service passes SPF or "
         "DKIM aligned with the From domain."),
      N_("Check the DMARC aggregate reports to find other unaligned senders "
         "before keeping p=reject."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.511",
    .provider = "microsoft",
    .title = N_("Sending server banned by Microsoft"),
    .plain = N_("Microsoft has banned the server your mail came from. All "
                "messages from it to Microsoft are refused until it is "
                "removed from the ban."),
    .technical = N_("Microsoft, 550 5.7.511 “Access denied, banned sender "
                    "[IP]”: the sending IP is on Microsoft’s ban list. The "
                    "self-service delist portal does not apply; request "
                    "delisting by email to delist@microsoft.com with the "
                    "full NDR and the IP address."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or provider."),
      N_("Mail administrator: find out why the IP sent unwanted mail "
         "(compromised accounts, open relay) and fix it."),
      N_("Email delist@microsoft.com with the full error text and the IP "
         "address to request removal."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.512",
    .provider = "microsoft",
    .title = N_("Message has no valid From address (Microsoft 365)"),
    .plain = N_("Microsoft refused the message because it has no valid "
                "sender line (From) in its header, which every email must "
                "have."),
    .technical = N_("Microsoft, 550 5.7.512 “Access denied, message must be "
                    "RFC 5322 section 3.6.2 compliant”: the From header is "
                    "missing or malformed. Common with scripts and devices "
                    "that build messages themselves."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check the sending program or device: it must put a valid From "
         "address in every message."),
      N_("Give the bounce to your mail administrator if you do not manage "
         "the sender."),
      N_("Send the message again after the fix."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.513",
    .provider = "microsoft",
    .title = N_("Recipient’s organization blocked your server (Microsoft "
                "365)"),
    .plain = N_("The recipient’s organization has put the server your mail "
                "comes from on its own block list. Only they can lift it."),
    .technical = N_("Microsoft, 550 5.7.513 “Service unavailable, Client "
                    "host [IP] blocked by [domain] using Customer Block "
                    "list (AS16012607)”: the recipient tenant blocks the "
                    "sending IP with its own connection filter or block "
                    "list, not Microsoft."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Contact the recipient another way and ask their administrator to "
         "remove your server from their block list."),
      N_("Give them the full error text and the IP address it names."),
      N_("Send the message again after they confirm."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.515",
    .provider = "microsoft",
    .title = N_("Domain does not meet Microsoft’s authentication "
                "requirements"),
    .plain = N_("Outlook.com refused the message because your domain does "
                "not pass the authentication checks (SPF, DKIM and DMARC) "
                "that Microsoft requires from senders of large volumes."),
    .technical = N_("Microsoft, 550 5.7.515 “Access denied, sending domain "
                    "… does not meet the required authentication level”: "
                    "since 5 May 2025, domains sending more than 5,000 "
                    "messages a day to Outlook.com consumer addresses must "
                    "pass SPF and DKIM and publish DMARC (at least p=none) "
                    "aligned with SPF or DKIM."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: make SPF pass and DKIM sign for the sending "
         "domain at every sending service."),
      N_("Publish a DMARC record aligned with SPF or DKIM (p=none is enough "
         "to start)."),
      NULL,
    },
    .source = "Microsoft Tech Community: Outlook new requirements for "
              "high-volume senders (2025); Microsoft Learn: Non-delivery "
              "reports in Exchange Online (2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.606",
    .provider = "microsoft",
    .title = N_("Sending server banned by Microsoft"),
    .plain = N_("Microsoft has banned the server your mail came from. All "
                "messages from it to Microsoft are refused until it is "
                "removed from the ban."),
    .technical = N_("Microsoft, 550 5.7.606 to 5.7.649 “Access denied, "
                    "banned sending IP [IP]”: the sending IP is on "
                    "Microsoft’s block list (often with an “AS(…)” "
                    "identifier). Request removal in the self-service "
                    "delist portal (sender.office.com) after fixing the "
                    "cause. Codes in this range share the meaning."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or provider."),
      N_("Mail administrator: find and stop the source of unwanted mail "
         "from the IP."),
      N_("Request delisting in Microsoft’s self-service delist portal "
         "(sender.office.com) with the IP from the error."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.649",
    .provider = "microsoft",
    .title = N_("Sending server banned by Microsoft"),
    .plain = N_("Microsoft has banned the server your mail came from. All "
                "messages from it to Microsoft are refused until it is "
                "removed from the ban."),
    .technical = N_("Microsoft, 550 5.7.606 to 5.7.649 “Access denied, "
                    "banned sending IP [IP]”: the sending IP is on "
                    "Microsoft’s block list. Request removal in the "
                    "self-service delist portal (sender.office.com) after "
                    "fixing the cause. Codes in this range share the "
                    "meaning."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or provider."),
      N_("Mail administrator: find and stop the source of unwanted mail "
         "from the IP."),
      N_("Request delisting in Microsoft’s self-service delist portal "
         "(sender.office.com) with the IP from the error."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.703",
    .provider = "microsoft",
    .title = N_("Blocked by your organization’s block list (Microsoft 365)"),
    .plain = N_("The message was stopped by a block list that an "
                "organization set up in Microsoft 365, not because of a "
                "problem with the address."),
    .technical = N_("Microsoft, 550 5.7.703: the message was blocked by an "
                    "entry in the Tenant Allow/Block List of Microsoft 365 "
                    "(blocked domains and addresses also apply to outgoing "
                    "mail). Check the entries in the Microsoft Defender "
                    "portal."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give the bounce to your mail administrator."),
      N_("Mail administrator: check the Tenant Allow/Block List in the "
         "Microsoft Defender portal for an entry matching the recipient or "
         "sender."),
      N_("Remove the entry if it was added by mistake, then send again."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.705",
    .provider = "microsoft",
    .title = N_("Your organization is banned from sending (Microsoft 365)"),
    .plain = N_("Microsoft has stopped your whole organization from sending "
                "mail, because most of its recent mail looked like spam."),
    .technical = N_("Microsoft, 550 5.7.705 “Access denied, tenant has "
                    "exceeded threshold”: most traffic from the sending "
                    "tenant was detected as suspicious, so the tenant’s "
                    "sending was banned. Often compromised accounts or bulk "
                    "mail from a new tenant. Only Microsoft support can "
                    "lift it."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give the bounce to your mail administrator at once: it affects "
         "everyone in your organization."),
      N_("Mail administrator: find and secure compromised accounts and stop "
         "bulk sending through Microsoft 365."),
      N_("Open a case with Microsoft support to lift the ban."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.708",
    .provider = "microsoft",
    .title = N_("Your organization’s mail is not accepted (Microsoft 365)"),
    .plain = N_("Microsoft refused mail from your organization because its "
                "traffic looked suspicious, which often happens with new or "
                "trial accounts."),
    .technical = N_("Microsoft, 550 5.7.708 “Access denied, traffic not "
                    "accepted from this IP”: most traffic from the sending "
                    "tenant (typically a new or trial tenant) was detected "
                    "as suspicious, so mail from it is refused. Only "
                    "Microsoft support can lift it."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give the bounce to your mail administrator."),
      N_("Mail administrator: check for compromised accounts and verify the "
         "tenant’s domains and billing status."),
      N_("Open a case with Microsoft support to restore sending."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.750",
    .provider = "microsoft",
    .title = N_("Sending from a domain not registered in Microsoft 365"),
    .plain = N_("Microsoft refused to send the message because your "
                "organization used a sender domain it has not registered in "
                "Microsoft 365."),
    .technical = N_("Microsoft, 550 5.7.750 “Service unavailable. Client "
                    "blocked from sending from unregistered domains”: the "
                    "tenant sent from domains that are not added and "
                    "verified as accepted domains. Add and verify the "
                    "domain, or stop sending as it."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check which sender address you used."),
      N_("Give the bounce to your mail administrator."),
      N_("Mail administrator: add and verify the sending domain in the "
         "Microsoft 365 admin center, or send from a registered domain."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.800",
    .provider = "microsoft",
    .title = N_("Sending domain banned by Microsoft"),
    .plain = N_("Microsoft refused the message because the domain in your "
                "sender address is banned from its service."),
    .technical = N_("Microsoft, 550 5.7.800: the sending domain is banned "
                    "(Microsoft’s 5.7.800 range). Usually follows abuse "
                    "through the domain or its tenant. Only Microsoft "
                    "support can review it."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Give the bounce to your mail administrator."),
      N_("Mail administrator: check for abuse sent with the domain "
         "(compromised accounts, forged senders)."),
      N_("Open a case with Microsoft support for a review."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.500",
    .provider = "microsoft",
    .title = N_("Microsoft is throttling mail from your server"),
    .plain = N_("Microsoft is temporarily accepting only a few messages "
                "from the server your mail comes from, usually because it "
                "does not know the server yet or its reputation dropped. "
                "Your mail system keeps trying; this clears over a few "
                "days."),
    .technical = N_("Microsoft, 451 4.7.500 to 4.7.699 “Server busy, please "
                    "try again later from [IP]. (AS…)”: IP-based throttling "
                    "of new or suspicious sending IPs in Exchange Online "
                    "and Outlook.com. Microsoft says it clears over a "
                    "period of a few days. The “AS(…)” tag is an internal "
                    "identifier. Codes in this range share the meaning."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: the sending server retries automatically."),
      N_("Mail administrator: for a new IP, ramp up volume to Microsoft "
         "gradually."),
      N_("If it lasts more than a few days, check the IP’s reputation and "
         "authentication and contact Microsoft support."),
      NULL,
    },
    .source = "Microsoft Learn: Fix error code 451 4.7.500-699 (ASxxx) in "
              "Exchange Online (2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.650",
    .provider = "microsoft",
    .title = N_("Microsoft is throttling mail from your server"),
    .plain = N_("Microsoft is temporarily accepting only a few messages "
                "from the server your mail comes from, usually because it "
                "does not know the server yet or its reputation dropped. "
                "Your mail system keeps trying; this clears over a few "
                "days."),
    .technical = N_("Microsoft, 451 4.7.500 to 4.7.699 “Server busy, please "
                    "try again later from [IP]. (AS…)”: IP-based throttling "
                    "of new or suspicious sending IPs. Outlook.com also "
                    "sends “451 4.7.650 The mail server [IP] has been "
                    "temporarily rate limited due to IP reputation” (S775). "
                    "Microsoft says it clears over a period of a few days. "
                    "Codes in this range share the meaning."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Wait: the sending server retries automatically."),
      N_("Mail administrator: for a new IP, ramp up volume to Microsoft "
         "gradually."),
      N_("If it lasts more than a few days, check the IP’s reputation and "
         "authentication and contact Microsoft support."),
      NULL,
    },
    .source = "Microsoft Learn: Fix error code 451 4.7.500-699 (ASxxx) in "
              "Exchange Online (2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.4.8",
    .provider = "microsoft",
    .title = N_("Recipient’s secure-delivery policy check failed, will "
                "retry (Microsoft 365)"),
    .plain = N_("The recipient’s domain says mail must be delivered over a "
                "verified secure connection, and its mail servers did not "
                "pass that check. Microsoft keeps trying for a while."),
    .technical = N_("Microsoft, 4.4.8: MTA-STS (RFC 8461) validation of the "
                    "recipient domain failed, e.g. the MX hosts are not "
                    "listed in the domain’s MTA-STS policy or their TLS "
                    "certificates do not validate. Exchange Online retries; "
                    "after expiry it reports 5.4.8. The recipient domain’s "
                    "administrator must fix the policy or certificates."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Wait: Microsoft retries automatically."),
      N_("Tell the recipient another way that their domain’s MTA-STS policy "
         "is failing."),
      N_("If you own the recipient domain: check that the MTA-STS policy "
         "lists all MX hosts and that their certificates are valid."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026); RFC 8461",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.4.8",
    .provider = "microsoft",
    .title = N_("Recipient’s secure-delivery policy check failed (Microsoft "
                "365)"),
    .plain = N_("The recipient’s domain says mail must be delivered over a "
                "verified secure connection, and its mail servers did not "
                "pass that check, so the message was not delivered."),
    .technical = N_("Microsoft, 5.4.8 “MX hosts of [domain] failed MTA-STS "
                    "validation”: the recipient domain’s MTA-STS (RFC 8461) "
                    "policy does not match its MX hosts, or their TLS "
                    "certificates do not validate. Microsoft’s meaning; "
                    "X.4.8 is not in the IANA registry."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Tell the recipient another way that their domain’s MTA-STS policy "
         "is failing."),
      N_("If you own the recipient domain: make the MTA-STS policy list all "
         "MX hosts and renew invalid certificates."),
      N_("Send the message again after the fix."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026); RFC 8461",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.4.312",
    .provider = "microsoft",
    .title = N_("Recipient’s domain could not be looked up (Microsoft 365)"),
    .plain = N_("Microsoft 365 kept trying to find the mail servers of the "
                "recipient’s domain in the internet’s name service (DNS), "
                "but the lookups failed until the message expired. The "
                "problem is almost always on the recipient’s side."),
    .technical = N_("Microsoft, 4.4.312 / 5.4.312 “DNS query failed” "
                    "(5.4.312 “Message expired, DNS query failed”): "
                    "Exchange Online could not resolve the MX or A records "
                    "of the recipient domain, e.g. unresponsive or "
                    "misconfigured DNS servers or an expired domain. Check "
                    "the domain with dig MX and its name servers."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Check the domain part of the address for typos."),
      N_("Tell the recipient another way that mail to their domain fails, "
         "and give them the error text."),
      N_("If you own the recipient domain: check that its name servers "
         "answer and that the MX records resolve."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.4.316",
    .provider = "microsoft",
    .title = N_("Recipient’s server refused the connection (Microsoft 365)"),
    .plain = N_("Microsoft 365 kept trying to connect to the recipient’s "
                "mail server, but that server refused the connections until "
                "the message expired. The problem is almost always on the "
                "recipient’s side."),
    .technical = N_("Microsoft, 4.4.316 / 5.4.316 “Connection refused” "
                    "(5.4.316 “Message expired, connection refused”): the "
                    "destination server or network outside Microsoft 365 "
                    "refused TCP connections on port 25. The error names "
                    "the IP address of the refusing host, which identifies "
                    "who has to fix it."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Tell the recipient another way that their mail server refuses "
         "connections, and give them the error text."),
      N_("Send the message again later, once they confirm it is fixed."),
      N_("If you own the recipient domain: check that the MX hosts accept "
         "connections on port 25 from the internet."),
      NULL,
    },
    .source = "Microsoft Learn: Non-delivery reports in Exchange Online "
              "(2026)",
    .reviewed = REVIEWED,
  },

  /* Provider overlays: Yahoo and AOL */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.0",
    .provider = "yahoo",
    /* Translators: Yahoo is a product name; "deferred" means delayed, to
       be retried later */
    .title = N_("Yahoo deferred your mail (volume or complaints)"),
    .plain = N_("Yahoo is delaying messages from the server your mail comes "
                "from, because of unusual volume, complaints from its "
                "users, or weak authentication. Your mail system keeps "
                "trying."),
    .technical = N_("Yahoo, 421 4.7.0 [TSS04] “Messages from [IP] "
                    "temporarily deferred due to unexpected volume or user "
                    "complaints”; also returned for poor authentication and "
                    "reputation. Yahoo treats 421/451 as temporary and "
                    "retryable. Check complaint rate (Yahoo Sender Hub, "
                    "complaint feedback loop), SPF, DKIM, DMARC and volume."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Wait: the sending server retries automatically."),
      N_("Forward the bounce to your mail administrator if it repeats."),
      N_("Mail administrator: check SPF, DKIM and DMARC, lower the sending "
         "rate to Yahoo, and review complaint rates in Yahoo Sender Hub."),
      NULL,
    },
    .source = "Yahoo Sender Hub: SMTP error codes (2026); Sisimai "
              "rhost/for-yahooinc.go notes",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.1",
    .provider = "yahoo",
    .title = N_("Yahoo refused your server: it is on a blocklist"),
    .plain = N_("Yahoo refused the message because the server it came from "
                "is listed on a public spam blocklist (Spamhaus). The "
                "address is fine."),
    .technical = N_("Yahoo, 553 5.7.1 [BL21] / [BL23]: connections are not "
                    "accepted from the sending IP because it is listed by "
                    "Spamhaus. Look up the IP at Spamhaus, fix the cause "
                    "(compromised host, dynamic IP sending directly) and "
                    "request removal there."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or provider."),
      N_("Mail administrator: look up the sending IP at Spamhaus and follow "
         "its removal procedure."),
      N_("If the IP is a dynamic or residential one, send through your "
         "provider’s mail server instead."),
      NULL,
    },
    .source = "Yahoo Sender Hub: SMTP error codes (2026); Sisimai "
              "rhost/for-yahooinc.go notes",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.2",
    .provider = "yahoo",
    .title = N_("Yahoo permanently refuses mail from your server"),
    .plain = N_("Yahoo refuses all mail from the server your message came "
                "from, and trying again will not work. The address is fine."),
    .technical = N_("Yahoo, 553 5.7.2 [TSS09] / [TSS11] “All messages from "
                    "[IP] will be permanently deferred; Retrying will NOT "
                    "succeed”: a reputation block of the sending IP. "
                    "Yahoo’s meaning; IANA’s X.7.2 is “mailing list "
                    "expansion prohibited”. Yahoo says 553/554 errors "
                    "should not be retried."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or provider."),
      N_("Mail administrator: stop retrying; check the IP’s reputation, "
         "complaints and authentication."),
      N_("Request a review through Yahoo Sender Hub after fixing the cause."),
      NULL,
    },
    .source = "Yahoo Sender Hub: SMTP error codes (2026); Sisimai "
              "rhost/for-yahooinc.go notes",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.9",
    .provider = "yahoo",
    .title = N_("Yahoo refused the message for policy reasons"),
    .plain = N_("Yahoo refused the message because of its policies, most "
                "often because the message failed the checks proving it "
                "comes from your domain (DMARC), or because of its content "
                "or reputation. The address is fine."),
    .technical = N_("Yahoo, 554 5.7.9 “Message not accepted for policy "
                    "reasons” (also “554 Message not allowed - [PH01] Email "
                    "not accepted for policy reasons”): typically DMARC "
                    "failure, content, or reputation. Yahoo’s meaning; "
                    "IANA’s X.7.9 is “authentication mechanism is too "
                    "weak”."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: check that the mail passes SPF and DKIM "
         "aligned with the From domain (DMARC)."),
      N_("Check the content and the sending reputation, then send again; do "
         "not retry the same message unchanged."),
      NULL,
    },
    .source = "Yahoo Sender Hub: SMTP error codes (2026); Sisimai "
              "rhost/for-yahooinc.go notes",
    .reviewed = REVIEWED,
  },

  /* Provider overlays: Apple iCloud Mail */

  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.1.1",
    .provider = "apple",
    .title = N_("Inactive iCloud address"),
    .plain = N_("The iCloud address exists on record but is inactive, so it "
                "does not receive mail. Ask the person for another address."),
    .technical = N_("Apple, 550 5.1.1 “[address]: inactive email address”: "
                    "the iCloud mailbox is inactive. Treat as a dead "
                    "address like X.1.1."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Ask the person for an address they use now."),
      N_("Remove or update the address in your contacts and lists."),
      N_("Do not keep sending to this address."),
      NULL,
    },
    .source = "Apple Support: iCloud Mail postmaster information (102322), "
              "Feb 2025; Sisimai rhost/for-apple.go",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "5.7.1",
    .provider = "apple",
    .title = N_("iCloud refused the message (authentication or policy)"),
    .plain = N_("iCloud Mail refused the message, either because it failed "
                "both checks proving it comes from your domain (SPF and "
                "DKIM), or because of Apple’s local policy. The address is "
                "fine."),
    .technical = N_("Apple, 554 5.7.1 [HME1] “… failing both SPF and DKIM” "
                    "or 550 5.7.1 [CS01] “Message rejected due to local "
                    "policy”. Apple requires SPF and DKIM, DMARC, reverse "
                    "DNS and RFC 5321/5322 compliance from bulk senders; "
                    "escalate to icloudadmin@apple.com with the full error "
                    "text."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator."),
      N_("Mail administrator: make the mail pass SPF and DKIM for the "
         "sending domain and publish DMARC."),
      N_("If the message is correctly authenticated and still refused "
         "([CS01]), contact icloudadmin@apple.com with the full error text."),
      NULL,
    },
    .source = "Apple Support: iCloud Mail postmaster information (102322), "
              "Feb 2025; Sisimai rhost/for-apple.go",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_STATUS,
    .key = "4.7.1",
    .provider = "apple",
    .title = N_("iCloud deferred your mail (excessive volume)"),
    .plain = N_("iCloud Mail is delaying messages from the server your mail "
                "comes from, because it is sending too much at once. Your "
                "mail system keeps trying."),
    .technical = N_("Apple, 421 4.7.1 “… deferred due to excessive volume”: "
                    "rate limiting of the sending IP. Reduce the sending "
                    "rate and connection count to iCloud."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Wait: the sending server retries automatically."),
      N_("Mail administrator: lower the sending rate and number of parallel "
         "connections to iCloud."),
      N_("If it persists, contact icloudadmin@apple.com with the full error "
         "text."),
      NULL,
    },
    .source = "Apple Support: iCloud Mail postmaster information (102322), "
              "Feb 2025; Sisimai rhost/for-apple.go",
    .reviewed = REVIEWED,
  },
};

const guint bounce_knowledge_n_code_entries =
  G_N_ELEMENTS (bounce_knowledge_code_entries);
