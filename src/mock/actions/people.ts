// Users, their roles, invites and passkeys.
import { makeInvite, makePasskey, makeUser, updated, type Snapshot } from '../entities.js';
import { tesseralId } from '../ids.js';
import type { Random } from '../random.js';
import type { OrgSim } from '../org-sim.js';
import { without, type Action, type Step, type StepFn } from './types.js';

/**
 * userCreate. A person's first login creates their user (signup or an accepted invite, recorded
 * by the login flow with `owner: false`: intermediate/store/exchange.go:104-119), or SCIM
 * provisions them (scim/store/users.go:165-189), or the vendor's backend does. Tesseral's
 * frontend API cannot create users.
 */
function userCreate(sim: OrgSim, r: Random, t: number): Step | null {
  const scim = r.chance(0.4) ? sim.scim() : null;
  const byBackend = !scim && r.chance(0.15);
  const user = makeUser(r, t, sim.email(), byBackend && r.chance(0.3));
  sim.users.push(user);
  sim.userById.set(user.id as string, user);
  if (user.owner === true) sim.ownerIds.add(user.id as string);
  return { name: 'tesseral.users.create', actor: scim ?? (byBackend ? sim.backend() : sim.loginFlow()), details: { user } };
}

/**
 * userUpdate, by who can make each change: an owner renames a user or changes who is an owner
 * (frontend/store/users.go:155-191), a person registers an authenticator app in their own session
 * (authenticator_apps.go:111-138), a login brings a new display name from the identity provider
 * (intermediate exchange.go:123-168), SCIM changes the email (scim/store/users.go:223-262).
 */
function userUpdate(sim: OrgSim, r: Random, t: number): Step | null {
  const user = sim.pickOther(sim.users);
  if (!user) return null;
  const own = sim.sessionByUser.get(user.id as string);
  const scim = sim.scim();
  const change = r.pick(['name', 'name', 'owner', 'mfa', 'login', 'scim']);
  if (change === 'owner' && user.id !== sim.ownerId) {
    const actor = sim.admin();
    const after = updated(user, t, { owner: !(user.owner as boolean) });
    sim.replace('users', user, after);
    return { name: 'tesseral.users.update', actor, details: { user: after, previousUser: user } };
  }
  if (change === 'mfa' && own && !user.hasAuthenticatorApp) {
    const after = updated(user, t, { hasAuthenticatorApp: true });
    sim.replace('users', user, after);
    return { name: 'tesseral.users.update', actor: { actorUserId: user.id as string, actorSessionId: own.id as string }, details: { user: after, previousUser: user } };
  }
  if (change === 'scim' && scim) {
    const local = (user.email as string).split('@')[0]!;
    const email = `${local}.${r.int(1, 99)}@${sim.domain}`;
    if (sim.emails.has(email)) return null;
    sim.emails.add(email);
    const after = updated(user, t, { email });
    sim.replace('users', user, after);
    return { name: 'tesseral.users.update', actor: scim, details: { user: after, previousUser: user } };
  }
  const after = updated(user, t, { displayName: `${sim.email().name}` });
  sim.replace('users', user, after);
  return { name: 'tesseral.users.update', actor: change === 'login' ? sim.loginFlow() : sim.admin(), details: { user: after, previousUser: user } };
}

/** userDelete. */
function userDelete(sim: OrgSim, r: Random, t: number): Step | null {
  const user = sim.pickOther(sim.users, sim.owner);
  if (!user) return null;
  const actor = (r.chance(0.35) ? sim.scim() : null) ?? sim.admin();
  sim.users = without(sim.users, user);
  sim.sessions = sim.sessions.filter((s) => s.userId !== user.id);
  sim.ownerIds.delete(user.id as string);
  sim.sessionByUser.delete(user.id as string);
  return { name: 'tesseral.users.delete', actor, details: { user } };
}

