import { describe, expect, it } from 'vitest';
import { AuditLogError } from '../errors.js';
import type { FetchLike } from './http.js';
import { createRestAdapter } from './rest.js';
import { createTesseralAdapter } from './tesseral/index.js';
import type { AuditLogAdapter } from './types.js';

const signal = () => new AbortController().signal;

/** A fetch that answers every call with one response, and counts calls. */
function answering(status: number, body: unknown): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (url: string) => {
    calls.push(url);
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return Object.assign(fn, { calls });
}

async function failure(adapter: AuditLogAdapter): Promise<AuditLogError> {
  try {
    await adapter.listEvents({ filter: {}, sort: 'newest', pageSize: adapter.capabilities.pageSizes[0]!, cursor: null, signal: signal() });
  } catch (error) {
    expect(error).toBeInstanceOf(AuditLogError);
    return error as AuditLogError;
  }
  throw new Error('expected a rejection');
}

const tesseral = (fetch: FetchLike) => createTesseralAdapter({ baseUrl: 'https://vault.example', accessToken: 't', fetch });
const rest = (fetch: FetchLike) => createRestAdapter({ baseUrl: 'https://api.example/audit/v1', fetch });
const goodEvent = { id: 'audit_log_event_1', eventTime: '2025-07-01T00:00:00Z', eventName: 'tesseral.users.update', eventDetails: {} };

describe('adapters turn every malformed answer into a typed error naming the problem', () => {
  it.each([
    ['not JSON', 'oops<html>', /not JSON/],
    ['not an object', [], /not a JSON object/],
    ['auditLogEvents not a list', { auditLogEvents: {} }, /auditLogEvents is not a list/],
    ['nextPageToken not a string', { auditLogEvents: [], nextPageToken: 5 }, /nextPageToken is not a string/],
    ['an event without id', { auditLogEvents: [{ ...goodEvent, id: undefined }] }, /auditLogEvents\[0\]\.id should be a non-empty string, but it is undefined/],
    ['a bad eventTime', { auditLogEvents: [goodEvent, { ...goodEvent, eventTime: '1 July' }] }, /auditLogEvents\[1\]\.eventTime should be an RFC 3339 time, but it is "1 July"/],
    ['details not an object', { auditLogEvents: [{ ...goodEvent, eventDetails: 'x' }] }, /eventDetails should be an object, but it is string/],
    ['an actor id of the wrong type', { auditLogEvents: [{ ...goodEvent, actorUserId: 7 }] }, /actorUserId should be a string, but it is number/],
  ])('tesseral: %s', async (_, body, message) => {
    const error = await failure(tesseral(answering(200, body)));
    expect(error.code).toBe('malformed_response');
    expect(error.message).toMatch(message);
  });

  it('tesseral: accepts protojson omissions (no list, no token, no details) as an empty last page', async () => {
    const page = await tesseral(answering(200, {})).listEvents({ filter: {}, sort: 'newest', pageSize: 10, cursor: null, signal: signal() });
    expect(page).toEqual({ events: [], nextCursor: null });
    const one = await tesseral(answering(200, { auditLogEvents: [{ ...goodEvent, eventDetails: undefined }] })).listEvents({ filter: {}, sort: 'newest', pageSize: 10, cursor: null, signal: signal() });
    expect(one.events[0]!.eventDetails).toEqual({});
  });

  it.each([
    ['no events list', { nextCursor: null }, /no "events" list/],
    ['nextCursor a number', { events: [], nextCursor: 3 }, /"nextCursor" is neither a string nor null/],
    ['total not a count', { events: [], nextCursor: null, total: -1 }, /"total" is not a count/],
  ])('rest: %s', async (_, body, message) => {
    const error = await failure(rest(answering(200, body)));
    expect(error.code).toBe('malformed_response');
    expect(error.message).toMatch(message);
  });
});

