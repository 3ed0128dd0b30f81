import { KEYS_ACTIONS } from './keys.js';
import { ORGANIZATION_ACTIONS } from './organization.js';
import { PEOPLE_ACTIONS } from './people.js';
import { SESSIONS_ACTIONS } from './sessions.js';
import type { Action, StepFn } from './types.js';

/** Every action of the simulation, by name. */
export const ACTIONS = { ...SESSIONS_ACTIONS, ...PEOPLE_ACTIONS, ...KEYS_ACTIONS, ...ORGANIZATION_ACTIONS } as Record<Action, StepFn>;
