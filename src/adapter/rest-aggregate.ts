import { AuditLogError } from '../errors.js';
import type { AuditLogFacets, AuditLogHistogram } from '../model/aggregate.js';
import { isPlainObject, isRfc3339 } from '../model/validate.js';

// The REST API's aggregate answers, read strictly (docs/rest-api.md): a bar or a count that
// cannot be read would draw a false picture, so a malformed answer is an error, not a guess.

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The most bars or facet values an answer may hold: past it the answer is malformed, not drawn. */
const MOST = 1000;

/** Reads `GET /events/histogram`'s answer. */
export function parseHistogram(body: unknown, what: string): AuditLogHistogram {
  const fail = (why: string) => new AuditLogError('malformed_response', `${what} failed: ${why}`);
  if (!isPlainObject(body) || !isPlainObject(body.interval) || !Array.isArray(body.buckets) || typeof body.complete !== 'boolean') throw fail('the answer is not {"interval": …, "buckets": […], "complete": true or false}.');
  const { unit, size } = body.interval;
  if ((unit !== 'minute' && unit !== 'hour' && unit !== 'day') || !isCount(size) || size === 0) throw fail('"interval" is not a number of minutes, hours or days.');
  if (body.buckets.length > MOST) throw fail(`more than ${MOST} buckets.`);
  const buckets = body.buckets.map((bucket, i) => {
    if (!isPlainObject(bucket) || !isRfc3339(bucket.start) || !isRfc3339(bucket.end) || !isCount(bucket.count) || Date.parse(bucket.end) <= Date.parse(bucket.start)) {
      throw fail(`buckets[${i}] is not {"start", "end" (RFC 3339, end after start), "count"}.`);
    }
    return { start: bucket.start, end: bucket.end, count: bucket.count };
  });
  return { interval: { unit, size }, buckets, complete: body.complete };
}

/** Reads `GET /events/facets`'s answer. */
export function parseFacets(body: unknown, what: string): AuditLogFacets {
  const fail = (why: string) => new AuditLogError('malformed_response', `${what} failed: ${why}`);
  if (!isPlainObject(body) || !Array.isArray(body.values) || typeof body.complete !== 'boolean' || typeof body.exact !== 'boolean') throw fail('the answer is not {"values": […], "complete" and "exact": true or false}.');
  if (body.values.length > MOST) throw fail(`more than ${MOST} values.`);
  const values = body.values.map((entry, i) => {
    if (!isPlainObject(entry) || typeof entry.value !== 'string' || !isCount(entry.count)) throw fail(`values[${i}] is not {"value": a string, "count": a whole number}.`);
    return { value: entry.value, count: entry.count };
  });
  return { values, complete: body.complete, exact: body.exact };
}
