// JSON helpers that never overflow the stack. Event details are written by other people's code and
// may nest thousands of levels deep; `JSON.stringify` and a recursive comparison throw "Maximum
// call stack size exceeded" at about 5,000 levels in V8. These keep the native, fast path for the
// usual case and fall back to an explicit stack.

type Frame =
  | { kind: 'value'; value: unknown; indent: string }
  | { kind: 'text'; text: string };

/** `JSON.stringify(value, null, space)` for values of any depth (same output; `undefined` members left out as it does). */
export function stringifyDeep(value: unknown, space = 0): string {
  try {
    return JSON.stringify(value, null, space) ?? 'null';
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  return stringifyByStack(value, space);
}

/** Nesting past which {@link prettyJson} writes compact JSON. */
const PRETTY_DEPTH = 64;

/**
 * JSON indented by two spaces for a person to read or paste, or compact when the value nests
 * deeper than 64 levels: indentation grows with depth, and 10,000 levels would need gigabytes.
 */
export function prettyJson(value: unknown): string {
  return stringifyDeep(value, depthOf(value) > PRETTY_DEPTH ? 0 : 2);
}

/** The explicit-stack writer behind {@link stringifyDeep} (exported for its tests). */
export function stringifyByStack(value: unknown, space = 0): string {
  const step = ' '.repeat(space);
  const nl = space ? '\n' : '';
  const out: string[] = [];
  const stack: Frame[] = [{ kind: 'value', value, indent: '' }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.kind === 'text') {
      out.push(frame.text);
      continue;
    }
    const { value: v, indent } = frame;
    if (v === null || typeof v !== 'object') {
      out.push(JSON.stringify(v) ?? 'null');
      continue;
    }
    const inner = indent + step;
    const members: Frame[] = [];
    if (Array.isArray(v)) {
      if (v.length === 0) {
        out.push('[]');
        continue;
      }
      out.push('[');
      v.forEach((item, i) => {
        members.push({ kind: 'text', text: `${i ? ',' : ''}${nl}${inner}` });
        members.push(item === undefined || typeof item === 'function' ? { kind: 'text', text: 'null' } : { kind: 'value', value: item, indent: inner });
      });
      members.push({ kind: 'text', text: `${nl}${indent}]` });
    } else {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function');
      if (entries.length === 0) {
        out.push('{}');
        continue;
      }
      out.push('{');
      entries.forEach(([key, item], i) => {
        members.push({ kind: 'text', text: `${i ? ',' : ''}${nl}${inner}${JSON.stringify(key)}:${space ? ' ' : ''}` });
        members.push({ kind: 'value', value: item, indent: inner });
      });
      members.push({ kind: 'text', text: `${nl}${indent}}` });
    }
    for (let i = members.length - 1; i >= 0; i--) stack.push(members[i]!);
  }
  return out.join('');
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
