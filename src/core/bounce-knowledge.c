/* bounce-knowledge.c
 *
 * Lookups and search over the knowledge base tables. The tables themselves
 * are plain static data (bounce-knowledge-reasons.c, bounce-knowledge-codes.c);
 * this file builds a small index over them once and translates on the way out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bounce-classifier.h"
#include "bounce-knowledge-private.h"

/* Bounds for search input, which may be anything pasted by a user. */
#define MAX_SEARCH_BYTES (64 * 1024)
#define MAX_SEARCH_WORDS 32

/* Built once, never freed: the tables are static and live as long as the
 * process, so the index does too. */
typedef struct
{
  /* "topic\x1fprovider\x1fkey" -> entry; provider is "" for the generic meaning */
  GHashTable                  *by_key;
  const BounceKnowledgeEntry **all;      /* NULL-terminated */
  guint                        n_all;
} KnowledgeIndex;

/* The casefolded key, title, plain and technical of each entry
 * (untranslated), in the order of KnowledgeIndex.all, so a search doesn't
 * casefold the tables every time. Built on the first search only: casefolding
 * every entry costs far more than the exact lookups that analysing bounces
 * needs, and the CLI never searches. */
typedef struct
{
  char **folded;
  char **folded_title;
} SearchIndex;

static const char *
translate (const char *msgid)
{
  /* g_dgettext ("") would return the catalogue header, never ask for that. */
  if (msgid == NULL || msgid[0] == '\0')
    return msgid;

  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* Writes the index key "topic\x1fprovider\x1fkey" into @buf, provider in
 * lower case ("" for the generic meaning). Lookups run once per record of
 * every bounce, so this avoids the heap. Returns FALSE when it doesn't fit,
 * which no real provider name or code does. */
static gboolean
format_index_key (char        *buf,
                  gsize        buf_len,
                  BounceTopic  topic,
                  const char  *provider,
                  const char  *key)
{
  gsize n;

  n = (gsize) g_snprintf (buf, buf_len, "%d\x1f%s\x1f%s",
                          (int) topic,
                          provider != NULL ? provider : "",
                          key);
  if (n >= buf_len)
    return FALSE;

  /* lower-case the provider part only: the code keys are case-sensitive ("X.") */
  for (char *p = strchr (buf, '\x1f') + 1; *p != '\x1f'; p++)
    *p = g_ascii_tolower (*p);

  return TRUE;
}

/* Casefolds @text for matching and treats typographic and straight quotes
 * alike, so "recipient's" finds "recipient’s". */
static char *
fold_for_search (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case 0x2018: /* ‘ */
        case 0x2019: /* ’ */
          g_string_append_c (out, '\'');
          break;
        case 0x201C: /* “ */
        case 0x201D: /* ” */
          g_string_append_c (out, '"');
          break;
        default:
          g_string_append_len (out, p, g_utf8_next_char (p) - p);
        }
    }

  return g_string_free (out, FALSE);
}

static char *
fold_entry (const BounceKnowledgeEntry *entry)
{
  g_autofree char *joined = NULL;

  joined = g_strjoin ("\n",
                      entry->key != NULL ? entry->key : "",
                      entry->title != NULL ? entry->title : "",
                      entry->plain != NULL ? entry->plain : "",
                      entry->technical != NULL ? entry->technical : "",
                      NULL);

  return fold_for_search (joined);
}

static void
index_add (KnowledgeIndex             *idx,
           GPtrArray                  *all,
           const BounceKnowledgeEntry *entry)
{
  char key[256];

  /* An all-zero terminator row, or an unfinished row, is not an entry. */
  if (entry->key == NULL || entry->key[0] == '\0')
    return;

  /* The first definition wins; the completeness test rejects duplicates. */
  if (format_index_key (key, sizeof key, entry->topic, entry->provider, entry->key) &&
      !g_hash_table_contains (idx->by_key, key))
    g_hash_table_insert (idx->by_key, g_strdup (key), (gpointer) entry);

  g_ptr_array_add (all, (gpointer) entry);
}

