import { utf8ToBytes } from '@noble/hashes/utils.js';
import { openBytes, sealBytes } from '../../engine/seal.js';

const MAX_ID = 256;

// Tesseral seals the row id to continue from (a JSON uuid string) with NaCl secretbox under a
// random 24-byte nonce and writes it as padded URL-safe base64 (pagetoken.go:18-31). The mock
// keeps the layout and the guarantees (opaque, tamper-evident, different on every call) with the
// engine's seal (src/engine/seal.ts).

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}

function fromBase64(text: string): Uint8Array | null {
  // Go's base64.URLEncoding: the URL alphabet, padded to a multiple of four.
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // Only the one spelling of these bytes: an edit of the unused low bits of the last character
  // (which Go's lenient decoder ignores) is an edited token too.
  return toBase64(bytes) === text ? bytes : null;
}

const TESSERAL_ID = /^([a-z_]+?_)([0-9a-z]{25})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The UUID of a Tesseral id's 25 base36 digits, as Go's uuid.UUID marshals to JSON. */
function toUuid(digits: string): string | null {
  let value = 0n;
  for (const ch of digits) value = value * 36n + BigInt(parseInt(ch, 36));
  if (value >> 128n) return null;
  const hex = value.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function fromUuid(uuid: string, prefix: string): string {
  return `${prefix}${BigInt(`0x${uuid.replace(/-/g, '')}`).toString(36).padStart(25, '0')}`;
}

/**
 * Page tokens as Tesseral's: they carry only the position (the id of the first row of the next
 * page), not the filters, so a token resent with other filters continues from that position in
 * the new result. The key is random per mock server unless given.
 */
export class PageTokens {
  private readonly key: Uint8Array;

  constructor(key?: Uint8Array) {
    this.key = key ?? globalThis.crypto.getRandomValues(new Uint8Array(32));
  }

  /**
   * A fresh token for the row to continue from. A Tesseral id is sealed as its UUID, as Tesseral
   * does (so the token has Tesseral's length, 104 characters); any other id as it is.
   */
  seal(id: string): string {
    const match = TESSERAL_ID.exec(id);
    const uuid = match ? toUuid(match[2]!) : null;
    return toBase64(sealBytes(this.key, utf8ToBytes(JSON.stringify(uuid ?? id))));
  }

  /**
   * The id a token carries, or `null` for anything this server did not issue. The list reading
   * it says what kind of id it is (`prefix`), as a Tesseral list knows which table it pages.
   */
  open(token: string, prefix: string): string | null {
    if (token.length > 4 * Math.ceil((24 + MAX_ID + 2 + 16) / 3)) return null;
    const bytes = fromBase64(token);
    const plain = bytes && openBytes(this.key, bytes);
    if (!plain) return null;
    try {
      const id: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
      if (typeof id !== 'string' || id === '') return null;
      return UUID.test(id) ? fromUuid(id, prefix) : id;
    } catch {
      return null;
    }
  }
}
