import type { Random } from './random.js';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += HEX[b];
  return s;
}

/** 128 bits in base36 are at most 25 digits; padding keeps text order equal to numeric order. */
function base36(bytes: Uint8Array): string {
  return BigInt(`0x${toHex(bytes)}`).toString(36).padStart(25, '0');
}

/** A Tesseral-style id: `<prefix>_<base36 of a random UUIDv4>`, e.g. `user_4x…`. */
export function tesseralId(prefix: string, random: Random): string {
  const bytes = random.bytes(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return `${prefix}_${base36(bytes)}`;
}

/**
 * An audit-log event id as Tesseral makes it: a UUIDv7 of the event time (48-bit milliseconds
 * first), in base36, so that id order is time order.
 */
export function auditLogEventId(timeMs: number, random: Pick<Random, 'bytes'>): string {
  const bytes = random.bytes(16);
  let t = timeMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = t % 256;
    t = Math.floor(t / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return `audit_log_event_${base36(bytes)}`;
}

/** Random base64 text of `n` bytes (credential ids, certificates). */
export function base64Of(random: Random, n: number): string {
  let binary = '';
  for (const b of random.bytes(n)) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Random lowercase hex of `n` bytes. */
export function hexOf(random: Random, n: number): string {
  return toHex(random.bytes(n));
}
