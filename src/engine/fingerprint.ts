/**
 * A fast 106-bit fingerprint of a text (two 53-bit cyrb53 lanes), in its own module so that
 * using it does not bundle the SHA-256 code. For a filter it only has to tell filters apart: the
 * cursor's HMAC, not this hash, is what makes a token unforgeable (a SHA-256 here cost a first
 * page about 10 ms of warm-up in the browser). For the Tesseral adapter's id it keeps the access
 * token out of cache keys.
 */
export function fingerprint(text: string): string {
  const lane = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  };
  return `${lane(1)}.${lane(2)}`;
}
