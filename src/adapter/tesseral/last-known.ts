import { isPlainObject } from '../../model/validate.js';
import type { TesseralClient } from './client.js';
import { listPage } from './list.js';

/** What the log last said of something since deleted: its name in its own delete event. */
export interface LastKnownName {
  email?: string;
  displayName?: string;
}

/** The kinds Tesseral deletes with a snapshot, the event that says so, and the key of its snapshot. */
const DELETIONS = {
  user: { eventName: 'tesseral.users.delete', key: 'user' },
  api_key: { eventName: 'tesseral.api_keys.delete', key: 'apiKey' },
  role: { eventName: 'tesseral.roles.delete', key: 'role' },
} as const;

/** The kinds whose last names can be found. */
export type DeletedKind = keyof typeof DELETIONS;

/**
 * How many pages of delete events (10 a page, newest first) one search reads: 50 deletions of a
 * kind. A bounded cost, asked of Tesseral only when a lookup answered "gone"; an older deletion
 * stays a bare id marked deleted.
 */
const MAX_PAGES = 5;

/**
 * The last names of deleted users, API keys and roles, read from the log itself: Tesseral's
 * lookups answer 404 for them, but each deletion wrote its `tesseral.*.delete` event with the
 * whole entity in it. Tesseral's list filters by one event name, so one search per kind reads
 * the newest deletions once (shared by every lookup of that kind, kept for the adapter's life);
 * a search that fails is not kept, so a later lookup tries again.
 */
export class LastKnownNames {
  private readonly searches = new Map<DeletedKind, Promise<Map<string, LastKnownName>>>();
  constructor(private readonly client: TesseralClient) {}

  /** The last name of a deleted entity, or `null` when the newest deletions do not name it (or cannot be read). */
  async of(kind: DeletedKind, id: string): Promise<LastKnownName | null> {
    let search = this.searches.get(kind);
    if (!search) {
      search = this.read(kind);
      this.searches.set(kind, search);
      search.catch(() => this.searches.delete(kind));
    }
    try {
      return (await search).get(id) ?? null;
    } catch {
      // The name is a nicety: a failed search leaves the entity deleted and unnamed, not an error.
      return null;
    }
  }

  private async read(kind: DeletedKind): Promise<Map<string, LastKnownName>> {
    const { eventName, key } = DELETIONS[kind];
    const names = new Map<string, LastKnownName>();
    // Not cancelled by any one caller: the answer is shared.
    const signal = new AbortController().signal;
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await listPage(this.client, { eventNames: [eventName] }, cursor, signal);
      for (const event of result.events) {
        const entity = event.eventDetails[key];
        if (!isPlainObject(entity) || typeof entity.id !== 'string' || names.has(entity.id)) continue;
        const name: LastKnownName = {};
        if (typeof entity.email === 'string' && entity.email) name.email = entity.email;
        if (typeof entity.displayName === 'string' && entity.displayName) name.displayName = entity.displayName;
        if (name.email || name.displayName) names.set(entity.id, name);
      }
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    return names;
  }
}
