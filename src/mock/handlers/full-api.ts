import type { AuditLogFacetField } from '../../model/aggregate.js';
import { lastKnownName } from '../last-known.js';
import { words } from '../../search/fold.js';
import { actorMatches } from '../../search/match.js';
import { http, HttpResponse } from 'msw';
import type { AuditLogActorInfo } from '../../adapter/types.js';
import { isAuditLogError } from '../../errors.js';
import { deriveActor, isActorKind, type AuditLogActorKind } from '../../model/actor.js';
import type { AuditLogEvent } from '../../model/event.js';
import { isPlainObject } from '../../model/validate.js';
import type { MockDatabase } from '../database.js';
import type { MockOrganization } from '../generate.js';
import { exportJobHandlers } from './export-jobs.js';
import { aggregateRequest, jsonBody, listRequest, queryParams } from './full-api-requests.js';
import { LIMITS } from '../../limits.js';
import { authenticateFrontend } from '../tesseral/auth.js';
import { applyScenario, type MockScenario } from './scenario.js';

/** The base path of the project's own query API in the mock server. */
export const FULL_API_BASE = '/api/audit/v1';

const STATUS: Partial<Record<string, number>> = {
  invalid_request: 400, invalid_cursor: 400, unsupported: 400, unauthenticated: 401, permission_denied: 403, not_found: 404,
};

function restError(code: string, message: string, status?: number): Response {
  return HttpResponse.json({ error: { code, message } }, { status: status ?? STATUS[code] ?? 500 });
}

/** Answers an `AuditLogError` thrown while reading or serving a request as its REST error. */
async function answer(work: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isAuditLogError(error)) return restError(error.code, error.message, error.status);
    throw error;
  }
}

/**
 * The signed-in owner's organization. The full API takes the same credentials as Tesseral's
 * frontend API (`Authorization: Bearer <access token>` or the project's access-token cookie) and
 * answers in its own error shape.
 */
function owner(db: MockDatabase, request: Request): MockOrganization | Response {
  const principal = authenticateFrontend(db, request);
  if (principal instanceof Response) return restError('unauthenticated', 'a valid access token is required (Authorization: Bearer <token>, or the access-token cookie)');
  if (!db.isOwner(principal.organization, principal.userId)) return restError('permission_denied', 'only organization owners may view audit logs');
  return principal.organization;
}

/** A deleted actor: marked so, with the last name its own events know, if any. */
function gone(db: MockDatabase, org: MockOrganization, kind: AuditLogActorKind, id: string): AuditLogActorInfo {
  const known = lastKnownName(db.engine, org.id, id);
  return { kind, id, deleted: true, ...(known?.email && kind === 'user' ? { email: known.email } : {}), ...(known?.displayName ? { displayName: known.displayName } : {}) };
}

function lookupActor(db: MockDatabase, org: MockOrganization, kind: AuditLogActorKind, id: string): AuditLogActorInfo | null {
  if (kind === 'user') {
    const user = org.users.get(id);
    if (!user || org.deletedUserIds.has(id)) return gone(db, org, kind, id);
    const info: AuditLogActorInfo = { kind, id, email: user.email as string };
    if (user.displayName) info.displayName = user.displayName as string;
    return info;
  }
  const source = kind === 'api_key' ? org.apiKeys : kind === 'scim_api_key' ? org.scimApiKeys : undefined;
  if (!source) return null;
  const found = source.get(id);
  return found ? { kind, id, displayName: found.displayName as string } : gone(db, org, kind, id);
}

/** The names of a page's actors, sent with the page so that a viewer shows them at once. */
function pageActors(db: MockDatabase, org: MockOrganization, events: readonly AuditLogEvent[]): AuditLogActorInfo[] {
  const found = new Map<string, AuditLogActorInfo>();
  for (const event of events) {
    const { kind, id } = deriveActor(event);
    if (id === null || found.has(`${kind}:${id}`)) continue;
    const info = lookupActor(db, org, kind, id);
    if (info) found.set(`${kind}:${id}`, info);
  }
  return [...found.values()];
}

/**
 * The project's own full query API (documented in `docs/rest-api.md`), served from the same engine
 * as Tesseral's: every filter, both orders, page sizes to 1000, event by id, event names, batched
 * actor lookup. Scoped to the owner's organization like Tesseral's.
 */
