import { isolate } from '../../format/bidi.js';
import { describeEventName } from '../../model/catalogue.js';
import { listChips, normalizeStringList, type AuditLogFilterField, type AuditLogFilterUrlCodec } from '../field.js';

/** Exact event names; an event matches any of them. */
export const EVENT_NAMES_FIELD: AuditLogFilterField<'eventNames', readonly string[]> = {
  key: 'eventNames',
  control: 'eventType',
  isActive: (value) => value.length > 0,
  fit(value, capabilities) {
    if (capabilities.eventNameFilter === 'none') return { value: undefined, refusal: 'This backend cannot filter by event type.' };
    if (capabilities.eventNameFilter === 'single' && value.length > 1) {
      return { value: value.slice(0, 1), refusal: 'This backend filters by one event type at a time.' };
    }
    return { value };
  },
  toList(value, list) {
    // Another field may have narrowed the names already (a resource group): keep what both allow.
    const names = list.eventNames ? value.filter((name) => list.eventNames!.includes(name)) : [...value];
    list.eventNames = names;
    return names.length > 0;
  },
  chips: (value, { messages }) => listChips(value, 'event', (name) => messages.chip(messages.eventType, isolate(describeEventName(name).label))),
  list: { key: 'eventNames' },
};

/** The backend's check of `filter.eventNames`: validated, sorted, de-duplicated; `null` when open. */
export const checkEventNames = (raw: unknown): unknown => normalizeStringList(raw, 'eventNames');

/** How `eventNames` is written in a URL (see `readUrlState`): links are untrusted, so what cannot be read is dropped. */
export const EVENT_NAMES_URL: AuditLogFilterUrlCodec<readonly string[]> = {
  read: (params) => {
    const names = params.all('event');
    return names.length ? names : undefined;
  },
  write: (value, params) => value.forEach((name) => params.append('event', name)),
};
