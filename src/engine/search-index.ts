import { AuditLogError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { words } from '../search/fold.js';
import { actorIdsOf } from '../model/actor.js';
import { forEachDetailString, searchableTexts, searchMatches, type ActorNames } from '../search/match.js';
import { parseSearch, SearchSyntaxError, type ParsedSearch } from '../search/parse.js';
import { lowerBound as lowerBoundEntry, type Entry } from './entry.js';
import type { CandidateGroup, SearchPlanner } from './plan.js';
import { insertSorted, type EventStore } from './store.js';

/** Options of {@link createFullTextSearch}. */
export interface FullTextSearchOptions {
  /**
   * Names of actors by id (a user's name and email, an API key's name), so that a search for
   * "jane" finds what Jane did. Read when an event is indexed.
   */
  actorNames?: ActorNames;
}

const EMPTY: readonly Entry[] = [];

/** First index in a sorted array of the first string not less than `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Posting lists by folded word, each in key order, over one store, kept in step with it. */
class WordIndex {
  private readonly postings = new Map<string, Entry[]>();
  private readonly nameWords = new Map<string, string[]>();
  /**
   * The words, sorted, for prefix lookups: sorted once when the index is built, then kept sorted
   * as new words arrive (a re-sort of a million words would hold a server for seconds).
   */
  private readonly sorted: string[];

  constructor(store: EventStore, private readonly names: ActorNames | undefined) {
    this.sorted = [];
    for (const entry of store.all) this.add(entry, false);
    this.sorted = [...this.postings.keys()].sort();
    store.addIndexer((entry) => this.add(entry, true));
  }

  private add(entry: Entry, keepSorted: boolean): void {
    const { event } = entry;
    const seen = new Set<string>();
    const note = (text: string) => {
      for (const word of words(text)) seen.add(word);
    };
    // The words of a name and its label are the same for every event of that name.
    let nameWords = this.nameWords.get(event.eventName);
    if (!nameWords) {
      const texts = searchableTexts({ ...event, eventDetails: {} }, undefined).event;
      nameWords = [...new Set(texts.flatMap((text) => words(text)))];
      this.nameWords.set(event.eventName, nameWords);
    }
    for (const word of nameWords) seen.add(word);
    for (const id of actorIdsOf(event)) {
      note(id);
      for (const name of this.names?.(id) ?? []) note(name);
    }
    forEachDetailString(event.eventDetails, note);
    for (const word of seen) {
      let list = this.postings.get(word);
      if (!list) {
        list = [];
        this.postings.set(word, list);
        if (keepSorted) this.sorted.splice(lowerBound(this.sorted, word), 0, word);
      }
      insertSorted(list, entry);
    }
  }

  /** The lists of entries that have `word` (or, as a prefix, a word that starts with it). */
  lists(word: string, prefix: boolean): readonly (readonly Entry[])[] {
    if (!prefix) return [this.postings.get(word) ?? EMPTY];
    const sorted = this.sorted;
    const out: (readonly Entry[])[] = [];
    for (let i = lowerBound(sorted, word); i < sorted.length && sorted[i]!.startsWith(word); i++) out.push(this.postings.get(sorted[i]!)!);
    return out.length ? out : [EMPTY];
  }
}

const MAX_MEMBERSHIP_LISTS = 16;

/** Whether a key-ordered list holds an entry (binary search on its key). */
function holds(list: readonly Entry[], entry: Entry): boolean {
  const at = lowerBoundEntry(list, entry.time, entry.event.id);
  return list[at] === entry;
}

function size(lists: readonly (readonly Entry[])[]): number {
  let n = 0;
  for (const list of lists) n += list.length;
  return n;
}

/**
 * The engine's full-text search: an inverted index of words (built with the engine's store, then
 * kept in step with inserts) narrows a search to the entries that have its rarest word, and the
 * exact matcher checks each candidate (fields, phrases, every term). Give it to
 * `createQueryEngine({ search })`; each engine gets its own index.
 */
export function createFullTextSearch(options: FullTextSearchOptions = {}): SearchPlanner {
  const indexes = new WeakMap<EventStore, WordIndex>();
  const indexOf = (store: EventStore): WordIndex => {
    let index = indexes.get(store);
    if (!index) {
      index = new WordIndex(store, options.actorNames);
      indexes.set(store, index);
    }
    return index;
  };
  const planner: SearchPlanner = (text, store): CandidateGroup[] => {
    let parsed: ParsedSearch;
    try {
      parsed = parseSearch(text);
    } catch (error) {
      if (error instanceof SearchSyntaxError) throw new AuditLogError('invalid_request', `filter.search: ${error.message}`, { status: 400 });
      throw error;
    }
    if (parsed.terms.length === 0) return [{ lists: [store.all], test: () => true }];
    const index = indexOf(store);
    // Every word of every term must be present: each word is a group of its own (the entries
    // that have it, exactly), so the query walks the rarest and checks the others by binary
    // search; the exact matcher (fields, phrases) then runs only on what has every word.
    const groups: CandidateGroup[] = [];
    let best: readonly (readonly Entry[])[] | null = null;
    let bestSize = Infinity;
    const seen = new Set<string>();
    for (const term of parsed.terms) {
      term.words.forEach((word, i) => {
        // Only a last word of some length stands for the words it starts (src/limits.ts).
        const prefix = i === term.words.length - 1 && word.length >= LIMITS.searchPrefixLength;
        const key = `${prefix ? '^' : '='}${word}`;
        if (seen.has(key)) return;
        seen.add(key);
        const lists = index.lists(word, prefix);
        const n = size(lists);
        if (n < bestSize) {
          best = lists;
          bestSize = n;
        }
        // A short prefix may stand for thousands of words: testing membership in all of them
        // would cost more than the exact matcher, which checks the word anyway.
        if (lists.length <= MAX_MEMBERSHIP_LISTS) groups.push({ lists, searched: true, test: (entry) => lists.some((list) => holds(list, entry)) });
      });
    }
    // Terms of one word each, in any field, are exactly their words' lists: the index holds the
    // same words of the same texts as the matcher reads (see forEachDetailString; actor names as
    // they were when the event was indexed). Their groups then are the whole answer, and a count
    // or an aggregate's walk needs no text test (measured: a count of "session" on 1M events,
    // 62 ms with it, 2 ms without). Anything else (a phrase, a dotted or field term, a prefix of
    // very many words) keeps the exact matcher.
    const plain = parsed.terms.every((term) => term.field.kind === 'any' && term.words.length === 1) && groups.length === seen.size;
    if (!plain) groups.push({ lists: best ?? [store.all], superset: true, test: (entry) => searchMatches(parsed, entry.event, options.actorNames) });
    return groups;
  };
  planner.prepare = (store) => void indexOf(store);
  return planner;
}
