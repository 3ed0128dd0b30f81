// RFC 3339 as Go reads it for a protobuf Timestamp (protojson: time.Parse(time.RFC3339Nano, s),
// then years 1 to 9999 only; protobuf-go well_known_types.go:802-817): an upper-case `T`, a `Z`
// or a ±hh:mm offset, one to nine fractional digits, and every field in its range, so that
// February 30 or 24:00 is an error instead of a day in March.

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whether a text is a Timestamp Tesseral's API accepts. The accepted text is used as it is (the
 * engine reads offsets and up to six fractional digits itself).
 */
export function isGoTimestamp(text: string): boolean {
  const m = SHAPE.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (m[8] && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  const utcYear = new Date(Date.parse(text)).getUTCFullYear();
  return utcYear >= 1 && utcYear <= 9999;
}
