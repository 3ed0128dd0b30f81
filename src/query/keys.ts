import type { AuditLogFacetField } from '../model/aggregate.js';
import type { AuditLogActorKind } from '../model/actor.js';
import type { AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';

/**
 * Query keys, from general to specific. Every key starts with the adapter's id and the viewer's
 * scope (its own id), so two viewers never share an entry, even in one QueryClient; list keys
 * hold every input of the request except the cursor, which is the page parameter.
 */
export const auditLogKeys = {
  all: (adapterId: string, scope: string) => ['audit-log', adapterId, scope] as const,
  lists: (adapterId: string, scope: string) => [...auditLogKeys.all(adapterId, scope), 'list'] as const,
  list: (adapterId: string, scope: string, filter: AuditLogListFilter | null, sort: AuditLogSort, pageSize: number) =>
    [...auditLogKeys.lists(adapterId, scope), { filter, sort, pageSize }] as const,
  /** How many events match a filter (the list's filter, without sort or page size). */
  count: (adapterId: string, scope: string, filter: AuditLogListFilter) => [...auditLogKeys.all(adapterId, scope), 'count', filter] as const,
  /** The newest page, polled for live updates (apart from the list: showing new events must not refetch it). */
  newest: (adapterId: string, scope: string, filter: AuditLogListFilter) => [...auditLogKeys.all(adapterId, scope), 'newest', filter] as const,
  /** Matching events over time, in a zone (the timeline). */
  histogram: (adapterId: string, scope: string, filter: AuditLogListFilter, timeZone: string) => [...auditLogKeys.all(adapterId, scope), 'histogram', filter, timeZone] as const,
  /** Matching events counted by one field (the counts beside a filter's options). */
  facets: (adapterId: string, scope: string, filter: AuditLogListFilter, field: AuditLogFacetField) => [...auditLogKeys.all(adapterId, scope), 'facets', field, filter] as const,
  actor: (adapterId: string, scope: string, kind: AuditLogActorKind, id: string) =>
    [...auditLogKeys.all(adapterId, scope), 'actor', kind, id] as const,
  /** One lookup for the actors of a page that nothing has named yet (their refs, sorted). */
  actorPage: (adapterId: string, scope: string, refs: readonly string[]) => [...auditLogKeys.all(adapterId, scope), 'actor-page', refs] as const,
  actorSearch: (adapterId: string, scope: string, text: string) => [...auditLogKeys.all(adapterId, scope), 'actor-search', text] as const,
  eventNames: (adapterId: string, scope: string) => [...auditLogKeys.all(adapterId, scope), 'event-names'] as const,
  event: (adapterId: string, scope: string, id: string) => [...auditLogKeys.all(adapterId, scope), 'event', id] as const,
  roles: (adapterId: string, scope: string, ids: readonly string[]) => [...auditLogKeys.all(adapterId, scope), 'roles', ids] as const,
};
