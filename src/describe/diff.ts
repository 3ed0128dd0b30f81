import { sameDeep } from '../format/deep-walk.js';
import { describeEventName, type AuditLogSnapshotPair } from '../model/catalogue.js';
import type { AuditLogEvent } from '../model/event.js';

/** How one field differs between the state before and after. */
export type DiffKind = 'changed' | 'added' | 'removed' | 'unchanged';

/** One field of a before/after comparison. */
export interface DiffEntry {
  /** Keys (and array indexes) from the snapshot's root, e.g. `['user', 'displayName']`. */
  path: readonly (string | number)[];
  kind: DiffKind;
  /** The value before (absent for `added`). */
  before?: unknown;
  /** The value after (absent for `removed`). */
  after?: unknown;
  /** Set where the values nest deeper than the diff goes (32 levels): they are compared as a whole. */
  whole?: true;
}

/** A before/after pair found in an event's details, and how they differ. */
export interface SnapshotDiff {
  pair: AuditLogSnapshotPair;
  entries: DiffEntry[];
}

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: Json) => v === null || typeof v !== 'object';

/**
 * The protojson default of a value's type: Tesseral omits a field that is false, empty or zero,
 * so a missing key stands for this default when the other side has the field.
 */
function protoDefault(other: Json): Json {
  if (typeof other === 'boolean') return false;
  if (typeof other === 'string') return '';
  if (typeof other === 'number') return 0;
  if (Array.isArray(other)) return [];
  return undefined;
}

// Equality at any depth: past the walk's depth limit a whole subtree is compared at once.
const same = sameDeep;

/** Arrays of scalars (domains, actions) read as sets: which values came and went. */
function diffScalarArrays(path: (string | number)[], before: Json[], after: Json[], out: DiffEntry[]): void {
  const had = new Set(before.map((v) => JSON.stringify(v)));
  const has = new Set(after.map((v) => JSON.stringify(v)));
  before.forEach((v, i) => out.push(has.has(JSON.stringify(v)) ? { path: [...path, i], kind: 'unchanged', before: v, after: v } : { path: [...path, i], kind: 'removed', before: v }));
  after.forEach((v, i) => {
    if (!had.has(JSON.stringify(v))) out.push({ path: [...path, i], kind: 'added', after: v });
  });
}

/** Levels the diff walks into; deeper values are compared (and shown) whole. */
const MAX_DIFF_DEPTH = 32;

function walk(path: (string | number)[], before: Json, after: Json, out: DiffEntry[], depth: number): void {
  if (depth > MAX_DIFF_DEPTH) {
    out.push({ path, kind: same(before, after) ? 'unchanged' : 'changed', before, after, whole: true });
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      const inBefore = Object.hasOwn(before, key);
      const inAfter = Object.hasOwn(after, key);
      if (inBefore && inAfter) walk([...path, key], before[key], after[key], out, depth + 1);
      else if (inAfter) {
        const fallback = protoDefault(after[key]);
        if (fallback !== undefined) walk([...path, key], fallback, after[key], out, depth + 1);
        else out.push({ path: [...path, key], kind: 'added', after: after[key] });
      } else {
        const fallback = protoDefault(before[key]);
        if (fallback !== undefined) walk([...path, key], before[key], fallback, out, depth + 1);
        else out.push({ path: [...path, key], kind: 'removed', before: before[key] });
      }
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if ([...before, ...after].every(isScalar)) return diffScalarArrays(path, before, after, out);
    // Arrays of objects are compared element by element, by position.
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) {
      if (i >= before.length) out.push({ path: [...path, i], kind: 'added', after: after[i] });
      else if (i >= after.length) out.push({ path: [...path, i], kind: 'removed', before: before[i] });
      else walk([...path, i], before[i], after[i], out, depth + 1);
    }
    return;
  }
  out.push(same(before, after) ? { path, kind: 'unchanged', before, after } : { path, kind: 'changed', before, after });
}

/**
 * Compares two states field by field: nested objects by key, arrays of values as sets, arrays
 * of objects by position; a field missing on one side counts as its protojson default (false,
 * "", 0, []) when the other side has it, so `revoked` going from absent to `true` is a change,
 * not an addition. Unchanged fields are listed too (the panel folds them).
 */
export function diffValues(before: unknown, after: unknown): DiffEntry[] {
  const out: DiffEntry[] = [];
  walk([], before, after, out, 0);
  return out;
}

const PREVIOUS = /^previous([A-Z].*)$/;

/**
 * The before/after pairs of an event: the catalogue's for Tesseral's events; for any other event,
 * every `previousX` key with an `x` beside it (`previousInvoice` and `invoice`).
 */
export function snapshotPairs(event: AuditLogEvent): AuditLogSnapshotPair[] {
  const details = event.eventDetails ?? {};
  const known = describeEventName(event.eventName);
  if (known.builtIn) return known.snapshots.filter((p) => Object.hasOwn(details, p.current) || Object.hasOwn(details, p.previous));
  const pairs: AuditLogSnapshotPair[] = [];
  for (const key of Object.keys(details)) {
    const m = PREVIOUS.exec(key);
    if (!m) continue;
    const current = m[1]![0]!.toLowerCase() + m[1]!.slice(1);
    if (Object.hasOwn(details, current)) pairs.push({ current, previous: key });
  }
  return pairs;
}

/** Every before/after pair of an event with its field-level diff. */
export function diffEvent(event: AuditLogEvent): SnapshotDiff[] {
  const details = event.eventDetails ?? {};
  return snapshotPairs(event).map((pair) => ({ pair, entries: diffValues(details[pair.previous] ?? protoDefault(details[pair.current]) ?? {}, details[pair.current] ?? protoDefault(details[pair.previous]) ?? {}) }));
}
