import type { QueryEngine } from '../engine/engine.js';
import { AuditLogError } from '../errors.js';
import type { AuditLogEvent } from '../model/event.js';
import type { AuditLogWritableStore } from './store.js';

/**
 * The in-memory store: the query engine (src/engine), in time slices so that one tenant's long
 * walk never holds another's requests behind it. For development, tests and the mock server: it
 * lives in one process and keeps nothing across a restart (the PostgreSQL store does). Its ids
 * are unique across organizations (the PostgreSQL store's, within one).
 */
export function createEngineStore(engine: QueryEngine): AuditLogWritableStore {
  return {
    list: ({ organizationId }, { filter, sort, pageSize, cursor }) => engine.listSliced({ organizationId, filter, sort, pageSize, cursor }),
    get: async ({ organizationId }, id) => engine.get(id, organizationId) ?? null,
    count: ({ organizationId }, filter) => engine.countSliced({ organizationId, filter }),
    histogram: ({ organizationId }, filter, timeZone) => engine.histogramSliced({ organizationId, filter, timeZone }),
    facets: ({ organizationId }, filter, field) => engine.facetsSliced({ organizationId, filter, field }),
    eventNames: async ({ organizationId }) => engine.eventNames(organizationId),
    async insert({ organizationId }, events, options = {}) {
      const fresh: AuditLogEvent[] = [];
      const seen = new Set<string>();
      for (const event of events) {
        if (event.organizationId !== undefined && event.organizationId !== organizationId) throw new AuditLogError('invalid_request', `event ${event.id} belongs to another organization.`, { status: 400 });
        // The engine holds one event per id whatever its organization (ids are meant to be unique
        // everywhere, as Tesseral's UUIDv7s are): an id another organization holds is taken as a
        // duplicate too, in the same words, so that the answer does not say whose it is.
        if (seen.has(event.id) || engine.get(event.id)) {
          if (options.skipDuplicates) continue;
          throw new AuditLogError('invalid_request', 'an event with this id is stored already.', { status: 400 });
        }
        seen.add(event.id);
        fresh.push({ ...event, organizationId });
      }
      engine.insert(fresh);
      return { stored: fresh.length };
    },
  };
}
