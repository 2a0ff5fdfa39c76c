/* test-knowledge.c
 *
 * The knowledge base must be complete (every reason, every RFC 5321 reply
 * code, every registered enhanced status code), every entry must have every
 * field, it must not repeat the usual myths, provider meanings must win, and
 * search must find codes, words and pasted error lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "bounce-knowledge-private.h"

#define MIN_REASON_STEPS 3
#define MIN_CODE_STEPS   2

static const guint rfc5321_reply_codes[] = {
  211, 214, 220, 221, 250, 251, 252, 354,
  421, 450, 451, 452, 455,
  500, 501, 502, 503, 504, 521, 550, 551, 552, 553, 554, 555, 556,
  /* AUTH and TLS (RFC 4954, RFC 5248, IANA) */
  432, 454, 530, 534, 535, 538, 523, 524, 525,
};

/* subject -> highest registered detail (RFC 3463 and the IANA registry) */
static const guint status_max_detail[] = {
  [0] = 0,
  [1] = 10,
  [2] = 4,
  [3] = 6,
  [4] = 7,
  [5] = 6,
  [6] = 10,
  [7] = 30,
};

static char *
folded_text (const BounceKnowledgeEntry *entry)
{
  g_autofree char *joined = g_strjoin ("\n",
                                       entry->key,
                                       entry->title,
                                       entry->plain,
                                       entry->technical,
                                       NULL);

  return g_utf8_casefold (joined, -1);
}

static gboolean
entry_mentions (const BounceKnowledgeEntry *entry,
                const char                 *word)
{
  g_autofree char *text = folded_text (entry);
  g_autofree char *folded_word = g_utf8_casefold (word, -1);

  return strstr (text, folded_word) != NULL;
}

static gboolean
is_valid_date (const char *text)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  return year >= 2020 && g_date_valid_dmy (day, month, year);
}

static const char *
describe (const BounceKnowledgeEntry *entry)
{
  static char buf[128];

  g_snprintf (buf, sizeof buf, "%s/%s/%s",
              entry->topic == BOUNCE_TOPIC_REASON ? "reason" :
              entry->topic == BOUNCE_TOPIC_REPLY_CODE ? "reply" : "status",
              entry->key ? entry->key : "(null)",
              entry->provider ? entry->provider : "-");

  return buf;
}

static void
assert_text (const BounceKnowledgeEntry *entry,
             const char                 *field,
             const char                 *text)
{
  if (text == NULL || g_utf8_strlen (text, -1) < 3)
    g_error ("%s: field %s is empty", describe (entry), field);
  if (!g_utf8_validate (text, -1, NULL))
    g_error ("%s: field %s is not UTF-8", describe (entry), field);
  /* A '%' would make xgettext flag the message as c-format. */
  if (strchr (text, '%') != NULL)
    g_error ("%s: field %s contains '%%'", describe (entry), field);
}