static const KnowledgeIndex *
get_index (void)
{
  static KnowledgeIndex *knowledge_index;

  if (g_once_init_enter (&knowledge_index))
    {
      KnowledgeIndex *idx = g_new0 (KnowledgeIndex, 1);
      GPtrArray *all = g_ptr_array_new ();

      idx->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < bounce_knowledge_n_reason_entries; i++)
        index_add (idx, all, &bounce_knowledge_reason_entries[i]);
      for (guint i = 0; i < bounce_knowledge_n_code_entries; i++)
        index_add (idx, all, &bounce_knowledge_code_entries[i]);

      idx->n_all = all->len;
      g_ptr_array_add (all, NULL);
      idx->all = (const BounceKnowledgeEntry **) g_ptr_array_free (all, FALSE);

      g_once_init_leave (&knowledge_index, idx);
    }

  return knowledge_index;
}

static const SearchIndex *
get_search_index (void)
{
  static SearchIndex *search_index;

  if (g_once_init_enter (&search_index))
    {
      const KnowledgeIndex *idx = get_index ();
      SearchIndex *sidx = g_new0 (SearchIndex, 1);

      sidx->folded = g_new0 (char *, idx->n_all + 1);
      sidx->folded_title = g_new0 (char *, idx->n_all + 1);

      for (guint i = 0; i < idx->n_all; i++)
        {
          const BounceKnowledgeEntry *entry = idx->all[i];
          g_autofree char *title = NULL;

          title = g_strjoin ("\n",
                             entry->key,
                             entry->title != NULL ? entry->title : "",
                             NULL);
          sidx->folded[i] = fold_entry (entry);
          sidx->folded_title[i] = fold_for_search (title);
        }

      g_once_init_leave (&search_index, sidx);
    }

  return search_index;
}

static const BounceKnowledgeEntry *
lookup (BounceTopic  topic,
        const char  *provider,
        const char  *key)
{
  const KnowledgeIndex *idx = get_index ();
  char k[256];

  if (!format_index_key (k, sizeof k, topic, provider, key))
    return NULL;

  return g_hash_table_lookup (idx->by_key, k);
}

/* Accepts "5.7.26", " 5.7.26 ", "x.7.26"; returns "5.7.26" / "X.7.26", or
 * NULL when @text is not shaped like an enhanced status code. */
static char *
normalize_status (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  const char *p = copy;
  guint part_len = 0;
  guint dots = 0;

  if (p[0] == 'x')
    copy[0] = 'X';

  if (p[0] != 'X' && (p[0] < '2' || p[0] > '5'))
    return NULL;
  if (p[1] != '.')
    return NULL;

  for (p = copy + 2; *p != '\0'; p++)
    {
      if (*p == '.')
        {
          if (part_len == 0)
            return NULL;
          dots++;
          part_len = 0;
        }
      else if (g_ascii_isdigit (*p) && part_len < 3)
        part_len++;
      else
        return NULL;
    }

  if (dots != 1 || part_len == 0)
    return NULL;

  return g_steal_pointer (&copy);
}

static char *
class_independent (const char *status)
{
  return g_strconcat ("X", status + 1, NULL);
}

static gboolean
is_reply_code_text (const char *text)
{
  return strlen (text) == 3 &&
         text[0] >= '2' && text[0] <= '5' &&
         g_ascii_isdigit (text[1]) &&
         g_ascii_isdigit (text[2]);
}

/**
 * bounce_knowledge_get_reason:
 * @reason: a #BounceReason
 *
 * Returns: (transfer none) (nullable): the entry explaining @reason
 */
const BounceKnowledgeEntry *
bounce_knowledge_get_reason (BounceReason reason)
{
  g_return_val_if_fail (reason < BOUNCE_N_REASONS, NULL);

  return lookup (BOUNCE_TOPIC_REASON, NULL, bounce_reason_to_string (reason));
}

