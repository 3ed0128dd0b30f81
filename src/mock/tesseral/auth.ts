import type { MockDatabase, MockPrincipal } from '../database.js';
import { isTesseralId } from '../../model/tesseral-ids.js';
import { apiError, rpcStatus } from './errors.js';

/** The access-token cookie of a project (internal/cookies/cookies.go:24-26,111-113). */
export function accessTokenCookieName(projectId: string): string {
  return `tesseral_${projectId}_access_token`;
}

/** The value of a cookie in a `Cookie` header; the last one wins when a name repeats, as in Go. */
function cookie(header: string | null, name: string): string {
  let found = '';
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    found = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return found;
}

/**
 * Authenticates a frontend (end-customer) API call as Tesseral's interceptor does
 * (internal/frontend/authn/interceptor/interceptor.go:42-83): `Authorization: Bearer <token>`,
 * the scheme spelled exactly so, wins over the cookie `tesseral_<projectId>_access_token`; the
 * token must be this project's unexpired access token (a JWT). API keys are not accepted here.
 * Every failure is a 401 with Tesseral's words; the demo aliases (`demo_owner_acme`) stand for
 * access tokens.
 */
export function authenticateFrontend(db: MockDatabase, request: Request): Extract<MockPrincipal, { kind: 'access' }> | Response {
  const header = request.headers.get('authorization') ?? '';
  let token: string;
  if (header !== '') {
    if (!header.startsWith('Bearer ')) return rpcStatus('unauthenticated', 'invalid authorization header');
    token = header.slice('Bearer '.length);
  } else {
    token = cookie(request.headers.get('cookie'), accessTokenCookieName(db.dataset.project.id));
  }
  return db.accessPrincipal(token) ?? rpcStatus('unauthenticated', 'invalid jwt');
}

/**
 * Authenticates a backend API call (internal/backend/authn/interceptor/interceptor.go:31-82 and
 * backend/store/authenticate_backend_api_key.go): `Authorization: Bearer <backend API key secret>`.
 * No header at all is a 401 "no access token found in cookies" (the console's cookie path), another
 * scheme a 401 with no message, a secret not in the `tesseral_secret_key_…` format a 400, and an
 * unknown one a 404, because Tesseral's interceptor never sees the error it checks for.
 */
export function authenticateBackend(db: MockDatabase, request: Request): Response | null {
  const header = request.headers.get('authorization') ?? '';
  if (header === '') return rpcStatus('unauthenticated', 'no access token found in cookies');
  if (!header.startsWith('Bearer ')) return rpcStatus('unauthenticated', '');
  const secret = header.slice('Bearer '.length);
  if (db.alias(secret)?.kind === 'backend') return null;
  if (!isTesseralId(secret, 'tesseral_secret_key_')) return apiError('invalid_argument', 'invalid backend api key secret token');
  return secret === db.dataset.backendApiKey.secret ? null : apiError('not_found', 'backend api key not found');
}