static void
assert_complete_entry (const BounceKnowledgeEntry *entry)
{
  guint min_steps = entry->topic == BOUNCE_TOPIC_REASON ? MIN_REASON_STEPS : MIN_CODE_STEPS;
  guint n_steps;

  g_assert_nonnull (entry->key);
  g_assert_cmpstr (entry->key, !=, "");
  g_assert_true (entry->topic == BOUNCE_TOPIC_REASON ||
                 entry->topic == BOUNCE_TOPIC_REPLY_CODE ||
                 entry->topic == BOUNCE_TOPIC_STATUS);
  if (entry->provider != NULL)
    {
      g_assert_cmpstr (entry->provider, !=, "");
      g_assert_cmpint (entry->topic, !=, BOUNCE_TOPIC_REASON);
    }

  assert_text (entry, "title", entry->title);
  assert_text (entry, "plain", entry->plain);
  assert_text (entry, "technical", entry->technical);
  assert_text (entry, "source", entry->source);
  if (g_strcmp0 (entry->plain, entry->technical) == 0)
    g_error ("%s: plain and technical explanations are the same", describe (entry));

  if (!is_valid_date (entry->reviewed))
    g_error ("%s: reviewed \"%s\" is not a YYYY-MM-DD date",
             describe (entry), entry->reviewed ? entry->reviewed : "(null)");

  g_assert_true (entry->actor == BOUNCE_ACTOR_NOBODY ||
                 entry->actor == BOUNCE_ACTOR_SENDER ||
                 entry->actor == BOUNCE_ACTOR_SENDER_ADMIN ||
                 entry->actor == BOUNCE_ACTOR_RECIPIENT);

  n_steps = bounce_knowledge_entry_n_steps (entry);
  if (n_steps < min_steps)
    g_error ("%s: %u steps, at least %u needed", describe (entry), n_steps, min_steps);
  /* NULL-terminated inside the array */
  g_assert_cmpuint (n_steps, <, BOUNCE_KNOWLEDGE_MAX_STEPS);
  g_assert_null (entry->steps[n_steps]);
  for (guint i = 0; i < n_steps; i++)
    {
      assert_text (entry, "step", entry->steps[i]);
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (entry->steps[i], !=, entry->steps[j]);
    }
}

static void
test_reasons_complete (void)
{
  for (guint r = 0; r < BOUNCE_N_REASONS; r++)
    {
      const BounceKnowledgeEntry *entry = bounce_knowledge_get_reason (r);

      if (entry == NULL)
        g_error ("no knowledge base entry for reason %s", bounce_reason_to_string (r));

      g_assert_cmpint (entry->topic, ==, BOUNCE_TOPIC_REASON);
      g_assert_cmpstr (entry->key, ==, bounce_reason_to_string (r));
      g_assert_null (entry->provider);
      assert_complete_entry (entry);
    }
}

static void
test_all_entries_complete (void)
{
  const BounceKnowledgeEntry * const *all;
  guint n = 0;
  guint n_reasons = 0;
  guint n_codes = 0;

  all = bounce_knowledge_get_all (&n);
  g_assert_nonnull (all);
  g_assert_null (all[n]);

  for (guint i = 0; i < n; i++)
    {
      assert_complete_entry (all[i]);
      if (all[i]->topic == BOUNCE_TOPIC_REASON)
        {
          /* reasons come first */
          g_assert_cmpuint (n_codes, ==, 0);
          n_reasons++;
        }
      else
        n_codes++;
    }

  g_assert_cmpuint (n_reasons, ==, BOUNCE_N_REASONS);
  g_assert_cmpuint (n_codes, >, 0);
}

static void
test_no_duplicates (void)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const BounceKnowledgeEntry * const *all;
  guint n = 0;

  all = bounce_knowledge_get_all (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *provider = g_ascii_strdown (all[i]->provider ? all[i]->provider : "", -1);
      char *key = g_strdup_printf ("%d|%s|%s", all[i]->topic, provider, all[i]->key);

      if (g_hash_table_contains (keys, key))
        g_error ("duplicate entry %s", describe (all[i]));
      g_hash_table_add (keys, key);
    }
}

static void
test_reply_codes_complete (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rfc5321_reply_codes); i++)
    {
      const BounceKnowledgeEntry *entry = bounce_knowledge_get_reply_code (rfc5321_reply_codes[i]);
      g_autofree char *key = g_strdup_printf ("%u", rfc5321_reply_codes[i]);

      if (entry == NULL)
        g_error ("no knowledge base entry for reply code %u", rfc5321_reply_codes[i]);
      g_assert_cmpint (entry->topic, ==, BOUNCE_TOPIC_REPLY_CODE);
      g_assert_cmpstr (entry->key, ==, key);
      g_assert_null (entry->provider);
    }

  g_assert_null (bounce_knowledge_get_reply_code (0));
  g_assert_null (bounce_knowledge_get_reply_code (999));
  g_assert_null (bounce_knowledge_get_reply_code (100));
}

