import type { AuditLogDensity, AuditLogTimeFormat } from './use-column-choice.js';
import type { AuditLogViewStore } from '../views/store.js';
import type { QueryClient } from '@tanstack/react-query';
import type { Locale } from 'date-fns';
import type { AuditLogAdapter, AuditLogCapabilities, AuditLogCount } from '../adapter/types.js';
import type { AuditLogColumn } from '../columns/table-column.js';
import type { AuditLogError } from '../errors.js';
import type { AuditLogFilter } from '../filter/types.js';
import type { AuditLogControllerMessages } from '../format/core-messages.js';
import type { AuditLogMessages } from '../format/messages.js';
import type { AuditLogTimeZone } from '../format/time.js';
import type { AuditLogEvent, AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';
import type { ActorBatcher } from '../query/actor-batcher.js';
import type { SearchTerm } from '../search/parse.js';
import type { EventSelection } from './use-event-selection.js';
import type { ActorNameState } from './use-page-actor-names.js';
import type { AuditLogActorKind } from '../model/actor.js';

// The headless viewer's types: what `useAuditLog` takes and what it gives.

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
  /**
   * The columns of the table and the CSV export, in order (default `AUDIT_LOG_COLUMNS`): add one,
   * leave one out, or hide one from the table with `visible: false` (it is still exported).
   */
  columns?: readonly AuditLogColumn[];
  /** Overrides of the English messages, key by key. */
  messages?: Partial<AuditLogMessages>;
  /** The date-fns locale for dates. */
  locale?: Locale;
  /**
   * The ids of the columns the table shows, in order (controlled); an empty list means the
   * defaults (`defaultVisibleColumns`, else the columns' own `visible`).
   */
  visibleColumns?: readonly string[];
  /** The columns shown at first (uncontrolled). */
  defaultVisibleColumns?: readonly string[];
  /** Called when the person shows, hides or moves a column (the "Columns" menu). */
  onVisibleColumnsChange?: (ids: readonly string[]) => void;
  /** Row height (controlled): `compact` fits more events on a screen. */
  density?: AuditLogDensity;
  /** Row height at first (uncontrolled); default `comfortable`. */
  defaultDensity?: AuditLogDensity;
  /** Called when the person switches "Compact rows". */
  onDensityChange?: (density: AuditLogDensity) => void;
  /**
   * How the Time column reads (controlled): `absolute` ("Dec 1, 2026, 14:03:12") or `relative`
   * ("5 minutes ago"); `null` is controlled too and means the default (`defaultTimeFormat`).
   */
  timeFormat?: AuditLogTimeFormat | null;
  /** How the Time column reads at first (uncontrolled); default `absolute`. */
  defaultTimeFormat?: AuditLogTimeFormat;
  /** Called when the person switches "Relative times". */
  onTimeFormatChange?: (timeFormat: AuditLogTimeFormat) => void;
  /**
   * A link to the host's own page for an actor (a user's profile, an API key's settings): the
   * Actor column's name then links there. Return `undefined` for none. Only `http(s)` and
   * same-site links are followed; anything else (a `javascript:` URL built from event data) is ignored.
   */
  actorHref?: (actor: { kind: AuditLogActorKind; id: string }) => string | undefined;
  /**
   * Where "Views" keeps the person's saved views: default `localStorage`, under a key of the
   * adapter's id; `false` for no Views menu.
   */
  views?: AuditLogViewStore | false;
  /**
   * Look for new events while the person reads (off by default): the newest page is polled every
   * `intervalMs` (default 15 s, never more often than the adapter's `pollIntervalMs`), paused
   * while the tab is hidden; new events are announced ("Show 3 new events") and shown only when
   * the person asks, so rows never move under the pointer. Only for the newest-first order.
   */
  liveUpdates?: boolean | { intervalMs?: number };
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
  messages: AuditLogControllerMessages;
  locale: Locale | undefined;
  /** Resolves actor lookups for rows, batched per render. */
  actors: ActorBatcher;
  /**
   * The name of an actor on the page, read synchronously: sent with the page, or found by the
   * page's one lookup (`loading` until it answers).
   */
  actorName: (kind: AuditLogActorKind, id: string) => ActorNameState;
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
  /** The ids of the columns the table shows, in order. */
  visibleColumns: readonly string[];
  /** Shows, hides or reorders columns (ids in order; unknown ids are dropped). */
  setVisibleColumns(ids: readonly string[]): void;
  /** Row height. */
  density: AuditLogDensity;
  setDensity(density: AuditLogDensity): void;
  /** How the Time column reads. */
  timeFormat: AuditLogTimeFormat;
  setTimeFormat(timeFormat: AuditLogTimeFormat): void;
  /**
   * Tells the controller how wide the viewer is, in CSS pixels (the root does, as it resizes):
   * a column shown by default "where it fits" (the Summary) follows it.
   */
  reportWidth(width: number): void;
  /** The host's link for an actor, if it gives one (`actorHref`). */
  actorHref: ((actor: { kind: AuditLogActorKind; id: string }) => string | undefined) | undefined;
  /** Where saved views are kept; `null` without a Views menu. */
  viewStore: AuditLogViewStore | null;
  /** How often to look for new events, in ms; `null` when live updates are off. */
  live: number | null;
  /** The newest event of the first page shown: what new events are counted above. */
  newestShown: AuditLogEvent | undefined;
  /** Shows the new events: the first page again, with the count and the timeline. */
  showNewEvents(): void;
  /** A shareable link to an event, when the host gives one. */
  eventLink: ((eventId: string) => string) | undefined;
  /**
   * How many events match (`countEvents` of the adapter): `undefined` where it cannot count, and
   * while the count of a new filter loads.
   */
  count: AuditLogCount | undefined;
  /** The count could not be had (the backend failed, after the retries): the page says so. */
  countFailed: boolean;
  /**
   * The adapter's filter for what is shown (a relative range as instants): what an export
   * exports. `null` when the fields exclude each other, so that no event can match.
   */
  listFilter: AuditLogListFilter | null;
  /** Names export files. */
  exportName: string;
  /** The host's columns, when it gives them (else the table's defaults). */
  columns: readonly AuditLogColumn[] | undefined;
}
