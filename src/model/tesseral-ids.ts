// Tesseral's id format (internal/store/idformat, ssoready/prettyuuid): a prefix and 25 lowercase
// base36 digits of a 128-bit UUID. Audit-log event ids are UUIDv7s of the event time
// (internal/uuidv7: the first 48 bits are the Unix milliseconds), so id order is time order.

const UUID_DIGITS = 25;
// The largest 128-bit value in base36: digits are fixed-width, so text order is value order.
const MAX_UUID = 'f5lxx1zz5pnorynqglhzmsp33';
const DIGITS = /^[0-9a-z]+$/;

/**
 * Whether `text` is a well-formed id of a prefix (`user_`, `org_`, …): the prefix, 25 base36
 * digits, a value that fits 128 bits. prettyuuid panics on a 25-digit value above 2^128-1
 * (prettyuuid.go:102-105); here it is simply not an id.
 */
export function isTesseralId(text: unknown, prefix: string): text is string {
  if (typeof text !== 'string' || !text.startsWith(prefix) || text.length !== prefix.length + UUID_DIGITS) return false;
  const digits = text.slice(prefix.length);
  return DIGITS.test(digits) && digits <= MAX_UUID;
}

/** The epoch milliseconds an `audit_log_event_…` id encodes (its UUIDv7's first 48 bits), or `null`. */
export function eventIdMillis(id: string): number | null {
  if (!isTesseralId(id, 'audit_log_event_')) return null;
  let value = 0n;
  for (const ch of id.slice('audit_log_event_'.length)) value = value * 36n + BigInt(parseInt(ch, 36));
  if (((value >> 76n) & 0xfn) !== 7n) return null; // not a version 7 UUID: no time in it
  return Number(value >> 80n);
}
