// What the contract checks are made of: ordering, paging a whole result, comparing events.
import type { AuditLogAdapter, AuditLogListRequest, AuditLogListResult } from '../adapter/types.js';
import { compareKey } from '../engine/entry.js';
import { AuditLogError } from '../errors.js';
import type { AuditLogActorKind } from '../model/actor.js';
import { ACTOR_ID_FIELDS, type AuditLogActorIdField, type AuditLogEvent, type AuditLogSort } from '../model/event.js';
import { parseInstant } from '../model/instant.js';
import type { AuditLogListFilter } from '../model/query.js';
import { parseEvent } from '../model/validate.js';
import { check, ContractViolation, rejection } from './assert.js';

/** Orders two events newest first: time, then id. */
const newest = (a: AuditLogEvent, b: AuditLogEvent) =>
  compareKey(parseInstant(b.eventTime), b.id, parseInstant(a.eventTime), a.id);

/** The events in the order a backend must list them. */
export function ordered(events: readonly AuditLogEvent[], sort: AuditLogSort): AuditLogEvent[] {
  const list = [...events].sort(newest);
  return sort === 'newest' ? list : list.reverse();
}

/** The actor id field of each kind a backend may never report (its `capabilities.hiddenActors`). */
const HIDDEN_FIELD: Partial<Record<AuditLogActorKind, AuditLogActorIdField>> = {
  scim_api_key: 'actorScimApiKeyId',
  backend_api_key: 'actorBackendApiKeyId',
};

/** Whether two JSON values are equal; object keys in any order (JSON objects are unordered). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The same event, field by field. The organization may be implicit (Tesseral's end-customer API),
 * the actor fields of kinds the backend never reports (`hidden`) may be missing, times may be
 * written differently for the same instant, and details keys may come in another order.
 */
export function checkSameEvent(actual: AuditLogEvent, expected: AuditLogEvent, where: string, hidden: readonly AuditLogActorKind[] = []): void {
  parseEvent(actual, where);
  const mayLack = new Set(hidden.map((kind) => HIDDEN_FIELD[kind]).filter(Boolean));
  for (const field of ['id', 'eventTime', 'eventName', ...ACTOR_ID_FIELDS] as const) {
    const a = actual[field];
    const e = expected[field];
    const sameTime = field === 'eventTime' && typeof a === 'string' && parseInstant(a) === parseInstant(e as string);
    if (a === undefined && mayLack.has(field as AuditLogActorIdField)) continue;
    if (a !== e && !sameTime) throw new ContractViolation(`${where}.${field}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}.`);
  }
  if (!sameJson(actual.eventDetails, expected.eventDetails)) {
    throw new ContractViolation(`${where}.eventDetails differ from the stored event ${expected.id}.`);
  }
}

/** Pages through a whole result, checking each page's size and cursor. */
export async function listAll(
  adapter: AuditLogAdapter,
  filter: AuditLogListFilter,
  sort: AuditLogSort = adapter.capabilities.sorts[0]!,
  pageSize = adapter.capabilities.pageSizes[0]!,
  between?: (pageIndex: number) => Promise<void>,
): Promise<AuditLogEvent[]> {
  const all: AuditLogEvent[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 10_000; page++) {
    const result: AuditLogListResult = await adapter.listEvents({ filter, sort, pageSize, cursor, signal: new AbortController().signal });
    check(result.events.length <= pageSize, `a page holds ${result.events.length} events, more than the page size ${pageSize}.`);
    check(result.nextCursor === null || result.events.length > 0, 'a page with no events has a next cursor.');
    all.push(...result.events);
    if (result.nextCursor === null) return all;
    check(result.nextCursor !== cursor, 'the next cursor equals the current one: paging would never end.');
    cursor = result.nextCursor;
    await between?.(page);
  }
  throw new ContractViolation('paging did not end after 10,000 pages.');
}

/** A list request with the adapter's defaults. */
export function request(adapter: AuditLogAdapter, filter: AuditLogListFilter, extra: Partial<AuditLogListRequest> = {}): AuditLogListRequest {
  return {
    filter,
    sort: adapter.capabilities.sorts[0]!,
    pageSize: adapter.capabilities.pageSizes[0]!,
    cursor: null,
    signal: new AbortController().signal,
    ...extra,
  };
}

/** Fails unless the action rejects with an `AuditLogError` of this code. */
export async function checkRejects(action: () => Promise<unknown>, code: AuditLogError['code'], what: string): Promise<void> {
  const error = await rejection(action, what);
  check(error instanceof AuditLogError, `${what}: expected an AuditLogError, got ${String(error)}.`);
  check(error.code === code, `${what}: expected code "${code}", got "${error.code}" (${error.message}).`);
}

/** Event names of the fixture by how often they occur, most frequent first. */
export function namesByCount(events: readonly AuditLogEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.eventName, (counts.get(e.eventName) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
}
