import type { AuditLogEvent } from '../model/event.js';
import { ACTIONS } from './actions/index.js';
import { MIX, without, type Action, type Actor, type Step } from './actions/types.js';
import { iso, makeOrganization, makeUser, person, type Snapshot } from './entities.js';
import { auditLogEventId, tesseralId } from './ids.js';
import { WeightedChoice, type Random } from './random.js';

const MIX_CHOICE = new WeightedChoice<Action>(MIX);

/** Everything set up at the start, in order: it makes every one of the 39 events happen once. */
const BOOTSTRAP: readonly Action[] = [
  'login', 'refresh', 'roleCreate', 'roleCreate', 'roleUpdate', 'userCreate', 'userCreate', 'userCreate', 'userUpdate',
  'assignRole', 'unassignRole', 'assignRole', 'inviteCreate', 'inviteCreate', 'inviteDelete', 'apiKeyCreate', 'apiKeyCreate',
  'apiKeyUpdate', 'apiKeyAssign', 'apiKeyUnassign', 'apiKeyRevoke', 'apiKeyDelete', 'apiKeyCreate', 'orgUpdate', 'domains',
  'googleDomains', 'msTenants', 'samlCreate', 'samlUpdate', 'initiate', 'oidcCreate', 'oidcUpdate', 'scimCreate',
  'scimUpdate', 'scimRevoke', 'scimDelete', 'scimCreate', 'passkeyCreate', 'passkeyUpdate', 'passkeyDelete', 'passkeyCreate',
  'roleDelete', 'userCreate', 'userDelete', 'samlDelete', 'oidcDelete', 'samlCreate', 'oidcCreate', 'custom', 'login',
];


/**
 * One organization's life, step by step: it keeps the current state of every entity so that
 * update events carry true before/after snapshots and actors are real, existing principals.
 */
export class OrgSim {
  /** The `Organization` snapshot. */
  organization: Snapshot;
  /** Every user ever created, by id, at their latest snapshot (deleted ones stay: old events name them). */
  readonly userById = new Map<string, Snapshot>();
  /** API keys that exist (revoked ones too, until deleted), by id. */
  readonly apiKeyById = new Map<string, Snapshot>();
  /** Each API key's secret (what `actorCredentials` may carry), by key id. */
  readonly apiKeySecretById = new Map<string, string>();
  /** Roles that exist, by id, at their latest snapshot. */
  readonly roleById = new Map<string, Snapshot>();
  /** Every session ever created, by id (a session outlives its user's deletion in old events). */
  readonly sessionById = new Map<string, Snapshot>();
  /** The users who are owners now (kept as they change: a lookup, not a scan, in a big organization). */
  readonly ownerIds = new Set<string>();
  /** Each user's latest session, by user id. */
  readonly sessionByUser = new Map<string, Snapshot>();
  /** When each session expires (epoch ms), by id: read on every refresh, so not parsed each time. */
  readonly sessionExpiry = new Map<string, number>();
  /** API keys deleted so far. */
  readonly deletedApiKeyIds = new Set<string>();
  /** SCIM API keys that exist (revoked ones too, until deleted), by id. */
  readonly scimKeyById = new Map<string, Snapshot>();
  users: Snapshot[] = [];
  apiKeys: Snapshot[] = [];
  roles: Snapshot[] = [];
  saml: Snapshot[] = [];
  oidc: Snapshot[] = [];
  scimKeys: Snapshot[] = [];
  passkeys: Snapshot[] = [];
  invites: Snapshot[] = [];
  sessions: Snapshot[] = [];
  /** Live role assignments, `[kind, assignment]`. */
  assignments: ['user' | 'apiKey', Snapshot][] = [];
  domains: string[];
  googleHostedDomains: string[] = [];
  microsoftTenantIds: string[] = [];
  readonly emails = new Set<string>();
  /** The id of the user who set the organization up (never deleted, never demoted). */
  readonly ownerId: string;
  /** The session of the owner's first login: the demo's owner token acts through it. */
  ownerSession: Snapshot | undefined;

  constructor(
    /** The organization's own random source. */
    readonly random: Random,
    displayName: string,
    readonly domain: string,
    readonly backendApiKeyId: string,
    t: number,
    /** The project's API key secret prefix (`ledgerly_sk_`). */
    readonly apiKeySecretPrefix: string,
  ) {
    this.organization = makeOrganization(random, t, displayName);
    this.domains = [domain];
    const owner = makeUser(random, t, person(random, domain, this.emails), true);
    this.ownerId = owner.id as string;
    this.ownerIds.add(this.ownerId);
    this.userById.set(this.ownerId, owner);
    this.users.push(owner);
  }

