// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeMock } from '../../mock/msw/node.js';
import { createContractFixture } from '../../testing/fixture.js';
import type { FetchLike } from '../http.js';
import { createTesseralAdapter } from './index.js';

// Through real requests to the mock of Tesseral's API (MSW in Node): its lookups answer 404 for
// what was deleted, as Tesseral's do, and its list filters by one event name.
const fixture = createContractFixture();
const mock = createNodeMock({ dataset: fixture.dataset });
beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.server.close());

const signal = () => new AbortController().signal;
const deletions = (name: string, key: string) =>
  fixture.events.filter((e) => e.eventName === name).map((e) => e.eventDetails[key] as { id: string; email?: string; displayName?: string });

function adapter() {
  const lists: string[] = [];
  const fetch: FetchLike = (url, init) => {
    if (url.includes('/audit-log-events')) lists.push(url);
    return globalThis.fetch(url, init);
  };
  return { lists, adapter: createTesseralAdapter({ baseUrl: 'https://vault.contract.example', accessToken: 'demo_owner_contract', fetch }) };
}

describe('the Tesseral adapter names what was deleted by its delete event', () => {
  it('gives a deleted user and API key the last name the log knows, marked deleted', async () => {
    const users = deletions('tesseral.users.delete', 'user');
    const keys = deletions('tesseral.api_keys.delete', 'apiKey');
    expect(users.length).toBeGreaterThan(0);
    expect(keys.length).toBeGreaterThan(0);
    const { adapter: tesseral, lists } = adapter();
    const refs = [...users.map((u) => ({ kind: 'user' as const, id: u.id })), ...keys.map((k) => ({ kind: 'api_key' as const, id: k.id }))];
    const infos = await tesseral.getActors!(refs, { signal: signal() });
    for (const user of users) expect(infos.find((i) => i.id === user.id)).toMatchObject({ kind: 'user', deleted: true, email: user.email });
    for (const key of keys) expect(infos.find((i) => i.id === key.id)).toMatchObject({ kind: 'api_key', deleted: true, displayName: key.displayName });
    // One search per kind, shared by every lookup, and bounded: at most 5 pages each.
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.length).toBeLessThanOrEqual(10);
    expect(lists.every((url) => /filterEventName=tesseral\.(users|api_keys)\.delete/.test(url))).toBe(true);
    const again = lists.length;
    await tesseral.getActors!(refs.slice(0, 1), { signal: signal() });
    expect(lists.length).toBe(again);
  });

  it('gives a deleted role its last display name; a deleted actor the log never named stays a bare deleted id', async () => {
    const roles = deletions('tesseral.roles.delete', 'role').filter((r) => fixture.deletedRoles.includes(r.id));
    expect(roles.length).toBeGreaterThan(0);
    const { adapter: tesseral } = adapter();
    const infos = await tesseral.getRoles!(roles.map((r) => r.id), { signal: signal() });
    for (const role of roles) expect(infos.find((i) => i.id === role.id)).toEqual({ id: role.id, deleted: true, displayName: role.displayName });
    // An id of Tesseral's form that no user and no deletion has.
    const unknown = 'user_0neverexisted000000000000';
    expect(await tesseral.getActors!([{ kind: 'user', id: unknown }], { signal: signal() })).toEqual([{ kind: 'user', id: unknown, deleted: true }]);
  });
});

describe('a slow search for last names', () => {
  it('does not hold the batch back: the gone user comes back unnamed at first, and named once the search has answered', async () => {
    const user = deletions('tesseral.users.delete', 'user')[0]!;
    const known = fixture.actors.find((a) => a.kind === 'user')!;
    // The log answers 1.5 s late; the lookups of users answer at once.
    const fetch: FetchLike = async (url, init) => {
      if (url.includes('/audit-log-events')) await new Promise((resolve) => setTimeout(resolve, 1500));
      return globalThis.fetch(url, init);
    };
    const tesseral = createTesseralAdapter({ baseUrl: 'https://vault.contract.example', accessToken: 'demo_owner_contract', fetch });
    const started = Date.now();
    const first = await tesseral.getActors!([{ kind: 'user', id: known.id }, { kind: 'user', id: user.id }], { signal: signal() });
    expect(Date.now() - started).toBeLessThan(1400);
    expect(first).toContainEqual({ kind: 'user', id: user.id, deleted: true });
    expect(first.find((i) => i.id === known.id)).toMatchObject({ email: known.email });
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(await tesseral.getActors!([{ kind: 'user', id: user.id }], { signal: signal() })).toEqual([expect.objectContaining({ kind: 'user', id: user.id, deleted: true, email: user.email })]);
  }, 10_000);
});
