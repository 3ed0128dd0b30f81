import { AuditLogError } from '../errors.js';
import { fingerprint } from '../engine/fingerprint.js';
import { parseEvent, isPlainObject } from '../model/validate.js';
import { raceAbort } from './abort.js';
import { assertSupported } from './capabilities.js';
import { fetchJson, toAuditLogError, type FetchLike } from './http.js';
import { LookupCache } from './lookup-cache.js';
import type { AuditLogActorInfo, AuditLogAdapter, AuditLogCapabilities, AuditLogListResult } from './types.js';

/** Options of {@link createTesseralAdapter}. */
export interface TesseralAdapterOptions {
  /**
   * Where Tesseral's frontend API is served, e.g. `https://vault.example.com` (your project's vault
   * domain); default `""`, the page's own origin.
   */
  baseUrl?: string;
  /**
   * The signed-in user's access token, sent as `Authorization: Bearer …`, or a function that returns
   * a fresh one for each request. Without it, requests carry the access-token cookie instead.
   */
  accessToken?: string | (() => string | Promise<string>);
  /** The `fetch` to call; default the global one. */
  fetch?: FetchLike;
  /**
   * Cache-key id; default derived from the base URL and a hash of a static token. With a token
   * function or the cookie, the default cannot tell two signed-in users apart: if one viewer can
   * outlive a sign-out and sign-in, pass an id that names the user or organization.
   */
  id?: string;
}

/** What Tesseral's end-customer API can do: no search, one event name, one user, 10 newest-first rows. */
export const TESSERAL_CAPABILITIES: AuditLogCapabilities = {
  search: false,
  eventNameFilter: 'single',
  actorIdFilter: 'single_user',
  actorKindFilter: false,
  timeRange: true,
  sorts: ['newest'],
  pageSizes: [10],
  maxPageSize: 10,
  totalCount: false,
  actorLookup: ['user', 'api_key'],
};

const LIST_PATH = '/api/frontend/v1/audit-log-events';

function parseListResponse(body: unknown): AuditLogListResult {
  if (!isPlainObject(body)) {
    throw new AuditLogError('malformed_response', 'Loading audit log events failed: the answer is not a JSON object.');
  }
  // protojson omits an empty list and an empty string, so both may be missing on a last page.
  const { auditLogEvents = [], nextPageToken = '' } = body;
  if (!Array.isArray(auditLogEvents)) {
    throw new AuditLogError('malformed_response', 'Loading audit log events failed: auditLogEvents is not a list.');
  }
  if (typeof nextPageToken !== 'string') {
    throw new AuditLogError('malformed_response', 'Loading audit log events failed: nextPageToken is not a string.');
  }
  return {
    events: auditLogEvents.map((event, i) => parseEvent(event, `auditLogEvents[${i}]`)),
    nextCursor: nextPageToken === '' ? null : nextPageToken,
  };
}

/**
 * An adapter for Tesseral's end-customer audit-log API (`GET /api/frontend/v1/audit-log-events`),
 * exactly as Tesseral serves it: `pageToken`, `filterStartTime`, `filterEndTime` (inclusive),
 * `filterEventName`, `filterUserId`; 10 events a page, newest first; owners only. Actor names come
 * from `GET /api/frontend/v1/users/{id}` and `/api-keys/{id}`, one request per actor (Tesseral has
 * no batch lookup), shared and cached for the adapter's lifetime.
 *
 * @example
 * ```ts
 * const adapter = createTesseralAdapter({ baseUrl: 'https://vault.acme.com', accessToken: () => getAccessToken() });
 * ```
 */
