import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { AuditLogFilterChangeReason } from '../state/use-audit-log.js';
import type { AuditLogFilter } from './types.js';
import { DEFAULT_URL_PREFIX, readUrlState, writeUrlState, type AuditLogUrlState } from './url.js';

/** Options of {@link useAuditLogUrlState}. */
export interface UseAuditLogUrlStateOptions {
  /** The prefix of the viewer's query parameters (default `"audit."`); the host's own are never touched. */
  prefix?: string;
  /** Where the query string lives; default `window.history` (see {@link AuditLogUrlSource}). */
  source?: AuditLogUrlSource;
  /**
   * Also keeps the columns the person chose, and how times read, in the URL (`audit.col`, once
   * per column, and `audit.times`), so a shared link shows the same columns. Until the person
   * chooses, the viewer's own defaults apply (`defaultVisibleColumns`, `defaultTimeFormat`, the
   * Summary where it fits). Off by default: a link then carries
   * what is shown, not how.
   */
  columns?: boolean;
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
  /** With `columns`: the columns shown (empty: the viewer's defaults) and how times read (`null`: the default). */
  visibleColumns?: readonly string[];
  onVisibleColumnsChange?: (ids: readonly string[]) => void;
  timeFormat?: 'absolute' | 'relative' | null;
  onTimeFormatChange?: (timeFormat: 'absolute' | 'relative') => void;
}

/**
 * Where the URL state lives: the query string and how to change it. The default works on
 * `window.history`; a host with a router passes one over its router (Next.js, React Router,
 * TanStack Router: see the README), so that navigations the router makes are seen too.
 */
export interface AuditLogUrlSource {
  /** The current query string, with or without its leading `?`. */
  read(): string;
  /** Sets the query string: `push` adds a history entry, `replace` changes the current one. */
  write(search: string, mode: 'push' | 'replace'): void;
  /** Calls `onChange` whenever the query string may have changed; answers the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

/**
 * A URL source on `window.history`: reads `location.search`, writes with `pushState` /
 * `replaceState`, and hears Back and Forward (`popstate`) and its own writes. Navigations a
 * router makes with `pushState` of its own raise no event: give such a host's router instead.
 */
export function createHistoryUrlSource(): AuditLogUrlSource {
  const listeners = new Set<() => void>();
  return {
    read: () => (typeof window === 'undefined' ? '' : window.location.search),
    write: (search, mode) => {
      const url = new URL(window.location.href);
      url.search = search;
      if (url.href === window.location.href) return;
      if (mode === 'push') window.history.pushState(window.history.state, '', url.href);
      else window.history.replaceState(window.history.state, '', url.href);
      listeners.forEach((listener) => listener());
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      window.addEventListener('popstate', onChange);
      return () => {
        listeners.delete(onChange);
        window.removeEventListener('popstate', onChange);
      };
    },
  };
}

/** One empty list, so the binding does not change every render. */
const NO_COLUMNS: readonly string[] = [];

/** The server has no URL to read: it renders the viewer without URL state, and hydration follows. */
const serverSearch = () => '';

export function useAuditLogUrlState(options: UseAuditLogUrlStateOptions = {}): AuditLogUrlBinding {
  const prefix = options.prefix ?? DEFAULT_URL_PREFIX;
  const [ownSource] = useState(createHistoryUrlSource);
  const source = options.source ?? ownSource;
  const search = useSyncExternalStore(source.subscribe, source.read, serverSearch);
  // What this hook wrote, until the source says so (a router may apply a navigation later).
  // Once the source has moved (to it, or anywhere else: Back), the source is the truth again.
  const [written, setWritten] = useState<{ over: string; search: string } | null>(null);
  // Forgotten once the source has moved, in an effect, not during render: under React 18 a
  // state update during render left useSyncExternalStore holding the first query string, so
  // Back to exactly it was not seen as a change (the viewer stayed on the newer state). Until
  // then `written` is ignored, as `effective` checks `over`.
  useEffect(() => {
    if (written && written.over !== search) setWritten(null);
  }, [written, search]);
  const effective = written && written.over === search ? written.search : search;
  const state = useMemo(() => readUrlState(new URLSearchParams(effective), prefix), [effective, prefix]);
  // Whether the history entry on top is one this hook pushed for a search still being typed.
  const typing = useRef(false);
  const lastSeen = useRef(search);
  if (lastSeen.current !== search) {
    // Back, Forward or the host's router moved the URL: a new search starts a new entry.
    lastSeen.current = search;
    if (!written || written.search.replace(/^\?/, '') !== search.replace(/^\?/, '')) typing.current = false;
  }

  const write = useCallback(
    (next: AuditLogUrlState, mode: 'push' | 'replace') => {
      const current = source.read();
      const params = writeUrlState(new URLSearchParams(current), next, prefix).toString();
      if (params === new URLSearchParams(current).toString()) return;
      setWritten({ over: current, search: params });
      source.write(params ? `?${params}` : '', mode);
    },
    [source, prefix],
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
  const onVisibleColumnsChange = useCallback(
    (columns: readonly string[]) => {
      typing.current = false;
      write({ ...stateRef.current, columns: [...columns] }, 'replace');
    },
    [write],
  );
  const onTimeFormatChange = useCallback(
    (timeFormat: 'absolute' | 'relative') => {
      typing.current = false;
      write({ ...stateRef.current, timeFormat }, 'replace');
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
  const binding = { filter: state.filter, onFilterChange, pageSize: state.pageSize, onPageSizeChange, eventId: state.eventId ?? null, onEventIdChange, eventLink };
  if (!options.columns) return binding;
  // Always controlled once opted in: an empty list is the viewer's defaults (they follow its width).
  return { ...binding, visibleColumns: state.columns ?? NO_COLUMNS, onVisibleColumnsChange, timeFormat: state.timeFormat ?? null, onTimeFormatChange };
}
