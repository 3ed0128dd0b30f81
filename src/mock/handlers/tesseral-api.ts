import { http, HttpResponse } from 'msw';
import { isAuditLogError } from '../../errors.js';
import { parseInstant } from '../../model/instant.js';
import { isTesseralId } from '../../model/tesseral-ids.js';
import type { MockDatabase } from '../database.js';
import type { Snapshot } from '../entities.js';
import type { MockOrganization } from '../generate.js';
import { authenticateFrontend } from '../tesseral/auth.js';
import { apiError, invalidPageToken } from '../tesseral/errors.js';
import { readQuery } from '../tesseral/query-params.js';
import { frontendApiKey, frontendEvent, frontendRole, frontendUser } from '../tesseral/shapes.js';
import { applyScenario, type MockScenario } from './scenario.js';

/** Tesseral's fixed page size (`limit := 10` in every frontend list). */
const PAGE_SIZE = 10;

const LIST_EVENTS_FIELDS = [
  { json: 'pageToken', proto: 'page_token', kind: 'string' },
  { json: 'filterStartTime', proto: 'filter_start_time', kind: 'timestamp' },
  { json: 'filterEndTime', proto: 'filter_end_time', kind: 'timestamp' },
  { json: 'filterEventName', proto: 'filter_event_name', kind: 'string' },
  { json: 'filterUserId', proto: 'filter_user_id', kind: 'string' },
] as const;

const LIST_DIRECTORY_FIELDS = [
  // Accepted and ignored: the caller's organization is used (frontend/store/users.go:73).
  { json: 'organizationId', proto: 'organization_id', kind: 'string' },
  { json: 'pageToken', proto: 'page_token', kind: 'string' },
] as const;

/**
 * One page of a directory list as Tesseral pages users, API keys and roles: by id ascending, ten
 * at a time, the token naming the first row of the next page (queries-frontend.sql:278-288).
 */
function directoryPage(db: MockDatabase, items: Snapshot[], token: string | undefined, key: string, prefix: string, shape: (item: Snapshot) => unknown): Response {
  const sorted = [...items].sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1));
  let start = 0;
  if (token) {
    const from = db.pageTokens.open(token, prefix);
    if (from === null) return invalidPageToken();
    start = sorted.findIndex((item) => (item.id as string) >= from);
    if (start < 0) start = sorted.length;
  }
  const rows = sorted.slice(start, start + PAGE_SIZE + 1);
  const body: Record<string, unknown> = {};
  if (rows.length) body[key] = rows.slice(0, PAGE_SIZE).map(shape);
  if (rows.length > PAGE_SIZE) body.nextPageToken = db.pageTokens.seal(rows[PAGE_SIZE]!.id as string);
  return HttpResponse.json(body);
}

function liveUsers(org: MockOrganization): Snapshot[] {
  return [...org.users.values()].filter((u) => !org.deletedUserIds.has(u.id as string));
}

/**
 * Tesseral's frontend (end-customer) API as Tesseral serves it (see docs/tesseral/wire.md): audit
 * log events for owners, ten a page newest first, inclusive time bounds, one event name, one user;
 * and the organization's users, API keys and roles, listed and one by one. Bodies are protojson
 * (unset fields left out), errors `google.rpc.Status` with Tesseral's codes, messages and details.
 */
