import { AuditLogError } from '../../errors.js';
import type { AuditLogListFilter } from '../../model/query.js';
import { isPlainObject, parseEvent } from '../../model/validate.js';
import type { AuditLogListResult } from '../types.js';
import type { TesseralClient } from './client.js';

/** The end-customer list endpoint (frontend.proto:342-344). */
export const LIST_PATH = '/api/frontend/v1/audit-log-events';

/**
 * Reads a list answer. Tesseral writes it with default protojson (unset fields left out), so an
 * empty list is `{}` and the last page has no `nextPageToken`; an actor id that is `""` (as a
 * proxy that emits every field would send) counts as unset too.
 */
export function parseListResponse(body: unknown): AuditLogListResult {
  if (!isPlainObject(body)) {
    throw new AuditLogError('malformed_response', 'Loading audit log events failed: the answer is not a JSON object.');
  }
  const { auditLogEvents = [], nextPageToken = '' } = body;
  if (!Array.isArray(auditLogEvents)) {
    throw new AuditLogError('malformed_response', 'Loading audit log events failed: auditLogEvents is not a list.');
  }
  if (typeof nextPageToken !== 'string') {
    throw new AuditLogError('malformed_response', 'Loading audit log events failed: nextPageToken is not a string.');
  }
  return {
    events: auditLogEvents.map((event, i) => parseEvent(event, `auditLogEvents[${i}]`)),
    nextCursor: nextPageToken === '' ? null : nextPageToken,
  };
}

/**
 * Tesseral's query parameters for a filter: `filterStartTime` and `filterEndTime` (inclusive),
 * one `filterEventName`, one `filterUserId`, and the `pageToken`, which carries only the position,
 * so every page resends the filters with it.
 */
export function listParams(filter: AuditLogListFilter, cursor: string | null): URLSearchParams {
  const params = new URLSearchParams();
  if (cursor) params.set('pageToken', cursor);
  if (filter.timeRange?.start) params.set('filterStartTime', filter.timeRange.start);
  if (filter.timeRange?.end) params.set('filterEndTime', filter.timeRange.end);
  if (filter.eventNames?.[0]) params.set('filterEventName', filter.eventNames[0]);
  if (filter.actorIds?.[0]) params.set('filterUserId', filter.actorIds[0]);
  return params;
}

/** One page of the list endpoint. */
export async function listPage(client: TesseralClient, filter: AuditLogListFilter, cursor: string | null, signal: AbortSignal): Promise<AuditLogListResult> {
  return parseListResponse(await client.get(LIST_PATH, listParams(filter, cursor), 'Loading audit log events', signal));
}
