import type { AuditLogEvent } from '../model/event.js';
import { compareKey } from '../engine/entry.js';
import type { Snapshot } from './entities.js';
import { tesseralId } from './ids.js';
import { OrgSim } from './org-sim.js';
import { Random } from './random.js';

/** One organization to generate. */
export interface MockOrganizationSpec {
  /** Short name used in demo tokens, e.g. `acme`. */
  slug: string;
  /** Display name. */
  displayName: string;
  /** Email domain of its users. */
  domain: string;
  /** Share of the events (0 makes an organization with no events at all). */
  weight: number;
  /** Ends its timeline with `tesseral.organizations.delete` (the organization was deleted). */
  deletedAtEnd?: boolean;
}

/** The organizations of the demo: a big customer, a medium one, a small one that left, and an empty one. */
export const DEFAULT_ORGANIZATIONS: readonly MockOrganizationSpec[] = [
  { slug: 'acme', displayName: 'Acme Corp', domain: 'acme.example', weight: 0.7 },
  { slug: 'globex', displayName: 'Globex', domain: 'globex.example', weight: 0.25 },
  { slug: 'initech', displayName: 'Initech', domain: 'initech.example', weight: 0.05, deletedAtEnd: true },
  { slug: 'umbrella', displayName: 'Umbrella (new, no events)', domain: 'umbrella.example', weight: 0 },
];

/** Options of {@link generateDataset}. */
export interface GenerateOptions {
  /** The seed: the same seed, size and end give the same data. Default 1. */
  seed?: number;
  /** The total number of events over all organizations. Default 5,000. */
  size?: number;
  /** The instant of the newest event (epoch ms). Default: now, to the minute. */
  end?: number;
  /** How many days the timeline spans. Default 90. */
  days?: number;
  /** The organizations. Default {@link DEFAULT_ORGANIZATIONS}. */
  organizations?: readonly MockOrganizationSpec[];
}

/** A generated organization with what the mock server needs to serve and authenticate it. */
export interface MockOrganization {
  spec: MockOrganizationSpec;
  id: string;
  /** Its final `Organization` snapshot. */
  organization: Snapshot;
  /** Every user ever created, by id; `deleted` lists those since deleted. */
  users: Map<string, Snapshot>;
  deletedUserIds: Set<string>;
  /** API keys that still exist (revoked included), by id. */
  apiKeys: Map<string, Snapshot>;
  /** API keys deleted since (lookups answer 404). */
  deletedApiKeyIds: Set<string>;
  /** SCIM API keys that still exist (revoked included), by id. */
  scimApiKeys: Map<string, Snapshot>;
  /** Roles that still exist, by id (a deleted role no longer resolves). */
  roles: Map<string, Snapshot>;
  /** Every session ever created (a login's or a refresh's), by id. */
  sessions: Map<string, Snapshot>;
  /** The secret of every API key that still exists, by key id (revoked keys' secrets no longer work). */
  apiKeySecrets: Map<string, string>;
  /** The owner who set it up, and a session of theirs (the owner token acts through it). */
  ownerId: string;
  ownerSessionId: string;
  /** A user who is not an owner (for the 403 case), and a session of theirs. */
  memberId: string;
  memberSessionId: string;
  /** An active API key, for `actorCredentials`, and its demo shorthand (`demo_api_key_<slug>`). */
  apiKeyId: string | null;
  apiKeySecret: string | null;
}

/** The Tesseral project the organizations belong to (one vendor's). */
export interface MockProject {
  /** `project_…`. */
  id: string;
  /** Its API key secret prefix (Tesseral's `api_key_secret_token_prefix`). */
  apiKeySecretPrefix: string;
}

