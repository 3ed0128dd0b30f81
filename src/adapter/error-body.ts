import { AuditLogError, type AuditLogErrorCode } from '../errors.js';
import { isPlainObject } from '../model/validate.js';

// Reads a failed answer's body, whatever shape it has: a `google.rpc.Status` (Tesseral's REST
// layer, gRPC-gateway), a Connect error (`{"code": "invalid_argument", "message", "details"}`),
// or this project's REST shape (`{"error": {"code", "message"}}`).

/** Connect / gRPC codes, by number and by name, as the viewer's error codes. */
const RPC_CODES: Record<string, AuditLogErrorCode> = {
  '2': 'server', unknown: 'server',
  '3': 'invalid_request', invalid_argument: 'invalid_request',
  '4': 'server', deadline_exceeded: 'server',
  '5': 'not_found', not_found: 'not_found',
  '7': 'permission_denied', permission_denied: 'permission_denied',
  '8': 'rate_limited', resource_exhausted: 'rate_limited',
  '9': 'invalid_request', failed_precondition: 'invalid_request',
  '11': 'invalid_request', out_of_range: 'invalid_request',
  '12': 'unsupported', unimplemented: 'unsupported',
  '13': 'server', internal: 'server',
  '14': 'server', unavailable: 'server',
  '16': 'unauthenticated', unauthenticated: 'unauthenticated',
};

/** This project's own REST codes, which name the viewer's codes directly. */
const OWN_CODES = new Set<string>(['unsupported', 'invalid_cursor', 'invalid_request', 'not_found', 'server', 'unauthenticated', 'permission_denied', 'rate_limited']);

/** What the HTTP status says when the body says nothing. */
const STATUS_CODES: Record<number, AuditLogErrorCode> = {
  400: 'invalid_request', 401: 'unauthenticated', 403: 'permission_denied', 404: 'not_found', 429: 'rate_limited',
};

// Names that stand for a code rather than say anything: Tesseral's apierror puts one in `message`
// ("permission_denied") and the sentence in a detail; a Connect error wrapped in another reads
// "not_found: not_found" (connect-go error.go:191-197: Tesseral's 401 for another project's token).
const CODE_WORDS = /^(?:[a-z]+_)*[a-z]+(?:: (?:[a-z]+_)*[a-z]+)*$/;

/** What a failed answer says, read from its body. */
export interface ErrorBody {
  /** The code the body gives, as text (`"7"`, `"permission_denied"`, `"invalid_cursor"`). */
  code?: string;
  /** The sentence for a person: a detail's description, else a message that is more than a code name. */
  sentence?: string;
  /** The fields the request got wrong (`google.rpc.BadRequest.FieldViolation`). */
  fields: string[];
}

function details(body: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(body.details) ? body.details.filter(isPlainObject) : [];
}

/** Reads an error body in any of the shapes above. */
export function readErrorBody(body: unknown): ErrorBody {
  if (!isPlainObject(body)) return { fields: [] };
  const inner = isPlainObject(body.error) ? body.error : body;
  const code = typeof inner.code === 'string' || typeof inner.code === 'number' ? String(inner.code).toLowerCase() : undefined;
  const fields: string[] = [];
  let description: string | undefined;
  for (const detail of details(inner)) {
    const type = typeof detail['@type'] === 'string' ? detail['@type'] : '';
    // A FieldViolation alone, or inside a BadRequest's list.
    const violations = type.endsWith('google.rpc.BadRequest') && Array.isArray(detail.fieldViolations) ? detail.fieldViolations.filter(isPlainObject) : [detail];
    for (const violation of violations) {
      if (typeof violation.field === 'string' && violation.field) fields.push(violation.field);
    }
    const text = violations.map((v) => v.description).find((d): d is string => typeof d === 'string' && d.trim() !== '');
    description ??= text;
  }
  const message = typeof inner.message === 'string' && inner.message.trim() !== '' && !CODE_WORDS.test(inner.message.trim()) ? inner.message : undefined;
  const sentence = description ?? message;
  return { ...(code ? { code } : {}), ...(sentence ? { sentence: sentence.trim() } : {}), fields };
}

/** A `Retry-After` header (seconds or an HTTP date) in milliseconds, when there is one. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The {@link AuditLogError} of a failed answer: its code from the body's code (else the HTTP
 * status), `invalid_cursor` when the request's page token or cursor is what was wrong, and a
 * message with the server's own sentence ("…failed: user must be an owner of the organization.").
 */
export function errorFor(response: { status: number; headers?: Headers }, body: unknown, what: string): AuditLogError {
  const { status } = response;
  const { code, sentence, fields } = readErrorBody(body);
  let kind: AuditLogErrorCode = STATUS_CODES[status] ?? (status >= 500 ? 'server' : 'invalid_request');
  if (code && RPC_CODES[code]) kind = RPC_CODES[code]!;
  if (code && OWN_CODES.has(code)) kind = code as AuditLogErrorCode;
  // Only a refused request can be a bad cursor: a 500 that mentions a "database cursor" is not one.
  const cursorField = fields.some((f) => /^(page_?token|pagetoken|cursor)$/i.test(f));
  if (status < 500 && (cursorField || (kind === 'invalid_request' && /pagination token|page token|cursor/i.test(sentence ?? '')))) kind = 'invalid_cursor';
  const said = sentence ? `: ${sentence.replace(/[.\s]+$/, '')}.` : ` with HTTP ${status}.`;
  const wait = response.headers ? retryAfterMs(response.headers.get('retry-after')) : undefined;
  return new AuditLogError(kind, `${what} failed${said}`, { status, ...(wait !== undefined ? { retryAfterMs: wait } : {}) });
}
