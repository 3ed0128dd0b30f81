import type { MockDatabase } from '../database.js';
import { createEventHandlers } from './create-event.js';
import { fullApiHandlers } from './full-api.js';
import type { MockScenario } from './scenario.js';
import { tesseralApiHandlers } from './tesseral-api.js';

/**
 * Every handler of the mock backend, for one database and one scenario: the same list serves
 * MSW in the browser, MSW in Node, and the standalone HTTP server.
 */
export function createMockHandlers(db: MockDatabase, scenario: MockScenario) {
  return [...tesseralApiHandlers(db, scenario), ...createEventHandlers(db, scenario), ...fullApiHandlers(db, scenario)];
}
