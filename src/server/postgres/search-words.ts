import { LIMITS } from '../../limits.js';
import type { AuditLogEvent } from '../../model/event.js';
import { words } from '../../search/fold.js';
import { searchableTexts } from '../../search/match.js';
import type { ParsedSearch } from '../../search/parse.js';

// The full-text index narrows a search before the engine's matcher tests it (store.ts): an
// event's lexemes are the engine's own folded words of every text a search looks in (so no
// match is ever narrowed away), stored verbatim by `array_to_tsvector` (PostgreSQL's parser and
// dictionaries would fold them otherwise). The index may let through events that do not match
// (a phrase's words in two texts); the matcher drops those.

/**
 * A lexeme holds at most 2 kB: a longer word is indexed by its first 500 characters, and a
 * query word past them asks for that start as a prefix (still every match, and more).
 */
const MAX_LEXEME = 500;

/** The distinct words an event is found by. */
export function searchWordsOf(event: AuditLogEvent): string[] {
  const texts = searchableTexts(event);
  const all = new Set<string>();
  for (const text of [...texts.event, ...texts.actor, ...texts.details.map((d) => d.text)]) {
    for (const word of words(text)) all.add(word.slice(0, MAX_LEXEME));
  }
  return [...all];
}

const quote = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The tsquery every match of a search satisfies: each term's words, the last one as a prefix
 * where the engine reads it so (2 characters or more). `null` for a search without words.
 */
export function searchQueryOf(search: ParsedSearch): string | null {
  const parts: string[] = [];
  for (const term of search.terms) {
    term.words.forEach((word, i) => {
      const last = i === term.words.length - 1;
      if (word.length > MAX_LEXEME) parts.push(`${quote(word.slice(0, MAX_LEXEME))}:*`);
      else parts.push(last && word.length >= LIMITS.searchPrefixLength ? `${quote(word)}:*` : quote(word));
    });
  }
  return parts.length ? parts.join(' & ') : null;
}

/**
 * Whether the index alone answers a search as the engine's matcher would: every term one word,
 * looked for anywhere. A word is then in some text of the event exactly when the event has its
 * lexeme (or, for a prefix, a lexeme it starts), so no row needs reading to test it; phrases,
 * field terms and words past a lexeme's length still go through the matcher.
 */
export function indexAnswers(search: ParsedSearch): boolean {
  return search.terms.every((term) => term.field.kind === 'any' && term.words.length === 1 && term.words[0]!.length <= MAX_LEXEME);
}
