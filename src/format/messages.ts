import type { AuditLogError, AuditLogErrorCode } from '../errors.js';
import type { AuditLogTimePreset } from '../filter/types.js';
import type { AuditLogActorKind } from '../model/actor.js';
import type { AuditLogActorIdField, AuditLogEvent } from '../model/event.js';
import type { SummaryContext } from '../describe/summary.js';

/**
 * Every string the viewer shows. Override any key through the `messages` prop (the rest stay
 * English); functions receive the values they put into words.
 */
export interface AuditLogMessages {
  /** The viewer's title and the accessible name of its region. */
  title: string;
  /** Accessible name of the events table. */
  tableLabel: string;
  columnEvent: string;
  columnActor: string;
  columnTime: string;
  nextPage: string;
  previousPage: string;
  rowsPerPage: string;
  /** Accessible name of the paging controls; includes the title so two viewers' landmarks differ. */
  paginationLabel: (title: string) => string;
  /** Where the person is, e.g. "Page 3". */
  pageStatus: (page: number) => string;
  /** Shown with a fixed page size (Tesseral), e.g. "10 events per page". */
  fixedPageSize: (size: number) => string;
  timeZone: string;
  /** The option for the browser's own zone, e.g. "Local time (Europe/Paris)". */
  timeZoneLocal: (zone: string) => string;
  /** The same option before the zone is looked up. */
  timeZoneLocalShort: string;
  loading: string;
  /** While more rows load and the current ones stay visible. */
  loadingMore: string;
  emptyTitle: string;
  emptyBody: string;
  /** Heading of the error state. */
  errorTitle: string;
  /** The sentence for an error; the default uses the adapter's message, which names the failure. */
  errorMessage: (error: AuditLogError) => string;
  /** What a person can do about an error, by its code ("Sign in again, then retry."). */
  errorHint: (error: AuditLogError) => string;
  retry: string;
  /** Starts again at the first page (after a page token expired). */
  startOver: string;
  /** A partial result; `detail` is the adapter's own sentence. */
  partial: (detail: string) => string;
  actorSystem: string;
  /** An event with no actor on a backend that never names some kinds of actor (Tesseral: SCIM, the vendor's backend). */
  actorHidden: string;
  /** Says why, in the event's details. */
  actorHiddenHelp: string;
  /** Who acted, in a summary sentence, when the backend does not say. */
  actorSomeone: string;
  actorScim: string;
  actorBackend: string;
  actorLogin: string;
  /** An API key, by name. */
  actorApiKey: (name: string) => string;
  /** An SCIM key, by name. */
  actorScimNamed: (name: string) => string;
  /** Marks an actor that no longer exists. */
  actorDeleted: string;
  /** Accessible text of the placeholder while an actor's name loads. */
  actorLoading: string;
  /** A user acting in a session whose user id is not known. */
  actorUnknownUser: string;
  /** Label of the full-instant tooltip of a time. */
  instant: string;
  /** Accessible name of the search box. */
  search: string;
  /** The search's name on its chip. */
  searchChip: string;
  /** Placeholder of the search box. */
  searchPlaceholder: string;
  /** How to search, read with the box. */
  searchHelp: string;
  /** Said instead of searching when the backend cannot search. */
  searchUnsupported: string;
  /** The same, short enough for the box's placeholder. */
  searchUnsupportedShort: string;
  /** The event-type filter's button. */
  eventType: string;
  /** Said when the backend filters by one event type at a time. */
  eventTypeSingle: string;
  /** Accessible name of the search inside a filter's popover. */
  filterOptions: (filter: string) => string;
  /** Selects every option of a group, e.g. "Select all Users". */
  selectGroup: (group: string) => string;
  /** Clears one control's choice. */
  clear: string;
  /** While a filter's options load. */
  optionsLoading: string;
  /** When a filter's options could not be loaded. */
  optionsFailed: string;
  /** When a filter has no options (or none match what was typed). */
  noOptions: string;
  /** The actor filter's button. */
  actor: string;
  /** Heading of the actor kinds in the actor filter. */
  actorKinds: string;
  /** Heading of the actor search in the actor filter. */
  actorSearch: string;
  /** Hint of the actor search when the backend cannot list actors: paste an id. */
  actorIdHint: string;
  /** Adds a typed actor id. */
  actorIdAdd: string;
  /** Names of the actor kinds. */
  actorKindName: (kind: AuditLogActorKind) => string;
  /** The time-range filter's button. */
  timeRange: string;
  /** Any time (no time filter). */
  timeAny: string;
  /** A preset, e.g. "Last 7 days". */
  timePreset: (preset: AuditLogTimePreset) => string;
  /** Heading of the absolute range. */
  timeExact: string;
  /** Labels of an absolute range's ends; `zone` is the zone they are entered in. */
  timeFrom: (zone: string) => string;
  timeTo: (zone: string) => string;
  /** Applies an absolute range. */
  apply: string;
  /** An absolute range whose start is after its end. */
  timeRangeInvalid: string;
  /** An absolute range, for the button and chips, e.g. "2025-07-01 10:00 → 2025-07-02 10:00". */
  timeBetween: (from: string | null, to: string | null) => string;
  /** Loads the events again (a relative time range moves up to now). */
  refresh: string;
  /** Lists the active filters in the "no match" state, e.g. "Filters: Search: x, Actor: System". */
  activeFiltersList: (chips: string[]) => string;
  /** The sort control. */
  sort: string;
  sortNewest: string;
  sortOldest: string;
  /** Removes every filter. */
  clearFilters: string;
  /** Accessible name of the list of active filters. */
  activeFilters: string;
  /** A chip's remove button, e.g. "Remove filter Event type: User updated". */
  removeFilter: (chip: string) => string;
  /** A chip's text, e.g. "Event type: User updated". */
  chip: (filter: string, value: string) => string;
  /** Heading of the state where filters match nothing. */
  noMatchTitle: string;
  /** Body of that state. */
  noMatchBody: string;
  /** The details panel's buttons. */
  close: string;
  previousEvent: string;
  nextEvent: string;
  copyLink: string;
  copyJson: string;
  /** Copies one value; `what` names it ("event id", "Session"). */
  copyValue: (what: string) => string;
  /** Said after a copy, and when the browser refused it. */
  copied: string;
  copyFailed: string;
  /** How to move in the panel by keyboard. */
  detailsKeys: string;
  detailsLoading: string;
  eventNotFound: string;
  eventNotFoundBody: string;
  /** Headings of the panel's sections. */
  sectionActor: string;
  sectionChanges: string;
  sectionRaw: string;
  eventId: string;
  /** One before/after pair's heading, e.g. "Changes to user". */
  changesOf: (key: string) => string;
  noChanges: string;
  showUnchanged: (count: number) => string;
  hideUnchanged: string;
  diffField: string;
  diffBefore: string;
  diffAfter: string;
  diffKind: (kind: 'changed' | 'added' | 'removed' | 'unchanged') => string;
  /** The empty value in a diff (a field that is absent or empty). */
  diffEmpty: string;
  /** Beside a field whose values nest too deep to compare field by field. */
  diffWhole: string;
  /** Instead of an event (a row or the details) that cannot be drawn. */
  eventUndisplayable: string;
  viewTree: string;
  viewRaw: string;
  /** Unfolds a long string. */
  showAll: (length: number) => string;
  /** An actor id's name, e.g. "Session" for `actorSessionId`. */
  actorIdName: (field: AuditLogActorIdField) => string;
  /** The impersonator notice; `email` comes isolated (see `isolate`). */
  impersonatedBy: (email: string) => string;
  /** Narrows the list to this actor or event type. */
  filterToThis: string;
  /** The export button and its menu. */
  export: string;
  exportCsv: string;
  exportJsonl: string;
  exportBom: string;
  /** Accessible name of the export's progress bar. */
  exportProgress: string;
  /** Events written so far, with the total when the backend knows it. */
  exportWritten: (written: number, total: number | undefined) => string;
  cancelExport: string;
  exportDone: (rows: number, file: string) => string;
  /** Offers the manifest (filter, zone, time, rows, SHA-256) as a second download. */
  exportManifest: string;
  exportCancelled: string;
  exportFailed: (reason: string) => string;
  exportEmpty: string;
  /**
   * One sentence saying what happened. Unset, the English sentences of `englishSummary` are used;
   * translate by giving your own (it may call `englishSummary` for what it does not cover). Wrap
   * every value taken from the event in `isolate`, as `englishSummary` does, so that none can
   * reorder your sentence.
   */
  summary?: (event: AuditLogEvent, context: SummaryContext) => string;
}

