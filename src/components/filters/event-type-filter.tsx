import { lazy } from 'react';
import { describeEventName } from '../../model/catalogue.js';
import { useAuditLogContext } from '../context.js';
import { FilterPopover } from './popover.js';

// The options (and their search) load when the popover first opens.
const EventTypeOptions = lazy(() => import('./event-type-options.js').then((m) => ({ default: m.EventTypeOptions })));

/**
 * The event-type filter: every event name the organization has (the adapter's list; the whole
 * catalogue where it cannot list), grouped by resource, searchable, with "select all" per group
 * and Clear. A backend that filters by one name at a time gets a single choice, and says so.
 */
export function AuditLogEventTypeFilter() {
  const { controller } = useAuditLogContext();
  const { messages, capabilities, adapter, filter } = controller;
  const mode = capabilities.eventNameFilter;
  const selected = filter.eventNames ?? [];
  if (mode === 'none') return null;
  const summary = selected.length === 1 ? describeEventName(selected[0]!).label : selected.length > 1 ? `${selected.length}` : undefined;
  return (
    <FilterPopover label={messages.eventType} summary={summary}>
      {() => <EventTypeOptions single={mode === 'single'} canList={Boolean(adapter.listEventNames)} />}
    </FilterPopover>
  );
}

