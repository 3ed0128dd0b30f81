import { QueryClient } from '@tanstack/react-query';
import { RETRY } from './options.js';

/**
 * The viewer's own QueryClient (one per viewer unless the host passes one): the one retry policy
 * (src/query/options.ts); audit pages stay fresh for 30 s and are not refetched on window focus
 * (a page should not change under a reader's eyes).
 */
export function createAuditLogQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        ...RETRY,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
