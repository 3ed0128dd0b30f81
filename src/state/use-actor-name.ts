import { useQuery } from '@tanstack/react-query';
import { describeActor, type ActorDisplay } from '../format/actor.js';
import type { AuditLogActorInfo } from '../adapter/types.js';
import { deriveActor, type AuditLogActor } from '../model/actor.js';
import type { AuditLogEvent } from '../model/event.js';
import { actorNameQuery } from '../query/on-demand.js';
import type { AuditLogController } from './use-audit-log.js';

/** An event's actor in words, as the viewer's own Actor column shows it, and whether its name is still loading. */
export interface AuditLogActorName extends ActorDisplay {
  /** The name is being looked up (`text` is `null` meanwhile). */
  loading: boolean;
}

/**
 * The actor of an event in words, for a custom cell or a table of the host's own: the user's
 * email or name, the API key's name, "SCIM", "Login flow", "System"…, looked up through the
 * adapter with the viewer's own batching and cache (the same query the Actor column uses, so a
 * name shown there is known here at once). Never a guess: `text` is `null` while the name loads,
 * and the id stands in when it cannot be found.
 *
 * @example
 * ```tsx
 * function WhoCell({ log, event }: { log: AuditLogController; event: AuditLogEvent }) {
 *   const who = useActorName(log, event); // log: what useAuditLog returned
 *   return <td>{who.text ?? '…'}{who.deleted ? ' (deleted)' : ''}</td>;
 * }
 * ```
 */
export function useActorName(controller: AuditLogController, event: AuditLogEvent): AuditLogActorName {
  const { shown, loading } = useActorLookup(controller, event);
  return { ...shown, loading };
}

/**
 * The lookup behind {@link useActorName}, with what the details panel needs besides the words:
 * the typed actor and the backend's answer.
 */
export function useActorLookup(controller: AuditLogController, event: AuditLogEvent): { actor: AuditLogActor; info: AuditLogActorInfo | null | undefined; shown: ActorDisplay; loading: boolean } {
  const actor = deriveActor(event);
  const resolvable = actor.id !== null && controller.actors.canResolve(actor.kind);
  // The page's names first (no request); an actor off the page (a permalink) is looked up alone.
  const onPage = resolvable ? controller.actorName(actor.kind, actor.id!) : undefined;
  const known = onPage !== undefined && (onPage.info !== undefined || onPage.loading);
  const info = useQuery({ ...actorNameQuery(controller, actor.kind, actor.id ?? ''), enabled: resolvable && !known }, controller.queryClient);
  const loading = resolvable && (known ? onPage!.loading : info.isPending);
  const data = !resolvable ? undefined : known ? onPage!.info : info.data;
  return { actor, info: data, shown: describeActor(actor, data, loading, controller.messages, controller.capabilities.hiddenActors), loading };
}
