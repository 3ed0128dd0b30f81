import type { AuditLogActorRef } from '../adapter/types.js';
import { LIMITS } from '../limits.js';
import { isActorKind } from '../model/actor.js';
import { isPlainObject } from '../model/validate.js';
import type { RouteContext } from './context.js';
import { json, restError } from './respond.js';
import { jsonBody, queryParams } from './requests.js';
import type { Route } from './router.js';

/** The directory's routes: actor search (the Actor filter), actor lookup and role lookup (names). */
export const ACTOR_ROUTES: Route<RouteContext>[] = [
  {
    method: 'GET',
    path: '/actors',
    run: async ({ url, scope, directory }) => {
      const p = queryParams(url, { q: 'one', limit: 'one' });
      const limitText = p.one('limit') ?? '20';
      const limit = Number(limitText);
      if (!/^\d{1,3}$/.test(limitText) || limit < 1 || limit > 100) return restError('invalid_request', 'limit must be a whole number from 1 to 100');
      const q = p.one('q') ?? '';
      if (q.length > LIMITS.searchLength) return restError('invalid_request', `q has ${q.length} characters; at most ${LIMITS.searchLength} are allowed`);
      return json({ actors: directory ? (await directory.searchActors(scope, q, limit)).slice(0, limit) : [] });
    },
  },
  {
    method: 'POST',
    path: '/actors/lookup',
    run: async ({ request, scope, directory }) => {
      const body = await jsonBody(request, ['actors']);
      if (!Array.isArray(body.actors) || body.actors.length > 1000) {
        return restError('invalid_request', 'the body must be {"actors": [{"kind", "id"}, …]} with at most 1000 actors');
      }
      const refs: AuditLogActorRef[] = [];
      for (const [i, ref] of body.actors.entries()) {
        if (!isPlainObject(ref) || !isActorKind(ref.kind) || typeof ref.id !== 'string' || ref.id.length > LIMITS.eventNameLength || Object.keys(ref).some((k) => k !== 'kind' && k !== 'id')) {
          return restError('invalid_request', `actors[${i}] needs a known "kind" and a string "id", and nothing else`);
        }
        refs.push({ kind: ref.kind, id: ref.id });
      }
      return json({ actors: directory && refs.length ? await directory.actors(scope, refs) : [] });
    },
  },
  // Roles by id, for the summaries of role assignments; a deleted role with its last known name.
  {
    method: 'POST',
    path: '/roles/lookup',
    run: async ({ request, scope, directory }) => {
      const body = await jsonBody(request, ['ids']);
      if (!Array.isArray(body.ids) || body.ids.length > 1000 || !body.ids.every((id) => typeof id === 'string' && id.length <= LIMITS.eventNameLength)) {
        return restError('invalid_request', 'the body must be {"ids": ["role_…", …]} with at most 1000 ids');
      }
      const ids = [...new Set(body.ids as string[])];
      return json({ roles: directory && ids.length ? await directory.roles(scope, ids) : [] });
    },
  },
];
