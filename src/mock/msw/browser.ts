import { setupWorker } from 'msw/browser';
import { createMockDatabase, type MockDatabaseOptions } from '../database.js';
import { createMockHandlers } from '../handlers/index.js';
import { createScenario, type MockScenario } from '../handlers/scenario.js';

/** The mock backend in the browser (demo, Storybook): a service worker answers the API calls. */
export function createBrowserMock(options: MockDatabaseOptions = {}, scenario: MockScenario = createScenario()) {
  const db = createMockDatabase(options);
  const worker = setupWorker(...createMockHandlers(db, scenario));
  return { db, scenario, worker };
}
