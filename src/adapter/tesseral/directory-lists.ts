import { AuditLogError } from '../../errors.js';
import { isPlainObject } from '../../model/validate.js';
import { raceAbort } from '../abort.js';
import { words } from '../../search/fold.js';
import { actorMatches } from '../../search/match.js';
import type { AuditLogActorInfo } from '../types.js';
import type { TesseralClient } from './client.js';
import { apiKeyInfo, userInfo, type TesseralDirectory } from './directory.js';

type Json = Record<string, unknown>;

/**
 * At most this many pages of ten per list (10,000 people or keys), so that a huge directory cannot
 * run away: past it the typeahead finds only the first 10,000 by id, and later names are looked up
 * one by one as usual.
 */
const MAX_PAGES = 1000;

/** Every item of a list endpoint, following its page tokens (ten a page, by id). */
async function all(client: TesseralClient, path: string, key: string, what: string, signal: AbortSignal): Promise<Json[]> {
  const items: Json[] = [];
  let token = '';
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await client.get(path, token ? new URLSearchParams({ pageToken: token }) : null, what, signal);
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

/** How long the organization's user and API-key lists are reused. */
const LIST_TTL_MS = 5 * 60_000;

/**
 * The organization's users and API keys (`GET /users`, `/api-keys`, both lists walked at once),
 * kept five minutes, and stored in the directory's lookups so that later names need no request.
 */
export function everyone(directory: TesseralDirectory): Promise<AuditLogActorInfo[]> {
  if (!directory.lists || Date.now() - directory.lists.at > LIST_TTL_MS) {
    // Shared by every caller, so no caller's signal may cancel it.
    const signal = new AbortController().signal;
    const actors = Promise.all([
      all(directory.client, '/api/frontend/v1/users', 'users', 'Listing users', signal),
      all(directory.client, '/api/frontend/v1/api-keys', 'apiKeys', 'Listing API keys', signal),
    ]).then(([users, keys]) => {
      directory.prime(users, keys);
      return [...users.map((u) => userInfo(u.id as string, u)), ...keys.map((k) => apiKeyInfo(k.id as string, k))];
    });
    const entry = { at: Date.now(), actors };
    directory.lists = entry;
    // A failed walk is forgotten (the next search tries again), unless a newer one replaced it.
    actors.catch(() => {
      if (directory.lists === entry) directory.lists = null;
    });
  }
  return directory.lists.actors;
}

/** The users and API keys whose name, email or id matches `query`, users first (the actor typeahead). */
export async function searchDirectory(directory: TesseralDirectory, query: string, limit: number, signal: AbortSignal): Promise<AuditLogActorInfo[]> {
  const wanted = words(query);
  const all = await raceAbort(everyone(directory), signal);
  return all.filter((actor) => actorMatches(actor, wanted)).slice(0, limit);
}
