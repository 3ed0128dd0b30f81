import { AuditLogError, isAuditLogError } from '../../errors.js';
import { isPlainObject } from '../../model/validate.js';
import { words } from '../../search/fold.js';
import { actorMatches } from '../../search/match.js';
import { raceAbort } from '../abort.js';
import { LookupCache } from '../lookup-cache.js';
import type { AuditLogActorInfo, AuditLogActorRef, AuditLogRoleInfo } from '../types.js';
import type { TesseralClient } from './client.js';

type Json = Record<string, unknown>;

/** How long the organization's user and API-key lists are reused for the typeahead. */
const LIST_TTL_MS = 5 * 60_000;
/** At most this many pages of ten per list (10,000 people or keys), so a huge directory cannot run away. */
const MAX_PAGES = 1000;

function userInfo(id: string, user: Json | null): AuditLogActorInfo {
  if (!user) return { kind: 'user', id, deleted: true };
  const info: AuditLogActorInfo = { kind: 'user', id };
  if (typeof user.email === 'string') info.email = user.email;
  if (typeof user.displayName === 'string' && user.displayName) info.displayName = user.displayName;
  return info;
}

function apiKeyInfo(id: string, key: Json | null): AuditLogActorInfo {
  if (!key) return { kind: 'api_key', id, deleted: true };
  return typeof key.displayName === 'string' ? { kind: 'api_key', id, displayName: key.displayName } : { kind: 'api_key', id };
}

/**
 * The organization's people, API keys and roles through Tesseral's frontend API: one by one
 * (`GET /users/{id}`, `/api-keys/{id}`, `/roles/{id}`: Tesseral has no batch lookup), each
 * answer shared and kept for the adapter's life (a deleted one as deleted), and as whole lists
 * (`GET /users`, `/api-keys`, ten a page) for the actor typeahead, kept five minutes and used to
 * answer later lookups without a request.
 */
export class TesseralDirectory {
  private readonly users: LookupCache<Json | null>;
  private readonly apiKeys: LookupCache<Json | null>;
  private readonly roles: LookupCache<Json | null>;
  private lists: { at: number; actors: Promise<AuditLogActorInfo[]> } | null = null;

  constructor(private readonly client: TesseralClient) {
    this.users = new LookupCache((id) => this.one(`/api/frontend/v1/users/${encodeURIComponent(id)}`, 'user', `Looking up user ${id}`));
    this.apiKeys = new LookupCache((id) => this.one(`/api/frontend/v1/api-keys/${encodeURIComponent(id)}`, 'apiKey', `Looking up API key ${id}`));
    this.roles = new LookupCache((id) => this.one(`/api/frontend/v1/roles/${encodeURIComponent(id)}`, 'role', `Looking up role ${id}`));
  }

  /** Users and API keys by id; SCIM keys and the rest have no lookup in the end-customer API. */
  async actors(refs: readonly AuditLogActorRef[], signal: AbortSignal): Promise<AuditLogActorInfo[]> {
    const lookups = refs.map(async (ref): Promise<AuditLogActorInfo | null> => {
      if (ref.kind === 'user') return userInfo(ref.id, await this.users.get(ref.id));
      if (ref.kind === 'api_key') return apiKeyInfo(ref.id, await this.apiKeys.get(ref.id));
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

  /** Roles by id (for the summaries of role assignments). */
  async rolesById(ids: readonly string[], signal: AbortSignal): Promise<AuditLogRoleInfo[]> {
    const found = await raceAbort(Promise.all(ids.map(async (id) => ({ id, role: await this.roles.get(id) }))), signal);
    return found.map(({ id, role }) =>
      !role ? { id, deleted: true } : typeof role.displayName === 'string' ? { id, displayName: role.displayName } : { id });
  }

  /** The users and API keys whose name, email or id matches `query`, users first. */
  async search(query: string, limit: number, signal: AbortSignal): Promise<AuditLogActorInfo[]> {
    const wanted = words(query);
    const all = await raceAbort(this.everyone(), signal);
    return all.filter((actor) => actorMatches(actor, wanted)).slice(0, limit);
  }

  /**
   * Starts loading the whole directory, so that the names an export needs come ten to a request
   * instead of one per actor (a list request primes the lookups). Failures are left to the lookups.
   */
  preload(): void {
    this.everyone().catch(() => undefined);
  }

  private everyone(): Promise<AuditLogActorInfo[]> {
    if (!this.lists || Date.now() - this.lists.at > LIST_TTL_MS) {
      const actors = this.loadLists();
      this.lists = { at: Date.now(), actors };
      actors.catch(() => (this.lists = null));
    }
    return this.lists.actors;
  }

  private async loadLists(): Promise<AuditLogActorInfo[]> {
    // Shared by every caller, so no caller's signal may cancel it.
    const signal = new AbortController().signal;
    const [users, keys] = await Promise.all([
      this.all('/api/frontend/v1/users', 'users', 'Listing users', signal),
      this.all('/api/frontend/v1/api-keys', 'apiKeys', 'Listing API keys', signal),
    ]);
    for (const user of users) this.users.prime(user.id as string, user);
    for (const key of keys) this.apiKeys.prime(key.id as string, key);
    return [...users.map((u) => userInfo(u.id as string, u)), ...keys.map((k) => apiKeyInfo(k.id as string, k))];
  }

  /** Every item of a list endpoint, following its page tokens. */
  private async all(path: string, key: string, what: string, signal: AbortSignal): Promise<Json[]> {
    const items: Json[] = [];
    let token = '';
    for (let page = 0; page < MAX_PAGES; page++) {
      const body = await this.client.get(path, token ? new URLSearchParams({ pageToken: token }) : null, what, signal);
      if (!isPlainObject(body)) throw new AuditLogError('malformed_response', `${what} failed: the answer is not a JSON object.`);
      const list = body[key] ?? [];
      if (!Array.isArray(list) || !list.every((item) => isPlainObject(item) && typeof item.id === 'string')) {
        throw new AuditLogError('malformed_response', `${what} failed: ${key} is not a list of objects with an id.`);
      }
      items.push(...(list as Json[]));
      token = typeof body.nextPageToken === 'string' ? body.nextPageToken : '';
      if (!token) break;
    }
    return items;
  }

  private async one(path: string, key: string, what: string): Promise<Json | null> {
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
