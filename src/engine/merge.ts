import type { AuditLogSort } from '../model/event.js';
import { firstAfter, firstAtOrAfter, lowerBound, upperBound, type Entry } from './entry.js';

/** Where to start reading: strictly after this key, in the direction of the sort. */
export interface After {
  time: number;
  id: string;
}

/**
 * Walks the union of several key-ordered lists in one direction, within an inclusive time range
 * and strictly after a cursor key: a k-way merge that never copies a list. An entry that sits in
 * two lists (an event with two matching actor ids) comes out once.
 */
export class MergeWalker {
  private readonly lists: readonly (readonly Entry[])[];
  private readonly pos: number[];
  private readonly limit: number[];
  private readonly newest: boolean;
  private last: Entry | undefined;
  /** How many entries the lists hold inside the time range (an upper bound of what can come out). */
  readonly estimate: number;

  constructor(
    lists: readonly (readonly Entry[])[],
    sort: AuditLogSort,
    start: number | null,
    end: number | null,
    after: After | null,
  ) {
    this.lists = lists;
    this.newest = sort === 'newest';
    this.pos = [];
    this.limit = [];
    let estimate = 0;
    for (const list of lists) {
      const lo = start === null ? 0 : firstAtOrAfter(list, start);
      const hi = end === null ? list.length : firstAfter(list, end);
      estimate += Math.max(0, hi - lo);
      if (this.newest) {
        const from = after ? Math.min(hi, lowerBound(list, after.time, after.id)) : hi;
        this.pos.push(from - 1);
        this.limit.push(lo);
      } else {
        const from = after ? Math.max(lo, upperBound(list, after.time, after.id)) : lo;
        this.pos.push(from);
        this.limit.push(hi);
      }
    }
    this.estimate = estimate;
  }

  /** The next entry in sort order, or `undefined` when all lists are done. */
  next(): Entry | undefined {
    for (;;) {
      let best = -1;
      let bestEntry: Entry | undefined;
      for (let i = 0; i < this.lists.length; i++) {
        const p = this.pos[i]!;
        if (this.newest ? p < this.limit[i]! : p >= this.limit[i]!) continue;
        const entry = this.lists[i]![p]!;
        if (!bestEntry || this.before(entry, bestEntry)) {
          best = i;
          bestEntry = entry;
        }
      }
      if (!bestEntry) return undefined;
      this.pos[best] = this.pos[best]! + (this.newest ? -1 : 1);
      if (bestEntry === this.last) continue;
      this.last = bestEntry;
      return bestEntry;
    }
  }

  /** Whether `a` comes before `b` in the walk's direction. */
  private before(a: Entry, b: Entry): boolean {
    if (a.time !== b.time) return this.newest ? a.time > b.time : a.time < b.time;
    return this.newest ? a.event.id > b.event.id : a.event.id < b.event.id;
  }
}
