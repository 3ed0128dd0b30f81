import { QueryClient, useInfiniteQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditLogListResult } from '../adapter/types.js';
import { useCursorPager } from './use-cursor-pager.js';

/** Pages of three made-up events, four pages in all, counting the requests. */
function backend() {
  const calls: (string | null)[] = [];
  const list = async (key: string, cursor: string | null): Promise<AuditLogListResult> => {
    calls.push(cursor);
    const n = cursor === null ? 0 : Number(cursor);
    const events = [0, 1, 2].map((i) => ({ id: `${key}-${n * 3 + i}`, eventTime: '2025-01-01T00:00:00Z', eventName: 'a.b.c', eventDetails: {} }));
    return { events, nextCursor: n < 3 ? String(n + 1) : null };
  };
  return { calls, list };
}

function usePager(key: string, list: ReturnType<typeof backend>['list'], client: QueryClient) {
  const query = useInfiniteQuery(
    { queryKey: [key], queryFn: ({ pageParam }) => list(key, pageParam), initialPageParam: null as string | null, getNextPageParam: (last) => last.nextCursor },
    client,
  );
  return useCursorPager(query, JSON.stringify([key]), client);
}

describe('the cursor pager', () => {
  it('loads the next page once, shows visited pages from the cache, and starts again at page 1 for a new key', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { calls, list } = backend();
    const { result, rerender } = renderHook(({ key }) => usePager(key, list, client), { initialProps: { key: 'a' } });
    await waitFor(() => expect(result.current.page?.events[0]?.id).toBe('a-0'));
    expect(result.current.hasPreviousPage).toBe(false);
    act(() => result.current.nextPage());
    await waitFor(() => expect(result.current.pageIndex).toBe(1));
    expect(result.current.page?.events[0]?.id).toBe('a-3');
    act(() => result.current.previousPage());
    expect(result.current.pageIndex).toBe(0);
    act(() => result.current.nextPage());
    expect(result.current.pageIndex).toBe(1);
    expect(calls).toEqual([null, '1']); // page 2 came back from the cache
    rerender({ key: 'b' });
    await waitFor(() => expect(result.current.page?.events[0]?.id).toBe('b-0'));
    expect(result.current.pageIndex).toBe(0);
  });

  it('stops at the last page', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { list } = backend();
    const { result } = renderHook(() => usePager('c', list, client));
    await waitFor(() => expect(result.current.page).toBeDefined());
    for (let i = 1; i <= 3; i++) {
      act(() => result.current.nextPage());
      await waitFor(() => expect(result.current.pageIndex).toBe(i));
    }
    expect(result.current.hasNextPage).toBe(false);
    act(() => result.current.nextPage());
    expect(result.current.pageIndex).toBe(3);
  });
});
