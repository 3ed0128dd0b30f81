import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { AuditLogHistogram } from '../../model/aggregate.js';
import { useAuditLogContext, useOwnClass } from '../context.js';
import { wallClockIn } from '../../format/wall-clock.js';
import { spanLabeler } from './span-label.js';
import { TIMELINE_MESSAGES } from '../../format/messages/timeline.js';
import { usePartMessages } from '../use-part-messages.js';

/** Props of {@link TimelineBars}. */
export interface TimelineBarsProps {
  histogram: AuditLogHistogram;
  zone: string;
  locale: string | undefined;
  /** Show the bars as a table too. */
  table: boolean;
  /** Narrows the time range to a span of bars (start inclusive, end exclusive). */
  onChoose(startIso: string, endIso: string): void;
}

const clamp = (i: number, n: number) => Math.max(0, Math.min(n - 1, i));

/**
 * The bars of the timeline (loaded with the timeline's first show). One tab stop: the arrows move
 * between bars, Shift + arrows stretch a span, Enter or a click chooses; a drag across bars does
 * the same with a pointer (mouse, pen or touch: the bar under the pointer is found by position,
 * so that a captured touch still moves).
 */
export function TimelineBars({ histogram, zone, locale, table, onChoose }: TimelineBarsProps) {
  const { controller, slot } = useAuditLogContext();
  const own = useOwnClass();
  const messages = usePartMessages(TIMELINE_MESSAGES);
  const { buckets } = histogram;
  const label = useMemo(() => {
    const clock = wallClockIn(zone);
    const years = buckets.length > 0 && clock(Date.parse(buckets[0]!.start)).year !== clock(Date.parse(buckets[buckets.length - 1]!.start)).year;
    return spanLabeler(zone, histogram.interval, locale, years);
  }, [zone, histogram.interval, locale, buckets]);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const [active, setActive] = useState(buckets.length - 1);
  const [span, setSpan] = useState<[number, number] | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const bars = useRef<(HTMLButtonElement | null)[]>([]);
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<number | null>(null);
  const helpId = useId();
  const focusIndex = clamp(active, buckets.length);
  const [from, to] = span ? [Math.min(...span), Math.max(...span)] : [focusIndex, focusIndex];

  const nameOf = (a: number, b: number) => {
    const count = buckets.slice(a, b + 1).reduce((sum, bucket) => sum + bucket.count, 0);
    const text = a === b ? label(buckets[a]!.start, buckets[a]!.end) : `${label(buckets[a]!.start, buckets[a]!.end)} – ${label(buckets[b]!.start, buckets[b]!.end)}`;
    return messages.timelineBar(text, count);
  };
  const choose = (a: number, b: number) => {
    setSpan(null);
    onChoose(buckets[Math.min(a, b)]!.start, buckets[Math.max(a, b)]!.end);
  };
  const move = (next: number, stretch: boolean) => {
    next = clamp(next, buckets.length);
    setSpan(stretch ? [span ? span[0] : focusIndex, next] : null);
    setActive(next);
    bars.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const steps: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buckets.length - 1, PageUp: i - 10, PageDown: i + 10 };
    if (event.key in steps) {
      event.preventDefault();
      move(steps[event.key]!, event.shiftKey);
    } else if ((event.key === 'Enter' || event.key === ' ') && span && span[0] !== span[1]) {
      event.preventDefault();
      choose(span[0], span[1]);
    } else if (event.key === 'Escape' && span) {
      // Only the span is let go: the Escape of the page (closing the details) is not this one's.
      event.stopPropagation();
      setSpan(null);
    }
  };
  const indexAt = (x: number) => {
    const box = track.current!.getBoundingClientRect();
    return clamp(Math.floor(((x - box.left) / Math.max(box.width, 1)) * buckets.length), buckets.length);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const i = indexAt(event.clientX);
    drag.current = i;
    setSpan([i, i]);
    setActive(i);
    try {
      track.current!.setPointerCapture(event.pointerId);
    } catch {
      // No capture (a synthetic pointer): the drag still works while the pointer stays on the bars.
    }
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const i = indexAt(event.clientX);
    setHover(i);
    if (drag.current !== null) setSpan([drag.current, i]);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current === null) return;
    const a = drag.current;
    drag.current = null;
    choose(a, indexAt(event.clientX));
  };

  const readout = hover !== null && !span ? nameOf(hover, hover) : nameOf(from, to);
  return (
    <>
      <p id={helpId} className={slot('visuallyHidden')}>
        {messages.timelineHelp}
      </p>
      <div
        ref={track}
        className={own('alv-timeline-bars')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => setHover(null)}
        onPointerCancel={() => {
          drag.current = null;
          setSpan(null);
        }}
      >
        {buckets.map((bucket, i) => (
          <button
            key={bucket.start}
            ref={(node) => void (bars.current[i] = node)}
            type="button"
            tabIndex={i === focusIndex ? 0 : -1}
            className={slot('bar', span !== null && i >= from && i <= to && 'alv-bar-chosen')}
            aria-label={nameOf(i, i)}
            aria-describedby={helpId}
            // A pointer's click is the pointer-up above; this is the keyboard's and assistive technology's.
            onClick={(event) => event.detail === 0 && choose(i, i)}
            onKeyDown={(event) => onKeyDown(event, i)}
            onFocus={() => setActive(i)}
          >
            <span className={own('alv-bar-fill')} style={{ height: bucket.count ? `max(2px, ${(bucket.count / max) * 100}%)` : 0 }} />
          </button>
        ))}
      </div>
      <div className={own('alv-timeline-axis')} aria-hidden="true">
        <span>{label(buckets[0]!.start, buckets[0]!.end)}</span>
        <span className={own('alv-timeline-readout')}>{readout}</span>
        <span>{label(buckets[buckets.length - 1]!.start, buckets[buckets.length - 1]!.end)}</span>
      </div>
      {table && (
        <table className={own('alv-timeline-table')} aria-label={messages.eventsOverTime}>
          <thead>
            <tr>
              <th scope="col">{messages.timelineSpan}</th>
              <th scope="col">{messages.timelineEvents}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.start}>
                <td>{label(bucket.start, bucket.end)}</td>
                <td>{bucket.count.toLocaleString('en')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
