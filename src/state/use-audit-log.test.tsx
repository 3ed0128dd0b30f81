import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../adapter/memory.js';
import { generateDataset } from '../mock/generate.js';
import { useAuditLog } from './use-audit-log.js';

const { events } = generateDataset({ seed: 3, size: 200, end: Date.parse('2025-07-01T00:00:00Z'), days: 10 });

describe('useAuditLog', () => {
  it('gives the same object while nothing it holds changes, and a new one when something does', async () => {
    const adapter = createMemoryAdapter({ events });
    const { result, rerender } = renderHook(() => useAuditLog({ adapter, timeZone: 'UTC' }));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    const settled = result.current;
    rerender();
    expect(result.current).toBe(settled);
    act(() => result.current.setFilter({ search: 'user' }));
    await waitFor(() => expect(result.current.filter).toEqual({ search: 'user' }));
    expect(result.current).not.toBe(settled);
  });
});
