import { createQueryEngine, type QueryEngine } from '../engine/engine.js';
import type { SearchPlanner } from '../engine/plan.js';
import { createFullTextSearch } from '../engine/search-index.js';
import { generateDataset, type GenerateOptions, type MockDataset, type MockOrganization } from './generate.js';

/** Who a bearer token or cookie stands for. */
export type MockPrincipal =
  | { kind: 'access'; organization: MockOrganization; userId: string; sessionId: string; owner: boolean }
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
  /** The key that signs page tokens; random by default. */
  cursorSecret?: string;
  /** Full-text search for the full API; default the engine's own index, with actor names from the dataset. */
  search?: SearchPlanner;
}

/**
 * The mock backend's state: a generated dataset in one query engine (every organization in one
 * store, as one Tesseral deployment), and the demo credentials. Each instance is independent:
 * two mock servers (or two tests) never share events or tokens' signing keys.
 */
export class MockDatabase {
  readonly dataset: MockDataset;
  readonly engine: QueryEngine;
  private readonly tokens = new Map<string, MockPrincipal>();
  private readonly credentialList: MockCredential[] = [];
  private readonly sessions = new Map<string, { organizationId: string; userId: string }>();

  constructor(options: MockDatabaseOptions = {}) {
    this.dataset = options.dataset ?? generateDataset(options);
    const search = options.search ?? createFullTextSearch({ actorNames: (id) => this.actorNames(id) });
    this.engine = createQueryEngine({ events: this.dataset.events, cursorSecret: options.cursorSecret, search });
    for (const org of this.dataset.organizations) {
      const { slug, displayName } = org.spec;
      this.addToken(`demo_owner_${slug}`, `owner of ${displayName}`,
        { kind: 'access', organization: org, userId: org.ownerId, sessionId: org.ownerSessionId, owner: true });
      this.addToken(`demo_member_${slug}`, `member (not an owner) of ${displayName}: 403 on audit logs`,
        { kind: 'access', organization: org, userId: org.memberId, sessionId: org.memberSessionId, owner: false });
      if (org.apiKeyId && org.apiKeySecret) {
        this.addToken(org.apiKeySecret, `API key secret of ${displayName} (for actorCredentials)`,
          { kind: 'api_key', organization: org, apiKeyId: org.apiKeyId });
      }
    }
    for (const event of this.dataset.events) {
      if (event.eventName !== 'tesseral.sessions.create') continue;
      const session = event.eventDetails.session as { id: string; userId: string };
      this.sessions.set(session.id, { organizationId: event.organizationId!, userId: session.userId });
    }
    this.addToken(this.dataset.backendApiKey.secret, "the vendor's backend API key (POST /v1/audit-log-events)", { kind: 'backend' });
  }

  /** The principal of a token, or `undefined` when unknown. */
  principal(token: string | undefined): MockPrincipal | undefined {
    return token ? this.tokens.get(token) : undefined;
  }

  /** A session created in the generated history, by id. */
  session(id: string): { organizationId: string; userId: string } | undefined {
    return this.sessions.get(id);
  }

  /** The demo credentials in a stable order. */
  get credentials(): readonly MockCredential[] {
    return this.credentialList;
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

  private addToken(token: string, description: string, principal: MockPrincipal): void {
    this.tokens.set(token, principal);
    this.credentialList.push({ token, description });
  }
}

/** Makes a mock database; see {@link MockDatabaseOptions}. */
export function createMockDatabase(options: MockDatabaseOptions = {}): MockDatabase {
  return new MockDatabase(options);
}
