/* bounce-classifier-phrases.c
 *
 * What servers write when they refuse a message, per reason. The lists are
 * what real MTAs and providers say (collected from bounces and from the
 * tables of the Sisimai project, BSD-2-Clause), matched case-insensitively
 * against a lower-cased copy of the diagnostic text.
 *
 * A pattern is a plain substring, except that '*' stands for one run of at
 * least one character that is neither a blank nor the character following
 * the '*' in the pattern ("user * does not exist", "<*>"). That keeps the
 * matching linear: there is never anything to backtrack into.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bounce-classifier-private.h"

#define PHRASES(...) ((const char * const []) { __VA_ARGS__, NULL })

/* Tries to match @pattern (which starts with a literal) at @at. */
static gboolean
match_at (const char *at,
          const char *pattern)
{
  const char *s = at;
  const char *p = pattern;

  while (*p != '\0')
    {
      if (*p == '*')
        {
          char stop = p[1];
          const char *start = s;

          while (*s != '\0' && *s != ' ' && *s != '\t' && *s != '\n' && *s != stop)
            s++;
          if (s == start)
            return FALSE;
          p++;
          continue;
        }

      if (*s != *p)
        return FALSE;
      s++;
      p++;
    }

  return TRUE;
}

gboolean
_bounce_phrase_match (const char *lower,
                      const char *pattern)
{
  const char *star;
  const char *at;
  char literal[128];
  gsize len;

  if (lower == NULL || *lower == '\0')
    return FALSE;

  star = strchr (pattern, '*');
  if (star == NULL)
    return strstr (lower, pattern) != NULL;

  /* Anchor on the literal before the first '*' and try each occurrence. */
  len = (gsize)(star - pattern);
  g_assert (len > 0 && len < sizeof literal);
  memcpy (literal, pattern, len);
  literal[len] = '\0';

  for (at = strstr (lower, literal); at != NULL; at = strstr (at + 1, literal))
    {
      if (match_at (at, pattern))
        return TRUE;
    }

  return FALSE;
}

/* Phrase tables, one per reason -------------------------------------------- */

static const char * const mailboxfull[] = {
  "account disabled temporarly for exceeding receiving limits",
  "account is exceeding their quota",
  "account is over quota",
  "account is temporarily over quota",
  "boite du destinataire pleine",
  "delivery failed: over quota",
  "disc quota exceeded",
  "disk quota exceeded",
  "does not have enough space",
  "exceeded storage allocation",
  "exceeding its mailbox quota",
  "full mailbox",
  "inbox is full",
  "is over disk quota",
  "is over quota temporarily",
  "mail file size exceeds the maximum size allowed for mail delivery",
  "mail quota exceeded",
  "mailbox exceeded the local limit",
  "mailbox full",
  "mailbox has exceeded its disk space limit",
  "mailbox is full",
  "mailbox over quota",
  "mailbox quota usage exceeded",
  "mailbox size limit exceeded",
  "maildir over quota",
  "maildir delivery failed: userdisk quota ",
  "maildir delivery failed: domaindisk quota ",
  "mailfolder is full",
  "no space left on device",
  "not enough storage space in",
  "out of storage space",
  "over the allowed quota",
  "quota exceeded",
  "quota violation for",
  "recipient overquota",
  "recipient reached disk quota",
  "recipient rejected: mailbox would exceed maximum allowed storage",
  "storage is full",
  "the recipient mailbox has exceeded its disk space limit",
  "the user's space has been used up",
  "the user you are trying to reach is over quota",
  "too much mail data",
  "user has exceeded quota, bouncing mail",
  "user has too many messages on the server",
  "user is over quota",
  "user is over the quota",
  "user over quota",
  "was automatically rejected: quota exceeded",
  "would be over the allowed quota",
  "out of storage",
  "inbox is out of storage",
  "mailbox exceeds allowed size",
  NULL
};

static const char * const mesgtoobig[] = {
  "exceeded maximum inbound message size",
  "exceeds maximum message size",
  "line limit exceeded",
  "max message size exceeded",
  "maximum email size exceeded",
  "message file too big",
  "message size exceeds fixed limit",
  "message size exceeds fixed maximum message size",
  "message size exceeds maximum value",
  "message size exceeds the maximum",
  "message too big",
  "message too large for this ",
  "message is too large",
  "size limit",
  "taille limite du message atteinte",
  NULL
};

static const char * const exceedlimit[] = {
  "message header size exceeds limit",
  "message too large",
  "message length exceeds administrative limit",
  "exceeds limit set by recipient",
  NULL
};

static const char * const suspend[] = {
  " is currently suspended",
  " temporary locked",
  "account has been disabled",
  "account is disabled",
  "account is locked",
  "boite du destinataire archivee",
  "email account that you tried to reach is disabled",
  "email account that you tried to reach is inactive",
  "has been suspended",
  "invalid/inactive user",
  "is a deactivated mailbox",
  "mailbox currently suspended",
  "mailbox is frozen",
  "mailbox unavailable or access denied",
  "recipient rejected: temporarily inactive",
  "recipient suspend the service",
  "the recipient account is blocked",
  "this account has been disabled or discontinued",
  "this mailbox is disabled",
  "user suspended",
  "vdelivermail: account is locked email bounced",
  "mailbox disabled",
  NULL
};

static const char * const hasmoved[] = {
  " has been replaced by ",
  NULL
};

static const char * const norelaying[] = {
  "as a relay",
  "insecure mail relay",
  "is not permitted to relay through this server without authentication",
  "mail server requires authentication when attempting to send to a non-local e-mail address",
  "not a gateway",
  "not allowed to relay through this machine",
  "not an open relay, so get lost",
  "not local host",
  "open relay not allowed",
  "relay access denied",
  "relay denied",
  "relaying mail to ",
  "relay not permitted",
  "relaying denied",
  "relaying not allowed",
  "that domain isn't in my list of allowed rcpthost",
  "this system is not configured to relay mail",
  "unable to relay for",
  "we don't handle mail for",
  "message rejected: email address is not verified",
  NULL
};

/* Sisimai 5's authfailure: SPF, DKIM and DMARC verdicts. */
static const char * const authfailure[] = {
  "//spf.pobox.com",
  "5.7.26 this mail has been blocked because the sender is unauthenticated",
  "bad spf records for",
  "dmarc policy",
  "dmarc check failed",
  "dmarc verification failed",
  "does not pass dmarc verification",
  "fails to pass authentication checks",
  "is not allowed to send mail. ",
  "is not allowed to send from <*> per it's spf record",
  "please inspect your spf settings",
  "sender policy framework (spf) fail",
  "sender policy framework violation",
  "spf (sender policy framework) domain authentication fail",
  "spf check: fail",
  "spf check failed",
  "spf sender invalid - envelope rejected",
  "dkim sender invalid - envelope rejected",
  "dmarc sender invalid - envelope rejected",
  "spf validation failed",
  "spf: * is not allowed to send mail",
  "spf record",
  "dkim signature",
  "does not have authentication information",
  "is unauthenticated",
  "message refused, dmarc verification failed",
  "dmarc",
  "does not pass spf",
  "did not pass spf",
  "spf did not pass",
  "dkim did not pass",
  "does not pass dkim",
  "not pass dmarc",
  "doesn't meet the required authentication level",
  NULL
};

