/* bounce-knowledge-reasons.c
 *
 * What every bounce reason (the Sisimai 5 vocabulary) means: in plain words for
 * someone who has never heard of SMTP, in technical words for help-desk staff,
 * who has to act, and a checklist of what to do. One entry per BounceReason,
 * in the order of the enum.
 *
 * The wording is ours; the facts follow the RFCs, the IANA registry of
 * enhanced status codes and the providers' postmaster pages named in each
 * entry's source. Provider rules change several times a year: when an entry
 * is checked again, update its "reviewed" date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bounce-knowledge-private.h"

#define REVIEWED "2026-11-27"

const BounceKnowledgeEntry bounce_knowledge_reason_entries[] = {
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "undefined",
    .title = N_("The reason could not be determined"),
    .plain = N_("Your message came back, but the reply from the other side does not say clearly"
                " why. It may be a passing glitch or a lasting problem. The server’s own words "
                "in the technical details are the best clue."),
    .technical = N_("No rule matched the codes and the diagnostic text: typically a bare 5.0.0 or "
                    "4.0.0 with a vendor-specific message, a truncated non-delivery report, or an "
                    "unfamiliar server format. The class still separates permanent (5xx, 5.x.x) "
                    "from temporary (4xx, 4.x.x) failures. Read the Diagnostic-Code and the "
                    "human-readable part verbatim, find the queue ID and the SMTP transcript in the"
                    " sending server’s log, and look up the recipient domain’s MX hosts to identify"
                    " the provider and its postmaster documentation."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Read the server’s error text in the technical details; it often names the "
         "problem in plain words"),
      N_("Check the recipient’s address for typos"),
      N_("Send the message again once; if it comes back the same way, stop retrying"),
      N_("Forward the whole bounce, not a screenshot, to your mail administrator or "
         "email provider"),
      N_("Contact the recipient by phone or another channel if the matter is urgent"),
      NULL,
    },
    .source = "RFC 3463 §3.1 (X.0.0); Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "authfailure",
    .title = N_("Your message failed the sender checks"),
    .plain = N_("The receiving side could not confirm that your message really came from your "
                "email domain, so it refused it as a possible forgery. The recipient’s address "
                "is fine. The fix lies in how your domain is set up for sending, which your "
                "mail administrator or email provider handles."),
    .technical = N_("The receiver evaluated SPF (RFC 7208), DKIM (RFC 6376) and DMARC (RFC 7489) "
                    "and the result failed its policy. Codes seen: 550 5.7.23 (SPF validation "
                    "failed), 5.7.20 to 5.7.22 (no passing, acceptable or author-matched DKIM "
                    "signature, RFC 7372), 550 5.7.26 (multiple checks failed; at Gmail: neither "
                    "SPF nor DKIM passed, or the DMARC policy), Gmail 5.7.27 (SPF did not pass) and"
                    " 5.7.30 (DKIM did not pass), Microsoft 5.7.509 (DMARC reject) and 5.7.515 "
                    "(high-volume sender below the required authentication level). Since February "
                    "2024 Gmail and Yahoo require SPF or DKIM from every sender, and SPF, DKIM and "
                    "DMARC with an aligned From domain from senders of more than 5,000 messages a "
                    "day. Verify the SPF TXT record of the envelope domain (every sending IP and "
                    "service included), the DKIM key at selector._domainkey.domain and the record "
                    "at _dmarc.domain, then read the Authentication-Results header of a test "
                    "message sent to the same provider."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce with its exact error code to your mail administrator or "
         "email provider"),
      N_("Check that your domain’s SPF record lists every server and service that sends "
         "mail for you, such as newsletter tools, web shops and CRM systems"),
      N_("Make sure outgoing mail is signed with DKIM for your domain and that its "
         "public key is published in DNS"),
      N_("Publish a DMARC record (a policy of p=none is enough to start) and align the "
         "From domain with SPF or DKIM"),
      N_("Send a test message to a Gmail or Outlook.com mailbox and check that SPF, DKIM"
         " and DMARC show “pass” in its headers"),
      N_("Keep the recipient’s address and send again once the checks pass: the address "
         "is fine"),
      NULL,
    },
    .source = "RFC 7208; RFC 6376; RFC 7489; RFC 7372; IANA SMTP enhanced status codes "
              "(X.7.20-X.7.26); Google and Yahoo sender requirements 2024; Microsoft Exchange"
              " Online NDR reference; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "badreputation",
    .title = N_("The sending server has a poor reputation"),
    .plain = N_("The receiving side refused the message because of the reputation of the server"
                " or domain it came from, not because of the recipient’s address. If you use a "
                "shared email service, the poor reputation may come from other customers of "
                "your provider, not from you. Your mail administrator or provider has to sort "
                "this out."),
    .technical = N_("The receiver rated the connecting IP address or the sending domain too low, "
                    "from complaint rates, spam-trap hits, sudden volume or authentication history."
                    " Seen as 421 4.7.0 or 550 5.7.1 at Gmail (low reputation of the sending IP or "
                    "domain), Yahoo 421 4.7.0 [TSS04] (deferred due to unexpected volume or user "
                    "complaints) and 553 5.7.2 [TSS09]/[TSS11] (permanently deferred), Microsoft "
                    "5.7.511 (banned sender IP, delisting through delist@microsoft.com), Mimecast "
                    "“Local CT IP Reputation”. Check Google Postmaster Tools and Microsoft SNDS, "
                    "the volume and complaint rate (Gmail requires below 0.3 percent and recommends"
                    " below 0.1), and on shared infrastructure ask the provider which IP pool sent "
                    "the message."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or email provider; on a shared "
         "service, ask whether their sending servers have a reputation problem"),
      N_("Check the sending IP address and domain in the receiver’s postmaster tools, "
         "such as Google Postmaster Tools or Microsoft SNDS"),
      N_("Send only to people who asked for your mail, and remove addresses that bounce "
         "as unknown"),
      N_("Make unsubscribing easy (one-click unsubscribe) and honor requests quickly to "
         "keep complaints low"),
      N_("Increase the volume from a new server or domain slowly instead of sending a "
         "large batch at once"),
      N_("Keep the recipient’s address: it is not the problem"),
      NULL,
    },
    .source = "Google SMTP error codes and sender guidelines; Yahoo SMTP error codes; "
              "Microsoft Exchange Online NDR reference; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "blocked",
    .title = N_("The sending server is blocked"),
    .plain = N_("The recipient’s mail server refused mail from the server that sent your "
                "message, often because that server’s address is on a blocklist. This says "
                "nothing about the recipient’s address, and it may be your provider, not you: "
                "many customers share the same sending servers. Your mail administrator or "
                "provider can find out why and ask for removal."),
    .technical = N_("Rejected at connection, HELO/EHLO or MAIL FROM because of the client IP "
                    "address, its host name or the HELO name. Typical texts: “554 5.7.1 Service "
                    "unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org”, “blocked"
                    " using bl.spamcop.net”, Barracuda, Proofpoint “550 5.7.0 Blocked - see "
                    "https://support.proofpoint.com/dnsbl-lookup.cgi”, Microsoft 5.7.606 to 5.7.649"
                    " (banned sending IP, self-service delisting portal) and “part of their network"
                    " is on our block list (S3150)”, Cox IPBLnnnn, Yahoo 553 5.7.1 [BL21]/[BL23] "
                    "(Spamhaus). Look up the sending IP (Received headers or bounce text) in the "
                    "list named in the message, and check that the HELO name resolves and matches "
                    "the PTR record. A shared provider IP can be listed through no fault of the "
                    "sender, as in Microsoft incident EX703958 (2023-2024)."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or email provider, with the name"
         " of the blocklist from the error text"),
      N_("Look up the sending server’s IP address on the blocklist named in the message;"
         " Spamhaus, Spamcop and Barracuda have lookup pages"),
      N_("Fix the cause first, such as a hacked account or a misconfigured server, then "
         "follow the list’s removal procedure"),
      N_("If you send through a shared service, ask your provider to move your mail to a"
         " server that is not listed"),
      N_("Ask the recipient by another channel to have their administrator allow your "
         "address"),
      N_("Keep the recipient’s address: their mailbox is fine"),
      NULL,
    },
    .source = "Spamhaus, Spamcop and Proofpoint lookup notes; Microsoft Exchange Online NDR "
              "reference; NHS Mail alert on EX703958; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "contenterror",
    .title = N_("The message’s format was not accepted"),
    .plain = N_("The receiving server could not accept your message because of the way it was "
                "put together, for example unusual characters in its header or a damaged "
                "attachment. The recipient’s address is fine. Sending it again from an ordinary"
                " mail program, in a simpler form, usually works."),
    .technical = N_("Rejected because of header or MIME structure, mostly with status X.6.x: X.6.0 "
                    "other media error, X.6.1 media not supported, X.6.3 conversion required but "
                    "not supported (8-bit data towards a 7-bit-only path), X.6.7 to X.6.9 non-ASCII"
                    " addresses or UTF-8 headers where SMTPUTF8 (RFC 6531) is not supported. Also "
                    "raw 8-bit bytes in headers, broken MIME boundaries or encodings, too many "
                    "Received headers. Inspect the source of the message as it left the sending "
                    "server, check whether an application or gateway malforms its headers, and "
                    "check whether the receiver’s EHLO reply offers 8BITMIME and SMTPUTF8."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Send the message again from an ordinary mail program rather than a script or a"
         " web form"),
      N_("Remove unusual characters such as emoji or non-Latin letters from the subject "
         "and the attachment names, then try again"),
      N_("Attach the files again, or share them through a link instead"),
      N_("If the recipient’s address contains non-Latin characters, ask them for an "
         "alternative address"),
      N_("If mail from an application keeps failing, give this bounce to your mail "
         "administrator to check the headers it produces"),
      NULL,
    },
    .source = "RFC 3463 §3.7 (X.6.x); RFC 6531; RFC 6532; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "delivered",
    .title = N_("The message was delivered"),
    .plain = N_("This is good news, not an error: the report confirms that your message was "
                "delivered, or passed on to the next mail server. It usually comes because a "
                "delivery receipt was requested. Nothing needs to be done."),
    .technical = N_("A delivery status notification with Action: delivered, relayed or expanded and"
                    " a 2.x.x status (2.0.0; 2.1.5 destination address valid; 2.6.4 conversion with"
                    " loss performed), or a 250 reply in the transcript. Sent when the sender asked"
                    " for NOTIFY=SUCCESS (RFC 3461), or when the message was relayed to a system "
                    "that cannot return notifications (Action: relayed). “Relayed” only confirms "
                    "the hand-over to the next server, not the arrival in the mailbox. Check the "
                    "client’s delivery-receipt settings if these reports are not wanted."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Keep the report if you need proof of delivery"),
      N_("Do not send the message again: it arrived"),
      N_("If the report says “relayed”, remember that only the hand-over was confirmed, "
         "not the arrival in the mailbox"),
      N_("Turn off delivery receipts in your mail program if you do not want these "
         "reports"),
      NULL,
    },
    .source = "RFC 3464 §2.3.3; RFC 3461; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "exceedlimit",
    .title = N_("The message is larger than the recipient accepts"),
    .plain = N_("Your message, together with its attachments, is bigger than the recipient’s "
                "mailbox allows. Nothing is wrong with the address. Sending the files in a "
                "smaller form, or as a download link, will get it through."),
    .technical = N_("A per-mailbox size limit: X.2.3 “message length exceeds administrative limit”,"
                    " usually 552 5.2.3 (“Message size exceeds fixed maximum message size”). "
                    "Distinct from X.3.4, a limit of the whole system (reason mesgtoobig). "
                    "Attachments grow by about a third through base64 encoding, so a 15 MB file "
                    "needs about 20 MB on the wire. Compare the message size in the sending "
                    "server’s log with the SIZE the receiver advertises in its EHLO reply (RFC "
                    "1870)."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the total size of the attachments, remembering that they grow by about a"
         " third when sent"),
      N_("Compress large files, or lower the resolution of pictures and scans"),
      N_("Share big files through a link to a file-sharing or cloud service instead of "
         "attaching them"),
      N_("Split the attachments over several messages if they must be attached"),
      N_("Ask the recipient what size of message they can receive"),
      NULL,
    },
    .source = "RFC 3463 §3.3 (X.2.3); RFC 1870; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "expired",
    .title = N_("Delivery was given up after trying for too long"),
    .plain = N_("Your own mail server kept trying to deliver this message, usually for several "
                "days, but never got through to the recipient’s server, and has now given up. "
                "The address itself may be fine: the other side was unreachable or kept "
                "postponing delivery. The message was not delivered."),
    .technical = N_("The sending server’s queue lifetime ran out: RFC 5321 §4.5.4.1 says the "
                    "give-up time generally needs to be at least 4 to 5 days (Postfix "
                    "maximal_queue_lifetime and Sendmail Timeout.queuereturn default to 5 days). "
                    "Status X.4.7 (delivery time expired), often with the last temporary error in "
                    "the Diagnostic-Code: connection timeouts, 421, 450 or 451 deferrals, "
                    "greylisting that never cleared, DNS failures. Read that last error, look up "
                    "the recipient domain’s MX records, test a connection to port 25 of the MX "
                    "hosts, and search the sending log for the repeated deferral reason."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the domain of the address (the part after @) for typos"),
      N_("Send the message again: the recipient’s server may be working again"),
      N_("Tell the recipient by phone or another channel that their mail server could "
         "not be reached"),
      N_("If many messages to the same domain expire, ask your mail administrator to "
         "look at the last error in the delivery log"),
      N_("Do not remove the address because of this alone: it may work once the other "
         "side is repaired"),
      NULL,
    },
    .source = "RFC 5321 §4.5.4.1; RFC 3463 §3.5 (X.4.7); Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "feedback",
    .title = N_("Someone marked your message as spam"),
    .plain = N_("This is not a delivery failure: your message arrived, but the recipient "
                "clicked “Report spam” or “Junk”, and their provider sent you this complaint. "
                "Complaints make it harder for your mail to reach other people. Stop sending to"
                " this person, and make sure everyone you write to has asked for your mail."),
    .technical = N_("An Abuse Reporting Format report (RFC 5965): multipart/report; "
                    "report-type=feedback-report with a message/feedback-report part (Feedback-Type"
                    " abuse, fraud, virus or other; Original-Mail-From, Arrival-Date, Source-IP, "
                    "Reported-Domain), usually from a feedback loop the sender registered with the "
                    "mailbox provider. The complaining recipient is often redacted (RFC 6590); list"
                    " IDs or VERP addresses in the returned headers identify them. Gmail requires "
                    "complaint rates below 0.3 percent and recommends below 0.1. Suppress the "
                    "address in every list and check consent records; treat “fraud” or “virus” "
                    "reports as possible misuse of the domain."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Stop sending to this recipient and remove them from your mailing lists"),
      N_("Check that everyone on your list actually asked to receive your mail"),
      N_("Make unsubscribing easy, with a visible link and one-click unsubscribe, and "
         "honor requests within two days"),
      N_("Use a recognizable sender name and subject, so people do not mistake you for "
         "spam"),
      N_("If the report says fraud or virus, or you never sent the message, tell your "
         "mail administrator: someone may be misusing your address"),
      NULL,
    },
    .source = "RFC 5965; RFC 6590; Google and Yahoo sender requirements 2024; Sisimai reason "
              "definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "filtered",
    .title = N_("The recipient’s filter refused your message"),
    .plain = N_("The recipient’s mailbox, or filtering rules set up by their organization, "
                "refused to accept mail from you. The address exists, but your message was not "
                "let through. Only the recipient or their administrator can change this."),
    .technical = N_("Rejected after the recipient was identified, by per-user or per-domain "
                    "filtering: sender or domain block lists, mailboxes that accept only listed "
                    "senders, content rules. Seen as 550 5.2.0 or 5.2.1 (Sisimai’s mapping), “Mail "
                    "rejected by recipient’s filter”, Microsoft 5.7.12 and 5.7.133 to 5.7.136 (the "
                    "recipient accepts only internal or authenticated senders), Gmail replies "
                    "marked “gcdp” (a rule written by the recipient’s Workspace administrator). "
                    "Some servers use the same text for unknown users, so check whether other mail "
                    "to the address is delivered."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Contact the recipient by phone or another channel and tell them your messages "
         "are being refused"),
      N_("Ask them to add your address or domain to their safe senders or allowed list"),
      N_("If they work in an organization, ask them to forward the error text to their "
         "IT department"),
      N_("Leave out attachment types that company filters often block, such as programs "
         "or archives containing scripts"),
      N_("Send the message again once the recipient confirms the filter was changed"),
      NULL,
    },
    .source = "RFC 3463 §3.3 (X.2.x); Microsoft Exchange Online NDR reference; Google SMTP "
              "error codes; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "hasmoved",
    .title = N_("The recipient has moved to a new address"),
    .plain = N_("The person used to receive mail at this address, but has moved, and the old "
                "address no longer forwards mail. Your message was not delivered. You need "
                "their new address."),
    .technical = N_("Status X.1.6 “destination mailbox has moved, no forwarding address” (RFC 3463)"
                    " or reply 551 “User not local; please try <forward-path>” (RFC 5321), which "
                    "sometimes names the new address. Texts: “recipient no longer on server”, “user"
                    " has moved”. Permanent and tied to the address, so it is a hard bounce. "
                    "Confirm a new address named in the bounce with the recipient before updating "
                    "records."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Look in the bounce for a new address: some servers say where the person has "
         "moved"),
      N_("Ask the recipient for their current address by phone or another channel"),
      N_("Update your address book and mailing lists with the new address"),
      N_("Remove the old address from your lists so it does not bounce again"),
      NULL,
    },
    .source = "RFC 3463 §3.2 (X.1.6); RFC 5321 §3.4; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "hostunknown",
    .title = N_("The email domain does not exist"),
    .plain = N_("The part of the address after the @ sign does not lead to any mail server. "
                "Most often it is a typing mistake (like “gmial.com”), or the organization’s "
                "domain has expired or changed. Your message was not delivered."),
    .technical = N_("The recipient domain has no usable DNS records: NXDOMAIN, or neither MX nor "
                    "A/AAAA records to fall back on (RFC 5321 §5.1). Status X.1.2 (bad destination "
                    "system address), for example Gmail 553 5.1.2, Postfix “Host or domain name not"
                    " found. Name service error for name=... type=MX: Host not found”. Verify with "
                    "“dig MX domain” and “dig A domain”, check the registration (whois) and compare"
                    " with common misspellings. A SERVFAIL or timeout instead of NXDOMAIN is a DNS "
                    "outage (networkerror, or a temporary 4.4.3), not a missing domain."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the spelling of the part after @, for example gmail.com rather than "
         "gmial.com or gmail.co"),
      N_("Ask the recipient for their correct address by phone or another channel"),
      N_("Look on the organization’s website for its current email addresses, in case "
         "the domain changed"),
      N_("Correct the address in your address book, or remove it from your lists if the "
         "domain is gone for good"),
      NULL,
    },
    .source = "RFC 3463 §3.2 (X.1.2); RFC 5321 §5.1; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "mailboxfull",
    .title = N_("The recipient’s mailbox is full"),
    .plain = N_("The recipient’s mailbox has no room left for new messages, so yours could not "
                "be put in it. The address is fine. Once the recipient makes space, your "
                "message can be sent again."),
    .technical = N_("Status X.2.2 “mailbox full”, which RFC 3463 calls a persistent transient "
                    "condition even when sent with class 5: typically 452 4.2.2 or 552 5.2.2 "
                    "(Gmail: “The email account that you tried to reach is over quota”), “Mailbox "
                    "full”, “quota exceeded”. Distinct from X.3.1 (the whole mail system is out of "
                    "storage, reason systemfull) and X.2.3 (the message is too big for the mailbox,"
                    " reason exceedlimit). A mailbox that stays full for weeks is often abandoned, "
                    "so repeated bounces of this kind are a sign the address is no longer read."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Tell the recipient by phone or another channel that their mailbox is full"),
      N_("Wait a day or two, then send the message again"),
      N_("Send large attachments as a link, so the message needs less space"),
      N_("If messages keep bouncing as full for weeks, ask for another address: the "
         "mailbox is probably abandoned"),
      NULL,
    },
    .source = "RFC 3463 §3.3 (X.2.2); Google SMTP error codes; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "mailererror",
    .title = N_("The recipient’s server failed while delivering"),
    .plain = N_("Your message reached the recipient’s mail server, but the program there that "
                "puts mail into the mailbox failed. This is a problem on their side, not yours."
                " The recipient’s mail administrator needs to fix it."),
    .technical = N_("The local delivery agent on the destination host exited with an error: a pipe "
                    "to a program (procmail, maildrop, a script) returned a non-zero status, for "
                    "example “X-Actual-Recipient: X-Unix; |/path/to/script” with “Diagnostic-Code: "
                    "X-Unix; 255”, or “command died with status 1”. Usually reported by Sendmail, "
                    "Postfix (pipe or local), qmail or Exim. The fix is on the receiving host: its "
                    "logs, the .forward or .procmailrc file, or the filter script. From the sending"
                    " side, confirm that the Reporting-MTA is the recipient’s server and pass the "
                    "diagnostic on."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Tell the recipient by another channel that their mail server failed to deliver"
         " your message"),
      N_("Send them the technical details of this bounce for their administrator"),
      N_("Send the message again once they tell you the problem is fixed"),
      N_("Keep the address: it is not wrong"),
      NULL,
    },
    .source = "RFC 3464 §2.3.6 (Diagnostic-Code, X-Unix type); Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "mesgtoobig",
    .title = N_("The message is too big for the receiving server"),
    .plain = N_("Your message, with its attachments, is larger than the receiving mail server "
                "accepts at all. The address is fine. Make the message smaller, or share the "
                "files as a link."),
    .technical = N_("A size limit of the whole system: status X.3.4 “message too big for system” "
                    "(552 or 554), or 552 at MAIL FROM when the SIZE parameter exceeds the limit "
                    "(RFC 1870), with texts like “Message size exceeds fixed maximum message size” "
                    "or “Exceeded maximum inbound message size”. Gmail answers 552 5.3.4 when the "
                    "size or header limits are exceeded. Base64 encoding adds about a third to "
                    "attachments. Compare the SIZE advertised in the receiver’s EHLO reply with the"
                    " message size in the sending log."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Make the attachments smaller: compress them, or lower the resolution of "
         "pictures"),
      N_("Upload large files to a file-sharing or cloud service and send a link instead"),
      N_("Split the attachments over several smaller messages"),
      N_("Ask the recipient for the largest message size they can receive"),
      NULL,
    },
    .source = "RFC 3463 §3.4 (X.3.4); RFC 1870; Google SMTP error codes; Sisimai reason "
              "definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "networkerror",
    .title = N_("A network problem prevented delivery"),
    .plain = N_("Your message could not be carried to the recipient’s mail server because of a "
                "network or address-lookup problem along the way. This is often temporary and "
                "may clear up without anyone doing anything. If it keeps happening, your mail "
                "administrator should look into it."),
    .technical = N_("A connection or routing failure, status X.4.x: X.4.0 other network status, "
                    "X.4.3 directory server failure (for example DNS unreachable), X.4.4 unable to "
                    "route, X.4.6 routing loop detected; texts like “Network error on destination "
                    "MXs”, “Name service error”, “No route to host”, “Connection timed out”, DNS "
                    "SERVFAIL on the MX lookup, or a mail loop (“too many hops”, a long chain of "
                    "Received headers). X.4.1 and X.4.2 are transient only. Check the MX records "
                    "and their addresses (dig MX, dig A and AAAA), test port 25 from the sending "
                    "host, and look for loops between MX hosts or forwarding rules."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Wait a few hours, then send the message again"),
      N_("Check the domain of the address (after @) for typos"),
      N_("If it happens again, forward the bounce to your mail administrator or email "
         "provider"),
      N_("Ask the recipient by phone or another channel whether their email is working"),
      N_("Administrators: check the recipient domain’s MX records and whether its "
         "servers answer on port 25"),
      NULL,
    },
    .source = "RFC 3463 §3.5 (X.4.x); RFC 5321 §5; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "norelaying",
    .title = N_("The server refused to pass your message on"),
    .plain = N_("The mail server your message went to would not forward it, because it did not "
                "recognize you as someone it carries mail for. Usually your mail program is not"
                " signing in to your outgoing server, or the message went to the wrong server. "
                "The recipient’s address is usually not the problem."),
    .technical = N_("“Relay access denied”, “Relaying denied”, “Unable to relay” (554 5.7.1 or 550 "
                    "5.7.1; Microsoft 5.7.1 “unable to relay”, 5.7.57 “client was not authenticated"
                    " to send anonymous mail”, 5.4.1 “Relay Access Denied”). The server is not "
                    "responsible for the recipient domain, and the client neither authenticated "
                    "(SMTP AUTH, RFC 4954) nor connected from an allowed network. Causes: a mail "
                    "client sending on port 25 without authentication instead of submission on 587 "
                    "or 465 (RFC 6409, RFC 8314); a recipient domain whose MX points at a server "
                    "not configured for it (after a migration, or a stale accepted-domains list); a"
                    " connector or smarthost misconfiguration. Check the client’s outgoing server "
                    "settings, the sending log and the MX records of the recipient domain."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check your mail program’s outgoing server (SMTP) settings: sign-in "
         "(authentication) must be on, with your username and password"),
      N_("Use the sending port your provider documents, usually 587 or 465, rather than "
         "port 25"),
      N_("If you use a company mail server, forward the bounce to your mail "
         "administrator"),
      N_("Check the domain of the address for typos: mail for a domain the server does "
         "not handle can be refused this way"),
      N_("If only one recipient domain is affected, ask the recipient whether their "
         "email recently moved to a new provider"),
      NULL,
    },
    .source = "RFC 5321 §3.6; RFC 4954; RFC 6409; Microsoft Exchange Online NDR reference; "
              "Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "notaccept",
    .title = N_("The recipient’s domain does not accept email"),
    .plain = N_("The recipient’s domain has declared that it does not receive email at all, or "
                "its server refuses all mail. This address cannot be used for email. You will "
                "need another way to reach this person."),
    .technical = N_("The destination explicitly accepts no mail: a null MX record (“MX 0 .”, RFC "
                    "7505) leading to 556 5.1.10 at the sending server, reply 521 “host does not "
                    "accept mail” (RFC 7504; IANA ties it to X.3.2, system not accepting network "
                    "messages), or 554 “No SMTP service here” on connection. Verify with “dig MX "
                    "domain”: a single MX of “.” with preference 0 is a null MX. Permanent, and a "
                    "hard bounce, when the class is 5. Microsoft uses 5.1.10 for “recipient not "
                    "found” instead, and a temporary X.3.2 (4.3.2) only means the system is not "
                    "accepting mail for now, for example during maintenance."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the spelling of the domain (the part after @): a similar domain may be "
         "the right one"),
      N_("Ask the recipient by phone or another channel for an address that receives "
         "email"),
      N_("Remove this address from your address book and mailing lists"),
      N_("Look on the organization’s website for a contact form or a current email "
         "address"),
      NULL,
    },
    .source = "RFC 7505; RFC 7504; IANA SMTP enhanced status codes (X.1.10, X.3.2); Sisimai "
              "reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "notcompliantrfc",
    .title = N_("The message does not follow the email format rules"),
    .plain = N_("Your message broke one of the basic rules every email has to follow, for "
                "example it had two “From” lines or lacked a required header. Large providers "
                "now refuse such messages. It is usually caused by the program or service that "
                "produced the email, not by what you wrote."),
    .technical = N_("The message violates RFC 5322 (Internet Message Format): duplicate or missing "
                    "From, Date or Message-ID headers, several From addresses without a Sender "
                    "header, invalid header syntax, lines longer than 998 characters (RFC 5322 "
                    "§2.1.1), or bare CR or LF line endings. Gmail rejects such mail with 550 5.7.1"
                    " (for example “not RFC 5322 compliant”, duplicate headers, missing valid "
                    "Message-ID) and since 2024 requires RFC 5322 format from all senders; Yahoo "
                    "and Apple document the same. Inspect the raw source of the sent message and "
                    "fix the generating application, mailing-list software or gateway."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Send the message again from an ordinary mail program to find out whether the "
         "tool you used is the cause"),
      N_("Forward the bounce and a copy of the sent message to your mail administrator "
         "or the support of the sending service"),
      N_("Administrators: check the raw message for duplicate or missing From, Date and "
         "Message-ID headers and for over-long lines"),
      N_("Update or reconfigure the program that produced the message, such as a web "
         "shop, CRM, script or mailing-list software"),
      N_("Keep the recipient: the address is not the problem"),
      NULL,
    },
    .source = "RFC 5322; Google SMTP error codes and sender guidelines; Yahoo sender best "
              "practices; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "onhold",
    .title = N_("The outcome is not clear yet"),
    .plain = N_("The report about your message does not contain enough detail to say what "
                "happened. The message may still be waiting somewhere, or it may have failed "
                "for a reason that is not given. Check again later, or ask your mail "
                "administrator."),
    .technical = N_("Sisimai uses onhold when a bounce was recognized but its details are not "
                    "enough to decide a reason: a delivery status notification without a Status "
                    "field or with only a generic code, or a notice that the message is held "
                    "(quarantine, moderation, waiting for approval). Read the human-readable part "
                    "verbatim, look up the message ID in the sending server’s queue and logs, and "
                    "ask whether the recipient’s system holds the message for moderation or in "
                    "quarantine."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Read the text of the bounce for hints such as “held”, “quarantine” or “waiting"
         " for approval”"),
      N_("Wait a day and see whether another report arrives or the recipient gets the "
         "message"),
      N_("Ask the recipient by another channel whether your message arrived, perhaps in "
         "their junk folder"),
      N_("Forward the bounce to your mail administrator if the outcome stays unclear"),
      NULL,
    },
    .source = "RFC 3464; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "policyviolation",
    .title = N_("The message broke the recipient’s rules"),
    .plain = N_("The recipient’s mail system has rules about what it accepts, and your message "
                "broke one of them, for example by carrying a type of attachment that is not "
                "allowed. The address is fine. Changing the message usually solves it."),
    .technical = N_("Rejected by a content or security policy of the receiving site rather than by "
                    "spam scoring: forbidden attachment types (“552-5.7.0 Our system detected an "
                    "illegal attachment on your message”; Gmail refuses executables and archives "
                    "containing them), messages with several From addresses, senders not allowed by"
                    " the organization’s policy, data-loss-prevention or transport rules (Exchange "
                    "transport rule reports, 5.7.1 “delivery not authorized”). Status usually X.7.0"
                    " or X.7.1. Look in the diagnostic for the rule name; Exchange reports may "
                    "carry a text written by the recipient’s administrator."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Read the error text for the rule that was broken, such as a blocked attachment"
         " type"),
      N_("Remove attachments that are programs, scripts or archives containing them, and"
         " share such files through a link instead"),
      N_("Send the message again in a simpler form, without unusual formatting"),
      N_("If the rule is unclear, ask the recipient to check with their IT department"),
      N_("Keep the recipient’s address: it is fine"),
      NULL,
    },
    .source = "RFC 3463 §3.8 (X.7.0, X.7.1); Google SMTP error codes; Microsoft Exchange "
              "Online NDR reference; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "rejected",
    .title = N_("Your sender address was refused"),
    .plain = N_("The receiving server did not accept mail from your email address, the sender, "
                "so it refused your message before even looking at the recipient. Their address"
                " is fine. Often your domain’s setup is incomplete, or the recipient’s server "
                "blocks your address."),
    .technical = N_("Rejected at or because of MAIL FROM: X.1.7 (bad sender mailbox address "
                    "syntax), X.1.8 (bad sender’s system address, for example “Sender address "
                    "rejected: Domain not found”, Yahoo “451 ... unresolvable RFC.5321 from "
                    "domain”), X.7.27 (sender address has a null MX, RFC 7505; Gmail uses 5.7.27 "
                    "for SPF instead), 550 5.7.1 “Sender address rejected: Access denied”, or a "
                    "sender on the recipient’s block list. Verify that the envelope sender’s domain"
                    " resolves (MX or A record, and SOA, which Yahoo checks), that the envelope "
                    "sender is a real mailbox (receivers may verify it by callback), and that the "
                    "Return-Path domain of applications is valid."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check that you sent from your usual, correct email address"),
      N_("Forward the bounce to your mail administrator or email provider"),
      N_("Administrators: check that the sender domain has valid MX and A records in DNS"
         " and no null MX"),
      N_("Make sure the return address used by applications such as web shops and "
         "newsletter tools is a real, working mailbox"),
      N_("If only this recipient refuses you, ask them by another channel whether they "
         "blocked your address"),
      NULL,
    },
    .source = "RFC 3463 §3.2 (X.1.7, X.1.8); RFC 7505; Yahoo SMTP error codes; Sisimai reason"
              " definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "requireptr",
    .title = N_("The sending server’s name is not set up correctly"),
    .plain = N_("The server that sent your message has no correct “reverse name” registered, "
                "which large providers require before they trust a server. The address is fine,"
                " and nothing is wrong with your message. Your mail administrator or provider "
                "must fix the server’s settings."),
    .technical = N_("The connecting IP address has no PTR record, or the PTR name does not resolve "
                    "back to the same address (forward-confirmed reverse DNS). Codes: 550 5.7.25 "
                    "“reverse DNS validation failed” (IANA; Gmail “The IP address sending this "
                    "message does not have a PTR record setup”), Gmail 421 4.7.0 and 4.7.23, "
                    "Microsoft 5.7.25 for IPv6 senders without reverse DNS, Postfix “cannot find "
                    "your reverse hostname” (450 4.7.1). Since 2024 Gmail and Yahoo require valid "
                    "forward and reverse DNS from all senders. Check with “dig -x <ip>” and a "
                    "forward lookup of the returned name; the owner of the IP range sets the PTR, "
                    "and the HELO name should match it."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Forward the bounce to your mail administrator or email provider"),
      N_("Administrators: look up the PTR record of the sending IP address (dig -x) and "
         "check that the name resolves back to the same address"),
      N_("Ask the owner of the IP address range, your hosting company or internet "
         "provider, to set a PTR record matching the server’s name"),
      N_("Make the server’s HELO/EHLO name the same as its PTR name"),
      N_("Send through your provider’s official outgoing server instead of a home "
         "connection or a server without reverse DNS"),
      NULL,
    },
    .source = "IANA SMTP enhanced status codes (X.7.25); Google SMTP error codes and sender "
              "guidelines; Microsoft Exchange Online NDR reference; Sisimai reason "
              "definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "securityerror",
    .title = N_("A security requirement was not met"),
    .plain = N_("The message was refused because a security condition was not met, for example "
                "the connection was not encrypted or the sending account could not sign in "
                "properly. The recipient’s address is fine. Your mail administrator or provider"
                " needs to adjust the settings."),
    .technical = N_("Security statuses other than reputation, SPF/DKIM/DMARC and content: X.7.8 "
                    "authentication credentials invalid (535 5.7.8), X.7.9 mechanism too weak "
                    "(534), X.7.10 encryption needed (523), X.7.11 encryption required for the "
                    "requested AUTH mechanism (524, 538), X.7.12 password transition needed (432), "
                    "X.7.13 user account disabled (525), X.7.14 trust relationship required, X.7.30"
                    " REQUIRETLS support required (RFC 8689), Gmail 5.7.29 (TLS required); also 530"
                    " 5.7.0 “Authentication required” and “Must issue a STARTTLS command first”. "
                    "Check the client’s credentials, whether STARTTLS is offered and negotiated "
                    "(openssl s_client -starttls smtp), the certificates, and the recipient "
                    "domain’s MTA-STS (RFC 8461) or DANE (RFC 7672) policy."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check the username and password in your mail program’s outgoing server "
         "settings"),
      N_("Turn on encryption (SSL/TLS or STARTTLS) for the outgoing server in your mail "
         "program"),
      N_("Forward the bounce to your mail administrator or email provider with the exact"
         " error code"),
      N_("Administrators: check that the sending server uses TLS with a valid "
         "certificate and honors the recipient domain’s MTA-STS or DANE policy"),
      N_("Keep the recipient’s address: it is fine"),
      NULL,
    },
    .source = "RFC 4954; RFC 5248; RFC 8689; RFC 8461; Google SMTP error codes; Sisimai "
              "reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "spamdetected",
    .title = N_("Your message was treated as spam"),
    .plain = N_("The recipient’s spam filter decided your message looked like unwanted mass "
                "mail and refused it. This is about the message or the way it was sent, not "
                "about the recipient’s address. Rewording the message, or changing how it is "
                "sent, usually helps."),
    .technical = N_("Rejected by content-based spam scoring after DATA, typically 550 5.7.1 or 554 "
                    "5.7.1 (“Message content rejected, UBE”, “message looks like spam”, “spam score"
                    " exceeded”), Gmail 550 5.7.1 “likely unsolicited mail”, Apple 554 5.7.1 "
                    "[HME1], Yahoo 554 [PH01]. Factors: the reputation of linked domains (check "
                    "them on the Spamhaus DBL and SURBL), link shorteners, image-only messages, no "
                    "text part, misleading subjects, weak authentication, sudden volume. Run the "
                    "message through a spam scorer such as SpamAssassin and check the "
                    "authentication results and the reputation of every linked domain."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Remove link shorteners and links to websites with a poor reputation"),
      N_("Use a plain, honest subject line without capital letters throughout, rows of "
         "exclamation marks or “free money” wording"),
      N_("Include readable text, not only a single large picture or an attachment"),
      N_("Write to people who expect your mail, and send from your usual address"),
      N_("If it keeps happening, ask your mail administrator to check your domain’s SPF,"
         " DKIM and DMARC setup"),
      N_("Keep the recipient’s address: it is fine"),
      NULL,
    },
    .source = "RFC 3463 §3.8 (X.7.1); Google SMTP error codes; Yahoo SMTP error codes; Apple "
              "iCloud postmaster; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "speeding",
    .title = N_("Too much mail was sent too quickly"),
    .plain = N_("The recipient’s provider received too many messages from you, or from your "
                "server, in a short time, and stopped accepting more for now. The address is "
                "fine. Sending more slowly, or later, usually solves it."),
    .technical = N_("Rate limiting by messages or recipients per time window: Gmail 4.7.28 and "
                    "5.7.28 (unusual rate of unsolicited mail), X.7.28 mail flood detected, Gmail "
                    "550 5.2.1 when an account is receiving mail too fast, Yahoo 421 4.7.0 [TSS04] "
                    "deferrals, Microsoft 4.7.500 to 4.7.699 (ASxxx) throttling that clears over a "
                    "few days, X.5.3 too many recipients (451, 452). Check the volume per "
                    "destination domain and hour in the logs; throttle connections and messages per"
                    " domain, spread campaigns over time, and warm up new IP addresses."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Wait a few hours before sending again"),
      N_("Send large mailings in smaller batches spread over time"),
      N_("Send to many people with separate messages or a mailing-list service, not one "
         "message with a very long list of recipients"),
      N_("If you use a newsletter tool, lower its sending speed for this provider"),
      N_("Ask your mail administrator to check whether your account sent mail you did "
         "not write, which would mean it was taken over"),
      NULL,
    },
    .source = "IANA SMTP enhanced status codes (X.7.28, X.5.3); Google SMTP error codes; "
              "Yahoo SMTP error codes; Microsoft Exchange Online NDR reference; Sisimai "
              "reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "suspend",
    .title = N_("The recipient’s account is disabled"),
    .plain = N_("The address exists, but the account behind it has been suspended or switched "
                "off, for example because it was not used for a long time or a bill was not "
                "paid. Your message cannot be delivered until the account is active again, "
                "which may never happen."),
    .technical = N_("Status X.2.1 “mailbox disabled, not accepting messages” (RFC 3463: temporary "
                    "or permanent), for example Gmail 550 5.2.1 “The email account that you tried "
                    "to reach is inactive” or disabled, Yahoo “This mailbox is disabled (554.30)”, "
                    "Apple “inactive email address”, “account suspended”. Not a hard bounce by "
                    "itself, but accounts suspended for inactivity rarely come back, so repeated "
                    "bounces over weeks indicate an abandoned address. Gmail uses 5.2.1 for "
                    "receiving too fast as well, so read the text."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Tell the recipient by phone or another channel that their email account is "
         "disabled"),
      N_("Ask for another address where they can be reached"),
      N_("Send again only once they say the account is active"),
      N_("If bounces like this continue for several weeks, remove the address from your "
         "mailing lists"),
      NULL,
    },
    .source = "RFC 3463 §3.3 (X.2.1); Google SMTP error codes; Yahoo SMTP error codes; "
              "Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "syntaxerror",
    .title = N_("The mail servers misunderstood each other"),
    .plain = N_("The sending and receiving mail servers had a technical misunderstanding while "
                "passing your message along. Usually this is a software or settings problem on "
                "one of the servers; sometimes an address with a typing mistake, such as a "
                "space or a missing part, causes it. Your mail administrator can find out which"
                " side caused it."),
    .technical = N_("An SMTP protocol error: 500 (syntax error, command unrecognized, line too "
                    "long), 501 (syntax error in parameters), 502 (command not implemented), 503 "
                    "(bad sequence of commands), 504 (parameter not implemented), 555 (MAIL or RCPT"
                    " parameters not recognized) and X.5.x statuses (X.5.1 invalid command, X.5.2 "
                    "syntax error, X.5.4 invalid arguments, X.5.5 wrong protocol version). Also a "
                    "malformed address (X.1.3, 501 5.1.3). Frequent causes: pipelining bugs, "
                    "firewalls that inspect SMTP, unsupported ESMTP parameters, bare LF in the "
                    "message data. Compare the SMTP transcript in the sending log with the command "
                    "sequence of RFC 5321."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Check the recipient’s address for spaces, commas, missing characters or two @ "
         "signs"),
      N_("Send the message again; if it fails the same way, forward the bounce to your "
         "mail administrator"),
      N_("Administrators: read the SMTP conversation in the sending server’s log to see "
         "which command was refused"),
      N_("Administrators: look for firewalls or filters between the servers that change "
         "SMTP traffic"),
      NULL,
    },
    .source = "RFC 5321 §4.2.3; RFC 3463 §3.6 (X.5.x); Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "systemerror",
    .title = N_("The recipient’s mail system had an internal error"),
    .plain = N_("The recipient’s mail server ran into a problem of its own, such as a broken "
                "internal connection or a settings fault, while handling your message. Nothing "
                "is wrong with your message or the address. Trying again later often works."),
    .technical = N_("An internal failure on the destination or an intermediate system: X.3.0 (other"
                    " mail system status), X.3.5 (system incorrectly configured), X.4.3 (directory "
                    "server failure, for example “Unable to contact LDAP server”), 451 “local error"
                    " in processing”, “Internal resources are temporarily unavailable”. Usually "
                    "temporary (4xx), though some servers answer 5xx. Check whether other senders "
                    "or domains on the same MX are affected, retry later, and report persistent "
                    "failures to the postmaster of the recipient domain with the time and the "
                    "diagnostic text."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Wait a few hours, then send the message again"),
      N_("If it fails again, tell the recipient by another channel so their "
         "administrator can look into it"),
      N_("Send them the technical details of this bounce, including the date and time"),
      N_("Keep the address: it is not the problem"),
      NULL,
    },
    .source = "RFC 3463 §3.4 (X.3.x); RFC 5321 §4.2.3; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "systemfull",
    .title = N_("The recipient’s mail server is out of space"),
    .plain = N_("The recipient’s mail server has run out of storage space, so it cannot take "
                "any new messages for now. This affects everyone writing to them, not only you."
                " Their administrator has to free space; trying again later usually works."),
    .technical = N_("Status X.3.1 “mail system full” (452 insufficient system storage, 4.3.1, "
                    "sometimes 5.3.1), texts like “Insufficient system storage”, “disk full”, "
                    "“queue file write error”. Unlike X.2.2, the whole destination system (spool "
                    "disk or storage quota) is full, not one mailbox. Transient by nature, and the "
                    "sending server normally retries. Report it to the postmaster of the recipient "
                    "domain if it persists."),
    .actor = BOUNCE_ACTOR_RECIPIENT,
    .steps = {
      N_("Wait a few hours, then send the message again"),
      N_("Tell the recipient by another channel that their mail server is full, so their"
         " administrator can free space"),
      N_("If the matter is urgent, reach them another way in the meantime"),
      N_("Keep the address: it is fine"),
      NULL,
    },
    .source = "RFC 3463 §3.4 (X.3.1); RFC 5321 §4.2.3 (452); Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "toomanyconn",
    .title = N_("The receiving server was too busy"),
    .plain = N_("The recipient’s mail server turned your server away because too many "
                "connections were coming from your side at the same time. This is usually "
                "temporary. Your mail server normally tries again by itself; if the message "
                "came back anyway, send it again later."),
    .technical = N_("Connection or concurrency limits: 421 4.7.0 or 421 4.3.2 “Too many "
                    "connections”, 452 4.3.2 “Connection rate limit exceeded”, “too many concurrent"
                    " SMTP connections from this IP”, 451 4.4.5 (X.4.5 mail system congestion). 421"
                    " is a temporary reply that closes the connection (RFC 5321 §4.2.3). Caused by "
                    "high concurrency from the sending IP (bulk sending, shared infrastructure) or "
                    "by load at the receiver. Reduce concurrency per destination (Postfix "
                    "default_destination_concurrency_limit, smtp_destination_rate_delay), look for "
                    "parallel campaigns, and make sure 4xx replies are retried."),
    .actor = BOUNCE_ACTOR_SENDER_ADMIN,
    .steps = {
      N_("Send the message again in an hour or two"),
      N_("If you send many messages at once, spread them over a longer time"),
      N_("Forward the bounce to your mail administrator if it happens regularly"),
      N_("Administrators: lower the number of simultaneous connections to this "
         "destination in the mail server settings"),
      NULL,
    },
    .source = "RFC 5321 §4.2.3; RFC 3463 §3.5 (X.4.5); Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "userunknown",
    .title = N_("The address does not exist"),
    .plain = N_("The recipient’s mail server says there is no mailbox with this name. Often the"
                " address has a typo, or the person has left the organization or closed the "
                "account. Your message was not delivered, and sending it again to the same "
                "address will not help."),
    .technical = N_("Status X.1.1 “bad destination mailbox address”, usually 550 5.1.1 at RCPT TO "
                    "(“User unknown”, “No such user”, “Recipient address rejected”, Gmail “The "
                    "email account that you tried to reach does not exist”, Microsoft "
                    "RESOLVER.ADR.RecipientNotFound, which Microsoft also reports as 5.1.10, and "
                    "5.5.0 for unknown outlook.com or hotmail.com users), Yahoo 554 “dd This user "
                    "doesn’t have a yahoo.com account”. Sometimes hidden behind 550 5.7.1 or a "
                    "generic 5.0.0 whose text says the user is unknown. A hard bounce: correct or "
                    "suppress the address. A stale Outlook autocomplete entry can produce 5.1.1 for"
                    " an address that once worked, so check the address exactly as it appears in "
                    "the original message."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Check the spelling of the whole address: the name before @ and the domain "
         "after it"),
      N_("Ask the recipient for their current address by phone or another channel"),
      N_("If your mail program suggested the address, delete that suggestion and type "
         "the address again"),
      N_("Update your address book with the correct address"),
      N_("Remove the address from your mailing list if it keeps bouncing"),
      NULL,
    },
    .source = "RFC 3463 §3.2 (X.1.1); RFC 5321 §4.2.3 (550); Google SMTP error codes; "
              "Microsoft Exchange Online NDR reference; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "vacation",
    .title = N_("This is an automatic out-of-office reply"),
    .plain = N_("This is not a failure: the recipient has set up an automatic reply, for "
                "example because they are on holiday. Your message was delivered. The reply may"
                " say when they are back or whom to contact instead."),
    .technical = N_("An automatic reply (RFC 3834), recognized by Auto-Submitted: auto-replied "
                    "together with vacation or out-of-office wording, X-Autoreply, Precedence: "
                    "auto_reply, or an Exchange or Outlook automatic reply subject. Auto-Submitted "
                    "alone is not conclusive, since many real bounces carry it too, and "
                    "X-Auto-Response-Suppress is a request not to send auto-replies rather than a "
                    "marker of one. Not a delivery failure: do not suppress the address."),
    .actor = BOUNCE_ACTOR_NOBODY,
    .steps = {
      N_("Read the reply for the date the person is back or for someone else to contact"),
      N_("If the matter is urgent, write to the other contact named in the reply"),
      N_("Keep the address: your message was delivered"),
      N_("Follow up after the date given if you still need an answer"),
      NULL,
    },
    .source = "RFC 3834; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
  {
    .topic = BOUNCE_TOPIC_REASON,
    .key = "virusdetected",
    .title = N_("A virus was found in your message"),
    .plain = N_("The recipient’s virus scanner found something harmful in your message, usually"
                " in an attachment, and refused it. Your computer may be infected, or a file "
                "you passed on was. The recipient’s address is fine."),
    .technical = N_("Rejected by malware scanning: “554 5.7.1 Virus detected”, “message contains a "
                    "virus” (with a signature name such as Eicar-Test-Signature), “infected with "
                    "...”, ClamAV or Sophos names, Gmail 552 5.7.0 “This message was blocked "
                    "because its content presents a potential security issue”. Status usually X.7.1"
                    " or X.6.0. False alarms happen with Office macros, password-protected archives"
                    " and executables. Scan the original attachment with an up-to-date scanner and "
                    "note the signature named in the diagnostic. If the user never sent the "
                    "message, it is backscatter from forged mail or a sign of a compromised "
                    "account."),
    .actor = BOUNCE_ACTOR_SENDER,
    .steps = {
      N_("Do not open the attachment again, and scan your computer with up-to-date "
         "antivirus software"),
      N_("Check the attachment with an up-to-date virus scanner before sending it again"),
      N_("Send documents as PDF rather than files with macros, and do not send programs "
         "or password-protected archives"),
      N_("If you never sent this message, tell your mail administrator: your address may"
         " have been forged or your account misused"),
      N_("Change your email password if you suspect someone else used your account"),
      NULL,
    },
    .source = "RFC 3463 §3.8 (X.7.1); Google SMTP error codes; Sisimai reason definitions",
    .reviewed = REVIEWED,
  },
};

const guint bounce_knowledge_n_reason_entries = G_N_ELEMENTS (bounce_knowledge_reason_entries);
