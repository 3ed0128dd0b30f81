import { AuditLogError } from '../errors.js';
import { isActorKind } from '../model/actor.js';
import { isPlainObject, parseEvent } from '../model/validate.js';
import { assertFilterSupported, assertSupported, FULL_CAPABILITIES } from './capabilities.js';
import { parseFacets, parseHistogram } from './rest-aggregate.js';
import { fetchJson, toAuditLogError, type FetchLike } from './http.js';
import type { AuditLogActorInfo, AuditLogAdapter, AuditLogCapabilities, AuditLogListResult } from './types.js';
import type { AuditLogListFilter } from '../model/query.js';

/** Options of {@link createRestAdapter}. */
export interface RestAdapterOptions {
  /** The API's base URL, e.g. `/api/audit/v1` or `https://api.example.com/audit/v1`. */
  baseUrl: string;
  /** Extra headers for every request (e.g. `Authorization`), or a function returning them. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  /** `fetch` credentials mode; default `same-origin`. */
  credentials?: RequestCredentials;
  /** The `fetch` to call; default the global one. */
  fetch?: FetchLike;
  /** What the backend implements; default everything but search. */
  capabilities?: Partial<AuditLogCapabilities>;
  /** The backend counts (`GET /events/count`): the viewer then says how many events match. */
  count?: boolean;
  /**
   * The backend answers histograms and facets (`GET /events/histogram`, `GET /events/facets`):
   * the viewer then draws the timeline and counts beside the filters' options.
   */
  aggregate?: boolean;
  /** The backend names roles (`POST /roles/lookup`): summaries then say "the role “Billing admin”". */
  roles?: boolean;
  /** The backend runs export jobs (`POST /exports`, `GET /exports/{id}`): the viewer then uses them. */
  serverExport?: boolean;
  /** Cache-key id; default `rest:<baseUrl>`. */
  id?: string;
}

function parseList(body: unknown, what: string): AuditLogListResult {
  if (!isPlainObject(body) || !Array.isArray(body.events)) {
    throw new AuditLogError('malformed_response', `${what} failed: the answer has no "events" list.`);
  }
  const { nextCursor = null, total, partial } = body;
  if (nextCursor !== null && typeof nextCursor !== 'string') {
    throw new AuditLogError('malformed_response', `${what} failed: "nextCursor" is neither a string nor null.`);
  }
  const result: AuditLogListResult = {
    events: body.events.map((event, i) => parseEvent(event, `events[${i}]`)),
    nextCursor: nextCursor === '' ? null : nextCursor,
  };
  if (total !== undefined) {
    if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) {
      throw new AuditLogError('malformed_response', `${what} failed: "total" is not a count.`);
    }
    result.total = total;
  }
  if (typeof partial === 'string' && partial) result.partial = partial;
  // Names sent with the page are a courtesy: an entry that cannot be read is left out (its actor
  // is then looked up), never a reason to lose the page.
  if (Array.isArray(body.actors)) {
    result.actors = body.actors.flatMap((value, i) => {
      try {
        return [parseActor(value, i)];
      } catch {
        return [];
      }
    });
  }
  return result;
}

/** A list filter as the REST API's query parameters (docs/rest-api.md). */
function filterParams(filter: AuditLogListFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filter.eventNames ?? []) params.append('eventName', name);
  for (const actorId of filter.actorIds ?? []) params.append('actorId', actorId);
  for (const kind of filter.actorKinds ?? []) params.append('actorKind', kind);
  if (filter.timeRange?.start) params.set('start', filter.timeRange.start);
  if (filter.timeRange?.end) params.set('end', filter.timeRange.end);
  if (filter.search?.trim()) params.set('q', filter.search.trim());
  return params;
}

function parseActor(value: unknown, i: number): AuditLogActorInfo {
  const what = `Looking up actors failed: actors[${i}]`;
  if (!isPlainObject(value) || typeof value.id !== 'string' || !isActorKind(value.kind)) {
    throw new AuditLogError('malformed_response', `${what} needs a string "id" and a known "kind".`);
  }
  const info: AuditLogActorInfo = { kind: value.kind, id: value.id };
  if (typeof value.displayName === 'string') info.displayName = value.displayName;
  if (typeof value.email === 'string') info.email = value.email;
  if (value.deleted === true) info.deleted = true;
  return info;
}

/**
 * An adapter for this project's own audit-log query API (see `docs/rest-api.md`): every filter,
 * both orders, page sizes up to 1000, event lookup by id, batched actor lookup and the list of
 * event names. Implement that API on your backend (the exported query engine does the hard part)
 * and point this adapter at it.
 */
