import type { AuditLogHistogramInterval } from '../../model/aggregate.js';

/**
 * Names a bar's span in the person's zone, as the bar's label and the table view's cell:
 * "Dec 1, 14:00–15:00" for minutes and hours, "Dec 1" for a day, "Dec 1–Dec 7" for several. The
 * years show only when the chart spans more than one (`years`); the time-range chip says the
 * rest. No clock is read: a render stays pure. `end` is exclusive, as the histogram's is.
 */
export function spanLabeler(zone: string, interval: AuditLogHistogramInterval, locale = 'en-US', years = false): (start: string, end: string) => string {
  const day = new Intl.DateTimeFormat(locale, { timeZone: zone, month: 'short', day: 'numeric', ...(years ? { year: 'numeric' } : {}) });
  const clock = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const dayOf = (ms: number) => day.format(ms);
  return (startIso, endIso) => {
    const start = Date.parse(startIso);
    const end = Date.parse(endIso);
    // The last instant inside the span: the day it falls on is the span's last day.
    const lastDay = dayOf(end - 1);
    if (interval.unit === 'day') return interval.size === 1 ? dayOf(start) : `${dayOf(start)}–${lastDay}`;
    const first = dayOf(start);
    return first === lastDay ? `${first}, ${clock.format(start)}–${clock.format(end)}` : `${first}, ${clock.format(start)}–${lastDay}, ${clock.format(end)}`;
  };
}
