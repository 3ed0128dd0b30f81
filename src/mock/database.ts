import { createQueryEngine, type QueryEngine } from '../engine/engine.js';
import type { SearchPlanner } from '../engine/plan.js';
import { createFullTextSearch } from '../engine/search-index.js';
import { generateDataset, type GenerateOptions, type MockDataset, type MockOrganization } from './generate.js';
import { tesseralId } from './ids.js';
import { Random } from './random.js';
import { signAccessToken, verifyAccessToken, type AccessTokenClaims } from './tesseral/jwt.js';
import { PageTokens } from './tesseral/page-token.js';

/**
 * Who a credential stands for. An access token names a user in a session of an organization;
 * whether that user is an owner is read from the organization's current state on each request,
 * as Tesseral's `validateIsOwner` reads `users.is_owner` (frontend/store/organizations.go:254-264).
 */
export type MockPrincipal =
  | { kind: 'access'; organization: MockOrganization; userId: string; sessionId: string }
  | { kind: 'api_key'; organization: MockOrganization; apiKeyId: string }
  | { kind: 'backend' };

/** A demo credential, as printed on start and listed in the README. */
export interface MockCredential {
  token: string;
  description: string;
}

/** Options of {@link createMockDatabase}. */
export interface MockDatabaseOptions extends GenerateOptions {
  /** A dataset made already (the contract fixture); the generate options are then ignored. */
  dataset?: MockDataset;
  /** The key that signs the full API's page tokens; random by default. */
  cursorSecret?: string;
  /** Full-text search for the full API; default the engine's own index, with actor names from the dataset. */
  search?: SearchPlanner;
  /** The clock the access tokens are issued and checked by (epoch ms); default `Date.now`. */
  now?: () => number;
}

/** How long the mock's access tokens last: Tesseral's last five minutes, which would make printed demo tokens useless. */
const ACCESS_TOKEN_DAYS = 30;

/**
 * The mock backend's state: a generated dataset in one query engine (every organization in one
 * store, as one Tesseral project), and its credentials: for each organization an owner's and a
 * member's access token (a JWT with Tesseral's claims) and a customer API key secret, and the
 * vendor's backend API key; each also has a short demo alias (`demo_owner_acme`). Each instance is
 * independent: two mock servers (or two tests) never share events, keys or tokens.
 */
export class MockDatabase {
  readonly dataset: MockDataset;
  readonly engine: QueryEngine;
  /** Tesseral-style page tokens of the frontend API (position only). */
  readonly pageTokens = new PageTokens();
  /** The access tokens of each organization's owner and member, by slug. */
  readonly accessTokens = new Map<string, { owner: string; member: string }>();
  /** The audience (and issuer) of this project's access tokens. */
  readonly audience: string;
  /** The access tokens' key id. */
  readonly signingKeyId: string;
  /** The current time, for token checks. */
  readonly now: () => number;
  private readonly signingKey = globalThis.crypto.getRandomValues(new Uint8Array(32));
  private readonly aliases = new Map<string, MockPrincipal>();
  private readonly credentialList: MockCredential[] = [];
  private readonly aliasList: MockCredential[] = [];

