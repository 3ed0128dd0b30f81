import { QueryClient } from '@tanstack/react-query';
import { isAuditLogError } from '../errors.js';

/** Failures that another try cannot fix: asking again would only delay the message. */
const FINAL = new Set(['invalid_request', 'invalid_cursor', 'unsupported', 'unauthenticated', 'permission_denied', 'not_found', 'malformed_response', 'aborted']);

/** Whether a failed request is worth a retry (network and server trouble are). */
export function isRetryable(error: unknown): boolean {
  return !(isAuditLogError(error) && FINAL.has(error.code));
}

/**
 * The viewer's own QueryClient (one per viewer unless the host passes one): two retries with
 * backoff for passing failures, none for final ones; audit pages stay fresh for 30 s and are
 * not refetched on window focus (a page should not change under a reader's eyes).
 */
export function createAuditLogQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => count < 2 && isRetryable(error),
        retryDelay: (attempt) => Math.min(400 * 2 ** attempt, 4000),
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
