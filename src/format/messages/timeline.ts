import { message } from './message.js';

/** The words of the timeline's figure (loaded with it: see core-messages.ts; its name, `eventsOverTime`, is in page.ts). */
export const TIMELINE_MESSAGES = {
  /** One bar's name: its span in the chosen zone and its count ("Dec 1, 14:00–15:00: 41 events"). */
  timelineBar: message<(span: string, count: number) => string>((span, count) => `${span}: ${count.toLocaleString('en')} ${count === 1 ? 'event' : 'events'}`),
  /** How to use the bars, read with them. */
  timelineHelp: 'Choose a bar to see its events. Drag across bars, or hold Shift with the arrow keys, to choose a span.',
  /** The button back to the range before the last zoom. */
  zoomOut: 'Zoom out',
  /** The toggle that shows the bars as a table. */
  timelineTable: 'Show as table',
  /** The table view's column headers. */
  timelineSpan: 'Span',
  timelineEvents: 'Events',
  /** When the bars could not be loaded (the events below are not affected). */
  timelineFailed: 'The timeline could not be loaded.',
  /** When nothing matches: no bars to draw. */
  timelineEmpty: 'No events in this range.',
  /** When the backend stopped counting a search: the bars shown are exact, the older ones left out. */
  timelinePartial: 'Too many matches to count them all: only the newest bars are drawn.',
  /** The zone the spans are in, under the bars ("Times in UTC"). */
  timelineZone: message<(zone: string) => string>((zone) => `Times in ${zone}`),
};