static void
test_status_codes_complete (void)
{
  for (guint subject = 0; subject < G_N_ELEMENTS (status_max_detail); subject++)
    {
      for (guint detail = 0; detail <= status_max_detail[subject]; detail++)
        {
          const BounceKnowledgeEntry *entry = NULL;
          const char classes[] = { '5', '4', '2' };

          for (guint c = 0; c < G_N_ELEMENTS (classes) && entry == NULL; c++)
            {
              g_autofree char *code = g_strdup_printf ("%c.%u.%u", classes[c], subject, detail);

              entry = bounce_knowledge_get_status (code, NULL);
            }

          if (entry == NULL)
            g_error ("no knowledge base entry for X.%u.%u", subject, detail);
          g_assert_cmpint (entry->topic, ==, BOUNCE_TOPIC_STATUS);
          g_assert_null (entry->provider);
        }
    }

  /* class-independent lookups and normalisation */
  g_assert_nonnull (bounce_knowledge_get_status ("4.2.2", NULL));
  g_assert_true (bounce_knowledge_get_status ("4.2.2", NULL) ==
                 bounce_knowledge_get_status ("5.2.2", NULL));
  g_assert_true (bounce_knowledge_get_status (" 5.2.2\n", NULL) ==
                 bounce_knowledge_get_status ("5.2.2", NULL));
  g_assert_true (bounce_knowledge_get_status ("x.2.2", NULL) ==
                 bounce_knowledge_get_status ("5.2.2", NULL));

  /* not status codes at all */
  g_assert_null (bounce_knowledge_get_status ("", NULL));
  g_assert_null (bounce_knowledge_get_status ("550", NULL));
  g_assert_null (bounce_knowledge_get_status ("5.1", NULL));
  g_assert_null (bounce_knowledge_get_status ("1.1.1", NULL));
  g_assert_null (bounce_knowledge_get_status ("5.1.1.1", NULL));
  g_assert_null (bounce_knowledge_get_status ("5.1.1234", NULL));
  g_assert_null (bounce_knowledge_get_status ("5..1", NULL));
  g_assert_null (bounce_knowledge_get_status ("5.7.999", NULL));
}

static void
test_no_myths (void)
{
  const BounceKnowledgeEntry * const *all;
  const BounceKnowledgeEntry *entry;
  guint n = 0;

  all = bounce_knowledge_get_all (&n);

  for (guint i = 0; i < n; i++)
    {
      if (all[i]->topic != BOUNCE_TOPIC_REPLY_CODE)
        continue;

      /* no "355", and no 3yz "bounce" other than 354 (start mail input) */
      g_assert_cmpstr (all[i]->key, !=, "355");
      g_assert_cmpuint (strlen (all[i]->key), ==, 3);
      g_assert_true (all[i]->key[0] >= '2' && all[i]->key[0] <= '5');
      if (all[i]->key[0] == '3')
        g_assert_cmpstr (all[i]->key, ==, "354");
    }
  g_assert_null (bounce_knowledge_get_reply_code (355));
  g_assert_null (bounce_knowledge_get_reply_code (300));

  /* 421 is a temporary (4yz) reply */
  entry = bounce_knowledge_get_reply_code (421);
  g_assert_nonnull (entry);
  g_assert_true (entry_mentions (entry, "temporar") || entry_mentions (entry, "transient"));
  g_assert_false (entry_mentions (entry, "3xx"));
}

/* A 5.7.x policy, spam or authentication rejection says the address is
 * fine: the sender or their administrator acts, and nobody is told to drop the
 * contact. */
