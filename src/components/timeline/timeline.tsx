import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import type { AuditLogTimeFilter } from '../../filter/types.js';
import { resolveZone } from '../../format/time.js';
import { histogramQuery } from '../../query/options.js';
import { useAuditLogContext } from '../context.js';

const TimelineBars = lazy(() => import('./timeline-bars.js').then((m) => ({ default: m.TimelineBars })));

/** A span's end as the time filter takes it: inclusive, one microsecond before the bar's exclusive end. */
function inclusiveEnd(endIso: string): string {
  return new Date(Date.parse(endIso) - 1).toISOString().replace(/\.(\d{3})Z$/, '.$1999Z');
}

/** One zoom: the time filter before it, and the one it set (to tell whether it still holds). */
interface Zoom {
  before: AuditLogTimeFilter | undefined;
  set: string;
}

/**
 * The timeline: a bar per bucket of matching events over the chosen range, in the chosen zone,
 * where the adapter draws histograms (`histogramEvents`). A figure named "Events over time"; each
 * bar a button named by its span and count; choosing a bar, or dragging (Shift + arrows) across
 * several, narrows the time range to them, and "Zoom out" goes back. The bars are loaded on
 * first show, so that a viewer without a timeline pays nothing for them.
 */
export function AuditLogTimeline() {
  const { controller, slot } = useAuditLogContext();
  const { adapter, capabilities, listFilter, messages, queryClient, scope, filter } = controller;
  const zone = resolveZone(controller.timeZoneSetting);
  const drawn = Boolean(adapter.histogramEvents) && capabilities.timeRange;
  const answer = useQuery(histogramQuery({ adapter, scope }, listFilter ?? {}, zone, drawn && listFilter !== null), queryClient);
  const [zooms, setZooms] = useState<Zoom[]>([]);
  const [table, setTable] = useState(false);
  if (!drawn) return null;

  const top = zooms[zooms.length - 1];
  // A zoom holds while the time filter is the one it set; another change of the range ends them all.
  const zoomed = top !== undefined && JSON.stringify(filter.time) === top.set;
  const setTime = (time: AuditLogTimeFilter | undefined) => {
    const { time: _dropped, ...rest } = filter;
    controller.setFilter(time ? { ...rest, time } : rest);
  };
  const choose = (startIso: string, endIso: string) => {
    const time = { start: startIso, end: inclusiveEnd(endIso) };
    setZooms([...(zoomed ? zooms : []), { before: filter.time, set: JSON.stringify(time) }]);
    setTime(time);
  };
  const zoomOut = () => {
    setZooms(zooms.slice(0, -1));
    setTime(top!.before);
  };

  const histogram = listFilter === null ? { interval: { unit: 'minute' as const, size: 1 }, buckets: [], complete: true } : answer.data;
  const busy = answer.isFetching || (answer.isPending && listFilter !== null);
  let body;
  if (answer.isError && !histogram) {
    body = (
      <p className={slot('error', 'alv-timeline-message')}>
        {messages.timelineFailed}{' '}
        <button type="button" className={slot('button')} aria-label={`${messages.retry} ${messages.eventsOverTime.toLowerCase()}`} onClick={() => void answer.refetch()}>
          {messages.retry}
        </button>
      </p>
    );
  } else if (histogram && histogram.buckets.length === 0) {
    body = <p className={slot('empty', 'alv-timeline-message')}>{messages.timelineEmpty}</p>;
  } else if (histogram) {
    body = (
      <Suspense fallback={<div className={slot('skeleton', 'alv-timeline-skeleton')} aria-hidden="true" />}>
        <TimelineBars histogram={histogram} zone={zone} locale={controller.locale?.code} table={table} onChoose={choose} />
      </Suspense>
    );
  } else body = <div className={slot('skeleton', 'alv-timeline-skeleton')} aria-hidden="true" />;

  return (
    <figure className={slot('timeline')} aria-label={messages.eventsOverTime} aria-busy={busy || undefined}>
      <div className="alv-timeline-head">
        <figcaption className="alv-timeline-caption">
          {messages.eventsOverTime} <span className="alv-timeline-zone">{messages.timelineZone(zone)}</span>
        </figcaption>
        {zoomed && (
          <button type="button" className={slot('button')} onClick={zoomOut}>
            {messages.zoomOut}
          </button>
        )}
        <button type="button" className={slot('button')} aria-pressed={table} onClick={() => setTable(!table)}>
          {messages.timelineTable}
        </button>
      </div>
      {body}
      {histogram && !histogram.complete && <p className={slot('hint')}>{messages.timelinePartial}</p>}
    </figure>
  );
}