/**
 * bounce_knowledge_get_reply_code:
 * @code: an SMTP reply code such as 550
 *
 * Returns: (transfer none) (nullable): the entry for @code, or %NULL when
 *   the code is not a known reply code
 */
const BounceKnowledgeEntry *
bounce_knowledge_get_reply_code (guint code)
{
  char key[16];

  if (code < 200 || code > 599)
    return NULL;

  g_snprintf (key, sizeof key, "%u", code);

  return lookup (BOUNCE_TOPIC_REPLY_CODE, NULL, key);
}

/**
 * bounce_knowledge_get_status:
 * @status: an enhanced status code, "5.7.27"
 * @provider: (nullable): the provider the bounce comes from, "google"
 *
 * Looks up an enhanced status code. A provider that gives a registered
 * code its own meaning wins when the bounce comes from that provider;
 * otherwise the exact code ("5.2.2") and then the class-independent one
 * ("X.2.2") is used.
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL when unknown
 */
const BounceKnowledgeEntry *
bounce_knowledge_get_status (const char *status,
                             const char *provider)
{
  const BounceKnowledgeEntry *entry = NULL;
  g_autofree char *norm = NULL;
  g_autofree char *any_class = NULL;

  g_return_val_if_fail (status != NULL, NULL);

  if (!(norm = normalize_status (status)))
    return NULL;

  any_class = class_independent (norm);

  if (provider != NULL && provider[0] != '\0')
    {
      if ((entry = lookup (BOUNCE_TOPIC_STATUS, provider, norm)) ||
          (entry = lookup (BOUNCE_TOPIC_STATUS, provider, any_class)))
        return entry;
    }

  if ((entry = lookup (BOUNCE_TOPIC_STATUS, NULL, norm)) ||
      (entry = lookup (BOUNCE_TOPIC_STATUS, NULL, any_class)))
    return entry;

  return NULL;
}

/**
 * bounce_knowledge_get_all:
 * @n_entries: (out) (optional): the number of entries
 *
 * Every entry: reasons first, then reply codes, enhanced status codes and
 * provider overlays in table order.
 *
 * Returns: (transfer none) (array length=n_entries zero-terminated=1): the entries
 */
const BounceKnowledgeEntry * const *
bounce_knowledge_get_all (guint *n_entries)
{
  const KnowledgeIndex *idx = get_index ();

  if (n_entries != NULL)
    *n_entries = idx->n_all;

  return idx->all;
}

typedef struct
{
  GPtrArray  *results;
  GHashTable *seen;
} SearchState;

static void
take (SearchState                *state,
      const BounceKnowledgeEntry *entry)
{
  if (entry == NULL || g_hash_table_contains (state->seen, entry))
    return;

  g_hash_table_add (state->seen, (gpointer) entry);
  g_ptr_array_add (state->results, (gpointer) entry);
}

/* The generic meaning of @key in @topic. */
static void
take_generic (SearchState *state,
              BounceTopic  topic,
              const char  *key)
{
  take (state, lookup (topic, NULL, key));
}

/* The providers' own meanings of @key in @topic, in table order. */
static void
take_providers (SearchState *state,
                BounceTopic  topic,
                const char  *key)
{
  const KnowledgeIndex *idx = get_index ();

  for (guint i = 0; i < idx->n_all; i++)
    {
      const BounceKnowledgeEntry *entry = idx->all[i];

      if (entry->topic == topic &&
          entry->provider != NULL &&
          g_ascii_strcasecmp (entry->key, key) == 0)
        take (state, entry);
    }
}

static void
take_reply_code (SearchState *state,
                 const char  *code)
{
  take_generic (state, BOUNCE_TOPIC_REPLY_CODE, code);
  take_providers (state, BOUNCE_TOPIC_REPLY_CODE, code);
}

/* The registry meaning of a status code: exact, then class-independent. */
static void
take_status_generic (SearchState *state,
                     const char  *status)
{
  g_autofree char *any_class = class_independent (status);

  take_generic (state, BOUNCE_TOPIC_STATUS, status);
  take_generic (state, BOUNCE_TOPIC_STATUS, any_class);
}

