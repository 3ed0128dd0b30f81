import type { AuditLogEvent } from '../model/event.js';
import { customEvent } from './custom-events.js';
import {
  AUTH_FACTORS, iso, makeApiKey, makeInvite, makeOidcConnection, makeOrganization, makePasskey, makeRole,
  makeSamlConnection, makeScimApiKey, makeSession, makeUser, person, updated, type Snapshot,
} from './entities.js';
import { auditLogEventId, tesseralId } from './ids.js';
import { WeightedChoice, type Random } from './random.js';

/** The actor fields of an event being made. */
type Actor = Pick<AuditLogEvent, 'actorUserId' | 'actorSessionId' | 'actorApiKeyId' | 'actorBackendApiKeyId' | 'actorIntermediateSessionId' | 'actorScimApiKeyId'>;

/** An event without id and time yet: what one step of the simulation does. */
interface Step {
  name: string;
  actor: Actor;
  details: Snapshot;
}

/** The steady-state mix: weights of what happens in an organization, once it is set up. */
const MIX = {
  refresh: 45, login: 12, initiate: 2, custom: 22,
  userUpdate: 2.5, userCreate: 1, userDelete: 0.3, assignRole: 1, unassignRole: 0.6,
  inviteCreate: 1, inviteDelete: 0.4,
  apiKeyCreate: 0.8, apiKeyUpdate: 0.5, apiKeyRevoke: 0.3, apiKeyDelete: 0.2, apiKeyAssign: 0.3, apiKeyUnassign: 0.2,
  passkeyCreate: 0.5, passkeyUpdate: 0.2, passkeyDelete: 0.2,
  roleCreate: 0.1, roleUpdate: 0.3, roleDelete: 0.08,
  orgUpdate: 0.3, domains: 0.1, googleDomains: 0.05, msTenants: 0.05,
  samlCreate: 0.03, samlUpdate: 0.2, samlDelete: 0.02, oidcCreate: 0.03, oidcUpdate: 0.1, oidcDelete: 0.02,
  scimCreate: 0.03, scimUpdate: 0.05, scimRevoke: 0.02, scimDelete: 0.02,
} as const;

type Action = keyof typeof MIX;

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

const without = <T>(list: T[], item: T) => list.filter((x) => x !== item);

/**
 * One organization's life, step by step: it keeps the current state of every entity so that
 * update events carry true before/after snapshots and actors are real, existing principals.
 */