static void
test_policy_is_not_the_address (void)
{
  const BounceReason sender_side[] = {
    BOUNCE_REASON_AUTHFAILURE, BOUNCE_REASON_BADREPUTATION, BOUNCE_REASON_BLOCKED,
    BOUNCE_REASON_POLICYVIOLATION, BOUNCE_REASON_REJECTED, BOUNCE_REASON_REQUIREPTR,
    BOUNCE_REASON_SECURITYERROR, BOUNCE_REASON_SPAMDETECTED, BOUNCE_REASON_VIRUSDETECTED,
    BOUNCE_REASON_NORELAYING, BOUNCE_REASON_NOTCOMPLIANTRFC, BOUNCE_REASON_CONTENTERROR,
  };
  const char *statuses[] = {
    "5.7.1", "5.7.8", "5.7.20", "5.7.21", "5.7.22", "5.7.23", "5.7.24", "5.7.25", "5.7.26",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sender_side); i++)
    {
      const BounceKnowledgeEntry *entry = bounce_knowledge_get_reason (sender_side[i]);

      g_assert_nonnull (entry);
      if (entry->actor != BOUNCE_ACTOR_SENDER && entry->actor != BOUNCE_ACTOR_SENDER_ADMIN)
        g_error ("%s: the sender's side must act", entry->key);
      g_assert_false (bounce_reason_is_hard (sender_side[i]));

      for (guint s = 0; entry->steps[s] != NULL; s++)
        {
          g_autofree char *step = g_utf8_casefold (entry->steps[s], -1);

          if (strstr (step, "remove the address") != NULL ||
              strstr (step, "from your mailing list") != NULL ||
              strstr (step, "delete the address") != NULL)
            g_error ("%s: step \"%s\" drops a working address", entry->key, entry->steps[s]);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      const BounceKnowledgeEntry *entry = bounce_knowledge_get_status (statuses[i], NULL);

      g_assert_nonnull (entry);
      if (entry->actor != BOUNCE_ACTOR_SENDER && entry->actor != BOUNCE_ACTOR_SENDER_ADMIN)
        g_error ("%s: the sender's side must act", statuses[i]);
    }

  /* and the opposite: dead addresses are the sender's to clean up, a full
   * mailbox is the recipient's, non-failures need nobody */
  g_assert_cmpint (bounce_knowledge_get_reason (BOUNCE_REASON_USERUNKNOWN)->actor, ==,
                   BOUNCE_ACTOR_SENDER);
  g_assert_cmpint (bounce_knowledge_get_reason (BOUNCE_REASON_HOSTUNKNOWN)->actor, ==,
                   BOUNCE_ACTOR_SENDER);
  g_assert_cmpint (bounce_knowledge_get_reason (BOUNCE_REASON_MAILBOXFULL)->actor, ==,
                   BOUNCE_ACTOR_RECIPIENT);
  g_assert_cmpint (bounce_knowledge_get_reason (BOUNCE_REASON_VACATION)->actor, ==,
                   BOUNCE_ACTOR_NOBODY);
  g_assert_cmpint (bounce_knowledge_get_reason (BOUNCE_REASON_DELIVERED)->actor, ==,
                   BOUNCE_ACTOR_NOBODY);
  g_assert_true (entry_mentions (bounce_knowledge_get_reason (BOUNCE_REASON_FEEDBACK), "spam"));
  g_assert_true (entry_mentions (bounce_knowledge_get_reason (BOUNCE_REASON_EXPIRED), "days"));
  g_assert_true (entry_mentions (bounce_knowledge_get_reason (BOUNCE_REASON_BLOCKED), "provider"));
}

static void
test_provider_meanings_win (void)
{
  const BounceKnowledgeEntry *generic;
  const BounceKnowledgeEntry *google;
  const BounceKnowledgeEntry *microsoft;

  generic = bounce_knowledge_get_status ("5.7.27", NULL);
  google = bounce_knowledge_get_status ("5.7.27", "google");
  g_assert_nonnull (generic);
  g_assert_nonnull (google);
  g_assert_true (generic != google);
  g_assert_null (generic->provider);
  g_assert_cmpstr (google->provider, ==, "google");
  g_assert_true (entry_mentions (google, "SPF"));
  g_assert_true (entry_mentions (generic, "null MX"));
  /* provider names are matched case-insensitively; unknown providers and
   * codes a provider doesn't redefine fall back to the registry */
  g_assert_true (bounce_knowledge_get_status ("5.7.27", "Google") == google);
  g_assert_true (bounce_knowledge_get_status ("5.7.27", "example") == generic);
  g_assert_true (bounce_knowledge_get_status ("5.7.27", "") == generic);

  generic = bounce_knowledge_get_status ("5.1.10", NULL);
  microsoft = bounce_knowledge_get_status ("5.1.10", "microsoft");
  g_assert_nonnull (generic);
  g_assert_nonnull (microsoft);
  g_assert_true (generic != microsoft);
  g_assert_cmpstr (microsoft->provider, ==, "microsoft");
  g_assert_true (entry_mentions (microsoft, "not found") ||
                 entry_mentions (microsoft, "does not exist") ||
                 entry_mentions (microsoft, "RecipientNotFound"));
  g_assert_true (entry_mentions (generic, "null MX"));
}

