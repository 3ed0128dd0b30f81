import { stringifyDeep } from './deep-json.js';

// The rest of the stack-safe JSON helpers (see deep-json.ts): comparing, measuring depth and
// indenting for a person. Only the details panel and the diff use them, and they load on first
// use: apart from deep-json.ts, whose writer the table needs, so that the first rows pay nothing for them.

/** Nesting past which {@link prettyJson} writes compact JSON. */
const PRETTY_DEPTH = 64;

/**
 * JSON indented by two spaces for a person to read or paste, or compact when the value nests
 * deeper than 64 levels: indentation grows with depth, and 10,000 levels would need gigabytes.
 */
export function prettyJson(value: unknown): string {
  return stringifyDeep(value, depthOf(value) > PRETTY_DEPTH ? 0 : 2);
}

/** Whether two JSON values are equal (objects' keys in any order), at any depth. */
export function sameDeep(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const ys = y as unknown[];
      if (x.length !== ys.length) return false;
      x.forEach((item, i) => stack.push([item, ys[i]]));
      continue;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    const keys = new Set([...Object.keys(xo), ...Object.keys(yo)]);
    for (const key of keys) stack.push([xo[key], yo[key]]);
  }
  return true;
}

/** How deep a value nests (a scalar is 0, `{}` is 1), counted without recursion. */
export function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, d + 1);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}
