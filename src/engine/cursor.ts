import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AuditLogError } from '../errors.js';
import type { AuditLogSort } from '../model/event.js';
import { base64UrlToBytes, bytesToBase64Url } from './base64url.js';
import { openBytes, sealBytes } from './seal.js';

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
  v: 2;
  o: 'n' | 'o';
  t: number;
  i: string;
  s: number;
  f: string;
}

/** The one error for every bad token, worded as Tesseral words it. */
export function invalidCursor(): AuditLogError {
  return new AuditLogError('invalid_cursor', 'invalid pagination token', { status: 400 });
}

/** A short, stable hash of a text (SHA-256, first 12 bytes, hex), for values that must not be guessable. */
export function hashText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)).subarray(0, 12));
}

export { fingerprint } from './fingerprint.js';

/** Payloads are padded to a multiple of this many bytes, so a token's length says nothing either. */
const BLOCK = 64;

/**
 * Seals and opens page tokens. A token is the cursor's position, sealed (src/engine/seal.ts) with a
 * key that belongs to one engine: clients can neither read it (it holds an event id and the scope's
 * snapshot: how many events that organization had) nor edit it, and a token made up, edited, or
 * issued by another engine (another server, another demo tab) fails instead of returning a wrong
 * page. Payloads are padded to whole blocks.
 */
export class CursorCodec {
  private readonly key: Uint8Array;

  /** @param secret the key; random when omitted (tokens then die with the engine) */
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
      v: 2,
      o: position.sort === 'newest' ? 'n' : 'o',
      t: position.time,
      i: position.id,
      s: position.snapshot,
      f: position.filterHash,
    };
    const text = JSON.stringify(payload);
    // Trailing spaces: JSON.parse reads past them.
    return bytesToBase64Url(sealBytes(this.key, utf8ToBytes(text.padEnd(Math.ceil(text.length / BLOCK) * BLOCK, ' '))));
  }

  /**
   * Reads a token made by {@link encode}. Throws `invalid_cursor` when it was not sealed with this
   * engine's key, or when it was made for another filter or sort than `expected`.
   */
  decode(token: string, expected: { sort: AuditLogSort; filterHash: string }): CursorPosition {
    const position = this.read(token);
    if (!position || position.sort !== expected.sort || position.filterHash !== expected.filterHash) throw invalidCursor();
    return position;
  }

  /**
   * What a token made by {@link encode} holds, without checking which query it belongs to, or
   * `null`: for the server's own logs and tests. Serving a page must go through {@link decode}.
   */
  read(token: string): CursorPosition | null {
    if (token.length > 2048) return null;
    const bytes = base64UrlToBytes(token);
    // Only the one spelling of these bytes: an edit of the unused low bits of the last character is an edit too.
    const plain = bytes && bytesToBase64Url(bytes) === token ? openBytes(this.key, bytes) : null;
    if (!plain) return null;
    let payload: Payload;
    try {
      payload = JSON.parse(new TextDecoder().decode(plain)) as Payload;
    } catch {
      return null;
    }
    if (payload.v !== 2) return null;
    return { sort: payload.o === 'n' ? 'newest' : 'oldest', time: payload.t, id: payload.i, snapshot: payload.s, filterHash: payload.f };
  }
}
