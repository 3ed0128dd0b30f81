import type { AuditLogActorInfo } from '../../adapter/types.js';
import type { ActorDisplay } from '../../format/actor.js';
import type { AuditLogActor } from '../../model/actor.js';
import type { AuditLogEvent } from '../../model/event.js';
import { useActorLookup } from '../../state/use-actor-name.js';
import { useAuditLogContext } from '../context.js';

/**
 * An event's actor with its name, through the same batched, cached lookup as the table (a row's
 * actor is already in the cache when its details open).
 */
export function useActor(event: AuditLogEvent): { actor: AuditLogActor; info: AuditLogActorInfo | null | undefined; shown: ActorDisplay } {
  return useActorLookup(useAuditLogContext().controller, event);
}
