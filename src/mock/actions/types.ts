import type { AuditLogEvent } from '../../model/event.js';
import type { Snapshot } from '../entities.js';
import type { OrgSim } from '../org-sim.js';
import type { Random } from '../random.js';

/** The steady-state mix: weights of what happens in an organization, once it is set up. */
export const MIX = {
  refresh: 45, login: 12, initiate: 2, custom: 22,
  userUpdate: 2.5, userCreate: 1, userDelete: 0.3, assignRole: 1, unassignRole: 0.6,
  inviteCreate: 1, inviteDelete: 0.4,
  apiKeyCreate: 0.8, apiKeyUpdate: 0.5, apiKeyRevoke: 0.3, apiKeyDelete: 0.2, apiKeyAssign: 0.3, apiKeyUnassign: 0.2,
  passkeyCreate: 0.5, passkeyUpdate: 0.2, passkeyDelete: 0.2,
  roleCreate: 0.1, roleUpdate: 0.3, roleDelete: 0.08,
  orgUpdate: 0.3, domains: 0.1, googleDomains: 0.05, msTenants: 0.05,
  samlCreate: 0.03, samlUpdate: 0.2, samlDelete: 0.02, oidcCreate: 0.03, oidcUpdate: 0.1, oidcDelete: 0.02,
  scimCreate: 0.03, scimUpdate: 0.05, scimRevoke: 0.02, scimDelete: 0.02,
} as const;

/** One thing that can happen in an organization. */
export type Action = keyof typeof MIX;

/** The actor fields of an event being made. */
export type Actor = Pick<AuditLogEvent, 'actorUserId' | 'actorSessionId' | 'actorApiKeyId' | 'actorBackendApiKeyId' | 'actorIntermediateSessionId' | 'actorScimApiKeyId'>;

/** An event without id and time yet: what one step of the simulation does. */
export interface Step {
  name: string;
  actor: Actor;
  details: Snapshot;
}

/** Does one action at time `t`, or answers `null` when it cannot happen now. */
export type StepFn = (sim: OrgSim, r: Random, t: number, action: Action) => Step | null;

/** A copy of a list without one item. */
export const without = <T>(list: T[], item: T) => list.filter((x) => x !== item);
