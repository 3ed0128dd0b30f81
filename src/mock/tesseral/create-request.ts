import type { AuditLogEvent } from '../../model/event.js';
import { isPlainObject } from '../../model/validate.js';
import { isGoTimestamp } from './go-time.js';
import { stringifyDeep } from '../../format/deep-json.js';

/** The fields of a create request, decoded as protojson decodes an `AuditLogEvent`: the event's own, and the credentials. */
export type CreateRequest = Partial<Pick<AuditLogEvent, 'organizationId' | 'actorUserId' | 'actorSessionId' | 'actorApiKeyId'
  | 'actorBackendApiKeyId' | 'actorIntermediateSessionId' | 'eventTime' | 'eventName' | 'eventDetails'>> & { actorCredentials?: string };

// The backend AuditLogEvent's fields (backend models.proto:584-622) by JSON and proto name. `id`
// and `actorScimApiKeyId` decode but the store never reads them (audit_log_events.go:29-96).
const FIELDS: readonly [keyof CreateRequest | 'id' | 'actorScimApiKeyId', string, 'string' | 'timestamp' | 'struct'][] = [
  ['id', 'id', 'string'],
  ['organizationId', 'organization_id', 'string'],
  ['actorUserId', 'actor_user_id', 'string'],
  ['actorSessionId', 'actor_session_id', 'string'],
  ['actorApiKeyId', 'actor_api_key_id', 'string'],
  ['actorBackendApiKeyId', 'actor_backend_api_key_id', 'string'],
  ['actorIntermediateSessionId', 'actor_intermediate_session_id', 'string'],
  ['actorScimApiKeyId', 'actor_scim_api_key_id', 'string'],
  ['eventTime', 'event_time', 'timestamp'],
  ['eventName', 'event_name', 'string'],
  ['eventDetails', 'event_details', 'struct'],
  ['actorCredentials', 'actor_credentials', 'string'],
];

/**
 * Decodes a create request body as Tesseral's transcoder does (vanguard codec.go:102,
 * protobuf-go encoding/protojson/decode.go): the body is the event itself (`body:
 * "audit_log_event"`), an empty body is `{}`, either spelling of a field name works (both at
 * once is a duplicate), `null` leaves a field unset, unknown keys are dropped, and a value of the
 * wrong type is an error. Answers the fields, or the error's text. protojson's messages start
 * with "proto:"; Tesseral returns them as a 500 (code 2), the mock as a 400 (see the caller).
 */
export function decodeCreateRequest(text: string): CreateRequest | string {
  let body: unknown = {};
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch (error) {
      return `proto: syntax error: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  if (!isPlainObject(body)) return `proto: syntax error: unexpected token ${JSON.stringify(body)}`;
  const out: Record<string, unknown> = {};
  for (const [json, proto, kind] of FIELDS) {
    const hasJson = Object.hasOwn(body, json);
    const hasProto = proto !== json && Object.hasOwn(body, proto);
    if (hasJson && hasProto) return `proto: duplicate field ${json}`;
    const value = hasJson ? body[json] : hasProto ? body[proto] : undefined;
    if (value === undefined || value === null) continue;
    // Without recursion: a value nested thousands of levels deep is an error to report, not a crash.
    const shown = stringifyDeep(value).slice(0, 80);
    if (kind === 'struct') {
      if (!isPlainObject(value)) return `proto: invalid value for message field ${json}: ${shown}`;
    } else if (typeof value !== 'string') {
      return `proto: invalid value for string field ${json}: ${shown}`;
    } else if (kind === 'timestamp' && !isGoTimestamp(value)) {
      return `proto: invalid google.protobuf.Timestamp value ${shown}`;
    }
    // proto3 strings: "" is the same as unset.
    if (value !== '') out[json] = value;
  }
  delete out.id;
  delete out.actorScimApiKeyId;
  return out as CreateRequest;
}
