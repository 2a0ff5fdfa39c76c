/* bounce-classifier-provider.c
 *
 * Recognises the provider behind a bounce from the host names it mentions,
 * and knows what some providers mean by their own codes and texts. Where a
 * provider uses a registered code differently (Gmail's 5.7.27 is "SPF did
 * not pass", Microsoft's 5.1.10 is "recipient not found"), its meaning wins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bounce-classifier.h"
#include "bounce-classifier-private.h"

#define NEEDLES(...) ((const char * const []) { __VA_ARGS__, NULL })

/* Provider detection ------------------------------------------------------- */

typedef struct
{
  const char         *name;
  const char * const *hosts;   /* host name fragments, lower case */
} ProviderHosts;

/* Host fragments. "microsoft" is Microsoft's hosted mail (Outlook.com,
 * Microsoft 365): on-premises Exchange servers print the same
 * RESOLVER.ADR.* and RESOLVER.RST.* codes, so those name no provider.
 * A fragment starting with '.' is a domain: it matches
 * only where the text has no letter, digit or '-' right before it, so that
 * ".rr.com" finds "mx.rr.com" and "bob@rr.com" but not "carr.com". A host
 * name says more than a recipient domain: a server called
 * gmail-smtp-in.l.google.com is Google's. */
static const ProviderHosts provider_hosts[] = {
  { "google", NEEDLES (".google.com", ".googlemail.com", "gsmtp", ".aspmx.", ".googlegroups.com",
                       "gmail-smtp", ".gmail.com", "gmail requires", "gmail has detected",
                       "gmail may ", "to gmail") },
  { "microsoft", NEEDLES (".outlook.com", ".hotmail.com", ".hotmail.", ".live.com",
                          ".exchangelabs.com", ".msn.com", ".office365.com", ".eop-",
                          "sender.office.com") },
  { "yahoo", NEEDLES (".yahoodns.net", ".yahoo.com", ".yahoo.co.", ".yahoo.net", ".yahooinc.com",
                      ".aol.com", ".ymail.com", "[tss0", "[tss1") },
  { "apple", NEEDLES (".icloud.com", ".me.com", ".mac.com", ".mail.apple.com") },
  { "amazonses", NEEDLES (".amazonses.com", ".amazonaws.com") },
  { "sendgrid", NEEDLES (".sendgrid.net", ".sendgrid.com") },
  { "zoho", NEEDLES (".zoho.com", ".zohomail.com", ".zoho.eu", ".zoho.in") },
  { "yandex", NEEDLES (".yandex.ru", ".yandex.net", ".yandex.com") },
  { "mailru", NEEDLES (".mail.ru") },
  { "gmx", NEEDLES (".gmx.net", ".gmx.de", ".gmx.com", ".web.de", ".1and1.", ".1und1.",
                    ".ionos.", ".kundenserver.de", ".schlund.de", ".perfora.net") },
  { "mimecast", NEEDLES ("mimecast") },
  { "proofpoint", NEEDLES (".pphosted.com", "proofpoint", ".ppe-hosted.com") },
  { "cox", NEEDLES (".cox.net") },
  { "godaddy", NEEDLES (".secureserver.net") },
  { "comcast", NEEDLES (".comcast.net") },
  { "orange", NEEDLES (".orange.fr", ".wanadoo.fr", ".laposte.net") },
  { "messagelabs", NEEDLES (".messagelabs.com", "symantec.cloud") },
  { "barracuda", NEEDLES (".barracudanetworks.com", ".ess.barracuda") },
  { "facebook", NEEDLES (".facebook.com", ".fb.com") },
  { "tencent", NEEDLES (".qq.com") },
  { "spectrum", NEEDLES (".charter.net", ".spectrum.net", ".rr.com") },
  { "iua", NEEDLES (".email.ua", ".i.ua/") },
  { "kddi", NEEDLES (".ezweb.ne.jp", ".au.com") },
  { "docomo", NEEDLES (".docomo.ne.jp") },
};

/* Proper names, not translated. */
static const struct
{
  const char *id;
  const char *display;
} provider_names[] = {
  { "google", "Google" }, { "microsoft", "Microsoft" }, { "yahoo", "Yahoo" },
  { "apple", "Apple iCloud" }, { "amazonses", "Amazon SES" }, { "sendgrid", "SendGrid" },
  { "zoho", "Zoho" }, { "yandex", "Yandex" }, { "mailru", "Mail.ru" }, { "gmx", "GMX / 1&1" },
  { "mimecast", "Mimecast" }, { "proofpoint", "Proofpoint" }, { "cox", "Cox" },
  { "godaddy", "GoDaddy" }, { "comcast", "Comcast" }, { "orange", "Orange" },
  { "messagelabs", "MessageLabs" }, { "barracuda", "Barracuda" }, { "facebook", "Facebook" },
  { "tencent", "Tencent QQ" }, { "spectrum", "Spectrum" }, { "iua", "I.UA" },
  { "kddi", "KDDI au" }, { "docomo", "NTT docomo" },
};

/**
 * bounce_provider_display_name:
 * @provider: (nullable): a provider id from bounce_classify_provider()
 *
 * Returns: (nullable): the provider's name as people write it ("Google" for
 *   "google"), or @provider itself when it has none
 */
const char *
bounce_provider_display_name (const char *provider)
{
  if (provider == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (provider_names); i++)
    {
      if (g_ascii_strcasecmp (provider_names[i].id, provider) == 0)
        return provider_names[i].display;
    }

  return provider;
}

/* All host fragments of all providers, found in one pass over the text
 * (searching it once per fragment cost more than the rest of the provider
 * rules), indexed by the first two bytes of what must occur: the fragment,
 * or for a domain the fragment without its leading '.'. */
#define HOST_BUCKETS 1024

typedef struct
{
  const char *literal;
  guint8      len;
  guint8      provider;   /* index in provider_hosts */
  guint8      domain;     /* no letter, digit or '-' may come right before it */
} HostNeedle;

/* Most bytes of a text start no fragment, and the bitmap of byte pairs says
 * so in one look, without lower-casing them first (8 KiB, touched only where
 * a text's pairs fall). */
typedef struct
{
  HostNeedle *needles;    /* sorted by bucket */
  guint64     pairs[65536 / 64];  /* bit per two bytes, in any case, starting a fragment */
  guint8      start[HOST_BUCKETS + 1];
} HostIndex;

G_STATIC_ASSERT (G_N_ELEMENTS (provider_hosts) <= G_MAXUINT8);

static inline guint
host_bucket (guchar a,
             guchar b)
{
  return (((guint) a << 3) ^ b) & (HOST_BUCKETS - 1);
}

