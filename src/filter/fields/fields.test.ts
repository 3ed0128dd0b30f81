import { describe, expect, it } from 'vitest';
import { assertSupported, FULL_CAPABILITIES } from '../../adapter/capabilities.js';
import type { AuditLogCapabilities } from '../../adapter/types.js';
import { TESSERAL_CAPABILITIES } from '../../adapter/tesseral/index.js';
import { toListFilter } from '../resolve.js';
import { supportedFilter } from '../supported.js';
import { hasActiveFilter, type AuditLogFilter } from '../types.js';
import { readUrlState, writeUrlState } from '../url.js';
import { FIELDS } from './index.js';

// The registry's promise: each field's one capability rule is what the viewer drops by and what
// adapters refuse by, so the two can never disagree.

const asking: AuditLogFilter = {
  search: 'invite',
  resourceGroups: ['users', 'api_keys'],
  eventNames: ['tesseral.users.update', 'tesseral.users.create'],
  actorIds: ['api_key_1', 'user_2', 'user_3'],
  actorKinds: ['user', 'system'],
  time: { start: '2025-07-01T00:00:00Z', end: '2025-07-02T00:00:00Z' },
};

const variants: [string, AuditLogCapabilities][] = [
  ['full', { ...FULL_CAPABILITIES, search: true }],
  ['no search', FULL_CAPABILITIES],
  ['Tesseral', TESSERAL_CAPABILITIES],
  ['nothing', { ...FULL_CAPABILITIES, eventNameFilter: 'none', actorIdFilter: 'none', actorKindFilter: false, timeRange: false }],
];

const request = (filter: AuditLogFilter, capabilities: AuditLogCapabilities) => ({
  filter: toListFilter(filter, Date.parse('2025-07-03T00:00:00Z'))!,
  sort: capabilities.sorts[0]!,
  pageSize: capabilities.pageSizes[0]!,
  cursor: null,
  signal: new AbortController().signal,
});

describe('the filter field registry', () => {
  it.each(variants)('drops exactly what an adapter refuses (%s)', (_name, capabilities) => {
    const kept = supportedFilter(asking, capabilities);
    expect(() => assertSupported(capabilities, request(kept, capabilities))).not.toThrow();
    for (const field of FIELDS) {
      const one = { [field.key]: asking[field.key] } as AuditLogFilter;
      const fits = JSON.stringify(supportedFilter(one, capabilities)) === JSON.stringify(one);
      if (fits) expect(() => assertSupported(capabilities, request(one, capabilities))).not.toThrow();
      // A field that owns a key of the list filter refuses in its own words; one that writes
      // another's key (a resource group is a set of event names) is refused by that key's owner.
      else if (field.list) expect(() => assertSupported(capabilities, request(one, capabilities)), field.key).toThrow(field.fit(asking[field.key] as never, capabilities).refusal);
      else expect(() => assertSupported(capabilities, request(one, capabilities)), field.key).toThrow(/This backend/);
    }
  });

  it('keeps for Tesseral one event name and the first user, never an API key', () => {
    expect(supportedFilter(asking, TESSERAL_CAPABILITIES)).toEqual({ eventNames: ['tesseral.users.update'], actorIds: ['user_2'], time: asking.time });
  });

  it('walks every field for the URL, the active test and the list filter', () => {
    for (const field of FIELDS) {
      const one = { [field.key]: asking[field.key] } as AuditLogFilter;
      expect(hasActiveFilter(one), field.key).toBe(true);
      expect(readUrlState(writeUrlState(new URLSearchParams(), { filter: one })).filter, field.key).toEqual(one);
      expect(Object.keys(toListFilter(one, 0)!).length, field.key).toBe(1);
    }
    expect(hasActiveFilter({ search: '  ', eventNames: [], time: {} })).toBe(false);
  });
});
