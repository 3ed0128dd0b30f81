import { auditLogEventId } from '../mock/ids.js';

/** The platform's cryptographic source, in the shape the id maker takes. */
const CRYPTO_BYTES = { bytes: (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n)) };

/**
 * A new event id as Tesseral makes one: `audit_log_event_` and a UUIDv7 of the event time in
 * base36 (ids in time order), its random bits from `crypto.getRandomValues`.
 */
export function newEventId(timeMs: number): string {
  return auditLogEventId(timeMs, CRYPTO_BYTES);
}