static const HostIndex *
host_index (void)
{
  static HostIndex *host_idx;

  if (g_once_init_enter (&host_idx))
    {
      HostIndex *idx = g_new0 (HostIndex, 1);
      g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (HostNeedle));
      guint8 fill[HOST_BUCKETS];

      for (guint i = 0; i < G_N_ELEMENTS (provider_hosts); i++)
        {
          for (const char * const *n = provider_hosts[i].hosts; *n != NULL; n++)
            {
              HostNeedle needle;

              needle.domain = (*n)[0] == '.';
              needle.literal = needle.domain ? *n + 1 : *n;
              g_assert (strlen (needle.literal) <= G_MAXUINT8);
              needle.len = strlen (needle.literal);
              needle.provider = i;
              /* Two bytes at least, so that the index can hold it. */
              g_assert (needle.len >= 2);
              g_array_append_val (all, needle);
              idx->start[host_bucket (needle.literal[0], needle.literal[1]) + 1]++;
            }
        }
      g_assert (all->len <= G_MAXUINT8);

      for (guint b = 0; b < HOST_BUCKETS; b++)
        idx->start[b + 1] += idx->start[b];
      memcpy (fill, idx->start, sizeof fill);

      idx->needles = g_new (HostNeedle, all->len);
      for (guint k = 0; k < all->len; k++)
        {
          const HostNeedle *needle = &g_array_index (all, HostNeedle, k);
          guint b = host_bucket (needle->literal[0], needle->literal[1]);

          idx->needles[fill[b]++] = *needle;
          for (guint c = 0; c < 4; c++)
            {
              guchar x = (c & 1) ? g_ascii_toupper (needle->literal[0]) : needle->literal[0];
              guchar y = (c & 2) ? g_ascii_toupper (needle->literal[1]) : needle->literal[1];
              guint pair = (guint) x << 8 | y;

              idx->pairs[pair / 64] |= G_GUINT64_CONSTANT (1) << (pair % 64);
            }
        }

      g_once_init_leave (&host_idx, idx);
    }

  return host_idx;
}

