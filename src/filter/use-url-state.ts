import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditLogFilterChangeReason } from '../state/use-audit-log.js';
import type { AuditLogFilter } from './types.js';
import { DEFAULT_URL_PREFIX, readUrlState, writeUrlState, type AuditLogUrlState } from './url.js';

/** Options of {@link useAuditLogUrlState}. */
export interface UseAuditLogUrlStateOptions {
  /** The prefix of the viewer's query parameters (default `"audit."`); the host's own are never touched. */
  prefix?: string;
}

/** Props to spread on `<AuditLogViewer>` (or `useAuditLog`) to keep its filter and page size in the URL. */
export interface AuditLogUrlBinding {
  filter: AuditLogFilter;
  onFilterChange: (filter: AuditLogFilter, reason: AuditLogFilterChangeReason) => void;
  pageSize: number | undefined;
  onPageSizeChange: (pageSize: number) => void;
  /** The open event (a permalink opens it). */
  eventId: string | null;
  onEventIdChange: (eventId: string | null) => void;
  /** The link that opens an event's details: this page's URL with the event in it. */
  eventLink: (eventId: string) => string;
}

function currentState(prefix: string): AuditLogUrlState {
  return typeof window === 'undefined' ? { filter: {} } : readUrlState(new URLSearchParams(window.location.search), prefix);
}

/**
 * Opt-in URL state: keeps the viewer's filter, page size and open event in the query string under
 * a prefix, so that a reload or a pasted link opens the same view (or event) and Back undoes a
 * change. A search being typed replaces the history entry (one entry per search, not per
 * keystroke); every other change pushes one. Values read from the URL are validated; unknown parameters are ignored.
 *
 * @example
 * ```tsx
 * const url = useAuditLogUrlState();
 * <AuditLogViewer adapter={adapter} {...url} />
 * ```
 */
export function useAuditLogUrlState(options: UseAuditLogUrlStateOptions = {}): AuditLogUrlBinding {
  const prefix = options.prefix ?? DEFAULT_URL_PREFIX;
  const [state, setState] = useState(() => currentState(prefix));
  // Whether the history entry on top is one this hook pushed for a search still being typed.
  const typing = useRef(false);
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const onPopState = () => {
      typing.current = false;
      setState(currentState(prefix));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [prefix]);

  const write = useCallback(
    (next: AuditLogUrlState, mode: 'push' | 'replace') => {
      setState(next);
      if (typeof window === 'undefined') return;
      const url = new URL(window.location.href);
      const params = writeUrlState(url.searchParams, next, prefix);
      const search = params.toString();
      url.search = search ? `?${search}` : '';
      if (url.href === window.location.href) return;
      if (mode === 'push') window.history.pushState(window.history.state, '', url.href);
      else window.history.replaceState(window.history.state, '', url.href);
    },
    [prefix],
  );

  const onFilterChange = useCallback(
    (filter: AuditLogFilter, reason: AuditLogFilterChangeReason) => {
      // The first pause while typing pushes an entry (so Back returns to before the search);
      // later pauses of the same search replace it; any other change pushes.
      const mode = reason === 'typing' && typing.current ? 'replace' : 'push';
      typing.current = reason === 'typing';
      write({ ...stateRef.current, filter }, mode);
    },
    [write],
  );
  const onPageSizeChange = useCallback(
    (pageSize: number) => {
      typing.current = false;
      write({ ...stateRef.current, pageSize }, 'push');
    },
    [write],
  );
  const onEventIdChange = useCallback(
    (eventId: string | null) => {
      typing.current = false;
      const { eventId: open, ...rest } = stateRef.current;
      // Opening and closing push an entry (Back closes or reopens); moving to the next event replaces it.
      write(eventId ? { ...rest, eventId } : rest, open && eventId ? 'replace' : 'push');
    },
    [write],
  );
  const eventLink = useCallback(
    (eventId: string) => {
      if (typeof window === 'undefined') return '';
      const url = new URL(window.location.href);
      url.search = writeUrlState(url.searchParams, { ...stateRef.current, eventId }, prefix).toString();
      return url.href;
    },
    [prefix],
  );
  const stateRef = useRef(state);
  stateRef.current = state;
  return { filter: state.filter, onFilterChange, pageSize: state.pageSize, onPageSizeChange, eventId: state.eventId ?? null, onEventIdChange, eventLink };
}
