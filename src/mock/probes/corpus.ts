import { LIMITS } from '../../limits.js';
import { HOSTILE } from '../../test-support/hostile.js';
import type { Probe } from './harness.js';

/** What the corpus needs to know about the server it probes. */
export interface ProbeContext {
  /** The organization under attack, and another one. */
  org: { id: string; owner: string; member: string; eventId: string; userId: string; apiKeyId: string; roleId: string; cursor: string; pageToken: string };
  other: { id: string; owner: string; eventId: string; userId: string; apiKeyId: string; roleId: string; cursor: string; pageToken: string; jobId: string };
  /** The project's backend API key (for creates). */
  backendKey: string;
  /** An API key secret of the organization (valid as create credentials, never as a frontend token). */
  apiKeySecret: string;
  /** The name of the access-token cookie. */
  cookieName: string;
}

const FULL = '/api/audit/v1';
const TESSERAL = '/api/frontend/v1';
const json = { 'content-type': 'application/json' };

/** Nested lists `depth` levels deep, written as text (building them as values is the attack). */
export const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Every GET endpoint, with an id of the organization where it takes one. */
export function getPaths(ctx: ProbeContext): string[] {
  return [
    `${TESSERAL}/audit-log-events`, `${TESSERAL}/users`, `${TESSERAL}/users/${ctx.org.userId}`, `${TESSERAL}/api-keys`,
    `${TESSERAL}/api-keys/${ctx.org.apiKeyId}`, `${TESSERAL}/roles`, `${TESSERAL}/roles/${ctx.org.roleId}`,
    `${FULL}/events`, `${FULL}/events/${ctx.org.eventId}`, `${FULL}/event-names`, `${FULL}/actors`,
    `${FULL}/events/count`, `${FULL}/events/histogram`, `${FULL}/events/facets`,
  ];
}

/** Bad percent-encoding and undecodable bytes, in every part of every request. */
function encodings(ctx: ProbeContext): Probe[] {
  const auth = { authorization: `Bearer ${ctx.org.owner}` };
  return getPaths(ctx).flatMap((path): Probe[] => [
    { name: `${path}: bad escape in the path`, request: { path: `${path}%E0%A4`, headers: auth }, status: 400, names: /percent-encoding in the path/ },
    { name: `${path}: %zz in the path`, request: { path: `${path}/%zz`, headers: auth }, status: [400, 404], names: /percent-encoding|not found/ },
    { name: `${path}: bad escape in a parameter name`, request: { path: `${path}?%FF=1`, headers: auth }, status: 400, names: /parameter name/ },
    { name: `${path}: bad escape in a value`, request: { path: `${path}?q=%ED%A0%80`, headers: auth }, status: 400, names: /query parameter "q"/ },
    { name: `${path}: bad escape in the cookie`, request: { path, headers: { cookie: `${ctx.cookieName}=%E0%A4%A; other=%zz` } }, status: 401 },
    { name: `${path}: quoted, escaped, repeated cookies`, request: { path, headers: { cookie: `${ctx.cookieName}="%zz"; ${ctx.cookieName}=; =; ;;` } }, status: 401 },
  ]);
}

/** Missing, malformed and misplaced credentials, on every endpoint. */
function credentials(ctx: ProbeContext): Probe[] {
  const [, payload = '', signature = ''] = ctx.org.owner.split('.');
  const forgedJwt = ['eyJhbGciOiJub25lIn0', payload, signature].join('.');
  return getPaths(ctx).flatMap((path): Probe[] => [
    { name: `${path}: no credentials`, request: { path }, status: 401 },
    { name: `${path}: another scheme`, request: { path, headers: { authorization: 'Basic YTpi' } }, status: 401 },
    { name: `${path}: an API key as a frontend token`, request: { path, headers: { authorization: `Bearer ${ctx.apiKeySecret}` } }, status: 401 },
    { name: `${path}: a JWT with alg none`, request: { path, headers: { authorization: `Bearer ${forgedJwt}` } }, status: 401 },
    { name: `${path}: a 12 kB token`, request: { path, headers: { authorization: `Bearer ${'x'.repeat(12_000)}` } }, status: 401 },
    { name: `${path}: the backend key`, request: { path, headers: { authorization: `Bearer ${ctx.backendKey}` } }, status: 401 },
  ]);
}

