import { useId, useState } from 'react';
import { instantToZonedInput, zonedInputToInstant } from '../../format/zoned-input.js';
import { isRelative, TIME_PRESETS, type AuditLogTimeFilter } from '../../filter/types.js';
import { useAuditLogContext, useSlot } from '../context.js';
import { FilterPopover } from './popover.js';

/** The words for a time filter ("Last 7 days", "2025-07-01 10:00:00 UTC → …"), for the button and chips. */
export function useTimeFilterText(): (time: AuditLogTimeFilter | undefined) => string | undefined {
  const { controller } = useAuditLogContext();
  const { messages } = controller;
  return (time) => {
    if (!time) return undefined;
    if (isRelative(time)) return messages.timePreset(time.last);
    if (!time.start && !time.end) return undefined;
    return messages.timeBetween(time.start ? controller.formatTime(time.start) : null, time.end ? controller.formatTime(time.end) : null);
  };
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

function TimeRangeOptions({ close }: { close: () => void }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages, filter, timeZoneSetting } = controller;
  const name = useId();
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const time = filter.time;
  const absolute = time && !isRelative(time) ? time : undefined;
  const [from, setFrom] = useState(absolute?.start ? instantToZonedInput(absolute.start, timeZoneSetting) : '');
  const [to, setTo] = useState(absolute?.end ? instantToZonedInput(absolute.end, timeZoneSetting) : '');
  const [error, setError] = useState<string | null>(null);
  const zone = controller.timeZone;
  const set = (next: AuditLogTimeFilter | undefined) => {
    const { time: _, ...rest } = filter;
    controller.setFilter(next ? { ...rest, time: next } : rest);
  };
  const apply = () => {
    const start = from ? zonedInputToInstant(from, timeZoneSetting) : undefined;
    const end = to ? zonedInputToInstant(to, timeZoneSetting) : undefined;
    if (start === null || end === null) return setError(messages.timeRangeInvalid);
    if (start && end && Date.parse(start) > Date.parse(end)) return setError(messages.timeRangeInvalid);
    setError(null);
    set(start || end ? { ...(start ? { start } : {}), ...(end ? { end } : {}) } : undefined);
    close();
  };
  return (
    <>
      <fieldset className={slot('optionGroup')}>
        <legend>{messages.timeRange}</legend>
        <label className={slot('option')}>
          <input type="radio" name={name} checked={!time} onChange={() => set(undefined)} />
          {messages.timeAny}
        </label>
        {TIME_PRESETS.map((preset) => (
          <label key={preset} className={slot('option')}>
            <input type="radio" name={name} checked={isRelative(time) && time.last === preset} onChange={() => set({ last: preset })} />
            {messages.timePreset(preset)}
          </label>
        ))}
      </fieldset>
      <fieldset className={slot('optionGroup')}>
        <legend>{messages.timeExact}</legend>
        <label htmlFor={fromId}>{messages.timeFrom(zone)}</label>
        <input id={fromId} type="datetime-local" step={1} className={slot('input')} value={from} aria-describedby={error ? errorId : undefined} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor={toId}>{messages.timeTo(zone)}</label>
        <input id={toId} type="datetime-local" step={1} className={slot('input')} value={to} aria-describedby={error ? errorId : undefined} onChange={(e) => setTo(e.target.value)} />
        {error ? <span id={errorId} role="alert" className={slot('fieldError')}>{error}</span> : null}
        <button type="button" className={slot('button')} onClick={apply}>
          {messages.apply}
        </button>
      </fieldset>
    </>
  );
}