export function fullApiHandlers(db: MockDatabase, scenario: MockScenario) {
  const guard = async (request: Request): Promise<MockOrganization | Response> =>
    (await applyScenario(scenario, 'rest')) ?? owner(db, request);
  return [
    http.get(`*${FULL_API_BASE}/events`, async ({ request }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      return answer(async () => {
        const { filter, sort, pageSize, cursor } = listRequest(new URL(request.url));
        if (scenario.empty) return HttpResponse.json({ events: [], nextCursor: null });
        const page = await db.engine.listSliced({ organizationId: org.id, filter, sort, pageSize, cursor });
        return HttpResponse.json({ events: page.events, nextCursor: page.nextCursor, actors: pageActors(db, org, page.events) });
      });
    }),
    // Before /events/:eventId, which would take "count" for an id.
    http.get(`*${FULL_API_BASE}/events/count`, async ({ request }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      return answer(async () => {
        const { filter } = listRequest(new URL(request.url));
        if (scenario.empty) return HttpResponse.json({ count: 0, exact: true });
        return HttpResponse.json(await db.engine.countSliced({ organizationId: org.id, filter }));
      });
    }),
    http.get(`*${FULL_API_BASE}/events/histogram`, async ({ request }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      return answer(async () => {
        const { filter, value } = aggregateRequest(new URL(request.url), 'timeZone');
        if (scenario.empty) return HttpResponse.json({ interval: { unit: 'minute', size: 1 }, buckets: [], complete: true });
        return HttpResponse.json(await db.engine.histogramSliced({ organizationId: org.id, filter, timeZone: value }));
      });
    }),
    http.get(`*${FULL_API_BASE}/events/facets`, async ({ request }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      return answer(async () => {
        const { filter, value } = aggregateRequest(new URL(request.url), 'field');
        if (scenario.empty) return HttpResponse.json({ values: [], complete: true, exact: true });
        // The engine refuses a field it does not know (a 400 naming it).
        return HttpResponse.json(await db.engine.facetsSliced({ organizationId: org.id, filter, field: value as AuditLogFacetField }));
      });
    }),
    http.get(`*${FULL_API_BASE}/events/:eventId`, async ({ request, params }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      return answer(() => {
        queryParams(new URL(request.url), {});
        const event = db.engine.get(String(params.eventId), org.id);
        return event ? HttpResponse.json({ event }) : restError('not_found', 'event not found');
      });
    }),
    http.get(`*${FULL_API_BASE}/event-names`, async ({ request }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      return answer(() => {
        queryParams(new URL(request.url), {});
        return HttpResponse.json({ eventNames: db.engine.eventNames(org.id) });
      });
    }),
    // The exports' own routes first: "/exports/…" must not be read as something else.
    ...exportJobHandlers(FULL_API_BASE, db, guard, (org, kind, id) => lookupActor(db, org, kind, id), restError, () => db.now()),
    http.get(`*${FULL_API_BASE}/actors`, async ({ request }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      return answer(() => {
      const p = queryParams(new URL(request.url), { q: 'one', limit: 'one' });
      const limitText = p.one('limit') ?? '20';
      const limit = Number(limitText);
      if (!/^\d{1,3}$/.test(limitText) || limit < 1 || limit > 100) return restError('invalid_request', 'limit must be a whole number from 1 to 100');
      const q = p.one('q') ?? '';
      if (q.length > LIMITS.searchLength) return restError('invalid_request', `q has ${q.length} characters; at most ${LIMITS.searchLength} are allowed`);
      const wanted = words(q);
      const candidates: AuditLogActorInfo[] = [
        ...[...org.users.keys()].filter((id) => !org.deletedUserIds.has(id)).map((id) => lookupActor(db, org, 'user', id)!),
        ...[...org.apiKeys.keys()].map((id) => lookupActor(db, org, 'api_key', id)!),
      ];
      const actors = candidates
        .filter((a) => actorMatches(a, wanted))
        .slice(0, limit);
      return HttpResponse.json({ actors });
      });
    }),
    http.post(`*${FULL_API_BASE}/actors/lookup`, async ({ request }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      return answer(async () => {
        const body = await jsonBody(request, ['actors']);
        if (!Array.isArray(body.actors) || body.actors.length > 1000) {
          return restError('invalid_request', 'the body must be {"actors": [{"kind", "id"}, …]} with at most 1000 actors');
        }
        const actors: AuditLogActorInfo[] = [];
        for (const [i, ref] of body.actors.entries()) {
          if (!isPlainObject(ref) || !isActorKind(ref.kind) || typeof ref.id !== 'string' || ref.id.length > LIMITS.eventNameLength || Object.keys(ref).some((k) => k !== 'kind' && k !== 'id')) {
            return restError('invalid_request', `actors[${i}] needs a known "kind" and a string "id", and nothing else`);
          }
          const info = lookupActor(db, org, ref.kind, ref.id);
          if (info) actors.push(info);
        }
        return HttpResponse.json({ actors });
      });
    }),
    // Roles by id, for the summaries of role assignments; a deleted role with its last known name.
    http.post(`*${FULL_API_BASE}/roles/lookup`, async ({ request }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      return answer(async () => {
        const body = await jsonBody(request, ['ids']);
        if (!Array.isArray(body.ids) || body.ids.length > 1000 || !body.ids.every((id) => typeof id === 'string' && id.length <= LIMITS.eventNameLength)) {
          return restError('invalid_request', 'the body must be {"ids": ["role_…", …]} with at most 1000 ids');
        }
        const roles = [...new Set(body.ids as string[])].map((id) => {
          const role = org.roles.get(id);
          if (role) return { id, displayName: role.displayName as string };
          const known = lastKnownName(db.engine, org.id, id);
          return { id, deleted: true, ...(known?.displayName ? { displayName: known.displayName } : {}) };
        });
        return HttpResponse.json({ roles });
      });
    }),
  ];
}
