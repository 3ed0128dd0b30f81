import { describe, expect, it } from 'vitest';
import { actorIdsOf, deriveActor } from './actor.js';
import type { AuditLogEvent } from './event.js';

const base: AuditLogEvent = { id: 'audit_log_event_1', eventTime: '2025-07-01T00:00:00Z', eventName: 'tesseral.users.update', eventDetails: {} };

describe('deriveActor', () => {
  it('types every actor field', () => {
    expect(deriveActor({ ...base, actorUserId: 'user_1', actorSessionId: 'session_1' })).toEqual({ kind: 'user', id: 'user_1', sessionId: 'session_1' });
    expect(deriveActor({ ...base, actorUserId: 'user_1' })).toEqual({ kind: 'user', id: 'user_1' });
    expect(deriveActor({ ...base, actorApiKeyId: 'api_key_1' })).toEqual({ kind: 'api_key', id: 'api_key_1' });
    expect(deriveActor({ ...base, actorScimApiKeyId: 'scim_api_key_1' })).toEqual({ kind: 'scim_api_key', id: 'scim_api_key_1' });
    expect(deriveActor({ ...base, actorBackendApiKeyId: 'backend_api_key_1' })).toEqual({ kind: 'backend_api_key', id: 'backend_api_key_1' });
    expect(deriveActor({ ...base, actorIntermediateSessionId: 'intermediate_session_1' })).toEqual({ kind: 'login', id: 'intermediate_session_1' });
    expect(deriveActor({ ...base, actorSessionId: 'session_1' })).toEqual({ kind: 'user', id: null, sessionId: 'session_1' });
    expect(deriveActor(base)).toEqual({ kind: 'system', id: null });
  });

  it('prefers the most specific principal when several fields are set', () => {
    expect(deriveActor({ ...base, actorUserId: 'user_1', actorApiKeyId: 'api_key_1' }).kind).toBe('user');
    expect(deriveActor({ ...base, actorApiKeyId: 'api_key_1', actorBackendApiKeyId: 'backend_api_key_1' }).kind).toBe('api_key');
    expect(deriveActor({ ...base, actorBackendApiKeyId: 'b', actorIntermediateSessionId: 'i' }).kind).toBe('backend_api_key');
  });

  it('treats an empty string as absent, as protojson would', () => {
    expect(deriveActor({ ...base, actorUserId: '' }).kind).toBe('system');
  });

  it('lists every actor id once', () => {
    expect(actorIdsOf({ ...base, actorUserId: 'user_1', actorSessionId: 'session_1', actorApiKeyId: 'user_1' })).toEqual(['user_1', 'session_1']);
  });
});
