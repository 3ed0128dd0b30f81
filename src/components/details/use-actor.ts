import { useQuery } from '@tanstack/react-query';
import type { AuditLogActorInfo } from '../../adapter/types.js';
import { describeActor, type ActorDisplay } from '../../format/actor.js';
import { deriveActor, type AuditLogActor } from '../../model/actor.js';
import type { AuditLogEvent } from '../../model/event.js';
import { actorNameQuery } from '../../query/options.js';
import { useAuditLogContext } from '../context.js';

/**
 * An event's actor with its name, through the same batched, cached lookup as the table (a row's
 * actor is already in the cache when its details open).
 */
export function useActor(event: AuditLogEvent): { actor: AuditLogActor; info: AuditLogActorInfo | null | undefined; shown: ActorDisplay } {
  const { controller } = useAuditLogContext();
  const actor = deriveActor(event);
  const resolvable = actor.id !== null && controller.actors.canResolve(actor.kind);
  const info = useQuery({ ...actorNameQuery(controller, actor.kind, actor.id ?? ''), enabled: resolvable }, controller.queryClient);
  const loading = resolvable && info.isPending;
  return { actor, info: info.data, shown: describeActor(actor, info.data, loading, controller.messages, controller.capabilities.hiddenActors) };
}
