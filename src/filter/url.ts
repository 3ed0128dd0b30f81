import { isActorKind, type AuditLogActorKind } from '../model/actor.js';
import { isRfc3339 } from '../model/validate.js';
import { TIME_PRESETS, type AuditLogFilter, type AuditLogTimePreset } from './types.js';

/** What the URL holds of a viewer: its filter and its page size. */
export interface AuditLogUrlState {
  filter: AuditLogFilter;
  pageSize?: number;
  /** The event whose details are open (a permalink). */
  eventId?: string;
}

const EVENT_ID = /^[A-Za-z0-9_-]{1,200}$/;

/** The default prefix of the viewer's query parameters. */
export const DEFAULT_URL_PREFIX = 'audit.';

const MAX_VALUES = 100;
const MAX_LENGTH = 1000;

function clean(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== '' && v.length <= MAX_LENGTH))].slice(0, MAX_VALUES);
}

/**
 * Reads a viewer's state from query parameters under a prefix. Parameters without the prefix are
 * the host's and ignored; a value that is not valid (an unknown kind or preset, a time that is
 * not RFC 3339, an overlong value) is dropped, never thrown: a link is untrusted input.
 */
export function readUrlState(params: URLSearchParams, prefix = DEFAULT_URL_PREFIX): AuditLogUrlState {
  const all = (key: string) => params.getAll(prefix + key);
  const one = (key: string) => {
    const value = params.get(prefix + key);
    return value === null || value.length > MAX_LENGTH ? undefined : value;
  };
  const filter: AuditLogFilter = {};
  const eventNames = clean(all('event'));
  if (eventNames.length) filter.eventNames = eventNames;
  const actorIds = clean(all('actor'));
  if (actorIds.length) filter.actorIds = actorIds;
  const actorKinds = clean(all('kind')).filter(isActorKind) as AuditLogActorKind[];
  if (actorKinds.length) filter.actorKinds = actorKinds;
  const last = one('last');
  const from = one('from');
  const to = one('to');
  if (last && (TIME_PRESETS as readonly string[]).includes(last)) filter.time = { last: last as AuditLogTimePreset };
  else if ((from && isRfc3339(from)) || (to && isRfc3339(to))) {
    const start = from && isRfc3339(from) ? from : undefined;
    const end = to && isRfc3339(to) ? to : undefined;
    if (!(start && end && Date.parse(start) > Date.parse(end))) filter.time = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  }
  const search = one('q');
  if (search?.trim()) filter.search = search;
  const sort = one('sort');
  if (sort === 'oldest' || sort === 'newest') filter.sort = sort;
  const size = one('size');
  const pageSize = size && /^\d{1,4}$/.test(size) ? Number(size) : undefined;
  const eventId = one('open');
  return { filter, ...(pageSize ? { pageSize } : {}), ...(eventId && EVENT_ID.test(eventId) ? { eventId } : {}) };
}

/**
 * Writes a viewer's state into query parameters under a prefix: the viewer's own parameters are
 * replaced, every other parameter (the host's) is kept as it was, in its order.
 */
export function writeUrlState(params: URLSearchParams, state: AuditLogUrlState, prefix = DEFAULT_URL_PREFIX): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of params) if (!key.startsWith(prefix)) out.append(key, value);
  const { filter, pageSize } = state;
  for (const name of filter.eventNames ?? []) out.append(`${prefix}event`, name);
  for (const id of filter.actorIds ?? []) out.append(`${prefix}actor`, id);
  for (const kind of filter.actorKinds ?? []) out.append(`${prefix}kind`, kind);
  const time = filter.time;
  if (time && 'last' in time) out.set(`${prefix}last`, time.last);
  else if (time) {
    if (time.start) out.set(`${prefix}from`, time.start);
    if (time.end) out.set(`${prefix}to`, time.end);
  }
  if (filter.search?.trim()) out.set(`${prefix}q`, filter.search);
  if (filter.sort && filter.sort !== 'newest') out.set(`${prefix}sort`, filter.sort);
  if (pageSize) out.set(`${prefix}size`, String(pageSize));
  if (state.eventId) out.set(`${prefix}open`, state.eventId);
  return out;
}
