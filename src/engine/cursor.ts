import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AuditLogError } from '../errors.js';
import type { AuditLogSort } from '../model/event.js';
import { base64UrlToBytes, bytesToBase64Url } from './base64url.js';
import { constantTimeEqual } from './constant-time.js';

/** Where a page ended, and the query and snapshot it belongs to. */
export interface CursorPosition {
  /** The sort of the query. */
  sort: AuditLogSort;
  /** Time (epoch ms) of the last event returned. */
  time: number;
  /** Id of the last event returned. */
  id: string;
  /** The store's sequence number at the first page: later inserts stay out of this result. */
  snapshot: number;
  /** Hash of the normalized filter and scope the cursor was made for. */
  filterHash: string;
}

interface Payload {
  v: 1;
  o: 'n' | 'o';
  t: number;
  i: string;
  s: number;
  f: string;
}

const MAC_BYTES = 16;

/** The one error for every bad token, worded as Tesseral words it. */
export function invalidCursor(): AuditLogError {
  return new AuditLogError('invalid_cursor', 'invalid pagination token', { status: 400 });
}

/** A short, stable hash of a text (SHA-256, first 12 bytes, hex), for values that must not be guessable. */
export function hashText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)).subarray(0, 12));
}

export { fingerprint } from './fingerprint.js';

/**
 * Signs and checks page tokens. A token is `base64url(payload).base64url(HMAC-SHA256)`, keyed by
 * a secret that belongs to one engine, so a token that was edited, made up, or issued by another
 * engine (another server, another demo tab) fails the check instead of returning a wrong page.
 * Tokens are opaque to clients but not secret: the payload is a position, never data.
 */
export class CursorCodec {
  private readonly key: Uint8Array;

  /** @param secret the HMAC key; random when omitted (tokens then die with the engine) */
  constructor(secret?: string | Uint8Array) {
    if (secret === undefined) {
      const key = new Uint8Array(32);
      globalThis.crypto.getRandomValues(key);
      this.key = key;
    } else {
      this.key = typeof secret === 'string' ? utf8ToBytes(secret) : secret;
    }
  }

  /** Makes a token for a position. */
  encode(position: CursorPosition): string {
    const payload: Payload = {
      v: 1,
      o: position.sort === 'newest' ? 'n' : 'o',
      t: position.time,
      i: position.id,
      s: position.snapshot,
      f: position.filterHash,
    };
    const body = bytesToBase64Url(utf8ToBytes(JSON.stringify(payload)));
    return `${body}.${this.sign(body)}`;
  }

  /**
   * Reads a token made by {@link encode}. Throws `invalid_cursor` when the signature does not
   * match, or when the token was made for another filter or sort than `expected`.
   */
  decode(token: string, expected: { sort: AuditLogSort; filterHash: string }): CursorPosition {
    const dot = token.indexOf('.');
    if (dot <= 0 || token.length > 2048) throw invalidCursor();
    const body = token.slice(0, dot);
    if (!constantTimeEqual(token.slice(dot + 1), this.sign(body))) throw invalidCursor();
    const bytes = base64UrlToBytes(body);
    if (!bytes) throw invalidCursor();
    let payload: Payload;
    try {
      payload = JSON.parse(new TextDecoder().decode(bytes)) as Payload;
    } catch {
      throw invalidCursor();
    }
    const sort: AuditLogSort = payload.o === 'n' ? 'newest' : 'oldest';
    if (payload.v !== 1 || sort !== expected.sort || payload.f !== expected.filterHash) throw invalidCursor();
    return { sort, time: payload.t, id: payload.i, snapshot: payload.s, filterHash: payload.f };
  }

  private sign(body: string): string {
    return bytesToBase64Url(hmac(sha256, this.key, utf8ToBytes(body)).subarray(0, MAC_BYTES));
  }
}