describe('adapters map failed requests to error codes with the server\'s words', () => {
  it.each([
    [401, { code: 'unauthenticated', message: 'no token' }, 'unauthenticated', 'no token'],
    [403, { code: 'permission_denied', message: 'only owners' }, 'permission_denied', 'only owners'],
    // Tesseral's apierror: the code's name in `message`, the sentence in a detail; the name is not shown.
    [403, { code: 7, message: 'permission_denied', details: [{ '@type': 'type.googleapis.com/tesseral.common.v1.ErrorDetail', description: 'user must be an owner of the organization', docsLink: '' }] }, 'permission_denied', 'failed: user must be an owner of the organization.'],
    [400, { code: 'invalid_argument', message: 'invalid pagination token' }, 'invalid_cursor', 'invalid pagination token'],
    [400, { code: 3, message: 'bad filterStartTime' }, 'invalid_request', 'bad filterStartTime'],
    [429, {}, 'rate_limited', 'HTTP 429'],
    [503, { code: 'unavailable', message: 'try later' }, 'server', 'try later'],
    [502, '<html>bad gateway</html>', 'server', 'HTTP 502'],
  ] as const)('tesseral: HTTP %i', async (status, body, code, says) => {
    const error = await failure(tesseral(answering(status, body)));
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.message).toContain(says);
    expect(error.message).not.toMatch(/permission_denied|invalid_argument|unauthenticated\b/);
  });

  it('calls a 500 that mentions a cursor a server error, not a bad cursor', async () => {
    const error = await failure(tesseral(answering(500, { code: 'internal', message: 'database cursor closed' })));
    expect(error.code).toBe('server');
  });

  it('says when the token or headers provider fails, as unauthenticated', async () => {
    const signedOut = createTesseralAdapter({ fetch: answering(200, {}), accessToken: () => { throw new Error('signed out'); } });
    const error = await failure(signedOut);
    expect(error).toMatchObject({ code: 'unauthenticated' });
    expect(error.message).toContain('signed out');
    const restOut = createRestAdapter({ baseUrl: '/x', fetch: answering(200, {}), headers: async () => { throw new Error('no session'); } });
    expect(await failure(restOut)).toMatchObject({ code: 'unauthenticated' });
  });

  it('rest: rejects malformed answers of the lookups too', async () => {
    const s = { signal: signal() };
    await expect(rest(answering(200, { nope: 1 })).getEvent!('x', s)).rejects.toMatchObject({ code: 'malformed_response' });
    await expect(rest(answering(200, { actors: [{ id: 1 }] })).getActors!([{ kind: 'user', id: 'u' }], s)).rejects.toThrow(/actors\[0\] needs a string "id" and a known "kind"/);
    await expect(rest(answering(200, { eventNames: ['a', 2] })).listEventNames!(s)).rejects.toThrow(/"eventNames" is not a list of strings/);
    await expect(rest(answering(404, { error: { code: 'not_found', message: 'event not found' } })).getEvent!('x', s)).resolves.toBeNull();
  });

  it('rest: reads {error: {code, message}}', async () => {
    const error = await failure(rest(answering(400, { error: { code: 'unsupported', message: 'no search here' } })));
    expect(error).toMatchObject({ code: 'unsupported', status: 400 });
    expect(error.message).toContain('no search here');
  });

  it('says when the server cannot be reached, and when the caller gave up', async () => {
    const offline: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await failure(tesseral(offline));
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/could not be reached \(Failed to fetch\)/);
    const controller = new AbortController();
    const hanging: FetchLike = (_url, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const pending = tesseral(hanging).listEvents({ filter: {}, sort: 'newest', pageSize: 10, cursor: null, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });
});

describe('the Tesseral adapter speaks Tesseral\'s wire format', () => {
  it('sends the filters as Tesseral\'s query parameters, the token as a bearer, and no page size', async () => {
    const seen: { url: string; init?: RequestInit }[] = [];
    const fetch: FetchLike = async (url, init) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ auditLogEvents: [], nextPageToken: '' }));
    };
    await tesseral(fetch).listEvents({
      filter: { eventNames: ['tesseral.users.update'], actorIds: ['user_1'], timeRange: { start: '2025-07-01T00:00:00Z', end: '2025-07-02T00:00:00Z' } },
      sort: 'newest', pageSize: 10, cursor: 'tok', signal: signal(),
    });
    const url = new URL(seen[0]!.url);
    expect(url.origin + url.pathname).toBe('https://vault.example/api/frontend/v1/audit-log-events');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      pageToken: 'tok', filterStartTime: '2025-07-01T00:00:00Z', filterEndTime: '2025-07-02T00:00:00Z',
      filterEventName: 'tesseral.users.update', filterUserId: 'user_1',
    });
    expect((seen[0]!.init!.headers as Record<string, string>).Authorization).toBe('Bearer t');
    // Without a token it relies on the access-token cookie, which needs credentials on a cross-origin call.
    await createTesseralAdapter({ baseUrl: 'https://vault.example', fetch }).listEvents({ filter: {}, sort: 'newest', pageSize: 10, cursor: null, signal: signal() });
    expect(seen[1]!.init!.credentials).toBe('include');
    expect((seen[1]!.init!.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('refuses, before any request, what Tesseral cannot do', async () => {
    const fetch = answering(200, {});
    const adapter = tesseral(fetch);
    const base = { sort: 'newest' as const, pageSize: 10, cursor: null, signal: signal() };
    for (const request of [
      { ...base, filter: { eventNames: ['a.b.c', 'd.e.f'] } },
      { ...base, filter: { actorIds: ['api_key_1'] } },
      { ...base, filter: { search: 'invite' } },
      { ...base, filter: {}, pageSize: 25 },
      { ...base, filter: {}, sort: 'oldest' as const },
      { ...base, filter: { actorKinds: ['user' as const] } },
    ]) {
      await expect(adapter.listEvents(request)).rejects.toMatchObject({ code: 'unsupported' });
    }
    expect(fetch.calls).toEqual([]);
  });

  it('looks each actor up once, shares the request between callers, caches "deleted", and retries failures', async () => {
    const calls: string[] = [];
    let failNext = true;
    const fetch: FetchLike = async (url) => {
      calls.push(url);
      if (url.endsWith('/users/user_gone')) return new Response(JSON.stringify({ code: 'not_found', message: 'user not found' }), { status: 404 });
      if (url.endsWith('/users/user_flaky') && failNext) {
        failNext = false;
        return new Response('{}', { status: 503 });
      }
      if (url.includes('/users/')) return new Response(JSON.stringify({ user: { id: url.split('/').pop(), email: 'a@b.example', displayName: 'Ada' } }));
      return new Response(JSON.stringify({ apiKey: { id: url.split('/').pop(), displayName: 'CI deploy' } }));
    };
    const adapter = tesseral(fetch);
    const refs = [
      { kind: 'user' as const, id: 'user_1' }, { kind: 'user' as const, id: 'user_1' }, { kind: 'api_key' as const, id: 'api_key_1' },
      { kind: 'user' as const, id: 'user_gone' }, { kind: 'scim_api_key' as const, id: 'scim_api_key_1' },
    ];
    const [a, b] = await Promise.all([adapter.getActors!(refs, { signal: signal() }), adapter.getActors!(refs, { signal: signal() })]);
    expect(a).toEqual(b);
    expect(a).toContainEqual({ kind: 'user', id: 'user_1', email: 'a@b.example', displayName: 'Ada' });
    expect(a).toContainEqual({ kind: 'api_key', id: 'api_key_1', displayName: 'CI deploy' });
    expect(a).toContainEqual({ kind: 'user', id: 'user_gone', deleted: true });
    expect(a.some((info) => info.kind === 'scim_api_key')).toBe(false); // Tesseral has no lookup for it
    expect(calls.sort()).toEqual([
      'https://vault.example/api/frontend/v1/api-keys/api_key_1',
      // The gone user's last name is looked for once in the log's user deletions (last-known.ts).
      'https://vault.example/api/frontend/v1/audit-log-events?filterEventName=tesseral.users.delete',
      'https://vault.example/api/frontend/v1/users/user_1',
      'https://vault.example/api/frontend/v1/users/user_gone',
    ]);
    await adapter.getActors!([{ kind: 'user', id: 'user_gone' }], { signal: signal() });
    expect(calls).toHaveLength(4); // "deleted" is cached too, and so is the search
    await expect(adapter.getActors!([{ kind: 'user', id: 'user_flaky' }], { signal: signal() })).rejects.toMatchObject({ code: 'server' });
    await expect(adapter.getActors!([{ kind: 'user', id: 'user_flaky' }], { signal: signal() })).resolves.toEqual([{ kind: 'user', id: 'user_flaky', email: 'a@b.example', displayName: 'Ada' }]);
  });

  it('keeps the names that resolved when one lookup of a batch fails', async () => {
    const fetch: FetchLike = async (url) =>
      url.endsWith('/users/user_down')
        ? new Response('{}', { status: 503 })
        : new Response(JSON.stringify({ user: { id: url.split('/').pop(), email: 'ok@b.example' } }));
    const infos = await tesseral(fetch).getActors!([{ kind: 'user', id: 'user_ok' }, { kind: 'user', id: 'user_down' }], { signal: signal() });
    expect(infos).toEqual([{ kind: 'user', id: 'user_ok', email: 'ok@b.example' }]);
    const malformed: FetchLike = async () => new Response(JSON.stringify({ somethingElse: {} }));
    await expect(tesseral(malformed).getActors!([{ kind: 'user', id: 'user_x' }], { signal: signal() })).rejects.toThrow(/has no user object/);
  });

  it('keeps two adapters apart: ids differ per base URL and token', () => {
    const fetch = answering(200, {});
    expect(createTesseralAdapter({ baseUrl: 'https://a.example', accessToken: 'x', fetch }).id).not.toBe(createTesseralAdapter({ baseUrl: 'https://a.example', accessToken: 'y', fetch }).id);
    expect(createTesseralAdapter({ baseUrl: 'https://a.example', fetch }).id).not.toBe(createTesseralAdapter({ baseUrl: 'https://b.example', fetch }).id);
  });
});

