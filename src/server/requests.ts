import { AuditLogError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { ACTOR_KINDS, isActorKind, type AuditLogActorKind } from '../model/actor.js';
import type { AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';
import { isPlainObject, isRfc3339 } from '../model/validate.js';
import { readBodyText } from './request-body.js';
import { parseSearch, SearchSyntaxError } from '../search/parse.js';

// The full API reads every request strictly: an unknown field, a value of the wrong type, an
// impossible date or a value it does not know is a 400 that names it, before any work is done.
// (Tesseral's own endpoints keep Tesseral's looser rules: see tesseral/query-params.ts.)

const bad = (message: string) => new AuditLogError('invalid_request', message, { status: 400 });

/** How each query parameter of a request may appear. */
type ParamSpec = Record<string, 'one' | 'many'>;

/** The parameters of a query string, checked against a spec: none unknown, none repeated that may not be. */
export function queryParams(url: URL, spec: ParamSpec): { one(name: string): string | undefined; many(name: string): string[] } {
  const seen = new Map<string, string[]>();
  for (const [name, value] of url.searchParams) {
    const kind = spec[name];
    if (!kind) throw bad(`unknown query parameter ${JSON.stringify(name)}; this endpoint takes ${Object.keys(spec).join(', ') || 'none'}.`);
    const values = seen.get(name) ?? [];
    if (kind === 'one' && values.length) throw bad(`the query parameter ${JSON.stringify(name)} is given twice.`);
    values.push(value);
    if (values.length > LIMITS.filterValues) throw bad(`the query parameter ${JSON.stringify(name)} is given more than ${LIMITS.filterValues} times.`);
    seen.set(name, values);
  }
  return { one: (name) => seen.get(name)?.[0], many: (name) => seen.get(name) ?? [] };
}

function values(list: unknown, field: string): string[] {
  if (!Array.isArray(list)) throw bad(`${field} must be a list of strings.`);
  if (list.length > LIMITS.filterValues) throw bad(`${field} has ${list.length} values; at most ${LIMITS.filterValues} are allowed.`);
  list.forEach((item, i) => {
    if (typeof item !== 'string' || item === '') throw bad(`${field}[${i}] must be a non-empty string.`);
    if (item.length > LIMITS.eventNameLength) throw bad(`${field}[${i}] has ${item.length} characters; at most ${LIMITS.eventNameLength} are allowed.`);
  });
  return list as string[];
}

function instant(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isRfc3339(value)) throw bad(`${field} must be an RFC 3339 instant such as 2025-07-01T17:04:12Z, got ${JSON.stringify(value)?.slice(0, 80)}.`);
  return value;
}

function kinds(list: string[], field: string): AuditLogActorKind[] {
  list.forEach((kind, i) => {
    if (!isActorKind(kind)) throw bad(`${field}[${i}] is ${JSON.stringify(kind)}, not one of ${ACTOR_KINDS.join(', ')}.`);
  });
  return list as AuditLogActorKind[];
}

/** A sort, strictly: unknown values are errors, not the default. */
export function sortOf(value: unknown, field: string): AuditLogSort {
  if (value === undefined) return 'newest';
  if (value !== 'newest' && value !== 'oldest') throw bad(`${field} must be "newest" or "oldest", got ${JSON.stringify(value)?.slice(0, 80)}.`);
  return value;
}

/** The filter's query parameters, shared by the list and its aggregates. */
const FILTER_PARAMS: ParamSpec = { eventName: 'many', actorId: 'many', actorKind: 'many', start: 'one', end: 'one', q: 'one' };

function filterOfParams(p: ReturnType<typeof queryParams>): AuditLogListFilter {
  return {
    eventNames: values(p.many('eventName'), 'eventName'),
    actorIds: values(p.many('actorId'), 'actorId'),
    actorKinds: kinds(p.many('actorKind'), 'actorKind'),
    timeRange: { start: instant(p.one('start'), 'start'), end: instant(p.one('end'), 'end') },
    search: p.one('q'),
  };
}

/**
 * `GET /events/histogram` and `/events/facets`: the filter and the one more parameter each takes
 * (`timeZone`, `field`), required; the engine checks its value.
 */
export function aggregateRequest(url: URL, extra: string): { filter: AuditLogListFilter; value: string } {
  const p = queryParams(url, { ...FILTER_PARAMS, [extra]: 'one' });
  const value = p.one(extra);
  if (value === undefined) throw bad(`the query parameter ${JSON.stringify(extra)} is required.`);
  return { filter: filterOfParams(p), value };
}

/** `GET /events/export`: the filter, sort, format and time zone of its query string (the format required). */
export function exportRequest(url: URL): { filter: AuditLogListFilter; sort: AuditLogSort; format: string | undefined; timeZone: string } {
  const p = queryParams(url, { ...FILTER_PARAMS, sort: 'one', format: 'one', timeZone: 'one' });
  return { filter: filterOfParams(p), sort: sortOf(p.one('sort'), 'sort'), format: p.one('format'), timeZone: timeZoneOf(p.one('timeZone'), 'timeZone') };
}

/** `GET /events`: the filter, sort, page size and cursor of its query string. */
export function listRequest(url: URL): { filter: AuditLogListFilter; sort: AuditLogSort; pageSize: number; cursor: string | null } {
  const p = queryParams(url, { ...FILTER_PARAMS, sort: 'one', pageSize: 'one', cursor: 'one' });
  const pageSizeText = p.one('pageSize') ?? '25';
  if (!/^\d{1,4}$/.test(pageSizeText) || Number(pageSizeText) < 1 || Number(pageSizeText) > 1000) throw bad(`pageSize must be a whole number from 1 to 1000, got ${JSON.stringify(pageSizeText.slice(0, 20))}.`);
  return {
    filter: filterOfParams(p),
    sort: sortOf(p.one('sort'), 'sort'),
    pageSize: Number(pageSizeText),
    cursor: p.one('cursor') || null,
  };
}

const FILTER_FIELDS = ['eventNames', 'actorIds', 'actorKinds', 'timeRange', 'search'];

/** A list filter sent as JSON (an export request's), strictly: known fields of the right types only. */
export function filterOf(value: unknown, field = 'filter'): AuditLogListFilter {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw bad(`${field} must be an object with ${FILTER_FIELDS.join(', ')}.`);
  for (const key of Object.keys(value)) if (!FILTER_FIELDS.includes(key)) throw bad(`${field}.${key} is not a filter field; the fields are ${FILTER_FIELDS.join(', ')}.`);
  const filter: AuditLogListFilter = {};
  if (value.eventNames !== undefined) filter.eventNames = values(value.eventNames, `${field}.eventNames`);
  if (value.actorIds !== undefined) filter.actorIds = values(value.actorIds, `${field}.actorIds`);
  if (value.actorKinds !== undefined) filter.actorKinds = kinds(values(value.actorKinds, `${field}.actorKinds`), `${field}.actorKinds`);
  if (value.search !== undefined) {
    if (typeof value.search !== 'string') throw bad(`${field}.search must be a string.`);
    // Read now, so that a search the engine would refuse is a 400 here, not a job that fails later.
    try {
      parseSearch(value.search);
    } catch (error) {
      if (error instanceof SearchSyntaxError) throw bad(`${field}.search: ${error.message}`);
      throw error;
    }
    filter.search = value.search;
  }
  if (value.timeRange !== undefined) {
    const range = value.timeRange;
    if (!isPlainObject(range)) throw bad(`${field}.timeRange must be an object with start and end.`);
    for (const key of Object.keys(range)) if (key !== 'start' && key !== 'end') throw bad(`${field}.timeRange.${key} is not a field; the fields are start and end.`);
    filter.timeRange = { start: instant(range.start, `${field}.timeRange.start`), end: instant(range.end, `${field}.timeRange.end`) };
  }
  return filter;
}

/** An IANA time zone this runtime knows, or "UTC"; anything else is an error, not UTC. */
export function timeZoneOf(value: unknown, field: string): string {
  if (value === undefined) return 'UTC';
  if (typeof value !== 'string' || value.length > 64) throw bad(`${field} must be an IANA time zone such as Europe/Paris.`);
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    throw bad(`${field} ${JSON.stringify(value)} is not a time zone this server knows.`);
  }
  return value;
}

/** A JSON request body of at most the body limit, as an object with only the given keys. */
export async function jsonBody(request: Request, keys: readonly string[]): Promise<Record<string, unknown>> {
  const text = await readBodyText(request);
  if (text === 'too-large') throw new AuditLogError('invalid_request', `the request body is larger than ${LIMITS.bodyBytes} bytes.`, { status: 413 });
  if (text === 'not-utf8') throw bad('the request body is not UTF-8 (or starts with a byte-order mark).');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw bad('the request body is not JSON.');
  }
  if (!isPlainObject(body)) throw bad('the request body must be a JSON object.');
  for (const key of Object.keys(body)) if (!keys.includes(key)) throw bad(`the request body has an unknown field ${JSON.stringify(key)}; the fields are ${keys.join(', ')}.`);
  return body;
}