const ACTOR_ID_NAMES: Record<AuditLogActorIdField, string> = {
  actorUserId: 'User',
  actorSessionId: 'Session',
  actorApiKeyId: 'API key',
  actorBackendApiKeyId: 'Backend API key',
  actorIntermediateSessionId: 'Login flow',
  actorScimApiKeyId: 'SCIM API key',
};

const DIFF_KINDS = { changed: 'changed', added: 'added', removed: 'removed', unchanged: 'unchanged' } as const;

const KIND_NAMES: Record<AuditLogActorKind, string> = {
  user: 'User',
  api_key: 'API key',
  scim_api_key: 'SCIM',
  backend_api_key: 'Vendor backend',
  login: 'Login flow',
  system: 'System',
};

const ERROR_HINTS: Record<AuditLogErrorCode, string> = {
  network: 'Check the connection, then retry.',
  unauthenticated: 'Sign in again, then retry.',
  permission_denied: 'Only owners of the organization can see its audit log: ask an owner for access.',
  invalid_cursor: 'This page link has expired or was changed: start again from the first page.',
  invalid_request: 'Change or clear the filters.',
  unsupported: 'Change the filters.',
  malformed_response: 'Retry, and tell your vendor if it goes on.',
  not_found: 'If this goes on, the viewer may point at the wrong address: tell your vendor.',
  rate_limited: 'Wait a moment, then retry.',
  server: 'Retry in a moment.',
  aborted: 'Retry.',
};

