import { AuditLogError } from '../errors.js';
import type { AuditLogCapabilities, AuditLogListRequest } from './types.js';

/** Everything the engine can do except search: the memory and REST adapters' default. */
export const FULL_CAPABILITIES: AuditLogCapabilities = {
  search: false,
  eventNameFilter: 'multiple',
  actorIdFilter: 'multiple',
  actorKindFilter: true,
  timeRange: true,
  sorts: ['newest', 'oldest'],
  pageSizes: [25, 10, 50, 100],
  maxPageSize: 1000,
  totalCount: false,
  actorLookup: ['user', 'api_key', 'scim_api_key'],
};

function unsupported(message: string): AuditLogError {
  return new AuditLogError('unsupported', message);
}

/**
 * Rejects, with an `unsupported` error that says why, a request that asks for more than the
 * capabilities allow. Adapters call it first, so that a backend is never asked something it
 * would silently ignore (which would show a person wrong rows).
 */
export function assertSupported(capabilities: AuditLogCapabilities, request: AuditLogListRequest): void {
  const { filter, sort, pageSize } = request;
  const names = filter.eventNames ?? [];
  if (names.length > 1 && capabilities.eventNameFilter === 'single') {
    throw unsupported('This backend filters by one event type at a time.');
  }
  if (names.length > 0 && capabilities.eventNameFilter === 'none') throw unsupported('This backend cannot filter by event type.');
  const actorIds = filter.actorIds ?? [];
  if (actorIds.length > 0 && capabilities.actorIdFilter === 'none') throw unsupported('This backend cannot filter by actor.');
  if (capabilities.actorIdFilter === 'single_user' && (actorIds.length > 1 || (actorIds[0] !== undefined && !actorIds[0].startsWith('user_')))) {
    throw unsupported('This backend filters by one user at a time, and not by API keys or other actors.');
  }
  if ((filter.actorKinds?.length ?? 0) > 0 && !capabilities.actorKindFilter) throw unsupported('This backend cannot filter by actor kind.');
  if ((filter.timeRange?.start || filter.timeRange?.end) && !capabilities.timeRange) throw unsupported('This backend cannot filter by time.');
  if (filter.search?.trim() && !capabilities.search) throw unsupported('This backend cannot search.');
  if (!capabilities.sorts.includes(sort)) throw unsupported(`This backend cannot sort ${sort} first.`);
  const fixed = capabilities.pageSizes.length === 1 ? capabilities.pageSizes[0] : undefined;
  if (fixed !== undefined && pageSize !== fixed) throw unsupported(`This backend always returns ${fixed} events per page.`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > capabilities.maxPageSize) {
    throw new AuditLogError('invalid_request', `pageSize must be a whole number from 1 to ${capabilities.maxPageSize}, got ${pageSize}.`);
  }
}
