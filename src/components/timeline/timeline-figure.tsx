import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditLogTimeFilter } from '../../filter/types.js';
import { resolveZone } from '../../format/time.js';
import { histogramQuery } from '../../query/options.js';
import { useAuditLogContext, useOwnClass } from '../context.js';

import { TimelineBars } from './timeline-bars.js';
import { TIMELINE_MESSAGES } from '../../format/messages/timeline.js';
import { usePartMessages } from '../use-part-messages.js';

/** A span's end as the time filter takes it: inclusive, one microsecond before the bar's exclusive end. */
function inclusiveEnd(endIso: string): string {
  return new Date(Date.parse(endIso) - 1).toISOString().replace(/\.(\d{3})Z$/, '.$1999Z');
}

/** One zoom: the time filter before it, and the one it set (to tell whether it still holds). */
interface Zoom {
  before: AuditLogTimeFilter | undefined;
  set: string;
}

/** The timeline's figure (loaded on first show, see `AuditLogTimeline`): its bars, zooms and states. */
export function TimelineFigure() {
  const { controller, slot } = useAuditLogContext();
  const own = useOwnClass();
  const { adapter, capabilities, listFilter, queryClient, scope, filter } = controller;
  const messages = usePartMessages(TIMELINE_MESSAGES);
  const zone = resolveZone(controller.timeZoneSetting);
  const drawn = Boolean(adapter.histogramEvents) && capabilities.timeRange;
  const answer = useQuery(histogramQuery({ adapter, scope }, listFilter ?? {}, zone, drawn && listFilter !== null), queryClient);
  const [zooms, setZooms] = useState<Zoom[]>([]);
  const [table, setTable] = useState(false);

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
    body = <TimelineBars histogram={histogram} zone={zone} locale={controller.locale?.code} table={table} onChoose={choose} />;
  } else body = <div className={slot('skeleton', 'alv-timeline-skeleton')} aria-hidden="true" />;

  return (
    <figure className={slot('timeline')} aria-label={messages.eventsOverTime} aria-busy={busy || undefined}>
      <div className={own('alv-timeline-head')}>
        <figcaption className={own('alv-timeline-caption')}>
          {messages.eventsOverTime} <span className={own('alv-timeline-zone')}>{messages.timelineZone(zone)}</span>
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
