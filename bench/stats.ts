/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns each run's milliseconds. */
export function time(fn: () => void, runs = 31, warmup = 5): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Forces a full GC when node runs with --expose-gc (npm run bench does). */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Heap in use, in MB, after a full GC. */
export function heapMB(): number {
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

/** A row of the report: figure, budget and their ratio. */
export function row(name: string, value: number, unit: string, budget?: number, kind: 'at most' | 'at least' = 'at most'): string {
  const figure = `${value.toFixed(value < 10 ? 2 : 0)} ${unit}`.padStart(12);
  if (budget === undefined) return `  ${name.padEnd(62)} ${figure}`;
  const ratio = value / budget;
  // A ceiling (time, size) holds at ratio ≤ 1; a floor (throughput) at ratio ≥ 1.
  const held = kind === 'at most' ? ratio <= 1 : ratio >= 1;
  const verdict = held ? 'within budget' : kind === 'at most' ? 'OVER BUDGET' : 'UNDER THE FLOOR';
  return `  ${name.padEnd(62)} ${figure}   ${kind === 'at least' ? 'floor' : 'budget'} ${budget} ${unit}   ratio ${ratio.toFixed(2)}  ${verdict}`;
}
