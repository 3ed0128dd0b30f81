import type { AuditLogActorInfo, AuditLogActorRef, AuditLogRoleInfo } from '../adapter/types.js';
import { generateDataset, type MockDataset } from '../mock/generate.js';
import { compareKey } from '../engine/entry.js';
import type { AuditLogEvent } from '../model/event.js';
import { parseInstant } from '../model/instant.js';

/** The data the contract runs on: one organization's history, and who its actors are. */
export interface AdapterContractFixture {
  /** One organization's events, oldest first. Load exactly these into the backend under test. */
  events: AuditLogEvent[];
  /** The organization they belong to. */
  organizationId: string;
  /** Actors that exist, with the names a lookup should find. */
  actors: AuditLogActorInfo[];
  /** Actors that were deleted: a lookup should answer `deleted: true`. */
  deletedActors: AuditLogActorRef[];
  /** Roles that exist, with their names. */
  roles: AuditLogRoleInfo[];
  /** Ids of roles that were deleted: a lookup should answer `deleted: true`. */
  deletedRoles: string[];
  /** The generated world the events come from (the mock server can serve it as is). */
  dataset: MockDataset;
}

/**
 * Adds events that share one millisecond with an existing event, so that a page boundary falls
 * inside a tie: order then rests on the id alone, and an adapter that pages by time only loses them.
 */
function addTies(dataset: MockDataset): void {
  const events = dataset.events;
  for (const at of [0.25, 0.5, 0.75]) {
    const original = events[Math.floor(events.length * at)]!;
    for (const suffix of ['a', 'b', 'c']) {
      events.push({ ...original, id: `${original.id.slice(0, -1)}${suffix}`, eventDetails: { ...original.eventDetails, tie: suffix } });
    }
  }
  events.sort((a, b) => compareKey(parseInstant(a.eventTime), a.id, parseInstant(b.eventTime), b.id));
}

/** The fixed instant the fixture's history ends at, so that every run sees the same events. */
export const FIXTURE_END = Date.parse('2025-07-01T12:00:00.000Z');

/**
 * Makes the contract fixture: a deterministic history of one organization (about 300 events,
 * all 39 Tesseral events among them, custom events, deleted users).
 */
export function createContractFixture(size = 300): AdapterContractFixture {
  const dataset = generateDataset({
    seed: 20250701,
    size,
    end: FIXTURE_END,
    days: 30,
    organizations: [{ slug: 'contract', displayName: 'Contract Co', domain: 'contract.example', weight: 1 }],
  });
  addTies(dataset);
  const org = dataset.organizations[0]!;
  const actors: AuditLogActorInfo[] = [];
  const deletedActors: AuditLogActorRef[] = [];
  for (const [id, user] of org.users) {
    if (org.deletedUserIds.has(id)) {
      deletedActors.push({ kind: 'user', id });
      continue;
    }
    const info: AuditLogActorInfo = { kind: 'user', id, email: user.email as string };
    if (user.displayName) info.displayName = user.displayName as string;
    actors.push(info);
  }
  for (const id of org.deletedApiKeyIds) deletedActors.push({ kind: 'api_key', id });
  for (const [id, key] of org.apiKeys) actors.push({ kind: 'api_key', id, displayName: key.displayName as string });
  for (const [id, key] of org.scimApiKeys) actors.push({ kind: 'scim_api_key', id, displayName: key.displayName as string });
  const roles = [...org.roles.values()].map((role) => ({ id: role.id as string, displayName: role.displayName as string }));
  const deletedRoles = dataset.events
    .filter((e) => e.eventName === 'tesseral.roles.delete')
    .map((e) => (e.eventDetails.role as { id: string }).id)
    .filter((id) => !org.roles.has(id));
  return { events: dataset.events, organizationId: org.id, actors, deletedActors, roles, deletedRoles, dataset };
}