static const char * const userunknown[] = {
  "#5.1.1 bad address",
  "<*> not found",
  "<*@*>... blocked by ",
  "550 address invalid",
  "5.1.0 address rejected.",
  "account * does not exist at the organization",
  "adresse d au moins un destinataire invalide. invalid recipient.",
  "address does not exist",
  "address not present in directory",
  "address unknown",
  "archived recipient",
  "bad-recipient",
  "bad_recipient",
  "bad recipient",
  "can't accept user",
  "does not exist.",
  "destination addresses were unknown",
  "destination server rejected recipients",
  "email address does not exist",
  "email address could not be found",
  "invalid address",
  "invalid mailbox",
  "invalid recipient",
  "is not a known user",
  "is not a valid mailbox",
  "is not an active address at this host",
  "mailbox * does not exist",
  "mailbox *@* unavailable",
  "mailbox does not exist",
  "mailbox invalid",
  "mailbox is inactive",
  "mailbox is unavailable",
  "mailbox not present",
  "mailbox not found",
  "mailbox unavailable",
  "nessun utente simile in questo indirizzo",
  "no account by that name here",
  "no existe dicha persona",
  "no existe ese usuario ",
  "no mail box available for this user",
  "no mailbox by that name is currently available",
  "no mailbox found",
  "no matches to nameserver query",
  "no such address here",
  "no such mailbox",
  "no such person at this address",
  "no such recipient",
  "no such user",
  "no thank you rejected: account unavailable:",
  "no valid recipients, bye",
  "non-existent user",
  "nonexistent user",
  "non existent user",
  "not a valid recipient",
  "not a valid user here",
  "not a local address",
  "not email addresses",
  "rcpt <*> does not exist",
  "recipient address rejected. (in reply to rcpt to command)",
  "recipient * was not found in",
  "recipient address rejected: access denied",
  "recipient address rejected: invalid user",
  "recipient address rejected: invalid-recipient",
  "recipient address rejected: user * does not exist",
  "recipient address rejected: user unknown in * table",
  "recipient address rejected: unknown user",
  "recipient does not exist",
  "recipient is not local",
  "recipient not exist",
  "recipient not found",
  "recipient not ok",
  "recipient refuses to accept your mail",
  "recipient unknown",
  "recipientnotfound",
  "requested action not taken: mailbox unavailable",
  "resolver.adr.recipient notfound",
  "sorry, user unknown",
  "sorry, badrcptto",
  "sorry, no mailbox here by that name",
  "sorry, your envelope recipient has been denied",
  "that domain or user isn't in my list of allowed rcpthosts",
  "the email account that you tried to reach does not exist",
  "the following recipients was undeliverable",
  "the user's email name is not found",
  "there is no one at this address",
  "this address no longer accepts mail",
  "this email address is wrong or no longer valid",
  "this recipient is in my badrecipientto list",
  "this recipient is not in my validrcptto list",
  "this spectator does not exist",
  "this user doesn't have a * account",
  "this user doesnt have a * account",
  "unknown e-mail address",
  "unknown email address",
  "unknown local-part",
  "unknown local part",
  "unknown mailbox",
  "unknown recipient",
  "unknown user",
  "user * was not found",
  "user * does not exist",
  "user does not exist",
  "user missing home directory",
  "user not active",
  "user not exist",
  "user not found",
  "user not known",
  "user unknown",
  "utilisateur inconnu !",
  "vdeliver: invalid or unknown virtual user",
  "your envelope recipient is in my badrcptto list",
  "address couldn't be found",
  "no longer available",
  "recipient name is not recognized",
  "not listed in domino directory",
  "not listed in public name & address book",
  "invalid final delivery userid",
  NULL
};

static const char * const filtered[] = {
  "because the recipient is only accepting mail from specific email addresses",
  "bounced address",
  "due to extended inactivity new mail is not currently being accepted for this mailbox",
  "has restricted sms e-mail",
  "is not accepting any mail",
  "message rejected due to user rules",
  "not found recipient account",
  "refused due to recipient preferences",
  "resolver.rst.notauthorized",
  "this account is protected by",
  "user not found",
  "user reject",
  "we failed to deliver mail because the following address recipient id refuse to receive mail",
  "you have been blocked by the recipient",
  "mail is rejected by recipients",
  NULL
};

/* Sisimai 5's requireptr: the sending host has no (matching) reverse DNS. */
static const char * const requireptr[] = {
  "access denied. ip name lookup failed",
  "all mail servers must have a ptr record with a valid reverse dns entry",
  "bad dns ptr resource record",
  "cannot find your hostname",
  "cannot resolve your address",
  "client host rejected: cannot find your hostname",
  "client host rejected: cannot find your reverse hostname",
  "domain * mismatches client ip",
  "does not have a ptr record",
  "fix reverse dns for ",
  "ips with missing ptr records",
  "no ptr record found",
  "please get a custom reverse dns name from your isp for your host",
  "ptr record setup",
  "reverse dns failed",
  "reverse dns required",
  "reverse dns lookup for host * failed permanently",
  "sender ip reverse lookup rejected",
  "server access * forbidden by invalid rdns record of your mail server",
  "the ip address sending this message does not have a ptr record",
  "the corresponding forward dns entry does not point to the sending ip",
  "this system will not accept messages from servers/devices with no reverse dns",
  "unresolvable relay host name",
  "must have a reverse dns record",
  "reverse dns entry",
  "no reverse dns",
  "rejected - no rdns",
  "does not have a reverse dns",
  NULL
};

/* Sisimai 5's notcompliantrfc: the message breaks RFC 5322. */
static const char * const notcompliantrfc[] = {
  "this message is not rfc 5322 compliant",
  "not rfc 5322 compliant",
  "not rfc5322 compliant",
  "https://support.google.com/a/answer/81126#format",
  "messages with multiple addresses in from: header are not accepted",
  "there are multiple subject headers",
  "multiple from headers",
  "duplicate header",
  "missing or invalid date header",
  "missing message-id",
  "messages with multiple addresses",
  NULL
};

/* Sisimai 5's badreputation: the sender's IP or domain has a poor name. */
static const char * const badreputation[] = {
  "has been temporarily rate limited due to ip reputation",
  "ip/domain reputation problems",
  "likely suspicious due to the very low reputation",
  "temporarily deferred due to unexpected volume or user complaints",
  "rejected due to a poor email reputation score",
  "rejected due to the sending mta's poor reputation",
  "the sending mta's poor reputation",
  "has a poor reputation",
  "low reputation",
  "poor reputation",
  "local ct ip reputation",
  "sender reputation",
  "deferred due to user complaints",
  "deferred due to excessive user complaints",
  NULL
};

