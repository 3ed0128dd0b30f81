import { http, HttpResponse } from 'msw';
import type { AuditLogEvent } from '../../model/event.js';
import type { MockDatabase } from '../database.js';
import { auditLogEventId } from '../ids.js';
import { Random } from '../random.js';
import { authenticateBackend } from '../tesseral/auth.js';
import { deriveCreateContext } from '../tesseral/create-actor.js';
import { apiError } from '../tesseral/errors.js';
import { createRequestProblem, readCreateRequest } from '../../server/tesseral-create.js';
import { protoTime, structValue } from '../tesseral/protojson.js';
import { backendEvent } from '../tesseral/shapes.js';
import { applyScenario, type MockScenario } from './scenario.js';

/**
 * Tesseral's backend API for custom events, `POST /v1/audit-log-events`, as its store runs it
 * (backend/store/audit_log_events.go:29-96): the body decoded first (before authentication), then
 * the backend API key, then, in Tesseral's order and words, no backend-key or intermediate-session
 * actor, exactly one "who" field, a `vendor.resource.action` name not starting with `tesseral`,
 * and the organization and actor derived from the "who". The stored event is answered as the
 * backend `AuditLogEvent` (unset fields left out) and shows up in later lists; `options.store`
 * keeps it elsewhere than in the engine.
 */
export function createEventHandlers(db: MockDatabase, scenario: MockScenario, options: { store?: (event: AuditLogEvent) => Promise<unknown> } = {}) {
  // Where a created event goes: the engine, or (npm run server) the PostgreSQL store.
  const store = options.store ?? (async (event: AuditLogEvent) => db.engine.insert([event]));
  const random = new Random(db.dataset.options.seed ^ 0x5eed);
  return [
    // The frontend path has no POST: vanguard answers a method it has no route for with a plain 405.
    http.post('*/api/frontend/v1/audit-log-events', () => new HttpResponse('Method Not Allowed\n', { status: 405, headers: { allow: 'GET', 'content-type': 'text/plain; charset=utf-8' } })),
    http.post('*/v1/audit-log-events', async ({ request }) => {
      const failure = await applyScenario(scenario, 'connect');
      if (failure) return failure;
      const req = await readCreateRequest(request);
      if (req instanceof Response) return req;
      const unauthenticated = authenticateBackend(db, request);
      if (unauthenticated) return unauthenticated;
      const refused = createRequestProblem(req);
      if (refused) return refused;
      const time = req.eventTime === undefined ? db.now() : Date.parse(req.eventTime);
      const context = deriveCreateContext(db, req);
      if ('description' in context) return apiError(context.code, context.description, context.slug);
      const event: AuditLogEvent = {
        id: auditLogEventId(time, random),
        ...context,
        // Stored as Postgres keeps it (microseconds, UTC) and read back as protojson writes it.
        eventTime: protoTime(req.eventTime ?? new Date(time).toISOString()),
        eventName: req.eventName!,
        eventDetails: structValue(req.eventDetails ?? {}) as Record<string, unknown>,
      };
      await store(event);
      return HttpResponse.json({ auditLogEvent: backendEvent(event) });
    }),
  ];
}
