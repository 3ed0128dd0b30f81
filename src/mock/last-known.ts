import type { QueryEngine } from '../engine/engine.js';

/** What the log itself last said of a user, key or role: the newest snapshot of it in its own events. */
export interface LastKnown {
  email?: string;
  displayName?: string;
}

/** Ids as the mock hands them out: a search for anything else is not made. */
const ID = /^[a-z_]+_[A-Za-z0-9]{1,64}$/;
/** How many of the newest events naming the id are read for a snapshot (a bounded cost per lookup). */
const LOOK_AT = 50;

function snapshotOf(value: unknown, id: string, depth: number): LastKnown | null {
  if (depth > 4 || typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.id === id) {
    const known: LastKnown = {};
    if (typeof record.email === 'string' && record.email) known.email = record.email;
    if (typeof record.displayName === 'string' && record.displayName) known.displayName = record.displayName;
    if (known.email || known.displayName) return known;
  }
  for (const inner of Object.values(record)) {
    const found = snapshotOf(inner, id, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * The last name the log knows of something that no longer exists (a deleted user, API key or
 * role): the newest create, update or delete snapshot of it in the organization's own events,
 * found by a search for its id. `null` when the log never named it.
 */
export function lastKnownName(engine: QueryEngine, organizationId: string, id: string): LastKnown | null {
  if (!engine.supportsSearch || !ID.test(id)) return null;
  const { events } = engine.list({ organizationId, filter: { search: `"${id}"` }, pageSize: LOOK_AT });
  for (const event of events) {
    const found = snapshotOf(event.eventDetails, id, 0);
    if (found) return found;
  }
  return null;
}
