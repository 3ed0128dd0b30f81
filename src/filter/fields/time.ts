import { parseInstant } from '../../model/instant.js';
import { isRfc3339 } from '../../model/validate.js';
import { badFilter, type AuditLogFilterChipText, type AuditLogFilterField, type AuditLogFilterUrlCodec } from '../field.js';

/** The relative ranges a person can pick; they stay relative (re-evaluated on each refresh). */
export const TIME_PRESETS = ['15m', '1h', '24h', '7d', '30d', '90d'] as const;

/** One of {@link TIME_PRESETS}: the last 15 minutes, hour, 24 hours, 7, 30 or 90 days. */
export type AuditLogTimePreset = (typeof TIME_PRESETS)[number];

/** Milliseconds each preset reaches back. */
export const PRESET_MS: Readonly<Record<AuditLogTimePreset, number>> = {
  '15m': 15 * 60_000,
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
  '90d': 90 * 86_400_000,
};

/**
 * A time filter: relative (`{ last: '7d' }`: up to now, whenever "now" is) or absolute (exact
 * RFC 3339 instants, inclusive, either end open).
 */
export type AuditLogTimeFilter = { last: AuditLogTimePreset } | { start?: string; end?: string };

/** Whether a time filter is a relative preset. */
export function isRelative(time: AuditLogTimeFilter | undefined): time is { last: AuditLogTimePreset } {
  return time !== undefined && 'last' in time;
}

/** The words for a time filter ("Last 7 days", "2025-07-01 10:00:00 UTC → …"), for the button and chips. */
export function timeFilterText(time: AuditLogTimeFilter | undefined, { messages, formatTime }: AuditLogFilterChipText): string | undefined {
  if (!time) return undefined;
  if (isRelative(time)) return messages.timePreset(time.last);
  if (!time.start && !time.end) return undefined;
  return messages.timeBetween(time.start ? formatTime(time.start) : null, time.end ? formatTime(time.end) : null);
}

function instant(value: unknown, field: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  if (!isRfc3339(value)) {
    throw badFilter(`filter.timeRange.${field} must be an RFC 3339 time such as 2025-07-01T17:04:12Z, got ${JSON.stringify(value)}.`);
  }
  return parseInstant(value);
}

/** When: a relative preset, or an inclusive range of instants (the adapter's `timeRange`). */
export const TIME_FIELD: AuditLogFilterField<'time', AuditLogTimeFilter> = {
  key: 'time',
  control: 'time',
  isActive: (value) => isRelative(value) || Boolean(value.start || value.end),
  fit: (value, capabilities) => (capabilities.timeRange ? { value } : { value: undefined, refusal: 'This backend cannot filter by time.' }),
  toList(value, list, now) {
    // A relative range becomes exact instants from `now` back, kept for every page of the result.
    if (isRelative(value)) list.timeRange = { start: new Date(now - PRESET_MS[value.last]).toISOString(), end: new Date(now).toISOString() };
    else list.timeRange = { ...(value.start ? { start: value.start } : {}), ...(value.end ? { end: value.end } : {}) };
    return true;
  },
  chips: (value, text) => [{ key: 'time', text: text.messages.chip(text.messages.timeRange, timeFilterText(value, text)!), without: undefined }],
  list: { key: 'timeRange' },
};

/** The backend's check of `filter.timeRange`, naming what is wrong. */
export function checkTimeRange(raw: unknown): unknown {
  const range = (raw ?? {}) as { start?: unknown; end?: unknown };
  const start = instant(range.start, 'start');
  const end = instant(range.end, 'end');
  if (start !== null && end !== null && start > end) throw badFilter('filter.timeRange.start is after filter.timeRange.end.');
  return { start, end };
}

/** How `time` is written in a URL (see `readUrlState`): links are untrusted, so what cannot be read is dropped. */
export const TIME_URL: AuditLogFilterUrlCodec<AuditLogTimeFilter> = {
  read(params) {
    const last = params.one('last');
    if (last && (TIME_PRESETS as readonly string[]).includes(last)) return { last: last as AuditLogTimePreset };
    const from = params.one('from');
    const to = params.one('to');
    const start = from && isRfc3339(from) ? from : undefined;
    const end = to && isRfc3339(to) ? to : undefined;
    if (!start && !end) return undefined;
    // A range that ends before it starts is a broken link, not a filter.
    if (start && end && Date.parse(start) > Date.parse(end)) return undefined;
    return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  },
  write(value, params) {
    if (isRelative(value)) return params.set('last', value.last);
    if (value.start) params.set('from', value.start);
    if (value.end) params.set('to', value.end);
  },
};