const PRESET_NAMES: Record<AuditLogTimePreset, string> = {
  '15m': 'Last 15 minutes',
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
};

/** The default English messages; the accessible names match `docs/ui-contract.md`. */
export const DEFAULT_MESSAGES: AuditLogMessages = {
  title: 'Audit logs',
  tableLabel: 'Audit log events',
  columnEvent: 'Event',
  columnActor: 'Actor',
  columnTime: 'Time',
  nextPage: 'Next page',
  previousPage: 'Previous page',
  rowsPerPage: 'Rows per page',
  paginationLabel: (title) => `${title}: pages`,
  pageStatus: (page) => `Page ${page}`,
  fixedPageSize: (size) => `${size} events per page`,
  timeZone: 'Time zone',
  timeZoneLocal: (zone) => `Local time (${zone})`,
  timeZoneLocalShort: 'Local time',
  loading: 'Loading audit log events…',
  loadingMore: 'Loading…',
  emptyTitle: 'No events yet',
  emptyBody: 'Events appear here as people and systems act in your organization.',
  errorTitle: 'Audit log events could not be loaded',
  errorMessage: (error) => error.message,
  errorHint: (error) => ERROR_HINTS[error.code],
  retry: 'Retry',
  startOver: 'Start from the first page',
  partial: (detail) => `Some events may be missing: ${detail}`,
  actorSystem: 'System',
  actorHidden: 'No actor given',
  actorHiddenHelp: 'This API does not say who did this: it names people and API keys only, so events by SCIM, by your vendor\'s backend or by the sign-in service come with no actor.',
  actorSomeone: 'Someone',
  actorScim: 'SCIM',
  actorBackend: 'Vendor backend',
  actorLogin: 'Login flow',
  actorApiKey: (name) => `API key “${name}”`,
  actorScimNamed: (name) => `SCIM (${name})`,
  actorDeleted: 'deleted',
  actorLoading: 'Loading actor name',
  actorUnknownUser: 'User session',
  instant: 'Exact time',
  search: 'Search audit logs',
  searchChip: 'Search',
  searchPlaceholder: 'Search events, people, details…',
  searchHelp: 'Words must all match. Use "quotes" for a phrase, and event:, actor:, user: or a details path such as user.email: for one field.',
  searchUnsupported: 'This backend cannot search: use the filters.',
  searchUnsupportedShort: 'No search on this backend',
  eventType: 'Event type',
  eventTypeSingle: 'This backend filters by one event type at a time.',
  filterOptions: (filter) => `Find ${filter.toLowerCase()}`,
  selectGroup: (group) => `Select all ${group}`,
  clear: 'Clear',
  optionsLoading: 'Loading options…',
  optionsFailed: 'The options could not be loaded.',
  noOptions: 'No options',
  actor: 'Actor',
  actorKinds: 'Kinds of actor',
  actorSearch: 'People and API keys',
  actorIdHint: 'Paste an actor id (user_…, api_key_…)',
  actorIdAdd: 'Add',
  actorKindName: (kind) => KIND_NAMES[kind],
  timeRange: 'Time range',
  timeAny: 'Any time',
  timePreset: (preset) => PRESET_NAMES[preset],
  timeExact: 'Exact range',
  timeFrom: (zone) => `From (${zone})`,
  timeTo: (zone) => `To (${zone})`,
  apply: 'Apply',
  timeRangeInvalid: 'The start is after the end.',
  timeBetween: (from, to) => (from && to ? `${from} → ${to}` : from ? `From ${from}` : `Until ${to}`),
  refresh: 'Refresh',
  activeFiltersList: (chips) => `Filters: ${chips.join(', ')}`,
  sort: 'Sort',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  clearFilters: 'Clear filters',
  activeFilters: 'Active filters',
  removeFilter: (chip) => `Remove filter ${chip}`,
  chip: (filter, value) => `${filter}: ${value}`,
  noMatchTitle: 'No events match',
  noMatchBody: 'Change or clear the filters to see more events.',
  close: 'Close',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  copyLink: 'Copy link',
  copyJson: 'Copy JSON',
  copyValue: (what) => `Copy ${what}`,
  copied: 'Copied',
  copyFailed: 'The browser did not allow copying.',
  detailsKeys: 'Up and Down arrows: previous and next event. Escape: close.',
  detailsLoading: 'Loading the event…',
  eventNotFound: 'Event not found',
  eventNotFoundBody: 'No event has this id in your organization: it may be mistyped, or not yours to see.',
  sectionActor: 'Actor',
  sectionChanges: 'What changed',
  sectionRaw: 'Raw event',
  eventId: 'Event id',
  changesOf: (key) => `Changes to ${key}`,
  noChanges: 'No field changed.',
  showUnchanged: (count) => `Show unchanged fields (${count})`,
  hideUnchanged: 'Hide unchanged fields',
  diffField: 'Field',
  diffBefore: 'Before',
  diffAfter: 'After',
  diffKind: (kind) => DIFF_KINDS[kind],
  diffEmpty: '(empty)',
  diffWhole: '(nested deeper than 32 levels: compared as a whole)',
  eventUndisplayable: 'This event cannot be displayed.',
  viewTree: 'Tree',
  viewRaw: 'Raw',
  showAll: (length) => `Show all ${length.toLocaleString('en')} characters`,
  actorIdName: (field) => ACTOR_ID_NAMES[field],
  impersonatedBy: (email) => `Impersonated by ${email}`,
  filterToThis: 'Filter to this',
  export: 'Export',
  exportCsv: 'CSV',
  exportJsonl: 'JSON Lines',
  exportBom: 'UTF-8 BOM (for Excel)',
  exportProgress: 'Export progress',
  exportWritten: (written, total) => (total === undefined ? `${written.toLocaleString('en')} events written` : `${written.toLocaleString('en')} of ${total.toLocaleString('en')} events written`),
  cancelExport: 'Cancel export',
  exportDone: (rows, file) => `Exported ${rows.toLocaleString('en')} events to ${file}.`,
  exportManifest: 'Download manifest',
  exportCancelled: 'Export cancelled: no file was saved.',
  exportFailed: (reason) => `The export could not be completed, and no file was saved: ${reason}`,
  exportEmpty: 'No events match these filters: there is nothing to export.',
};

/** Fills in the defaults for every key the host did not override. */
export function resolveMessages(overrides?: Partial<AuditLogMessages>): AuditLogMessages {
  return overrides ? { ...DEFAULT_MESSAGES, ...overrides } : DEFAULT_MESSAGES;
}