static void
take_status_providers (SearchState *state,
                       const char  *status)
{
  g_autofree char *any_class = class_independent (status);

  take_providers (state, BOUNCE_TOPIC_STATUS, status);
  take_providers (state, BOUNCE_TOPIC_STATUS, any_class);
}

static void
take_status (SearchState *state,
             const char  *status)
{
  take_status_generic (state, status);
  take_status_providers (state, status);
}

static gboolean
take_exact (SearchState *state,
            const char  *query)
{
  g_autofree char *status = NULL;
  g_autofree char *lower = g_ascii_strdown (query, -1);
  guint before = state->results->len;
  BounceReason reason;

  if (is_reply_code_text (query))
    take_reply_code (state, query);
  else if ((status = normalize_status (query)))
    take_status (state, status);
  else if (bounce_reason_from_string (lower, &reason))
    take (state, bounce_knowledge_get_reason (reason));

  return state->results->len > before;
}

static gboolean
is_code_boundary (char c)
{
  return c == '\0' || !(g_ascii_isalnum (c) || c == '.' || c == '_');
}

/* Finds reply codes ("550", "550-") and enhanced status codes ("5.1.1",
 * "#5.1.1") inside pasted text by plain scanning, in order of appearance.
 * Numbers inside IP addresses, dates or longer tokens are not codes. */
static GPtrArray *
find_codes_in_text (const char *text)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p != '\0')
    {
      gboolean at_start = (p == text) || is_code_boundary (p[-1]);

      if (at_start && p[0] >= '2' && p[0] <= '5' && p[1] == '.')
        {
          const char *q = p + 2;
          guint subject = 0, detail = 0;

          while (g_ascii_isdigit (q[subject]) && subject < 4)
            subject++;
          if (subject > 0 && subject <= 3 && q[subject] == '.')
            {
              const char *d = q + subject + 1;

              while (g_ascii_isdigit (d[detail]) && detail < 4)
                detail++;
              if (detail > 0 && detail <= 3 && is_code_boundary (d[detail]))
                {
                  g_ptr_array_add (codes, g_strndup (p, (d + detail) - p));
                  p = d + detail;
                  continue;
                }
            }
        }
      else if (at_start && p[0] >= '2' && p[0] <= '5' &&
               g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
               (is_code_boundary (p[3]) || p[3] == '-'))
        {
          g_ptr_array_add (codes, g_strndup (p, 3));
          p += 3;
          continue;
        }

      p++;
    }

  return codes;
}

/* A pasted error line: its codes in order of appearance, with the meaning of
 * the provider the text reveals (Gmail's "gsmtp") before the registry one;
 * then the reason the classifier reads from the whole line; then what other
 * providers make of the same codes. Single words are left to the text search,
 * so "relay" is not turned into a guess. */
static void
take_pasted_text (SearchState *state,
                  const char  *text)
{
  g_autoptr(GPtrArray) codes = find_codes_in_text (text);
  g_autofree char *status = NULL;
  const char *provider;
  BounceEvidence evidence = { 0 };
  BounceReason reason;

  provider = bounce_classify_provider (NULL, NULL, text, NULL, NULL);

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);

      if (strchr (code, '.') == NULL)
        take_generic (state, BOUNCE_TOPIC_REPLY_CODE, code);
      else
        {
          if (provider != NULL)
            {
              g_autofree char *any_class = class_independent (code);

              take (state, lookup (BOUNCE_TOPIC_STATUS, provider, code));
              take (state, lookup (BOUNCE_TOPIC_STATUS, provider, any_class));
            }
          take_status_generic (state, code);
        }
    }

  if (codes->len > 0 || strpbrk (text, " \t\r\n") != NULL)
    {
      status = bounce_status_find (text);
      evidence.status = status;
      evidence.reply_code = bounce_reply_code_find (text);
      evidence.diagnostic = text;
      evidence.provider = provider;

      reason = bounce_classify_reason (&evidence);
      if (reason != BOUNCE_REASON_UNDEFINED && reason != BOUNCE_REASON_ONHOLD)
        take (state, bounce_knowledge_get_reason (reason));
    }

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);

      if (strchr (code, '.') == NULL)
        take_providers (state, BOUNCE_TOPIC_REPLY_CODE, code);
      else
        take_status_providers (state, code);
    }
}

