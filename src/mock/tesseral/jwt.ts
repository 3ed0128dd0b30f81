import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base64UrlToBytes, bytesToBase64Url } from '../../engine/base64url.js';
import { constantTimeEqual } from '../../engine/constant-time.js';

/**
 * The claims of a Tesseral access token (`commonv1.AccessTokenData`, common.proto:5-38, written
 * with default protojson by internal/common/store/accesstoken.go): registered claims, then the
 * session, user and organization, sorted actions, and an impersonator for impersonated sessions.
 */
export interface AccessTokenClaims {
  iss: string;
  sub: string;
  aud: string;
  exp: number;
  nbf: number;
  iat: number;
  session: { id: string };
  user: { id: string; email: string; displayName?: string; profilePictureUrl?: string };
  organization: { id: string; displayName?: string };
  actions?: string[];
  impersonator?: { email: string };
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function segment(value: unknown): string {
  return bytesToBase64Url(utf8ToBytes(JSON.stringify(value)));
}

function json(part: string, fatal = true): unknown {
  const bytes = base64UrlToBytes(part);
  if (!bytes) return undefined;
  try {
    // Go's json.Unmarshal (the unverified reading) replaces bad UTF-8 instead of failing.
    return JSON.parse(new TextDecoder('utf-8', { fatal }).decode(bytes));
  } catch {
    return undefined;
  }
}

function signature(key: Uint8Array, signingInput: string): string {
  return bytesToBase64Url(hmac(sha256, key, utf8ToBytes(signingInput)));
}

/**
 * Signs an access token. Tesseral signs ES256 with a KMS-held key whose id is the `kid`; the mock
 * signs HS256 with its own random secret (one per mock server), under the same header and claims:
 * a client treats the token as opaque either way, and only the mock ever verifies it.
 */
export function signAccessToken(claims: AccessTokenClaims, key: Uint8Array, kid: string): string {
  const input = `${segment({ kid, alg: 'HS256' })}.${segment(claims)}`;
  return `${input}.${signature(key, input)}`;
}

/**
 * Verifies an access token as Tesseral's frontend interceptor does (ujwt.go): three parts, the
 * algorithm and key id, the signature, then `aud`, `exp` and `nbf` in whole seconds without
 * leeway. Answers the claims, or `null` for anything that fails ("invalid jwt").
 */
export function verifyAccessToken(token: string, key: Uint8Array, kid: string, audience: string, nowMs: number): AccessTokenClaims | null {
  if (token.length > 8192 || !JWT_SHAPE.test(token)) return null;
  const [header, payload, mac] = token.split('.') as [string, string, string];
  const head = json(header) as { alg?: unknown; kid?: unknown } | undefined;
  if (head?.alg !== 'HS256' || head.kid !== kid) return null;
  if (!constantTimeEqual(mac, signature(key, `${header}.${payload}`))) return null;
  const claims = json(payload) as AccessTokenClaims | undefined;
  const now = Math.floor(nowMs / 1000);
  if (!claims || claims.aud !== audience || typeof claims.exp !== 'number' || typeof claims.nbf !== 'number') return null;
  if (claims.exp < now || claims.nbf > now) return null;
  if (typeof claims.session?.id !== 'string' || typeof claims.user?.id !== 'string' || typeof claims.organization?.id !== 'string') return null;
  return claims;
}

/** Whether text has a JWT's shape, as Tesseral's create endpoint tells one (audit_log_events.go:535). */
export function looksLikeJwt(text: string): boolean {
  return JWT_SHAPE.test(text);
}

/**
 * The payload of a JWT-shaped text, decoded without any check, as Tesseral's create endpoint
 * reads `actorCredentials` (audit_log_events.go:539-558: "a convenience shorthand, not an
 * authentication scheme"); `undefined` when it is not base64url JSON.
 */
export function unverifiedPayload(token: string): unknown {
  if (!JWT_SHAPE.test(token)) return undefined;
  return json(token.split('.')[1]!, false);
}
