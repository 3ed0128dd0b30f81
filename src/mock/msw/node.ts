import { setupServer } from 'msw/node';
import { createMockDatabase, type MockDatabaseOptions } from '../database.js';
import { createMockHandlers } from '../handlers/index.js';
import { createScenario, type MockScenario } from '../handlers/scenario.js';

/** The mock backend in Node (unit tests): `fetch` calls are intercepted and answered in-process. */
export function createNodeMock(options: MockDatabaseOptions = {}, scenario: MockScenario = createScenario()) {
  const db = createMockDatabase(options);
  const server = setupServer(...createMockHandlers(db, scenario));
  return { db, scenario, server };
}