  constructor(options: MockDatabaseOptions = {}) {
    this.dataset = options.dataset ?? generateDataset(options);
    this.now = options.now ?? Date.now;
    const search = options.search ?? createFullTextSearch({ actorNames: (id) => this.actorNames(id) });
    this.engine = createQueryEngine({ events: this.dataset.events, cursorSecret: options.cursorSecret, search });
    const { project, backendApiKey } = this.dataset;
    this.audience = `https://${project.id.replace(/_/g, '-')}.tesseral.app`;
    this.signingKeyId = tesseralId('session_signing_key', new Random(this.dataset.options.seed ^ 0x6b1d));
    for (const org of this.dataset.organizations) {
      const { slug, displayName } = org.spec;
      const owner = this.issueAccessToken(org, org.ownerId, org.ownerSessionId);
      const member = this.issueAccessToken(org, org.memberId, org.memberSessionId);
      this.accessTokens.set(slug, { owner, member });
      this.addAlias(`demo_owner_${slug}`, `owner of ${displayName} (alias of an access token)`,
        { kind: 'access', organization: org, userId: org.ownerId, sessionId: org.ownerSessionId });
      this.addAlias(`demo_member_${slug}`, `member (not an owner) of ${displayName}: 403 on audit logs`,
        { kind: 'access', organization: org, userId: org.memberId, sessionId: org.memberSessionId });
      if (org.apiKeyId && org.apiKeySecret) {
        this.addAlias(org.apiKeySecret, `alias of an API key secret of ${displayName} (for actorCredentials)`,
          { kind: 'api_key', organization: org, apiKeyId: org.apiKeyId });
      }
    }
    this.addAlias(backendApiKey.demoSecret, "alias of the vendor's backend API key (POST /v1/audit-log-events)", { kind: 'backend' });
    const acme = this.dataset.organizations[0];
    if (acme) {
      const tokens = this.accessTokens.get(acme.spec.slug)!;
      this.credentialList.push({ token: tokens.owner, description: `access token (JWT) of the owner of ${acme.spec.displayName}` });
      const secret = acme.apiKeyId ? acme.apiKeySecrets.get(acme.apiKeyId) : undefined;
      if (secret) this.credentialList.push({ token: secret, description: `API key secret of ${acme.spec.displayName}` });
    }
    this.credentialList.push({ token: backendApiKey.secret, description: "the vendor's backend API key" });
  }

  /**
   * Signs an access token for a user's session with Tesseral's claims (see {@link AccessTokenClaims}),
   * valid for 30 days from now.
   */
  issueAccessToken(org: MockOrganization, userId: string, sessionId: string): string {
    const user = org.users.get(userId);
    const iat = Math.floor(this.now() / 1000);
    const claims: AccessTokenClaims = {
      iss: this.audience,
      sub: userId,
      aud: this.audience,
      exp: iat + ACCESS_TOKEN_DAYS * 86_400,
      nbf: iat,
      iat,
      session: { id: sessionId },
      user: { id: userId, email: (user?.email as string | undefined) ?? `${userId}@unknown.example` },
      organization: { id: org.id, displayName: org.spec.displayName },
    };
    if (typeof user?.displayName === 'string') claims.user.displayName = user.displayName;
    return signAccessToken(claims, this.signingKey, this.signingKeyId);
  }

  /**
   * The principal of an access token (a JWT this server signed and that has not expired, or a demo
   * alias), or `undefined`.
   */
  accessPrincipal(token: string): Extract<MockPrincipal, { kind: 'access' }> | undefined {
    const alias = this.aliases.get(token);
    if (alias) return alias.kind === 'access' ? alias : undefined;
    const claims = verifyAccessToken(token, this.signingKey, this.signingKeyId, this.audience, this.now());
    const organization = claims && this.organization(claims.organization.id);
    return organization ? { kind: 'access', organization, userId: claims.user.id, sessionId: claims.session.id } : undefined;
  }

  /** What a demo alias stands for (`demo_owner_acme`, `demo_api_key_acme`, `demo_backend_api_key`). */
  alias(token: string): MockPrincipal | undefined {
    return this.aliases.get(token);
  }

  /** Whether a user is, now, an owner of the organization (deleted users are not). */
  isOwner(org: MockOrganization, userId: string): boolean {
    return !org.deletedUserIds.has(userId) && org.users.get(userId)?.owner === true;
  }

  /** The demo credentials in a stable order: Tesseral-format ones first, then the aliases. */
  get credentials(): readonly MockCredential[] {
    return [...this.credentialList, ...this.aliasList];
  }

  /** The names an actor id is known by (a user's name and email, a key's name), for search. */
  actorNames(id: string): string[] | undefined {
    for (const org of this.dataset.organizations) {
      const known = org.users.get(id) ?? org.apiKeys.get(id);
      if (known) return [known.displayName, known.email].filter((v): v is string => typeof v === 'string');
    }
    return undefined;
  }

  /** An organization by id. */
  organization(id: string): MockOrganization | undefined {
    return this.dataset.organizations.find((org) => org.id === id);
  }

  private addAlias(token: string, description: string, principal: MockPrincipal): void {
    this.aliases.set(token, principal);
    this.aliasList.push({ token, description });
  }
}

/** Makes a mock database; see {@link MockDatabaseOptions}. */
export function createMockDatabase(options: MockDatabaseOptions = {}): MockDatabase {
  return new MockDatabase(options);
}