/* Inline: g_ascii_tolower () is a function call per byte. */
static inline guchar
ascii_lower (guchar c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The first provider, in the order of provider_hosts, with a fragment
 * anywhere in @text, in any case (a domain fragment only after a boundary,
 * see above). Comparing case-insensitively in place spares a lower-cased
 * copy of every text asked about. */
static const char *
provider_in (const char *text)
{
  const HostIndex *idx;
  const guchar *s = (const guchar *) text;
  guint best = G_N_ELEMENTS (provider_hosts);

  if (text == NULL || *text == '\0')
    return NULL;

  idx = host_index ();

  /* s[i + 1] is at worst the terminating NUL. */
  for (gsize i = 0; s[i] != '\0' && best > 0; i++)
    {
      guint pair = (guint) s[i] << 8 | s[i + 1];
      guint b;

      if ((idx->pairs[pair / 64] & (G_GUINT64_CONSTANT (1) << (pair % 64))) == 0)
        continue;
      b = host_bucket (ascii_lower (s[i]), ascii_lower (s[i + 1]));
      for (guint k = idx->start[b]; k < idx->start[b + 1]; k++)
        {
          const HostNeedle *needle = &idx->needles[k];
          gsize j = 0;

          if (needle->provider >= best)
            continue;
          /* The text's NUL never equals a fragment's byte. */
          while (j < needle->len && ascii_lower (s[i + j]) == (guchar) needle->literal[j])
            j++;
          if (j < needle->len)
            continue;
          if (needle->domain && i > 0 && (g_ascii_isalnum (s[i - 1]) || s[i - 1] == '-'))
            continue;
          best = needle->provider;
        }
    }

  return best < G_N_ELEMENTS (provider_hosts) ? provider_hosts[best].name : NULL;
}

/* Provider names for the domain part of an address, used only when nothing
 * else tells: the big consumer domains are hosted by their owner. */
static const char *
provider_of_address (const char *address)
{
  static const struct { const char *domain; const char *name; } domains[] = {
    { "gmail.com", "google" }, { "googlemail.com", "google" },
    { "outlook.com", "microsoft" }, { "hotmail.com", "microsoft" }, { "live.com", "microsoft" },
    { "msn.com", "microsoft" }, { "hotmail.co.uk", "microsoft" }, { "hotmail.fr", "microsoft" },
    { "yahoo.com", "yahoo" }, { "aol.com", "yahoo" },
    { "ymail.com", "yahoo" }, { "rocketmail.com", "yahoo" },
    { "icloud.com", "apple" }, { "me.com", "apple" }, { "mac.com", "apple" },
    { "zoho.com", "zoho" }, { "yandex.ru", "yandex" }, { "yandex.com", "yandex" },
    { "mail.ru", "mailru" }, { "gmx.de", "gmx" }, { "gmx.net", "gmx" }, { "web.de", "gmx" },
    { "cox.net", "cox" }, { "comcast.net", "comcast" }, { "orange.fr", "orange" },
    { "wanadoo.fr", "orange" },
  };
  const char *at;

  if (address == NULL || (at = strrchr (address, '@')) == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    {
      /* The first byte rules out most domains without a call. */
      if (ascii_lower (at[1]) == (guchar) domains[i].domain[0] &&
          g_ascii_strcasecmp (at + 1, domains[i].domain) == 0)
        return domains[i].name;
    }

  return NULL;
}

const char *
bounce_classify_provider (const char *remote_mta,
                          const char *reporting_mta,
                          const char *diagnostic,
                          const char *recipient,
                          const char *from)
{
  const char *found;

  /* The host that refused the message says most, then the text it sent
   * (Gmail signs every reply with "gsmtp"), then the host that reported it
   * (a Gmail sender's bounce is reported by Google, but that tells about the
   * sender's side; it is still the best guess when the rest is silent). */
  if ((found = provider_in (remote_mta)) != NULL)
    return found;

  if ((found = provider_in (diagnostic)) != NULL)
    return found;

  if ((found = provider_of_address (recipient)) != NULL)
    return found;

  if ((found = provider_in (reporting_mta)) != NULL)
    return found;

  (void)from;

  return NULL;
}

/* Provider rules ----------------------------------------------------------- */

typedef struct
{
  const char   *provider;
  const char   *status;     /* exact code, "5.7." with a detail range, or NULL for any */
  guint         detail_min;
  guint         detail_max;
  const char   *needle;     /* phrase in the lower-cased text, or NULL for any */
  BounceReason  reason;
} ProviderRule;

/* Sources: the providers' postmaster pages (Gmail "SMTP errors and codes",
 * Microsoft "Non-delivery reports in Exchange Online", Yahoo's error codes
 * page) and Sisimai's remote-host tables. */
static const ProviderRule provider_rules[] = {
  /* Google: every reply ends in "gsmtp". */
  { "google", NULL, 0, 0, "not rfc 5322 compliant", BOUNCE_REASON_NOTCOMPLIANTRFC },
  { "google", NULL, 0, 0, "multiple addresses in from: header", BOUNCE_REASON_NOTCOMPLIANTRFC },
  { "google", NULL, 0, 0, "rfcmessagenoncompliant", BOUNCE_REASON_NOTCOMPLIANTRFC },
  { "google", NULL, 0, 0, "very low reputation", BOUNCE_REASON_BADREPUTATION },
  { "google", NULL, 0, 0, "low reputation of the sending", BOUNCE_REASON_BADREPUTATION },
  { "google", NULL, 0, 0, "does not have a ptr record", BOUNCE_REASON_REQUIREPTR },
  { "google", NULL, 0, 0, "ptr record setup", BOUNCE_REASON_REQUIREPTR },
  { "google", "4.7.23", 0, 0, NULL, BOUNCE_REASON_REQUIREPTR },
  { "google", "5.7.25", 0, 0, NULL, BOUNCE_REASON_REQUIREPTR },
  { "google", NULL, 0, 0, "fails to pass authentication checks", BOUNCE_REASON_AUTHFAILURE },
  { "google", NULL, 0, 0, "does not have authentication information", BOUNCE_REASON_AUTHFAILURE },
  { "google", NULL, 0, 0, "sender is unauthenticated", BOUNCE_REASON_AUTHFAILURE },
  { "google", NULL, 0, 0, "unauthenticated email is not accepted", BOUNCE_REASON_AUTHFAILURE },
  { "google", NULL, 0, 0, "dmarc policy", BOUNCE_REASON_AUTHFAILURE },
  { "google", "5.7.26", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "google", "5.7.27", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "google", "5.7.30", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "google", "4.7.30", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "google", "4.7.27", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "google", "4.7.26", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "google", NULL, 0, 0, "missing a valid address in from: header", BOUNCE_REASON_NOTCOMPLIANTRFC },
  { "google", NULL, 0, 0, "having no from: header", BOUNCE_REASON_NOTCOMPLIANTRFC },
  { "google", NULL, 0, 0, "mail message is malformed", BOUNCE_REASON_CONTENTERROR },
  { "google", NULL, 0, 0, "message exceeded 50 hops", BOUNCE_REASON_NETWORKERROR },
  { "google", NULL, 0, 0, "too many unauthenticated commands", BOUNCE_REASON_SECURITYERROR },
  { "google", NULL, 0, 0, "must issue a starttls command first", BOUNCE_REASON_SECURITYERROR },
  { "google", NULL, 0, 0, "your message has too many recipients", BOUNCE_REASON_TOOMANYCONN },
  { "google", NULL, 0, 0, "daily sending quota exceeded", BOUNCE_REASON_SPEEDING },
  { "google", NULL, 0, 0, "relay limit exceeded", BOUNCE_REASON_SPEEDING },
  { "google", NULL, 0, 0, "temporary system problem", BOUNCE_REASON_SYSTEMERROR },
  { "google", NULL, 0, 0, "mail server temporarily rejected message", BOUNCE_REASON_SYSTEMERROR },
  { "google", "4.7.32", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "google", "5.7.32", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "google", "4.7.40", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "google", "5.7.40", 0, 0, "dmarc", BOUNCE_REASON_AUTHFAILURE },
  { "google", "4.7.29", 0, 0, NULL, BOUNCE_REASON_SECURITYERROR },
  { "google", "5.7.29", 0, 0, NULL, BOUNCE_REASON_SECURITYERROR },
  { "google", "4.7.28", 0, 0, NULL, BOUNCE_REASON_SPEEDING },
  { "google", "5.7.28", 0, 0, NULL, BOUNCE_REASON_SPEEDING },
  { "google", NULL, 0, 0, "receiving mail at a rate", BOUNCE_REASON_SPEEDING },
  { "google", NULL, 0, 0, "receiving mail too quickly", BOUNCE_REASON_SPEEDING },
  { "google", NULL, 0, 0, "unusual rate of unsolicited mail", BOUNCE_REASON_BLOCKED },
  { "google", NULL, 0, 0, "not authorized to send email directly to our servers", BOUNCE_REASON_BLOCKED },
  { "google", NULL, 0, 0, "ip not in whitelist", BOUNCE_REASON_BLOCKED },
  { "google", NULL, 0, 0, "likely unsolicited mail", BOUNCE_REASON_SPAMDETECTED },
  { "google", NULL, 0, 0, "has a policy that prohibited", BOUNCE_REASON_POLICYVIOLATION },
  { "google", NULL, 0, 0, "illegal attachment", BOUNCE_REASON_POLICYVIOLATION },
  { "google", NULL, 0, 0, "content presents a potential security issue", BOUNCE_REASON_POLICYVIOLATION },
  { "google", NULL, 0, 0, "tls required for rcpt domain", BOUNCE_REASON_SECURITYERROR },
  { "google", NULL, 0, 0, "over quota", BOUNCE_REASON_MAILBOXFULL },
  { "google", NULL, 0, 0, "out of storage", BOUNCE_REASON_MAILBOXFULL },
  { "google", NULL, 0, 0, "account that you tried to reach is disabled", BOUNCE_REASON_SUSPEND },
  { "google", NULL, 0, 0, "account that you tried to reach is inactive", BOUNCE_REASON_SUSPEND },
  { "google", NULL, 0, 0, "account that you tried to reach does not exist", BOUNCE_REASON_USERUNKNOWN },
  { "google", NULL, 0, 0, "check for typos or unnecessary spaces", BOUNCE_REASON_USERUNKNOWN },
  { "google", NULL, 0, 0, "address not found", BOUNCE_REASON_USERUNKNOWN },
  { "google", NULL, 0, 0, "domain name not found", BOUNCE_REASON_NETWORKERROR },
  { "google", NULL, 0, 0, "null mx", BOUNCE_REASON_NOTACCEPT },

  /* Microsoft 365 and Outlook.com. 5.1.351: the next hop said the
   * recipient is unknown. */
  { "microsoft", "5.1.351", 0, 0, "unknown", BOUNCE_REASON_USERUNKNOWN },
  { "microsoft", "5.1.10", 0, 0, NULL, BOUNCE_REASON_USERUNKNOWN },
  { "microsoft", "5.4.1", 0, 0, "recipient address rejected: access denied", BOUNCE_REASON_USERUNKNOWN },
  { "microsoft", "5.4.1", 0, 0, "relay access denied", BOUNCE_REASON_NORELAYING },
  { "microsoft", "5.5.0", 0, 0, "mailbox unavailable", BOUNCE_REASON_USERUNKNOWN },
  { "microsoft", "5.7.", 606, 649, NULL, BOUNCE_REASON_BLOCKED },
  { "microsoft", "5.7.511", 0, 0, NULL, BOUNCE_REASON_BLOCKED },
  { "microsoft", "5.7.513", 0, 0, NULL, BOUNCE_REASON_BLOCKED },
  { "microsoft", "5.7.506", 0, 0, NULL, BOUNCE_REASON_BLOCKED },
  { "microsoft", "5.7.510", 0, 0, NULL, BOUNCE_REASON_BLOCKED },
  { "microsoft", "4.7.650", 0, 0, NULL, BOUNCE_REASON_BADREPUTATION },
  { "microsoft", "4.7.", 500, 699, NULL, BOUNCE_REASON_BLOCKED },
  { "microsoft", "4.7.", 850, 899, NULL, BOUNCE_REASON_BLOCKED },
  /* 5.7.700-749 concern the sending tenant. "Traffic not accepted from
   * this IP" (5.7.708) and a tenant block list (5.7.703) say the sender is
   * blocked; "tenant has exceeded threshold" (5.7.705) is about volume. */
  { "microsoft", "5.7.", 700, 749, "traffic not accepted from this ip", BOUNCE_REASON_BLOCKED },
  { "microsoft", "5.7.", 700, 749, "sending ip blocked", BOUNCE_REASON_BLOCKED },
  { "microsoft", "5.7.", 700, 749, "banned sending ip", BOUNCE_REASON_BLOCKED },
  { "microsoft", "5.7.", 700, 749, "block list", BOUNCE_REASON_BLOCKED },
  { "microsoft", "5.7.", 700, 749, NULL, BOUNCE_REASON_TOOMANYCONN },
  { "microsoft", "5.7.508", 0, 0, NULL, BOUNCE_REASON_TOOMANYCONN },
  { "microsoft", "5.7.", 501, 503, NULL, BOUNCE_REASON_REJECTED },
  { "microsoft", "5.7.512", 0, 0, NULL, BOUNCE_REASON_NOTCOMPLIANTRFC },
  { "microsoft", "5.7.750", 0, 0, NULL, BOUNCE_REASON_REJECTED },
  { "microsoft", "5.7.800", 0, 0, NULL, BOUNCE_REASON_REJECTED },
  { "microsoft", "5.7.509", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "microsoft", "5.7.515", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "microsoft", "5.7.23", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "microsoft", "4.7.26", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "microsoft", "5.7.26", 0, 0, NULL, BOUNCE_REASON_AUTHFAILURE },
  { "microsoft", "5.7.25", 0, 0, NULL, BOUNCE_REASON_REQUIREPTR },
  { "microsoft", "5.7.504", 0, 0, NULL, BOUNCE_REASON_SUSPEND },
  { "microsoft", "5.7.505", 0, 0, NULL, BOUNCE_REASON_SUSPEND },
  { "microsoft", "5.7.12", 0, 0, NULL, BOUNCE_REASON_REJECTED },
  { "microsoft", "5.7.", 133, 136, NULL, BOUNCE_REASON_REJECTED },
  { "microsoft", "5.7.124", 0, 0, NULL, BOUNCE_REASON_REJECTED },
  { "microsoft", "5.7.57", 0, 0, NULL, BOUNCE_REASON_SECURITYERROR },
  { "microsoft", "5.7.", 321, 325, NULL, BOUNCE_REASON_SECURITYERROR },
  { "microsoft", "5.7.64", 0, 0, NULL, BOUNCE_REASON_NORELAYING },
  { "microsoft", "5.7.1", 0, 0, "unable to relay", BOUNCE_REASON_NORELAYING },
  { "microsoft", "5.7.1", 0, 0, "client was not authenticated", BOUNCE_REASON_SECURITYERROR },
  { "microsoft", "5.7.1", 0, 0, "part of their network is on our block list", BOUNCE_REASON_BLOCKED },
  { "microsoft", "5.7.", 900, 999, NULL, BOUNCE_REASON_POLICYVIOLATION },
  { "microsoft", "5.2.2", 0, 0, "submission quota exceeded", BOUNCE_REASON_TOOMANYCONN },
  { "microsoft", "5.2.", 121, 122, NULL, BOUNCE_REASON_TOOMANYCONN },
  { "microsoft", "5.4.", 300, 300, NULL, BOUNCE_REASON_EXPIRED },
  { "microsoft", "5.4.", 310, 310, NULL, BOUNCE_REASON_HOSTUNKNOWN },
  { "microsoft", "5.4.", 14, 14, NULL, BOUNCE_REASON_NETWORKERROR },
  { "microsoft", "5.6.", 11, 11, NULL, BOUNCE_REASON_CONTENTERROR },
  { "microsoft", "5.4.", 11, 11, NULL, BOUNCE_REASON_CONTENTERROR },
  { "microsoft", "5.3.0", 0, 0, "too many related errors", BOUNCE_REASON_CONTENTERROR },
  { "microsoft", "5.1.6", 0, 0, "single label domains", BOUNCE_REASON_USERUNKNOWN },
  { "microsoft", NULL, 0, 0, "reserved by rfc 2606", BOUNCE_REASON_USERUNKNOWN },
  { "microsoft", "5.1.2", 0, 0, "invalid x.400 address", BOUNCE_REASON_USERUNKNOWN },
  { "microsoft", "5.1.0", 0, 0, "sender denied", BOUNCE_REASON_REJECTED },
  { "microsoft", "5.2.1", 0, 0, "mailbox cannot be accessed", BOUNCE_REASON_SUSPEND },
  { "microsoft", "5.2.1", 0, 0, "content filter agent quarantined", BOUNCE_REASON_SPAMDETECTED },
  { "microsoft", "5.2.", 14, 14, NULL, BOUNCE_REASON_SYSTEMERROR },
  { "microsoft", "5.1.", 90, 90, NULL, BOUNCE_REASON_SPEEDING },
  { "microsoft", "5.5.2", 0, 0, "send hello first", BOUNCE_REASON_SYNTAXERROR },
  { "microsoft", "5.7.3", 0, 0, "not authorized", BOUNCE_REASON_SECURITYERROR },

  /* Yahoo and AOL. */
  { "yahoo", NULL, 0, 0, "[tss04]", BOUNCE_REASON_BADREPUTATION },
  { "yahoo", NULL, 0, 0, "[tss09]", BOUNCE_REASON_BLOCKED },
  { "yahoo", NULL, 0, 0, "[tss11]", BOUNCE_REASON_BLOCKED },
  { "yahoo", NULL, 0, 0, "[ts01]", BOUNCE_REASON_BADREPUTATION },
  { "yahoo", NULL, 0, 0, "[ts02]", BOUNCE_REASON_BADREPUTATION },
  { "yahoo", NULL, 0, 0, "[ts03]", BOUNCE_REASON_BLOCKED },
  { "yahoo", NULL, 0, 0, "will be permanently deferred", BOUNCE_REASON_BLOCKED },
  { "yahoo", NULL, 0, 0, "max message per connection reached", BOUNCE_REASON_TOOMANYCONN },
  { "yahoo", NULL, 0, 0, "your message size exceeds", BOUNCE_REASON_MESGTOOBIG },
  { "yahoo", NULL, 0, 0, "headers are not rfc compliant", BOUNCE_REASON_NOTCOMPLIANTRFC },
  { "yahoo", NULL, 0, 0, "[tss05]", BOUNCE_REASON_SPEEDING },
  { "yahoo", NULL, 0, 0, "[tss07]", BOUNCE_REASON_SPEEDING },
  { "yahoo", NULL, 0, 0, "[tss12]", BOUNCE_REASON_SPEEDING },
  { "yahoo", NULL, 0, 0, "[ph01]", BOUNCE_REASON_POLICYVIOLATION },
  { "yahoo", NULL, 0, 0, "[bl21]", BOUNCE_REASON_BLOCKED },
  { "yahoo", NULL, 0, 0, "[bl23]", BOUNCE_REASON_BLOCKED },
  { "yahoo", NULL, 0, 0, "this mailbox is disabled", BOUNCE_REASON_SUSPEND },
  { "yahoo", NULL, 0, 0, "(554.30)", BOUNCE_REASON_SUSPEND },
  { "yahoo", NULL, 0, 0, "doesn't have a yahoo", BOUNCE_REASON_USERUNKNOWN },
  { "yahoo", NULL, 0, 0, "unresolvable rfc.5321 from domain", BOUNCE_REASON_REJECTED },
  { "yahoo", NULL, 0, 0, "not accepted for policy reasons", BOUNCE_REASON_POLICYVIOLATION },
  { "yahoo", NULL, 0, 0, "dmarc", BOUNCE_REASON_AUTHFAILURE },

  /* Apple iCloud. */
  { "apple", NULL, 0, 0, "[hme1]", BOUNCE_REASON_AUTHFAILURE },
  { "apple", NULL, 0, 0, "[cs01]", BOUNCE_REASON_POLICYVIOLATION },
  { "apple", NULL, 0, 0, "failing both spf and dkim", BOUNCE_REASON_AUTHFAILURE },
  { "apple", NULL, 0, 0, "deferred due to excessive volume", BOUNCE_REASON_SPEEDING },
  { "apple", NULL, 0, 0, "inactive email address", BOUNCE_REASON_SUSPEND },
  { "apple", NULL, 0, 0, "esmtp not accepting connections", BOUNCE_REASON_BLOCKED },
  { "apple", NULL, 0, 0, "user does not exist", BOUNCE_REASON_USERUNKNOWN },

  /* Mimecast. */
  { "mimecast", NULL, 0, 0, "local ct ip reputation", BOUNCE_REASON_BADREPUTATION },
  { "mimecast", NULL, 0, 0, "spf sender invalid", BOUNCE_REASON_AUTHFAILURE },
  { "mimecast", NULL, 0, 0, "dkim sender invalid", BOUNCE_REASON_AUTHFAILURE },
  { "mimecast", NULL, 0, 0, "dmarc sender invalid", BOUNCE_REASON_AUTHFAILURE },
  { "mimecast", NULL, 0, 0, "sender address blocked", BOUNCE_REASON_BLOCKED },
  { "mimecast", NULL, 0, 0, "ip temporarily blacklisted", BOUNCE_REASON_BLOCKED },
  { "mimecast", NULL, 0, 0, "internal resources are temporarily unavailable", BOUNCE_REASON_BLOCKED },
  { "mimecast", NULL, 0, 0, "recipient temporarily unavailable", BOUNCE_REASON_BLOCKED },
  { "mimecast", NULL, 0, 0, "maximum email size exceeded", BOUNCE_REASON_MESGTOOBIG },
  { "mimecast", NULL, 0, 0, "mail loop detected", BOUNCE_REASON_NETWORKERROR },
  { "mimecast", NULL, 0, 0, "open relay not allowed", BOUNCE_REASON_NORELAYING },
  { "mimecast", NULL, 0, 0, "account inbounds disabled", BOUNCE_REASON_NOTACCEPT },
  { "mimecast", NULL, 0, 0, "anti-spoofing policy", BOUNCE_REASON_POLICYVIOLATION },
  { "mimecast", NULL, 0, 0, "content examination policy", BOUNCE_REASON_POLICYVIOLATION },
  { "mimecast", NULL, 0, 0, "host network not allowed", BOUNCE_REASON_POLICYVIOLATION },
  { "mimecast", NULL, 0, 0, "envelope blocked", BOUNCE_REASON_REJECTED },
  { "mimecast", NULL, 0, 0, "blocked senders", BOUNCE_REASON_REJECTED },
  { "mimecast", NULL, 0, 0, "block policy for envelope from", BOUNCE_REASON_REJECTED },
  { "mimecast", NULL, 0, 0, "this route requires", BOUNCE_REASON_SECURITYERROR },
  { "mimecast", NULL, 0, 0, "incorrect authentication data", BOUNCE_REASON_SECURITYERROR },
  { "mimecast", NULL, 0, 0, "spamsignature", BOUNCE_REASON_VIRUSDETECTED },
  { "mimecast", NULL, 0, 0, "virus signature", BOUNCE_REASON_VIRUSDETECTED },
  { "mimecast", NULL, 0, 0, "message contains spam", BOUNCE_REASON_SPAMDETECTED },
  { "mimecast", NULL, 0, 0, "invalid recipient", BOUNCE_REASON_USERUNKNOWN },
  { "mimecast", NULL, 0, 0, "recipient address rejected", BOUNCE_REASON_USERUNKNOWN },

  /* Proofpoint: "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup". */
  { "proofpoint", NULL, 0, 0, "dnsbl-lookup", BOUNCE_REASON_BLOCKED },
  { "proofpoint", NULL, 0, 0, "blocked - see", BOUNCE_REASON_BLOCKED },

  /* GoDaddy (secureserver.net). */
  { "godaddy", NULL, 0, 0, "www.spamhaus.org/query/bl?ip=", BOUNCE_REASON_BLOCKED },
  { "godaddy", NULL, 0, 0, "554 rbl reject.", BOUNCE_REASON_BLOCKED },
  { "godaddy", NULL, 0, 0, "account disabled", BOUNCE_REASON_SUSPEND },
  { "godaddy", NULL, 0, 0, "account storage limit", BOUNCE_REASON_MAILBOXFULL },
  { "godaddy", NULL, 0, 0, "account does not exist", BOUNCE_REASON_USERUNKNOWN },
  { "godaddy", NULL, 0, 0, "550 recipient not found.", BOUNCE_REASON_USERUNKNOWN },

  /* Tencent QQ. */
  { "tencent", NULL, 0, 0, "frequency limited", BOUNCE_REASON_TOOMANYCONN },
  { "tencent", NULL, 0, 0, "connection denied", BOUNCE_REASON_TOOMANYCONN },
  { "tencent", NULL, 0, 0, "mailbox unavailable or access denied", BOUNCE_REASON_TOOMANYCONN },
  { "tencent", NULL, 0, 0, "suspected spam ip", BOUNCE_REASON_BLOCKED },
  { "tencent", NULL, 0, 0, "dmarc check failed", BOUNCE_REASON_AUTHFAILURE },
  { "tencent", NULL, 0, 0, "spf check failed", BOUNCE_REASON_AUTHFAILURE },
  { "tencent", NULL, 0, 0, "mail is rejected by recipients", BOUNCE_REASON_FILTERED },
  { "tencent", NULL, 0, 0, "mail content denied", BOUNCE_REASON_SPAMDETECTED },
  { "tencent", NULL, 0, 0, "mailbox not found", BOUNCE_REASON_USERUNKNOWN },

  /* Facebook: "550 5.1.1 RCP-P2 ... Refused due to recipient preferences". */
  { "facebook", NULL, 0, 0, "rcp-p1", BOUNCE_REASON_USERUNKNOWN },
  { "facebook", NULL, 0, 0, "int-p1", BOUNCE_REASON_USERUNKNOWN },
  { "facebook", NULL, 0, 0, "int-p3", BOUNCE_REASON_USERUNKNOWN },
  { "facebook", NULL, 0, 0, "int-p4", BOUNCE_REASON_USERUNKNOWN },
  { "facebook", NULL, 0, 0, "rcp-p2", BOUNCE_REASON_FILTERED },
  { "facebook", NULL, 0, 0, "rcp-p3", BOUNCE_REASON_FILTERED },
  { "facebook", NULL, 0, 0, "refused due to recipient preferences", BOUNCE_REASON_FILTERED },
  { "facebook", NULL, 0, 0, "pol-p1", BOUNCE_REASON_BLOCKED },
  { "facebook", NULL, 0, 0, "pol-p2", BOUNCE_REASON_BLOCKED },
  { "facebook", NULL, 0, 0, "msg-p1", BOUNCE_REASON_MESGTOOBIG },
  { "facebook", NULL, 0, 0, "int-p2", BOUNCE_REASON_MESGTOOBIG },
  { "facebook", NULL, 0, 0, "msg-p2", BOUNCE_REASON_CONTENTERROR },
  { "facebook", NULL, 0, 0, "msg-p3", BOUNCE_REASON_CONTENTERROR },
  { "facebook", NULL, 0, 0, "pol-p6", BOUNCE_REASON_CONTENTERROR },
  { "facebook", NULL, 0, 0, "pol-p7", BOUNCE_REASON_CONTENTERROR },
  { "facebook", NULL, 0, 0, "pol-p5", BOUNCE_REASON_VIRUSDETECTED },
  { "facebook", NULL, 0, 0, "pol-p3", BOUNCE_REASON_NOTACCEPT },
  { "facebook", NULL, 0, 0, "pol-p4", BOUNCE_REASON_NOTACCEPT },
  { "facebook", NULL, 0, 0, "pol-t", BOUNCE_REASON_NOTACCEPT },
  { "facebook", NULL, 0, 0, "dns-p3", BOUNCE_REASON_REQUIREPTR },
  { "facebook", NULL, 0, 0, "dns-t2", BOUNCE_REASON_REQUIREPTR },
  { "facebook", NULL, 0, 0, "dns-p", BOUNCE_REASON_REJECTED },
  { "facebook", NULL, 0, 0, "dns-t1", BOUNCE_REASON_REJECTED },
  { "facebook", NULL, 0, 0, "con-t1", BOUNCE_REASON_SYSTEMERROR },
  { "facebook", NULL, 0, 0, "rcp-t1", BOUNCE_REASON_SYSTEMERROR },
  { "facebook", NULL, 0, 0, "con-t2", BOUNCE_REASON_TOOMANYCONN },
  { "facebook", NULL, 0, 0, "con-t3", BOUNCE_REASON_TOOMANYCONN },
  { "facebook", NULL, 0, 0, "rcp-t4", BOUNCE_REASON_SUSPEND },

  /* KDDI (au): "550 : User unknown" without an address is their filter. */
  { "kddi", NULL, 0, 0, "550 : user unknown", BOUNCE_REASON_FILTERED },
  { "kddi", NULL, 0, 0, ">: user unknown", BOUNCE_REASON_USERUNKNOWN },

  /* NTT docomo. */
  { "docomo", NULL, 0, 0, "552 too much mail data", BOUNCE_REASON_MAILBOXFULL },
  { "docomo", NULL, 0, 0, "552 too many recipients", BOUNCE_REASON_TOOMANYCONN },
  { "docomo", "5.2.0", 0, 0, NULL, BOUNCE_REASON_FILTERED },
  { "docomo", NULL, 0, 0, "503 bad sequence of commands", BOUNCE_REASON_SYNTAXERROR },
  { "docomo", NULL, 0, 0, "504 command parameter not implemented", BOUNCE_REASON_SYNTAXERROR },
};

/* Orange / La Poste: "OFR_506", "LPN007_426", "ofr_506 [506]". */
static BounceReason
orange_reason (const char *lower)
{
  static const struct { guint code; BounceReason reason; } codes[] = {
    { 101, BOUNCE_REASON_BLOCKED }, { 102, BOUNCE_REASON_BLOCKED }, { 103, BOUNCE_REASON_BLOCKED },
    { 104, BOUNCE_REASON_TOOMANYCONN }, { 305, BOUNCE_REASON_SECURITYERROR },
    { 401, BOUNCE_REASON_BLOCKED }, { 402, BOUNCE_REASON_SECURITYERROR },
    { 403, BOUNCE_REASON_REJECTED }, { 405, BOUNCE_REASON_REJECTED },
    { 415, BOUNCE_REASON_REJECTED }, { 416, BOUNCE_REASON_USERUNKNOWN },
    { 417, BOUNCE_REASON_MAILBOXFULL }, { 418, BOUNCE_REASON_USERUNKNOWN },
    { 420, BOUNCE_REASON_SUSPEND }, { 421, BOUNCE_REASON_REJECTED },
    { 426, BOUNCE_REASON_SUSPEND }, { 505, BOUNCE_REASON_SYSTEMERROR },
    { 506, BOUNCE_REASON_SPAMDETECTED }, { 510, BOUNCE_REASON_BLOCKED },
    { 514, BOUNCE_REASON_MESGTOOBIG }, { 517, BOUNCE_REASON_POLICYVIOLATION },
    { 630, BOUNCE_REASON_POLICYVIOLATION }, { 999, BOUNCE_REASON_BLOCKED },
  };
  static const char * const prefixes[] = { "ofr", "lpn", "ouk" };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      for (const char *p = strstr (lower, prefixes[i]); p != NULL; p = strstr (p + 1, prefixes[i]))
        {
          const char *q = p + 3;
          guint code;

          if (p > lower && g_ascii_isalnum (p[-1]))
            continue;
          /* "ofr_506", "ofr006_102", "lpn105_421": the last three digits count. */
          while (g_ascii_isdigit (*q))
            q++;
          if (*q != '_' && *q != '-')
            continue;
          q++;
          if (!g_ascii_isdigit (q[0]) || !g_ascii_isdigit (q[1]) || !g_ascii_isdigit (q[2])
              || g_ascii_isdigit (q[3]))
            continue;
          code = (guint)((q[0] - '0') * 100 + (q[1] - '0') * 10 + (q[2] - '0'));

          for (guint j = 0; j < G_N_ELEMENTS (codes); j++)
            {
              if (codes[j].code == code)
                return codes[j].reason;
            }
          return BOUNCE_REASON_UNDEFINED;
        }
    }

  return BOUNCE_REASON_UNDEFINED;
}

/* A provider's own codes, looked for in the text: the first one found in
 * table order decides. */
typedef struct
{
  const char   *code;
  BounceReason  reason;
} CodeReason;

static BounceReason
first_code_reason (const char       *lower,
                   const CodeReason *codes,
                   gsize             n_codes)
{
  for (gsize i = 0; i < n_codes; i++)
    {
      if (strstr (lower, codes[i].code) != NULL)
        return codes[i].reason;
    }

  return BOUNCE_REASON_UNDEFINED;
}

/* Cox: "IPBL1000", "CXBL", "URLBL011" in the text. */
static BounceReason
cox_reason (const char *lower)
{
  static const CodeReason codes[] = {
    { "urlbl", BOUNCE_REASON_SPAMDETECTED },
    { "ipbl", BOUNCE_REASON_BLOCKED },
    { "cxbl", BOUNCE_REASON_BLOCKED },
    { "cdrbl", BOUNCE_REASON_BLOCKED },
    { "cxdns", BOUNCE_REASON_REQUIREPTR },
    { "cxthrt", BOUNCE_REASON_SECURITYERROR },
    { "cxmj", BOUNCE_REASON_SECURITYERROR },
    { "cxsndr", BOUNCE_REASON_REJECTED },
    { "cxsmtp", BOUNCE_REASON_REJECTED },
    { "cxcnct", BOUNCE_REASON_TOOMANYCONN },
    { "cxmxrt", BOUNCE_REASON_SPEEDING },
    { "rejected - no rdns", BOUNCE_REASON_REQUIREPTR },
    { "too many sessions from", BOUNCE_REASON_TOOMANYCONN },
    { "message threshold exceeded", BOUNCE_REASON_SPEEDING },
    { "recipient rejected", BOUNCE_REASON_USERUNKNOWN },
    { "sender rejected", BOUNCE_REASON_REJECTED },
  };

  return first_code_reason (lower, codes, G_N_ELEMENTS (codes));
}

/* GoDaddy's own "IB103"-style codes. */
static BounceReason
godaddy_reason (const char *lower)
{
  static const CodeReason codes[] = {
    { "ib103", BOUNCE_REASON_BADREPUTATION }, { "ib104", BOUNCE_REASON_BLOCKED },
    { "ib105", BOUNCE_REASON_BLOCKED }, { "ib106", BOUNCE_REASON_BLOCKED },
    { "ib007", BOUNCE_REASON_TOOMANYCONN }, { "ib101", BOUNCE_REASON_EXPIRED },
    { "ib108", BOUNCE_REASON_REQUIREPTR }, { "ib110", BOUNCE_REASON_BLOCKED },
    { "ib111", BOUNCE_REASON_BLOCKED }, { "ib112", BOUNCE_REASON_BLOCKED },
    { "ib113", BOUNCE_REASON_BLOCKED }, { "ib212", BOUNCE_REASON_SPAMDETECTED },
    { "ib401", BOUNCE_REASON_SECURITYERROR }, { "ib501", BOUNCE_REASON_REJECTED },
    { "ib502", BOUNCE_REASON_REJECTED }, { "ib504", BOUNCE_REASON_SPEEDING },
    { "ib506", BOUNCE_REASON_REJECTED }, { "ib508", BOUNCE_REASON_AUTHFAILURE },
    { "ib510", BOUNCE_REASON_TOOMANYCONN }, { "ib607", BOUNCE_REASON_SPEEDING },
    { "ib705", BOUNCE_REASON_VIRUSDETECTED },
  };

  return first_code_reason (lower, codes, G_N_ELEMENTS (codes));
}

/* Spectrum (Charter): "AUP#In-1310". */
static BounceReason
spectrum_reason (const char *lower)
{
  const char *p = strstr (lower, "aup#");
  guint code = 0;

  if (p == NULL)
    return BOUNCE_REASON_UNDEFINED;
  p += 4;
  while (g_ascii_isalpha (*p) || *p == '-')
    p++;
  for (guint i = 0; i < 4 && g_ascii_isdigit (*p); i++, p++)
    code = code * 10 + (guint)(*p - '0');

  if (code == 1000 || (code >= 1100 && code <= 1150) || (code >= 1200 && code <= 1250))
    return BOUNCE_REASON_BLOCKED;
  if (code == 1010 || (code >= 1020 && code <= 1080) || code == 1500 || code == 1520)
    return BOUNCE_REASON_REJECTED;
  if (code == 1090)
    return BOUNCE_REASON_SYSTEMERROR;
  if (code == 1260)
    return BOUNCE_REASON_NETWORKERROR;
  if (code == 1530)
    return BOUNCE_REASON_MESGTOOBIG;
  if (code == 1540 || code == 1550 || (code >= 1300 && code <= 1490))
    return BOUNCE_REASON_TOOMANYCONN;
  if (code == 1560 || (code >= 1160 && code <= 1190))
    return BOUNCE_REASON_POLICYVIOLATION;

  return BOUNCE_REASON_UNDEFINED;
}

/* i.ua: "See http://mail.i.ua/err/3/". */
static BounceReason
iua_reason (const char *lower)
{
  static const BounceReason codes[] = {
    BOUNCE_REASON_UNDEFINED, BOUNCE_REASON_NORELAYING, BOUNCE_REASON_USERUNKNOWN,
    BOUNCE_REASON_SUSPEND, BOUNCE_REASON_MAILBOXFULL, BOUNCE_REASON_TOOMANYCONN,
    BOUNCE_REASON_NORELAYING, BOUNCE_REASON_BLOCKED, BOUNCE_REASON_REJECTED,
    BOUNCE_REASON_BLOCKED, BOUNCE_REASON_FILTERED,
  };
  const char *p = strstr (lower, ".i.ua/err/");
  guint code;

  if (p == NULL)
    return BOUNCE_REASON_UNDEFINED;
  p += strlen (".i.ua/err/");
  if (!g_ascii_isdigit (*p))
    return BOUNCE_REASON_UNDEFINED;
  code = (guint)strtoul (p, NULL, 10);

  return code < G_N_ELEMENTS (codes) ? codes[code] : BOUNCE_REASON_UNDEFINED;
}

static gboolean
rule_status_matches (const ProviderRule *rule,
                     const char         *status)
{
  gsize len;
  guint detail;

  if (rule->status == NULL)
    return TRUE;
  if (status == NULL)
    return FALSE;
  if (rule->detail_max == 0)
    return strcmp (rule->status, status) == 0;

  len = strlen (rule->status);
  if (strncmp (rule->status, status, len) != 0 || !g_ascii_isdigit (status[len]))
    return FALSE;
  detail = (guint)strtoul (status + len, NULL, 10);

  return detail >= rule->detail_min && detail <= rule->detail_max;
}

/* The rules of one provider, in table order, without reading the whole
 * table: the first rule of each provider, and for each rule the next one
 * of the same provider (G_N_ELEMENTS (provider_rules) after the last). */
typedef struct
{
  const char *provider;
  guint16     first;
} RuleHead;

typedef struct
{
  RuleHead heads[G_N_ELEMENTS (provider_rules)];
  guint    n_heads;
  guint16  next[G_N_ELEMENTS (provider_rules)];
} RuleChains;

G_STATIC_ASSERT (G_N_ELEMENTS (provider_rules) < G_MAXUINT16);

static const RuleChains *
rule_chains (void)
{
  static RuleChains *chains;

  if (g_once_init_enter (&chains))
    {
      RuleChains *c = g_new0 (RuleChains, 1);

      for (guint i = 0; i < G_N_ELEMENTS (provider_rules); i++)
        {
          const char *provider = provider_rules[i].provider;
          gboolean seen = FALSE;
          guint j = i + 1;

          for (guint h = 0; h < c->n_heads && !seen; h++)
            seen = strcmp (c->heads[h].provider, provider) == 0;
          if (!seen)
            c->heads[c->n_heads++] = (RuleHead) { provider, i };

          while (j < G_N_ELEMENTS (provider_rules) && strcmp (provider_rules[j].provider, provider) != 0)
            j++;
          c->next[i] = j;
        }
      g_once_init_leave (&chains, c);
    }

  return chains;
}

/* The first rule of @provider, or G_N_ELEMENTS (provider_rules). */
static guint
first_rule_of (const RuleChains *chains,
               const char       *provider)
{
  for (guint h = 0; h < chains->n_heads; h++)
    {
      if (strcmp (chains->heads[h].provider, provider) == 0)
        return chains->heads[h].first;
    }

  return G_N_ELEMENTS (provider_rules);
}

BounceReason
_bounce_provider_reason (const BounceFacts *facts)
{
  const char *provider = facts->provider;
  BounceReason reason = BOUNCE_REASON_UNDEFINED;
  const RuleChains *chains;
  const char *resolver;

  /* Some provider codes are recognisable in the text wherever the bounce
   * came from (a forwarded Orange rejection, a Yahoo [TSS04]). */
  if (provider == NULL)
    {
      /* Most texts have no bracket: one look rules out five searches. */
      gboolean bracket = strchr (facts->lower, '[') != NULL;

      if (bracket && (strstr (facts->lower, "[tss") != NULL || strstr (facts->lower, "[ph01]") != NULL
                      || strstr (facts->lower, "[bl2") != NULL))
        provider = "yahoo";
      else if (bracket && (strstr (facts->lower, "[hme1]") != NULL
                           || strstr (facts->lower, "[cs01]") != NULL))
        provider = "apple";
      else if (strstr (facts->lower, "support.proofpoint.com") != NULL)
        provider = "proofpoint";
      else if (strstr (facts->lower, ".i.ua/err/") != NULL)
        provider = "iua";
      else if (strstr (facts->lower, "spectrum.net") != NULL)
        provider = "spectrum";
      else if (strstr (facts->lower, "postmaster.facebook.com") != NULL)
        provider = "facebook";
      else if ((resolver = strstr (facts->lower, "resolver.")) != NULL
               && (strstr (resolver, "resolver.adr.") != NULL
                   || strstr (resolver, "resolver.rst.") != NULL))
        /* On-premises Exchange: not Microsoft's service, but the same
         * software and the same meanings (5.1.10 is a recipient not found). */
        provider = "microsoft";
      else if (facts->status != NULL && strlen (facts->status) >= 7)
        /* Details of 100 and more ("5.7.606", "4.7.500", "5.1.351") are
         * registered nowhere; Exchange Online is the one that sends them. */
        provider = "microsoft";
      else
        return BOUNCE_REASON_UNDEFINED;
    }

  if (strcmp (provider, "orange") == 0)
    reason = orange_reason (facts->lower);
  else if (strcmp (provider, "cox") == 0)
    reason = cox_reason (facts->lower);
  else if (strcmp (provider, "godaddy") == 0)
    reason = godaddy_reason (facts->lower);
  else if (strcmp (provider, "spectrum") == 0 || strstr (facts->lower, "aup#") != NULL)
    reason = spectrum_reason (facts->lower);
  else if (strcmp (provider, "iua") == 0)
    reason = iua_reason (facts->lower);

  if (reason != BOUNCE_REASON_UNDEFINED)
    return reason;

  chains = rule_chains ();
  for (guint i = first_rule_of (chains, provider); i < G_N_ELEMENTS (provider_rules); i = chains->next[i])
    {
      const ProviderRule *rule = &provider_rules[i];

      if (!rule_status_matches (rule, facts->status))
        continue;
      if (rule->needle != NULL && strstr (facts->lower, rule->needle) == NULL)
        continue;

      return rule->reason;
    }

  /* NTT docomo answers a bare "550" with 5.0.0 both for unknown users (to
   * RCPT) and for its sender filter (after DATA). */
  if (strcmp (provider, "docomo") == 0 && g_strcmp0 (facts->status, "5.0.0") == 0)
    {
      if (facts->command == BOUNCE_COMMAND_RCPT)
        return BOUNCE_REASON_USERUNKNOWN;
      if (facts->command == BOUNCE_COMMAND_DATA)
        return BOUNCE_REASON_REJECTED;
    }

  return BOUNCE_REASON_UNDEFINED;
}
