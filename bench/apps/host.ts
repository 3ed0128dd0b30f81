// What both host-like apps share: the endpoint they fetch, and the measurements they report.
import type { AuditLogActorInfo, AuditLogEvent } from '@audit-log-viewer/react';

/** The rows asked for: 20 (a first page), or `?rows=1000`. */
export const ROWS = Number(new URLSearchParams(window.location.search).get('rows')) || 20;

/** The answer of the bench server's `GET /api/events?limit=N`: a page of events and the names of their actors, in one response. */
export interface HostPage {
  events: AuditLogEvent[];
  actors: AuditLogActorInfo[];
}

/** Fetches a page from the bench server, as a host's own backend would answer. */
export async function fetchPage(limit: number, signal?: AbortSignal): Promise<HostPage> {
  const response = await fetch(`/api/events?limit=${limit}`, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as HostPage;
}

interface Bench {
  rows?: number;
  names?: number;
  frame?: number;
  blocking: number;
  dom?: number;
}

/**
 * Marks when the rows are in the DOM, when every row shows its actor's name (no placeholder left),
 * and the frame after that (the next animation frame, then a task: the moment the browser has
 * laid out and painted it); sums long-task blocking time until that frame.
 */
export function measure(): void {
  const w = window as unknown as { __bench: Bench };
  const bench: Bench = (w.__bench = { blocking: 0 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (bench.frame === undefined) bench.blocking += Math.max(0, entry.duration - 50);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const rows = document.querySelectorAll('tbody tr td:first-child').length;
    // A virtualized table (the viewer past 200 rows) draws the rows in view and says the page's size.
    const virtual = document.querySelector(`table[aria-rowcount="${ROWS + 1}"] tbody tr[data-row] td`) !== null && !document.querySelector('table[aria-busy="true"]');
    if (bench.rows === undefined && (rows >= ROWS || virtual)) bench.rows = performance.now();
    if (bench.rows !== undefined && bench.names === undefined && !document.querySelector('tbody .alv-skeleton')) {
      bench.names = performance.now();
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          bench.frame = performance.now();
          bench.dom = document.getElementsByTagName('*').length;
        }, 0),
      );
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}
