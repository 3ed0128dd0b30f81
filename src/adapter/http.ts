import { AuditLogError } from '../errors.js';

/** The `fetch` an adapter calls: the global one by default, or the host's own (auth, tracing, tests). */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The error of a failed answer. Reading error bodies in every shape (Tesseral's google.rpc.Status
 * and its details among them) is code a page needs only when something fails: it loads then.
 */
async function failed(response: Response, body: unknown, what: string): Promise<AuditLogError> {
  const { errorFor } = await import('./error-body.js');
  return errorFor(response, body, what);
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
      if (!response.ok) throw await failed(response, undefined, what);
      throw new AuditLogError('malformed_response', `${what} failed: the answer is not JSON.`, { status: response.status, cause: error });
    }
  }
  if (!response.ok) throw await failed(response, body, what);
  return { status: response.status, body };
}

/** Wraps anything thrown into an {@link AuditLogError}, so no adapter method rejects with something else. */
export function toAuditLogError(error: unknown, what: string): AuditLogError {
  if (error instanceof AuditLogError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new AuditLogError('malformed_response', `${what} failed: ${reason}`, { cause: error });
}
