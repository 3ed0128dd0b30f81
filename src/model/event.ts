/**
 * The audit-log event exactly as Tesseral's APIs return it (JSON, camelCase, protojson rules:
 * absent optional fields are omitted, never `null`).
 *
 * @example
 * ```json
 * { "id": "audit_log_event_0a1b…", "actorUserId": "user_…", "eventTime": "2025-07-01T17:04:12.345Z",
 *   "eventName": "tesseral.users.update", "eventDetails": { "user": {…}, "previousUser": {…} } }
 * ```
 */
export interface AuditLogEvent {
  /** `audit_log_event_<base36>`; Tesseral derives it from a UUIDv7 of the event time. */
  id: string;
  /** `org_…`; absent in the end-customer API, where the organization is implicit. */
  organizationId?: string;
  /** `user_…`: the signed-in user who acted. */
  actorUserId?: string;
  /** `session_…`: the user's session. */
  actorSessionId?: string;
  /** `api_key_…`: a customer-managed API key. */
  actorApiKeyId?: string;
  /** `backend_api_key_…`: the vendor's own backend. */
  actorBackendApiKeyId?: string;
  /** `intermediate_session_…`: the login flow, before a session exists. */
  actorIntermediateSessionId?: string;
  /** `scim_api_key_…`: the customer's identity provider, through SCIM. */
  actorScimApiKeyId?: string;
  /** RFC 3339 instant, e.g. `2025-07-01T17:04:12.345Z`. */
  eventTime: string;
  /** Dotted name: `tesseral.users.update`, or a vendor's custom `acme.expense_reports.approve`. */
  eventName: string;
  /** Any JSON object written by the code that emitted the event: treat it as untrusted text. */
  eventDetails: Record<string, unknown>;
}

/** The actor id fields of an event, in the order the actor is derived from them. */
export const ACTOR_ID_FIELDS = [
  'actorUserId',
  'actorApiKeyId',
  'actorScimApiKeyId',
  'actorBackendApiKeyId',
  'actorIntermediateSessionId',
  'actorSessionId',
] as const;

/** One of the actor id field names of {@link AuditLogEvent}. */
export type AuditLogActorIdField = (typeof ACTOR_ID_FIELDS)[number];

/** The order in which a list is returned: newest first (Tesseral's only order) or oldest first. */
export type AuditLogSort = 'newest' | 'oldest';
