import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo } from 'react';
import type { AuditLogCount } from '../adapter/types.js';
import { AuditLogError, isAuditLogError } from '../errors.js';
import { toListFilter } from '../filter/resolve.js';
import { supportedFilter } from '../filter/supported.js';
import { hasActiveFilter, isRelative, type AuditLogFilter } from '../filter/types.js';
import { resolveMessages } from '../format/core-messages.js';
import { createTimeFormatter, resolveZone, type AuditLogTimeZone } from '../format/time.js';
import type { AuditLogEvent, AuditLogSort } from '../model/event.js';
import { ActorBatcher } from '../query/actor-batcher.js';
import { auditLogKeys } from '../query/keys.js';
import { countQuery, eventListQuery } from '../query/options.js';
import { highlightWords } from '../search/highlight.js';
import type { SearchTerm } from '../search/parse.js';
import { useParsedSearch } from './use-parsed-search.js';
import { useControlled } from './controlled.js';
import type { AuditLogController, AuditLogFilterChangeReason, UseAuditLogOptions } from './controller-types.js';
import { deriveStatus } from './derive-status.js';
import { usePageActorNames } from './use-page-actor-names.js';
import { useColumnChoice } from './use-column-choice.js';
import { deferredLocalStorageViewStore } from '../views/deferred-store.js';
import { useCursorPager } from './use-cursor-pager.js';
import { useDevCorrections } from './use-dev-corrections.js';
import { useEventSelection } from './use-event-selection.js';
import { useFirstPageBeforePaint } from './use-first-page-before-paint.js';
import { useRelativeAnchor } from './use-relative-anchor.js';
import { useViewerClient } from './use-viewer-client.js';

export type { AuditLogController, AuditLogFilterChangeReason, AuditLogStatus, UseAuditLogOptions } from './controller-types.js';

const NO_EVENTS: AuditLogEvent[] = [];
const NO_MATCH_COUNT: AuditLogCount = { count: 0, exact: true };
const NO_FILTER: AuditLogFilter = {};
const NO_TERMS: readonly SearchTerm[] = [];
/** How often live updates look for new events by default: often enough to notice, rarely enough for any backend. */
const LIVE_INTERVAL_MS = 15_000;

function asAuditLogError(error: unknown): AuditLogError | null {
  if (!error) return null;
  if (isAuditLogError(error)) return error;
  return new AuditLogError('server', error instanceof Error ? error.message : String(error));
}

/**
 * The headless viewer: fetches pages by cursor through TanStack Query, keeps the cursor chain (a
 * page visited once is shown again without a request), resolves actors in batches, and holds the
 * page size and time zone. Render it any way you like, or use `<AuditLogViewer>`. Composed of
 * small pieces: the client (`useViewerClient`), the relative-range anchor
 * (`useRelativeAnchor`), the pager (`useCursorPager`) and `deriveStatus`.
 */
