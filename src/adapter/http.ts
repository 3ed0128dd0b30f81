import { AuditLogError, type AuditLogErrorCode } from '../errors.js';
import { isPlainObject } from '../model/validate.js';

/** The `fetch` an adapter calls: the global one by default, or the host's own (auth, tracing, tests). */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const STATUS_CODES: Record<number, AuditLogErrorCode> = {
  400: 'invalid_request',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  429: 'rate_limited',
};

/** Connect / gRPC status names and numbers that say more than the HTTP status alone. */
const RPC_CODES: Record<string, AuditLogErrorCode> = {
  unauthenticated: 'unauthenticated',
  '16': 'unauthenticated',
  permission_denied: 'permission_denied',
  '7': 'permission_denied',
  not_found: 'not_found',
  '5': 'not_found',
  invalid_argument: 'invalid_request',
  '3': 'invalid_request',
  resource_exhausted: 'rate_limited',
  '8': 'rate_limited',
};

/** Reads the message and code of an error body in any of the shapes seen: Connect, gRPC-gateway, ours. */
function readErrorBody(body: unknown): { message?: string; code?: string } {
  if (!isPlainObject(body)) return {};
  const inner = isPlainObject(body.error) ? body.error : body;
  const message = typeof inner.message === 'string' ? inner.message : undefined;
  const code = typeof inner.code === 'string' || typeof inner.code === 'number' ? String(inner.code).toLowerCase() : undefined;
  return { message, code };
}

function errorFor(status: number, body: unknown, what: string): AuditLogError {
  const { message, code } = readErrorBody(body);
  let kind: AuditLogErrorCode = STATUS_CODES[status] ?? (status >= 500 ? 'server' : 'invalid_request');
  if (code && RPC_CODES[code]) kind = RPC_CODES[code]!;
  // Only a refused request can be a bad cursor: a 500 that mentions a "database cursor" is not one.
  if (code === 'invalid_cursor' || (status === 400 && /pagination token|cursor/i.test(message ?? ''))) kind = 'invalid_cursor';
  const known: AuditLogErrorCode[] = ['unsupported', 'invalid_cursor', 'invalid_request', 'not_found', 'server'];
  if (code && (known as string[]).includes(code)) kind = code as AuditLogErrorCode;
  const detail = message ? `: ${message}` : '';
  return new AuditLogError(kind, `${what} failed with HTTP ${status}${detail}.`, { status });
}

/**
 * Calls `fetch` and reads a JSON answer, turning every failure into an {@link AuditLogError}
 * whose message names the request: network failures, error statuses (with the server's message),
 * a body that is not JSON, and the caller's abort.
 *
 * @param what a short description for messages, e.g. "Loading audit log events"
 */
export async function fetchJson(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit & { signal: AbortSignal },
  what: string,
): Promise<{ status: number; body: unknown }> {
  if (init.signal.aborted) throw new AuditLogError('aborted', 'The request was cancelled.', { cause: init.signal.reason });
  let response: Response;
  try {
    response = await fetchFn(url, init);
  } catch (error) {
    if (init.signal.aborted) throw new AuditLogError('aborted', 'The request was cancelled.', { cause: error });
    const reason = error instanceof Error ? error.message : String(error);
    throw new AuditLogError('network', `${what} failed: the server could not be reached (${reason}).`, { cause: error });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (init.signal.aborted) throw new AuditLogError('aborted', 'The request was cancelled.', { cause: error });
    throw new AuditLogError('network', `${what} failed while reading the answer.`, { cause: error });
  }
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch (error) {
      if (!response.ok) throw errorFor(response.status, undefined, what);
      throw new AuditLogError('malformed_response', `${what} failed: the answer is not JSON.`, { status: response.status, cause: error });
    }
  }
  if (!response.ok) throw errorFor(response.status, body, what);
  return { status: response.status, body };
}

/** Wraps anything thrown into an {@link AuditLogError}, so no adapter method rejects with something else. */
export function toAuditLogError(error: unknown, what: string): AuditLogError {
  if (error instanceof AuditLogError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new AuditLogError('malformed_response', `${what} failed: ${reason}`, { cause: error });
}
