import type { SqlClient } from './client.js';

// Each organization's events counted per 15 minutes (audit_log_time_counts), kept in the insert's
// transaction: a histogram of a whole organization (or of a time range alone) adds up slots
// instead of counting its rows. 15 minutes because every zone's offset today is a multiple of it
// (India +5:30, Nepal +5:45), so the edge of an hour or a day in any zone is a slot's edge too.

/** A slot's length in ms. */
export const SLOT_MS = 15 * 60_000;

/** The slot an event's time (epoch ms) falls in; SQL writes it `floor(time_ms / 900000)`. */
export const slotOf = (timeMs: number): number => Math.floor(timeMs / SLOT_MS);

/**
 * Adds events to their slots' counts, in slot order (one order for every writer: two
 * transactions never wait on each other's rows in a cycle).
 */
export async function addToTimeCounts(tx: SqlClient, organizationId: string, timesMs: readonly number[]): Promise<void> {
  const tally = new Map<number, number>();
  for (const time of timesMs) tally.set(slotOf(time), (tally.get(slotOf(time)) ?? 0) + 1);
  const slots = [...tally.keys()].sort((a, b) => a - b);
  await tx.query(
    `insert into audit_log_time_counts (organization_id, slot, n)
     select $1, s, n from unnest($2::bigint[], $3::int[]) as t(s, n) order by s
     on conflict (organization_id, slot) do update set n = audit_log_time_counts.n + excluded.n`,
    [organizationId, slots, slots.map((s) => tally.get(s)!)],
  );
}

/**
 * The SQL that counts a span's events into histogram bars from the slots, or `null` when a bar's
 * edge is not a slot's edge (intervals under 15 minutes; a zone's offset of another era): then
 * the rows are counted. Whole slots inside `[start, end]` come from the counts; the rows of the
 * two partial ends (under 15 minutes each) from the table, by `where` (the filter's own range).
 * Parameters are appended to `params`; the query answers `(b, n)`: bar 1…n and its count.
 */
export function slotCountsQuery(where: string, params: unknown[], organizationId: string, start: number, end: number, edges: readonly number[]): string | null {
  if (edges.some((edge) => edge % SLOT_MS !== 0)) return null;
  const lo = Math.ceil(start / SLOT_MS);
  const hi = Math.floor(end / SLOT_MS);
  if (lo >= hi) return null;
  const p = (value: unknown) => `$${params.push(value)}`;
  const bars = edges.length - 1;
  const e = p(edges);
  return `select least(width_bucket(t, ${e}::float8[]), ${bars}) as b, sum(c) as n from (
      select (slot * ${SLOT_MS})::float8 as t, n as c from audit_log_time_counts where organization_id = ${p(organizationId)} and slot >= ${p(lo)} and slot < ${p(hi)}
      union all select time_ms, 1 from audit_log_events where ${where} and time_ms < ${p(lo * SLOT_MS)}
      union all select time_ms, 1 from audit_log_events where ${where} and time_ms >= ${p(hi * SLOT_MS)}
    ) counted group by 1`;
}
