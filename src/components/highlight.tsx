import type { ReactNode } from 'react';
import { highlightPieces } from '../search/highlight.js';
import { useSlot } from './context.js';

/**
 * A text with the search's matches in `<mark class={markClass}>`; plain text (never HTML) either
 * way. A function, not a component: a table cell calls it several times per row, and a page of
 * 1,000 rows would otherwise pay thousands of components for what is, without a search, a string.
 */
export function highlight(text: string, words: readonly string[], markClass: string | undefined): ReactNode {
  if (words.length === 0) return text;
  const pieces = highlightPieces(text, words);
  if (pieces.length === 1 && !pieces[0]!.mark) return text;
  return pieces.map((piece, i) => (piece.mark ? <mark key={i} className={markClass}>{piece.text}</mark> : piece.text));
}

/** {@link highlight} as a component, for the parts that show one text. */
export function Highlight({ text, words }: { text: string; words: readonly string[] }): ReactNode {
  const slot = useSlot();
  return highlight(text, words, slot('mark'));
}
