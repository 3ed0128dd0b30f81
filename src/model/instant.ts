/**
 * Epoch milliseconds of an RFC 3339 time, keeping the microseconds that `Date.parse` drops (as a
 * fraction of a millisecond). Tesseral stores microseconds, so an inclusive bound of
 * `…:12.000500Z` must fall between events at `.000100` and `.000900`. Nanoseconds past the
 * sixth digit are below a double's precision at today's epoch and are ignored.
 */
export function parseInstant(text: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return ms;
  const fraction = /\.(\d+)/.exec(text.slice(19, 30))?.[1];
  if (!fraction || fraction.length <= 3) return ms;
  const micros = Number(fraction.slice(3, 6).padEnd(3, '0'));
  // Date.parse floors to the millisecond; the extra digits only ever add.
  return ms + micros / 1000;
}
