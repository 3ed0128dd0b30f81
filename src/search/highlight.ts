import { fold } from './fold.js';
import type { SearchTerm } from './parse.js';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Which words of a text a search matched: a word is marked when it starts with one of the
 * search's words (folded, as the search compares them). Returns the text cut into plain and
 * marked pieces, in order.
 */
export function highlightPieces(text: string, needles: readonly string[]): { text: string; mark: boolean }[] {
  if (needles.length === 0 || text === '') return [{ text, mark: false }];
  const pieces: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    if (!needles.some((needle) => word.startsWith(needle))) continue;
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), mark: false });
    pieces.push({ text: match[0], mark: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/** The words of a search to highlight in the table (details-only terms are not shown there). */
export function highlightWords(terms: readonly SearchTerm[]): string[] {
  return [...new Set(terms.filter((t) => t.field.kind !== 'details').flatMap((t) => t.words))];
}