export class OrgSim {
  /** The `Organization` snapshot. */
  organization: Snapshot;
  /** Every user ever created, by id, at their latest snapshot (deleted ones stay: old events name them). */
  private readonly userById = new Map<string, Snapshot>();
  /** API keys that exist (revoked ones too, until deleted), by id. */
  private readonly apiKeyById = new Map<string, Snapshot>();
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
    private readonly random: Random,
    displayName: string,
    readonly domain: string,
    readonly backendApiKeyId: string,
    t: number,
  ) {
    this.organization = makeOrganization(random, t, displayName);
    this.domains = [domain];
    const owner = makeUser(random, t, person(random, domain, this.emails), true);
    this.ownerId = owner.id as string;
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

  /** The org's creation events, before anything else: the organization, then its owner (by the vendor). */
  genesis(): Step[] {
    return [
      { name: 'tesseral.organizations.create', actor: {}, details: { organization: this.organization } },
      { name: 'tesseral.users.create', actor: { actorBackendApiKeyId: this.backendApiKeyId }, details: { user: this.owner } },
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

  /** An admin acting: mostly a signed-in user, sometimes the vendor's backend (its support console). */
  private admin(): Actor {
    const session = this.sessions.length ? this.random.pick(this.sessions) : undefined;
    if (!session || this.random.chance(0.12)) return { actorBackendApiKeyId: this.backendApiKeyId };
    return { actorUserId: session.userId as string, actorSessionId: session.id as string };
  }

  /** Who provisions users: SCIM when set up, else an admin. */
  private provisioner(): Actor {
    if (this.scimKeys.length && this.random.chance(0.5)) return { actorScimApiKeyId: this.random.pick(this.scimKeys).id as string };
    return this.admin();
  }

  private email(): { name: string; email: string } {
    return person(this.random, this.domain, this.emails);
  }

  private pickOther(list: Snapshot[], not?: Snapshot): Snapshot | undefined {
    const choices = not ? without(list, not) : list;
    return choices.length ? this.random.pick(choices) : undefined;
  }

  private step(action: Action, t: number): Step | null {
    const r = this.random;
    switch (action) {
      case 'refresh': {
        if (!this.sessions.length) return null;
        const index = Math.floor(r.next() * this.sessions.length);
        // A new object: the one in the sessions.create event's details must stay as it was.
        const refreshed: Snapshot = { ...this.sessions[index]!, lastActiveTime: iso(t) };
        this.sessions[index] = refreshed;
        const { id, userId, expireTime, lastActiveTime, primaryAuthFactor, impersonatorEmail } = refreshed;
        const details: Snapshot = { id, userId, expireTime, lastActiveTime, primaryAuthFactor };
        if (impersonatorEmail) details.impersonatorEmail = impersonatorEmail;
        return { name: 'tesseral.sessions.refresh', actor: { actorUserId: userId as string, actorSessionId: id as string }, details };
      }
      case 'login': {
        const user = this.sessions.length === 0 ? this.owner : this.random.pick(this.users);
        const viaSaml = this.saml.length > 0 && r.chance(0.3);
        const viaOidc = !viaSaml && this.oidc.length > 0 && r.chance(0.2);
        const impersonated = !viaSaml && !viaOidc && r.chance(0.02);
        const factor = viaSaml ? 'PRIMARY_AUTH_FACTOR_SAML' : viaOidc ? 'PRIMARY_AUTH_FACTOR_OIDC'
          : impersonated ? 'PRIMARY_AUTH_FACTOR_IMPERSONATION' : r.pick(AUTH_FACTORS.slice(0, 4));
        const session = makeSession(r, t, user.id as string, factor, impersonated ? 'support@ledgerly.example' : '');
        this.sessions.push(session);
        if (user.id === this.ownerId && !this.ownerSession) this.ownerSession = session;
        if (this.sessions.length > Math.max(6, this.users.length * 2)) {
          this.sessions = this.sessions.filter((s) => s === this.ownerSession || r.chance(0.7));
        }
        const details: Snapshot = { session };
        if (viaSaml) details.samlConnectionId = r.pick(this.saml).id;
        if (viaOidc) details.oidcConnectionId = r.pick(this.oidc).id;
        return { name: 'tesseral.sessions.create', actor: { actorIntermediateSessionId: tesseralId('intermediate_session', r) }, details };
      }
      case 'initiate': {
        const useSaml = this.saml.length > 0 && (this.oidc.length === 0 || r.chance(0.6));
        const list = useSaml ? this.saml : this.oidc;
        if (!list.length) return null;
        return {
          name: useSaml ? 'tesseral.saml_connections.initiate' : 'tesseral.oidc_connections.initiate',
          actor: { actorIntermediateSessionId: tesseralId('intermediate_session', r) },
          details: useSaml ? { samlConnection: r.pick(list) } : { oidcConnection: r.pick(list) },
        };
      }
      case 'custom': {
        const session = this.pickOther(this.sessions);
        const peer = r.pick(this.users).email as string;
        const useKey = this.apiKeys.length > 0 && r.chance(0.25);
        // A scheduled job of the vendor's acts as its backend (what POST with organizationId records).
        const actor: Actor = r.chance(0.04) ? { actorBackendApiKeyId: this.backendApiKeyId }
          : useKey ? { actorApiKeyId: r.pick(this.apiKeys).id as string }
          : session ? { actorUserId: session.userId as string, actorSessionId: session.id as string } : {};
        const email = actor.actorUserId ? (this.userById.get(actor.actorUserId)?.email as string) : 'automation';
        const { name, details } = customEvent(r, t, email, peer);
        return { name, actor, details };
      }
      case 'userCreate': {
        const user = makeUser(r, t, this.email(), r.chance(0.08));
        this.users.push(user);
        this.userById.set(user.id as string, user);
        return { name: 'tesseral.users.create', actor: this.provisioner(), details: { user } };
      }
      case 'userUpdate': {
        const user = this.pickOther(this.users);
        if (!user) return null;
        const change = user.id === this.ownerId ? r.pick(['name', 'mfa']) : r.pick(['name', 'name', 'name', 'owner', 'mfa', 'mfa']);
        const after = updated(user, t, change === 'name' ? { displayName: `${this.email().name}` }
          : change === 'owner' ? { owner: !(user.owner as boolean) } : { hasAuthenticatorApp: user.hasAuthenticatorApp ? undefined : true });
        this.replace('users', user, after);
        return { name: 'tesseral.users.update', actor: this.provisioner(), details: { user: after, previousUser: user } };
      }
      case 'userDelete': {
        const user = this.pickOther(this.users, this.owner);
        if (!user) return null;
        this.users = without(this.users, user);
        this.sessions = this.sessions.filter((s) => s.userId !== user.id);
        return { name: 'tesseral.users.delete', actor: this.provisioner(), details: { user } };
      }
      case 'assignRole':
      case 'apiKeyAssign': {
        const forUser = action === 'assignRole';
        const target = forUser ? this.pickOther(this.users) : this.pickOther(this.apiKeys);
        const role = this.pickOther(this.roles);
        if (!target || !role) return null;
        const assignment: Snapshot = forUser
          ? { id: tesseralId('user_role_assignment', r), userId: target.id, roleId: role.id }
          : { id: tesseralId('api_key_role_assignment', r), apiKeyId: target.id, roleId: role.id };
        this.assignments.push([forUser ? 'user' : 'apiKey', assignment]);
        return forUser
          ? { name: 'tesseral.users.assign_role', actor: this.admin(), details: { userRoleAssignment: assignment } }
          : { name: 'tesseral.api_keys.assign_role', actor: this.admin(), details: { apiKeyRoleAssignment: assignment } };
      }
      case 'unassignRole':
      case 'apiKeyUnassign': {
        const kind = action === 'unassignRole' ? 'user' : 'apiKey';
        const found = this.assignments.filter(([k]) => k === kind);
        if (!found.length) return null;
        const pair = r.pick(found);
        this.assignments = without(this.assignments, pair);
        return kind === 'user'
          ? { name: 'tesseral.users.unassign_role', actor: this.admin(), details: { userRoleAssignment: pair[1] } }
          : { name: 'tesseral.api_keys.unassign_role', actor: this.admin(), details: { apiKeyRoleAssignment: pair[1] } };
      }
      case 'inviteCreate': {
        const invite = makeInvite(r, t, this.email().email);
        this.invites.push(invite);
        return { name: 'tesseral.user_invites.create', actor: this.admin(), details: { userInvite: invite } };
      }
      case 'inviteDelete': {
        const invite = this.pickOther(this.invites);
        if (!invite) return null;
        this.invites = without(this.invites, invite);
        return { name: 'tesseral.user_invites.delete', actor: this.admin(), details: { userInvite: invite } };
      }
      case 'apiKeyCreate': {
        const apiKey = makeApiKey(r, t, 365);
        this.apiKeys.push(apiKey);
        this.apiKeyById.set(apiKey.id as string, apiKey);
        return { name: 'tesseral.api_keys.create', actor: this.admin(), details: { apiKey } };
      }
      case 'apiKeyUpdate':
      case 'apiKeyRevoke': {
        const apiKey = this.pickOther(this.apiKeys);
        if (!apiKey) return null;
        const revoke = action === 'apiKeyRevoke';
        const after = updated(apiKey, t, revoke ? { revoked: true } : { displayName: `${apiKey.displayName as string} (${r.pick(['prod', 'staging', 'old'])})` });
        this.apiKeys = revoke ? without(this.apiKeys, apiKey) : this.apiKeys.map((k) => (k === apiKey ? after : k));
        if (revoke) this.revokedApiKeys.push(after);
        this.apiKeyById.set(apiKey.id as string, after);
        return { name: revoke ? 'tesseral.api_keys.revoke' : 'tesseral.api_keys.update', actor: this.admin(), details: { apiKey: after, previousApiKey: apiKey } };
      }
      case 'apiKeyDelete': {
        // Tesseral deletes only revoked keys; pick one that was revoked, else revoke-then-delete is not possible now.
        const apiKey = this.revokedApiKeys.pop();
        if (!apiKey) return null;
        this.apiKeyById.delete(apiKey.id as string);
        this.deletedApiKeyIds.add(apiKey.id as string);
        return { name: 'tesseral.api_keys.delete', actor: this.admin(), details: { apiKey } };
      }
      case 'passkeyCreate': {
        // People register their own passkeys, from a session of theirs.
        const session = this.pickOther(this.sessions);
        if (!session) return null;
        const passkey = makePasskey(r, t, session.userId as string);
        this.passkeys.push(passkey);
        return { name: 'tesseral.passkeys.create', actor: { actorUserId: session.userId as string, actorSessionId: session.id as string }, details: { passkey } };
      }
      case 'passkeyUpdate': {
        const passkey = this.pickOther(this.passkeys);
        if (!passkey) return null;
        const after = updated(passkey, t, { disabled: !(passkey.disabled as boolean) });
        this.replace('passkeys', passkey, after);
        return { name: 'tesseral.passkeys.update', actor: this.admin(), details: { passkey: after, previousPasskey: passkey } };
      }
      case 'passkeyDelete': {
        const passkey = this.pickOther(this.passkeys);
        if (!passkey) return null;
        this.passkeys = without(this.passkeys, passkey);
        return { name: 'tesseral.passkeys.delete', actor: this.admin(), details: { passkey } };
      }
      case 'roleCreate': {
        const role = makeRole(r, t);
        this.roles.push(role);
        return { name: 'tesseral.roles.create', actor: this.admin(), details: { role } };
      }
      case 'roleUpdate': {
        const role = this.pickOther(this.roles);
        if (!role) return null;
        const actions = role.actions as string[];
        const after = updated(role, t, { actions: actions.includes('ledgerly.reports.read') ? without(actions, 'ledgerly.reports.read') : [...actions, 'ledgerly.reports.read'], description: `${role.description as string}.` });
        this.replace('roles', role, after);
        return { name: 'tesseral.roles.update', actor: this.admin(), details: { role: after, previousRole: role } };
      }
      case 'roleDelete': {
        const role = this.roles.length > 1 ? this.pickOther(this.roles) : undefined;
        if (!role) return null;
        this.roles = without(this.roles, role);
        this.assignments = this.assignments.filter(([, a]) => a.roleId !== role.id);
        return { name: 'tesseral.roles.delete', actor: this.admin(), details: { role } };
      }
      case 'orgUpdate': {
        const key = r.pick(['requireMfa', 'logInWithGoogle', 'logInWithPasskey', 'logInWithMicrosoft', 'logInWithGithub', 'displayName']);
        const before = this.organization;
        const after = updated(before, t, key === 'displayName' ? { displayName: `${(before.displayName as string).replace(/ \(.*\)$/, '')} (${r.pick(['EU', 'US', 'Holding'])})` } : { [key]: !(before[key] as boolean) });
        this.organization = after;
        return { name: 'tesseral.organizations.update', actor: this.admin(), details: { organization: after, previousOrganization: before } };
      }
      case 'domains': {
        const before = this.domains;
        const extra = `${r.pick(['eu', 'us', 'mail', 'corp'])}.${this.domain}`;
        this.domains = before.includes(extra) ? without(before, extra) : [...before, extra];
        return { name: 'tesseral.organizations.update_domains', actor: this.admin(), details: { domains: this.domains, previousDomains: before } };
      }
      case 'googleDomains': {
        const before = this.googleHostedDomains;
        this.googleHostedDomains = before.length ? [] : [this.domain];
        const details: Snapshot = {};
        if (this.googleHostedDomains.length) details.googleHostedDomains = this.googleHostedDomains;
        if (before.length) details.previousGoogleHostedDomains = before;
        return { name: 'tesseral.organizations.update_google_hosted_domains', actor: this.admin(), details };
      }
      case 'msTenants': {
        const before = this.microsoftTenantIds;
        this.microsoftTenantIds = [...before, `${crypto4(r)}-${crypto4(r)}-4${crypto4(r).slice(1)}-8${crypto4(r).slice(1)}-${crypto4(r)}${crypto4(r)}${crypto4(r)}`];
        const details: Snapshot = { microsoftTenantIds: this.microsoftTenantIds };
        if (before.length) details.previousMicrosoftTenantIds = before;
        return { name: 'tesseral.organizations.update_microsoft_tenant_ids', actor: this.admin(), details };
      }
      case 'samlCreate':
      case 'oidcCreate': {
        const saml = action === 'samlCreate';
        const list = saml ? this.saml : this.oidc;
        if (list.length >= 2) return null;
        const conn = saml ? makeSamlConnection(r, t, this.domain, list.length === 0) : makeOidcConnection(r, t, list.length === 0);
        list.push(conn);
        return saml
          ? { name: 'tesseral.saml_connections.create', actor: this.admin(), details: { samlConnection: conn } }
          : { name: 'tesseral.oidc_connections.create', actor: this.admin(), details: { oidcConnection: conn } };
      }
      case 'samlUpdate':
      case 'oidcUpdate': {
        const saml = action === 'samlUpdate';
        const conn = this.pickOther(saml ? this.saml : this.oidc);
        if (!conn) return null;
        const after = saml
          ? updated(conn, t, { idpRedirectUrl: `${(conn.idpRedirectUrl as string).split('?')[0]}?v=${r.int(2, 9)}` })
          : updated(conn, t, { clientId: `${(conn.clientId as string).slice(0, 8)}${r.int(1000, 9999)}` });
        this.replace(saml ? 'saml' : 'oidc', conn, after);
        return saml
          ? { name: 'tesseral.saml_connections.update', actor: this.admin(), details: { samlConnection: after, previousSamlConnection: conn } }
          : { name: 'tesseral.oidc_connections.update', actor: this.admin(), details: { oidcConnection: after, previousOidcConnection: conn } };
      }
      case 'samlDelete':
      case 'oidcDelete': {
        const saml = action === 'samlDelete';
        const conn = this.pickOther(saml ? this.saml : this.oidc);
        if (!conn) return null;
        if (saml) this.saml = without(this.saml, conn);
        else this.oidc = without(this.oidc, conn);
        return saml
          ? { name: 'tesseral.saml_connections.delete', actor: this.admin(), details: { samlConnection: conn } }
          : { name: 'tesseral.oidc_connections.delete', actor: this.admin(), details: { oidcConnection: conn } };
      }
      case 'scimCreate': {
        const key = makeScimApiKey(r, t);
        this.scimKeys.push(key);
        this.scimKeyById.set(key.id as string, key);
        return { name: 'tesseral.scim_api_keys.create', actor: this.admin(), details: { scimApiKey: key } };
      }
      case 'scimUpdate':
      case 'scimRevoke': {
        const key = this.pickOther(this.scimKeys);
        if (!key) return null;
        const revoke = action === 'scimRevoke';
        const after = updated(key, t, revoke ? { revoked: true } : { displayName: `${key.displayName as string} (rotated)` });
        this.scimKeys = revoke ? without(this.scimKeys, key) : this.scimKeys.map((k) => (k === key ? after : k));
        if (revoke) this.revokedScim.push(after);
        this.scimKeyById.set(key.id as string, after);
        return { name: revoke ? 'tesseral.scim_api_keys.revoke' : 'tesseral.scim_api_keys.update', actor: this.admin(), details: { scimApiKey: after, previousScimApiKey: key } };
      }
      case 'scimDelete': {
        const key = this.revokedScim.pop();
        if (!key) return null;
        this.scimKeyById.delete(key.id as string);
        return { name: 'tesseral.scim_api_keys.delete', actor: this.admin(), details: { scimApiKey: key } };
      }
    }
  }

  private revokedScim: Snapshot[] = [];
  private revokedApiKeys: Snapshot[] = [];

  private replace(field: 'users' | 'passkeys' | 'roles' | 'saml' | 'oidc', before: Snapshot, after: Snapshot): void {
    const list = this[field];
    list[list.indexOf(before)] = after;
    if (field === 'users') {
      this.userById.set(after.id as string, after);
    }
  }
}

function crypto4(r: Random): string {
  return r.int(0, 0xffff).toString(16).padStart(4, '0');
}