export function useAuditLog(options: UseAuditLogOptions): AuditLogController {
  const { adapter, locale } = options;
  const capabilities = adapter.capabilities;
  const queryClient = useViewerClient(options.queryClient);
  // Every key carries this viewer's own scope: two viewers never share an entry, even in one client.
  const scope = useId();
  const messages = useMemo(() => resolveMessages(options.messages), [options.messages]);
  const actors = useMemo(() => new ActorBatcher(adapter), [adapter]);

  const [requestedSize, setPageSize] = useControlled(options.pageSize, options.defaultPageSize ?? capabilities.pageSizes[0]!, options.onPageSizeChange);
  const pageSize = capabilities.pageSizes.includes(requestedSize) ? requestedSize : capabilities.pageSizes[0]!;
  const [timeZoneSetting, setTimeZone] = useControlled<AuditLogTimeZone>(options.timeZone, options.defaultTimeZone ?? 'local', options.onTimeZoneChange);
  const formatTime = useMemo(() => createTimeFormatter(timeZoneSetting, locale), [timeZoneSetting, locale]);

  const [requestedFilter, setFilterValue] = useControlled<AuditLogFilter>(options.filter, options.defaultFilter ?? NO_FILTER, undefined);
  // Only what this backend can apply: the rest of a filter (from a link, or a host) is dropped.
  const filter = useMemo(() => supportedFilter(requestedFilter, capabilities), [requestedFilter, capabilities]);
  useDevCorrections({ requestedSize, pageSize, pageSizes: capabilities.pageSizes, timeZone: timeZoneSetting, requestedFilter, filter });
  const filterText = JSON.stringify(filter);
  const { now: anchorNow, anchorChosen, refresh: refreshAnchor } = useRelativeAnchor(filter, filterText);
  const onFilterChange = options.onFilterChange;
  const setFilter = useCallback(
    (next: AuditLogFilter, reason: AuditLogFilterChangeReason = 'commit') => {
      // An event, not a render: the moment a relative range is chosen is its "now".
      anchorChosen(next, JSON.stringify(supportedFilter(next, capabilities)));
      setFilterValue(next);
      onFilterChange?.(next, reason);
    },
    [setFilterValue, onFilterChange, capabilities, anchorChosen],
  );
  const sort: AuditLogSort = filter.sort && capabilities.sorts.includes(filter.sort) ? filter.sort : capabilities.sorts[0]!;
  const relative = isRelative(filter.time);
  const parsedSearch = useParsedSearch(filter.search);
  const searchError = parsedSearch.kind === 'read' && !parsedSearch.ok ? messages.searchProblem(parsedSearch.problem) : null;
  const searchTerms = parsedSearch.kind === 'read' && parsedSearch.ok ? parsedSearch.search.terms : NO_TERMS;
  const highlight = useMemo(() => highlightWords(searchTerms), [searchTerms]);
  const listFilter = useMemo(() => toListFilter(filter, relative ? anchorNow ?? 0 : 0), [filter, relative, anchorNow]);
  const listOptions = eventListQuery({ adapter, scope }, {
    filter: listFilter,
    sort,
    pageSize,
    // A search that cannot be read is not sent: the box says what to fix, the rows stay.
    enabled: searchError === null && parsedSearch.kind !== 'loading' && (!relative || anchorNow !== null),
  });
  useFirstPageBeforePaint(queryClient, listOptions.enabled ? listOptions : null);
  const query = useInfiniteQuery(listOptions, queryClient);
  // No events can match a filter whose fields exclude each other: that count needs no request.
  const countAnswer = useQuery(countQuery({ adapter, scope }, listFilter ?? {}, Boolean(listOptions.enabled) && listFilter !== null), queryClient);
  const count = !adapter.countEvents ? undefined : listFilter === null ? NO_MATCH_COUNT : countAnswer.isPlaceholderData ? undefined : countAnswer.data;
  // A count that failed (after the query's own retries) says so, rather than nothing.
  const countFailed = Boolean(adapter.countEvents) && listFilter !== null && countAnswer.isError && !countAnswer.isFetching;
  const pager = useCursorPager(query, JSON.stringify(listOptions.queryKey), queryClient);
  const { page, loaded, atLastLoaded, pageIndex, hasNextPage, hasPreviousPage, nextPage, previousPage } = pager;

  const firstPageFailed = query.isError && !query.data;
  const hasFilters = hasActiveFilter(filter);
  // An empty first page that still has a cursor is not "no events": the pager must stay.
  const empty = !query.isPlaceholderData && loaded === 1 && page?.events.length === 0 && !query.hasNextPage;
  const status = deriveStatus({ firstPageFailed, hasData: query.data !== undefined, searchError, empty, hasFilters });
  // A failure to load more belongs to the last page: on an earlier page it is not this page's news.
  const nextPageFailed = query.isFetchNextPageError && atLastLoaded;
  const pageError = nextPageFailed || (query.isRefetchError && query.data) ? asAuditLogError(query.error) : null;
  const error = firstPageFailed ? asAuditLogError(query.error) : null;

  const events = page?.events ?? NO_EVENTS;
  const actorName = usePageActorNames({ adapter, queryClient, scope, events, pages: query.data?.pages });
  const selection = useEventSelection({
    events,
    hasNextPage,
    hasPreviousPage,
    nextPage,
    previousPage,
    eventId: options.eventId,
    defaultEventId: options.defaultEventId,
    onEventIdChange: options.onEventIdChange,
  });
  const { refetch } = query;
  const refresh = useCallback(() => {
    // A search that cannot be read is never sent, not even on Refresh.
    if (searchError !== null) return;
    refreshAnchor();
    if (!relative) void refetch();
  }, [searchError, refreshAnchor, relative, refetch]);
  const columnChoice = useColumnChoice(options);
  // Made now, read only when the Views menu opens: nothing touches storage during a render.
  const viewStore = useMemo(() => (options.views === false ? null : (options.views ?? deferredLocalStorageViewStore(`audit-log-viewer:views:${adapter.id}`))), [options.views, adapter.id]);
  // Live updates (issue 15): the poll's interval, never shorter than the backend allows.
  const live = options.liveUpdates ? Math.max(typeof options.liveUpdates === 'object' ? (options.liveUpdates.intervalMs ?? LIVE_INTERVAL_MS) : LIVE_INTERVAL_MS, adapter.pollIntervalMs ?? 0) : null;
  const newestShown = query.isPlaceholderData ? undefined : query.data?.pages[0]?.events[0];
  const { startOver } = pager;
  const showNewEvents = useCallback(() => {
    // The first page again (a relative range moves up to now), and the count, bars and option counts with it.
    refreshAnchor();
    startOver();
    void queryClient.invalidateQueries({ queryKey: auditLogKeys.all(adapter.id, scope), predicate: (q) => !['list', 'newest'].includes(String(q.queryKey[3])) });
  }, [refreshAnchor, startOver, queryClient, adapter.id, scope]);
  const clearFilters = useCallback(() => setFilter(filter.sort ? { sort: filter.sort } : NO_FILTER), [setFilter, filter.sort]);
  // Placeholder rows while a new filter loads; not while a search that cannot be read waits.
  const isLoadingMore = (query.isFetchingNextPage && atLastLoaded) || (query.isPlaceholderData && searchError === null);

  // One object per change of what it holds: a host's memoized children keep their identity.
  return useMemo(
    (): AuditLogController => ({
      ...selection,
      eventLink: options.eventLink,
      count,
      countFailed,
      columns: options.columns,
      listFilter,
      exportName: options.exportName ?? messages.title,
      adapter,
      capabilities,
      queryClient,
      messages,
      locale,
      actors,
      actorName,
      scope,
      events,
      status,
      error,
      pageError,
      partial: page?.partial,
      isFetching: query.isFetching,
      isLoadingMore,
      pageIndex,
      hasNextPage,
      hasPreviousPage,
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
      retry: pager.retry,
      startOver: pager.startOver,
      filter,
      setFilter,
      clearFilters,
      hasFilters,
      searchError,
      searchTerms,
      highlight,
      sort,
      refresh,
      live,
      newestShown,
      showNewEvents,
      ...columnChoice,
      viewStore,
      actorHref: options.actorHref,
    }),
    [selection, options.eventLink, count, countFailed, options.columns, listFilter, options.exportName, messages, adapter, capabilities, queryClient, locale, actors, actorName, scope, events, status, error,
      pageError, page?.partial, query.isFetching, isLoadingMore, pageIndex, hasNextPage, hasPreviousPage, nextPage, previousPage, pageSize, setPageSize,
      timeZoneSetting, formatTime, setTimeZone, pager.retry, pager.startOver, filter, setFilter, clearFilters, hasFilters, searchError, searchTerms, highlight, sort, refresh, live, newestShown, showNewEvents, columnChoice, viewStore, options.actorHref],
  );
}
