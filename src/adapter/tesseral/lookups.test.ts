import { describe, expect, it } from 'vitest';
import { TESSERAL_USER_FIXTURES } from '../../testing/tesseral-fixtures.js';
import type { FetchLike } from '../http.js';
import { createTesseralAdapter } from './index.js';

const signal = () => new AbortController().signal;
const reply = (f: { status: number; body: unknown }) => new Response(JSON.stringify(f.body), { status: f.status, headers: { 'content-type': 'application/json' } });

describe("the Tesseral adapter's lookups read Tesseral's answers", () => {
  it('names a user, marks a deleted one (404 not_found), and fails on a malformed id (400) without losing the others', async () => {
    const fetch: FetchLike = async (url) =>
      url.endsWith('/users/user_gone') ? reply(TESSERAL_USER_FIXTURES.deleted)
        : url.endsWith('/users/bob') ? reply(TESSERAL_USER_FIXTURES.malformed)
          : reply(TESSERAL_USER_FIXTURES.found);
    const adapter = createTesseralAdapter({ baseUrl: 'https://vault.example', accessToken: 't', fetch });
    const infos = await adapter.getActors!([{ kind: 'user', id: 'user_031gcbn2xhggzpy70bv5oefnm' }, { kind: 'user', id: 'user_gone' }, { kind: 'user', id: 'bob' }], { signal: signal() });
    expect(infos).toEqual([
      { kind: 'user', id: 'user_031gcbn2xhggzpy70bv5oefnm', email: 'ada@acme.example', displayName: 'Ada Lovelace' },
      { kind: 'user', id: 'user_gone', deleted: true },
    ]);
    await expect(adapter.getActors!([{ kind: 'user', id: 'bob' }], { signal: signal() })).rejects.toMatchObject({ code: 'invalid_request', message: expect.stringContaining('invalid user id') });
  });

  it('names roles, marks a deleted one, and keeps the names that resolved when one lookup fails', async () => {
    const fetch: FetchLike = async (url) => {
      if (url.endsWith('/roles/role_gone')) return reply({ status: 404, body: { code: 5, message: 'not_found', details: [{ '@type': 'type.googleapis.com/tesseral.common.v1.ErrorDetail', description: 'role not found', docsLink: '' }] } });
      if (url.endsWith('/roles/role_down')) return new Response('{"code":14,"message":"unavailable","details":[]}', { status: 503 });
      return reply({ status: 200, body: { role: { id: url.split('/').pop(), displayName: 'Billing admin' } } });
    };
    const adapter = createTesseralAdapter({ baseUrl: 'https://vault.example', accessToken: 't', fetch });
    expect(await adapter.getRoles!(['role_a', 'role_gone', 'role_down'], { signal: signal() })).toEqual([
      { id: 'role_a', displayName: 'Billing admin' },
      { id: 'role_gone', deleted: true },
    ]);
    await expect(adapter.getRoles!(['role_down'], { signal: signal() })).rejects.toMatchObject({ code: 'server' });
  });
});
