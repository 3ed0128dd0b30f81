// Customer API keys and SCIM API keys: created, renamed, revoked, then deleted.
import { makeApiKey, makeScimApiKey, updated } from '../entities.js';
import type { Random } from '../random.js';
import type { OrgSim } from '../org-sim.js';
import { without, type Action, type Step, type StepFn } from './types.js';

/** apiKeyCreate. */
function apiKeyCreate(sim: OrgSim, r: Random, t: number): Step | null {
  const { key: apiKey, secret } = makeApiKey(r, t, 365, sim.apiKeySecretPrefix);
  sim.apiKeys.push(apiKey);
  sim.apiKeyById.set(apiKey.id as string, apiKey);
  sim.apiKeySecretById.set(apiKey.id as string, secret);
  return { name: 'tesseral.api_keys.create', actor: sim.admin(), details: { apiKey } };
}

/** apiKeyUpdate / apiKeyRevoke. */
function apiKeyUpdate(sim: OrgSim, r: Random, t: number, action: Action): Step | null {
  const apiKey = sim.pickOther(sim.apiKeys);
  if (!apiKey) return null;
  const revoke = action === 'apiKeyRevoke';
  // Revoking clears the secret's hash and suffix (queries-frontend.sql:706-717): the suffix leaves the snapshot.
  const after = updated(apiKey, t, revoke ? { revoked: true, secretTokenSuffix: undefined } : { displayName: `${(apiKey.displayName as string).replace(/ \(.*\)$/, '')} (${r.pick(['prod', 'staging', 'old'])})` });
  sim.apiKeys = revoke ? without(sim.apiKeys, apiKey) : sim.apiKeys.map((k) => (k === apiKey ? after : k));
  if (revoke) sim.revokedApiKeys.push(after);
  sim.apiKeyById.set(apiKey.id as string, after);
  return { name: revoke ? 'tesseral.api_keys.revoke' : 'tesseral.api_keys.update', actor: sim.admin(), details: { apiKey: after, previousApiKey: apiKey } };
}

/** apiKeyDelete. */
function apiKeyDelete(sim: OrgSim, r: Random, t: number): Step | null {
  // Tesseral deletes only revoked keys (api_keys.go:137-159); pick one that was revoked, else none can go now.
  const apiKey = sim.revokedApiKeys.pop();
  if (!apiKey) return null;
  sim.apiKeyById.delete(apiKey.id as string);
  sim.deletedApiKeyIds.add(apiKey.id as string);
  return { name: 'tesseral.api_keys.delete', actor: sim.admin(), details: { apiKey } };
}

/** scimCreate. */
function scimCreate(sim: OrgSim, r: Random, t: number): Step | null {
  const key = makeScimApiKey(r, t);
  sim.scimKeys.push(key);
  sim.scimKeyById.set(key.id as string, key);
  return { name: 'tesseral.scim_api_keys.create', actor: sim.admin(), details: { scimApiKey: key } };
}

/** scimUpdate / scimRevoke. */
function scimUpdate(sim: OrgSim, r: Random, t: number, action: Action): Step | null {
  const key = sim.pickOther(sim.scimKeys);
  if (!key) return null;
  const revoke = action === 'scimRevoke';
  const after = updated(key, t, revoke ? { revoked: true } : { displayName: `${(key.displayName as string).replace(/ \(.*\)$/, '')} (rotated ${new Date(t).toISOString().slice(0, 10)})` });
  sim.scimKeys = revoke ? without(sim.scimKeys, key) : sim.scimKeys.map((k) => (k === key ? after : k));
  if (revoke) sim.revokedScim.push(after);
  sim.scimKeyById.set(key.id as string, after);
  return { name: revoke ? 'tesseral.scim_api_keys.revoke' : 'tesseral.scim_api_keys.update', actor: sim.admin(), details: { scimApiKey: after, previousScimApiKey: key } };
}

/** scimDelete. */
function scimDelete(sim: OrgSim, r: Random, t: number): Step | null {
  const key = sim.revokedScim.pop();
  if (!key) return null;
  sim.scimKeyById.delete(key.id as string);
  return { name: 'tesseral.scim_api_keys.delete', actor: sim.admin(), details: { scimApiKey: key } };
}

/** The actions of this file, by name. */
export const KEYS_ACTIONS: Partial<Record<Action, StepFn>> = {
  apiKeyCreate: apiKeyCreate,
  apiKeyUpdate: apiKeyUpdate,
  apiKeyRevoke: apiKeyUpdate,
  apiKeyDelete: apiKeyDelete,
  scimCreate: scimCreate,
  scimUpdate: scimUpdate,
  scimRevoke: scimUpdate,
  scimDelete: scimDelete,
};
