import { LIMITS } from '../limits.js';
import { words } from './fold.js';
import { describeSearchProblem, type SearchProblem } from './problem.js';

/** Where a search term looks. */
export type SearchField =
  /** Anywhere: event name and label, actor ids and names, every string in the details. */
  | { kind: 'any' }
  /** `event:` the event name or its label. */
  | { kind: 'event' }
  /** `actor:` any actor id of the event, or an actor's resolved name or email. */
  | { kind: 'actor' }
  /** `user:` the acting user's id, or that user's resolved name or email. */
  | { kind: 'user' }
  /** `user.email:` and any other dotted path: the strings at that path in the event details. */
  | { kind: 'details'; path: readonly string[] };

/** One term of a search: all its words must appear, in order, in one text of its field. */
export interface SearchTerm {
  field: SearchField;
  /** The folded words (lower case, no accents); the last one may match the start of a word. */
  words: readonly string[];
  /** As typed, for messages and chips. */
  text: string;
}

/** A parsed search: every term must match (AND). No terms matches everything. */
export interface ParsedSearch {
  terms: readonly SearchTerm[];
}

export type { SearchProblem } from './problem.js';
export { describeSearchProblem } from './problem.js';

/** A search the parser cannot read; `problem` says what, `message` says it in English. */
export class SearchSyntaxError extends Error {
  override readonly name = 'SearchSyntaxError';
  constructor(readonly problem: SearchProblem, readonly position: number) {
    super(describeSearchProblem(problem));
  }
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*:/;

function fieldOf(key: string): SearchField {
  if (key === 'event') return { kind: 'event' };
  if (key === 'actor') return { kind: 'actor' };
  if (key === 'user') return { kind: 'user' };
  return { kind: 'details', path: key.split('.') };
}

/**
 * Reads a search: words and `"quoted phrases"` anywhere, or `key:value` / `key:"a phrase"` for one
 * field (`event:`, `actor:`, `user:`, or a dotted details path such as `user.email:`). Terms are
 * AND-ed; matching ignores case and accents. Throws a {@link SearchSyntaxError} for an unclosed
 * quote, a key without a value, or a search past the limits (src/limits.ts: 512 characters, 16
 * terms; a term's last word stands for the words it starts only from 2 characters on).
 */
export function parseSearch(input: string): ParsedSearch {
  if (input.length > LIMITS.searchLength) {
    throw new SearchSyntaxError({ kind: 'too-long', limit: LIMITS.searchLength, length: input.length }, LIMITS.searchLength);
  }
  const terms: SearchTerm[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i]!)) {
      i++;
      continue;
    }
    const start = i;
    const key = KEY.exec(input.slice(i))?.[0];
    let field: SearchField = { kind: 'any' };
    if (key) {
      field = fieldOf(key.slice(0, -1));
      i += key.length;
      if (i >= input.length || /\s/.test(input[i]!)) {
        throw new SearchSyntaxError({ kind: 'key-without-value', key }, start);
      }
    }
    let value: string;
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      if (close === -1) throw new SearchSyntaxError({ kind: 'unclosed-quote', after: input.slice(i) }, i);
      value = input.slice(i + 1, close);
      i = close + 1;
    } else {
      const end = input.slice(i).search(/\s/);
      value = end === -1 ? input.slice(i) : input.slice(i, i + end);
      i = end === -1 ? input.length : i + end;
    }
    const termWords = words(value);
    // A value of only punctuation ("-", "…") has no words: it cannot narrow anything, so it is dropped.
    if (termWords.length > 0) terms.push({ field, words: termWords, text: input.slice(start, i) });
    if (terms.length > LIMITS.searchTerms) {
      throw new SearchSyntaxError({ kind: 'too-many-terms', limit: LIMITS.searchTerms }, start);
    }
  }
  return { terms };
}

/** {@link parseSearch} without the exception: the query, or the problem (and its English sentence). */
export function tryParseSearch(input: string): { ok: true; search: ParsedSearch } | { ok: false; message: string; problem: SearchProblem } {
  try {
    return { ok: true, search: parseSearch(input) };
  } catch (error) {
    if (error instanceof SearchSyntaxError) return { ok: false, message: error.message, problem: error.problem };
    throw error;
  }
}