static const char * const rejected[] = {
  "access denied (in reply to mail from command)",
  "access denied (sender blacklisted)",
  "address rejected",
  "administrative prohibition",
  "batv failed to verify",
  "batv validation failure",
  "backscatter protection detected an invalid or expired email address",
  "because the sender isn't on the recipient's list of senders to accept mail from",
  "bogus mail from",
  "connections not accepted from servers without a valid sender domain",
  "denied [bouncedeny]",
  "denied by secumail valid-address-filter",
  "delivery not authorized, message refused",
  "does not exist e2110",
  "domain of sender address ",
  "email address is on senderfilterconfig list",
  "emetteur invalide",
  "empty envelope senders not allowed",
  "envelope blocked",
  "envelope rejected - block policy",
  "error: no third-party dsns",
  "from: domain is invalid. please provide a valid from:",
  "fully qualified email address required",
  "invalid domain, see <url:",
  "invalid sender",
  "is not a registered gateway user",
  "mail from not owned by user",
  "mx records for ",
  "null sender is not allowed",
  "recipient addresses rejected : access denied",
  "recipient not accepted. (batv: no tag",
  "returned mail not accepted here",
  "rfc 1035 violation: recursive cname records for",
  "rule imposed mailbox access for",
  "sender address has been blacklisted",
  "sender address rejected",
  "sender email address rejected",
  "sender is in my black list",
  "sender is spammer",
  "sender not pre-approved",
  "sender rejected",
  "sender domain is empty",
  "sender verify failed",
  "syntax error: empty email address",
  "the message has been rejected by batv defense",
  "this server does not accept mail from",
  "transaction failed unsigned dsn for",
  "unroutable sender address",
  "you are not allowed to post to this mailing list",
  "you are sending to/from an address that has been blacklisted",
  "your access to submit messages to this e-mail system has been rejected",
  "blocked senders",
  "manually blocked senders",
  "permission to post messages to the group",
  "can't determine purported responsible address",
  "sender was rejected",
  "'send mail as' account are misconfigured",
  /* FML: posts from non-members. */
  "not member article from",
  "spam mail from a spammer is rejected",
  NULL
};

/* Phrases that look like a rejected sender but concern the recipient. */
static const char * const rejected_not[] = {
  "5.1.0 address rejected",
  "recipient address rejected",
  "sender ip address rejected",
  NULL
};

static const char * const hostunknown[] = {
  "domain does not exist",
  "domain is not reachable",
  "domain must exist",
  "host or domain name not found",
  "host unknown",
  "host unreachable",
  "mail domain mentioned in email address is unknown",
  "name or service not known",
  "no such domain",
  "recipient address rejected: unknown domain name",
  "recipient domain must exist",
  "the account or domain may not exist",
  "unknown host",
  "unroutable address",
  "unrouteable address",
  "553 * does not exist",
  "domain name not found",
  "unknown domain",
  "dns lookup failure: host",
  "dns lookup failure: * not found",
  NULL
};

static const char * const spamdetected[] = {
  "the mail server detected your message as spam and has prevented delivery.",
  "554 5.7.0 reject, id=",
  "appears to be unsolicited",
  "blacklisted url in message",
  "block for spam",
  "blocked by policy: no spam please",
  "blocked by spamassassin",
  "blocked for abuse. see http://att.net/blocks",
  "bulk email",
  "considered unsolicited bulk e-mail (spam) by our mail filters",
  "content filter rejection",
  "cyberoam anti spam engine has identified this email as a bulk email",
  "denied due to spam list",
  "high probability of spam",
  "http://www.spamhaus.org",
  "https://www.spamhaus.org",
  "http://dsbl.org",
  "listed in work.drbl.imedia.ru",
  "mail appears to be unsolicited",
  "mail content denied",
  "mail rejete. mail rejected. ",
  "may consider spam",
  "message considered as spam or virus",
  "message contains spam or virus",
  "message detected as spam",
  "message is being rejected as it seems to be a spam",
  "message looks like spam",
  "message refused by mailmarshal spamprofiler",
  "message refused by trustwave seg spamprofiler",
  "message rejected as spam",
  "message rejected because of unacceptable content",
  "message rejected due to suspected spam content",
  "message rejected for policy reasons",
  "our email server thinks this email is spam",
  "our filters rate at and above ",
  "our system has detected that this message is",
  "probable spam",
  "reject bulk.advertising",
  "rejected: spamassassin score ",
  "rejected by * (spam)",
  "rejected due to spam ",
  "rejecting banned content",
  "rejecting mail content",
  "related to content with spam-like characteristics",
  "rule imposed as * is blacklisted on",
  "sender domain listed at ",
  "sending address not accepted due to spam filter",
  "spam * exceeded",
  "spam blocked",
  "spam check",
  "spam content matched",
  "spam detected",
  "spam email",
  "spam message rejected.",
  "spam not accepted",
  "spam refused",
  "spam rejection",
  "spam reporting address",
  "spam score ",
  "spambouncer identified spam",
  "spamming not allowed",
  "too much spam.",
  "the email message was detected as spam",
  "the message has been rejected by spam filtering engine",
  "the message was rejected due to classification as bulk mail",
  "the content of this message looked like spam",
  "this e-mail cannot be forwarded because it was detected as spam",
  "this mail cannot be forwarded because it was detected as spam",
  "this e-mail is classified as spam and is rejected",
  "this mail is classified as spam and is rejected",
  "this message appears to be spam",
  "this message has been identified as spam",
  "this message has been scored as spam with a probability",
  "this message scored * spam points",
  "this message was classified as spam",
  "this message was rejected by recurrent pattern detection system",
  "transaction failed spam message not queued",
  "we dont accept spam",
  "you're using a mass mailer",
  "your email appears similar to spam we have received before",
  "your email breaches local uribl policy",
  "your email had spam-like ",
  "your email is considered spam",
  "your email is probably spam",
  "your email was detected as spam",
  "your message as spam and has prevented delivery",
  "your message has been temporarily blocked by our filter",
  "your message has been rejected because it appears to be spam",
  "your message has triggered a spam block",
  "your message may contain the spam contents",
  "your message failed several antispam checks",
  "spam is embedded in the email",
  "suspected spam",
  "suspicion of spam",
  "mcspamsignature",
  "message content rejected",
  NULL
};

