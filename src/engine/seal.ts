import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { constantTimeEqual } from './constant-time.js';

const NONCE = 24;
const TAG = 16;

function keystream(key: Uint8Array, nonce: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let block = 0; block * 32 < length; block++) {
    const input = new Uint8Array(NONCE + 5);
    input[0] = 0x65; // "e": encryption blocks, never confused with the tag's input
    input.set(nonce, 1);
    new DataView(input.buffer).setUint32(NONCE + 1, block);
    out.set(hmac(sha256, key, input).subarray(0, Math.min(32, length - block * 32)), block * 32);
  }
  return out;
}

function tag(key: Uint8Array, sealed: Uint8Array): Uint8Array {
  const input = new Uint8Array(sealed.length + 1);
  input[0] = 0x74; // "t"
  input.set(sealed, 1);
  return hmac(sha256, key, input).subarray(0, TAG);
}

/**
 * Seals bytes so that a client can hold them but neither read nor change them: a random 24-byte
 * nonce, the bytes XOR an HMAC-SHA256 keystream, and an HMAC-SHA256 tag over both
 * (encrypt-then-MAC). Synchronous and dependency-free beyond the hashes, in every runtime. Page
 * tokens and cursors are made with it.
 */
export function sealBytes(key: Uint8Array, plain: Uint8Array): Uint8Array {
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE));
  const stream = keystream(key, nonce, plain.length);
  const out = new Uint8Array(NONCE + plain.length + TAG);
  out.set(nonce);
  for (let i = 0; i < plain.length; i++) out[NONCE + i] = plain[i]! ^ stream[i]!;
  out.set(tag(key, out.subarray(0, NONCE + plain.length)), NONCE + plain.length);
  return out;
}

/** The bytes {@link sealBytes} sealed with this key, or `null` for anything else. */
export function openBytes(key: Uint8Array, sealed: Uint8Array): Uint8Array | null {
  if (sealed.length <= NONCE + TAG) return null;
  const body = sealed.subarray(0, sealed.length - TAG);
  const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  if (!constantTimeEqual(hex(sealed.subarray(sealed.length - TAG)), hex(tag(key, body)))) return null;
  const stream = keystream(key, body.subarray(0, NONCE), body.length - NONCE);
  return body.subarray(NONCE).map((b, i) => b ^ stream[i]!);
}