/** Ill-typed, impossible, unknown and oversized parameters of the full API's list. */
function fullListParameters(ctx: ProbeContext): Probe[] {
  const auth = { authorization: `Bearer ${ctx.org.owner}` };
  // A regular expression: refused with a 400 that names the parameter. `null`: a request the
  // server may answer (an empty search, a search for a NUL), but never with a 5xx.
  const cases: [string, RegExp | null][] = [
    ['pageSize=abc', /pageSize/], ['pageSize=0', /pageSize/], ['pageSize=1001', /pageSize/], ['pageSize=-1', /pageSize/],
    ['pageSize=1e3', /pageSize/], ['pageSize=99999999999999999999', /pageSize/],
    ['sort=random', /sort/], ['sort=NEWEST', /sort/], ['sort=newest&sort=oldest', /sort.*twice/],
    ['start=2025-02-30T00:00:00Z', /start/], ['end=2025-01-01T24:00:00Z', /end/], ['start=2025-13-01T00:00:00Z', /start/],
    ['start=yesterday', /start/], ['start=2025-01-01', /start/], ['start=2025-01-01T00:00:00', /start/], ['start=0', /start/],
    ['end=2025-01-01T00:00:60Z', /end/], ['start=%2B275760-09-13T00:00:00Z', /start/],
    ['actorKind=robot', /actorKind/], ['eventName=', /eventName/], [`eventName=${'a'.repeat(LIMITS.eventNameLength + 1)}`, /eventName/],
    [Array.from({ length: LIMITS.filterValues + 1 }, (_, i) => `actorId=user_${i}`).join('&'), /actorId/],
    ['filter=x', /unknown query parameter "filter"/], ['eventNames=a.b.c', /unknown query parameter "eventNames"/], ['page_size=10', /page_size/],
    [`q=${'a'.repeat(LIMITS.searchLength + 1)}`, /512 characters/], [`q=${encodeURIComponent(Array.from({ length: LIMITS.searchTerms + 1 }, (_, i) => `w${i}`).join(' '))}`, /terms/],
    ['cursor=', null], ['q=', null], [`q=${encodeURIComponent('a b c d e f g h i j k l m n o p')}`, null], ['q=%22unclosed', null], ['q=key%3A', null], ['q=%3A%3A%3A', null],
    ['q=%00', null], ['q=%EF%BF%BF', null], [`q=${encodeURIComponent('details.a.b.c.d.e.f.g.h.i.j.k:v')}`, null],
    [`q=${encodeURIComponent(`${HOSTILE} <img src=x onerror=alert(1)> '; DROP TABLE events; -- \u{1F600} \u0000`)}`, null],
  ];
  // The aggregates take the same filter plus one required parameter each, checked as strictly.
  const aggregates: [string, RegExp | null][] = [
    ['histogram', /"timeZone" is required/], ['histogram?timeZone=Mars%2FOlympus', /time zone/], [`histogram?timeZone=${'A'.repeat(5000)}`, /timeZone/],
    ['histogram?timeZone=UTC&timeZone=UTC', /twice/], ['histogram?timeZone=UTC&pageSize=5', /unknown query parameter "pageSize"/],
    ['histogram?timeZone=UTC&start=yesterday', /start/], ['histogram?timeZone=%00', /time zone/],
    ['histogram?timeZone=UTC&start=1970-01-01T00:00:00Z&end=9999-12-31T23:59:59Z', null], ['histogram?timeZone=Pacific%2FChatham&q=a', null],
    ['facets', /"field" is required/], ['facets?field=eventDetails', /field/], ['facets?field=__proto__', /field/], ['facets?field=actorId&actorKind=robot', /actorKind/],
    ['facets?field=actorId&q=%22unclosed', null],
  ];
  return [
    ...cases.map(([query, names]): Probe => ({
      name: `GET events?${query.slice(0, 60)}`,
      request: { path: `${FULL}/events?${query}`, headers: auth },
      ...(names ? { status: 400, names } : {}),
    })),
    ...aggregates.map(([query, names]): Probe => ({
      name: `GET events/${query.slice(0, 60)}`,
      request: { path: `${FULL}/events/${query}`, headers: auth },
      ...(names ? { status: 400, names } : {}),
    })),
  ];
}

/** Forged, edited, stale, foreign and oversized cursors and page tokens. */
function tokens(ctx: ProbeContext): Probe[] {
  const auth = { authorization: `Bearer ${ctx.org.owner}` };
  const flip = (token: string, at: number) => token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
  const forged = [
    ['made up', 'eyJ2IjoyLCJvIjoibiIsInQiOjAsImkiOiJ4IiwicyI6MCwiZiI6IngifQ'],
    ['one letter edited (start)', flip(ctx.org.cursor, 3)], ['one letter edited (end)', flip(ctx.org.cursor, ctx.org.cursor.length - 2)],
    ['truncated', ctx.org.cursor.slice(0, -4)], ['doubled', ctx.org.cursor + ctx.org.cursor], ['3,000 characters', 'A'.repeat(3000)],
    ['not base64', '!!!!'], ['padded', `${ctx.org.cursor}==`], ["the other organization's", ctx.other.cursor],
    ['a Tesseral page token', ctx.org.pageToken], ['with a NUL', `${ctx.org.cursor}%00`],
  ];
  const tesseralForged = [
    ['made up', 'AAAA'], ['one letter edited', flip(ctx.org.pageToken, 10)], ['with padding added', `${ctx.org.pageToken}====`],
    ['a full-API cursor', ctx.org.cursor], ['5,000 characters', 'A'.repeat(5000)],
    // Only where the token has a base64url letter: a token without "-" or "_" reads the same in
    // standard base64, and is then the valid token itself (the data, and so the token, change by day).
    ...(/[-_]/.test(ctx.org.pageToken) ? [['standard base64', ctx.org.pageToken.replace(/-/g, '+').replace(/_/g, '/')]] : []),
  ];
  return [
    ...forged.map(([what, token]): Probe => ({ name: `full API cursor ${what}`, request: { path: `${FULL}/events?cursor=${token}`, headers: auth }, status: 400, names: /pagination token/ })),
    // A cursor is bound to its filter and sort.
    { name: 'a cursor sent with another sort', request: { path: `${FULL}/events?sort=oldest&cursor=${ctx.org.cursor}`, headers: auth }, status: 400, names: /pagination token/ },
    { name: 'a cursor sent with another filter', request: { path: `${FULL}/events?actorKind=user&cursor=${ctx.org.cursor}`, headers: auth }, status: 400, names: /pagination token/ },
    ...tesseralForged.map(([what, token]): Probe => ({ name: `Tesseral page token ${what}`, request: { path: `${TESSERAL}/audit-log-events?pageToken=${encodeURIComponent(token!)}`, headers: auth }, status: 400, names: /pagination token/ })),
    // Tesseral's tokens hold a position only (an event id): another organization's continues from
    // that point in this organization's own events, as Tesseral's SQL does (the cross-tenant probes check whose).
    { name: "the other organization's Tesseral page token", request: { path: `${TESSERAL}/audit-log-events?pageToken=${encodeURIComponent(ctx.other.pageToken)}`, headers: auth }, status: [200, 400] },
    { name: 'an events page token on the users list', request: { path: `${TESSERAL}/users?pageToken=${encodeURIComponent(ctx.org.pageToken)}`, headers: auth } },
  ];
}

/** Tesseral's list read with Tesseral's rules: bad timestamps and ids are 400s that name them. */
function tesseralParameters(ctx: ProbeContext): Probe[] {
  const auth = { authorization: `Bearer ${ctx.org.owner}` };
  const cases: [string, RegExp][] = [
    ['filterStartTime=2025-02-30T00:00:00Z', /filter_start_time/], ['filterEndTime=2025-01-01T24:00:00Z', /filter_end_time/], ['filterStartTime=now', /filter_start_time/],
    ['filterUserId=robert', /user_id/], [`filterUserId=${ctx.org.apiKeyId}`, /user_id/], ['filter_event_name=x&unknown=1', /unknown/],
    ['pageSize=100', /pageSize/], [`filterEventName=${'a'.repeat(5000)}`, /./],
  ];
  return cases.map(([query, names]): Probe => ({ name: `Tesseral list ?${query.slice(0, 50)}`, request: { path: `${TESSERAL}/audit-log-events?${query}`, headers: auth }, names, status: names.source === '.' ? undefined : 400 }));
}

/** Ids of every shape on the endpoints that take one. */
function ids(ctx: ProbeContext): Probe[] {
  const auth = { authorization: `Bearer ${ctx.org.owner}` };
  const hostileIds = ['x', 'a'.repeat(5000), '..%2F..%2Fetc%2Fpasswd', '%00', encodeURIComponent('audit_log_event_\u202eevil'), 'audit_log_event_', 'user_', '%20'];
  return [
    ...hostileIds.map((id): Probe => ({ name: `event by id ${id.slice(0, 30)}`, request: { path: `${FULL}/events/${id}`, headers: auth }, status: [400, 404], names: /not found|invalid/ })),
    ...hostileIds.flatMap((id) => ['users', 'api-keys', 'roles'].map((kind): Probe => ({ name: `${kind} by id ${id.slice(0, 30)}`, request: { path: `${TESSERAL}/${kind}/${id}`, headers: auth }, status: [400, 404], names: /invalid|not found/ }))),
    ...hostileIds.map((id): Probe => ({ name: `export job ${id.slice(0, 30)}`, request: { path: `${FULL}/exports/${id}`, headers: auth }, status: 404, names: /not found/ })),
    ...hostileIds.map((id): Probe => ({ name: `export download ${id.slice(0, 30)}`, request: { path: `${FULL}/exports/${id}/download?secret=${id}` }, status: 404, names: /not found/ })),
  ];
}

/** A custom event create request (the backend API), with the given body text. */
function create(ctx: ProbeContext, name: string, body: string | Uint8Array, status?: number | number[], names?: RegExp, headers: Record<string, string> = json): Probe {
  return { name: `create: ${name}`, request: { method: 'POST', path: '/v1/audit-log-events', headers: { authorization: `Bearer ${ctx.backendKey}`, ...headers }, body }, status, names };
}

/** Create requests that must be refused: too deep, too large, ill-typed, impossible. */
function creates(ctx: ProbeContext): Probe[] {
  const event = (fields: string) => `{"organizationId":"${ctx.org.id}","eventName":"acme.probe.refused",${fields}}`;
  const depthLimit = /nested more than 32 levels/;
  return [
    create(ctx, '5,000 levels of details', event(`"eventDetails":{"a":${deepJson(5000)}}`), 400, depthLimit),
    create(ctx, '200,000 levels of details', event(`"eventDetails":{"a":${deepJson(200_000)}}`), 400, depthLimit),
    create(ctx, '200,000 levels of unclosed details', event(`"eventDetails":{"a":${'['.repeat(200_000)}}`), 400, /syntax|JSON/i),
    create(ctx, '150,000 levels of objects', event(`"eventDetails":${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}`), 400, depthLimit),
    create(ctx, 'details one level too deep', event(`"eventDetails":{"a":${deepJson(LIMITS.detailsDepth)}}`), 400, depthLimit),
    create(ctx, 'a 40 kB string', event(`"eventDetails":{"a":"${'x'.repeat(40_000)}"}`), 400, /40000 characters/),
    create(ctx, 'a 40 kB key', event(`"eventDetails":{"${'k'.repeat(40_000)}":1}`), 400, /key in the details/),
    create(ctx, '300 kB of details', event(`"eventDetails":{${Array.from({ length: 12 }, (_, i) => `"k${i}":"${'x'.repeat(25_000)}"`).join(',')}}`), 400, /bytes as JSON/),
    create(ctx, '10 MB body', event(`"eventDetails":{"a":"${'x'.repeat(10_000_000)}"}`), 413, /larger than 1048576 bytes/),
    create(ctx, 'a name of 257 characters', `{"organizationId":"${ctx.org.id}","eventName":"a.b.${'c'.repeat(253)}"}`, 400, /event_name has 257 characters/),
    create(ctx, 'a name starting with tesseral', `{"organizationId":"${ctx.org.id}","eventName":"tesseral.users.create"}`, 400, /invalid event name/),
    create(ctx, 'a name in capitals', `{"organizationId":"${ctx.org.id}","eventName":"Acme.Probe.Refused"}`, 400, /invalid event name/),
    create(ctx, 'a number as the name', `{"organizationId":"${ctx.org.id}","eventName":5}`, 400, /eventName/),
    create(ctx, 'details as a string', event('"eventDetails":"x"'), 400, /eventDetails/),
    create(ctx, 'details as a list', event('"eventDetails":[1]'), 400, /eventDetails/),
    create(ctx, 'February 30', event('"eventTime":"2025-02-30T00:00:00Z"'), 400, /Timestamp/),
    create(ctx, 'hour 24', event('"eventTime":"2025-01-01T24:00:00Z"'), 400, /Timestamp/),
    create(ctx, 'year 0', event('"eventTime":"0000-01-01T00:00:00Z"'), 400, /1970|Timestamp/),
    create(ctx, 'not JSON', '{"organizationId":', 400, /syntax/), create(ctx, 'a JSON list', '[]', 400, /syntax/),
    create(ctx, 'a lone surrogate in a key', event('"eventDetails":{"\\ud800":1}')),
    create(ctx, 'JSON with a BOM', `\ufeff${event('"eventDetails":{}')}`, 400, /syntax/),
    create(ctx, 'bytes that are not UTF-8', new Uint8Array([...new TextEncoder().encode(event('"eventDetails":{"a":"')), 0xc3, 0x28, 0x22, 0x7d, 0x7d]), 400, /UTF-8/),
    create(ctx, 'an XML body', '<a/>', 415, /sub-format/, { 'content-type': 'application/xml' }),
    create(ctx, 'no organization', '{"eventName":"acme.probe.refused"}', 400, /exactly one of/),
    // The backend key is the project's: an actor of another organization files the event there, as Tesseral does.
    create(ctx, "the other organization's user as actor", `{"actorUserId":"${ctx.other.userId}","eventName":"globex.probe.filed"}`, 200),
    create(ctx, 'a user id that does not exist', '{"actorUserId":"user_00000000000000000000000000","eventName":"acme.probe.refused"}', [400, 404]),
    create(ctx, 'two who fields', `{"organizationId":"${ctx.org.id}","actorUserId":"${ctx.org.userId}","eventName":"acme.probe.refused"}`, 400, /exactly one of/),
    create(ctx, 'credentials that are not a secret', `{"actorCredentials":"${'z'.repeat(3000)}","eventName":"acme.probe.refused"}`, [400, 401, 404]),
    { name: 'create: no key', request: { method: 'POST', path: '/v1/audit-log-events', headers: json, body: '{}' }, status: 401 },
    { name: 'create: an access token as the key', request: { method: 'POST', path: '/v1/audit-log-events', headers: { ...json, authorization: `Bearer ${ctx.org.owner}` }, body: event('"eventDetails":{}') }, status: [400, 401, 404] },
  ];
}

/** Export requests with every kind of bad filter. */
function exports(ctx: ProbeContext): Probe[] {
  const post = (name: string, body: string, names: RegExp, status = 400): Probe => ({ name: `export: ${name}`, request: { method: 'POST', path: `${FULL}/exports`, headers: { ...json, authorization: `Bearer ${ctx.org.owner}` }, body }, status, names });
  return [
    post('a filter that is a list', '{"format":"csv","filter":[]}', /filter must be an object/),
    post('a filter that is a string', '{"format":"csv","filter":"all"}', /filter must be an object/),
    post('a misspelt filter key', '{"format":"csv","filter":{"eventName":["a.b.c"]}}', /filter\.eventName is not a filter field/),
    post('event names as a string', '{"format":"csv","filter":{"eventNames":"a.b.c"}}', /filter\.eventNames must be a list/),
    post('an impossible start', '{"format":"csv","filter":{"timeRange":{"start":"2025-02-30T00:00:00Z"}}}', /filter\.timeRange\.start/),
    post('hour 24', '{"format":"csv","filter":{"timeRange":{"end":"2025-01-01T24:00:00Z"}}}', /filter\.timeRange\.end/),
    post('an unknown time-range key', '{"format":"csv","filter":{"timeRange":{"from":"2025-01-01T00:00:00Z"}}}', /timeRange\.from/),
    post('a search that is a number', '{"format":"csv","filter":{"search":5}}', /filter\.search must be a string/),
    post('a 64 kB search', `{"format":"csv","filter":{"search":"${'a '.repeat(32_000)}"}}`, /characters|terms/),
    post('a search of 17 terms', `{"format":"csv","filter":{"search":"${Array.from({ length: 17 }, (_, i) => `w${i}`).join(' ')}"}}`, /terms/),
    post('an unknown actor kind', '{"format":"csv","filter":{"actorKinds":["robot"]}}', /actorKinds\[0\]/),
    post('an unknown format', '{"format":"xlsx"}', /format/), post('no format', '{}', /format/),
    post('an unknown sort', '{"format":"csv","sort":"random"}', /sort/),
    post('an unknown zone', '{"format":"csv","timeZone":"Mars/Olympus"}', /time zone/),
    post('an unknown field', '{"format":"csv","where":{}}', /unknown field "where"/),
    post('not JSON', '{', /not JSON/), post('a list', '[]', /JSON object/),
    post('2 MB', `{"format":"csv","filter":{"search":"${'a'.repeat(2_000_000)}"}}`, /larger than/, 413),
    { name: 'export: status with a parameter', request: { path: `${FULL}/exports/${ctx.other.jobId}?x=1`, headers: { authorization: `Bearer ${ctx.org.owner}` } }, status: [400, 404], names: /not found|unknown/ },
  ];
}

/** Batched actor lookups that must be refused. */
function lookups(ctx: ProbeContext): Probe[] {
  const post = (name: string, body: string, names: RegExp): Probe => ({ name: `lookup: ${name}`, request: { method: 'POST', path: `${FULL}/actors/lookup`, headers: { ...json, authorization: `Bearer ${ctx.org.owner}` }, body }, status: 400, names });
  return [
    post('actors as an object', '{"actors":{}}', /actors/), post('1,001 actors', JSON.stringify({ actors: Array.from({ length: 1001 }, (_, i) => ({ kind: 'user', id: `user_${i}` })) }), /1000/),
    post('an unknown kind', '{"actors":[{"kind":"robot","id":"x"}]}', /actors\[0\]/), post('an extra key', '{"actors":[{"kind":"user","id":"x","admin":true}]}', /actors\[0\]/),
    post('an id that is a number', '{"actors":[{"kind":"user","id":5}]}', /actors\[0\]/), post('a deep body', `{"actors":${deepJson(100_000)}}`, /actors/),
    { name: 'actors: limit=0', request: { path: `${FULL}/actors?limit=0`, headers: { authorization: `Bearer ${ctx.org.owner}` } }, status: 400, names: /limit/ },
    { name: 'actors: a 600-character q', request: { path: `${FULL}/actors?q=${'a'.repeat(600)}`, headers: { authorization: `Bearer ${ctx.org.owner}` } }, status: 400, names: /q has 600/ },
    { name: 'actors: an unknown parameter', request: { path: `${FULL}/actors?kind=user`, headers: { authorization: `Bearer ${ctx.org.owner}` } }, status: 400, names: /"kind"/ },
  ];
}

/** What no client library sends: forged Host headers, broken request lines, headers past any size. */
function raw(ctx: ProbeContext): Probe[] {
  const get = (target: string, headers: string) => ({ raw: `GET ${target} HTTP/1.1\r\n${headers}Authorization: Bearer ${ctx.org.owner}\r\nConnection: close\r\n\r\n` });
  const list = `${FULL}/events`;
  return [
    { name: 'raw: an invalid Host', request: get(list, 'Host: exa mple:99999\r\n') },
    { name: 'raw: a Host with a path', request: get(list, 'Host: evil.example/x?y#z\r\n') },
    { name: 'raw: no Host', request: { raw: `GET ${list} HTTP/1.0\r\nAuthorization: Bearer ${ctx.org.owner}\r\n\r\n` } },
    { name: 'raw: two Hosts', request: get(list, 'Host: a\r\nHost: b\r\n'), status: 400, names: /more than one Host/ },
    { name: 'raw: an absolute target on another host', request: get(`http://evil.example${list}`, 'Host: evil.example\r\n') },
    { name: 'raw: a target that is not a path', request: get('*', 'Host: x\r\n'), status: [400, 404] },
    { name: 'raw: a 20 kB target', request: get(`${list}?q=${'a'.repeat(20_000)}`, 'Host: x\r\n'), status: [400, 414, 431], names: /too (large|long)/ },
    { name: 'raw: 40 kB of headers', request: get(list, `Host: x\r\nX-Pad: ${'p'.repeat(40_000)}\r\n`), status: 431, names: /headers/ },
    { name: 'raw: a garbled request line', request: { raw: 'GET\x00/ HTTP/1.1\r\nHost: x\r\n\r\n' }, status: 400, names: /malformed|request/i },
    { name: 'raw: not HTTP at all', request: { raw: '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03' }, status: 400, names: /malformed|request/i },
    { name: 'raw: a control character in a header', request: get(list, 'Host: x\r\nX-Evil: a\x01b\r\n'), status: 400 },
    { name: 'raw: a body that says it is longer than it is', request: { raw: `POST /v1/audit-log-events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\nConnection: close\r\nAuthorization: Bearer ${ctx.backendKey}\r\n\r\n{}` }, status: 408, names: /not received in full/ },
    { name: 'raw: a chunked body past the limit', request: { raw: `POST /v1/audit-log-events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\nAuthorization: Bearer ${ctx.backendKey}\r\n\r\n${`100000\r\n${'a'.repeat(0x100000)}\r\n`.repeat(2)}0\r\n\r\n` }, status: 413, names: /larger than/ },
    { name: 'raw: an unknown method', request: { raw: `BREW ${list} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n` }, status: [400, 404, 405] },
  ];
}

/** The whole hostile corpus against one organization, with another organization's ids at hand. */
export function hostileCorpus(ctx: ProbeContext): Probe[] {
  return [...encodings(ctx), ...credentials(ctx), ...fullListParameters(ctx), ...tokens(ctx), ...tesseralParameters(ctx), ...ids(ctx), ...creates(ctx), ...exports(ctx), ...lookups(ctx), ...raw(ctx)];
}