static gboolean
results_contain (GPtrArray                  *results,
                 const BounceKnowledgeEntry *entry,
                 guint                      *position)
{
  return g_ptr_array_find (results, entry, position);
}

static void
test_search_exact_codes (void)
{
  g_autoptr(GPtrArray) by_reply = NULL;
  g_autoptr(GPtrArray) by_status = NULL;
  g_autoptr(GPtrArray) by_reason = NULL;
  const BounceKnowledgeEntry *entry;

  by_reply = bounce_knowledge_search ("550");
  g_assert_cmpuint (by_reply->len, >, 0);
  g_assert_true (g_ptr_array_index (by_reply, 0) == bounce_knowledge_get_reply_code (550));
  /* everything else mentions 550 somewhere */
  for (guint i = 1; i < by_reply->len; i++)
    g_assert_true (entry_mentions (g_ptr_array_index (by_reply, i), "550"));

  by_status = bounce_knowledge_search (" 5.7.26 ");
  g_assert_cmpuint (by_status->len, >, 0);
  g_assert_true (g_ptr_array_index (by_status, 0) == bounce_knowledge_get_status ("5.7.26", NULL));
  /* a provider's own meaning of the same code comes right after */
  entry = bounce_knowledge_get_status ("5.7.26", "google");
  if (entry != NULL && entry->provider != NULL)
    {
      guint pos;

      g_assert_true (results_contain (by_status, entry, &pos));
      g_assert_cmpuint (pos, <, 6);
    }

  by_reason = bounce_knowledge_search ("UserUnknown");
  g_assert_cmpuint (by_reason->len, >, 0);
  g_assert_true (g_ptr_array_index (by_reason, 0) ==
                 bounce_knowledge_get_reason (BOUNCE_REASON_USERUNKNOWN));
}

