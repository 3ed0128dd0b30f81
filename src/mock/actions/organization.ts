// The organization itself: settings, domains, roles, and its SAML/OIDC connections.
import { makeOidcConnection, makeRole, makeSamlConnection, updated, type Snapshot } from '../entities.js';
import type { Random } from '../random.js';
import type { OrgSim } from '../org-sim.js';
import { without, type Action, type Step, type StepFn } from './types.js';

/** roleCreate. */
function roleCreate(sim: OrgSim, r: Random, t: number): Step | null {
  const role = makeRole(r, t);
  sim.roles.push(role);
  sim.roleById.set(role.id as string, role);
  return { name: 'tesseral.roles.create', actor: sim.admin(), details: { role } };
}

/** roleUpdate. */
function roleUpdate(sim: OrgSim, r: Random, t: number, action: Action): Step | null {
  const role = sim.pickOther(sim.roles);
  if (!role) return null;
  const actions = role.actions as string[];
  const after = updated(role, t, { actions: actions.includes('ledgerly.reports.read') ? without(actions, 'ledgerly.reports.read') : [...actions, 'ledgerly.reports.read'], description: `${role.description as string}.` });
  sim.replace('roles', role, after);
  return { name: 'tesseral.roles.update', actor: sim.admin(), details: { role: after, previousRole: role } };
}

/** roleDelete. */
function roleDelete(sim: OrgSim, r: Random, t: number): Step | null {
  const role = sim.roles.length > 1 ? sim.pickOther(sim.roles) : undefined;
  if (!role) return null;
  sim.roles = without(sim.roles, role);
  sim.roleById.delete(role.id as string);
  sim.assignments = sim.assignments.filter(([, a]) => a.roleId !== role.id);
  return { name: 'tesseral.roles.delete', actor: sim.admin(), details: { role } };
}

/** orgUpdate. */
function orgUpdate(sim: OrgSim, r: Random, t: number): Step | null {
  const key = r.pick(['requireMfa', 'logInWithGoogle', 'logInWithPasskey', 'logInWithMicrosoft', 'logInWithGithub', 'displayName']);
  const before = sim.organization;
  const after = updated(before, t, key === 'displayName' ? { displayName: `${(before.displayName as string).replace(/ \(.*\)$/, '')} (${r.pick(['EU', 'US', 'Holding'])})` } : { [key]: !(before[key] as boolean) });
  sim.organization = after;
  return { name: 'tesseral.organizations.update', actor: sim.admin(), details: { organization: after, previousOrganization: before } };
}

/** domains. */
function domains(sim: OrgSim, r: Random, t: number): Step | null {
  const before = sim.domains;
  const extra = `${r.pick(['eu', 'us', 'mail', 'corp'])}.${sim.domain}`;
  sim.domains = before.includes(extra) ? without(before, extra) : [...before, extra];
  // Only the backend API changes domains (backend/store/org_domains.go:100-108; the frontend has no such call).
  return { name: 'tesseral.organizations.update_domains', actor: sim.backend(), details: { domains: sim.domains, previousDomains: before } };
}

/** googleDomains. */
function googleDomains(sim: OrgSim, r: Random, t: number): Step | null {
  const before = sim.googleHostedDomains;
  sim.googleHostedDomains = before.length ? [] : [sim.domain];
  const details: Snapshot = {};
  if (sim.googleHostedDomains.length) details.googleHostedDomains = sim.googleHostedDomains;
  if (before.length) details.previousGoogleHostedDomains = before;
  return { name: 'tesseral.organizations.update_google_hosted_domains', actor: sim.admin(), details };
}

/** msTenants. */
function msTenants(sim: OrgSim, r: Random, t: number): Step | null {
  const before = sim.microsoftTenantIds;
  sim.microsoftTenantIds = [...before, `${crypto4(r)}-${crypto4(r)}-4${crypto4(r).slice(1)}-8${crypto4(r).slice(1)}-${crypto4(r)}${crypto4(r)}${crypto4(r)}`];
  const details: Snapshot = { microsoftTenantIds: sim.microsoftTenantIds };
  if (before.length) details.previousMicrosoftTenantIds = before;
  return { name: 'tesseral.organizations.update_microsoft_tenant_ids', actor: sim.admin(), details };
}

/** samlCreate / oidcCreate. */
function samlCreate(sim: OrgSim, r: Random, t: number, action: Action): Step | null {
  const saml = action === 'samlCreate';
  const list = saml ? sim.saml : sim.oidc;
  if (list.length >= 2) return null;
  const conn = saml ? makeSamlConnection(r, t, sim.domain, list.length === 0) : makeOidcConnection(r, t, list.length === 0);
  list.push(conn);
  return saml
    ? { name: 'tesseral.saml_connections.create', actor: sim.admin(), details: { samlConnection: conn } }
    : { name: 'tesseral.oidc_connections.create', actor: sim.admin(), details: { oidcConnection: conn } };
}

/** samlUpdate / oidcUpdate. */
function samlUpdate(sim: OrgSim, r: Random, t: number, action: Action): Step | null {
  const saml = action === 'samlUpdate';
  const conn = sim.pickOther(saml ? sim.saml : sim.oidc);
  if (!conn) return null;
  const after = saml
    ? updated(conn, t, { idpRedirectUrl: `${(conn.idpRedirectUrl as string).split('?')[0]}?v=${r.int(2, 9)}` })
    : updated(conn, t, { clientId: `${(conn.clientId as string).slice(0, 8)}${r.int(1000, 9999)}` });
  sim.replace(saml ? 'saml' : 'oidc', conn, after);
  return saml
    ? { name: 'tesseral.saml_connections.update', actor: sim.admin(), details: { samlConnection: after, previousSamlConnection: conn } }
    : { name: 'tesseral.oidc_connections.update', actor: sim.admin(), details: { oidcConnection: after, previousOidcConnection: conn } };
}

/** samlDelete / oidcDelete. */
function samlDelete(sim: OrgSim, r: Random, t: number, action: Action): Step | null {
  const saml = action === 'samlDelete';
  const conn = sim.pickOther(saml ? sim.saml : sim.oidc);
  if (!conn) return null;
  if (saml) sim.saml = without(sim.saml, conn);
  else sim.oidc = without(sim.oidc, conn);
  return saml
    ? { name: 'tesseral.saml_connections.delete', actor: sim.admin(), details: { samlConnection: conn } }
    : { name: 'tesseral.oidc_connections.delete', actor: sim.admin(), details: { oidcConnection: conn } };
}

/** Four random hex digits. */
function crypto4(r: Random): string {
  return r.int(0, 0xffff).toString(16).padStart(4, '0');
}

/** The actions of this file, by name. */
export const ORGANIZATION_ACTIONS: Partial<Record<Action, StepFn>> = {
  roleCreate: roleCreate,
  roleUpdate: roleUpdate,
  roleDelete: roleDelete,
  orgUpdate: orgUpdate,
  domains: domains,
  googleDomains: googleDomains,
  msTenants: msTenants,
  samlCreate: samlCreate,
  oidcCreate: samlCreate,
  samlUpdate: samlUpdate,
  oidcUpdate: samlUpdate,
  samlDelete: samlDelete,
  oidcDelete: samlDelete,
};