/** The generated world. */
export interface MockDataset {
  /** All events of all organizations, oldest first. */
  events: AuditLogEvent[];
  organizations: MockOrganization[];
  /** The project. */
  project: MockProject;
  /**
   * The vendor's backend API key (it may write events for any organization): its id, its secret in
   * Tesseral's format (`tesseral_secret_key_…`), and the demo shorthand `demo_backend_api_key`.
   */
  backendApiKey: { id: string; secret: string; demoSecret: string };
  /** The options used (with defaults filled in). */
  options: Required<GenerateOptions>;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

function generateOrg(
  spec: MockOrganizationSpec,
  count: number,
  random: Random,
  backendApiKeyId: string,
  start: number,
  end: number,
  apiKeySecretPrefix: string,
): { sim: OrgSim; events: AuditLogEvent[] } {
  const sim = new OrgSim(random, spec.displayName, spec.domain, backendApiKeyId, start, apiKeySecretPrefix);
  const events: AuditLogEvent[] = [];
  if (count === 0) return { sim, events };
  let t = start;
  // Times are strictly increasing within an organization; the step is made at its own time, so
  // the snapshots' createTime/updateTime agree with the event time.
  const push = (at: number, step: (time: number) => Parameters<OrgSim['toEvent']>[0]) => {
    t = Math.max(at, t + 1);
    events.push(sim.toEvent(step(t), t));
  };
  for (const step of sim.genesis()) if (events.length < count) push(t + random.int(1, 30) * 1000, () => step);
  for (const action of sim.bootstrap()) {
    if (events.length >= count) break;
    push(t + random.int(1, 20) * MINUTE, (time) => sim.act(action, time));
  }
  const closing = spec.deletedAtEnd ? 1 : 0;
  const steady = count - events.length - closing;
  const from = t;
  const to = spec.deletedAtEnd ? end - 3 * DAY : end;
  for (let i = 0; i < steady; i++) {
    const at = from + Math.floor(((i + 0.05 + random.next() * 0.9) * (to - from)) / steady);
    push(at, (time) => sim.act(sim.nextAction(), time));
  }
  if (closing && events.length < count) {
    push(to + DAY, () => ({ name: 'tesseral.organizations.delete', actor: { actorBackendApiKeyId: backendApiKeyId }, details: { organization: sim.organization } }));
  }
  return { sim, events };
}

function toMockOrganization(spec: MockOrganizationSpec, sim: OrgSim, random: Random): MockOrganization {
  const users = new Map(sim.allUsers.map((u) => [u.id as string, u]));
  const active = new Set(sim.users.map((u) => u.id as string));
  const deletedUserIds = new Set([...users.keys()].filter((id) => !active.has(id)));
  const member = sim.users.find((u) => u.owner !== true);
  const memberSession = member && sim.sessions.find((s) => s.userId === member.id);
  // The demo's API key: one that is live and never expires, so that its secret works whatever the date.
  const liveKey = sim.apiKeys.find((k) => k.expireTime === undefined) ?? sim.apiKeys[0];
  return {
    spec,
    id: sim.id,
    organization: sim.organization,
    users,
    deletedUserIds,
    apiKeys: new Map(sim.allApiKeys.map((k) => [k.id as string, k])),
    scimApiKeys: new Map(sim.scimKeyById),
    roles: new Map(sim.roleById),
    sessions: new Map(sim.sessionById),
    apiKeySecrets: new Map([...sim.apiKeySecretById].filter(([id]) => sim.apiKeyById.get(id)?.revoked !== true && sim.apiKeyById.has(id))),
    deletedApiKeyIds: new Set(sim.deletedApiKeyIds),
    ownerId: sim.ownerId,
    ownerSessionId: (sim.ownerSession?.id as string | undefined) ?? tesseralId('session', random),
    memberId: (member?.id as string | undefined) ?? tesseralId('user', random),
    memberSessionId: (memberSession?.id as string | undefined) ?? tesseralId('session', random),
    apiKeyId: (liveKey?.id as string | undefined) ?? null,
    apiKeySecret: liveKey ? `demo_api_key_${spec.slug}` : null,
  };
}

/** Merges per-organization lists (each oldest first) into one list ordered by (time, id). */
function mergeByKey(lists: AuditLogEvent[][]): AuditLogEvent[] {
  const out: AuditLogEvent[] = [];
  const pos = lists.map(() => 0);
  const times = lists.map((list) => list.map((e) => Date.parse(e.eventTime)));
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      if (pos[i]! >= lists[i]!.length) continue;
      if (best < 0 || compareKey(times[i]![pos[i]!]!, lists[i]![pos[i]!]!.id, times[best]![pos[best]!]!, lists[best]![pos[best]!]!.id) < 0) best = i;
    }
    if (best < 0) return out;
    out.push(lists[best]![pos[best]!]!);
    pos[best]!++;
  }
}

/**
 * Generates a deterministic, plausible audit history: several organizations with users, API
 * keys, SCIM keys, SSO connections and roles, whose timelines use all 39 of Tesseral's events
 * (with protojson-shaped details and true before/after snapshots) and the vendor's custom events.
 * Holds a million events in one process (see `npm run bench`).
 */
export function generateDataset(options: GenerateOptions = {}): MockDataset {
  const filled: Required<GenerateOptions> = {
    seed: options.seed ?? 1,
    size: options.size ?? 5000,
    end: options.end ?? Math.floor(Date.now() / MINUTE) * MINUTE,
    days: options.days ?? 90,
    organizations: options.organizations ?? DEFAULT_ORGANIZATIONS,
  };
  if (!Number.isInteger(filled.size) || filled.size < 0) throw new Error(`size must be a whole number ≥ 0, got ${filled.size}.`);
  const random = new Random(filled.seed);
  const backendApiKey = {
    id: tesseralId('backend_api_key', random),
    // A backend API key secret is a formatted random UUID (backend/store/backend_api_keys.go:107-124).
    secret: tesseralId('tesseral_secret_key', random),
    demoSecret: 'demo_backend_api_key',
  };
  const project: MockProject = { id: tesseralId('project', random), apiKeySecretPrefix: 'ledgerly_sk_' };
  const totalWeight = filled.organizations.reduce((sum, spec) => sum + spec.weight, 0) || 1;
  const counts = filled.organizations.map((spec) => Math.floor((filled.size * spec.weight) / totalWeight));
  const firstWithWeight = filled.organizations.findIndex((spec) => spec.weight > 0);
  if (firstWithWeight >= 0) counts[firstWithWeight]! += filled.size - counts.reduce((a, b) => a + b, 0);
  const start = filled.end - filled.days * DAY;
  const organizations: MockOrganization[] = [];
  const lists: AuditLogEvent[][] = [];
  filled.organizations.forEach((spec, i) => {
    const orgRandom = new Random((filled.seed * 7919 + i * 104729) >>> 0);
    const orgStart = start + i * 3 * 3_600_000;
    const { sim, events } = generateOrg(spec, counts[i]!, orgRandom, backendApiKey.id, orgStart, filled.end, project.apiKeySecretPrefix);
    organizations.push(toMockOrganization(spec, sim, orgRandom));
    lists.push(events);
  });
  return { events: mergeByKey(lists), organizations, project, backendApiKey, options: filled };
}