export function createTesseralAdapter(options: TesseralAdapterOptions = {}): AuditLogAdapter {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const tokenTag = typeof options.accessToken === 'string' ? `:${fingerprint(options.accessToken)}` : '';
  const id = options.id ?? `tesseral:${baseUrl}${tokenTag}`;

  async function init(signal: AbortSignal): Promise<RequestInit & { signal: AbortSignal }> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    let token: string | undefined;
    try {
      token = typeof options.accessToken === 'function' ? await options.accessToken() : options.accessToken;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AuditLogError('unauthenticated', `Getting the access token failed: ${reason}.`, { cause: error });
    }
    if (token) headers.Authorization = `Bearer ${token}`;
    // Without a token the access-token cookie authenticates, which a cross-origin request only sends with `include`.
    return { method: 'GET', headers, signal, credentials: token ? 'same-origin' : 'include' };
  }

  async function lookup(path: string, key: 'user' | 'apiKey', what: string): Promise<Record<string, unknown> | null> {
    const signal = new AbortController().signal; // shared by every caller: not cancelled by any one of them
    try {
      const { body } = await fetchJson(fetchFn, `${baseUrl}${path}`, await init(signal), what);
      const value = isPlainObject(body) ? body[key] : undefined;
      if (!isPlainObject(value)) throw new AuditLogError('malformed_response', `${what} failed: the answer has no ${key} object.`);
      return value;
    } catch (error) {
      if (error instanceof AuditLogError && error.code === 'not_found') return null;
      throw toAuditLogError(error, what);
    }
  }

  const users = new LookupCache((userId) =>
    lookup(`/api/frontend/v1/users/${encodeURIComponent(userId)}`, 'user', `Looking up user ${userId}`),
  );
  const apiKeys = new LookupCache((apiKeyId) =>
    lookup(`/api/frontend/v1/api-keys/${encodeURIComponent(apiKeyId)}`, 'apiKey', `Looking up API key ${apiKeyId}`),
  );

  return {
    id,
    capabilities: TESSERAL_CAPABILITIES,
    async listEvents(request) {
      assertSupported(TESSERAL_CAPABILITIES, request);
      const { filter, cursor, signal } = request;
      const params = new URLSearchParams();
      // Tesseral's token does not carry the filters: every page resends them with the token.
      if (cursor) params.set('pageToken', cursor);
      if (filter.timeRange?.start) params.set('filterStartTime', filter.timeRange.start);
      if (filter.timeRange?.end) params.set('filterEndTime', filter.timeRange.end);
      if (filter.eventNames?.[0]) params.set('filterEventName', filter.eventNames[0]);
      if (filter.actorIds?.[0]) params.set('filterUserId', filter.actorIds[0]);
      const query = params.toString();
      const what = 'Loading audit log events';
      try {
        const { body } = await fetchJson(fetchFn, `${baseUrl}${LIST_PATH}${query ? `?${query}` : ''}`, await init(signal), what);
        return parseListResponse(body);
      } catch (error) {
        throw toAuditLogError(error, what);
      }
    },
    async getActors(refs, { signal }) {
      // One shared, cached request per actor; this caller stops waiting when its signal fires.
      const lookups = refs.map(async (ref): Promise<AuditLogActorInfo | null> => {
        if (ref.kind === 'user') {
          const user = await users.get(ref.id);
          if (!user) return { ...ref, deleted: true };
          const info: AuditLogActorInfo = { ...ref };
          if (typeof user.email === 'string') info.email = user.email;
          if (typeof user.displayName === 'string' && user.displayName) info.displayName = user.displayName;
          return info;
        }
        if (ref.kind === 'api_key') {
          const key = await apiKeys.get(ref.id);
          if (!key) return { ...ref, deleted: true };
          return typeof key.displayName === 'string' ? { ...ref, displayName: key.displayName } : { ...ref };
        }
        return null;
      });
      // One failed lookup must not lose the names that did resolve: keep those, leave the failed
      // ones out (the caller may ask again), and fail only when nothing resolved.
      const settled = await raceAbort(Promise.allSettled(lookups), signal);
      const infos = settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed && infos.length === 0) throw toAuditLogError(failed.reason, 'Looking up actors');
      return infos;
    },
  };
}
