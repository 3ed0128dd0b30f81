import { AuditLogError } from '../errors.js';
import { ACTOR_KINDS, isActorKind, type AuditLogActorKind } from '../model/actor.js';
import type { AuditLogListFilter } from '../model/query.js';
import { parseInstant } from '../model/instant.js';
import { isRfc3339 } from '../model/validate.js';

/** A filter after validation: sorted, de-duplicated, times as epoch ms, `null` where open. */
export interface NormalizedFilter {
  eventNames: string[] | null;
  actorIds: string[] | null;
  actorKinds: AuditLogActorKind[] | null;
  start: number | null;
  end: number | null;
  search: string | null;
  /** Scope: the organization the caller may see (the mock server's Tesseral API sets it). */
  organizationId: string | null;
}

function bad(message: string): AuditLogError {
  return new AuditLogError('invalid_request', message, { status: 400 });
}

function stringList(value: unknown, field: string): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw bad(`filter.${field} must be an array of strings.`);
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item === '') throw bad(`filter.${field}[${i}] must be a non-empty string.`);
  });
  const list = [...new Set(value as string[])].sort();
  return list.length ? list : null;
}

function instant(value: unknown, field: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  if (!isRfc3339(value)) {
    throw bad(`filter.timeRange.${field} must be an RFC 3339 time such as 2025-07-01T17:04:12Z, got ${JSON.stringify(value)}.`);
  }
  return parseInstant(value);
}

/**
 * Validates a filter and puts it in canonical form, so that equal filters hash equal.
 * Throws an `invalid_request` {@link AuditLogError} that names the bad field.
 */
export function normalizeFilter(filter: AuditLogListFilter = {}, organizationId?: string): NormalizedFilter {
  if (typeof filter !== 'object' || filter === null) throw bad('filter must be an object.');
  const actorKinds = stringList(filter.actorKinds, 'actorKinds');
  actorKinds?.forEach((kind) => {
    if (!isActorKind(kind)) throw bad(`filter.actorKinds has "${kind}", which is not one of ${ACTOR_KINDS.join(', ')}.`);
  });
  const start = instant(filter.timeRange?.start, 'start');
  const end = instant(filter.timeRange?.end, 'end');
  if (start !== null && end !== null && start > end) {
    throw bad('filter.timeRange.start is after filter.timeRange.end.');
  }
  if (filter.search !== undefined && typeof filter.search !== 'string') throw bad('filter.search must be a string.');
  const search = filter.search?.trim() ? filter.search.trim() : null;
  return {
    eventNames: stringList(filter.eventNames, 'eventNames'),
    actorIds: stringList(filter.actorIds, 'actorIds'),
    actorKinds: actorKinds as AuditLogActorKind[] | null,
    start,
    end,
    search,
    organizationId: organizationId ?? null,
  };
}

/** The canonical text of a normalized filter, the input of its hash. */
export function canonicalFilter(filter: NormalizedFilter): string {
  return JSON.stringify([
    filter.eventNames,
    filter.actorIds,
    filter.actorKinds,
    filter.start,
    filter.end,
    filter.search,
    filter.organizationId,
  ]);
}
