import type { AuditLogError } from '../errors.js';

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
  retry: string;
  /** A partial result; `detail` is the adapter's own sentence. */
  partial: (detail: string) => string;
  actorSystem: string;
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
}

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
  retry: 'Retry',
  partial: (detail) => `Some events may be missing: ${detail}`,
  actorSystem: 'System',
  actorScim: 'SCIM',
  actorBackend: 'Vendor backend',
  actorLogin: 'Login flow',
  actorApiKey: (name) => `API key “${name}”`,
  actorScimNamed: (name) => `SCIM (${name})`,
  actorDeleted: 'deleted',
  actorLoading: 'Loading actor name',
  actorUnknownUser: 'User session',
  instant: 'Exact time',
};

/** Fills in the defaults for every key the host did not override. */
export function resolveMessages(overrides?: Partial<AuditLogMessages>): AuditLogMessages {
  return overrides ? { ...DEFAULT_MESSAGES, ...overrides } : DEFAULT_MESSAGES;
}
