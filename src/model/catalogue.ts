/**
 * The 39 events that Tesseral collects by itself, with what a person needs to read them.
 * Source of truth: `tesseral-reference.md` ("The 39 auto-collected event names and their details").
 */

/** The resource group an event belongs to; `custom` holds every vendor-defined event. */
export type AuditLogEventGroup =
  | 'users'
  | 'api_keys'
  | 'organizations'
  | 'roles'
  | 'saml_connections'
  | 'oidc_connections'
  | 'scim_api_keys'
  | 'sessions'
  | 'user_invites'
  | 'passkeys'
  | 'custom';

/** English names of the groups, in the order a picker lists them. */
export const EVENT_GROUP_LABELS: Readonly<Record<AuditLogEventGroup, string>> = {
  users: 'Users',
  api_keys: 'API keys',
  organizations: 'Organizations',
  roles: 'Roles',
  saml_connections: 'SAML connections',
  oidc_connections: 'OIDC connections',
  scim_api_keys: 'SCIM API keys',
  sessions: 'Sessions',
  user_invites: 'Invites',
  passkeys: 'Passkeys',
  custom: 'Custom',
};

/** A before/after pair of keys in `eventDetails`: `{ [current]: after, [previous]: before }`. */
export interface AuditLogSnapshotPair {
  /** The key holding the state after the change, e.g. `user` or `domains`. */
  current: string;
  /** The key holding the state before the change, e.g. `previousUser` or `previousDomains`. */
  previous: string;
}

/** What the catalogue knows of one event name. */
export interface AuditLogEventType {
  /** The exact event name, e.g. `tesseral.users.update`. */
  name: string;
  /** A human label in English, e.g. "User updated". */
  label: string;
  /** The resource group, e.g. `users`. */
  group: AuditLogEventGroup;
  /** The keys of `eventDetails` Tesseral writes for this event. */
  detailsKeys: readonly string[];
  /** The before/after snapshot pairs among `detailsKeys` (empty for create/delete events). */
  snapshots: readonly AuditLogSnapshotPair[];
  /** `true` for Tesseral's own events, `false` for a vendor's custom ones. */
  builtIn: boolean;
}

function entity(
  group: AuditLogEventGroup,
  resource: string,
  key: string,
  noun: string,
  actions: Record<string, string>,
  snapshotActions: readonly string[],
): AuditLogEventType[] {
  const previous = `previous${key[0]!.toUpperCase()}${key.slice(1)}`;
  return Object.entries(actions).map(([action, verb]) => {
    const snap = snapshotActions.includes(action);
    return {
      name: `tesseral.${resource}.${action}`,
      label: `${noun} ${verb}`,
      group,
      detailsKeys: snap ? [key, previous] : [key],
      snapshots: snap ? [{ current: key, previous }] : [],
      builtIn: true,
    };
  });
}

function single(
  name: string,
  label: string,
  group: AuditLogEventGroup,
  detailsKeys: readonly string[],
  snapshots: readonly AuditLogSnapshotPair[] = [],
): AuditLogEventType {
  return { name, label, group, detailsKeys, snapshots, builtIn: true };
}

const CRUD = { create: 'created', delete: 'deleted', update: 'updated' };

