import { lazy } from 'react';
import { timeFilterText, type AuditLogTimeFilter } from '../../filter/fields/time.js';
import { useAuditLogContext } from '../context.js';
import { FilterPopover } from './popover.js';

// The presets and the exact-range inputs load when the popover first opens.
const TimeRangeOptions = lazy(() => import('./time-range-options.js').then((m) => ({ default: m.TimeRangeOptions })));

/** The words for a time filter ("Last 7 days", "2025-07-01 10:00:00 UTC → …"), for the button and chips. */
export function useTimeFilterText(): (time: AuditLogTimeFilter | undefined) => string | undefined {
  const { controller } = useAuditLogContext();
  const { messages, formatTime } = controller;
  return (time) => timeFilterText(time, { messages, formatTime });
}

/**
 * The time-range filter: presets that stay relative (the last 15 minutes … 90 days, re-evaluated
 * on each refresh) and an absolute range to the second, typed in the chosen time zone and kept as
 * exact instants. Both ends are inclusive.
 */
export function AuditLogTimeRangeFilter() {
  const { controller } = useAuditLogContext();
  const text = useTimeFilterText();
  if (!controller.capabilities.timeRange) return null;
  return (
    <FilterPopover label={controller.messages.timeRange} summary={text(controller.filter.time)}>
      {(close) => <TimeRangeOptions close={close} />}
    </FilterPopover>
  );
}