/* Sisimai 5's speeding: too many messages too fast. */
static const char * const speeding[] = {
  "please try again slower",
  "receiving mail at a rate that prevents additional messages from being delivered",
  "receiving mail at a rate that",
  "rate limited",
  "rate limit exceeded",
  "exceeded the rate limit",
  "sending too fast",
  "has exceeded the max emails per hour ",
  "throttling failure: maximum sending rate exceeded",
  "throttling failure: daily message quota exceeded",
  "unusual rate of",
  "message threshold exceeded",
  NULL
};

static const char * const toomanyconn[] = {
  "all available ips are at maximum connection limit",
  "connection rate limit exceeded",
  "exceeds per-domain connection limit for",
  "too many connections",
  "too many concurrent smtp connections",
  "too many errors from your ip",
  "too many recipients",
  "too many smtp sessions for this host",
  "too many sessions from",
  "trop de connexions, ",
  "we have already made numerous attempts to deliver this message",
  "connection frequency limited",
  "ip frequency limited",
  "domain frequency limited",
  "sender frequency limited",
  NULL
};

static const char * const blocked[] = {
  " said: 550 blocked",
  ":blocked)",
  "access from ip address * blocked",
  "banned sending ip",
  "blacklisted by",
  "blocked - see http",
  "refused - see http",
  "blocked using ",
  "client host * blocked using",
  "client host rejected: abus detecte gu_eib_0",
  "client host rejected: may not be mail exchanger",
  "client host rejected: was not authenticated",
  "confirm this mail server",
  "connection dropped",
  "connection refused by",
  "connection reset by peer",
  "connection was dropped by remote host",
  "connections not accepted from ip addresses on spamhaus xbl",
  "connections will not be accepted from ",
  "currently sending spam see: ",
  "domain * does not exist:",
  "dns lookup failure: * try again later",
  "dnsbl:attrbl",
  "dnsbl:rbl ",
  "dynamic/zombied/spam ips blocked",
  "email blocked by spamhaus",
  "barracudacentral.org",
  "error: no valid recipients from ",
  "esmtp not accepting connections",
  "extreme bad ip profile",
  "go away",
  "helo command rejected:",
  "host * refused to talk to me: * blocked",
  "host network not allowed",
  "hosts with dynamic ip",
  "http://www.spamcop.net/bl.",
  "invalid ip for sending mail of domain",
  "is blocked by earthlink",
  "is in a black list",
  "is in an * on ",
  "is not allowed to send mail from",
  "mail server at * is blocked",
  "mail from * refused:",
  "message from * rejected based on blacklist",
  "message was rejected for possible spam/virus content",
  "no access from mail server",
  "not currently accepting mail from your ip",
  "part of their network is on our block list",
  "please use the smtp server of your isp",
  "rejected because the sending mta or the sender has not passed validation",
  "rejecting open proxy",
  "sender ip address rejected",
  "server access forbidden by your ip ",
  "server ip * listed as abusive",
  "service not available, closing transmission channel",
  "service permits * unverifyable sending ips",
  "smtp error from remote mail server after initial connection:",
  "sorry, that domain isn't in my list of allowed rcpthosts",
  "sorry, that domain isnt in my list of allowed rcpthosts",
  "sorry, your remotehost looks suspiciously like spammer",
  "the email * is blacklisted",
  "the domain * is blacklisted",
  "the ip * is blacklisted",
  "to submit messages to this e-mail system has been rejected",
  "too many spams from your ip",
  "too many unwanted messages have been sent from the following ip address above",
  "was blocked by ",
  "we do not accept mail from dynamic ips",
  "we do not accept mail from hosts with dynamic ip or generic dns ptr-records",
  "you are not allowed to connect",
  "you are sending spam",
  "your email address has been blacklisted",
  "your network is temporary blacklisted",
  "your sender's ip address is listed at ",
  "your server requires confirmation",
  "client host blocked",
  "ip blacklisted",
  "listed on spamhaus",
  "is listed on",
  "blocklisted",
  "block list",
  "blacklisted",
  "suspected spam ip",
  "sender address blocked",
  "adresse ip source bloquee",
  "will be permanently deferred",
  NULL
};

static const char * const policyviolation[] = {
  "an illegal attachment on your message",
  "because the recipient is not accepting mail with ",
  "by non-member to a members-only list",
  "closed mailing list",
  "denied by policy",
  "email not accepted for policy reasons",
  "email rejected due to security policies",
  "header are not accepted",
  "header error",
  "local policy violation",
  "message bounced due to organizational settings",
  "message given low priority",
  "message not accepted for policy reasons",
  "message rejected due to local policy",
  "rejected for policy reasons",
  "protocol violation",
  "the email address used to send your message is not subscribed to this group",
  "the message was rejected by organization policy",
  "this message was blocked because its content presents a potential",
  "we do not accept messages containing images or other attachments",
  "you have exceeded the allowable number of posts without solving a captcha",
  "you have exceeded the the allowable number of posts without solving a captcha",
  "anti-spoofing policy",
  "content examination policy",
  "attachment extension is forbidden",
  NULL
};

static const char * const virusdetected[] = {
  "it has a potentially executable attachment",
  "the message was rejected because it contains prohibited virus or spam content",
  "this form of attachment has been used by recent viruses or other malware",
  "virus detected",
  "virus found",
  "infected with a virus",
  "your message was infected with a virus",
  "message contains a virus",
  "contains a virus",
  NULL
};

static const char * const securityerror[] = {
  "account not subscribed to ses",
  "authentication credentials invalid",
  "authentication failure",
  "authentication failed; server * said:",
  "authentication required",
  "authentication turned on in your email client",
  "authentification requise",
  "authentification invalide",
  "domain * is a dead domain",
  "executable files are not allowed in compressed files",
  "insecure mail relay",
  "recipient address rejected: access denied",
  "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
  "sorry, you dont authenticate or the domain isnt in my list of allowed rcpthosts",
  "tls required but not supported",
  "unauthenticated senders not allowed",
  "is not authorized to perform ses:sendrawemail on resource",
  "you are not authorized to send mail, authentication is required",
  "verification failure",
  "please turn on smtp authentication in your mail client",
  "incorrect authentication data",
  "does not advertise auth capability",
  "must issue a starttls command first",
  "this route requires encryption",
  "this route requires tls",
  "requires tls",
  "tls is required",
  "starttls is required",
  "certificate-expired",
  "certificate-host-mismatch",
  "tlsa-invalid",
  "dnssec-invalid",
  NULL
};

static const char * const systemerror[] = {
  "aliasing/forwarding loop broken",
  "can't create user output file",
  "could not load drd for domain",
  "internal error reading data",
  "internal server error: operation now in progress",
  "interrupted system call",
  "it encountered an error while being processed",
  "it would create a mail loop",
  "local configuration error",
  "local error in processing",
  "loop was found in the mail exchanger",
  "loops back to myself",
  "queue file write error",
  "mail system configuration error",
  "remote server is misconfigured",
  "server configuration error",
  "service currently unavailable",
  "system config error",
  "temporary local problem",
  "timeout waiting for input",
  "transaction failed",
  /* FML mailing lists refuse a message they have seen before: a loop. */
  "duplicated message-id",
  "loop alert: ",
  "loop back warning: ",
  "unix from loop",
  "fml system error message",
  "unable to process",
  "internal resources are temporarily unavailable",
  "unable to contact ldap server",
  NULL
};