export function tesseralApiHandlers(db: MockDatabase, scenario: MockScenario) {
  /** Scenario knobs, then the query, then authentication: the order Tesseral's layers run in. */
  async function begin(request: Request, messageName: string, fields: Parameters<typeof readQuery>[2]) {
    const failure = await applyScenario(scenario, 'connect');
    if (failure) return failure;
    const query = readQuery(new URL(request.url), messageName, fields);
    if (query instanceof Response) return query;
    const principal = authenticateFrontend(db, request);
    if (principal instanceof Response) return principal;
    return { query, principal, org: principal.organization };
  }

  /**
   * `GET /api/frontend/v1/{path}/{id}` (frontend/store/users.go:105-120 and its siblings): a
   * malformed id is 400 "invalid <what> id", an unknown or deleted one 404 "<what> not found"
   * (users are deleted for good, queries-frontend.sql:322-324).
   */
  const one = (path: string, request: string, param: string, prefix: string, what: string, find: (org: MockOrganization, id: string) => Snapshot | undefined, answer: (item: Snapshot, org: MockOrganization) => Record<string, unknown>) =>
    http.get(`*/api/frontend/v1/${path}/:${param}`, async ({ request: req, params }) => {
      const ready = await begin(req, `tesseral.frontend.v1.${request}`, []);
      if (ready instanceof Response) return ready;
      const id = String(params[param]);
      if (!isTesseralId(id, prefix)) return apiError('invalid_argument', `invalid ${what} id`);
      const item = find(ready.org, id);
      return item ? HttpResponse.json(answer(item, ready.org)) : apiError('not_found', `${what} not found`);
    });

  return [
    http.get('*/api/frontend/v1/audit-log-events', async ({ request }) => {
      const ready = await begin(request, 'tesseral.frontend.v1.ListAuditLogEventsRequest', LIST_EVENTS_FIELDS);
      if (ready instanceof Response) return ready;
      const { query, principal, org } = ready;
      // The owner check comes before the page token is read (frontend/store/audit_log_events.go:18-34).
      if (!db.isOwner(org, principal.userId)) return apiError('permission_denied', 'user must be an owner of the organization');
      let fromId: string | null = null;
      if (query.pageToken) {
        fromId = db.pageTokens.open(query.pageToken, 'audit_log_event_');
        if (fromId === null) return invalidPageToken();
      }
      const userId = query.filterUserId;
      if (userId !== undefined && !isTesseralId(userId, 'user_')) return apiError('invalid_argument', 'invalid user_id');
      // A start after the end matches no row in Tesseral's SQL: an empty answer, not an error.
      const backwards = query.filterStartTime && query.filterEndTime && parseInstant(query.filterStartTime) > parseInstant(query.filterEndTime);
      if (scenario.empty || backwards) return HttpResponse.json({});
      try {
        const page = await db.engine.seekSliced({
          organizationId: org.id,
          filter: {
            eventNames: query.filterEventName ? [query.filterEventName] : undefined,
            // filter_user_id matches actor_user_id only (queries-frontend.sql:783-802).
            actorIds: userId ? [userId] : undefined,
            timeRange: { start: query.filterStartTime, end: query.filterEndTime },
          },
          pageSize: PAGE_SIZE,
          fromId,
        });
        const body: Record<string, unknown> = {};
        if (page.events.length) body.auditLogEvents = page.events.map(frontendEvent);
        if (page.nextId) body.nextPageToken = db.pageTokens.seal(page.nextId);
        return HttpResponse.json(body);
      } catch (error) {
        // A token's row that no longer exists: Tesseral would continue from the position; the
        // mock's events never go away, so this only happens to a token of another list.
        if (isAuditLogError(error, 'invalid_cursor')) return invalidPageToken();
        throw error;
      }
    }),

    http.get('*/api/frontend/v1/users', async ({ request }) => {
      const ready = await begin(request, 'tesseral.frontend.v1.ListUsersRequest', LIST_DIRECTORY_FIELDS);
      if (ready instanceof Response) return ready;
      return directoryPage(db, liveUsers(ready.org), ready.query.pageToken, 'users', 'user_', frontendUser);
    }),

    one('users', 'GetUserRequest', 'userId', 'user_', 'user', (org, id) => (org.deletedUserIds.has(id) ? undefined : org.users.get(id)), (user) => ({ user: frontendUser(user) })),

    http.get('*/api/frontend/v1/api-keys', async ({ request }) => {
      const ready = await begin(request, 'tesseral.frontend.v1.ListAPIKeysRequest', LIST_DIRECTORY_FIELDS);
      if (ready instanceof Response) return ready;
      return directoryPage(db, [...ready.org.apiKeys.values()], ready.query.pageToken, 'apiKeys', 'api_key_', frontendApiKey);
    }),

    one('api-keys', 'GetAPIKeyRequest', 'apiKeyId', 'api_key_', 'api key', (org, id) => org.apiKeys.get(id), (apiKey) => ({ apiKey: frontendApiKey(apiKey) })),

    http.get('*/api/frontend/v1/roles', async ({ request }) => {
      const ready = await begin(request, 'tesseral.frontend.v1.ListRolesRequest', LIST_DIRECTORY_FIELDS);
      if (ready instanceof Response) return ready;
      const { org } = ready;
      return directoryPage(db, [...org.roles.values()], ready.query.pageToken, 'roles', 'role_', (role) => frontendRole(role, org.id));
    }),

    one('roles', 'GetRoleRequest', 'roleId', 'role_', 'role', (org, id) => org.roles.get(id), (role, org) => ({ role: frontendRole(role, org.id) })),
  ];
}
