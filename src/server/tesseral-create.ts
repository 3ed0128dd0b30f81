import { checkDetails, LIMITS } from '../limits.js';
import { decodeCreateRequest, type CreateRequest } from '../mock/tesseral/create-request.js';
import { apiError, rpcStatus } from '../mock/tesseral/errors.js';
import { readBodyText } from './request-body.js';

// Tesseral's `POST /v1/audit-log-events`, the parts every server of it shares: the mock's
// (src/mock/handlers/create-event.ts, with Tesseral's own credentials and users) and the
// handler's (ingest-routes.ts, with the vendor's `authorize`). Answers in Tesseral's words and
// shapes (docs/tesseral-reference.md), so that Tesseral's SDK works against either.

/** A body over the limit: 413, with a Status that says which limit (code 8, resource_exhausted). */
function tooLarge(): Response {
  return new Response(JSON.stringify({ code: 8, message: `the request body is larger than ${LIMITS.bodyBytes} bytes`, details: [] }), {
    status: 413,
    headers: { 'content-type': 'application/json' },
  });
}

/**
 * The create request of a body, decoded as Tesseral's transcoder does, or the answer to give
 * instead: 415 for another content type (vanguard's plain text), 413 past the body limit, 400
 * for bytes that are not UTF-8 or JSON that does not decode. Read before authentication, in
 * Tesseral's order.
 */
export async function readCreateRequest(request: Request): Promise<CreateRequest | Response> {
  // Vanguard takes no Content-Type, or JSON; anything else is a plain 415 (protocol_rest.go:80-87).
  const type = request.headers.get('content-type');
  if (type && !/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(type)) {
    const sub = /^application\/([^;\s]+)/i.exec(type)?.[1];
    return new Response(sub ? `"${sub}" sub-format not supported\n` : 'could not classify protocol\n', { status: 415, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // No more than the limit is read: a server must not buffer what it will refuse.
  const text = await readBodyText(request);
  if (text === 'too-large') return tooLarge();
  if (text === 'not-utf8') return rpcStatus('invalid_argument', 'proto: syntax error: the request body is not valid UTF-8');
  const req = decodeCreateRequest(text);
  // Tesseral answers a body it cannot decode with a 500 (code 2); a client's bad input must not look like a server failure here.
  return typeof req === 'string' ? rpcStatus('invalid_argument', req) : req;
}

// Anchored at the start only, as Tesseral's is (backend/store/audit_log_events.go:522): a valid
// start followed by anything passes, so a viewer must survive names such as "a.b.c<script>".
const NAME_PATTERN = /^[a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_]+/;

/** NUL, which no PostgreSQL text holds (other controls are stored, and the viewer shows them safely). */
export const NUL = /\u0000/;

/** A UUIDv7 holds the Unix milliseconds in 48 bits: nothing before 1970 (Tesseral's would wrap). */
const EARLIEST = 0;

/**
 * Tesseral's rules of a create request after authentication, in its order and words
 * (audit_log_events.go:29-96): no backend-key or intermediate-session actor, exactly one "who"
 * field, an event time from 1970 on, a `vendor.resource.action` name not starting with
 * `tesseral`; then the library's own limits (src/limits.ts: what is stored can always be served,
 * paged and exported). The answer to give, or `null` when the request may be stored.
 */
export function createRequestProblem(req: CreateRequest): Response | null {
  if (req.actorBackendApiKeyId) return apiError('invalid_argument', 'cannot specify actor_backend_api_key_id');
  if (req.actorIntermediateSessionId) return apiError('invalid_argument', 'cannot specify actor_intermediate_session_id');
  const who = [req.actorCredentials, req.actorApiKeyId, req.actorSessionId, req.actorUserId, req.organizationId].filter((v) => v !== undefined);
  if (who.length !== 1) {
    return apiError('invalid_argument', 'exactly one of actor_credentials, actor_api_key_id, actor_session_id, actor_user_id, or organization_id must be provided');
  }
  if (req.eventTime !== undefined && Date.parse(req.eventTime) < EARLIEST) return apiError('invalid_argument', 'event_time must not be before 1970: an event id (a UUIDv7) cannot hold it');
  const name = req.eventName ?? '';
  if (!NAME_PATTERN.test(name) || name.startsWith('tesseral')) return apiError('invalid_argument', 'invalid event name');
  if (name.length > LIMITS.eventNameLength) return apiError('invalid_argument', `event_name has ${name.length} characters; at most ${LIMITS.eventNameLength} are allowed`);
  const problem = checkDetails(req.eventDetails ?? {});
  if (problem) return apiError('invalid_argument', `event_details: ${problem}`);
  return null;
}
