import type { SummaryContext } from '../describe/summary.js';
import type { AuditLogEvent } from '../model/event.js';
import { ACTORS_MESSAGES } from './messages/actors.js';
import { DETAILS_MESSAGES } from './messages/details.js';
import { EXPORT_MESSAGES } from './messages/export.js';
import { FILTERS_MESSAGES } from './messages/filters.js';
import { PAGE_MESSAGES } from './messages/page.js';
import { TIMELINE_MESSAGES } from './messages/timeline.js';

// Every string a person reads, declared once, by feature (src/format/messages/): each key with
// its words and, for a function, its type. The messages type is derived from them. A viewer
// holds the first view's words and loads the rest with their parts (core-messages.ts).

/** The default English messages; the accessible names match `docs/ui-contract.md`. */
export const DEFAULT_MESSAGES = { ...PAGE_MESSAGES, ...ACTORS_MESSAGES, ...FILTERS_MESSAGES, ...DETAILS_MESSAGES, ...EXPORT_MESSAGES, ...TIMELINE_MESSAGES };

/**
 * Every string the viewer shows. Override any key through the `messages` prop (the rest stay
 * English); functions receive the values they put into words.
 */
export type AuditLogMessages = typeof DEFAULT_MESSAGES & {
  /**
   * One sentence saying what happened. Unset, the English sentences of `englishSummary` are used;
   * translate by giving your own (it may call `englishSummary` for what it does not cover). Wrap
   * every value taken from the event in `isolate`, as `englishSummary` does, so that none can
   * reorder your sentence.
   */
  summary?: (event: AuditLogEvent, context: SummaryContext) => string;
};
