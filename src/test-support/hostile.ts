// Hostile text for the bidi probes: a right-to-left override and an unclosed embedding, which
// would reorder whatever follows them unless the value is isolated.

/** A string that reorders what follows it unless isolated. */
export const HOSTILE = '\u202Egro.live\u202B';

/** Every string in a JSON value (keys kept) replaced by {@link HOSTILE} + the string. */
export function poisonStrings<T>(value: T): T {
  if (typeof value === 'string') return (HOSTILE + value) as T;
  if (Array.isArray(value)) return value.map(poisonStrings) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisonStrings(v)])) as T;
  return value;
}

/**
 * The text of a sentence outside its isolates (FSI/LRI/RLI … PDI): what a control character
 * inside an isolate cannot reorder. Unbalanced isolates count as open to the end.
 */
export function outsideIsolates(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '\u2066' || c === '\u2067' || c === '\u2068') depth++;
    else if (c === '\u2069') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** Bidi embeddings and overrides, which must never stand outside an isolate. */
export const EMBEDDINGS = /[\u202A-\u202E]/;