/** assignRole / apiKeyAssign. */
function assignRole(sim: OrgSim, r: Random, t: number, action: Action): Step | null {
  const forUser = action === 'assignRole';
  const target = forUser ? sim.pickOther(sim.users) : sim.pickOther(sim.apiKeys);
  const role = sim.pickOther(sim.roles);
  if (!target || !role) return null;
  const assignment: Snapshot = forUser
    ? { id: tesseralId('user_role_assignment', r), userId: target.id, roleId: role.id }
    : { id: tesseralId('api_key_role_assignment', r), apiKeyId: target.id, roleId: role.id };
  sim.assignments.push([forUser ? 'user' : 'apiKey', assignment]);
  return forUser
    ? { name: 'tesseral.users.assign_role', actor: sim.admin(), details: { userRoleAssignment: assignment } }
    : { name: 'tesseral.api_keys.assign_role', actor: sim.admin(), details: { apiKeyRoleAssignment: assignment } };
}

/** unassignRole / apiKeyUnassign. */
function unassignRole(sim: OrgSim, r: Random, t: number, action: Action): Step | null {
  const kind = action === 'unassignRole' ? 'user' : 'apiKey';
  const found = sim.assignments.filter(([k]) => k === kind);
  if (!found.length) return null;
  const pair = r.pick(found);
  sim.assignments = without(sim.assignments, pair);
  return kind === 'user'
    ? { name: 'tesseral.users.unassign_role', actor: sim.admin(), details: { userRoleAssignment: pair[1] } }
    : { name: 'tesseral.api_keys.unassign_role', actor: sim.admin(), details: { apiKeyRoleAssignment: pair[1] } };
}

/** inviteCreate. */
function inviteCreate(sim: OrgSim, r: Random, t: number): Step | null {
  const invite = makeInvite(r, t, sim.email().email);
  sim.invites.push(invite);
  return { name: 'tesseral.user_invites.create', actor: sim.admin(), details: { userInvite: invite } };
}

/** inviteDelete. */
function inviteDelete(sim: OrgSim, r: Random, t: number): Step | null {
  const invite = sim.pickOther(sim.invites);
  if (!invite) return null;
  sim.invites = without(sim.invites, invite);
  return { name: 'tesseral.user_invites.delete', actor: sim.admin(), details: { userInvite: invite } };
}

/** passkeyCreate. */
function passkeyCreate(sim: OrgSim, r: Random, t: number): Step | null {
  // People register their own passkeys, from a session of theirs.
  const session = sim.pickOther(sim.sessions);
  if (!session) return null;
  const passkey = makePasskey(r, t, session.userId as string);
  sim.passkeys.push(passkey);
  return { name: 'tesseral.passkeys.create', actor: { actorUserId: session.userId as string, actorSessionId: session.id as string }, details: { passkey } };
}

/** passkeyUpdate. */
function passkeyUpdate(sim: OrgSim, r: Random, t: number): Step | null {
  const passkey = sim.pickOther(sim.passkeys);
  if (!passkey) return null;
  const after = updated(passkey, t, { disabled: !(passkey.disabled as boolean) });
  sim.replace('passkeys', passkey, after);
  // Only the backend API updates a passkey (backend/store/passkeys.go:133-164); `disabled` is all it changes.
  return { name: 'tesseral.passkeys.update', actor: sim.backend(), details: { passkey: after, previousPasskey: passkey } };
}

/** passkeyDelete. */
function passkeyDelete(sim: OrgSim, r: Random, t: number): Step | null {
  const passkey = sim.pickOther(sim.passkeys);
  if (!passkey) return null;
  sim.passkeys = without(sim.passkeys, passkey);
  // People delete their own passkeys (DeleteMyPasskey), or the vendor's backend does.
  const own = sim.sessionByUser.get(passkey.userId as string);
  const actor = own && r.chance(0.7) ? { actorUserId: own.userId as string, actorSessionId: own.id as string } : sim.backend();
  return { name: 'tesseral.passkeys.delete', actor, details: { passkey } };
}

/** The actions of this file, by name. */
export const PEOPLE_ACTIONS: Partial<Record<Action, StepFn>> = {
  userCreate: userCreate,
  userUpdate: userUpdate,
  userDelete: userDelete,
  assignRole: assignRole,
  apiKeyAssign: assignRole,
  unassignRole: unassignRole,
  apiKeyUnassign: unassignRole,
  inviteCreate: inviteCreate,
  inviteDelete: inviteDelete,
  passkeyCreate: passkeyCreate,
  passkeyUpdate: passkeyUpdate,
  passkeyDelete: passkeyDelete,
};
