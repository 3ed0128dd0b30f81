import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { isRelative } from '../filter/types.js';
import { parseInstant } from '../model/instant.js';
import type { AuditLogEvent } from '../model/event.js';
import { NEWEST_POLL_SIZE, newestQuery } from '../query/on-demand.js';
import { useAuditLogContext, useOwnClass } from './context.js';

/** How many of `polled` (newest first) came after `shown`, and whether there may be more past them. */
export function countNewEvents(polled: readonly AuditLogEvent[], shown: AuditLogEvent, full: boolean): { count: number; more: boolean } {
  const at = polled.findIndex((event) => event.id === shown.id);
  if (at >= 0) return { count: at, more: false };
  // The event shown is not among them (it fell past the poll's page): count by time.
  const since = parseInstant(shown.eventTime);
  const count = polled.filter((event) => parseInstant(event.eventTime) > since).length;
  return { count, more: full && count === polled.length };
}

/** The live part of `AuditLogNewEvents` (loaded where live updates are on): the poll and the offer. */
export function NewEventsLive() {
  const { controller, slot, targets } = useAuditLogContext();
  const own = useOwnClass();
  const { live, listFilter, newestShown, sort, filter, capabilities, messages } = controller;
  const relative = isRelative(filter.time);
  // A relative range ends at the moment it was chosen: the poll looks past it, up to now.
  const polled = useMemo(() => (listFilter && relative ? { ...listFilter, timeRange: { start: listFilter.timeRange?.start } } : listFilter), [listFilter, relative]);
  const size = Math.max(...capabilities.pageSizes.filter((n) => n <= NEWEST_POLL_SIZE), capabilities.pageSizes[0]!);
  const on = live !== null && sort === 'newest' && polled !== null && newestShown !== undefined;
  // The first look is one interval after the rows came, not with them: the page just loaded is news enough.
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!on || armed) return;
    const timer = setTimeout(() => setArmed(true), live!);
    return () => clearTimeout(timer);
  }, [on, armed, live]);
  const answer = useQuery(newestQuery(controller, polled ?? {}, size, live ?? 0, on && armed), controller.queryClient);
  const fresh = on && answer.data ? countNewEvents(answer.data.events, newestShown, answer.data.nextCursor !== null) : null;
  const show = () => {
    controller.showNewEvents();
    // The button goes with the news: focus moves to the rows, where the new events are.
    requestAnimationFrame(() => targets.rows.current?.querySelector<HTMLElement>('tr[data-row]')?.focus());
  };
  return (
    <div aria-live="polite" className={own('alv-new-events')}>
      {fresh && fresh.count > 0 ? (
        <button type="button" className={slot('button', 'alv-new-events-button')} onClick={show}>
          {messages.showNewEvents(fresh.count, fresh.more)}
        </button>
      ) : null}
    </div>
  );
}
