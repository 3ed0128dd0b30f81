import { isServer, type FetchInfiniteQueryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';

/** A layout effect on the client; on a server, where it would do nothing (and React 18 warns), a plain effect. */
export const useClientLayoutEffect = isServer ? useEffect : useLayoutEffect;

/**
 * Starts a list query during render, and shows its answer in the same frame when it comes before
 * the browser paints.
 *
 * Why: `useInfiniteQuery` starts its request when it subscribes, in a passive effect, and the
 * browser usually lays out and paints the loading state before passive effects run. Starting in
 * render (TanStack's `usePrefetchQuery` pattern) overlaps the request with that frame. And an
 * answer that is already there when the commit ends (an in-memory or cached backend) is rendered
 * at once, before the paint, so a loading state that would only flash is never drawn.
 *
 * `null` (a query that must not run yet) starts nothing. A query already in the cache, in flight or failed is left alone: on every later render this
 * is a lookup and nothing more. If the component renders again before the answer, the normal
 * subscription path shows it instead.
 */
export function useFirstPageBeforePaint<TPage, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: FetchInfiniteQueryOptions<TPage, Error, TPage, TKey, string | null> | null,
): void {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const started = useRef<Promise<void> | null>(null);
  if (options && !isServer && !queryClient.getQueryState(options.queryKey)) {
    // A prefetch does not retry unless told to; the observer that takes over would (3 times by default).
    const retry = queryClient.getDefaultOptions().queries?.retry ?? 3;
    started.current = queryClient.prefetchInfiniteQuery({ ...options, retry });
  }
  useClientLayoutEffect(() => {
    const first = started.current;
    if (!first) return;
    let live = true;
    void first.then(() => {
      // flushSync: render now, in this task, before the frame; a normal update would wait for it.
      if (live && started.current === first) {
        started.current = null;
        flushSync(rerender);
      }
    });
    return () => {
      live = false;
    };
  });
}
