import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AuditLogActorInfo, AuditLogActorRef, AuditLogAdapter, AuditLogListResult } from '../adapter/types.js';
import { deriveActor } from '../model/actor.js';
import type { AuditLogEvent } from '../model/event.js';
import { auditLogKeys } from '../query/keys.js';
import { actorPageQuery } from '../query/options.js';

/** An actor's name as a cell reads it: what is known (`null`: the backend knows nothing of it), and whether it is on its way. */
export interface ActorNameState {
  info: AuditLogActorInfo | null | undefined;
  loading: boolean;
}

const refKey = (kind: string, id: string) => `${kind}:${id}`;
const NONE: readonly AuditLogActorRef['kind'][] = [];

/**
 * The names of a page's actors in one pass: those the backend sent with its pages (`actors` of a
 * list result) are known on the rows' first render; the rest are looked up in one call per page
 * (`actorPageQuery`). Cells read the result synchronously: no query observer per cell, one
 * re-render when the lookup answers.
 */
export function usePageActorNames(input: {
  adapter: AuditLogAdapter;
  queryClient: QueryClient;
  scope: string;
  events: readonly AuditLogEvent[];
  pages: readonly AuditLogListResult[] | undefined;
}): (kind: AuditLogActorRef['kind'], id: string) => ActorNameState {
  const { adapter, queryClient, scope, events, pages } = input;
  const lookupKinds = adapter.getActors ? adapter.capabilities.actorLookup : NONE;
  const sent = useMemo(() => {
    const map = new Map<string, AuditLogActorInfo>();
    for (const page of pages ?? []) for (const info of page.actors ?? []) map.set(refKey(info.kind, info.id), info);
    return map;
  }, [pages]);
  const cached = (kind: AuditLogActorRef['kind'], id: string) => queryClient.getQueryData<AuditLogActorInfo | null>(auditLogKeys.actor(adapter.id, scope, kind, id));
  // The page's actors that neither its pages nor an earlier lookup named.
  const missing = useMemo(() => {
    const refs = new Map<string, AuditLogActorRef>();
    for (const event of events) {
      const actor = deriveActor(event);
      if (actor.id === null || !lookupKinds.includes(actor.kind)) continue;
      const key = refKey(actor.kind, actor.id);
      if (!sent.has(key) && cached(actor.kind, actor.id) === undefined) refs.set(key, { kind: actor.kind, id: actor.id });
    }
    return [...refs.values()].sort((a, b) => refKey(a.kind, a.id).localeCompare(refKey(b.kind, b.id)));
    // `cached` reads the cache; the page's events and what was sent decide when to read it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [events, sent, lookupKinds]);
  const lookup = useQuery(actorPageQuery({ adapter, scope, queryClient }, missing), queryClient);
  const looked = lookup.data;
  const pending = missing.length > 0 && lookup.isPending;
  return useMemo(
    () => (kind, id) => {
      const key = refKey(kind, id);
      const info = sent.get(key) ?? looked?.get(key) ?? cached(kind, id);
      if (info !== undefined) return { info, loading: false };
      return { info: undefined, loading: pending && lookupKinds.includes(kind) };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sent, looked, pending, lookupKinds],
  );
}
