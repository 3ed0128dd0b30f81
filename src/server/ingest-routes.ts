import { LIMITS } from '../limits.js';
import type { AuditLogEvent } from '../model/event.js';
import { apiError } from '../mock/tesseral/errors.js';
import { protoTime, structValue } from '../mock/tesseral/protojson.js';
import { backendEvent } from '../mock/tesseral/shapes.js';
import type { RouteContext } from './context.js';
import { newEventId } from './event-id.js';
import { isStorableId, readImport } from './import-events.js';
import { readBodyText } from './request-body.js';
import { json, restError } from './respond.js';
import type { Route } from './router.js';
import type { AuditLogScope, AuditLogWritableStore } from './store.js';
import { createRequestProblem, NUL, readCreateRequest } from './tesseral-create.js';

/** Who may write, as `authorize` said (the handler has checked the shape): a writer of one organization. */
export type WriterCheck = (request: Request) => Promise<AuditLogScope | Response>;

/**
 * Tesseral's `POST /v1/audit-log-events` over a store (docs/tesseral-reference.md), for Tesseral's
 * SDK pointed at the vendor's own server: the body read and decoded first, then the writer's
 * credential (`authorize`, role `writer`), then Tesseral's rules in its words, answered with the
 * stored event in Tesseral's backend shape. The organization is the writer's: a body that names
 * another is refused. Where Tesseral resolves the "who" against its own users (its access tokens
 * in `actor_credentials` included), this server has no users to look in: actor ids are stored as
 * given, and `actor_credentials` is refused.
 */
export function tesseralIngest(store: AuditLogWritableStore, writer: WriterCheck, now: () => number): (request: Request) => Promise<Response> {
  return async (request) => {
    const req = await readCreateRequest(request);
    if (req instanceof Response) return req;
    const scope = await writer(request);
    if (scope instanceof Response) return scope;
    const refused = createRequestProblem(req);
    if (refused) return refused;
    // Past Tesseral's anchored pattern a name may hold anything (the mock stores a NUL in its engine,
    // to show the viewer survives one), but no PostgreSQL text holds a NUL: refused before any store.
    if (NUL.test(req.eventName!)) return apiError('invalid_argument', 'event_name must not hold U+0000 (NUL)');
    if (req.actorCredentials !== undefined) return apiError('invalid_argument', 'actor_credentials cannot be read by this server: give actor_user_id, actor_session_id or actor_api_key_id');
    if (req.organizationId !== undefined && req.organizationId !== scope.organizationId) return apiError('permission_denied', 'this credential may not record events of that organization');
    for (const id of [req.actorUserId, req.actorSessionId, req.actorApiKeyId]) {
      if (id !== undefined && !isStorableId(id)) return apiError('invalid_argument', `actor ids must be 1 to ${LIMITS.idLength} printable ASCII characters`);
    }
    const time = req.eventTime === undefined ? now() : Date.parse(req.eventTime);
    const event: AuditLogEvent = {
      id: newEventId(time),
      organizationId: scope.organizationId,
      ...(req.actorUserId !== undefined ? { actorUserId: req.actorUserId } : {}),
      ...(req.actorSessionId !== undefined ? { actorSessionId: req.actorSessionId } : {}),
      ...(req.actorApiKeyId !== undefined ? { actorApiKeyId: req.actorApiKeyId } : {}),
      // Stored as Postgres keeps it (microseconds, UTC) and read back as protojson writes it.
      eventTime: protoTime(req.eventTime ?? new Date(time).toISOString()),
      eventName: req.eventName!,
      eventDetails: structValue(req.eventDetails ?? {}) as Record<string, unknown>,
    };
    await store.insert(scope, [event]);
    return json({ auditLogEvent: backendEvent(event) });
  };
}

/**
 * `POST /events/import`: many events at once (NDJSON, one event a line in the full API's shape,
 * at most 10,000 and 16 MB), for a writer. Every line is checked before any is stored, and they
 * are stored in one transaction: all or none. Ids are kept, and an id the organization has
 * already is skipped, so that an import that failed half-way can be sent again whole. Answers
 * `{"imported": n, "skipped": m}`.
 */
export const IMPORT_ROUTE: Route<RouteContext> = {
  method: 'POST',
  path: '/events/import',
  role: 'writer',
  run: async ({ request, scope, store }) => {
    const type = request.headers.get('content-type');
    if (type && !/^(application\/(x-ndjson|jsonl|x-jsonlines)|text\/plain)\s*(;\s*charset=utf-8\s*)?$/i.test(type)) {
      return restError('invalid_request', 'an import is NDJSON: one JSON event a line (Content-Type: application/x-ndjson)', 415);
    }
    const text = await readBodyText(request, LIMITS.importBytes);
    if (text === 'too-large') return restError('invalid_request', `an import is at most ${LIMITS.importBytes} bytes; split it`, 413);
    if (text === 'not-utf8') return restError('invalid_request', 'the body is not valid UTF-8');
    const events = readImport(text, scope.organizationId);
    const { stored } = await (store as AuditLogWritableStore).insert(scope, events, { skipDuplicates: true });
    return json({ imported: stored, skipped: events.length - stored });
  },
};
