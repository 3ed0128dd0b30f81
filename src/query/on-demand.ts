import { queryOptions } from '@tanstack/react-query';
import type { AuditLogActorKind } from '../model/actor.js';
import type { AuditLogFacetField } from '../model/aggregate.js';
import type { AuditLogListFilter } from '../model/query.js';
import type { ActorBatcher } from './actor-batcher.js';
import { auditLogKeys } from './keys.js';
import { RETRY, type QueryScope } from './options.js';

// The queries of the parts that load on first use (live updates, facets, the filters' options,
// the details and the summary's names): apart from options.ts so that their code comes with those
// parts and the first rows pay nothing for it. The same rules as there: keys from the factory, one retry policy.

/** One actor's name: one key and one batched lookup for every cell that shows it. */
export function actorNameQuery(s: QueryScope & { actors: ActorBatcher }, kind: AuditLogActorKind, id: string) {
  return queryOptions({
    queryKey: auditLogKeys.actor(s.adapter.id, s.scope, kind, id),
    queryFn: () => s.actors.load({ kind, id }),
    staleTime: 10 * 60_000,
    ...RETRY,
  });
}

/** How many of the newest events a poll reads: new events past it are said as "100+". */
export const NEWEST_POLL_SIZE = 100;

/**
 * The newest page of a filter, polled for live updates every `intervalMs` while the tab is
 * visible (TanStack Query pauses intervals in a hidden tab). Never shown as rows: it only counts.
 */
export function newestQuery(s: QueryScope, filter: AuditLogListFilter, pageSize: number, intervalMs: number, enabled: boolean) {
  return queryOptions({
    queryKey: auditLogKeys.newest(s.adapter.id, s.scope, filter),
    queryFn: ({ signal }) => s.adapter.listEvents({ filter, sort: 'newest', pageSize, cursor: null, signal }),
    enabled,
    refetchInterval: intervalMs,
    refetchIntervalInBackground: false,
    // Each answer replaces the last; a failed poll is tried again at the next interval, not at once.
    retry: false,
  });
}

/** Counts by one field under a filter (the field's own selection left out by the caller), where the adapter counts (`facetEvents`). */
export function facetQuery(s: QueryScope, filter: AuditLogListFilter, field: AuditLogFacetField, enabled: boolean) {
  return queryOptions({
    queryKey: auditLogKeys.facets(s.adapter.id, s.scope, filter, field),
    queryFn: ({ signal }) => s.adapter.facetEvents!({ filter, field, signal }),
    enabled: enabled && Boolean(s.adapter.facetEvents),
    staleTime: 30_000,
    ...RETRY,
  });
}

/** The event names the organization has (the Event type filter's options). */
export function eventNamesQuery(s: QueryScope, enabled: boolean) {
  return queryOptions({
    queryKey: auditLogKeys.eventNames(s.adapter.id, s.scope),
    queryFn: ({ signal }) => s.adapter.listEventNames!({ signal }),
    enabled,
    staleTime: 60_000,
    ...RETRY,
  });
}

/** People and API keys whose names have the words typed (the Actor filter's suggestions). */
export function actorSearchQuery(s: QueryScope, text: string, limit: number) {
  return queryOptions({
    queryKey: auditLogKeys.actorSearch(s.adapter.id, s.scope, text),
    queryFn: ({ signal }) => s.adapter.searchActors!(text, { signal, limit }),
    staleTime: 60_000,
    ...RETRY,
  });
}

/** One event by id (a link to an event that is not on the page shown). */
export function eventQuery(s: QueryScope, id: string, enabled: boolean) {
  return queryOptions({
    queryKey: auditLogKeys.event(s.adapter.id, s.scope, id),
    queryFn: ({ signal }) => (s.adapter.getEvent ? s.adapter.getEvent(id, { signal }) : Promise.resolve(null)),
    enabled,
    staleTime: 60_000,
    structuralSharing: false, // a deep event must not overflow its comparison (see eventListQuery)
    ...RETRY,
  });
}

/** Role names for a summary sentence. */
export function rolesQuery(s: QueryScope, ids: readonly string[]) {
  return queryOptions({
    queryKey: auditLogKeys.roles(s.adapter.id, s.scope, ids),
    queryFn: ({ signal }) => s.adapter.getRoles!([...ids], { signal }),
    staleTime: 10 * 60_000,
    enabled: Boolean(s.adapter.getRoles) && ids.length > 0,
    ...RETRY,
  });
}
