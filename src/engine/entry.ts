import { deriveActor, type AuditLogActorKind } from '../model/actor.js';
import type { AuditLogEvent } from '../model/event.js';
import { parseInstant } from '../model/instant.js';

/** An event as the engine stores it: the event plus the fields every query compares. */
export interface Entry {
  /** The event itself, never copied. */
  readonly event: AuditLogEvent;
  /** `eventTime` in epoch milliseconds (with microseconds as a fraction). */
  readonly time: number;
  /** Insertion sequence number: a page token only sees entries inserted before its first page. */
  readonly seq: number;
  /** The derived actor kind. */
  readonly kind: AuditLogActorKind;
}

/** Makes an entry; `time` must already be validated. */
export function toEntry(event: AuditLogEvent, seq: number): Entry {
  return { event, time: parseInstant(event.eventTime), seq, kind: deriveActor(event).kind };
}

/** The sort key of an entry: time, then id, so that equal times still have one order. */
export function compareKey(aTime: number, aId: string, bTime: number, bId: string): number {
  if (aTime !== bTime) return aTime < bTime ? -1 : 1;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/** Compares two entries by their key (ascending: oldest first). */
export function compareEntries(a: Entry, b: Entry): number {
  return compareKey(a.time, a.event.id, b.time, b.event.id);
}

/** Index of the first entry whose key is not less than (time, id); `list.length` if none. */
export function lowerBound(list: readonly Entry[], time: number, id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const e = list[mid]!;
    if (compareKey(e.time, e.event.id, time, id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry whose key is greater than (time, id); `list.length` if none. */
export function upperBound(list: readonly Entry[], time: number, id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const e = list[mid]!;
    if (compareKey(e.time, e.event.id, time, id) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry at or after `time` (any id). */
export function firstAtOrAfter(list: readonly Entry[], time: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry strictly after `time` (any id). */
export function firstAfter(list: readonly Entry[], time: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.time <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
