import { describe, expect, it } from 'vitest';
import { deriveStatus, type StatusInput } from './derive-status.js';

const base: StatusInput = { firstPageFailed: false, hasData: true, searchError: null, empty: false, hasFilters: false };

describe('deriveStatus', () => {
  it('says error, loading, empty, no-match or ready', () => {
    expect(deriveStatus(base)).toBe('ready');
    expect(deriveStatus({ ...base, firstPageFailed: true, hasData: false })).toBe('error');
    expect(deriveStatus({ ...base, hasData: false })).toBe('loading');
    // A search that cannot be read is never sent: it is "no match", not an endless load.
    expect(deriveStatus({ ...base, hasData: false, searchError: 'A quote is not closed' })).toBe('no-match');
    expect(deriveStatus({ ...base, empty: true })).toBe('empty');
    expect(deriveStatus({ ...base, empty: true, hasFilters: true })).toBe('no-match');
    // A failure wins over everything else.
    expect(deriveStatus({ ...base, firstPageFailed: true, empty: true, hasFilters: true })).toBe('error');
  });
});
