// Sessions and what people do in them: token refreshes, logins (with SAML/OIDC), SSO starts, and the vendor's custom events.
import { iso, LOGIN_FACTORS, makeSession, type Snapshot } from '../entities.js';
import { customEvent } from '../custom-events.js';
import type { Random } from '../random.js';
import type { OrgSim } from '../org-sim.js';
import type { Action, Actor, Step, StepFn } from './types.js';

/**
 * refresh: every token refresh, the most frequent event. Its details are a bare
 * `tesseral.frontend.v1.Session` (frontend/store/log_audit_event.go:58-85), its actor the user
 * and session of the new access token (frontend/store/refresh.go).
 */
function refresh(sim: OrgSim, r: Random, t: number): Step | null {
  // An expired session cannot be refreshed: its user has to log in again. Expired ones are
  // dropped when drawn (a scan on every refresh would cost a big organization minutes).
  let index = -1;
  for (let tries = 0; tries < 8 && sim.sessions.length; tries++) {
    const at = Math.floor(r.next() * sim.sessions.length);
    if ((sim.sessionExpiry.get(sim.sessions[at]!.id as string) ?? 0) > t) {
      index = at;
      break;
    }
    sim.sessions.splice(at, 1);
  }
  if (index < 0) return null;
  // A new object: the one in the sessions.create event's details must stay as it was.
  const refreshed: Snapshot = { ...sim.sessions[index]!, lastActiveTime: iso(t) };
  sim.sessions[index] = refreshed;
  const { id, userId, expireTime, lastActiveTime, primaryAuthFactor, impersonatorEmail } = refreshed;
  const details: Snapshot = { id, userId, expireTime, lastActiveTime };
  if (primaryAuthFactor) details.primaryAuthFactor = primaryAuthFactor;
  if (impersonatorEmail) details.impersonatorEmail = impersonatorEmail;
  return { name: 'tesseral.sessions.refresh', actor: { actorUserId: userId as string, actorSessionId: id as string }, details };
}

/**
 * login. A login exchange records the intermediate session as the only actor, the new session,
 * and the SAML or OIDC connection it went through (intermediate/store/exchange.go:267-289). A
 * password login writes no factor. A vendor's support person impersonating a user from Tesseral's
 * console makes a session with the impersonator's email, no factor and no actor at all
 * (intermediate/store/impersonate.go:72-119).
 */
function login(sim: OrgSim, r: Random, t: number): Step | null {
  const owner = r.chance(0.3) ? sim.userById.get(r.pick([...sim.ownerIds])) : undefined;
  const user = sim.sessions.length === 0 ? sim.owner : (owner ?? r.pick(sim.users));
  const viaSaml = sim.saml.length > 0 && r.chance(0.3);
  const viaOidc = !viaSaml && sim.oidc.length > 0 && r.chance(0.2);
  const impersonated = sim.sessions.length > 0 && !viaSaml && !viaOidc && r.chance(0.02);
  const factor = viaSaml ? 'PRIMARY_AUTH_FACTOR_SAML' : viaOidc ? 'PRIMARY_AUTH_FACTOR_OIDC' : impersonated ? null : r.pick(LOGIN_FACTORS);
  const session = makeSession(r, t, user.id as string, factor, impersonated ? 'support@ledgerly.example' : '');
  sim.sessions.push(session);
  sim.sessionById.set(session.id as string, session);
  sim.sessionByUser.set(user.id as string, session);
  sim.sessionExpiry.set(session.id as string, Date.parse(session.expireTime as string));
  if (user.id === sim.ownerId && !sim.ownerSession) sim.ownerSession = session;
  if (sim.sessions.length > Math.max(6, sim.users.length * 2)) {
    sim.sessions = sim.sessions.filter((s) => s === session || r.chance(0.7));
  }
  const details: Snapshot = { session };
  if (viaSaml) details.samlConnectionId = r.pick(sim.saml).id;
  if (viaOidc) details.oidcConnectionId = r.pick(sim.oidc).id;
  return { name: 'tesseral.sessions.create', actor: impersonated ? {} : sim.loginFlow(), details };
}

/**
 * initiate: the start of an SSO login. Tesseral's SAML and OIDC writers record no actor at all,
 * although a login flow is under way (saml/store/log_audit_event.go, oidc/store/log_audit_event.go).
 */
function initiate(sim: OrgSim, r: Random, t: number): Step | null {
  const useSaml = sim.saml.length > 0 && (sim.oidc.length === 0 || r.chance(0.6));
  const list = useSaml ? sim.saml : sim.oidc;
  if (!list.length) return null;
  return {
    name: useSaml ? 'tesseral.saml_connections.initiate' : 'tesseral.oidc_connections.initiate',
    actor: {},
    details: useSaml ? { samlConnection: r.pick(list) } : { oidcConnection: r.pick(list) },
  };
}

/**
 * custom: the vendor's own events, written through `POST /v1/audit-log-events`, whose actor is
 * what the request named (backend/store/audit_log_events.go:620-769): an access token or a
 * session gives the user and session, a user id the user alone, an API key (its secret or id) the
 * key, and `organizationId` alone no actor at all (a scheduled job of the vendor's).
 */
function custom(sim: OrgSim, r: Random, t: number): Step | null {
  const session = sim.pickOther(sim.sessions);
  const peer = r.pick(sim.users).email as string;
  const useKey = sim.apiKeys.length > 0 && r.chance(0.25);
  const actor: Actor = r.chance(0.04) ? {}
    : useKey ? { actorApiKeyId: r.pick(sim.apiKeys).id as string }
    : session ? (r.chance(0.1) ? { actorUserId: session.userId as string } : { actorUserId: session.userId as string, actorSessionId: session.id as string }) : {};
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