static const char * const networkerror[] = {
  "could not connect and send the mail to",
  "dns records for the destination computer could not be found",
  "hop count exceeded - possible mail loop",
  "host is unreachable",
  "host name lookup failure",
  "host not found, try again",
  "mail forwarding loop for ",
  "malformed name server reply",
  "malformed or unexpected name server reply",
  "maximum forwarding loop count exceeded",
  "message looping",
  "message probably in a routing loop",
  "no route to host",
  "too many hops",
  "unable to resolve route ",
  "unrouteable mail domain",
  "mail loop detected",
  "responded with code nxdomain",
  "wasn't able to establish an smtp connection",
  "dns query failed",
  NULL
};

static const char * const expired[] = {
  "connection timed out",
  "could not find a gateway for",
  "delivery attempts will continue to be",
  "delivery time expired",
  "failed to deliver to domain ",
  "giving up on",
  "have been failing for a long time",
  "has been delayed",
  "it has not been collected after",
  "message expired after sitting in queue for",
  "message expired, connection refulsed",
  "message timed out",
  "retry time not reached for any host after a long failure period",
  "server did not respond",
  "this message has been in the queue too long",
  "unable to deliver message after multiple retries",
  "was not reachable within the allowed queue period",
  "your message could not be delivered for more than",
  "retry timeout exceeded",
  "delivery expired",
  "message could not be delivered within",
  "message expired",
  "did not accept our requests to connect",
  "could not deliver for the last",
  "envelope expired",
  "host not reachable",
  NULL
};

static const char * const contenterror[] = {
  "header size exceeds maximum permitted",
  "improper use of 8-bit data in message header",
  "message header size, or recipient list, exceeds policy limit",
  "message mime complexity exceeds the policy maximum",
  "routing loop detected -- too many received: headers",
  "this message contain invalid mime headers",
  "this message contain improperly-formatted binary content",
  "this message contain text that uses unnecessary base64 encoding",
  "invalid message content",
  NULL
};

static const char * const systemfull[] = {
  "mail system full",
  "requested mail action aborted: exceeded storage allocation",
  "insufficient disk space",
  NULL
};

static const char * const notaccept[] = {
  "does not accept mail (nullmx)",
  "host/domain does not accept mail",
  "host does not accept mail",
  "name server: .: host not found",
  "no mx record found for domain=",
  "no route for current request",
  "smtp protocol returned a permanent error",
  "returned null mx",
  "doesn't receive email according to the administrator",
  "null mx",
  "couldn't find a mail exchanger",
  "no mx found for domain",
  "indicated no smtp service",
  NULL
};

static const char * const mailererror[] = {
  "procmail: ",
  "bin/procmail",
  "bin/maildrop",
  "command failed: ",
  "command died with status ",
  "command output:",
  "exit *",
  "mailer error",
  "pipe to |/",
  "x-unix; ",
  NULL
};

static const char * const vacation[] = {
  "i am away on vacation",
  "i am away until",
  "i am out of the office",
  "i will be traveling for work on",
  NULL
};

static const char * const * const tables[BOUNCE_N_REASONS] = {
  [BOUNCE_REASON_AUTHFAILURE] = authfailure,
  [BOUNCE_REASON_BADREPUTATION] = badreputation,
  [BOUNCE_REASON_BLOCKED] = blocked,
  [BOUNCE_REASON_CONTENTERROR] = contenterror,
  [BOUNCE_REASON_EXCEEDLIMIT] = exceedlimit,
  [BOUNCE_REASON_EXPIRED] = expired,
  [BOUNCE_REASON_FILTERED] = filtered,
  [BOUNCE_REASON_HASMOVED] = hasmoved,
  [BOUNCE_REASON_HOSTUNKNOWN] = hostunknown,
  [BOUNCE_REASON_MAILBOXFULL] = mailboxfull,
  [BOUNCE_REASON_MAILERERROR] = mailererror,
  [BOUNCE_REASON_MESGTOOBIG] = mesgtoobig,
  [BOUNCE_REASON_NETWORKERROR] = networkerror,
  [BOUNCE_REASON_NORELAYING] = norelaying,
  [BOUNCE_REASON_NOTACCEPT] = notaccept,
  [BOUNCE_REASON_NOTCOMPLIANTRFC] = notcompliantrfc,
  [BOUNCE_REASON_POLICYVIOLATION] = policyviolation,
  [BOUNCE_REASON_REJECTED] = rejected,
  [BOUNCE_REASON_REQUIREPTR] = requireptr,
  [BOUNCE_REASON_SECURITYERROR] = securityerror,
  [BOUNCE_REASON_SPAMDETECTED] = spamdetected,
  [BOUNCE_REASON_SPEEDING] = speeding,
  [BOUNCE_REASON_SUSPEND] = suspend,
  [BOUNCE_REASON_SYSTEMERROR] = systemerror,
  [BOUNCE_REASON_SYSTEMFULL] = systemfull,
  [BOUNCE_REASON_TOOMANYCONN] = toomanyconn,
  [BOUNCE_REASON_USERUNKNOWN] = userunknown,
  [BOUNCE_REASON_VACATION] = vacation,
  [BOUNCE_REASON_VIRUSDETECTED] = virusdetected,
};

/* All phrases of all tables, matched in one pass over the text: the
 * classifier asks about many reasons for the same diagnostic, and searching
 * it once per phrase (several hundred of them) cost more than the rest of the
 * classification. Each phrase has an id; the phrases of one table have
 * consecutive ids, in table order. */
#define QUAD_BUCKETS 8192
#define PAIR_BUCKETS 4096
#define N_BUCKETS    (QUAD_BUCKETS + PAIR_BUCKETS + 256)

/* A phrase as its bucket holds it: its first eight bytes packed as the
 * matcher packs the text's (see head_of ()), so that most candidates, whose
 * bucket merely collides or whose phrase only shares a common first word,
 * are told apart without reading the phrase; and the length of its leading
 * literal, the rest of which is compared in one go. */
typedef struct
{
  guint64 head;      /* the first MIN (literal, 8) bytes */
  guint16 id;
  guint8  literal;   /* bytes before the first '*' or the end */
  guint8  star;      /* a '*' follows the literal */
} PhraseEntry;

