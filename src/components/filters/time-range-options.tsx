import { useId, useState } from 'react';
import { instantToZonedInput, zonedInputToInstant } from '../../format/zoned-input.js';
import { isRelative, TIME_PRESETS, type AuditLogTimeFilter } from '../../filter/types.js';
import { useAuditLogContext, useSlot } from '../context.js';

/** The time-range popover's content (loaded when the popover first opens). */
export function TimeRangeOptions({ close }: { close: () => void }) {
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
