import type { ReactNode } from 'react';
import { highlightPieces } from '../search/highlight.js';
import { useSlot } from './context.js';

/** A text with the search's matches in `<mark>`; plain text (never HTML) either way. */
export function Highlight({ text, words }: { text: string; words: readonly string[] }): ReactNode {
  const slot = useSlot();
  if (words.length === 0) return text;
  const pieces = highlightPieces(text, words);
  if (pieces.length === 1 && !pieces[0]!.mark) return text;
  return pieces.map((piece, i) => (piece.mark ? <mark key={i} className={slot('mark')}>{piece.text}</mark> : piece.text));
}
