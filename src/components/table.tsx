import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { AuditLogColumn } from '../columns/table-column.js';
import type { AuditLogEvent } from '../model/event.js';
import { AUDIT_LOG_COLUMNS, preloadCells } from './columns.js';
import { exactInstant, InstantTip, type InstantTipHandle } from './instant-tip.js';
import { EventBoundary } from './event-boundary.js';
import type { VirtualRowsHandle } from './virtual-rows.js';
import { useVirtualRows } from './use-virtual-rows.js';
import { useAuditLogContext, useSlot } from './context.js';
import { refocusAfterRemoval, useFilterChips } from './filters/filter-chips.js';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, AuditLogEvent>();

/** A column without a cell of its own: its text, isolated, so that it cannot reorder the row. */
function TextCell({ event, column }: { event: AuditLogEvent; column: AuditLogColumn }) {
  return <bdi dir="auto">{column.text?.(event) ?? ''}</bdi>;
}

/** The TanStack columns of the shown columns, in order; headers come from messages at render time. */
function tableColumns(shown: readonly AuditLogColumn[]) {
  return helper.columns(
    shown.map((column) => {
      const Cell = column.cell;
      return helper.display({ id: column.id, cell: ({ row }) => (Cell ? <Cell event={row.original} /> : <TextCell event={row.original} column={column} />) });
    }),
  );
}
const SKELETON_ROWS = [0, 1, 2, 3, 4];
/** Pages longer than this draw only the rows in view (TanStack Virtual, loaded when first needed). */
const VIRTUAL_FROM = 200;

const getRowId = (row: AuditLogEvent) => row.id;
const selectNothing = () => null;
/** A load faster than this shows no skeleton at all: a flash of grey bars reads as flicker. */
const SKELETON_DELAY_MS = 150;

/** Props of {@link AuditLogTable}. */
export interface AuditLogTableProps {
  /** Called when a person opens a row (click, or Enter on the focused row). */
  onRowActivate?: (event: AuditLogEvent) => void;
}

/**
 * The events table (TanStack Table over the controller's rows). One tab stop: Up/Down/Home/End
 * move between rows, Enter opens one. While loading it shows a skeleton with `aria-busy`.
 */
