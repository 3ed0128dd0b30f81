import { ACTOR_ROUTES } from './actor-routes.js';
import type { RouteContext } from './context.js';
import { EVENT_ROUTES } from './event-routes.js';
import { exportJobRoutes } from './export-jobs.js';
import { exportStreamRoute } from './export-stream.js';
import { isStorableId } from './import-events.js';
import { IMPORT_ROUTE, tesseralIngest } from './ingest-routes.js';
import { apiError } from '../mock/tesseral/errors.js';
import { answer, answerAsTesseral, restError } from './respond.js';
import { matchRoute, type Route } from './router.js';
import { isWritableStore, type AuditLogDirectory, type AuditLogStore } from './store.js';

/** The base path of the full query API, unless the handler is given another. */
export const DEFAULT_BASE_PATH = '/api/audit/v1';

/**
 * Who a request is from, as the vendor's `authorize` says: the one organization whose events it
 * may read or write. `reader` reads the log; `writer` (a backend key that records events) writes
 * that organization's events (Tesseral's ingest, the bulk import) and may not read them.
 */
export interface AuditLogPrincipal {
  organizationId: string;
  role: 'reader' | 'writer';
}

/** Options of {@link createAuditLogHandler}. */
export interface AuditLogHandlerOptions {
  /** Where the events are. */
  store: AuditLogStore;
  /** Who the actors and roles are (names instead of ids); none: no names. */
  directory?: AuditLogDirectory;
  /**
   * Who the request is from: the vendor's session or token check. Give a principal, or a
   * `Response` to answer instead (a 401 of your own, say); throw an `AuditLogError` with code
   * `unauthenticated` or `permission_denied` for the API's own 401 and 403. Called for every
   * request but an export download (whose one-time secret is its credential), before any store call.
   */
  authorize(request: Request): AuditLogPrincipal | Response | Promise<AuditLogPrincipal | Response>;
  /** The path the API is mounted at (default `/api/audit/v1`). */
  basePath?: string;
  /** The clock of export jobs' expiry (default `Date.now`). */
  now?: () => number;
  /** A pause before each page an export job reads (default none; the mock's makes progress visible). */
  exportPageDelayMs?: number;
  /** The most an export job's file holds in memory until its download (default 64 MB; `GET /events/export` streams any size). */
  exportJobMaxBytes?: number;
  /** Told of each error that is not an `AuditLogError` (answered as a bare 500): the vendor's to log. */
  onError?: (error: unknown) => void;
  /**
   * Where Tesseral's ingest is served, for Tesseral's SDK pointed at this server (default
   * `/v1/audit-log-events`, outside the base path as Tesseral's is; `null`: not served). Served,
   * with `POST {basePath}/events/import`, only over a store that takes writes, to a `writer`.
   */
  tesseralIngestPath?: string | null;
}

/**
 * The full query API (docs/rest-api.md) as a Fetch-API handler, `(Request) => Promise<Response>`:
 * it mounts in Node's HTTP server (see src/mock/server/http-server.ts), a Next.js route handler
 * (`export const GET = handler, POST = handler`), Hono (`app.all('/api/audit/v1/*', (c) =>
 * handler(c.req.raw))`) or MSW. Every request is authorized first and every store call is scoped
 * to the organization `authorize` gave: no route reads or writes a store unscoped. A `reader`
 * reads (pages, aggregates, exports, the streamed `GET /events/export`); over a store that takes
 * writes, a `writer` records events (Tesseral's `POST /v1/audit-log-events`, `POST /events/import`)
 * and reads nothing. Each handler has its own export jobs; two handlers share nothing.
 *
 * @example
 * ```ts
 * const handler = createAuditLogHandler({
 *   store,
 *   authorize: async (request) => {
 *     const session = await mySessions.check(request);
 *     return session ? { organizationId: session.orgId, role: 'reader' } : new Response(null, { status: 401 });
 *   },
 * });
 * ```
 */
export function createAuditLogHandler(options: AuditLogHandlerOptions): (request: Request) => Promise<Response> {
  const base = (options.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const exports = exportJobRoutes(base, now, options.exportPageDelayMs, options.exportJobMaxBytes);
  const { store, directory, onError } = options;
  const writable = isWritableStore(store);
  const routes: Route<RouteContext>[] = [...(writable ? [IMPORT_ROUTE] : []), exportStreamRoute(), ...EVENT_ROUTES, ...exports.routes, ...ACTOR_ROUTES];

  /** What `authorize` gave, checked like any input: a scope of the wrong shape reads nothing. */
  const principalOf = async (request: Request): Promise<AuditLogPrincipal | Response> => {
    const principal = await options.authorize(request);
    if (principal instanceof Response) return principal;
    if (typeof principal?.organizationId !== 'string' || !isStorableId(principal.organizationId)) {
      throw new Error('authorize gave no organization id (a string of 1 to 256 printable characters)');
    }
    return principal;
  };

  const ingestPath = options.tesseralIngestPath === undefined ? '/v1/audit-log-events' : options.tesseralIngestPath;
  const ingest =
    writable && ingestPath !== null
      ? tesseralIngest(
          store,
          async (request) => {
            const principal = await principalOf(request);
            if (principal instanceof Response) return principal;
            return principal.role === 'writer' ? { organizationId: principal.organizationId } : apiError('permission_denied', 'this credential may not record audit log events');
          },
          now,
        )
      : null;

  return async (request) => {
    const url = new URL(request.url);
    if (ingest && url.pathname === ingestPath) {
      if (request.method !== 'POST') return new Response('Method Not Allowed\n', { status: 405, headers: { allow: 'POST', 'content-type': 'text/plain; charset=utf-8' } });
      return answerAsTesseral(() => ingest(request), onError);
    }
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return restError('not_found', 'no such endpoint');
    const path = url.pathname.slice(base.length);
    return answer(async () => {
      const open = matchRoute([exports.download], request.method, path);
      if (open && open !== 'method') return open.route.run({ request, url, store, directory }, open.params);
      const found = matchRoute(routes, request.method, path);
      if (found === null) return restError('not_found', 'no such endpoint');
      if (found === 'method') return restError('invalid_request', `${request.method} is not a method of this endpoint`, 405);
      const principal = await principalOf(request);
      if (principal instanceof Response) return principal;
      const role = found.route.role ?? 'reader';
      if (principal.role !== role) return restError('permission_denied', role === 'reader' ? 'this credential may not read the audit log' : 'this credential may not write to the audit log');
      return found.route.run({ request, url, store, directory, scope: { organizationId: principal.organizationId } }, found.params);
    }, onError);
  };
}
