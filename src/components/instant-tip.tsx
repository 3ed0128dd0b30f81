import { useImperativeHandle, useState, type RefObject } from 'react';
import type { AuditLogEvent } from '../model/event.js';
import { useAuditLogContext, useSlot } from './context.js';

/** Shows the exact instant of a row beside its time, or hides it. */
export interface InstantTipHandle {
  show(row: HTMLElement, event: AuditLogEvent): void;
  hide(): void;
}

// The tooltip's height (12 px mono text, 4 px padding above and below), for placing it above.
const TIP_HEIGHT = 24;

const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** The ISO 8601 instant of an event, as written when it cannot be read. */
export function exactInstant(event: AuditLogEvent): string {
  // Most times already are in that form (UTC, milliseconds): no date to build for them.
  if (CANONICAL.test(event.eventTime)) return event.eventTime;
  const instant = new Date(event.eventTime);
  return Number.isNaN(instant.getTime()) ? event.eventTime : instant.toISOString();
}

/**
 * The one tooltip of a table: the exact instant of the hovered or focused row, under its time.
 * One element for every row (rows carry no hidden per-row tooltip, so that a page of 1,000 rows
 * lays out no more than it shows); it keeps its own state, so showing it re-renders no row.
 */
export function InstantTip({ handle, wrap, id }: { handle: RefObject<InstantTipHandle | null>; wrap: RefObject<HTMLElement | null>; id: string }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const [tip, setTip] = useState<{ iso: string; top: number; right: number } | null>(null);
  useImperativeHandle(handle, () => ({
    show(row, event) {
      const box = wrap.current?.getBoundingClientRect();
      const anchor = (row.querySelector('time') ?? row).getBoundingClientRect();
      if (!box) return;
      // Under the time, or above it where the table ends (the table clips what overflows it).
      const below = anchor.bottom + TIP_HEIGHT + 8 <= box.bottom;
      setTip({ iso: exactInstant(event), top: below ? anchor.bottom - box.top + 4 : anchor.top - box.top - TIP_HEIGHT - 4, right: box.right - anchor.right });
    },
    hide: () => setTip(null),
  }), [wrap]);
  if (!tip) return null;
  return (
    <span id={id} role="tooltip" className={slot('instant')} style={{ top: tip.top, right: tip.right }}>
      {`${controller.messages.instant}: ${tip.iso}`}
    </span>
  );
}
