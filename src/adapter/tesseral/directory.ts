import { AuditLogError, isAuditLogError } from '../../errors.js';
import { isPlainObject } from '../../model/validate.js';
import { raceAbort } from '../abort.js';
import { LookupCache } from '../lookup-cache.js';
import type { AuditLogActorInfo, AuditLogActorRef, AuditLogRoleInfo } from '../types.js';
import type { TesseralClient } from './client.js';
import type { DeletedKind, LastKnownName, LastKnownNames } from './last-known.js';

type Json = Record<string, unknown>;

/** How long a batch of lookups waits for a deleted entity's last name (see `lastKnown`). */
export const LAST_KNOWN_WAIT_MS = 800;

/** What a user lookup found, as an actor (a deleted one with the last name the log knows, if any). */
export function userInfo(id: string, user: Json | null, last?: LastKnownName | null): AuditLogActorInfo {
  if (!user) return { kind: 'user', id, deleted: true, ...last };
  const info: AuditLogActorInfo = { kind: 'user', id };
  if (typeof user.email === 'string') info.email = user.email;
  if (typeof user.displayName === 'string' && user.displayName) info.displayName = user.displayName;
  return info;
}

/** What an API key lookup found, as an actor (a deleted one with the last name the log knows, if any). */
export function apiKeyInfo(id: string, key: Json | null, last?: LastKnownName | null): AuditLogActorInfo {
  if (!key) return { kind: 'api_key', id, deleted: true, ...(last?.displayName ? { displayName: last.displayName } : {}) };
  return typeof key.displayName === 'string' ? { kind: 'api_key', id, displayName: key.displayName } : { kind: 'api_key', id };
}

/**
 * The organization's people, API keys and roles through Tesseral's frontend API: one by one
 * (`GET /users/{id}`, `/api-keys/{id}`, `/roles/{id}`: Tesseral has no batch lookup), each
 * answer shared and kept for the adapter's life (a deleted one as deleted). The whole lists, for
 * the typeahead and exports, are in directory-lists.ts (loaded on first use); they prime these.
 * One that is gone is named by the last name the log knows of it (see last-known.ts).
 */
export class TesseralDirectory {
  /** The lists of users and API keys, when loaded (see directory-lists.ts). */
  lists: { at: number; actors: Promise<AuditLogActorInfo[]> } | null = null;

  private readonly users: LookupCache<Json | null>;
  /** The search of delete events for last names, loaded when a lookup first answers "gone" (a rare path). */
  private lastKnownNames: Promise<LastKnownNames> | undefined;
  private readonly apiKeys: LookupCache<Json | null>;
  /** Roles by id, made on first use. */
  private roles: LookupCache<Json | null> | undefined;
  /**
   * @param loadLastKnown loads the search of delete events (last-known.ts). Given by the adapter,
   * whose module holds its other loaders: a dynamic import here would cost every host bundle a
   * chunk of its own for the bundler's preload helper (measured: 0.8 kB gzipped up front).
   */
  constructor(
    readonly client: TesseralClient,
    private readonly loadLastKnown: () => Promise<typeof import('./last-known.js')>,
  ) {
    this.users = new LookupCache((id) => this.one(`/api/frontend/v1/users/${encodeURIComponent(id)}`, 'user', `Looking up user ${id}`));
    this.apiKeys = new LookupCache((id) => this.one(`/api/frontend/v1/api-keys/${encodeURIComponent(id)}`, 'apiKey', `Looking up API key ${id}`));
  }

  /** Users and API keys by id; SCIM keys and the rest have no lookup in the end-customer API. */
  async actors(refs: readonly AuditLogActorRef[], signal: AbortSignal): Promise<AuditLogActorInfo[]> {
    const lookups = refs.map(async (ref): Promise<AuditLogActorInfo | null> => {
      if (ref.kind === 'user') {
        const user = await this.users.get(ref.id);
        return userInfo(ref.id, user, user ? null : await this.lastKnown('user', ref.id));
      }
      if (ref.kind === 'api_key') {
        const key = await this.apiKeys.get(ref.id);
        return apiKeyInfo(ref.id, key, key ? null : await this.lastKnown('api_key', ref.id));
      }
      return null;
    });
    // One failed lookup must not lose the names that did resolve: keep those, leave the failed
    // ones out (the caller may ask again), and fail only when nothing resolved.
    const settled = await raceAbort(Promise.allSettled(lookups), signal);
    const infos = settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed && infos.length === 0) throw failed.reason;
    return infos;
  }

  /** Roles by id (for the summaries of role assignments), each answer shared and kept (a deleted role as deleted). */
  async rolesById(ids: readonly string[], signal: AbortSignal): Promise<AuditLogRoleInfo[]> {
    this.roles ??= new LookupCache((id) => this.one(`/api/frontend/v1/roles/${encodeURIComponent(id)}`, 'role', `Looking up role ${id}`));
    const roles = this.roles;
    // One failed lookup must not lose the names that resolved: those are kept, the failed ones left
    // out (asked again next time), and only when none resolved is it a failure.
    const settled = await raceAbort(
      Promise.allSettled(
        ids.map(async (id) => {
          const role = await roles.get(id);
          return { id, role: role ?? null, last: role ? null : await this.lastKnown('role', id) };
        }),
      ),
      signal,
    );
    const found = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed && found.length === 0) throw failed.reason;
    return found.map(({ id, role, last }) =>
      !role ? { id, deleted: true, ...(last?.displayName ? { displayName: last.displayName } : {}) } : { id, ...(typeof role.displayName === 'string' ? { displayName: role.displayName } : {}) },
    );
  }

  /**
   * The last name the log knows of something Tesseral says is gone, if the search answers within
   * {@link LAST_KNOWN_WAIT_MS}: the other names of the batch wait for it, so a slow search (up to
   * 5 requests in a row) answers "deleted" without a name this time, and goes on; a later lookup
   * of the id (the next page, a reopened event) reads its answer.
   */
  private async lastKnown(kind: DeletedKind, id: string): Promise<LastKnownName | null> {
    this.lastKnownNames ??= this.loadLastKnown().then((m) => new m.LastKnownNames(this.client));
    const search = this.lastKnownNames.then((names) => names.of(kind, id)).catch(() => null);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), LAST_KNOWN_WAIT_MS)));
    try {
      return await Promise.race([search, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stores what a list answered, so that later lookups of these ids need no request. */
  prime(users: readonly Json[], keys: readonly Json[]): void {
    for (const user of users) this.users.prime(user.id as string, user);
    for (const key of keys) this.apiKeys.prime(key.id as string, key);
  }

  /** One directory entry by its path; `null` when Tesseral no longer knows it. */
  async one(path: string, key: string, what: string): Promise<Json | null> {
    const signal = new AbortController().signal; // shared by every caller: not cancelled by any one of them
    try {
      const body = await this.client.get(path, null, what, signal);
      const value = isPlainObject(body) ? body[key] : undefined;
      if (!isPlainObject(value)) throw new AuditLogError('malformed_response', `${what} failed: the answer has no ${key} object.`);
      return value;
    } catch (error) {
      // Gone (deleted since the event), or an id Tesseral cannot even read: there is nothing to name.
      if (isAuditLogError(error, 'not_found')) return null;
      throw error;
    }
  }
}
