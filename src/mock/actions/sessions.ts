// Sessions and what people do in them: token refreshes, logins (with SAML/OIDC), SSO starts, and the vendor's custom events.
import { AUTH_FACTORS, iso, makeSession, type Snapshot } from '../entities.js';
import { customEvent } from '../custom-events.js';
import { tesseralId } from '../ids.js';
import type { Random } from '../random.js';
import type { OrgSim } from '../org-sim.js';
import type { Action, Actor, Step, StepFn } from './types.js';

/** refresh. */
function refresh(sim: OrgSim, r: Random, t: number): Step | null {
  if (!sim.sessions.length) return null;
  const index = Math.floor(r.next() * sim.sessions.length);
  // A new object: the one in the sessions.create event's details must stay as it was.
  const refreshed: Snapshot = { ...sim.sessions[index]!, lastActiveTime: iso(t) };
  sim.sessions[index] = refreshed;
  const { id, userId, expireTime, lastActiveTime, primaryAuthFactor, impersonatorEmail } = refreshed;
  const details: Snapshot = { id, userId, expireTime, lastActiveTime, primaryAuthFactor };
  if (impersonatorEmail) details.impersonatorEmail = impersonatorEmail;
  return { name: 'tesseral.sessions.refresh', actor: { actorUserId: userId as string, actorSessionId: id as string }, details };
}

/** login. */
function login(sim: OrgSim, r: Random, t: number): Step | null {
  const user = sim.sessions.length === 0 ? sim.owner : sim.random.pick(sim.users);
  const viaSaml = sim.saml.length > 0 && r.chance(0.3);
  const viaOidc = !viaSaml && sim.oidc.length > 0 && r.chance(0.2);
  const impersonated = !viaSaml && !viaOidc && r.chance(0.02);
  const factor = viaSaml ? 'PRIMARY_AUTH_FACTOR_SAML' : viaOidc ? 'PRIMARY_AUTH_FACTOR_OIDC'
    : impersonated ? 'PRIMARY_AUTH_FACTOR_IMPERSONATION' : r.pick(AUTH_FACTORS.slice(0, 4));
  const session = makeSession(r, t, user.id as string, factor, impersonated ? 'support@ledgerly.example' : '');
  sim.sessions.push(session);
  if (user.id === sim.ownerId && !sim.ownerSession) sim.ownerSession = session;
  if (sim.sessions.length > Math.max(6, sim.users.length * 2)) {
    sim.sessions = sim.sessions.filter((s) => s === sim.ownerSession || r.chance(0.7));
  }
  const details: Snapshot = { session };
  if (viaSaml) details.samlConnectionId = r.pick(sim.saml).id;
  if (viaOidc) details.oidcConnectionId = r.pick(sim.oidc).id;
  return { name: 'tesseral.sessions.create', actor: { actorIntermediateSessionId: tesseralId('intermediate_session', r) }, details };
}

/** initiate. */
function initiate(sim: OrgSim, r: Random, t: number): Step | null {
  const useSaml = sim.saml.length > 0 && (sim.oidc.length === 0 || r.chance(0.6));
  const list = useSaml ? sim.saml : sim.oidc;
  if (!list.length) return null;
  return {
    name: useSaml ? 'tesseral.saml_connections.initiate' : 'tesseral.oidc_connections.initiate',
    actor: { actorIntermediateSessionId: tesseralId('intermediate_session', r) },
    details: useSaml ? { samlConnection: r.pick(list) } : { oidcConnection: r.pick(list) },
  };
}

/** custom. */
function custom(sim: OrgSim, r: Random, t: number): Step | null {
  const session = sim.pickOther(sim.sessions);
  const peer = r.pick(sim.users).email as string;
  const useKey = sim.apiKeys.length > 0 && r.chance(0.25);
  // A scheduled job of the vendor's acts as its backend (what POST with organizationId records).
  const actor: Actor = r.chance(0.04) ? { actorBackendApiKeyId: sim.backendApiKeyId }
    : useKey ? { actorApiKeyId: r.pick(sim.apiKeys).id as string }
    : session ? { actorUserId: session.userId as string, actorSessionId: session.id as string } : {};
  const email = actor.actorUserId ? (sim.userById.get(actor.actorUserId)?.email as string) : 'automation';
  const { name, details } = customEvent(r, t, email, peer);
  return { name, actor, details };
}

/** The actions of this file, by name. */
export const SESSIONS_ACTIONS: Partial<Record<Action, StepFn>> = {
  refresh: refresh,
  login: login,
  initiate: initiate,
  custom: custom,
};