static void
test_search_text (void)
{
  g_autoptr(GPtrArray) relay = bounce_knowledge_search ("relay");
  g_autoptr(GPtrArray) upper = bounce_knowledge_search ("RELAY");
  g_autoptr(GPtrArray) two_words = bounce_knowledge_search ("mailbox   full");
  /* straight and typographic apostrophes find each other */
  g_autoptr(GPtrArray) straight = bounce_knowledge_search ("recipient's mailbox");
  g_autoptr(GPtrArray) curly = bounce_knowledge_search ("Recipient\u2019s Mailbox");
  g_autoptr(GPtrArray) nothing = bounce_knowledge_search ("zqxjvwk");
  g_autoptr(GPtrArray) empty = bounce_knowledge_search ("   ");
  g_autoptr(GPtrArray) invalid = bounce_knowledge_search ("\xff\xfe");
  gboolean title_part = TRUE;

  g_assert_cmpuint (relay->len, >, 0);
  g_assert_true (results_contain (relay, bounce_knowledge_get_reason (BOUNCE_REASON_NORELAYING), NULL));
  g_assert_cmpuint (relay->len, ==, upper->len);
  for (guint i = 0; i < relay->len; i++)
    {
      const BounceKnowledgeEntry *entry = g_ptr_array_index (relay, i);
      g_autofree char *title = g_utf8_casefold (entry->title, -1);
      gboolean in_title = strstr (title, "relay") != NULL || strstr (entry->key, "relay") != NULL;

      g_assert_true (entry == g_ptr_array_index (upper, i));
      g_assert_true (entry_mentions (entry, "relay"));
      /* title matches rank above matches in the explanations */
      if (!in_title)
        title_part = FALSE;
      else
        g_assert_true (title_part);
    }

  g_assert_true (results_contain (two_words, bounce_knowledge_get_reason (BOUNCE_REASON_MAILBOXFULL), NULL));
  g_assert_true (results_contain (straight, bounce_knowledge_get_reason (BOUNCE_REASON_MAILBOXFULL), NULL));
  g_assert_true (results_contain (curly, bounce_knowledge_get_reason (BOUNCE_REASON_MAILBOXFULL), NULL));
  g_assert_cmpuint (nothing->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (invalid->len, ==, 0);
}

static void
test_search_pasted_line (void)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) with_ip = NULL;
  const BounceKnowledgeEntry *reply = bounce_knowledge_get_reply_code (550);
  const BounceKnowledgeEntry *status = bounce_knowledge_get_status ("5.1.1", NULL);
  guint reply_pos, status_pos, reason_pos;

  results = bounce_knowledge_search ("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown");
  g_assert_true (results_contain (results, reply, &reply_pos));
  g_assert_true (results_contain (results, status, &status_pos));
  g_assert_cmpuint (reply_pos, ==, 0);
  g_assert_cmpuint (status_pos, ==, 1);
  /* then the reason read from the whole line */
  g_assert_true (results_contain (results, bounce_knowledge_get_reason (BOUNCE_REASON_USERUNKNOWN), &reason_pos));
  g_assert_cmpuint (reason_pos, ==, status_pos + 1);

  /* a line that reveals its provider gets the provider's meaning first */
  g_clear_pointer (&results, g_ptr_array_unref);
  results = bounce_knowledge_search ("550-5.7.27 The sender does not pass SPF. a1-2b.3 - gsmtp");
  g_assert_true (results_contain (results, bounce_knowledge_get_status ("5.7.27", "google"), &status_pos));
  g_assert_true (results_contain (results, bounce_knowledge_get_status ("5.7.27", NULL), &reason_pos));
  g_assert_cmpuint (status_pos, <, reason_pos);

  /* multi-line replies ("550-5.7.26") and codes glued to punctuation */
  g_clear_pointer (&results, g_ptr_array_unref);
  results = bounce_knowledge_search ("host mx.example.net said: 550-5.7.26 This mail is unauthenticated (#5.7.26)");
  g_assert_true (results_contain (results, reply, &reply_pos));
  g_assert_true (results_contain (results, bounce_knowledge_get_status ("5.7.26", NULL), &status_pos));
  g_assert_cmpuint (reply_pos, <, status_pos);
  g_assert_cmpuint (status_pos, <, 4);

  /* numbers inside addresses and dates are not codes */
  with_ip = bounce_knowledge_search ("connect to 192.0.2.250 port 25 on 2026-05-21: 4.4.1 timed out");
  g_assert_false (results_contain (with_ip, bounce_knowledge_get_reply_code (250), NULL));
  g_assert_true (results_contain (with_ip, bounce_knowledge_get_status ("4.4.1", NULL), NULL));
}

/* Whatever is pasted, search returns quickly and finds the codes near the
 * start; it only looks at the first 64 KiB. */
static void
test_search_huge_input (void)
{
  g_autoptr(GString) text = g_string_new ("550 5.1.1 ");
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) words = NULL;

  while (text->len < 4 * 1024 * 1024)
    g_string_append (text, "the 421 ü ");
  g_string_append (text, "5.7.26");

  results = bounce_knowledge_search (text->str);
  g_assert_true (g_ptr_array_index (results, 0) == bounce_knowledge_get_reply_code (550));
  g_assert_true (g_ptr_array_index (results, 1) == bounce_knowledge_get_status ("5.1.1", NULL));
  g_assert_true (results_contain (results, bounce_knowledge_get_reply_code (421), NULL));
  g_assert_false (results_contain (results, bounce_knowledge_get_status ("5.7.26", NULL), NULL));

  /* many words: no text match is possible, and none is attempted */
  words = bounce_knowledge_search ("the a the a the a the a the a the a the a the a the a the a "
                                   "the a the a the a the a the a the a the a the a the a the a");
  g_assert_cmpuint (words->len, ==, 0);
}