typedef struct _PhraseIndex
{
  const char **patterns;                  /* by id */
  guint        n_patterns;
  guint        n_words;                   /* of a hit bitset */
  guint        table_first[BOUNCE_N_REASONS];
  guint        table_end[BOUNCE_N_REASONS];
  guint        not_first, not_end;        /* rejected_not */
  guint        format_first, format_end;  /* format_phrases */
  /* Phrases in buckets, as offsets into @ids: by their first four bytes
   * (hashed) when their leading literal is that long, as almost all are;
   * the few shorter ones by their first two bytes (hashed) or, for a
   * one-byte literal before a '*', by that byte. */
  guint16      start[N_BUCKETS + 1];
  PhraseEntry *entries;                   /* in bucket order */
  /* Bit per four-byte bucket that holds a phrase, and per byte that
   * starts a shorter one: most bytes of a text start nothing, and these
   * say so in one lookup of a small table that stays in the cache. */
  guint64      quads[QUAD_BUCKETS / 64];
  guint64      firsts[256 / 64];
} PhraseIndex;

static const PhraseIndex *phrase_index (void);
static const guint64 *phrase_hits (const PhraseIndex *idx,
                                   const char        *lower);
static gboolean range_hit (const guint64 *hits,
                           guint          first,
                           guint          end);

/* The reasons whose tables match @lower, a bit per BounceReason: the
 * classifier asks about several reasons of one text, and looking up its
 * hits once costs less than once per question. */
guint64
_bounce_reasons_in_text (const char *lower)
{
  const PhraseIndex *idx;
  const guint64 *hits;
  guint64 reasons = 0;

  G_STATIC_ASSERT (BOUNCE_N_REASONS <= 64);

  if (lower == NULL || *lower == '\0')
    return 0;

  idx = phrase_index ();
  hits = phrase_hits (idx, lower);

  for (guint r = 0; r < BOUNCE_N_REASONS; r++)
    {
      if (tables[r] != NULL && range_hit (hits, idx->table_first[r], idx->table_end[r]))
        reasons |= G_GUINT64_CONSTANT (1) << r;
    }
  if (range_hit (hits, idx->not_first, idx->not_end))
    reasons &= ~(G_GUINT64_CONSTANT (1) << BOUNCE_REASON_REJECTED);

  return reasons;
}

/* What particular MTAs and services write, with the reason it means for
 * them. Unlike the tables above these are specific enough to decide on
 * their own: a Domino "not listed in Domino Directory" is a dead address
 * whatever command it answered. Reasons that a status code or better words
 * may still refine (userunknown, hostunknown, systemerror, networkerror,
 * securityerror) only count when nothing more specific is found. */
typedef struct
{
  const char   *phrase;
  BounceReason  reason;
} FormatPhrase;

static const FormatPhrase format_phrases[] = {
  /* Directory lookups. */
  { "no such user", BOUNCE_REASON_USERUNKNOWN },
  { "user not exist", BOUNCE_REASON_USERUNKNOWN },
  { "user does not exist", BOUNCE_REASON_USERUNKNOWN },
  { "recipient name is not recognized", BOUNCE_REASON_USERUNKNOWN },
  { "not listed in domino directory", BOUNCE_REASON_USERUNKNOWN },
  { "not listed in public name & address book", BOUNCE_REASON_USERUNKNOWN },
  { "non r\xc3\xa9pertori\xc3\xa9 dans l'annuaire domino", BOUNCE_REASON_USERUNKNOWN },
  { "invalid final delivery userid", BOUNCE_REASON_USERUNKNOWN },
  { "no mailbox here by that name", BOUNCE_REASON_USERUNKNOWN },
  { "does not like recipient.", BOUNCE_REASON_USERUNKNOWN },
  { "542 * rejected", BOUNCE_REASON_USERUNKNOWN },
  { "000c05a6", BOUNCE_REASON_USERUNKNOWN },
  { "(and other recipients in the same domain)", BOUNCE_REASON_USERUNKNOWN },
  { "cannot route mail to user", BOUNCE_REASON_FILTERED },
  { "000c0595", BOUNCE_REASON_FILTERED },
  { "several matches found in domino directory", BOUNCE_REASON_SYSTEMERROR },
  /* Exim, and the services built on it (mail.ru, MXLogic). */
  { "all host address lookups failed permanently", BOUNCE_REASON_HOSTUNKNOWN },
  { "all relevant mx records point to non-existent hosts", BOUNCE_REASON_HOSTUNKNOWN },
  { "an mx or srv record indicated no smtp service", BOUNCE_REASON_NOTACCEPT },
  { "no host found for existing smtp connection", BOUNCE_REASON_NOTACCEPT },
  { "angle-brackets nested too deep", BOUNCE_REASON_SYNTAXERROR },
  { "expected word or \"<\"", BOUNCE_REASON_SYNTAXERROR },
  { "domain missing in source-routed address", BOUNCE_REASON_SYNTAXERROR },
  { "malformed address:", BOUNCE_REASON_SYNTAXERROR },
  { "delivery to file forbidden", BOUNCE_REASON_SYSTEMERROR },
  { "delivery to pipe forbidden", BOUNCE_REASON_SYSTEMERROR },
  { "local delivery failed", BOUNCE_REASON_SYSTEMERROR },
  { "lmtp error after ", BOUNCE_REASON_SYSTEMERROR },
  { "too many \"received\" headers", BOUNCE_REASON_CONTENTERROR },
  { "error: quota exceed", BOUNCE_REASON_MAILBOXFULL },
  { "mailbox is full", BOUNCE_REASON_MAILBOXFULL },
  /* qmail and its LDAP patches. */
  { "disk quota exceeded", BOUNCE_REASON_MAILBOXFULL },
  { "message size exceeds fixed maximum message size:", BOUNCE_REASON_MESGTOOBIG },
  { "sorry, i couldn't find any host ", BOUNCE_REASON_HOSTUNKNOWN },
  { "requested action not taken: mailbox unavailable (not enough free space)", BOUNCE_REASON_SYSTEMFULL },
  { "bad interpreter: no such file or directory", BOUNCE_REASON_SYSTEMERROR },
  { "sorry, i wasn't able to establish an smtp connection", BOUNCE_REASON_NETWORKERROR },
  { "although i'm listed as a best-preference mx or a for that host", BOUNCE_REASON_NETWORKERROR },
  { "mailaddress is administratively disabled", BOUNCE_REASON_SUSPEND },
  { "mailaddress is administrativley disabled", BOUNCE_REASON_SUSPEND },
  { "the message exeeded the maximum size the user accepts", BOUNCE_REASON_EXCEEDLIMIT },
  { "automatic homedir creator crashed", BOUNCE_REASON_SYSTEMERROR },
  { "illegal value in ldap attribute", BOUNCE_REASON_SYSTEMERROR },
  { "ldap attribute is not given but mandatory", BOUNCE_REASON_SYSTEMERROR },
  { "timeout while performing search on ldap server", BOUNCE_REASON_SYSTEMERROR },
  { "too many results returned but needs to be unique", BOUNCE_REASON_SYSTEMERROR },
  { "error while executing qmail-forward", BOUNCE_REASON_SYSTEMERROR },
  { "error in automatic homedir creation", BOUNCE_REASON_SYSTEMERROR },
  { "temporary failure in ldap lookup", BOUNCE_REASON_SYSTEMERROR },
  { "unable to contact ldap server", BOUNCE_REASON_SYSTEMERROR },
  { "unable to login into ldap server", BOUNCE_REASON_SYSTEMERROR },
  /* OpenSMTPD. */
  { "destination seem to reject all mails", BOUNCE_REASON_NOTACCEPT },
  { "address family mismatch on destination mxs", BOUNCE_REASON_NETWORKERROR },
  { "all routes to destination blocked", BOUNCE_REASON_NETWORKERROR },
  { "bad dns lookup error code", BOUNCE_REASON_NETWORKERROR },
  { "could not retrieve source address", BOUNCE_REASON_NETWORKERROR },
  { "network error on destination mxs", BOUNCE_REASON_NETWORKERROR },
  { "no valid route to remote mx", BOUNCE_REASON_NETWORKERROR },
  { "no valid route to destination", BOUNCE_REASON_NETWORKERROR },
  { "temporary failure in mx lookup", BOUNCE_REASON_NETWORKERROR },
  { "could not retrieve credentials", BOUNCE_REASON_SECURITYERROR },
  /* Courier. */
  { "this domain's dns violates rfc 1035.", BOUNCE_REASON_SYSTEMERROR },
  { "dns lookup failed.", BOUNCE_REASON_NETWORKERROR },
  /* Amavis. */
  { " - message size exceeds recipient", BOUNCE_REASON_EXCEEDLIMIT },
  { " - bad header:", BOUNCE_REASON_CONTENTERROR },
  { " - temporary mta failure on relaying", BOUNCE_REASON_SYSTEMERROR },
  { " - rejected by next-hop mta on relaying", BOUNCE_REASON_SYSTEMERROR },
  { " - unable to relay message back to mta", BOUNCE_REASON_SYSTEMERROR },
  /* IMail, 1&1, GMX, KDDI, au, Zoho, Amazon SES. */
  { "user mailbox exceeds allowed size", BOUNCE_REASON_MAILBOXFULL },
  { "requested action not taken: virus detected", BOUNCE_REASON_VIRUSDETECTED },
  { "mail size limit exceeded", BOUNCE_REASON_MESGTOOBIG },
  { "as their mailbox is full", BOUNCE_REASON_MAILBOXFULL },
  { "due to the following smtp relay error", BOUNCE_REASON_NORELAYING },
  { "as the remote domain doesnt exist", BOUNCE_REASON_HOSTUNKNOWN },
  { "the user(s) account is temporarily over quota", BOUNCE_REASON_MAILBOXFULL },
  { "the user(s) account is disabled.", BOUNCE_REASON_SUSPEND },
  { "the user(s) account is temporarily limited.", BOUNCE_REASON_SUSPEND },
  { "message has exceeded maximum hop count", BOUNCE_REASON_NETWORKERROR },
  { "please turn on smtp authentication in your mail client", BOUNCE_REASON_SECURITYERROR },
  { "illegal host/domain name found", BOUNCE_REASON_HOSTUNKNOWN },
  { "00120270", BOUNCE_REASON_NETWORKERROR },
  { "000b0981", BOUNCE_REASON_SECURITYERROR },
  /* Give-ups come last: "mailbox is full: retry timeout exceeded" is about
   * the mailbox. */
  { "retry timeout exceeded", BOUNCE_REASON_EXPIRED },
  { "no action is required on your part", BOUNCE_REASON_EXPIRED },
  { "all hosts have been failing for a long time", BOUNCE_REASON_EXPIRED },
  { "envelope expired", BOUNCE_REASON_EXPIRED },
  { "delivery retry timeout exceeded", BOUNCE_REASON_EXPIRED },
  { "your message was not delivered within ", BOUNCE_REASON_EXPIRED },
  { "host not reachable", BOUNCE_REASON_EXPIRED },
  { "delivery expired", BOUNCE_REASON_EXPIRED },
};

