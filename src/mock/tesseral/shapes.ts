import type { AuditLogEvent } from '../../model/event.js';
import type { Snapshot } from '../entities.js';
import { message, present, protoTime, structValue } from './protojson.js';

// The messages of Tesseral's APIs, field by field in declaration order, as protojson writes them.

const time = (value: unknown) => (typeof value === 'string' ? protoTime(value) : undefined);

/**
 * The end-customer API's `AuditLogEvent` (frontend models.proto:241-265, built by
 * frontend/store/audit_log_events.go:90-134): no organization, no backend or SCIM actor, an
 * unset actor left out.
 */
export function frontendEvent(event: AuditLogEvent): Record<string, unknown> {
  return message([
    ['id', event.id],
    ['actorUserId', event.actorUserId],
    ['actorSessionId', event.actorSessionId],
    ['actorApiKeyId', event.actorApiKeyId],
    ['actorIntermediateSessionId', event.actorIntermediateSessionId],
    ['eventTime', time(event.eventTime)],
    ['eventName', event.eventName],
    // Always set, so written even when empty (audit_log_events.go:93-96,126).
    ['eventDetails', present(structValue(event.eventDetails))],
  ]);
}

/**
 * The backend API's `AuditLogEvent` (backend models.proto:584-622, built by
 * backend/store/audit_log_events.go:399-453): every actor column; `actorCredentials` is input only.
 */
export function backendEvent(event: AuditLogEvent): Record<string, unknown> {
  return message([
    ['id', event.id],
    ['organizationId', event.organizationId],
    ['actorUserId', event.actorUserId],
    ['actorSessionId', event.actorSessionId],
    ['actorApiKeyId', event.actorApiKeyId],
    ['actorBackendApiKeyId', event.actorBackendApiKeyId],
    ['actorIntermediateSessionId', event.actorIntermediateSessionId],
    ['actorScimApiKeyId', event.actorScimApiKeyId],
    ['eventTime', time(event.eventTime)],
    ['eventName', event.eventName],
    ['eventDetails', present(structValue(event.eventDetails))],
  ]);
}

/** The frontend `User` (models.proto:64-76, frontend/store/users.go:300-313): `owner` always written. */
export function frontendUser(user: Snapshot): Record<string, unknown> {
  return message([
    ['id', user.id],
    ['email', user.email],
    ['createTime', time(user.createTime)],
    ['updateTime', time(user.updateTime)],
    ['owner', present(user.owner === true)],
    ['googleUserId', user.googleUserId],
    ['microsoftUserId', user.microsoftUserId],
    ['githubUserId', user.githubUserId],
    ['hasAuthenticatorApp', user.hasAuthenticatorApp === true],
    ['displayName', present(user.displayName)],
    ['profilePictureUrl', present(user.profilePictureUrl)],
  ]);
}

/**
 * The frontend `APIKey` (models.proto:211-230, frontend/store/api_keys.go:363-374): the
 * organization and the secret are never set.
 */
export function frontendApiKey(key: Snapshot): Record<string, unknown> {
  return message([
    ['id', key.id],
    ['createTime', time(key.createTime)],
    ['updateTime', time(key.updateTime)],
    ['expireTime', present(time(key.expireTime))],
    ['displayName', key.displayName],
    ['secretTokenSuffix', key.secretTokenSuffix],
    ['revoked', key.revoked === true],
  ]);
}

/** The frontend `Role` of an organization (models.proto:176-197, frontend/store/roles.go:395-423). */
export function frontendRole(role: Snapshot, organizationId: string): Record<string, unknown> {
  return message([
    ['id', role.id],
    ['organizationId', organizationId],
    ['createTime', time(role.createTime)],
    ['updateTime', time(role.updateTime)],
    ['displayName', role.displayName],
    ['description', role.description],
    ['actions', role.actions],
  ]);
}