static void
test_accessors (void)
{
  const BounceKnowledgeEntry *entry = bounce_knowledge_get_reason (BOUNCE_REASON_USERUNKNOWN);
  guint n_steps = bounce_knowledge_entry_n_steps (entry);
  const char *actors[4];
  const char *severities[3];

  /* in the C locale the accessors return the source strings */
  g_assert_cmpstr (bounce_knowledge_entry_title (entry), ==, entry->title);
  g_assert_cmpstr (bounce_knowledge_entry_title (entry), ==, "The address does not exist");
  g_assert_cmpstr (bounce_knowledge_entry_plain (entry), ==, entry->plain);
  g_assert_cmpstr (bounce_knowledge_entry_technical (entry), ==, entry->technical);
  for (guint i = 0; i < n_steps; i++)
    g_assert_cmpstr (bounce_knowledge_entry_step (entry, i), ==, entry->steps[i]);
  g_assert_null (bounce_knowledge_entry_step (entry, n_steps));
  g_assert_null (bounce_knowledge_entry_step (entry, 1000));

  actors[0] = bounce_actor_describe (BOUNCE_ACTOR_NOBODY);
  actors[1] = bounce_actor_describe (BOUNCE_ACTOR_SENDER);
  actors[2] = bounce_actor_describe (BOUNCE_ACTOR_SENDER_ADMIN);
  actors[3] = bounce_actor_describe (BOUNCE_ACTOR_RECIPIENT);
  g_assert_cmpstr (actors[1], ==, "You, the sender");
  g_assert_cmpstr (actors[2], ==, "Your mail administrator or email provider");
  g_assert_cmpstr (actors[3], ==, "The recipient or their mail administrator");
  g_assert_cmpstr (actors[0], ==, "Nobody — just wait");

  severities[0] = bounce_severity_describe (BOUNCE_SEVERITY_PERMANENT);
  severities[1] = bounce_severity_describe (BOUNCE_SEVERITY_TEMPORARY);
  severities[2] = bounce_severity_describe (BOUNCE_SEVERITY_INFORMATIONAL);
  g_assert_cmpstr (severities[0], ==, "Permanent failure");
  g_assert_cmpstr (severities[1], ==, "Temporary problem");
  g_assert_cmpstr (severities[2], ==, "Not a failure");
}

static void
append_po_message (GString    *po,
                   const char *msgid,
                   const char *msgstr)
{
  g_autofree char *id = g_strescape (msgid, "\u00a0–—’“”");
  g_autofree char *str = g_strescape (msgstr, NULL);

  g_string_append_printf (po, "msgid \"%s\"\nmsgstr \"%s\"\n\n", id, str);
}

/* With a catalogue installed, the accessors translate and search finds an
 * entry by its translated words as well as by the original ones. Runs in a
 * subprocess so the other tests keep the untranslated strings. */
