import type { AuditLogFilterUrlParams } from './field.js';
import { FIELDS, URL_CODECS } from './fields/index.js';
import { activeValue, type AuditLogFilter } from './types.js';

/** What the URL holds of a viewer: its filter and its page size. */
export interface AuditLogUrlState {
  filter: AuditLogFilter;
  pageSize?: number;
  /** The event whose details are open (a permalink). */
  eventId?: string;
  /** The columns shown, in order (only with the URL state's `columns` option). */
  columns?: string[];
  /** How the Time column reads, once the person chose (with `columns` too). */
  timeFormat?: 'absolute' | 'relative';
}

const EVENT_ID = /^[A-Za-z0-9_-]{1,200}$/;
/** At most this many columns from a link (the viewer drops the ids its list does not have). */
const MAX_COLUMNS = 20;

/** The default prefix of the viewer's query parameters. */
export const DEFAULT_URL_PREFIX = 'audit.';

const MAX_VALUES = 100;
const MAX_LENGTH = 1000;

function prefixed(params: URLSearchParams, prefix: string): AuditLogFilterUrlParams {
  return {
    one(key) {
      const value = params.get(prefix + key);
      return value === null || value.length > MAX_LENGTH ? undefined : value;
    },
    all: (key) => [...new Set(params.getAll(prefix + key).filter((v) => v !== '' && v.length <= MAX_LENGTH))].slice(0, MAX_VALUES),
    set: (key, value) => params.set(prefix + key, value),
    append: (key, value) => params.append(prefix + key, value),
  };
}

/**
 * Reads a viewer's state from query parameters under a prefix. Parameters without the prefix are
 * the host's and ignored; a value that is not valid (an unknown kind or preset, a time that is
 * not RFC 3339, an overlong value) is dropped, never thrown: a link is untrusted input.
 */
export function readUrlState(params: URLSearchParams, prefix = DEFAULT_URL_PREFIX): AuditLogUrlState {
  const url = prefixed(params, prefix);
  const filter: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = URL_CODECS[field.key].read(url);
    if (value !== undefined) filter[field.key] = value;
  }
  const sort = url.one('sort');
  if (sort === 'oldest' || sort === 'newest') filter.sort = sort;
  const size = url.one('size');
  const pageSize = size && /^\d{1,4}$/.test(size) ? Number(size) : undefined;
  const eventId = url.one('open');
  // One parameter per column, in order: a host's column id may hold any character.
  const columns = url.all('col').slice(0, MAX_COLUMNS);
  const times = url.one('times');
  return {
    filter: filter as AuditLogFilter,
    ...(pageSize ? { pageSize } : {}),
    ...(eventId && EVENT_ID.test(eventId) ? { eventId } : {}),
    ...(columns.length ? { columns } : {}),
    ...(times === 'relative' || times === 'absolute' ? { timeFormat: times } : {}),
  };
}

/**
 * Writes a viewer's state into query parameters under a prefix: the viewer's own parameters are
 * replaced, every other parameter (the host's) is kept as it was, in its order.
 */
export function writeUrlState(params: URLSearchParams, state: AuditLogUrlState, prefix = DEFAULT_URL_PREFIX): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of params) if (!key.startsWith(prefix)) out.append(key, value);
  const url = prefixed(out, prefix);
  const { filter, pageSize } = state;
  for (const field of FIELDS) {
    const value = activeValue(filter, field);
    if (value !== undefined) URL_CODECS[field.key].write(value, url);
  }
  if (filter.sort && filter.sort !== 'newest') url.set('sort', filter.sort);
  if (pageSize) url.set('size', String(pageSize));
  if (state.eventId) url.set('open', state.eventId);
  for (const id of state.columns ?? []) url.append('col', id);
  if (state.timeFormat) url.set('times', state.timeFormat);
  return out;
}
