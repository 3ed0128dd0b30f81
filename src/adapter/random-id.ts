/**
 * A random hex id for cache keys. `crypto.getRandomValues` works on plain-HTTP pages too, where
 * `crypto.randomUUID` does not exist.
 */
export function randomId(bytes = 8): string {
  const buffer = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buffer);
  return Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('');
}
