import type { InfiniteData, QueryClient, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { AuditLogListResult } from '../adapter/types.js';

/** Where the person is in a cursor-paged result, and how to move. */
export interface CursorPager {
  /** 0-based index of the page shown. */
  pageIndex: number;
  /** The page shown, if loaded. */
  page: AuditLogListResult | undefined;
  /** How many pages are loaded. */
  loaded: number;
  /** The page shown is the last one loaded. */
  atLastLoaded: boolean;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Shows the next page: from the cache, or loaded once (the rows stay until it is in). */
  nextPage(): void;
  /** Shows the previous page, from the cache: no request. */
  previousPage(): void;
  /** Tries again what failed: the next page, or the result. */
  retry(): void;
  /** Drops the loaded pages and shows the first one again (a page token that expired). */
  startOver(): void;
}

/**
 * The pager over one infinite query: the page index belongs to the query's key, so a new filter,
 * sort or page size starts again at page 1 (the one place paging resets); a page visited once
 * comes back from the cache; moving on loads the next page and shows it when it is in, unless the
 * person has moved meanwhile.
 */
export function useCursorPager(
  query: UseInfiniteQueryResult<InfiniteData<AuditLogListResult, unknown>>,
  keyText: string,
  queryClient: QueryClient,
): CursorPager {
  const [position, setPosition] = useState({ key: keyText, index: 0 });
  const loaded = query.data?.pages.length ?? 0;
  const pageIndex = position.key === keyText ? Math.min(position.index, Math.max(0, loaded - 1)) : 0;
  const page = query.data?.pages[pageIndex];
  const hasNextPage = !query.isPlaceholderData && (pageIndex + 1 < loaded || (pageIndex === loaded - 1 && query.hasNextPage));
  const { fetchNextPage, isFetchingNextPage, refetch, isFetchNextPageError } = query;
  const canLoadMore = query.hasNextPage;

  /** Loads the page after the last one and shows it, unless the person has moved meanwhile. */
  const loadAfter = useCallback(
    (origin: number) => {
      void fetchNextPage().then((result) => {
        if (result.isFetchNextPageError || (result.data?.pages.length ?? 0) <= origin + 1) return;
        setPosition((p) => ((p.key === keyText ? p.index : 0) === origin ? { key: keyText, index: origin + 1 } : p));
      });
    },
    [fetchNextPage, keyText],
  );
  const nextPage = useCallback(() => {
    if (pageIndex + 1 < loaded) {
      setPosition({ key: keyText, index: pageIndex + 1 });
      return;
    }
    if (canLoadMore && !isFetchingNextPage) loadAfter(pageIndex);
  }, [pageIndex, loaded, keyText, canLoadMore, isFetchingNextPage, loadAfter]);
  const previousPage = useCallback(() => {
    if (pageIndex > 0) setPosition({ key: keyText, index: pageIndex - 1 });
  }, [pageIndex, keyText]);
  const retry = useCallback(() => {
    if (isFetchNextPageError) {
      if (!isFetchingNextPage) loadAfter(loaded - 1);
    } else void refetch();
  }, [isFetchNextPageError, isFetchingNextPage, loadAfter, loaded, refetch]);
  const startOver = useCallback(() => {
    setPosition({ key: keyText, index: 0 });
    void queryClient.resetQueries({ queryKey: JSON.parse(keyText) as unknown[], exact: true });
  }, [keyText, queryClient]);

  return {
    pageIndex,
    page,
    loaded,
    atLastLoaded: pageIndex === loaded - 1,
    hasNextPage,
    hasPreviousPage: pageIndex > 0 && !query.isPlaceholderData,
    nextPage,
    previousPage,
    retry,
    startOver,
  };
}
