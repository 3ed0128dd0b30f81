import type { AuditLogActorInfo, AuditLogRoleInfo } from '../adapter/types.js';
import type { AuditLogActorKind } from '../model/actor.js';
import { words } from '../search/fold.js';
import { actorMatches } from '../search/match.js';
import type { AuditLogDirectory, AuditLogScope } from '../server/store.js';
import type { MockDatabase } from './database.js';
import type { MockOrganization } from './generate.js';
import { lastKnownName } from './last-known.js';

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

/**
 * The mock's directory: the generated organizations' users, API keys and roles; one that is gone
 * named by the last name its own events know (last-known.ts). An organization the database does
 * not have knows no one.
 */
export function createMockDirectory(db: MockDatabase): AuditLogDirectory {
  const orgOf = (scope: AuditLogScope) => db.organization(scope.organizationId);
  return {
    async actors(scope, refs) {
      const org = orgOf(scope);
      if (!org) return [];
      return refs.map((ref) => lookupActor(db, org, ref.kind, ref.id)).filter((info): info is AuditLogActorInfo => info !== null);
    },
    async searchActors(scope, text, limit) {
      const org = orgOf(scope);
      if (!org) return [];
      const wanted = words(text);
      const candidates: AuditLogActorInfo[] = [
        ...[...org.users.keys()].filter((id) => !org.deletedUserIds.has(id)).map((id) => lookupActor(db, org, 'user', id)!),
        ...[...org.apiKeys.keys()].map((id) => lookupActor(db, org, 'api_key', id)!),
      ];
      return candidates.filter((a) => actorMatches(a, wanted)).slice(0, limit);
    },
    async roles(scope, ids) {
      const org = orgOf(scope);
      if (!org) return [];
      return ids.map((id): AuditLogRoleInfo => {
        const role = org.roles.get(id);
        if (role) return { id, displayName: role.displayName as string };
        const known = lastKnownName(db.engine, org.id, id);
        return { id, deleted: true, ...(known?.displayName ? { displayName: known.displayName } : {}) };
      });
    },
  };
}
