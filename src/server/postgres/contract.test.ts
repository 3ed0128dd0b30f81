import { setupServer } from 'msw/node';
import { describe, it } from 'vitest';
import { createMockDatabase } from '../../mock/database.js';
import { fullApiHandlers } from '../../mock/handlers/full-api.js';
import { fullApiRestAdapter } from '../../test-support/adapters.js';
import { createScenario } from '../../mock/handlers/scenario.js';
import { describeAdapterContract } from '../../testing/index.js';
import { createContractFixture } from '../../testing/fixture.js';
import type { AuditLogEvent } from '../../model/event.js';
import { migrate } from './schema.js';
import { createPostgresStore } from './store.js';
import { testDatabases } from './test-databases.js';

// The contract kit, through the REST adapter and real Request/Response objects, against the
// server's handler over the PostgreSQL store, on PGlite and (in CI) on Debian's PostgreSQL.
const fixture = createContractFixture();

/** Events by organization, for the store's scoped inserts. */
function byOrg(events: readonly AuditLogEvent[]): Map<string, AuditLogEvent[]> {
  const groups = new Map<string, AuditLogEvent[]>();
  for (const event of events) groups.set(event.organizationId!, [...(groups.get(event.organizationId!) ?? []), event]);
  return groups;
}
let stop: (() => Promise<void>) | undefined;

for (const database of testDatabases()) describeAdapterContract({ describe, it }, {
  name: `rest (the server over PostgreSQL, ${database.name})`,
  fixture,
  setup: async ({ dataset }) => {
    const db = createMockDatabase({ dataset });
    const { client, close } = await database.open();
    await migrate(client);
    const store = createPostgresStore({ client });
    for (const [organizationId, events] of byOrg(dataset.events)) await store.insert({ organizationId }, events);
    const server = setupServer(...fullApiHandlers(db, createScenario(), { store }));
    server.listen({ onUnhandledRequest: 'error' });
    stop = async () => {
      server.close();
      await close();
    };
    // The mock's full API searches with the engine's index, counts and draws: the contract checks them on the wire.
    const adapter = fullApiRestAdapter('https://api.contract.example');
    return {
      adapter,
      insert: async (more) => {
        for (const [organizationId, events] of byOrg(more)) await store.insert({ organizationId }, events);
      },
    };
  },
  teardown: () => stop?.(),
});