describe('names sent with a page', () => {
  it('keeps the readable entries of a list answer\'s actors and ignores the rest, never losing the page', async () => {
    const actors = [{ kind: 'user', id: 'user_1', email: 'a@b.c' }, { kind: 'nope', id: 'x' }, 'junk', { kind: 'api_key', id: 'api_key_1', displayName: 'CI', deleted: true }];
    const page = await rest(answering(200, { events: [goodEvent], nextCursor: null, actors })).listEvents({ filter: {}, sort: 'newest', pageSize: 25, cursor: null, signal: signal() });
    expect(page.events).toHaveLength(1);
    expect(page.actors).toEqual([{ kind: 'user', id: 'user_1', email: 'a@b.c' }, { kind: 'api_key', id: 'api_key_1', displayName: 'CI', deleted: true }]);
  });
});

describe('counts', () => {
  it('reads a count and refuses one that is not a count, naming the problem', async () => {
    const counting = (body: unknown) => createRestAdapter({ baseUrl: 'https://api.example/audit/v1', fetch: answering(200, body), count: true });
    expect(await counting({ count: 12, exact: true }).countEvents!({ filter: {}, signal: signal() })).toEqual({ count: 12, exact: true });
    for (const bad of [{ count: -1, exact: true }, { count: 1.5, exact: true }, { count: 3 }, []]) {
      await expect(counting(bad).countEvents!({ filter: {}, signal: signal() })).rejects.toMatchObject({ code: 'malformed_response', message: expect.stringMatching(/Counting events failed/) });
    }
    expect(createRestAdapter({ baseUrl: '/x', fetch: answering(200, {}) }).countEvents).toBeUndefined();
  });
});