static gboolean
contains_all_words (const char         *haystack,
                    const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (haystack, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* The translated text of @entry, casefolded, or NULL when nothing of it is
 * translated (then the cached untranslated form already covers it). */
static char *
fold_translated (const BounceKnowledgeEntry *entry,
                 gboolean                    title_only)
{
  const char *title = translate (entry->title);
  const char *plain = translate (entry->plain);
  const char *technical = translate (entry->technical);
  g_autofree char *joined = NULL;

  /* gettext returns its argument when there is no translation */
  if (title == entry->title &&
      (title_only || (plain == entry->plain && technical == entry->technical)))
    return NULL;

  if (title_only)
    joined = g_strjoin ("\n", entry->key, title ? title : "", NULL);
  else
    joined = g_strjoin ("\n",
                        entry->key,
                        title ? title : "",
                        plain ? plain : "",
                        technical ? technical : "",
                        NULL);

  return fold_for_search (joined);
}

static void
take_text_matches (SearchState *state,
                   const char  *query)
{
  const KnowledgeIndex *idx = get_index ();
  const SearchIndex *sidx = get_search_index ();
  g_autofree char *folded_query = fold_for_search (query);
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) weaker = g_ptr_array_new ();
  guint n_words = 0;

  words = g_strsplit_set (folded_query, " \t\r\n", -1);

  /* drop the empty words left by runs of spaces */
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] != '\0')
        {
          char *word = words[i];

          words[i] = NULL;
          words[n_words++] = word;
        }
      else
        g_clear_pointer (&words[i], g_free);
    }
  words[n_words] = NULL;

  /* Every word must match, so a pasted paragraph never matches as text; its
   * codes were already found. This also bounds the work on huge input. */
  if (n_words == 0 || n_words > MAX_SEARCH_WORDS)
    return;

  /* Matches in the code or title rank above matches in the explanations. */
  for (guint i = 0; i < idx->n_all; i++)
    {
      const BounceKnowledgeEntry *entry = idx->all[i];
      g_autofree char *translated_title = NULL;
      g_autofree char *translated = NULL;

      if (g_hash_table_contains (state->seen, entry))
        continue;

      if (contains_all_words (sidx->folded_title[i], (const char * const *) words))
        {
          take (state, entry);
          continue;
        }

      translated_title = fold_translated (entry, TRUE);
      if (translated_title != NULL &&
          contains_all_words (translated_title, (const char * const *) words))
        {
          take (state, entry);
          continue;
        }

      if (contains_all_words (sidx->folded[i], (const char * const *) words))
        {
          g_ptr_array_add (weaker, (gpointer) entry);
          continue;
        }

      translated = fold_translated (entry, FALSE);
      if (translated != NULL &&
          contains_all_words (translated, (const char * const *) words))
        g_ptr_array_add (weaker, (gpointer) entry);
    }

  for (guint i = 0; i < weaker->len; i++)
    take (state, g_ptr_array_index (weaker, i));
}

/**
 * bounce_knowledge_search:
 * @query: what the user typed: a code ("550", "5.7.26"), a word ("relay")
 *   or a pasted error line
 *
 * Searches the knowledge base case-insensitively in the codes, titles and
 * explanations, both untranslated and translated. Results are ranked: entries
 * whose code is exactly @query first, then the codes found inside a pasted
 * line (in the order they appear), then text matches, title matches before
 * matches in the explanations.
 *
 * Returns: (transfer container) (element-type BounceKnowledgeEntry): the
 *   matching entries, possibly none
 */
