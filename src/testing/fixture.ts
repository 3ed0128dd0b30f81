import type { AuditLogActorInfo, AuditLogActorRef } from '../adapter/types.js';
import { generateDataset, type MockDataset } from '../mock/generate.js';
import type { AuditLogEvent } from '../model/event.js';

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
  /** The generated world the events come from (the mock server can serve it as is). */
  dataset: MockDataset;
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
  for (const [id, key] of org.apiKeys) actors.push({ kind: 'api_key', id, displayName: key.displayName as string });
  for (const [id, key] of org.scimApiKeys) actors.push({ kind: 'scim_api_key', id, displayName: key.displayName as string });
  return { events: dataset.events, organizationId: org.id, actors, deletedActors, dataset };
}
