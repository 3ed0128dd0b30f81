import type { AuditLogError, AuditLogErrorCode } from '../../errors.js';
import { message } from './message.js';

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

/** The words of the page: title, table, paging, time zone, states and errors. */
export const PAGE_MESSAGES = {
  /** The viewer's title and the accessible name of its region. */
  title: 'Audit logs',
  /** Accessible name of the events table. */
  tableLabel: 'Audit log events',
  columnEvent: 'Event',
  columnActor: 'Actor',
  columnTime: 'Time',
  /** The event id column's header (hidden by default). */
  columnId: 'ID',
  /** The summary column's header (hidden by default): one sentence saying what happened. */
  columnSummary: 'Summary',
  /** The details column's header (hidden by default). */
  columnDetails: 'Details',
  /** The export button (its menu's words are in export.ts). */
  export: 'Export',
  /** The timeline's accessible name (its figure's words are in timeline.ts). */
  eventsOverTime: 'Events over time',
  /** Instead of an event (a row or the details) that cannot be drawn. */
  eventUndisplayable: 'This event cannot be displayed.',
  /** The count's accessible name. */
  matchingEvents: 'Matching events',
  /** How many events match, e.g. "2,341 events", "1 event", "More than 10,000 events". */
  eventCount: message<(count: number, exact: boolean) => string>((count, exact) =>
    exact ? `${count.toLocaleString('en')} ${count === 1 ? 'event' : 'events'}` : `More than ${count.toLocaleString('en')} events`),
  /** The column chooser's button and menu. */
  columns: 'Columns',
  /** The density switch in it. */
  compactRows: 'Compact rows',
  /** The Columns menu's switch of the Time column to "5 minutes ago". */
  relativeTimes: 'Relative times',
  /** How to move a column, read with the menu. */
  columnsHint: 'Alt+Up and Alt+Down move a shown column.',
  /** Saved views: the button and menu, the save form, and a view's delete item. */
  views: 'Views',
  saveView: 'Save current view…',
  viewName: 'View name',
  save: 'Save',
  cancel: 'Cancel',
  deleteView: message<(name: string) => string>((name) => `Delete view ${name}`),
  /** Live updates: the button that shows the events that arrived ("Show 3 new events", "Show 100+ new events"). */
  showNewEvents: message<(count: number, more: boolean) => string>((count, more) => `Show ${count.toLocaleString('en')}${more ? '+' : ''} new ${count === 1 && !more ? 'event' : 'events'}`),
  /** Said in the count's place when the backend could not count (the rows are not affected). */
  countFailed: 'Count unavailable',
  /** The Close button of the details panel and of the shortcuts list. */
  close: 'Close',
  /** The shortcuts dialog's title (opened with `?`). */
  shortcutsTitle: 'Keyboard shortcuts',
  /** Its list: the keys, and what they do. */
  shortcuts: [
    ['/', 'Search'],
    ['j / k', 'Next and previous row, or event with the details open'],
    ['Enter', 'Open the event'],
    ['Escape', 'Close'],
    ['?', 'These shortcuts'],
  ] as readonly (readonly [string, string])[],
  nextPage: 'Next page',
  previousPage: 'Previous page',
  rowsPerPage: 'Rows per page',
  /** Accessible name of the paging controls; includes the title so two viewers' landmarks differ. */
  paginationLabel: message<(title: string) => string>((title) => `${title}: pages`),
  /** Where the person is, e.g. "Page 3". */
  pageStatus: message<(page: number) => string>((page) => `Page ${page}`),
  /** Shown with a fixed page size (Tesseral), e.g. "10 events per page". */
  fixedPageSize: message<(size: number) => string>((size) => `${size} events per page`),
  timeZone: 'Time zone',
  /** The option for the browser's own zone, e.g. "Local time (Europe/Paris)". */
  timeZoneLocal: message<(zone: string) => string>((zone) => `Local time (${zone})`),
  /** The same option before the zone is looked up. */
  timeZoneLocalShort: 'Local time',
  loading: 'Loading audit log events…',
  /** While more rows load and the current ones stay visible. */
  loadingMore: 'Loading…',
  emptyTitle: 'No events yet',
  emptyBody: 'Events appear here as people and systems act in your organization.',
  /** Heading of the error state. */
  errorTitle: 'Audit log events could not be loaded',
  /** The sentence for an error; the default uses the adapter's message, which names the failure. */
  errorMessage: message<(error: AuditLogError) => string>((error) => error.message),
  /** What a person can do about an error, by its code ("Sign in again, then retry."). */
  errorHint: message<(error: AuditLogError) => string>((error) => ERROR_HINTS[error.code]),
  retry: 'Retry',
  /** Starts again at the first page (after a page token expired). */
  startOver: 'Start from the first page',
  /** A partial result; `detail` is the adapter's own sentence. */
  partial: message<(detail: string) => string>((detail) => `Some events may be missing: ${detail}`),
};
