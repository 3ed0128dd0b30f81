import { useEffect, useState, type ComponentType } from 'react';
import { COLUMN_DEFINITIONS } from '../columns/index.js';
import type { AuditLogColumn } from '../columns/table-column.js';
import type { AuditLogEvent } from '../model/event.js';
import { ActorCell, EventCell, TimeCell } from './cells.js';
import { useSlot } from './context.js';

type Cell = ComponentType<{ event: AuditLogEvent }>;
/** A cell whose code can be asked for before any row shows it. */
type LazyCell = Cell & { preload(): Promise<Cell> };

/**
 * A cell whose code loads when the column is first shown (a column hidden by default costs
 * nothing up front); the table asks for it as soon as the column is shown, beside the rows'
 * request. Not `lazy` + `Suspense`: React holds a Suspense boundary's content back for up to
 * 300 ms after its fallback shows (measured: the Summary's sentences came 300 ms after the
 * rows), so each cell shows a skeleton until the code is in, then its content at once. The code
 * is kept as `import()` keeps a module: no viewer's state is held here.
 */
export function lazyCell(load: () => Promise<Cell>): LazyCell {
  let loaded: Cell | null = null;
  let loading: Promise<Cell> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (cell) => (loaded = cell),
      (error: unknown) => {
        // Asked for again next time (a chunk that failed over the network may load later).
        loading = null;
        throw error;
      },
    ));
  function LazyCell({ event }: { event: AuditLogEvent }) {
    const slot = useSlot();
    const [state, setState] = useState<Cell | 'failed' | null>(() => loaded);
    useEffect(() => {
      if (state === null) void preload().then((cell) => setState(() => cell), () => setState('failed'));
    }, [state]);
    // A cell whose code could not load stays empty (its row, and every other cell, still show).
    if (state === 'failed') return null;
    const Loaded = state;
    return Loaded ? <Loaded event={event} /> : <span className={slot('skeleton', 'alv-skeleton-text')} aria-hidden="true" />;
  }
  return Object.assign(LazyCell, { preload });
}

/** Starts loading the code of the shown columns' lazy cells (the table calls it when they change). */
export function preloadCells(columns: readonly AuditLogColumn[]): void {
  for (const { cell } of columns) if (cell && 'preload' in cell && typeof cell.preload === 'function') void cell.preload().catch(() => undefined);
}

/** The table cells of the built-in columns, by column id; a column without one shows its text. */
const CELLS: Readonly<Record<string, Cell>> = {
  event: EventCell,
  actor: ActorCell,
  time: TimeCell,
  summary: lazyCell(() => import('./summary-cell.js').then((m) => m.SummaryCell)),
};

/**
 * The viewer's columns: the definitions of src/columns/ with their table cells. Start from it to
 * give the `columns` prop, e.g. `[...AUDIT_LOG_COLUMNS, myColumn]`.
 */
export const AUDIT_LOG_COLUMNS: readonly AuditLogColumn[] = COLUMN_DEFINITIONS.map((column) => {
  const cell = CELLS[column.id];
  return cell ? { ...column, cell } : column;
});
