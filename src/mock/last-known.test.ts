// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createQueryEngine } from '../engine/engine.js';
import { createFullTextSearch } from '../engine/search-index.js';
import { generateDataset } from './generate.js';
import { lastKnownName } from './last-known.js';

describe('the last name the log knows', () => {
  const dataset = generateDataset({ seed: 9, size: 4000, end: Date.parse('2025-07-01T00:00:00Z') });
  const engine = createQueryEngine({ events: dataset.events, search: createFullTextSearch() });

  it("of a deleted user is the email of the user's own newest snapshot in the log, within the organization", () => {
    const deletion = dataset.events.find((e) => e.eventName === 'tesseral.users.delete')!;
    const user = deletion.eventDetails.user as { id: string; email: string };
    expect(lastKnownName(engine, deletion.organizationId!, user.id)).toMatchObject({ email: user.email });
    const other = dataset.organizations.find((o) => o.id !== deletion.organizationId)!;
    expect(lastKnownName(engine, other.id, user.id)).toBeNull();
  });

  it('of a deleted role is its display name; nothing for an id the log never named or a malformed one', () => {
    const deletion = dataset.events.find((e) => e.eventName === 'tesseral.roles.delete')!;
    const role = deletion.eventDetails.role as { id: string; displayName: string };
    expect(lastKnownName(engine, deletion.organizationId!, role.id)).toEqual({ displayName: role.displayName });
    expect(lastKnownName(engine, deletion.organizationId!, 'user_neverseen000')).toBeNull();
    expect(lastKnownName(engine, deletion.organizationId!, '" OR 1=1 --')).toBeNull();
  });
});
