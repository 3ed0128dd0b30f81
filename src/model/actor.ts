import type { AuditLogEvent } from './event.js';

/**
 * Who acted, as a closed set of kinds so that no view has to guess:
 * - `user`: a signed-in user (`actorUserId`, usually with `actorSessionId`);
 * - `api_key`: a customer-managed API key;
 * - `scim_api_key`: the customer's identity provider provisioning through SCIM;
 * - `backend_api_key`: the vendor's backend;
 * - `login`: the login flow, before a session exists (an intermediate session);
 * - `system`: no actor field at all.
 */
export type AuditLogActorKind =
  | 'user'
  | 'api_key'
  | 'scim_api_key'
  | 'backend_api_key'
  | 'login'
  | 'system';

/** Every actor kind, in display order. */
export const ACTOR_KINDS: readonly AuditLogActorKind[] = [
  'user',
  'api_key',
  'scim_api_key',
  'backend_api_key',
  'login',
  'system',
];

/** The typed actor of an event, derived from its actor id fields by {@link deriveActor}. */
export interface AuditLogActor {
  /** The kind of actor. */
  kind: AuditLogActorKind;
  /** The id that names the actor for its kind (`user_…`, `api_key_…`, …); `null` for `system`. */
  id: string | null;
  /** The user's session, when the actor is a user acting through one. */
  sessionId?: string;
}

/**
 * Derives the typed actor of an event.
 *
 * The most specific principal wins: a user, then a customer API key, then a SCIM key, then the
 * vendor's backend, then the login flow. A session id alone (no user id) still names a user's
 * session, so it counts as `user` with a `null` user id rather than as `system`.
 */
export function deriveActor(event: AuditLogEvent): AuditLogActor {
  if (event.actorUserId) {
    return event.actorSessionId
      ? { kind: 'user', id: event.actorUserId, sessionId: event.actorSessionId }
      : { kind: 'user', id: event.actorUserId };
  }
  if (event.actorApiKeyId) return { kind: 'api_key', id: event.actorApiKeyId };
  if (event.actorScimApiKeyId) return { kind: 'scim_api_key', id: event.actorScimApiKeyId };
  if (event.actorBackendApiKeyId) return { kind: 'backend_api_key', id: event.actorBackendApiKeyId };
  if (event.actorIntermediateSessionId) return { kind: 'login', id: event.actorIntermediateSessionId };
  if (event.actorSessionId) return { kind: 'user', id: null, sessionId: event.actorSessionId };
  return { kind: 'system', id: null };
}

/**
 * The id of the user or key {@link deriveActor} names, without building the actor: what the Actor
 * facet counts by, once per event of a walk. `null` for a login flow (one id per sign-in attempt:
 * a hundred thousand of them would be counted for no option a person picks), a session alone or
 * the system.
 */
export function principalId(event: AuditLogEvent): string | null {
  return event.actorUserId || event.actorApiKeyId || event.actorScimApiKeyId || event.actorBackendApiKeyId || null;
}

/** Every actor id an event carries (user, session, keys, intermediate session), without duplicates. */
export function actorIdsOf(event: AuditLogEvent): string[] {
  const ids: string[] = [];
  for (const id of [
    event.actorUserId,
    event.actorSessionId,
    event.actorApiKeyId,
    event.actorScimApiKeyId,
    event.actorBackendApiKeyId,
    event.actorIntermediateSessionId,
  ]) {
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Tells whether a string is one of the actor kinds. */
export function isActorKind(value: unknown): value is AuditLogActorKind {
  return typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
}
