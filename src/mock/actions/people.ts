// Users, their roles, invites and passkeys.
import { makeInvite, makePasskey, makeUser, updated, type Snapshot } from '../entities.js';
import { tesseralId } from '../ids.js';
import type { Random } from '../random.js';
import type { OrgSim } from '../org-sim.js';
import { without, type Action, type Step, type StepFn } from './types.js';

/** userCreate. */
function userCreate(sim: OrgSim, r: Random, t: number): Step | null {
  const user = makeUser(r, t, sim.email(), r.chance(0.08));
  sim.users.push(user);
  sim.userById.set(user.id as string, user);
  return { name: 'tesseral.users.create', actor: sim.provisioner(), details: { user } };
}

/** userUpdate. */
function userUpdate(sim: OrgSim, r: Random, t: number): Step | null {
  const user = sim.pickOther(sim.users);
  if (!user) return null;
  const change = user.id === sim.ownerId ? r.pick(['name', 'mfa']) : r.pick(['name', 'name', 'name', 'owner', 'mfa', 'mfa']);
  const after = updated(user, t, change === 'name' ? { displayName: `${sim.email().name}` }
    : change === 'owner' ? { owner: !(user.owner as boolean) } : { hasAuthenticatorApp: user.hasAuthenticatorApp ? undefined : true });
  sim.replace('users', user, after);
  return { name: 'tesseral.users.update', actor: sim.provisioner(), details: { user: after, previousUser: user } };
}

/** userDelete. */
function userDelete(sim: OrgSim, r: Random, t: number): Step | null {
  const user = sim.pickOther(sim.users, sim.owner);
  if (!user) return null;
  sim.users = without(sim.users, user);
  sim.sessions = sim.sessions.filter((s) => s.userId !== user.id);
  return { name: 'tesseral.users.delete', actor: sim.provisioner(), details: { user } };
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
  return { name: 'tesseral.passkeys.update', actor: sim.admin(), details: { passkey: after, previousPasskey: passkey } };
}

/** passkeyDelete. */
function passkeyDelete(sim: OrgSim, r: Random, t: number): Step | null {
  const passkey = sim.pickOther(sim.passkeys);
  if (!passkey) return null;
  sim.passkeys = without(sim.passkeys, passkey);
  return { name: 'tesseral.passkeys.delete', actor: sim.admin(), details: { passkey } };
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
