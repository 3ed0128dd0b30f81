import { keepPreviousData, useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import type { Locale } from 'date-fns';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { AuditLogAdapter, AuditLogCapabilities, AuditLogListResult } from '../adapter/types.js';
import { AuditLogError, isAuditLogError } from '../errors.js';
import { resolveMessages, type AuditLogMessages } from '../format/messages.js';
import { createTimeFormatter, resolveZone, type AuditLogTimeZone } from '../format/time.js';
import type { AuditLogEvent, AuditLogSort } from '../model/event.js';
import { toListFilter } from '../filter/resolve.js';
import { supportedFilter } from '../filter/supported.js';
import type { AuditLogListFilter } from '../model/query.js';
import { hasActiveFilter, isRelative, type AuditLogFilter } from '../filter/types.js';
import { highlightWords } from '../search/highlight.js';
import { tryParseSearch, type SearchTerm } from '../search/parse.js';
import { ActorBatcher } from '../query/actor-batcher.js';
import { createAuditLogQueryClient } from '../query/client.js';
import { auditLogKeys } from '../query/keys.js';
import { useControlled } from './controlled.js';
import { devWarning } from './dev-warning.js';
import { useEventSelection, type EventSelection } from './use-event-selection.js';
import { useFirstPageBeforePaint } from './use-first-page-before-paint.js';

/** Options of {@link useAuditLog}; every stateful option is controlled or uncontrolled. */
export interface UseAuditLogOptions {
  /** Where the events come from. */
  adapter: AuditLogAdapter;
  /** The QueryClient to cache in; default one of the viewer's own, so viewers never share entries. */
  queryClient?: QueryClient;
  /** Rows per page (controlled). Must be one of the adapter's `capabilities.pageSizes`. */
  pageSize?: number;
  /** Rows per page at first (uncontrolled); default the adapter's first page size. */
  defaultPageSize?: number;
  /** Called when the person picks another page size. */
  onPageSizeChange?: (pageSize: number) => void;
  /** The zone times are shown in (controlled): `"local"`, `"UTC"` or an IANA name. */
  timeZone?: AuditLogTimeZone;
  /** The zone at first (uncontrolled); default `"local"`. */
  defaultTimeZone?: AuditLogTimeZone;
  /** Called when the person picks another zone. */
  onTimeZoneChange?: (timeZone: AuditLogTimeZone) => void;
  /** What to show (controlled): event types, actors, time, search and sort. */
  filter?: AuditLogFilter;
  /** The filter at first (uncontrolled); default none. */
  defaultFilter?: AuditLogFilter;
  /**
   * Called when the person changes the filter. `reason` is `"typing"` for a search still being
   * typed (debounced) and `"commit"` for every other change, so that a URL can replace its entry
   * while a person types and push one when they are done.
   */
  onFilterChange?: (filter: AuditLogFilter, reason: AuditLogFilterChangeReason) => void;
  /** The event whose details are open (controlled); `null` for none. */
  eventId?: string | null;
  /** The event open at first (uncontrolled), e.g. from a link. */
  defaultEventId?: string | null;
  /** Called when the person opens or closes an event's details. */
  onEventIdChange?: (eventId: string | null) => void;
  /** A shareable link to an event (the URL state hook gives one); without it there is no "Copy link". */
  eventLink?: (eventId: string) => string;
  /** Names export files (the organization, e.g. "Acme Corp"); default the title. */
  exportName?: string;
  /** Overrides of the English messages, key by key. */
  messages?: Partial<AuditLogMessages>;
  /** The date-fns locale for dates. */
  locale?: Locale;
}

/** Why the filter changed: a search still being typed, or anything else. */
export type AuditLogFilterChangeReason = 'typing' | 'commit';

/** What the person is looking at: `empty` is "no events yet", `no-match` is "no events match the filters". */
export type AuditLogStatus = 'loading' | 'error' | 'empty' | 'no-match' | 'ready';

/** The whole state of a viewer and what can be done with it: the headless API. */
export interface AuditLogController extends EventSelection {
  adapter: AuditLogAdapter;
  capabilities: AuditLogCapabilities;
  queryClient: QueryClient;
  messages: AuditLogMessages;
  locale: Locale | undefined;
  /** Resolves actor lookups for rows, batched per render. */
  actors: ActorBatcher;
  /** This viewer's own part of every query key. */
  scope: string;
  /** The rows of the current page (empty while loading). */
  events: AuditLogEvent[];
  status: AuditLogStatus;
  /** Why the first page failed (status `error`). */
  error: AuditLogError | null;
  /** Why loading more failed while rows stay shown. */
  pageError: AuditLogError | null;
  /** The backend's note that the page is incomplete. */
  partial: string | undefined;
  /** A request is under way (first page, next page or refresh). */
  isFetching: boolean;
  /** The next page is loading while the current rows stay visible. */
  isLoadingMore: boolean;
  /** 0-based index of the page shown. */
  pageIndex: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Shows the next page (loading it once; later visits come from the cache). */
  nextPage(): void;
  /** Shows the previous page, from the cache: no request. */
  previousPage(): void;
  pageSize: number;
  /** The page sizes a person may pick (one means fixed). */
  pageSizes: readonly number[];
  setPageSize(pageSize: number): void;
  /** The zone setting as given (`"local"`, `"UTC"`, IANA). */
  timeZoneSetting: AuditLogTimeZone;
  /** The IANA zone times are shown in (resolving `"local"` on first read). */
  readonly timeZone: string;
  /** Formats an event time in that zone and the locale, labeled with the zone. */
  formatTime(iso: string): string;
  setTimeZone(zone: AuditLogTimeZone): void;
  /** Tries again what failed. */
  retry(): void;
  /**
   * Drops the pages loaded for this filter and loads the first one again: what to do when a page
   * token has expired (`invalid_cursor`), which no retry of the same token can mend.
   */
  startOver(): void;
  /** The filter shown (the sort included). */
  filter: AuditLogFilter;
  /** Changes the filter; paging starts again at page 1. */
  setFilter(filter: AuditLogFilter, reason?: AuditLogFilterChangeReason): void;
  /** Removes every filter (keeps the sort). */
  clearFilters(): void;
  /** Whether any filter narrows the events. */
  hasFilters: boolean;
  /** Why the search cannot be read (an unclosed quote…), shown at the search box; no request is made meanwhile. */
  searchError: string | null;
  /** The search's terms. */
  searchTerms: readonly SearchTerm[];
  /** The folded words to mark in the table's text (empty without a search). */
  highlight: readonly string[];
  /** The order shown. */
  sort: AuditLogSort;
  /** Loads the events again; a relative time range moves up to now. */
  refresh(): void;
  /** A shareable link to an event, when the host gives one. */
  eventLink: ((eventId: string) => string) | undefined;
  /** The adapter's filter for what is shown (a relative range as instants): what an export exports. */
  listFilter: AuditLogListFilter;
  /** Names export files. */
  exportName: string;
}

const NO_EVENTS: AuditLogEvent[] = [];
const NO_FILTER: AuditLogFilter = {};
const NO_TERMS: readonly SearchTerm[] = [];

function asAuditLogError(error: unknown): AuditLogError | null {
  if (!error) return null;
  if (isAuditLogError(error)) return error;
  return new AuditLogError('server', error instanceof Error ? error.message : String(error));
}

/**
 * The headless viewer: fetches pages by cursor through TanStack Query, keeps the cursor chain (a
 * page visited once is shown again without a request), resolves actors in batches, and holds the
 * page size and time zone. Render it any way you like, or use `<AuditLogViewer>`.
 */
export function useAuditLog(options: UseAuditLogOptions): AuditLogController {
  const { adapter, locale } = options;
  const capabilities = adapter.capabilities;
  const [ownClient] = useState(createAuditLogQueryClient);
  const queryClient = options.queryClient ?? ownClient;
  // A client must be mounted to hear "online" and "focus": without it, a query started offline
  // stays paused after the network returns. A host's client is the host's to mount.
  useEffect(() => {
    if (options.queryClient) return;
    ownClient.mount();
    return () => ownClient.unmount();
  }, [ownClient, options.queryClient]);
  // Every key carries this viewer's own scope: two viewers never share an entry, even in one client.
  const scope = useId();
  const messages = useMemo(() => resolveMessages(options.messages), [options.messages]);
  const actors = useMemo(() => new ActorBatcher(adapter), [adapter]);

  const [requestedSize, setPageSize] = useControlled(options.pageSize, options.defaultPageSize ?? capabilities.pageSizes[0]!, options.onPageSizeChange);
  const pageSize = capabilities.pageSizes.includes(requestedSize) ? requestedSize : capabilities.pageSizes[0]!;
  const [timeZoneSetting, setTimeZone] = useControlled<AuditLogTimeZone>(options.timeZone, options.defaultTimeZone ?? 'local', options.onTimeZoneChange);
  const formatTime = useMemo(() => createTimeFormatter(timeZoneSetting, locale), [timeZoneSetting, locale]);
  // A prop the viewer had to correct is worth a word to the developer (once per value).
  useEffect(() => {
    if (!capabilities.pageSizes.includes(requestedSize)) {
      devWarning(`pageSize ${requestedSize} is not one this backend offers (${capabilities.pageSizes.join(', ')}); showing ${pageSize} per page.`);
    }
  }, [requestedSize, pageSize, capabilities.pageSizes]);
  useEffect(() => {
    if (timeZoneSetting !== 'local' && timeZoneSetting !== 'UTC' && resolveZone(timeZoneSetting) === 'UTC') {
      devWarning(`timeZone "${timeZoneSetting}" is not a time zone this browser knows; showing times in UTC.`);
    }
  }, [timeZoneSetting]);

  const [requestedFilter, setFilterValue] = useControlled<AuditLogFilter>(options.filter, options.defaultFilter ?? NO_FILTER, undefined);
  // Only what this backend can apply: the rest of a filter (from a link, or a host) is dropped.
  const filter = useMemo(() => supportedFilter(requestedFilter, capabilities), [requestedFilter, capabilities]);
  useEffect(() => {
    if (JSON.stringify(filter) !== JSON.stringify(requestedFilter)) {
      devWarning(`this backend cannot apply all of the filter ${JSON.stringify(requestedFilter)}; showing ${JSON.stringify(filter)}.`);
    }
  }, [filter, requestedFilter]);
  const onFilterChange = options.onFilterChange;
  const setFilter = useCallback(
    (next: AuditLogFilter, reason: AuditLogFilterChangeReason = 'commit') => {
      // An event, not a render: the moment a relative range is chosen is its "now".
      if (isRelative(next.time)) setAnchor({ text: JSON.stringify(supportedFilter(next, capabilities)), now: Date.now() });
      setFilterValue(next);
      onFilterChange?.(next, reason);
    },
    [setFilterValue, onFilterChange, capabilities],
  );
  const sort: AuditLogSort = filter.sort && capabilities.sorts.includes(filter.sort) ? filter.sort : capabilities.sorts[0]!;
  // "Now" for a relative range: taken when the filter changes (or on refresh), then kept for every
  // page of the result, so that paging never shifts the window. Never read during render (a
  // server render, a Next.js prerender and hydration must give the same output): a filter chosen
  // here is anchored in its event handler, one that arrives otherwise (props, the URL) in an
  // effect; until then a relative range has no instants and nothing is fetched.
  const filterText = JSON.stringify(filter);
  const [anchor, setAnchor] = useState<{ text: string; now: number } | null>(null);
  const relative = isRelative(filter.time);
  const now = anchor && anchor.text === filterText ? anchor.now : null;
  useEffect(() => {
    if (relative && now === null) setAnchor({ text: filterText, now: Date.now() });
  }, [relative, now, filterText]);
  const parsedSearch = useMemo(() => (filter.search?.trim() ? tryParseSearch(filter.search) : null), [filter.search]);
  const searchError = parsedSearch && !parsedSearch.ok ? parsedSearch.message : null;
  const searchTerms = parsedSearch?.ok ? parsedSearch.search.terms : NO_TERMS;
  const highlight = useMemo(() => highlightWords(searchTerms), [searchTerms]);
  const listFilter = useMemo(() => toListFilter(filter, relative ? now ?? 0 : 0), [filter, relative, now]);
  const queryKey = auditLogKeys.list(adapter.id, scope, listFilter, sort, pageSize);
  const listOptions = {
    queryKey,
    queryFn: ({ pageParam, signal }: { pageParam: string | null; signal: AbortSignal }): Promise<AuditLogListResult> =>
      adapter.listEvents({ filter: listFilter, sort, pageSize, cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: AuditLogListResult) => last.nextCursor,
    // A search that cannot be read is not sent: the box says what to fix, the rows stay.
    enabled: searchError === null && (!relative || now !== null),
    // While a new filter loads, the rows of the last one stay (marked busy) instead of a blank table.
    placeholderData: keepPreviousData,
    // Structural sharing compares old and new data recursively: details nested thousands of
    // levels deep would overflow its stack and lose the whole page. Pages are new data anyway.
    structuralSharing: false,
  };
  useFirstPageBeforePaint(queryClient, listOptions.enabled ? listOptions : null);
  const query = useInfiniteQuery(listOptions, queryClient);

  // The page index belongs to one query: a new filter, sort or size starts again at page 1.
  const keyText = JSON.stringify(queryKey);
  const [position, setPosition] = useState({ key: keyText, index: 0 });
  const loaded = query.data?.pages.length ?? 0;
  const pageIndex = position.key === keyText ? Math.min(position.index, Math.max(0, loaded - 1)) : 0;
  const page = query.data?.pages[pageIndex];
  const hasNextPage = !query.isPlaceholderData && (pageIndex + 1 < loaded || (pageIndex === loaded - 1 && query.hasNextPage));

  const { fetchNextPage, isFetchingNextPage, refetch } = query;
  const atLastLoaded = pageIndex === loaded - 1;
  /** Loads the page after the last one and shows it, unless the person has moved meanwhile. */
  const loadAfter = useCallback(
    (origin: number) => {
      void fetchNextPage().then((result) => {
        if (result.isFetchNextPageError || (result.data?.pages.length ?? 0) <= origin + 1) return;
        setPosition((p) => ((p.key === keyText ? p.index : 0) === origin ? { key: keyText, index: origin + 1 } : p));
      });
    },
    [fetchNextPage, keyText],
  );
  const nextPage = useCallback(() => {
    if (pageIndex + 1 < loaded) {
      setPosition({ key: keyText, index: pageIndex + 1 });
      return;
    }
    // The current rows stay until the next page is in; then the index moves.
    if (query.hasNextPage && !isFetchingNextPage) loadAfter(pageIndex);
  }, [pageIndex, loaded, keyText, query.hasNextPage, isFetchingNextPage, loadAfter]);
  const previousPage = useCallback(() => {
    if (pageIndex > 0) setPosition({ key: keyText, index: pageIndex - 1 });
  }, [pageIndex, keyText]);

  const firstPageFailed = query.isError && !query.data;
  const hasFilters = hasActiveFilter(filter);
  // An empty first page that still has a cursor is not "no events": the pager must stay.
  const empty = !query.isPlaceholderData && loaded === 1 && page?.events.length === 0 && !query.hasNextPage;
  const status: AuditLogStatus = firstPageFailed
    ? 'error'
    : !query.data
      ? searchError ? 'no-match' : 'loading'
      : empty
        ? hasFilters ? 'no-match' : 'empty'
        : 'ready';
  // A failure to load more belongs to the last page: on an earlier page it is not this page's news.
  const nextPageFailed = query.isFetchNextPageError && atLastLoaded;
  const pageError = nextPageFailed || (query.isRefetchError && query.data) ? asAuditLogError(query.error) : null;

  const retry = useCallback(() => {
    if (query.isFetchNextPageError) {
      if (!isFetchingNextPage) loadAfter(loaded - 1);
    } else void refetch();
  }, [query.isFetchNextPageError, isFetchingNextPage, loadAfter, loaded, refetch]);

  const startOver = useCallback(() => {
    setPosition({ key: keyText, index: 0 });
    void queryClient.resetQueries({ queryKey: JSON.parse(keyText) as unknown[], exact: true });
  }, [keyText, queryClient]);

  const events = page?.events ?? NO_EVENTS;
  const selection = useEventSelection({
    events,
    hasNextPage,
    hasPreviousPage: pageIndex > 0 && !query.isPlaceholderData,
    nextPage,
    previousPage,
    eventId: options.eventId,
    defaultEventId: options.defaultEventId,
    onEventIdChange: options.onEventIdChange,
  });

  return {
    ...selection,
    eventLink: options.eventLink,
    listFilter,
    exportName: options.exportName ?? messages.title,
    adapter,
    capabilities,
    queryClient,
    messages,
    locale,
    actors,
    scope,
    events,
    status,
    error: firstPageFailed ? asAuditLogError(query.error) : null,
    pageError,
    partial: page?.partial,
    isFetching: query.isFetching,
    // Placeholder rows while a new filter loads; not while a search that cannot be read waits.
    isLoadingMore: (isFetchingNextPage && atLastLoaded) || (query.isPlaceholderData && searchError === null),
    pageIndex,
    hasNextPage,
    hasPreviousPage: pageIndex > 0 && !query.isPlaceholderData,
    nextPage,
    previousPage,
    pageSize,
    pageSizes: capabilities.pageSizes,
    setPageSize,
    timeZoneSetting,
    // Resolving "local" to a name is an Intl call (ICU load): done only when someone asks.
    get timeZone() {
      return resolveZone(timeZoneSetting);
    },
    formatTime,
    setTimeZone,
    retry,
    startOver,
    filter,
    setFilter,
    clearFilters: () => setFilter(filter.sort ? { sort: filter.sort } : NO_FILTER),
    hasFilters,
    searchError,
    searchTerms,
    highlight,
    sort,
    refresh: () => {
      // A search that cannot be read is never sent, not even on Refresh.
      if (searchError !== null) return;
      setAnchor({ text: filterText, now: Date.now() });
      if (!isRelative(filter.time)) void refetch();
    },
  };
}
