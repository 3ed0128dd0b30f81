import type { AuditLogEvent } from '../../model/event.js';
import { isTesseralId } from '../../model/tesseral-ids.js';
import { isPlainObject } from '../../model/validate.js';
import type { MockDatabase } from '../database.js';
import type { MockOrganization } from '../generate.js';
import type { CreateRequest } from './create-request.js';
import { isApiKeySecret } from './ids.js';
import { looksLikeJwt, unverifiedPayload } from './jwt.js';

/** What a create request's "who" stands for: the stored organization and actor columns. */
export type CreateContext = Pick<AuditLogEvent, 'organizationId' | 'actorUserId' | 'actorSessionId' | 'actorApiKeyId'>;

/** A refusal (always invalid_argument): its `message` slug when not the code's name, and its description. */
export interface CreateRefusal {
  code: 'invalid_argument';
  slug?: string;
  description: string;
}

const API_KEY_SHAPE = /^[a-z0-9_]+$/;

const refuse = (description: string, slug?: string): CreateRefusal => ({ code: 'invalid_argument', description, ...(slug ? { slug } : {}) });

type GoType = 'string' | 'number' | 'strings' | Record<string, 'string'>;

// commonv1.AccessTokenData and its messages, as Go's encoding/json sees them: by their `json`
// tags (common.pb.go:26-36, 150, 194-197, 262-263, 314), which are snake_case.
const CLAIMS: Record<string, GoType> = {
  iss: 'string', sub: 'string', aud: 'string', exp: 'number', nbf: 'number', iat: 'number',
  session: { id: 'string' },
  user: { id: 'string', email: 'string', display_name: 'string', profile_picture_url: 'string' },
  organization: { id: 'string', display_name: 'string' },
  actions: 'strings',
  impersonator: { email: 'string' },
};

/**
 * Reads a JSON object into fields as Go's `json.Unmarshal` does: keys matched to the tags
 * exactly or else ignoring case, unknown keys and `null` ignored, and a value of the wrong type an
 * error (`undefined` here). Answers the fields found, by tag.
 */
function goFields(value: unknown, fields: Record<string, GoType>): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const tag = key in fields ? key : Object.keys(fields).find((f) => f.toLowerCase() === key.toLowerCase());
    if (tag === undefined || v === null) continue;
    const type = fields[tag]!;
    if (type === 'string' || type === 'number') {
      if (typeof v !== type) return undefined;
      out[tag] = v;
    } else if (type === 'strings') {
      if (!Array.isArray(v) || !v.every((x) => x === null || typeof x === 'string')) return undefined;
    } else {
      const inner = goFields(v, type);
      if (!inner) return undefined;
      out[tag] = inner;
    }
  }
  return out;
}

/**
 * `actorCredentials` that looks like a JWT, read as Tesseral reads it
 * (backend/store/audit_log_events.go:539-655): the payload decoded with `json.Unmarshal` and no
 * check of signature, expiry or project ("a convenience shorthand, not an authentication
 * scheme"), then the organization, user and session ids parsed in that order and stored as they
 * are, without a lookup. A payload without one of those objects makes Tesseral dereference nil and
 * drop the connection; the mock says "invalid credential" instead.
 */
function fromJwt(token: string): CreateContext | CreateRefusal {
  const claims = goFields(unverifiedPayload(token), CLAIMS);
  if (!claims) return refuse('invalid credential');
  const id = (claim: string) => (claims[claim] as { id?: string } | undefined);
  const org = id('organization');
  const user = id('user');
  const session = id('session');
  if (!org) return refuse('invalid credential');
  if (!isTesseralId(org.id ?? '', 'org_')) return refuse('invalid organization_id in credential');
  if (!user) return refuse('invalid credential');
  if (!isTesseralId(user.id ?? '', 'user_')) return refuse('invalid user_id in credential');
  if (!session) return refuse('invalid credential');
  if (!isTesseralId(session.id ?? '', 'session_')) return refuse('invalid session_id in credential');
  return { organizationId: org.id, actorUserId: user.id, actorSessionId: session.id };
}

