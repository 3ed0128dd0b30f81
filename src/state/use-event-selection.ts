import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AuditLogEvent } from '../model/event.js';
import { useControlled } from './controlled.js';

/** What {@link useEventSelection} needs from the paging. */
export interface EventSelectionInput {
  events: readonly AuditLogEvent[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  nextPage(): void;
  previousPage(): void;
  /** The open event's id (controlled); `null` for none. */
  eventId?: string | null;
  defaultEventId?: string | null;
  onEventIdChange?: (eventId: string | null) => void;
}

/** Which event's details are open, and moving to the one before or after it. */
export interface EventSelection {
  selectedEventId: string | null;
  selectEvent(eventId: string | null): void;
  /** The next event of the result, crossing into the next page when needed. */
  selectNextEvent(): void;
  selectPreviousEvent(): void;
  hasNextEvent: boolean;
  hasPreviousEvent: boolean;
}

/**
 * The open event (controlled or not) and Previous/Next across the whole result: at the end of a
 * page, Next turns the page and opens its first event (Previous, the last of the page before).
 */
export function useEventSelection(input: EventSelectionInput): EventSelection {
  const { events, hasNextPage, hasPreviousPage, nextPage, previousPage } = input;
  const [selectedEventId, setSelected] = useControlled<string | null>(input.eventId, input.defaultEventId ?? null, input.onEventIdChange);
  // Set while a page turn is under way: which end of the coming page to open.
  const [pending, setPending] = useState<{ from: string; take: 'first' | 'last' } | null>(null);
  const index = selectedEventId === null ? -1 : events.findIndex((e) => e.id === selectedEventId);

  // A turn is for the event it started from: closing the panel or opening another drops it.
  if (pending && selectedEventId !== pending.from) setPending(null);
  useEffect(() => {
    if (!pending || events.length === 0 || events.some((e) => e.id === pending.from)) return;
    setPending(null);
    setSelected(pending.take === 'first' ? events[0]!.id : events[events.length - 1]!.id);
  }, [pending, events, setSelected]);

  const selectNextEvent = useCallback(() => {
    if (index === -1) return;
    if (index + 1 < events.length) setSelected(events[index + 1]!.id);
    else if (hasNextPage) {
      setPending({ from: events[index]!.id, take: 'first' });
      nextPage();
    }
  }, [index, events, hasNextPage, nextPage, setSelected]);
  const selectPreviousEvent = useCallback(() => {
    if (index === -1) return;
    if (index > 0) setSelected(events[index - 1]!.id);
    else if (hasPreviousPage) {
      setPending({ from: events[index]!.id, take: 'last' });
      previousPage();
    }
  }, [index, events, hasPreviousPage, previousPage, setSelected]);

  const selectEvent = useCallback(
    (eventId: string | null) => {
      setPending(null);
      setSelected(eventId);
    },
    [setSelected],
  );

  const hasNextEvent = index !== -1 && (index + 1 < events.length || hasNextPage);
  const hasPreviousEvent = index !== -1 && (index > 0 || hasPreviousPage);
  return useMemo(
    () => ({ selectedEventId, selectEvent, selectNextEvent, selectPreviousEvent, hasNextEvent, hasPreviousEvent }),
    [selectedEventId, selectEvent, selectNextEvent, selectPreviousEvent, hasNextEvent, hasPreviousEvent],
  );
}
