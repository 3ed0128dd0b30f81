import type { QueryEngine } from '../engine/engine.js';
import type { AuditLogStore } from './store.js';

/**
 * The in-memory store: the query engine (src/engine), in time slices so that one tenant's long
 * walk never holds another's requests behind it. For development, tests and the mock server: it
 * lives in one process and keeps nothing across a restart (the PostgreSQL store does).
 */
export function createEngineStore(engine: QueryEngine): AuditLogStore {
  return {
    list: ({ organizationId }, { filter, sort, pageSize, cursor }) => engine.listSliced({ organizationId, filter, sort, pageSize, cursor }),
    get: async ({ organizationId }, id) => engine.get(id, organizationId) ?? null,
    count: ({ organizationId }, filter) => engine.countSliced({ organizationId, filter }),
    histogram: ({ organizationId }, filter, timeZone) => engine.histogramSliced({ organizationId, filter, timeZone }),
    facets: ({ organizationId }, filter, field) => engine.facetsSliced({ organizationId, filter, field }),
    eventNames: async ({ organizationId }) => engine.eventNames(organizationId),
  };
}
