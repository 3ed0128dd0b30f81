import { http } from 'msw';
import { createEngineStore } from '../../server/engine-store.js';
import { createAuditLogHandler, DEFAULT_BASE_PATH, type AuditLogPrincipal } from '../../server/handler.js';
import { restError } from '../../server/respond.js';
import type { AuditLogStore } from '../../server/store.js';
import type { MockDatabase } from '../database.js';
import { createMockDirectory } from '../directory.js';
import { authenticateFrontend } from '../tesseral/auth.js';
import { applyScenario, type MockScenario } from './scenario.js';

/** The base path of the project's own query API in the mock server. */
export const FULL_API_BASE = DEFAULT_BASE_PATH;

/**
 * The signed-in owner's organization. The full API takes the same credentials as Tesseral's
 * frontend API (`Authorization: Bearer <access token>` or the project's access-token cookie) and
 * answers in its own error shape.
 */
function owner(db: MockDatabase, request: Request): AuditLogPrincipal | Response {
  const principal = authenticateFrontend(db, request);
  if (principal instanceof Response) return restError('unauthenticated', 'a valid access token is required (Authorization: Bearer <token>, or the access-token cookie)');
  if (!db.isOwner(principal.organization, principal.userId)) return restError('permission_denied', 'only organization owners may view audit logs');
  return { organizationId: principal.organization.id, role: 'reader' };
}

/** The engine's store, or, in the "empty" scenario, a store with no events at all. */
function scenarioStore(db: MockDatabase, scenario: MockScenario): AuditLogStore {
  const store = createEngineStore(db.engine);
  return {
    list: (scope, request) => (scenario.empty ? Promise.resolve({ events: [], nextCursor: null }) : store.list(scope, request)),
    get: (scope, id) => (scenario.empty ? Promise.resolve(null) : store.get(scope, id)),
    count: (scope, filter) => (scenario.empty ? Promise.resolve({ count: 0, exact: true }) : store.count(scope, filter)),
    histogram: (scope, filter, zone) => (scenario.empty ? Promise.resolve({ interval: { unit: 'minute', size: 1 }, buckets: [], complete: true }) : store.histogram(scope, filter, zone)),
    facets: (scope, filter, field) => (scenario.empty ? Promise.resolve({ values: [], complete: true, exact: true }) : store.facets(scope, filter, field)),
    eventNames: (scope) => (scenario.empty ? Promise.resolve([]) : store.eventNames(scope)),
  };
}

/**
 * The project's own full query API (documented in `docs/rest-api.md`): the server's own handler
 * (src/server/handler.ts) over the engine's store and the generated organizations' directory,
 * with Tesseral's credentials (owners only) and the mock's scenario (latency, errors, empty).
 * The same handler serves MSW in the browser and in Node, and the standalone HTTP server;
 * `options.store` puts another store under it (`npm run server`: PostgreSQL).
 */
export function fullApiHandlers(db: MockDatabase, scenario: MockScenario, options: { store?: AuditLogStore } = {}) {
  const handler = createAuditLogHandler({
    store: options.store ?? scenarioStore(db, scenario),
    directory: createMockDirectory(db),
    basePath: FULL_API_BASE,
    authorize: async (request) => (await applyScenario(scenario, 'rest')) ?? owner(db, request),
    now: () => db.now(),
    // A job takes a moment per page, so that its progress can be seen.
    exportPageDelayMs: 20,
    onError: (error) => console.error('[mock full API]', error),
  });
  return [http.all(`*${FULL_API_BASE}/*`, ({ request }) => handler(request))];
}
