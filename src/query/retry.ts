import { isAuditLogError } from '../errors.js';

/** Failures that another try cannot fix: asking again would only delay the message. */
const FINAL = new Set(['invalid_request', 'invalid_cursor', 'unsupported', 'unauthenticated', 'permission_denied', 'not_found', 'malformed_response', 'aborted']);

/** Whether a failed request is worth a retry (network and server trouble are). */
export function isRetryable(error: unknown): boolean {
  return !(isAuditLogError(error) && FINAL.has(error.code));
}
