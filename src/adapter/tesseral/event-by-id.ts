import { throwIfAborted } from '../../errors.js';
import type { AuditLogEvent } from '../../model/event.js';
import { eventIdMillis } from '../../model/tesseral-ids.js';
import type { TesseralClient } from './client.js';
import { listPage } from './list.js';

/** Pages of one millisecond read before giving up: ten events each, so 500 events in that millisecond. */
const MAX_PAGES = 50;

/** `…T12:00:00.123Z` and `…T12:00:00.123999Z`: the first and last microsecond of a millisecond. */
function millisecondBounds(ms: number): { start: string; end: string } {
  const start = new Date(ms).toISOString();
  return { start, end: `${start.slice(0, 23)}999Z` };
}

/**
 * One event by id, although Tesseral's API has no get-by-id: an event id is a UUIDv7 of the
 * event's time (internal/uuidv7, used by every writer), so the list filtered to that one
 * millisecond (both bounds inclusive, to the microsecond Postgres keeps) holds it, on its first
 * page unless more than ten events share the millisecond. `null` for an id that is not an event
 * id, or whose event is not in the caller's organization.
 */
export async function findEventById(client: TesseralClient, id: string, signal: AbortSignal): Promise<AuditLogEvent | null> {
  const ms = eventIdMillis(id);
  if (ms === null) return null;
  const filter = { timeRange: millisecondBounds(ms) };
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    throwIfAborted(signal);
    const result = await listPage(client, filter, cursor, signal);
    const found = result.events.find((event) => event.id === id);
    if (found) return found;
    // No early stop on the id order: a backend may order one millisecond by its microseconds.
    if (result.nextCursor === null) return null;
    cursor = result.nextCursor;
  }
  return null;
}