  /** Every user ever created, latest snapshots. */
  get allUsers(): Snapshot[] {
    return [...this.userById.values()];
  }

  /** Every API key not deleted, latest snapshots. */
  get allApiKeys(): Snapshot[] {
    return [...this.apiKeyById.values()];
  }

  /** The current snapshot of the owner. */
  get owner(): Snapshot {
    return this.users.find((u) => u.id === this.ownerId)!;
  }

  /** The organization's id. */
  get id(): string {
    return this.organization.id as string;
  }

  /**
   * The org's creation events, before anything else: the organization, then its owner, both made
   * by the vendor's backend (organizations.create has no other emitter: backend/store/organizations.go).
   */
  genesis(): Step[] {
    return [
      { name: 'tesseral.organizations.create', actor: this.backend(), details: { organization: this.organization } },
      { name: 'tesseral.users.create', actor: this.backend(), details: { user: this.owner } },
    ];
  }

  /** The bootstrap actions, in order. */
  bootstrap(): readonly Action[] {
    return BOOTSTRAP;
  }

  /** A random steady-state action. */
  nextAction(): Action {
    return MIX_CHOICE.pick(this.random);
  }

  /** Turns a step into a stored event. */
  toEvent(step: Step, t: number): AuditLogEvent {
    return {
      id: auditLogEventId(t, this.random),
      organizationId: this.id,
      ...step.actor,
      eventTime: iso(t),
      eventName: step.name,
      eventDetails: step.details,
    };
  }

  /** Does an action at time `t`; falls back to a session refresh when the action is impossible now. */
  act(action: Action, t: number): Step {
    return this.step(action, t) ?? this.step('refresh', t) ?? this.step('login', t)!;
  }

  /** The vendor's backend, through its backend API key (what every backend/store writer records). */
  backend(): Actor {
    return { actorBackendApiKeyId: this.backendApiKeyId };
  }

  /**
   * An owner in the customer's own settings page: Tesseral's frontend API records the caller's
   * user and session (frontend/store/log_audit_event.go) and lets only owners change the
   * organization (validateIsOwner). `null` when no owner is signed in.
   */
  ownerInSession(): Actor | null {
    // A few random draws instead of a scan: organizations of a million events have thousands of sessions.
    for (let tries = 0; tries < 24 && this.sessions.length; tries++) {
      const session = this.random.pick(this.sessions);
      if (this.ownerIds.has(session.userId as string)) return { actorUserId: session.userId as string, actorSessionId: session.id as string };
    }
    return null;
  }

  /** An admin acting: mostly an owner in the settings page, sometimes the vendor's backend (its support tooling). */
  admin(): Actor {
    const owner = this.ownerInSession();
    return owner && !this.random.chance(0.12) ? owner : this.backend();
  }

  /** A login flow in progress: the intermediate session, the only actor the login exchange records. */
  loginFlow(): Actor {
    return { actorIntermediateSessionId: tesseralId('intermediate_session', this.random) };
  }

  /** The customer's identity provider through SCIM, when a key is set up. */
  scim(): Actor | null {
    return this.scimKeys.length ? { actorScimApiKeyId: this.random.pick(this.scimKeys).id as string } : null;
  }

  /** A new person's name and email in the organization's domain. */
  email(): { name: string; email: string } {
    return person(this.random, this.domain, this.emails);
  }

  /** A random item of a list, other than `not`; `undefined` when there is none. */
  pickOther(list: Snapshot[], not?: Snapshot): Snapshot | undefined {
    const choices = not ? without(list, not) : list;
    return choices.length ? this.random.pick(choices) : undefined;
  }

  private step(action: Action, t: number): Step | null {
    return ACTIONS[action](this, this.random, t, action);
  }

  /** Revoked SCIM keys not yet deleted. */
  readonly revokedScim: Snapshot[] = [];
  /** Revoked API keys not yet deleted. */
  readonly revokedApiKeys: Snapshot[] = [];

  /** Puts an entity's new snapshot in place of its old one. */
  replace(field: 'users' | 'passkeys' | 'roles' | 'saml' | 'oidc', before: Snapshot, after: Snapshot): void {
    const list = this[field];
    list[list.indexOf(before)] = after;
    if (field === 'users') {
      this.userById.set(after.id as string, after);
      if (after.owner === true) this.ownerIds.add(after.id as string);
      else this.ownerIds.delete(after.id as string);
    }
    if (field === 'roles') this.roleById.set(after.id as string, after);
  }
}
