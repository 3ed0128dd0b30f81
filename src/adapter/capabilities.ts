import { AuditLogError } from '../errors.js';
import { FIELDS } from '../filter/fields/index.js';
import type { AuditLogListFilter } from '../model/query.js';
import type { AuditLogCapabilities, AuditLogListRequest } from './types.js';

/** Everything the engine can do except search: the memory and REST adapters' default. */
export const FULL_CAPABILITIES: AuditLogCapabilities = {
  search: false,
  eventNameFilter: 'multiple',
  actorIdFilter: 'multiple',
  actorKindFilter: true,
  timeRange: true,
  sorts: ['newest', 'oldest'],
  // 1,000 is the engine's largest page; the table draws such a page with virtual rows.
  pageSizes: [25, 10, 50, 100, 1000],
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
 * would silently ignore (which would show a person wrong rows). The rule for each filter is its
 * field's `fit` (src/filter/fields/), the same one the viewer drops unsupported values by.
 */
export function assertSupported(capabilities: AuditLogCapabilities, request: AuditLogListRequest): void {
  const { filter, sort, pageSize } = request;
  assertFilterSupported(capabilities, filter);
  if (!capabilities.sorts.includes(sort)) throw unsupported(`This backend cannot sort ${sort} first.`);
  const fixed = capabilities.pageSizes.length === 1 ? capabilities.pageSizes[0] : undefined;
  if (fixed !== undefined && pageSize !== fixed) throw unsupported(`This backend always returns ${fixed} events per page.`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > capabilities.maxPageSize) {
    throw new AuditLogError('invalid_request', `pageSize must be a whole number from 1 to ${capabilities.maxPageSize}, got ${pageSize}.`);
  }
}

/**
 * The filter half of {@link assertSupported}, for calls that take a filter alone (a count):
 * each field's `fit` refuses what this backend cannot apply.
 */
export function assertFilterSupported(capabilities: AuditLogCapabilities, filter: AuditLogListFilter): void {
  for (const field of FIELDS) {
    if (!field.list) continue;
    const value = (filter as Record<string, unknown>)[field.list.key];
    if (value === undefined || value === null || !field.isActive(value)) continue;
    const refusal = field.fit(value, capabilities).refusal;
    if (refusal) throw unsupported(refusal);
  }
}
