import type { AuditLogActorIdField } from '../../model/event.js';
import { message } from './message.js';

const ACTOR_ID_NAMES: Record<AuditLogActorIdField, string> = {
  actorUserId: 'User',
  actorSessionId: 'Session',
  actorApiKeyId: 'API key',
  actorBackendApiKeyId: 'Backend API key',
  actorIntermediateSessionId: 'Login flow',
  actorScimApiKeyId: 'SCIM API key',
};

const DIFF_KINDS = { changed: 'changed', added: 'added', removed: 'removed', unchanged: 'unchanged' } as const;

/** The words of the details panel (loaded with it: see core-messages.ts). */
export const DETAILS_MESSAGES = {
  /** The details panel's buttons (its Close is `close`, in page.ts: the shortcuts list has one too). */
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  copyLink: 'Copy link',
  copyJson: 'Copy JSON',
  /** Copies one value; `what` names it ("event id", "Session"). */
  copyValue: message<(what: string) => string>((what) => `Copy ${what}`),
  /** Said after a copy, and when the browser refused it. */
  copied: 'Copied',
  copyFailed: 'The browser did not allow copying.',
  /** How to move in the panel by keyboard. */
  detailsKeys: 'Up and Down arrows: previous and next event. Escape: close.',
  detailsLoading: 'Loading the event…',
  eventNotFound: 'Event not found',
  eventNotFoundBody: 'No event has this id in your organization: it may be mistyped, or not yours to see.',
  /** Headings of the panel's sections. */
  sectionActor: 'Actor',
  sectionChanges: 'What changed',
  sectionRaw: 'Raw event',
  eventId: 'Event id',
  /** One before/after pair's heading, e.g. "Changes to user". */
  changesOf: message<(key: string) => string>((key) => `Changes to ${key}`),
  noChanges: 'No field changed.',
  showUnchanged: message<(count: number) => string>((count) => `Show unchanged fields (${count})`),
  hideUnchanged: 'Hide unchanged fields',
  diffField: 'Field',
  diffBefore: 'Before',
  diffAfter: 'After',
  diffKind: message<(kind: 'changed' | 'added' | 'removed' | 'unchanged') => string>((kind) => DIFF_KINDS[kind]),
  /** The empty value in a diff (a field that is absent or empty). */
  diffEmpty: '(empty)',
  /** Beside a field whose values nest too deep to compare field by field. */
  diffWhole: '(nested deeper than 32 levels: compared as a whole)',
  viewTree: 'Tree',
  viewRaw: 'Raw',
  /** Unfolds a long string. */
  showAll: message<(length: number) => string>((length) => `Show all ${length.toLocaleString('en')} characters`),
  /** An actor id's name, e.g. "Session" for `actorSessionId`. */
  actorIdName: message<(field: AuditLogActorIdField) => string>((field) => ACTOR_ID_NAMES[field]),
  /** The impersonator notice; `email` comes isolated (see `isolate`). */
  impersonatedBy: message<(email: string) => string>((email) => `Impersonated by ${email}`),
  /** Narrows the list to this actor or event type. */
  filterToThis: 'Filter to this',
};