static void
test_translated (void)
{
  const BounceKnowledgeEntry *entry = bounce_knowledge_get_reason (BOUNCE_REASON_USERUNKNOWN);

  if (g_test_subprocess ())
    {
      const char *dir = g_getenv ("BOUNCE_TEST_LOCALEDIR");
      g_autoptr(GPtrArray) translated = NULL;
      g_autoptr(GPtrArray) original = NULL;

      g_assert_nonnull (dir);
      g_setenv ("LANGUAGE", "xx", TRUE);
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

      g_assert_cmpstr (bounce_knowledge_entry_title (entry), ==, "Xx-Adresse gibt es nicht");
      g_assert_cmpstr (bounce_knowledge_entry_plain (entry), ==, "Xx-Erklärung");
      g_assert_cmpstr (bounce_knowledge_entry_step (entry, 0), ==, "Xx-Schritt");
      g_assert_cmpstr (bounce_knowledge_entry_step (entry, 1), ==, entry->steps[1]);
      g_assert_cmpstr (bounce_actor_describe (BOUNCE_ACTOR_SENDER), ==, "Xx-Absender");

      translated = bounce_knowledge_search ("ADRESSE GIBT");
      g_assert_cmpuint (translated->len, >, 0);
      g_assert_true (g_ptr_array_index (translated, 0) == entry);
      original = bounce_knowledge_search ("address does not exist");
      g_assert_true (g_ptr_array_find (original, entry, NULL));
      return;
    }
  else
    {
      g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
      g_autofree char *tmp = NULL;
      g_autofree char *po_path = NULL;
      g_autofree char *mo_dir = NULL;
      g_autofree char *mo_path = NULL;
      g_autoptr(GString) po = g_string_new ("msgid \"\"\nmsgstr \"\"\n"
                                            "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n");
      g_autoptr(GError) error = NULL;
      const char *argv[6];
      int status = 0;

      if (msgfmt == NULL)
        {
          g_test_skip ("msgfmt is not installed");
          return;
        }

      append_po_message (po, entry->title, "Xx-Adresse gibt es nicht");
      append_po_message (po, entry->plain, "Xx-Erklärung");
      append_po_message (po, entry->steps[0], "Xx-Schritt");
      append_po_message (po, "You, the sender", "Xx-Absender");

      tmp = g_dir_make_tmp ("test-knowledge-XXXXXX", &error);
      g_assert_no_error (error);
      po_path = g_build_filename (tmp, "xx.po", NULL);
      mo_dir = g_build_filename (tmp, "xx", "LC_MESSAGES", NULL);
      mo_path = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
      g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
      g_file_set_contents (po_path, po->str, po->len, &error);
      g_assert_no_error (error);

      argv[0] = msgfmt;
      argv[1] = "-o";
      argv[2] = mo_path;
      argv[3] = po_path;
      argv[4] = NULL;
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                    &status, &error);
      g_assert_no_error (error);
      g_spawn_check_wait_status (status, &error);
      g_assert_no_error (error);

      g_setenv ("BOUNCE_TEST_LOCALEDIR", tmp, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_unsetenv ("BOUNCE_TEST_LOCALEDIR");

      g_unlink (mo_path);
      g_rmdir (mo_dir);
      g_clear_pointer (&mo_dir, g_free);
      mo_dir = g_build_filename (tmp, "xx", NULL);
      g_rmdir (mo_dir);
      g_unlink (po_path);
      g_rmdir (tmp);

      g_test_trap_assert_passed ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/knowledge/reasons-complete", test_reasons_complete);
  g_test_add_func ("/knowledge/all-entries-complete", test_all_entries_complete);
  g_test_add_func ("/knowledge/no-duplicates", test_no_duplicates);
  g_test_add_func ("/knowledge/reply-codes-complete", test_reply_codes_complete);
  g_test_add_func ("/knowledge/status-codes-complete", test_status_codes_complete);
  g_test_add_func ("/knowledge/no-myths", test_no_myths);
  g_test_add_func ("/knowledge/policy-is-not-the-address", test_policy_is_not_the_address);
  g_test_add_func ("/knowledge/provider-meanings-win", test_provider_meanings_win);
  g_test_add_func ("/knowledge/search-exact-codes", test_search_exact_codes);
  g_test_add_func ("/knowledge/search-text", test_search_text);
  g_test_add_func ("/knowledge/search-pasted-line", test_search_pasted_line);
  g_test_add_func ("/knowledge/search-huge-input", test_search_huge_input);
  g_test_add_func ("/knowledge/accessors", test_accessors);
  g_test_add_func ("/knowledge/translated", test_translated);

  return g_test_run ();
}