/**
 * An API key secret (audit_log_events.go:656-688): the project's prefix and 55 base36 digits,
 * looked up among live keys; unknown, revoked and expired keys are all "invalid credential".
 */
function fromApiKeySecret(db: MockDatabase, secret: string): CreateContext | CreateRefusal {
  const { apiKeySecretPrefix } = db.dataset.project;
  if (!isApiKeySecret(secret, apiKeySecretPrefix)) return refuse('malformed_api_key_secret_token', 'unauthenticated_api_key');
  for (const org of db.dataset.organizations) {
    for (const [apiKeyId, known] of org.apiKeySecrets) {
      if (known !== secret) continue;
      const key = org.apiKeys.get(apiKeyId);
      const expired = typeof key?.expireTime === 'string' && Date.parse(key.expireTime) <= db.now();
      if (!key || key.revoked === true || expired) break;
      return { organizationId: org.id, actorApiKeyId: apiKeyId };
    }
  }
  return refuse('invalid credential');
}

function findOrg(db: MockDatabase, test: (org: MockOrganization) => boolean): MockOrganization | undefined {
  return db.dataset.organizations.find(test);
}

/**
 * Derives the organization and actor of a custom event from its one "who" field, in the order
 * and with the words of Tesseral's `deriveEventContextForRequest` (audit_log_events.go:620-769).
 * The demo aliases (`demo_owner_acme`, `demo_api_key_acme`) stand for the credentials they alias.
 */
export function deriveCreateContext(db: MockDatabase, req: CreateRequest): CreateContext | CreateRefusal {
  const credentials = req.actorCredentials;
  if (credentials !== undefined) {
    const alias = db.alias(credentials);
    if (alias?.kind === 'access') return { organizationId: alias.organization.id, actorUserId: alias.userId, actorSessionId: alias.sessionId };
    if (alias?.kind === 'api_key') return { organizationId: alias.organization.id, actorApiKeyId: alias.apiKeyId };
    if (looksLikeJwt(credentials)) return fromJwt(credentials);
    if (API_KEY_SHAPE.test(credentials)) return fromApiKeySecret(db, credentials);
    // Neither shape: Tesseral records a "free-floating audit log event for the project" (:766-768).
    return {};
  }
  if (req.actorSessionId !== undefined) {
    const id = req.actorSessionId;
    const org = isTesseralId(id, 'session_') ? findOrg(db, (o) => o.sessions.has(id)) : undefined;
    // Revoked and expired sessions are not excluded (queries-backend.sql:1208-1220).
    return org ? { organizationId: org.id, actorUserId: org.sessions.get(id)!.userId as string, actorSessionId: id } : refuse('invalid session_id');
  }
  if (req.actorUserId !== undefined) {
    const id = req.actorUserId;
    const org = isTesseralId(id, 'user_') ? findOrg(db, (o) => o.users.has(id) && !o.deletedUserIds.has(id)) : undefined;
    return org ? { organizationId: org.id, actorUserId: id } : refuse('invalid user_id');
  }
  if (req.actorApiKeyId !== undefined) {
    const id = req.actorApiKeyId;
    // Revoked and expired keys are accepted here (queries-backend.sql:1222-1232); deleted ones are gone.
    const org = isTesseralId(id, 'api_key_') ? findOrg(db, (o) => o.apiKeys.has(id)) : undefined;
    return org ? { organizationId: org.id, actorApiKeyId: id } : refuse('invalid api_key_id');
  }
  const id = req.organizationId!;
  if (!isTesseralId(id, 'org_')) return refuse('invalid organization_id');
  // An organization alone is stored with no actor at all (not the backend key that called).
  return db.organization(id) ? { organizationId: id } : refuse('organization not found');
}
