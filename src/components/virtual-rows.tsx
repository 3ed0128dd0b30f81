import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useOwnClass } from './context.js';
import { useCallback, useImperativeHandle, type ReactNode, type Ref, type RefObject } from 'react';

/** What the table asks of its virtual rows. */
export interface VirtualRowsHandle {
  /** Brings a row into the rendered range (then the table focuses it). */
  scrollToIndex(index: number): void;
}

/** Props of {@link VirtualRows}. */
export interface VirtualRowsProps {
  count: number;
  /** The scrolling box (the table's wrap, a scroller while the rows are virtual). */
  scroller: RefObject<HTMLDivElement | null>;
  /** The focused row: kept rendered while it is near, so focus is not lost by a short scroll. */
  active: number;
  columns: number;
  /** Renders a row; `measure` goes on the row's element, which must carry `data-index`. */
  render(index: number, measure: (node: Element | null) => void, tabStop: boolean): ReactNode;
  handle: Ref<VirtualRowsHandle>;
}

/** A row's height before it is measured (one line per cell, the comfortable density). */
const ROW_ESTIMATE = 41;
/** The focused row stays rendered within this many rows of the view (beyond, the first rendered row is the tab stop). */
const KEEP_ACTIVE_WITHIN = 100;

/**
 * The rows of a large page (loaded for pages past a few hundred rows), virtualized with TanStack
 * Virtual: only the rows in view (and a margin) are in the DOM, between two spacer rows that keep
 * the scroll height, so a page of 1,000 events costs the DOM of a page of 50. The table keeps its
 * semantics: each row says its place (`aria-rowindex`) and the table its size (`aria-rowcount`).
 */
export function VirtualRows({ count, scroller, active, columns, render, handle }: VirtualRowsProps) {
  const own = useOwnClass();
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const first = indexes[0] ?? 0;
      const last = indexes[indexes.length - 1] ?? 0;
      // Stretch the range to the focused row when it is near: the range stays contiguous.
      if (active < first && first - active <= KEEP_ACTIVE_WITHIN) return [...Array.from({ length: first - active }, (_, i) => active + i), ...indexes];
      if (active > last && active - last <= KEEP_ACTIVE_WITHIN) return [...indexes, ...Array.from({ length: active - last }, (_, i) => last + 1 + i)];
      return indexes;
    },
    [active],
  );
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 10,
    rangeExtractor,
    // A screenful before the box is measured (and where nothing is laid out): rows at once, never an empty table.
    initialRect: { width: 1000, height: 600 },
  });
  useImperativeHandle(handle, () => ({ scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }) }), [virtualizer]);
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = Math.max(0, virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0));
  const tabStop = items.some((item) => item.index === active) ? active : (items[0]?.index ?? 0);
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" className={own('alv-spacer')}>
        <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
      </tr>
    ) : null;
  return (
    <>
      {spacer(before, 'before')}
      {items.map((item) => render(item.index, virtualizer.measureElement, item.index === tabStop))}
      {spacer(after, 'after')}
    </>
  );
}