/** All 39 auto-collected events, grouped by resource. */
export const TESSERAL_EVENT_TYPES: readonly AuditLogEventType[] = [
  ...entity('api_keys', 'api_keys', 'apiKey', 'API key', { ...CRUD, revoke: 'revoked' }, ['update', 'revoke']),
  single('tesseral.api_keys.assign_role', 'Role assigned to API key', 'api_keys', ['apiKeyRoleAssignment']),
  single('tesseral.api_keys.unassign_role', 'Role removed from API key', 'api_keys', ['apiKeyRoleAssignment']),
  ...entity('organizations', 'organizations', 'organization', 'Organization', CRUD, ['update']),
  single('tesseral.organizations.update_domains', 'Organization domains updated', 'organizations',
    ['domains', 'previousDomains'], [{ current: 'domains', previous: 'previousDomains' }]),
  single('tesseral.organizations.update_google_hosted_domains', 'Google hosted domains updated', 'organizations',
    ['googleHostedDomains', 'previousGoogleHostedDomains'],
    [{ current: 'googleHostedDomains', previous: 'previousGoogleHostedDomains' }]),
  single('tesseral.organizations.update_microsoft_tenant_ids', 'Microsoft tenant IDs updated', 'organizations',
    ['microsoftTenantIds', 'previousMicrosoftTenantIds'],
    [{ current: 'microsoftTenantIds', previous: 'previousMicrosoftTenantIds' }]),
  ...entity('passkeys', 'passkeys', 'passkey', 'Passkey', CRUD, ['update']),
  ...entity('roles', 'roles', 'role', 'Role', CRUD, ['update']),
  ...entity('saml_connections', 'saml_connections', 'samlConnection', 'SAML connection',
    { ...CRUD, initiate: 'login started' }, ['update']),
  ...entity('oidc_connections', 'oidc_connections', 'oidcConnection', 'OIDC connection',
    { ...CRUD, initiate: 'login started' }, ['update']),
  ...entity('scim_api_keys', 'scim_api_keys', 'scimApiKey', 'SCIM API key', { ...CRUD, revoke: 'revoked' },
    ['update', 'revoke']),
  single('tesseral.sessions.create', 'Logged in', 'sessions', ['session', 'samlConnectionId', 'oidcConnectionId']),
  // A refresh carries the bare session object (no wrapping key): its keys are the session's fields.
  single('tesseral.sessions.refresh', 'Session refreshed', 'sessions',
    ['id', 'userId', 'expireTime', 'lastActiveTime', 'primaryAuthFactor', 'impersonatorEmail']),
  ...entity('users', 'users', 'user', 'User', CRUD, ['update']),
  single('tesseral.users.assign_role', 'Role assigned to user', 'users', ['userRoleAssignment']),
  single('tesseral.users.unassign_role', 'Role removed from user', 'users', ['userRoleAssignment']),
  ...entity('user_invites', 'user_invites', 'userInvite', 'Invite', { create: 'created', delete: 'deleted' }, []),
];

const BY_NAME: ReadonlyMap<string, AuditLogEventType> = new Map(
  TESSERAL_EVENT_TYPES.map((type) => [type.name, type]),
);

/** The names of all 39 auto-collected events. */
export const TESSERAL_EVENT_NAMES: readonly string[] = TESSERAL_EVENT_TYPES.map((type) => type.name);

/** Tells whether a name is one of Tesseral's own (`tesseral.` prefix), known or not. */
export function isTesseralEventName(name: string): boolean {
  return name.startsWith('tesseral.');
}

/**
 * Describes any event name: the catalogue entry for Tesseral's own events, and for a custom
 * (or unknown) name a readable label derived from the name, in the `custom` group.
 *
 * @example describeEventName('acme.expense_reports.approve').label // "Expense reports: approve"
 */
export function describeEventName(name: string): AuditLogEventType {
  const known = BY_NAME.get(name);
  if (known) return known;
  return {
    name,
    label: deriveCustomLabel(name),
    group: 'custom',
    detailsKeys: [],
    snapshots: [],
    builtIn: false,
  };
}

function humanize(part: string): string {
  const words = part.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : '';
}

/**
 * A readable label for a custom event name: its resource and action, humanized
 * (`acme.expense_reports.approve` → "Expense reports: approve"). The vendor prefix is dropped
 * because it is the same for every custom event of one product; the raw name stays visible next
 * to the label in every view.
 */
export function deriveCustomLabel(name: string): string {
  const parts = name.split('.').filter(Boolean);
  if (parts.length === 0) return name;
  if (parts.length === 1) return humanize(parts[0]!) || name;
  const action = humanize(parts[parts.length - 1]!).toLowerCase();
  const resource = humanize(parts[parts.length - 2]!);
  if (!resource || !action) return name;
  return `${resource}: ${action}`;
}
