import type { AuditLogMessages } from './messages.js';
import { ACTORS_MESSAGES } from './messages/actors.js';
import { FILTERS_MESSAGES } from './messages/filters.js';
import { PAGE_MESSAGES } from './messages/page.js';

// A viewer holds the words of its first view from the first render. The words of the parts that
// load on first use (the details panel, the export menu, the timeline's figure) load with those
// parts: each part fills in its own defaults under the host's words (`withMessageDefaults`). Measured:
// 1 kB gzipped of a host's first load (docs/benchmarks.md).

/** The default words of the first view: the page, the actors, the filters. */
export const CORE_MESSAGES = { ...PAGE_MESSAGES, ...ACTORS_MESSAGES, ...FILTERS_MESSAGES };

/**
 * The messages a controller holds (`controller.messages`): every word of the first view, and the
 * host's own words for the rest. A part that loads on first use reads its words through
 * {@link withMessageDefaults} with its group's defaults (`DETAILS_MESSAGES`, `EXPORT_MESSAGES`,
 * `TIMELINE_MESSAGES`), or `DEFAULT_MESSAGES` for every word.
 */
export type AuditLogControllerMessages = typeof CORE_MESSAGES & Pick<AuditLogMessages, 'summary'> & { [K in PartKey]?: unknown };

// The words of the parts that load on first use are `unknown` here, not `string | undefined`: a
// part that shows one without `withMessageDefaults` is a type error, not a blank button.
type PartKey = Exclude<keyof AuditLogMessages, keyof typeof CORE_MESSAGES | 'summary'>;

/** The first view's defaults under the host's words. */
export function resolveMessages(overrides?: Partial<AuditLogMessages>): AuditLogControllerMessages {
  return overrides ? ({ ...CORE_MESSAGES, ...overrides } as AuditLogControllerMessages) : CORE_MESSAGES;
}

/** A controller's messages with a group's defaults filled in where the host gave no word of its own. */
export function withMessageDefaults<T extends object>(messages: AuditLogControllerMessages, defaults: T): AuditLogControllerMessages & T {
  return { ...defaults, ...messages } as AuditLogControllerMessages & T;
}
