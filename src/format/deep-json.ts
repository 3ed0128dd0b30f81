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