BounceReason
_bounce_format_reason (const char *lower)
{
  const PhraseIndex *idx;
  const guint64 *hits;

  if (lower == NULL || *lower == '\0')
    return BOUNCE_REASON_UNDEFINED;

  idx = phrase_index ();
  hits = phrase_hits (idx, lower);

  /* The first phrase in table order wins, as the order says: the lowest
   * bit set in the range, found a word at a time. */
  for (guint id = idx->format_first; id < idx->format_end; )
    {
      guint64 word = hits[id / 64] >> (id % 64);
      guint in_word = MIN (64 - id % 64, idx->format_end - id);

      if (in_word < 64)
        word &= (G_GUINT64_CONSTANT (1) << in_word) - 1;
      if (word != 0)
        return format_phrases[id - idx->format_first + (guint) g_bit_nth_lsf (word, -1)].reason;
      id += in_word;
    }

  return BOUNCE_REASON_UNDEFINED;
}

/* The one-pass matcher ------------------------------------------------------ */

static inline guint32
quad_of (const guchar *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static inline guint
quad_bucket (const guchar *p)
{
  return (quad_of (p) * 2654435761u) >> (32 - 13);
}

static inline guint64
head_of (const guchar *p)
{
  return (guint64) quad_of (p) | (guint64) quad_of (p + 4) << 32;
}

/* The bits of a packed head that hold the first @literal bytes. */
static inline guint64
head_mask (guint literal)
{
  return literal >= 8 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << (8 * literal)) - 1;
}

static inline guint
pair_bucket (guchar a,
             guchar b)
{
  return QUAD_BUCKETS + ((((guint) a << 4) ^ b) & (PAIR_BUCKETS - 1));
}

static inline void
set_bit (guint64 *bits,
         guint    n)
{
  bits[n / 64] |= G_GUINT64_CONSTANT (1) << (n % 64);
}

static inline gboolean
has_bit (const guint64 *bits,
         guint          n)
{
  return (bits[n / 64] & (G_GUINT64_CONSTANT (1) << (n % 64))) != 0;
}

/* The bucket of a phrase, marking where a text may start it. */
static guint
bucket_of (PhraseIndex  *idx,
           const guchar *pat)
{
  gsize literal = 0;

  while (literal < 4 && pat[literal] != '\0' && pat[literal] != '*')
    literal++;

  if (literal == 4)
    {
      guint b = quad_bucket (pat);

      set_bit (idx->quads, b);
      return b;
    }

  set_bit (idx->firsts, pat[0]);
  if (literal >= 2)
    return pair_bucket (pat[0], pat[1]);

  return QUAD_BUCKETS + PAIR_BUCKETS + pat[0];
}