GPtrArray *
bounce_knowledge_search (const char *query)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GHashTable) seen = NULL;
  SearchState state;

  g_return_val_if_fail (query != NULL, g_ptr_array_new ());

  state.results = g_ptr_array_new ();
  if (!g_utf8_validate (query, -1, NULL))
    return state.results;

  seen = g_hash_table_new (NULL, NULL);
  state.seen = seen;

  /* Someone may paste a whole mailbox: only its beginning is searched. */
  if (strlen (query) > MAX_SEARCH_BYTES)
    {
      const char *end = g_utf8_find_prev_char (query, query + MAX_SEARCH_BYTES + 1);

      trimmed = g_strndup (query, end - query);
    }
  else
    trimmed = g_strdup (query);

  g_strstrip (trimmed);
  if (trimmed[0] == '\0')
    return state.results;

  if (!take_exact (&state, trimmed))
    take_pasted_text (&state, trimmed);

  take_text_matches (&state, trimmed);

  return state.results;
}

/**
 * bounce_knowledge_entry_title:
 * @entry: an entry
 *
 * Returns: (transfer none): the translated title
 */
const char *
bounce_knowledge_entry_title (const BounceKnowledgeEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return translate (entry->title);
}

/**
 * bounce_knowledge_entry_plain:
 * @entry: an entry
 *
 * Returns: (transfer none): the translated plain-language explanation
 */
const char *
bounce_knowledge_entry_plain (const BounceKnowledgeEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return translate (entry->plain);
}

/**
 * bounce_knowledge_entry_technical:
 * @entry: an entry
 *
 * Returns: (transfer none): the translated technical explanation
 */
const char *
bounce_knowledge_entry_technical (const BounceKnowledgeEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return translate (entry->technical);
}

/**
 * bounce_knowledge_entry_n_steps:
 * @entry: an entry
 *
 * Returns: the number of checklist steps of @entry
 */
guint
bounce_knowledge_entry_n_steps (const BounceKnowledgeEntry *entry)
{
  guint n = 0;

  g_return_val_if_fail (entry != NULL, 0);

  while (n < BOUNCE_KNOWLEDGE_MAX_STEPS && entry->steps[n] != NULL)
    n++;

  return n;
}

/**
 * bounce_knowledge_entry_step:
 * @entry: an entry
 * @n: the index of the step
 *
 * Returns: (transfer none) (nullable): the translated step, or %NULL when
 *   @n is past the last step
 */
const char *
bounce_knowledge_entry_step (const BounceKnowledgeEntry *entry,
                             guint                       n)
{
  g_return_val_if_fail (entry != NULL, NULL);

  if (n >= bounce_knowledge_entry_n_steps (entry))
    return NULL;

  return translate (entry->steps[n]);
}

/**
 * bounce_actor_describe:
 * @actor: a #BounceActor
 *
 * Returns: (transfer none): who has to act, in plain translated words
 */
const char *
bounce_actor_describe (BounceActor actor)
{
  switch (actor)
    {
    case BOUNCE_ACTOR_SENDER:
      return _("You, the sender");
    case BOUNCE_ACTOR_SENDER_ADMIN:
      return _("Your mail administrator or email provider");
    case BOUNCE_ACTOR_RECIPIENT:
      return _("The recipient or their mail administrator");
    case BOUNCE_ACTOR_NOBODY:
    default:
      return _("Nobody — just wait");
    }
}

/**
 * bounce_severity_describe:
 * @severity: a #BounceSeverity
 *
 * Returns: (transfer none): the category in plain translated words
 */
const char *
bounce_severity_describe (BounceSeverity severity)
{
  switch (severity)
    {
    case BOUNCE_SEVERITY_PERMANENT:
      return _("Permanent failure");
    case BOUNCE_SEVERITY_TEMPORARY:
      return _("Temporary problem");
    case BOUNCE_SEVERITY_INFORMATIONAL:
    default:
      return _("Not a failure");
    }
}
