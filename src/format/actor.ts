import type { AuditLogActorInfo } from '../adapter/types.js';
import type { AuditLogActor, AuditLogActorKind } from '../model/actor.js';
import type { AuditLogControllerMessages } from './core-messages.js';

/** What the Actor cell shows. */
export interface ActorDisplay {
  /** The name to show; `null` while it loads. */
  text: string | null;
  /** The actor's id, shown quieter (or alone when there is no name). */
  id: string | null;
  /** The actor no longer exists. */
  deleted: boolean;
  /** The event has no actor because the backend never names its kind (see `capabilities.hiddenActors`). */
  hidden?: boolean;
}

/**
 * Words for an actor: the user's email (or name), the API key's name, "SCIM", "Vendor backend",
 * "Login flow", and "System" only when the event has no actor at all, or "No actor given" where
 * the backend never names some kinds of actor (Tesseral's end-customer API cannot tell SCIM or
 * the vendor's backend from nobody). Never a guess: while a name loads, `text` is `null`; when a
 * lookup failed or is impossible, the id stands in.
 *
 * @param hidden the actor kinds the backend never reports (`capabilities.hiddenActors`)
 */
export function describeActor(
  actor: AuditLogActor,
  info: AuditLogActorInfo | null | undefined,
  loading: boolean,
  messages: AuditLogControllerMessages,
  hidden: readonly AuditLogActorKind[] = [],
): ActorDisplay {
  const deleted = info?.deleted === true;
  switch (actor.kind) {
    case 'system':
      return hidden.length ? { text: messages.actorHidden, id: null, deleted: false, hidden: true } : { text: messages.actorSystem, id: null, deleted: false };
    case 'login':
      return { text: messages.actorLogin, id: actor.id, deleted: false };
    case 'backend_api_key':
      return { text: messages.actorBackend, id: actor.id, deleted: false };
    case 'scim_api_key':
      if (loading) return { text: null, id: actor.id, deleted: false };
      // A deleted actor keeps the last name known of it (the backend's, from the log), marked deleted.
      return { text: info?.displayName ? messages.actorScimNamed(info.displayName) : messages.actorScim, id: actor.id, deleted };
    case 'api_key':
      if (loading) return { text: null, id: actor.id, deleted: false };
      return { text: info?.displayName ? messages.actorApiKey(info.displayName) : actor.id, id: actor.id, deleted };
    case 'user':
      if (!actor.id) return { text: messages.actorUnknownUser, id: actor.sessionId ?? null, deleted: false };
      if (loading) return { text: null, id: actor.id, deleted: false };
      return { text: info?.email || info?.displayName || actor.id, id: actor.id, deleted };
  }
}
