import { useCallback, useEffect, useState } from 'react';
import { isRelative, type AuditLogFilter } from '../filter/types.js';

/** The "now" of a relative time range, and how to move it. */
export interface RelativeAnchor {
  /** The instant a relative range ends at; `null` until it is anchored (nothing is fetched meanwhile). */
  now: number | null;
  /** Anchors a filter being chosen now (call it from the event that chooses it). */
  anchorChosen(filter: AuditLogFilter, text: string): void;
  /** Moves "now" to now (Refresh). */
  refresh(): void;
}

/**
 * "Now" for a relative range: taken when the filter changes (or on refresh), then kept for every
 * page of the result, so that paging never shifts the window. Never read during render (a server
 * render, a Next.js prerender and hydration must give the same output): a filter chosen in the
 * viewer is anchored in its event handler, one that arrives otherwise (props, the URL) in an
 * effect; until then a relative range has no instants.
 *
 * @param filterText the filter shown, as JSON: the anchor belongs to it
 */
export function useRelativeAnchor(filter: AuditLogFilter, filterText: string): RelativeAnchor {
  const [anchor, setAnchor] = useState<{ text: string; now: number } | null>(null);
  const relative = isRelative(filter.time);
  const now = anchor && anchor.text === filterText ? anchor.now : null;
  useEffect(() => {
    if (relative && now === null) setAnchor({ text: filterText, now: Date.now() });
  }, [relative, now, filterText]);
  const anchorChosen = useCallback((next: AuditLogFilter, text: string) => {
    if (isRelative(next.time)) setAnchor({ text, now: Date.now() });
  }, []);
  const refresh = useCallback(() => setAnchor({ text: filterText, now: Date.now() }), [filterText]);
  return { now, anchorChosen, refresh };
}
