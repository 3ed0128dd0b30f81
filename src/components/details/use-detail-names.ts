import { useQueries, useQuery } from '@tanstack/react-query';
import type { AuditLogActorInfo, AuditLogRoleInfo } from '../../adapter/types.js';
import type { AuditLogActorKind } from '../../model/actor.js';
import type { AuditLogEvent } from '../../model/event.js';
import { auditLogKeys } from '../../query/keys.js';
import { actorNameQuery, rolesQuery } from '../../query/on-demand.js';
import { useAuditLogContext } from '../context.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The people, API keys and roles a built-in event's details name, by id. */
function referencedIds(event: AuditLogEvent): { actors: { kind: AuditLogActorKind; id: string }[]; roles: string[] } {
  if (!event.eventName.startsWith('tesseral.')) return { actors: [], roles: [] };
  const d = obj(event.eventDetails);
  const users = [obj(d.userRoleAssignment).userId, obj(d.passkey).userId, obj(d.session).userId, d.userId].map(str);
  const keys = [obj(d.apiKeyRoleAssignment).apiKeyId].map(str);
  const roles = [obj(d.userRoleAssignment).roleId, obj(d.apiKeyRoleAssignment).roleId].map(str);
  return {
    actors: [
      ...users.filter((id): id is string => Boolean(id)).map((id) => ({ kind: 'user' as const, id })),
      ...keys.filter((id): id is string => Boolean(id)).map((id) => ({ kind: 'api_key' as const, id })),
    ],
    roles: [...new Set(roles.filter((id): id is string => Boolean(id)))],
  };
}

/**
 * Names for the ids an event's details mention (the user given a role, the passkey's owner, the
 * role itself), for its summary sentence: looked up through the same batched, cached lookups as
 * the table, and roles through the adapter's `getRoles`. Until an answer arrives, the id stands in.
 */
export function useDetailNames(event: AuditLogEvent): { name: (id: string) => string; role: (id: string) => string } {
  const { controller } = useAuditLogContext();
  const { adapter, scope, actors, queryClient } = controller;
  const wanted = referencedIds(event);
  const found = useQueries(
    {
      queries: wanted.actors.map((ref) => ({ ...actorNameQuery(controller, ref.kind, ref.id), enabled: actors.canResolve(ref.kind) })),
    },
    queryClient,
  );
  const roles = useQuery(rolesQuery(controller, wanted.roles), queryClient);
  const infos = new Map<string, AuditLogActorInfo>();
  found.forEach((q) => q.data && infos.set(q.data.id, q.data));
  const roleInfos = new Map<string, AuditLogRoleInfo>((roles.data ?? []).map((r) => [r.id, r]));
  return {
    name: (id) => {
      // The table may have looked this person up already (as a row's actor).
      const info = infos.get(id) ?? queryClient.getQueryData<AuditLogActorInfo | null>(auditLogKeys.actor(adapter.id, scope, 'user', id)) ?? undefined;
      if (!info) return id;
      // A deleted one by the last name known of it, said deleted.
      const gone = info.deleted ? ` (${controller.messages.actorDeleted})` : '';
      if (info.kind === 'api_key') return info.displayName ? `“${info.displayName}”${gone}` : id;
      const name = info.email ?? info.displayName;
      return name ? `${name}${gone}` : id;
    },
    role: (id) => {
      const info = roleInfos.get(id);
      return info?.displayName ? `“${info.displayName}”${info.deleted ? ` (${controller.messages.actorDeleted})` : ''}` : id;
    },
  };
}
