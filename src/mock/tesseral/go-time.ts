// RFC 3339 as Go reads it for a protobuf Timestamp (protojson: time.Parse(time.RFC3339Nano, s),
// then years 1 to 9999 only; protobuf-go well_known_types.go:802-817): an upper-case `T`, a `Z`
// or a ±hh:mm offset, one to nine fractional digits, and every field in its range, so that
// February 30 or 24:00 is an error instead of a day in March.

import { isRfc3339 } from '../../model/validate.js';

// Upper-case T and Z only, as Go's layout has them; the ranges are checked by isRfc3339.
const SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Whether a text is a Timestamp Tesseral's API accepts. The accepted text is used as it is (the
 * engine reads offsets and up to six fractional digits itself).
 */
export function isGoTimestamp(text: string): boolean {
  if (!SHAPE.test(text) || !isRfc3339(text)) return false;
  const utcYear = new Date(Date.parse(text)).getUTCFullYear();
  return utcYear >= 1 && utcYear <= 9999;
}
