import { ACTOR_ID_FIELDS } from '../model/event.js';
import { describeEventName } from '../model/catalogue.js';
import type { AuditLogEvent } from '../model/event.js';
import { LIMITS } from '../limits.js';
import { containsWords, words } from './fold.js';
import type { ParsedSearch, SearchTerm } from './parse.js';

/** Names an actor id resolves to (a user's name and email, an API key's name), if known. */
export type ActorNames = (actorId: string) => readonly string[] | undefined;

/** One string of the event details, with the keys that lead to it (array indexes left out). */
export interface DetailText {
  path: readonly string[];
  text: string;
}

const MAX_DEPTH = 32;

/**
 * Calls `visit` with every string in a details value, without paths: the word index's fast walk.
 * It walks exactly what {@link detailTexts} walks (same depth limit), so the index and the
 * matcher never disagree on what a details string is.
 */
export function forEachDetailString(value: unknown, visit: (text: string) => void, depth = 0): void {
  if (typeof value === 'string') visit(value);
  else if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return;
  else if (Array.isArray(value)) for (const item of value) forEachDetailString(item, visit, depth + 1);
  else for (const item of Object.values(value)) forEachDetailString(item, visit, depth + 1);
}

/**
 * Whether an actor (a user or an API key) answers a typeahead query: every word of it starts a
 * word of the id, name or email.
 */
export function actorMatches(actor: { id: string; displayName?: string; email?: string }, wanted: readonly string[]): boolean {
  return wanted.length === 0 || [actor.id, actor.displayName ?? '', actor.email ?? ''].some((text) => containsWords(words(text), wanted));
}

/** Every string in the details, with its path: `{ user: { email } }` gives `user.email`. */
export function detailTexts(details: unknown): DetailText[] {
  const out: DetailText[] = [];
  const walk = (value: unknown, path: string[], depth: number) => {
    if (typeof value === 'string') out.push({ path, text: value });
    else if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return;
    else if (Array.isArray(value)) for (const item of value) walk(item, path, depth + 1);
    else for (const [key, item] of Object.entries(value)) walk(item, [...path, key], depth + 1);
  };
  walk(details, [], 0);
  return out;
}

/** The texts of an event that a search looks in, grouped by field. */
export interface SearchableTexts {
  event: string[];
  actor: string[];
  user: string[];
  details: DetailText[];
}

/** The texts of an event: name and label, actor ids with their names, details strings. */
export function searchableTexts(event: AuditLogEvent, names?: ActorNames): SearchableTexts {
  const actor: string[] = [];
  const user: string[] = [];
  for (const field of ACTOR_ID_FIELDS) {
    const id = event[field];
    if (typeof id !== 'string' || id === '') continue;
    const known = names?.(id) ?? [];
    actor.push(id, ...known);
    if (field === 'actorUserId') user.push(id, ...known);
  }
  return {
    event: [event.eventName, describeEventName(event.eventName).label],
    actor,
    user,
    details: detailTexts(event.eventDetails),
  };
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

function inAny(texts: readonly string[], needle: readonly string[]): boolean {
  return texts.some((text) => containsWords(words(text), needle, LIMITS.searchPrefixLength));
}

/** Whether one term matches an event's texts. */
export function termMatches(term: SearchTerm, texts: SearchableTexts): boolean {
  const { field } = term;
  switch (field.kind) {
    case 'event':
      return inAny(texts.event, term.words);
    case 'actor':
      return inAny(texts.actor, term.words);
    case 'user':
      return inAny(texts.user, term.words);
    case 'details':
      return texts.details.some((d) => samePath(d.path, field.path) && containsWords(words(d.text), term.words, LIMITS.searchPrefixLength));
    case 'any':
      return (
        inAny(texts.event, term.words) ||
        inAny(texts.actor, term.words) ||
        texts.details.some((d) => containsWords(words(d.text), term.words, LIMITS.searchPrefixLength))
      );
  }
}

/** Whether an event matches every term of a search. */
export function searchMatches(search: ParsedSearch, event: AuditLogEvent, names?: ActorNames): boolean {
  if (search.terms.length === 0) return true;
  const texts = searchableTexts(event, names);
  return search.terms.every((term) => termMatches(term, texts));
}