export function AuditLogTable({ onRowActivate }: AuditLogTableProps) {
  const { controller, targets } = useAuditLogContext();
  const slot = useSlot();
  const { messages, status } = controller;
  const chips = useFilterChips();
  // No table state is read here (paging, filters and sort live in the controller), so the table
  // subscribes to none: the default selector would subscribe this component to every slice.
  const list = controller.columns ?? AUDIT_LOG_COLUMNS;
  const byId = useMemo(() => new Map(list.map((column) => [column.id, column])), [list]);
  // The person's choice of columns, in its order (the "Columns" menu); ids of another list are skipped.
  const visible = useMemo(() => controller.visibleColumns.flatMap((id) => byId.get(id) ?? []), [controller.visibleColumns, byId]);
  const columns = useMemo(() => tableColumns(visible), [visible]);
  useEffect(() => preloadCells(visible), [visible]); // a shown column's lazy cell loads beside the rows' request
  // Cells come straight from the shown columns (classes once per column): TanStack gives rows and headers, no cell objects.
  const shown = useMemo(() => visible.map((column) => ({ column, className: slot('cell', `alv-col-${column.id}`) })), [visible, slot]);
  const table = useTable({ features, columns, data: controller.events, getRowId }, selectNothing);
  const [focused, setFocused] = useState(0);
  const body = targets.rows;
  const rows = table.getRowModel().rows;
  const active = Math.min(focused, Math.max(0, rows.length - 1));
  // The exact instant: one tooltip for the hovered or focused row, one description for the focused one.
  const tip = useRef<InstantTipHandle>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const tipId = useId();
  const describedBy = useId();
  const eventsById = useMemo(() => new Map(rows.map((r) => [r.id, r.original])), [rows]);
  const rowOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLTableRowElement>('tr[data-row]') : null);
  const showTip = (row: HTMLTableRowElement | null) => {
    const event = row && eventsById.get(row.dataset.eventId ?? '');
    if (row && event) tip.current?.show(row, event);
  };
  const onBodyMouseOver = (e: MouseEvent) => showTip(rowOf(e.target));
  // Leaving with the pointer, the tooltip goes back to the focused row, if one is.
  const onBodyMouseLeave = () => (body.current?.contains(document.activeElement) ? showTip(rowOf(document.activeElement)) : tip.current?.hide());
  const onBodyBlur = (e: FocusEvent) => !body.current?.contains(e.relatedTarget as Node | null) && tip.current?.hide();
  // The table says it is busy at once; the skeleton rows follow only if the load takes a while.
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (status !== 'loading') return;
    const timer = setTimeout(() => setSlow(true), SKELETON_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status]);
  // Past a few hundred rows, only the rows in view are drawn (the rest load on scroll).
  const virtual = rows.length > VIRTUAL_FROM;
  // A large page size: the virtualizer loads beside the page's request, not after it.
  const VirtualRows = useVirtualRows(virtual || controller.pageSize > VIRTUAL_FROM);
  const virtualRows = useRef<VirtualRowsHandle>(null);
  const sortOrder = controller.sort === 'oldest' ? 'ascending' : 'descending';

  function onKeyDown(e: KeyboardEvent<HTMLTableRowElement>, index: number) {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      const target = Math.max(0, Math.min(rows.length - 1, moves[e.key]!));
      setFocused(target);
      const find = () => body.current?.querySelector<HTMLTableRowElement>(`tr[data-row][data-index="${target}"]`);
      const row = find();
      if (row) row.focus();
      else {
        // A virtual row out of the rendered range: bring it in, then focus it once it is drawn.
        // (Asked again each frame until it is: the virtualizer may still be loading.)
        const until = performance.now() + 3000;
        const tryFocus = () => {
          const drawn = find();
          if (drawn) return drawn.focus();
          virtualRows.current?.scrollToIndex(target);
          if (performance.now() < until) requestAnimationFrame(tryFocus);
        };
        tryFocus();
      }
    } else if (e.key === 'Enter' && onRowActivate) {
      e.preventDefault();
      onRowActivate(rows[index]!.original);
    }
  }

  /** One event's row; `measure` is the virtualizer's (large pages), `tabStop` the one row Tab reaches. */
  const renderRow = (index: number, measure: ((node: Element | null) => void) | undefined, tabStop: boolean) => {
    const row = rows[index]!;
    return (
      <tr
        key={row.id}
        ref={measure}
        data-row=""
        data-index={index}
        data-event-id={row.id}
        aria-rowindex={index + 2}
        aria-current={controller.selectedEventId === row.id ? true : undefined}
        role="row"
        className={slot('row')}
        tabIndex={tabStop ? 0 : -1}
        aria-describedby={index === active ? describedBy : undefined}
        onFocus={(e) => {
          setFocused(index);
          showTip(e.currentTarget);
        }}
        onKeyDown={(e) => onKeyDown(e, index)}
        onClick={onRowActivate ? () => onRowActivate(row.original) : undefined}
      >
        {/* One event that cannot be drawn shows as such; the other rows stay. */}
        <EventBoundary event={row.original} message={messages.eventUndisplayable} frame={(content) => <td role="cell" colSpan={columns.length} className={slot('cell')}>{content}</td>}>
          {shown.map(({ column, className }) => (
            <td key={column.id} role="cell" className={className}>
              {column.cell ? <column.cell event={row.original} /> : <TextCell event={row.original} column={column} />}
            </td>
          ))}
        </EventBoundary>
      </tr>
    );
  };

  if (status === 'error') return null;
  const busy = status === 'loading' || controller.isLoadingMore;
  return (
    <div className={slot('tableWrap', virtual && 'alv-scroller')} ref={wrap}>
      {/* Explicit roles: the narrow layout makes these display:block, which drops table semantics in some engines. */}
      <table role="table" className={slot('table')} aria-label={messages.tableLabel} aria-busy={busy} aria-rowcount={rows.length ? rows.length + 1 : undefined}>
        <thead role="rowgroup">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} role="row" aria-rowindex={1}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  role="columnheader"
                  scope="col"
                  aria-sort={byId.get(header.column.id)?.sortKey === 'time' ? sortOrder : undefined}
                  className={slot('headerCell', `alv-col-${header.column.id}`)}
                >
                  {byId.get(header.column.id)?.header(messages)}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody ref={body} role="rowgroup" onMouseOver={onBodyMouseOver} onMouseLeave={onBodyMouseLeave} onBlur={onBodyBlur}>
          {status === 'loading' && slow
            ? SKELETON_ROWS.map((i) => (
                <tr key={i} role="row" className={slot('row')} aria-hidden="true">
                  {columns.map((c) => (
                    <td key={c.id} role="cell" className={slot('cell')}>
                      <span className={slot('skeleton')} />
                    </td>
                  ))}
                </tr>
              ))
            : null}
          {status === 'no-match' ? (
            <tr role="row" className={slot('row')}>
              <td role="cell" colSpan={columns.length} className={slot('empty')}>
                <strong>{messages.noMatchTitle}</strong>
                {/* Paragraphs, not spans: each sentence on its line and read apart, never "events.Filters:". */}
                <p>{messages.noMatchBody}</p>
                {chips.length ? <p>{messages.activeFiltersList(chips.map((c) => c.text))}</p> : null}
                {controller.hasFilters ? (
                  <button
                    type="button"
                    className={slot('button')}
                    onClick={(e) => {
                      controller.clearFilters();
                      refocusAfterRemoval(targets, Infinity);
                    }}
                  >
                    {messages.clearFilters}
                  </button>
                ) : null}
              </td>
            </tr>
          ) : null}
          {status === 'empty' ? (
            <tr role="row" className={slot('row')}>
              <td role="cell" colSpan={columns.length} className={slot('empty')}>
                <strong>{messages.emptyTitle}</strong>
                <p>{messages.emptyBody}</p>
              </td>
            </tr>
          ) : null}
          {virtual ? (
            VirtualRows ? (
              <VirtualRows count={rows.length} scroller={wrap} active={active} columns={columns.length} render={renderRow} handle={virtualRows} />
            ) : (
              // Until the virtualizer is in, a skeleton row: rows shown now would be replaced (and lose focus) a moment later.
              <tr aria-hidden="true" className={slot('row')}><td colSpan={columns.length} className={slot('cell')}><span className={slot('skeleton')} /></td></tr>
            )
          ) : (
            rows.map((row, index) => renderRow(index, undefined, index === active))
          )}
        </tbody>
      </table>
      <InstantTip handle={tip} wrap={wrap} id={tipId} />
      {rows[active] ? (
        <span id={describedBy} className={slot('visuallyHidden')}>
          {`${messages.instant}: ${exactInstant(rows[active].original)}`}
        </span>
      ) : null}
      {status === 'loading' ? (
        <p role="status" className={slot('visuallyHidden')}>
          {messages.loading}
        </p>
      ) : null}
    </div>
  );
}
