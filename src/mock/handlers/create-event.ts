import { http, HttpResponse } from 'msw';
import type { AuditLogEvent } from '../../model/event.js';
import type { MockDatabase } from '../database.js';
import { auditLogEventId } from '../ids.js';
import { Random } from '../random.js';
import { authenticateBackend } from '../tesseral/auth.js';
import { deriveCreateContext } from '../tesseral/create-actor.js';
import { decodeCreateRequest } from '../tesseral/create-request.js';
import { apiError, rpcStatus } from '../tesseral/errors.js';
import { protoTime, structValue } from '../tesseral/protojson.js';
import { backendEvent } from '../tesseral/shapes.js';
import { checkDetails, LIMITS } from '../../limits.js';
import { readBodyText } from '../../server/request-body.js';
import { applyScenario, type MockScenario } from './scenario.js';

/** A body over the limit: 413, with a Status that says which limit (code 8, resource_exhausted). */
function tooLarge(): Response {
  return new Response(JSON.stringify({ code: 8, message: `the request body is larger than ${LIMITS.bodyBytes} bytes`, details: [] }), {
    status: 413,
    headers: { 'content-type': 'application/json' },
  });
}

// Anchored at the start only, as Tesseral's is (backend/store/audit_log_events.go:522): a valid
// start followed by anything passes, so a viewer must survive names such as "a.b.c<script>".
const NAME_PATTERN = /^[a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_]+/;

/** A UUIDv7 holds the Unix milliseconds in 48 bits: nothing before 1970 (Tesseral's would wrap). */
const EARLIEST = 0;

/**
 * Tesseral's backend API for custom events, `POST /v1/audit-log-events`, as its store runs it
 * (backend/store/audit_log_events.go:29-96): the body decoded first (before authentication), then
 * the backend API key, then, in Tesseral's order and words, no backend-key or intermediate-session
 * actor, exactly one "who" field, a `vendor.resource.action` name not starting with `tesseral`,
 * and the organization and actor derived from the "who". The stored event is answered as the
 * backend `AuditLogEvent` (unset fields left out) and shows up in later lists; `options.store`
 * keeps it elsewhere than in the engine.
 */
export function createEventHandlers(db: MockDatabase, scenario: MockScenario, options: { store?: (event: AuditLogEvent) => Promise<void> } = {}) {
  // Where a created event goes: the engine, or (npm run server) the PostgreSQL store.
  const store = options.store ?? (async (event: AuditLogEvent) => db.engine.insert([event]));
  const random = new Random(db.dataset.options.seed ^ 0x5eed);
  return [
    // The frontend path has no POST: vanguard answers a method it has no route for with a plain 405.
    http.post('*/api/frontend/v1/audit-log-events', () => new HttpResponse('Method Not Allowed\n', { status: 405, headers: { allow: 'GET', 'content-type': 'text/plain; charset=utf-8' } })),
    http.post('*/v1/audit-log-events', async ({ request }) => {
      const failure = await applyScenario(scenario, 'connect');
      if (failure) return failure;
      // Vanguard takes no Content-Type, or JSON; anything else is a plain 415 (protocol_rest.go:80-87).
      const type = request.headers.get('content-type');
      if (type && !/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(type)) {
        const sub = /^application\/([^;\s]+)/i.exec(type)?.[1];
        return new HttpResponse(sub ? `"${sub}" sub-format not supported\n` : 'could not classify protocol\n', { status: 415, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      }
      // No more than the limit is read: a server must not buffer what it will refuse.
      const text = await readBodyText(request);
      if (text === 'too-large') return tooLarge();
      if (text === 'not-utf8') return rpcStatus('invalid_argument', 'proto: syntax error: the request body is not valid UTF-8');
      const req = decodeCreateRequest(text);
      // Tesseral answers a body it cannot decode with a 500 (code 2); a client's bad input must not look like a server failure here.
      if (typeof req === 'string') return rpcStatus('invalid_argument', req);
      const unauthenticated = authenticateBackend(db, request);
      if (unauthenticated) return unauthenticated;
      if (req.actorBackendApiKeyId) return apiError('invalid_argument', 'cannot specify actor_backend_api_key_id');
      if (req.actorIntermediateSessionId) return apiError('invalid_argument', 'cannot specify actor_intermediate_session_id');
      const who = [req.actorCredentials, req.actorApiKeyId, req.actorSessionId, req.actorUserId, req.organizationId].filter((v) => v !== undefined);
      if (who.length !== 1) {
        return apiError('invalid_argument', 'exactly one of actor_credentials, actor_api_key_id, actor_session_id, actor_user_id, or organization_id must be provided');
      }
      const time = req.eventTime === undefined ? db.now() : Date.parse(req.eventTime);
      if (time < EARLIEST) return apiError('invalid_argument', 'event_time must not be before 1970: an event id (a UUIDv7) cannot hold it');
      const name = req.eventName ?? '';
      if (!NAME_PATTERN.test(name) || name.startsWith('tesseral')) return apiError('invalid_argument', 'invalid event name');
      // The mock's own limits (src/limits.ts): what it stores it can always serve, page and export.
      if (name.length > LIMITS.eventNameLength) return apiError('invalid_argument', `event_name has ${name.length} characters; at most ${LIMITS.eventNameLength} are allowed`);
      const problem = checkDetails(req.eventDetails ?? {});
      if (problem) return apiError('invalid_argument', `event_details: ${problem}`);
      const context = deriveCreateContext(db, req);
      if ('description' in context) return apiError(context.code, context.description, context.slug);
      const event: AuditLogEvent = {
        id: auditLogEventId(time, random),
        ...context,
        // Stored as Postgres keeps it (microseconds, UTC) and read back as protojson writes it.
        eventTime: protoTime(req.eventTime ?? new Date(time).toISOString()),
        eventName: name,
        eventDetails: structValue(req.eventDetails ?? {}) as Record<string, unknown>,
      };
      await store(event);
      return HttpResponse.json({ auditLogEvent: backendEvent(event) });
    }),
  ];
}
