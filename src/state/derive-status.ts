import type { AuditLogStatus } from './controller-types.js';

/** What {@link deriveStatus} reads: the state of the first page and of the filter. */
export interface StatusInput {
  /** The first page failed and nothing is shown. */
  firstPageFailed: boolean;
  /** Some page (or placeholder rows of the last filter) is at hand. */
  hasData: boolean;
  /** The search cannot be read (nothing is fetched meanwhile). */
  searchError: string | null;
  /** The result is known to be empty: one page, no rows, no next cursor, not a placeholder. */
  empty: boolean;
  /** A filter narrows the events. */
  hasFilters: boolean;
}

/**
 * What the person is looking at, from the query's state: an error, loading, "No events yet"
 * (`empty`: nothing at all), "No events match" (`no-match`: the filter or an unreadable search
 * found nothing) or rows. Pure, so that every combination is tested on its own.
 */
export function deriveStatus({ firstPageFailed, hasData, searchError, empty, hasFilters }: StatusInput): AuditLogStatus {
  if (firstPageFailed) return 'error';
  if (!hasData) return searchError ? 'no-match' : 'loading';
  if (empty) return hasFilters ? 'no-match' : 'empty';
  return 'ready';
}