static void
index_add (GPtrArray  *all,
           const char *pattern)
{
  /* A pattern starts with a literal; see _bounce_phrase_match (). */
  g_assert (pattern[0] != '\0' && pattern[0] != '*');
  g_assert (all->len < G_MAXUINT16);
  g_ptr_array_add (all, (gpointer) pattern);
}

static void
index_add_table (GPtrArray          *all,
                 const char * const *table,
                 guint              *first,
                 guint              *end)
{
  *first = all->len;
  for (const char * const *p = table; *p != NULL; p++)
    index_add (all, *p);
  *end = all->len;
}

static const PhraseIndex *
phrase_index (void)
{
  static PhraseIndex *phrase_idx;

  if (g_once_init_enter (&phrase_idx))
    {
      PhraseIndex *idx = g_new0 (PhraseIndex, 1);
      GPtrArray *all = g_ptr_array_new ();
      guint16 *fill;
      guint *buckets;

      for (guint r = 0; r < BOUNCE_N_REASONS; r++)
        {
          if (tables[r] != NULL)
            index_add_table (all, tables[r], &idx->table_first[r], &idx->table_end[r]);
        }
      index_add_table (all, rejected_not, &idx->not_first, &idx->not_end);
      idx->format_first = all->len;
      for (guint i = 0; i < G_N_ELEMENTS (format_phrases); i++)
        index_add (all, format_phrases[i].phrase);
      idx->format_end = all->len;

      idx->n_patterns = all->len;
      idx->n_words = (idx->n_patterns + 63) / 64;
      idx->patterns = (const char **) g_ptr_array_free (all, FALSE);
      idx->entries = g_new0 (PhraseEntry, idx->n_patterns);

      /* Counting sort of the ids into their buckets. */
      buckets = g_new (guint, idx->n_patterns);
      for (guint id = 0; id < idx->n_patterns; id++)
        {
          buckets[id] = bucket_of (idx, (const guchar *) idx->patterns[id]);
          idx->start[buckets[id] + 1]++;
        }
      for (guint b = 0; b < N_BUCKETS; b++)
        idx->start[b + 1] += idx->start[b];

      fill = g_new (guint16, N_BUCKETS);
      memcpy (fill, idx->start, N_BUCKETS * sizeof *fill);
      for (guint id = 0; id < idx->n_patterns; id++)
        {
          const char *pattern = idx->patterns[id];
          PhraseEntry *entry = &idx->entries[fill[buckets[id]]++];
          gsize literal = strcspn (pattern, "*");
          guchar head[8] = { 0 };

          g_assert (literal <= G_MAXUINT8);
          memcpy (head, pattern, MIN (literal, 8));
          entry->head = head_of (head) & head_mask (literal);
          entry->id = id;
          entry->literal = literal;
          entry->star = pattern[literal] == '*';
        }
      g_free (fill);
      g_free (buckets);

      g_once_init_leave (&phrase_idx, idx);
    }

  return phrase_idx;
}

/* The hits of the last text this thread asked about: the classifier asks
 * about one diagnostic many times in a row. Keyed on the content, not the
 * address, since a freed text's address may come back with other words. */
typedef struct
{
  char    *text;
  gsize    len;
  gsize    alloc;
  guint64 *hits;
} HitCache;

static void
hit_cache_free (gpointer data)
{
  HitCache *cache = data;

  g_free (cache->text);
  g_free (cache->hits);
  g_free (cache);
}

static GPrivate hit_cache_key = G_PRIVATE_INIT (hit_cache_free);

/* Tries the phrases of entries @from to @to at @at, where the text has
 * @rest bytes left and @head packs its next eight (NUL past the end). */
static inline void
try_candidates (const PhraseIndex *idx,
                guint64           *hits,
                const char        *at,
                gsize              rest,
                guint64            head,
                guint              from,
                guint              to)
{
  for (guint k = from; k < to; k++)
    {
      const PhraseEntry *entry = &idx->entries[k];
      guint id = entry->id;
      guint64 bit = G_GUINT64_CONSTANT (1) << (id % 64);
      const char *pattern;

      if ((head & head_mask (entry->literal)) != entry->head || (hits[id / 64] & bit) != 0 ||
          entry->literal > rest)
        continue;

      pattern = idx->patterns[id];
      if (entry->literal > 8 && memcmp (at + 8, pattern + 8, entry->literal - 8) != 0)
        continue;
      if (entry->star && !match_at (at + entry->literal, pattern + entry->literal))
        continue;

      hits[id / 64] |= bit;
    }
}

static const guint64 *
phrase_hits (const PhraseIndex *idx,
             const char        *lower)
{
  HitCache *cache = g_private_get (&hit_cache_key);
  gsize len = strlen (lower);
  const guchar *s;

  if (cache == NULL)
    {
      cache = g_new0 (HitCache, 1);
      cache->hits = g_new0 (guint64, idx->n_words);
      g_private_set (&hit_cache_key, cache);
    }
  else if (cache->text != NULL && cache->len == len && memcmp (cache->text, lower, len) == 0)
    return cache->hits;

  /* The copy has seven more NULs after the text's own, so that eight bytes
   * can be read at every position of the text. */
  if (cache->alloc < len + 8)
    {
      g_free (cache->text);
      cache->alloc = MAX (len + 8, 256);
      cache->text = g_malloc (cache->alloc);
    }
  memcpy (cache->text, lower, len);
  memset (cache->text + len, 0, 8);
  cache->len = len;
  memset (cache->hits, 0, idx->n_words * sizeof (guint64));
  s = (const guchar *) cache->text;

  /* Every phrase that occurs starts at some byte of the text; try there
   * the phrases of the buckets that byte may start. */
  for (gsize i = 0; i < len; i++)
    {
      guint b = quad_bucket (s + i);
      const char *at = cache->text + i;

      if (has_bit (idx->quads, b))
        try_candidates (idx, cache->hits, at, len - i, head_of (s + i),
                        idx->start[b], idx->start[b + 1]);

      if (has_bit (idx->firsts, s[i]))
        {
          guint64 head = head_of (s + i);

          b = pair_bucket (s[i], s[i + 1]);
          try_candidates (idx, cache->hits, at, len - i, head, idx->start[b], idx->start[b + 1]);
          b = QUAD_BUCKETS + PAIR_BUCKETS + s[i];
          try_candidates (idx, cache->hits, at, len - i, head, idx->start[b], idx->start[b + 1]);
        }
    }

  return cache->hits;
}

static gboolean
range_hit (const guint64 *hits,
           guint          first,
           guint          end)
{
  for (guint id = first; id < end; )
    {
      guint64 word = hits[id / 64] >> (id % 64);
      guint in_word = MIN (64 - id % 64, end - id);

      if (in_word < 64)
        word &= (G_GUINT64_CONSTANT (1) << in_word) - 1;
      if (word != 0)
        return TRUE;
      id += in_word;
    }

  return FALSE;
}
