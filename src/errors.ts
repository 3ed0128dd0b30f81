/**
 * What went wrong, as a closed set a view can branch on:
 * - `network`: the request never got an answer (offline, DNS, CORS);
 * - `unauthenticated` / `permission_denied`: 401 / 403 (Tesseral lets only owners read audit logs);
 * - `invalid_cursor`: a forged, foreign or expired page token;
 * - `invalid_request`: a filter or parameter the backend refused (bad time, bad page size, …);
 * - `unsupported`: the adapter cannot do what was asked (see its capabilities);
 * - `malformed_response`: the backend answered something that is not the documented shape;
 * - `not_found`: the thing asked for does not exist;
 * - `rate_limited`: 429;
 * - `server`: any other failed status;
 * - `aborted`: the caller's `AbortSignal` fired.
 */
export type AuditLogErrorCode =
  | 'network'
  | 'unauthenticated'
  | 'permission_denied'
  | 'invalid_cursor'
  | 'invalid_request'
  | 'unsupported'
  | 'malformed_response'
  | 'not_found'
  | 'rate_limited'
  | 'server'
  | 'aborted';

/** Options of {@link AuditLogError}. */
export interface AuditLogErrorOptions {
  /** The HTTP status, when the error came from a response. */
  status?: number;
  /** The underlying error. */
  cause?: unknown;
  /** How long the server asked the client to wait before trying again (`Retry-After`), in ms. */
  retryAfterMs?: number;
}

/**
 * The one error type adapters and the engine reject with. Its message names the problem in
 * words a person can act on; `code` is for code.
 */
export class AuditLogError extends Error {
  /** What kind of failure this is. */
  readonly code: AuditLogErrorCode;
  /** The HTTP status, when there was a response. */
  readonly status: number | undefined;
  /** The wait the server asked for before a retry (`Retry-After`), in ms, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(code: AuditLogErrorCode, message: string, options: AuditLogErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AuditLogError';
    this.code = code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Tells whether a value is an {@link AuditLogError}, optionally of one code. */
export function isAuditLogError(value: unknown, code?: AuditLogErrorCode): value is AuditLogError {
  return value instanceof AuditLogError && (code === undefined || value.code === code);
}

/** Rejects with an `aborted` error when the signal has fired; call it between awaits. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new AuditLogError('aborted', 'The request was cancelled.', { cause: signal.reason });
  }
}
