import { describe, it } from 'vitest';
import { createNodeMock } from '../mock/msw/node.js';
import { fullApiRestAdapter } from '../test-support/adapters.js';
import { describeAdapterContract, TESSERAL_LIST_FIXTURES } from '../testing/index.js';
import { createContractFixture } from '../testing/fixture.js';
import { createMemoryAdapter } from './memory.js';
import { createTesseralAdapter } from './tesseral/index.js';

const fixture = createContractFixture();

describeAdapterContract({ describe, it }, {
  name: 'memory',
  fixture,
  setup: ({ events, actors, deletedActors, roles }) => {
    const adapter = createMemoryAdapter({ events, actors: [...actors], roles });
    void deletedActors; // not in the directory: the memory adapter answers them as deleted
    return { adapter, insert: (more) => adapter.insert(more) };
  },
});

// The Tesseral and REST adapters go through real Request/Response objects to the mock backend
// (MSW in Node), so the wire format is what is tested, not a stub.
let stop: (() => void) | undefined;

function serve(dataset: typeof fixture.dataset) {
  const mock = createNodeMock({ dataset });
  mock.server.listen({ onUnhandledRequest: 'error' });
  stop = () => mock.server.close();
  return mock;
}

describeAdapterContract({ describe, it }, {
  name: 'tesseral (mock Tesseral API over MSW)',
  fixture,
  // Tesseral's own answers, written from its code: the mock's are checked against its schema elsewhere.
  wire: { adapter: (fetch) => createTesseralAdapter({ baseUrl: 'https://vault.contract.example', accessToken: 't', fetch }), fixtures: TESSERAL_LIST_FIXTURES },
  setup: ({ dataset }) => {
    const { db } = serve(dataset);
    const adapter = createTesseralAdapter({ baseUrl: 'https://vault.contract.example', accessToken: 'demo_owner_contract' });
    return { adapter, insert: (more) => db.engine.insert(more) };
  },
  teardown: () => stop?.(),
});

describeAdapterContract({ describe, it }, {
  name: 'rest (mock full API over MSW)',
  fixture,
  setup: ({ dataset }) => {
    const { db } = serve(dataset);
    // The mock's full API searches with the engine's index, counts and draws: the contract checks them on the wire.
    const adapter = fullApiRestAdapter('https://api.contract.example');
    return { adapter, insert: (more) => db.engine.insert(more) };
  },
  teardown: () => stop?.(),
});