export function createRestAdapter(options: RestAdapterOptions): AuditLogAdapter {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const capabilities: AuditLogCapabilities = { ...FULL_CAPABILITIES, ...options.capabilities };

  async function call(path: string, what: string, signal: AbortSignal, body?: unknown): Promise<unknown> {
    try {
      let extra: Record<string, string> | undefined;
      try {
        extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new AuditLogError('unauthenticated', `Getting the request headers failed: ${reason}.`, { cause: error });
      }
      const headers: Record<string, string> = { Accept: 'application/json', ...extra };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const init: RequestInit & { signal: AbortSignal } = {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        signal,
        credentials: options.credentials ?? 'same-origin',
      };
      if (body !== undefined) init.body = JSON.stringify(body);
      return (await fetchJson(fetchFn, `${baseUrl}${path}`, init, what)).body;
    } catch (error) {
      throw toAuditLogError(error, what);
    }
  }

  /** An aggregate of the filter (`GET /events/histogram`, `/events/facets`): its one more parameter, read strictly. */
  async function aggregate<T>(path: string, filter: AuditLogListFilter, [name, value]: [string, string], what: string, parse: (body: unknown, what: string) => T, signal: AbortSignal): Promise<T> {
    assertFilterSupported(capabilities, filter);
    const params = filterParams(filter);
    params.set(name, value);
    return parse(await call(`${path}?${params}`, what, signal), what);
  }

  return {
    id: options.id ?? `rest:${baseUrl}`,
    capabilities,
    async listEvents(request) {
      assertSupported(capabilities, request);
      const { filter, sort, pageSize, cursor, signal } = request;
      const params = filterParams(filter);
      params.set('sort', sort);
      params.set('pageSize', String(pageSize));
      if (cursor) params.set('cursor', cursor);
      const what = 'Loading audit log events';
      const body = await call(`/events?${params}`, what, signal);
      try {
        return parseList(body, what);
      } catch (error) {
        throw toAuditLogError(error, what);
      }
    },
    async getEvent(id, { signal }) {
      const what = `Loading event ${id}`;
      try {
        const body = await call(`/events/${encodeURIComponent(id)}`, what, signal);
        if (!isPlainObject(body)) throw new AuditLogError('malformed_response', `${what} failed: the answer has no "event".`);
        return parseEvent(body.event, 'event');
      } catch (error) {
        if (error instanceof AuditLogError && error.code === 'not_found') return null;
        throw toAuditLogError(error, what);
      }
    },
    async getActors(refs, { signal }) {
      const wanted = refs.filter((ref) => capabilities.actorLookup.includes(ref.kind));
      if (wanted.length === 0) return [];
      const what = 'Looking up actors';
      const body = await call('/actors/lookup', what, signal, { actors: wanted.map(({ kind, id }) => ({ kind, id })) });
      if (!isPlainObject(body) || !Array.isArray(body.actors)) {
        throw new AuditLogError('malformed_response', `${what} failed: the answer has no "actors" list.`);
      }
      return body.actors.map(parseActor);
    },
    getRoles: options.roles
      ? async (ids, { signal }) => {
          const what = 'Looking up roles';
          const body = await call('/roles/lookup', what, signal, { ids: [...ids] });
          if (!isPlainObject(body) || !Array.isArray(body.roles)) throw new AuditLogError('malformed_response', `${what} failed: the answer has no "roles" list.`);
          // A role that cannot be read is left out (its id then stands in): a name is a courtesy.
          return body.roles.flatMap((role) =>
            isPlainObject(role) && typeof role.id === 'string'
              ? [{ id: role.id, ...(typeof role.displayName === 'string' ? { displayName: role.displayName } : {}), ...(role.deleted === true ? { deleted: true } : {}) }]
              : [],
          );
        }
      : undefined,
    async searchActors(query, { signal, limit }) {
      const what = 'Finding actors';
      const body = await call(`/actors?${new URLSearchParams({ q: query, limit: String(limit) })}`, what, signal);
      if (!isPlainObject(body) || !Array.isArray(body.actors)) {
        throw new AuditLogError('malformed_response', `${what} failed: the answer has no "actors" list.`);
      }
      return body.actors.map(parseActor);
    },
    export: options.serverExport
      ? {
          async start(request, { signal }) {
            const what = 'Starting the export';
            const body = await call('/exports', what, signal, request);
            if (!isPlainObject(body) || typeof body.jobId !== 'string') throw new AuditLogError('malformed_response', `${what} failed: the answer has no "jobId".`);
            return { jobId: body.jobId };
          },
          async status(jobId, { signal }) {
            const what = 'Reading the export';
            const body = await call(`/exports/${encodeURIComponent(jobId)}`, what, signal);
            if (!isPlainObject(body) || !['running', 'done', 'failed'].includes(body.state as string) || typeof body.written !== 'number') {
              throw new AuditLogError('malformed_response', `${what} failed: the answer is not a job state.`);
            }
            return {
              state: body.state as 'running' | 'done' | 'failed',
              written: body.written,
              ...(typeof body.total === 'number' ? { total: body.total } : {}),
              // A link may be a path of the API: it belongs to the API's origin, not the page's.
              ...(typeof body.downloadUrl === 'string' ? { downloadUrl: /^https?:\/\//.test(baseUrl) ? new URL(body.downloadUrl, baseUrl).href : body.downloadUrl } : {}),
              ...(typeof body.error === 'string' ? { error: body.error } : {}),
            };
          },
        }
      : undefined,
    countEvents: options.count
      ? async ({ filter, signal }) => {
          assertFilterSupported(capabilities, filter);
          const what = 'Counting events';
          const body = await call(`/events/count?${filterParams(filter)}`, what, signal);
          if (!isPlainObject(body) || typeof body.count !== 'number' || !Number.isInteger(body.count) || body.count < 0 || typeof body.exact !== 'boolean') {
            throw new AuditLogError('malformed_response', `${what} failed: the answer is not {"count": a whole number, "exact": true or false}.`);
          }
          return { count: body.count, exact: body.exact };
        }
      : undefined,
    histogramEvents: options.aggregate
      ? ({ filter, timeZone, signal }) => aggregate('/events/histogram', filter, ['timeZone', timeZone], 'Loading the timeline', parseHistogram, signal)
      : undefined,
    facetEvents: options.aggregate
      ? ({ filter, field, signal }) => aggregate('/events/facets', filter, ['field', field], 'Counting filter options', parseFacets, signal)
      : undefined,
    async listEventNames({ signal }) {
      const what = 'Loading event types';
      const body = await call('/event-names', what, signal);
      if (!isPlainObject(body) || !Array.isArray(body.eventNames) || !body.eventNames.every((n) => typeof n === 'string')) {
        throw new AuditLogError('malformed_response', `${what} failed: "eventNames" is not a list of strings.`);
      }
      return body.eventNames as string[];
    },
  };
}
