import { fingerprint } from '../../engine/fingerprint.js';
import { assertSupported } from '../capabilities.js';
import type { FetchLike } from '../http.js';
import type { AuditLogAdapter, AuditLogCapabilities, AuditLogListResult, AuditLogStreamRequest } from '../types.js';
import type { PageFetcher } from './slices.js';
import { createTesseralClient } from './client.js';
import { TesseralDirectory } from './directory.js';
import { listPage } from './list.js';

/** The parallel slices, loaded with the first export: a page that never exports never pays for them. */
async function* sliced(fetchPage: PageFetcher, directory: TesseralDirectory, request: AuditLogStreamRequest, concurrency: number | undefined): AsyncGenerator<AuditLogListResult> {
  const [{ streamSlices }, { everyone }] = await Promise.all([import('./slices.js'), import('./directory-lists.js')]);
  // An export names its actors (CSV): the lists bring ten names a request, lookups one. A failure here is left to the lookups.
  everyone(directory).catch(() => undefined);
  yield* streamSlices(fetchPage, request.filter, request.signal, { concurrency });
}

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
  /**
   * List requests an export keeps in flight at once (time slices fetched in parallel); default 8.
   * It drops by half for a while whenever Tesseral answers 429. Beside them run the name lookups
   * (at most 4 at once, one actor each) and, once, the walks of the user and API-key lists (2).
   */
  exportConcurrency?: number;
}

/**
 * What Tesseral's end-customer API can do: no search, one event name, one user, 10 newest-first
 * rows; it names users and API keys, and never says when SCIM or the vendor's backend acted.
 */
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
  // The frontend AuditLogEvent has no backend or SCIM actor field (frontend models.proto:241-265).
  hiddenActors: ['scim_api_key', 'backend_api_key'],
};

/**
 * An adapter for Tesseral's end-customer audit-log API (`GET /api/frontend/v1/audit-log-events`),
 * exactly as Tesseral serves it: `pageToken`, `filterStartTime`, `filterEndTime` (inclusive),
 * `filterEventName`, `filterUserId`; 10 events a page, newest first; owners only. It reads
 * Tesseral's own answers (protojson bodies, `google.rpc.Status` errors with their details), and
 * uses what else the API offers: an event by id through the millisecond its id encodes, the
 * organization's users and API keys for the actor typeahead, role names for the summaries, and
 * exports fetched as parallel time slices.
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
  const client = createTesseralClient({ baseUrl, fetch: fetchFn, accessToken: options.accessToken });
  const directory = new TesseralDirectory(client, () => import('./last-known.js'));
  const fetchPage = (filter: Parameters<typeof listPage>[1], cursor: string | null, signal: AbortSignal) => listPage(client, filter, cursor, signal);

  return {
    id: options.id ?? `tesseral:${baseUrl}${tokenTag}`,
    capabilities: TESSERAL_CAPABILITIES,
    // Live updates are off by default; a host that turns them on polls Tesseral once a minute at most (its rate limits).
    pollIntervalMs: 60_000,
    async listEvents(request) {
      assertSupported(TESSERAL_CAPABILITIES, request);
      return fetchPage(request.filter, request.cursor, request.signal);
    },
    // Loaded with the details panel's first use: a page that shows rows only never pays for it.
    getEvent: async (id, { signal }) => (await import('./event-by-id.js')).findEventById(client, id, signal),
    getActors: (refs, { signal }) => directory.actors(refs, signal),
    // The list walker loads with the typeahead or an export: a page that shows rows only never pays for it.
    searchActors: async (query, { signal, limit }) => (await import('./directory-lists.js')).searchDirectory(directory, query, limit, signal),
    getRoles: (ids, { signal }) => directory.rolesById(ids, signal),
    streamEvents(request) {
      assertSupported(TESSERAL_CAPABILITIES, { ...request, pageSize: 10, cursor: null });
      return sliced(fetchPage, directory, request, options.exportConcurrency);
    },
  };
}
