import { isolate } from '../../format/bidi.js';
import { badFilter, type AuditLogFilterField, type AuditLogFilterUrlCodec } from '../field.js';

/** Full-text search, in the search syntax (words, "phrases", key:value). */
export const SEARCH_FIELD: AuditLogFilterField<'search', string> = {
  key: 'search',
  control: 'search',
  isActive: (value) => value.trim() !== '',
  fit: (value, capabilities) => (capabilities.search ? { value } : { value: undefined, refusal: 'This backend cannot search.' }),
  toList(value, list) {
    list.search = value.trim();
    return true;
  },
  chips: (value, { messages }) => [{ key: 'search', text: messages.chip(messages.searchChip, isolate(value.trim())), without: undefined }],
  list: { key: 'search' },
};

/** The backend's check of `filter.search`, naming what is wrong. */
export function checkSearch(raw: unknown): unknown {
  if (raw !== undefined && typeof raw !== 'string') throw badFilter('filter.search must be a string.');
  return raw?.trim() ? raw.trim() : null;
}

/** How `search` is written in a URL (see `readUrlState`): links are untrusted, so what cannot be read is dropped. */
export const SEARCH_URL: AuditLogFilterUrlCodec<string> = {
  read: (params) => {
    const value = params.one('q');
    return value?.trim() ? value : undefined;
  },
  write: (value, params) => params.set('q', value),
};
