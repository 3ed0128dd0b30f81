import { createAuditLogHandler, createEngineStore, type AuditLogPrincipal } from '@audit-log-viewer/react/server';
import { createFullTextSearch, createQueryEngine } from '@audit-log-viewer/react/engine';

// The audit-log API served by this Next.js app itself, in route handlers
// (app/api/audit/v1/[...path]/route.ts and app/v1/audit-log-events/route.ts): the library's
// handler over the in-memory store. A vendor puts its database's store here
// (createPostgresStore) and its own session check in `authorize`. One handler for the server
// process: the events live in it (this example's backend, not the library, holds the state).

/** The example's two credentials: a reader of the log and a backend key that records events. */
function authorize(request: Request): AuditLogPrincipal | Response {
  const token = request.headers.get('authorization');
  if (token === 'Bearer example_reader') return { organizationId: 'org_example', role: 'reader' };
  if (token === 'Bearer example_writer') return { organizationId: 'org_example', role: 'writer' };
  return Response.json({ error: { code: 'unauthenticated', message: 'sign in first' } }, { status: 401 });
}

const engine = createQueryEngine({ search: createFullTextSearch() });
engine.insert(
  Array.from({ length: 40 }, (_, i) => ({
    id: `evt_example_${String(i).padStart(3, '0')}`,
    organizationId: 'org_example',
    eventTime: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(),
    eventName: i % 2 ? 'example.invoice.sent' : 'example.invoice.paid',
    actorUserId: `user_example_${i % 4}`,
    eventDetails: { invoice: `inv_${i}` },
  })),
);

export const auditHandler = createAuditLogHandler({ store: createEngineStore(engine), authorize });
