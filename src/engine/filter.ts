import { badFilter } from '../filter/field.js';
import { FIELDS, LIST_CHECKS } from '../filter/fields/index.js';
import type { AuditLogActorKind } from '../model/actor.js';
import type { AuditLogListFilter } from '../model/query.js';

// Each list-filter key is checked by the filter field that owns it (src/filter/fields/); the
// planner below this reads the result by name, because each key has its own index.

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

/**
 * Validates a filter (each field by its own check) and puts it in canonical form, so that equal filters hash equal.
 * Throws an `invalid_request` `AuditLogError` that names the bad field.
 */
export function normalizeFilter(filter: AuditLogListFilter = {}, organizationId?: string): NormalizedFilter {
  if (typeof filter !== 'object' || filter === null) throw badFilter('filter must be an object.');
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) if (field.list) out[field.list.key] = LIST_CHECKS[field.list.key]!((filter as Record<string, unknown>)[field.list.key]);
  const { start, end } = out.timeRange as { start: number | null; end: number | null };
  return {
    eventNames: out.eventNames as string[] | null,
    actorIds: out.actorIds as string[] | null,
    actorKinds: out.actorKinds as AuditLogActorKind[] | null,
    start,
    end,
    search: out.search as string | null,
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
