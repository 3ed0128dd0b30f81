import { infiniteQueryOptions, keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { AuditLogActorInfo, AuditLogActorRef, AuditLogAdapter, AuditLogListResult } from '../adapter/types.js';
import type { AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';
import { isRetryable } from './retry.js';
import { auditLogKeys } from './keys.js';

// Every query the first rows need, and (in on-demand.ts) those of the parts that load on first
// use, each with its key (only from the key factory), its fetch, how long it stays fresh, and one
// retry policy, so that a host's own QueryClient (which has
// none of the viewer's defaults) retries exactly as the viewer's does.

/** What a query needs of a viewer: its adapter and its own scope. */
export interface QueryScope {
  adapter: AuditLogAdapter;
  scope: string;
}

/** The one retry policy: two more tries with backoff for passing failures, none for final ones. */
export const RETRY = {
  retry: (count: number, error: Error) => count < 2 && isRetryable(error),
  retryDelay: (attempt: number) => Math.min(400 * 2 ** attempt, 4000),
} as const;

/** A page of events by cursor: the list the table shows (`filter: null`: none can match). */
export function eventListQuery(s: QueryScope, list: { filter: AuditLogListFilter | null; sort: AuditLogSort; pageSize: number; enabled: boolean }) {
  const { filter, sort, pageSize } = list;
  return infiniteQueryOptions({
    queryKey: auditLogKeys.list(s.adapter.id, s.scope, filter, sort, pageSize),
    queryFn: ({ pageParam, signal }): Promise<AuditLogListResult> =>
      // A filter no event can match lists nothing, without asking the backend.
      filter ? s.adapter.listEvents({ filter, sort, pageSize, cursor: pageParam, signal }) : Promise.resolve({ events: [], nextCursor: null }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: AuditLogListResult) => last.nextCursor,
    enabled: list.enabled,
    // While a new filter loads, the rows of the last one stay (marked busy) instead of a blank table.
    placeholderData: keepPreviousData,
    // Structural sharing compares old and new data recursively: details nested thousands of
    // levels deep would overflow its stack and lose the whole page. Pages are new data anyway.
    structuralSharing: false,
    ...RETRY,
  });
}

/**
 * One lookup for a page's actors that nothing has named yet: one `getActors` call, one cache
 * entry; each answer is also kept under the actor's own key (`actorNameQuery`), so that the
 * details panel, a later page or a host's `useActorName` finds it at once. An actor the backend
 * did not answer for is left out (looked up again later), not cached as unknown.
 */
export function actorPageQuery(s: QueryScope & { queryClient: QueryClient }, refs: readonly AuditLogActorRef[]) {
  const key = (r: AuditLogActorRef) => `${r.kind}:${r.id}`;
  return queryOptions({
    queryKey: auditLogKeys.actorPage(s.adapter.id, s.scope, refs.map(key)),
    queryFn: async (): Promise<Map<string, AuditLogActorInfo>> => {
      // Shared by every row that shows these actors: no one row's signal may cancel it.
      const infos = await s.adapter.getActors!([...refs], { signal: new AbortController().signal });
      const wanted = new Set(refs.map(key));
      const found = new Map<string, AuditLogActorInfo>();
      for (const info of infos) {
        if (!wanted.has(key(info))) continue;
        found.set(key(info), info);
        s.queryClient.setQueryData(auditLogKeys.actor(s.adapter.id, s.scope, info.kind, info.id), info);
      }
      return found;
    },
    enabled: refs.length > 0,
    staleTime: 10 * 60_000,
    ...RETRY,
  });
}

/** How many events match the list's filter, where the adapter counts (`countEvents`). */
export function countQuery(s: QueryScope, filter: AuditLogListFilter, enabled: boolean) {
  return queryOptions({
    queryKey: auditLogKeys.count(s.adapter.id, s.scope, filter),
    queryFn: ({ signal }) => s.adapter.countEvents!({ filter, signal }),
    enabled: enabled && Boolean(s.adapter.countEvents),
    // While a new filter's count loads, the last one stays, marked as loading by the part.
    placeholderData: keepPreviousData,
    ...RETRY,
  });
}

/** The timeline's bars for the list's filter in a zone, where the adapter draws them (`histogramEvents`). */
export function histogramQuery(s: QueryScope, filter: AuditLogListFilter, timeZone: string, enabled: boolean) {
  return queryOptions({
    queryKey: auditLogKeys.histogram(s.adapter.id, s.scope, filter, timeZone),
    queryFn: ({ signal }) => s.adapter.histogramEvents!({ filter, timeZone, signal }),
    enabled: enabled && Boolean(s.adapter.histogramEvents),
    // The last bars stay while the next filter's load (the part marks them as loading), so the chart does not jump.
    placeholderData: keepPreviousData,
    ...RETRY,
  });
}