describe('aggregates', () => {
  const adapterFor = (body: unknown) => createRestAdapter({ baseUrl: 'https://api.example/audit/v1', fetch: answering(200, body), aggregate: true });
  const bar = { start: '2025-07-01T14:00:00Z', end: '2025-07-01T15:00:00Z', count: 41 };

  it('reads a histogram and refuses bars that would draw a false picture', async () => {
    expect(await adapterFor({ interval: { unit: 'hour', size: 1 }, buckets: [bar], complete: true }).histogramEvents!({ filter: {}, timeZone: 'UTC', signal: signal() })).toEqual({ interval: { unit: 'hour', size: 1 }, buckets: [bar], complete: true });
    for (const bad of [
      { interval: { unit: 'week', size: 1 }, buckets: [] },
      { interval: { unit: 'hour', size: 0 }, buckets: [] },
      { interval: { unit: 'hour', size: 1 }, buckets: [{ ...bar, count: -2 }] },
      { interval: { unit: 'hour', size: 1 }, buckets: [{ ...bar, end: bar.start }] },
      { interval: { unit: 'hour', size: 1 }, buckets: [{ ...bar, start: 'yesterday' }] },
      { interval: { unit: 'hour', size: 1 }, buckets: Array.from({ length: 1001 }, () => bar) },
      { buckets: [] },
      { interval: { unit: 'hour', size: 1 }, buckets: [bar] },
    ]) {
      await expect(adapterFor(bad).histogramEvents!({ filter: {}, timeZone: 'UTC', signal: signal() })).rejects.toMatchObject({ code: 'malformed_response', message: expect.stringMatching(/Loading the timeline failed/) });
    }
  });

  it('reads facets and refuses counts it cannot read', async () => {
    const good = { values: [{ value: 'tesseral.users.update', count: 12 }], complete: true, exact: true };
    expect(await adapterFor(good).facetEvents!({ filter: {}, field: 'eventName', signal: signal() })).toEqual(good);
    for (const bad of [{ values: [{ value: 'x', count: 1.5 }], complete: true, exact: true }, { values: [{ value: 3, count: 1 }], complete: true, exact: true }, { values: [], complete: true }]) {
      await expect(adapterFor(bad).facetEvents!({ filter: {}, field: 'eventName', signal: signal() })).rejects.toMatchObject({ code: 'malformed_response', message: expect.stringMatching(/Counting filter options failed/) });
    }
    expect(createRestAdapter({ baseUrl: '/x', fetch: answering(200, {}) }).facetEvents).toBeUndefined();
  });
});
