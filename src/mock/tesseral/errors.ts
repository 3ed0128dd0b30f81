// Error bodies exactly as Tesseral's REST layer writes them: vanguard turns the Connect error into
// a `google.rpc.Status` and writes it with its own JSON codec, which has EmitUnpopulated on
// (vanguard protocol_rest.go:120-139, codec.go:99-104), so `message` and `details` are always
// present, and every field of each detail too. The HTTP status comes from the Connect code
// (vanguard protocol_http.go:37-55).

/** The Connect codes Tesseral's audit-log endpoints answer with. */
export const RPC = {
  invalid_argument: 3,
  not_found: 5,
  permission_denied: 7,
  resource_exhausted: 8,
  internal: 13,
  unavailable: 14,
  unauthenticated: 16,
} as const;

/** A Connect code name. */
export type RpcCode = keyof typeof RPC;

const HTTP_STATUS: Record<number, number> = { 3: 400, 5: 404, 7: 403, 8: 429, 13: 500, 14: 503, 16: 401 };

/** The detail Tesseral's `apierror` attaches: the sentence a person should read. */
export function errorDetail(description: string): Record<string, unknown> {
  return { '@type': 'type.googleapis.com/tesseral.common.v1.ErrorDetail', description, docsLink: '' };
}

/** A `google.rpc.Status` response with the status its code maps to. */
export function rpcStatus(code: RpcCode, message: string, details: Record<string, unknown>[] = []): Response {
  const status = RPC[code];
  return new Response(JSON.stringify({ code: status, message, details }), {
    status: HTTP_STATUS[status] ?? 500,
    headers: { 'content-type': 'application/json' },
  });
}

/**
 * An error from Tesseral's `apierror` package: the code's name as `message` (its `APIError`
 * prints only that, apierror.go:15-17) and the human sentence in an `ErrorDetail`.
 * `slug` differs from the code's name only for `unauthenticated_api_key` (errors.go:110-113).
 */
export function apiError(code: RpcCode, description: string, slug: string = code): Response {
  return rpcStatus(code, slug, [errorDetail(description)]);
}

/**
 * A bad, tampered or foreign page token (pagetoken.go:58-66): a Connect error with no message and
 * a `BadRequest.FieldViolation` detail, every field of it written.
 */
export function invalidPageToken(): Response {
  return rpcStatus('invalid_argument', '', [
    {
      '@type': 'type.googleapis.com/google.rpc.BadRequest.FieldViolation',
      field: 'page_token',
      description: 'invalid pagination token',
      reason: '',
      localizedMessage: null,
    },
  ]);
}
