import { lazy, Suspense, type ComponentType } from 'react';
import { COLUMN_DEFINITIONS } from '../columns/index.js';
import type { AuditLogColumn } from '../columns/table-column.js';
import type { AuditLogEvent } from '../model/event.js';
import { ActorCell, EventCell, TimeCell } from './cells.js';
import { useSlot } from './context.js';

type Cell = ComponentType<{ event: AuditLogEvent }>;

/** A cell whose code loads when a row first shows it (a column hidden by default costs nothing up front). */
function lazyCell(load: () => Promise<Cell>): Cell {
  const Lazy = lazy(() => load().then((Loaded) => ({ default: Loaded })));
  return function LazyCell({ event }) {
    const slot = useSlot();
    return (
      <Suspense fallback={<span className={slot('skeleton', 'alv-skeleton-text')} aria-hidden="true" />}>
        <Lazy event={event} />
      </Suspense>
    );
  };
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
