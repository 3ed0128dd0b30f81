import { lazy, Suspense, useEffect } from 'react';
import { resolveZone } from '../../format/time.js';
import { histogramQuery } from '../../query/options.js';
import { useAuditLogContext, useOwnClass } from '../context.js';

const TimelineFigure = lazy(() => import('./timeline-figure.js').then((m) => ({ default: m.TimelineFigure })));

/**
 * The timeline: a bar per bucket of matching events over the chosen range, in the chosen zone,
 * where the adapter draws histograms (`histogramEvents`). A figure named "Events over time"; each
 * bar a button named by its span and count; choosing a bar, or dragging (Shift + arrows) across
 * several, narrows the time range to them, and "Zoom out" goes back. Its code loads on first
 * show, beside the bars' request (started here), so that the first rows pay nothing for it.
 */
export function AuditLogTimeline() {
  const { controller, slot } = useAuditLogContext();
  const own = useOwnClass();
  const { adapter, capabilities, listFilter, messages, queryClient, scope } = controller;
  const zone = resolveZone(controller.timeZoneSetting);
  const drawn = Boolean(adapter.histogramEvents) && capabilities.timeRange;
  useEffect(() => {
    // ensureQueryData, not prefetchQuery: once the figure's own query has the bars, this fetches
    // nothing again (a host's client with no staleTime would otherwise load each bar set twice).
    if (drawn && listFilter) void queryClient.ensureQueryData(histogramQuery({ adapter, scope }, listFilter, zone, true)).catch(() => undefined);
  }, [drawn, listFilter, zone, adapter, scope, queryClient]);
  if (!drawn) return null;
  // The same box as the figure's, so nothing moves when it comes.
  const fallback = (
    <figure className={slot('timeline')} aria-label={messages.eventsOverTime} aria-busy="true">
      <div className={own('alv-timeline-head')}>
        <figcaption className={own('alv-timeline-caption')}>{messages.eventsOverTime}</figcaption>
      </div>
      <div className={slot('skeleton', 'alv-timeline-skeleton')} aria-hidden="true" />
    </figure>
  );
  return (
    <Suspense fallback={fallback}>
      <TimelineFigure />
    </Suspense>
  );
}
