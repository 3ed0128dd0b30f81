import { isAuditLogError } from '../errors.js';
import { apiError, rpcStatus, type RpcCode } from '../mock/tesseral/errors.js';

// The full API's answers: JSON, and errors as `{"error": {"code", "message"}}` with the status of
// their code (docs/rest-api.md).

const STATUS: Partial<Record<string, number>> = {
  invalid_request: 400, invalid_cursor: 400, unsupported: 400, unauthenticated: 401, permission_denied: 403, not_found: 404, rate_limited: 429,
};

/** A JSON answer. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A REST error: its code, its sentence, and the status of its code unless given. */
export function restError(code: string, message: string, status?: number): Response {
  return json({ error: { code, message } }, status ?? STATUS[code] ?? 500);
}

/**
 * Runs a route, answering an `AuditLogError` it throws as its REST error, and anything else as a
 * 500 that says nothing of the server's inside (the error is the vendor's to log, not the client's to read).
 */
export async function answer(work: () => Response | Promise<Response>, onError?: (error: unknown) => void): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isAuditLogError(error)) return restError(error.code, error.message, error.status);
    onError?.(error);
    return restError('server', 'the audit log service failed; try again later');
  }
}

const TESSERAL_CODE: Partial<Record<string, RpcCode>> = { unauthenticated: 'unauthenticated', permission_denied: 'permission_denied', not_found: 'not_found', rate_limited: 'resource_exhausted' };

/**
 * {@link answer} for Tesseral's ingest route: errors in Tesseral's shape (a `google.rpc.Status`),
 * an `AuditLogError` by its code (`invalid_argument` for a request's), anything else as Tesseral's
 * bare `internal`.
 */
export async function answerAsTesseral(work: () => Promise<Response>, onError?: (error: unknown) => void): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isAuditLogError(error)) return apiError(TESSERAL_CODE[error.code] ?? 'invalid_argument', error.message);
    onError?.(error);
    return rpcStatus('internal', 'internal error');
  }
}
