import type { MockDatabase } from '../database';
import { createEventHandlers } from './create-event';
import { fullApiHandlers } from './full-api';
import type { MockScenario } from './scenario';
import { tesseralApiHandlers } from './tesseral-api';

/**
 * Every handler of the mock backend, for one database and one scenario: the same list serves
 * MSW in the browser, MSW in Node, and the standalone HTTP server.
 */
export function createMockHandlers(db: MockDatabase, scenario: MockScenario) {
  return [...tesseralApiHandlers(db, scenario), ...createEventHandlers(db, scenario), ...fullApiHandlers(db, scenario)];
}
