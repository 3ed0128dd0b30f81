import { AuditLogError } from '../errors.js';
import { instantOfWallClock, wallClockIn } from '../format/wall-clock.js';

import type { AuditLogHistogramBucket, AuditLogHistogramInterval } from '../model/aggregate.js';

/** A histogram's bucket size: a number of minutes, hours or days. */
export type HistogramInterval = AuditLogHistogramInterval;

/** At most this many bars: enough to see a shape, few enough to read each one aloud. */
export const MAX_BUCKETS = 60;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The sizes a histogram picks from, smallest first: minutes to days, each a wall-clock unit. */
const LADDER: readonly HistogramInterval[] = [
  { unit: 'minute', size: 1 },
  { unit: 'minute', size: 5 },
  { unit: 'minute', size: 10 },
  { unit: 'minute', size: 15 },
  { unit: 'minute', size: 30 },
  { unit: 'hour', size: 1 },
  { unit: 'hour', size: 2 },
  { unit: 'hour', size: 3 },
  { unit: 'hour', size: 6 },
  { unit: 'hour', size: 12 },
  { unit: 'day', size: 1 },
  { unit: 'day', size: 2 },
  { unit: 'day', size: 7 },
  { unit: 'day', size: 14 },
  { unit: 'day', size: 30 },
];

function lengthOf(interval: HistogramInterval): number {
  return interval.size * (interval.unit === 'minute' ? MINUTE : interval.unit === 'hour' ? HOUR : DAY);
}

/** Checks an IANA zone name (or "UTC"); a bad one is the caller's mistake, never a 500. */
export function checkTimeZone(zone: unknown): string {
  if (zone === undefined) return 'UTC';
  if (typeof zone !== 'string' || zone.length > 64) throw new AuditLogError('invalid_request', 'timeZone must be an IANA time zone name such as "Europe/Paris".', { status: 400 });
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new AuditLogError('invalid_request', `timeZone ${JSON.stringify(zone)} is not a known IANA time zone.`, { status: 400 });
  }
  return zone;
}

/** The smallest interval of the ladder that covers `[start, end]` in at most {@link MAX_BUCKETS} bars. */
export function chooseInterval(start: number, end: number): HistogramInterval {
  const span = Math.max(end - start, 1);
  // Two bars of room: the first edge is floored to the clock, and the last bar holds the end.
  for (const interval of LADDER) if (span / lengthOf(interval) <= MAX_BUCKETS - 2) return interval;
  // Past the ladder: whole multiples of 30 days (a range of years).
  return { unit: 'day', size: 30 * Math.ceil(span / (30 * DAY) / (MAX_BUCKETS - 1)) };
}

/**
 * The bucket edges that cover `[start, end]` (inclusive ms) in a zone, aligned on its wall clock:
 * minutes and hours on the zone's clock at the first edge, days on its midnights (each day as
 * long as the zone's clocks make it, so a day of a daylight-saving change still starts at 00:00).
 * `edges[i]` to `edges[i + 1]` is bucket i, start inclusive.
 */
export function bucketEdges(start: number, end: number, interval: HistogramInterval, zone: string): number[] {
  const read = wallClockIn(zone);
  const first = read(start);
  const edges: number[] = [];
  if (interval.unit === 'day') {
    let day = Date.UTC(first.year, first.month - 1, first.day);
    for (;;) {
      const date = new Date(day);
      const edge = instantOfWallClock(zone, { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 0, minute: 0, second: 0 });
      edges.push(edge);
      if (edge > end) break;
      day += interval.size * DAY;
    }
    return edges;
  }
  const step = lengthOf(interval);
  // The zone's offset at the start, in whole ms: floor the wall clock, not UTC (India is +5:30).
  const offset = Date.UTC(first.year, first.month - 1, first.day, first.hour, first.minute, first.second) - Math.floor(start / 1000) * 1000;
  let edge = Math.floor((start + offset) / step) * step - offset;
  for (;;) {
    edges.push(edge);
    if (edge > end) break;
    edge += step;
  }
  return edges;
}

/**
 * A histogram's bars: `counts[i]` between `edges[i]` and `edges[i + 1]`. Where a walk newest first
 * stopped at its cap (`reach`: the time of the first entry it did not count), only the bars wholly
 * newer than the reach are exact: the older ones are left out and the answer is not complete.
 */
export function barsOf(edges: readonly number[], counts: readonly number[], reach: number | null = null): { buckets: AuditLogHistogramBucket[]; complete: boolean } {
  const bar = (i: number) => ({ start: new Date(edges[i]!).toISOString(), end: new Date(edges[i + 1]!).toISOString(), count: counts[i]! });
  if (reach === null) return { buckets: counts.map((_, i) => bar(i)), complete: true };
  const whole = edges.findIndex((edge) => edge > reach);
  return { buckets: whole === -1 ? [] : counts.map((_, i) => i).filter((i) => i >= whole).map(bar), complete: false };
}
