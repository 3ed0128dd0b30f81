import { base64Of, hexOf, tesseralId } from './ids.js';
import type { Random } from './random.js';
import { protoTimeOfMs } from './tesseral/protojson.js';

/**
 * Entity snapshots as Tesseral writes them into event details: the `tesseral.auditlog.v1`
 * messages built by internal/auditlog/store/*.go, written with default protojson, so a
 * non-optional `false` or `""` is left out, while an optional field its getter always fills
 * (`User.owner`, `Passkey.disabled`, a connection's `primary`, the organization's switches)
 * stays even when false.
 */
export type Snapshot = Record<string, unknown>;

const FIRST = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Ken', 'Barbara', 'Dennis', 'Frances', 'Edsger',
  'Radia', 'Tim', 'Sophie', 'Hedy', 'Katherine', 'Guido', 'Anita', 'Yukihiro', 'Jean', 'Niklaus', 'Zoë', 'José',
  'Łucja', 'Søren', 'Aoife', 'Chidi', 'Priya', 'Mei', 'Omar', 'Ingrid'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Thompson', 'Liskov', 'Ritchie', 'Allen',
  'Dijkstra', 'Perlman', 'Berners-Lee', 'Wilson', 'Lamarr', 'Johnson', 'van Rossum', 'Borg', 'Matsumoto',
  'Sammet', 'Wirth', 'Müller', 'García', 'Nowak', 'Kierkegaard', "O'Brien", 'Okafor', 'Patel', 'Chen', 'Haddad', 'Berg'];

/** RFC 3339 text of epoch milliseconds, as protojson writes a Timestamp (no ".000"). */
export function iso(ms: number): string {
  return protoTimeOfMs(ms);
}

/** Sets `key` only when the value is not protojson-empty (false, "", empty list). */
function put(target: Snapshot, key: string, value: unknown): void {
  if (value === false || value === '' || value === undefined || (Array.isArray(value) && value.length === 0)) return;
  target[key] = value;
}

/** A person's name and email in an organization's domain. */
export function person(random: Random, domain: string, taken: Set<string>): { name: string; email: string } {
  for (let attempt = 0; ; attempt++) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    const local = `${first}.${last}`.normalize('NFD').replace(/[^\w.]/g, '').toLowerCase();
    // After a few clashes, a number makes it unique at once (a big organization has thousands of users).
    const email = `${local}${attempt > 3 ? taken.size : ''}@${domain}`;
    if (!taken.has(email)) {
      taken.add(email);
      return { name: `${first} ${last}`, email };
    }
  }
}

/** A `User` snapshot. */
export function makeUser(random: Random, t: number, p: { name: string; email: string }, owner: boolean): Snapshot {
  const user: Snapshot = { id: tesseralId('user', random), email: p.email, createTime: iso(t), updateTime: iso(t), owner };
  if (random.chance(0.3)) user.googleUserId = String(random.int(1e8, 9e8)) + String(random.int(1e8, 9e8));
  else if (random.chance(0.2)) user.microsoftUserId = hexOf(random, 16);
  put(user, 'hasAuthenticatorApp', random.chance(0.3));
  if (random.chance(0.85)) user.displayName = p.name;
  if (random.chance(0.4)) user.profilePictureUrl = `https://avatars.example.com/${hexOf(random, 8)}.png`;
  return user;
}

/** An `Organization` snapshot with its optional login settings set explicitly. */
export function makeOrganization(random: Random, t: number, displayName: string): Snapshot {
  return {
    id: tesseralId('org', random),
    displayName,
    createTime: iso(t),
    updateTime: iso(t),
    logInWithPassword: true,
    logInWithGoogle: random.chance(0.6),
    logInWithMicrosoft: random.chance(0.3),
    logInWithSaml: false,
    logInWithOidc: false,
    scimEnabled: false,
    logInWithAuthenticatorApp: true,
    logInWithPasskey: random.chance(0.5),
    requireMfa: false,
    logInWithEmail: true,
    customRolesEnabled: true,
    apiKeysEnabled: true,
    logInWithGithub: false,
  };
}

const KEY_NAMES = ['CI deploy', 'Terraform', 'Data warehouse sync', 'Zapier', 'Billing export', 'Backup job',
  'Slack bot', 'Monitoring', 'ETL nightly', 'Support tooling'];

/**
 * A customer API key's secret as Tesseral makes one (internal/prettysecret): the project's prefix
 * and 55 base36 digits of 35 random bytes.
 */
export function makeApiKeySecret(random: Random, prefix: string): string {
  let value = 0n;
  for (const byte of random.bytes(35)) value = (value << 8n) | BigInt(byte);
  return `${prefix}${value.toString(36).padStart(55, '0')}`;
}

/**
 * An `APIKey` snapshot and its secret (`revoked` omitted while false; the suffix is the secret's
 * last four characters, api_keys.go:64, and goes away when the key is revoked).
 */
export function makeApiKey(random: Random, t: number, days: number, secretPrefix: string): { key: Snapshot; secret: string } {
  const key: Snapshot = { id: tesseralId('api_key', random), createTime: iso(t), updateTime: iso(t) };
  if (random.chance(0.5)) key.expireTime = iso(t + days * 86_400_000);
  key.displayName = random.pick(KEY_NAMES);
  const secret = makeApiKeySecret(random, secretPrefix);
  key.secretTokenSuffix = secret.slice(-4);
  return { key, secret };
}

const ROLE_SETS: [string, string, string[]][] = [
  ['Billing admin', 'Can manage invoices and payment methods', ['ledgerly.invoices.manage', 'ledgerly.payments.manage']],
  ['Auditor', 'Read-only access to every report', ['ledgerly.reports.read', 'ledgerly.invoices.read']],
  ['Approver', 'Approves expense reports up to their limit', ['ledgerly.expense_reports.approve']],
  ['Integrations', 'Manages API keys and webhooks', ['ledgerly.webhooks.manage', 'ledgerly.api_keys.manage']],
];

/** A `Role` snapshot. */
export function makeRole(random: Random, t: number): Snapshot {
  const [displayName, description, actions] = random.pick(ROLE_SETS);
  return { id: tesseralId('role', random), createTime: iso(t), updateTime: iso(t), displayName, description, actions };
}

/** A `SAMLConnection` snapshot for an organization's domain. */
export function makeSamlConnection(random: Random, t: number, domain: string, primary: boolean): Snapshot {
  const id = tesseralId('saml_connection', random);
  return {
    id, createTime: iso(t), updateTime: iso(t), primary,
    spAcsUrl: `https://auth.ledgerly.example/api/saml/v1/${id}/acs`,
    spEntityId: `https://auth.ledgerly.example/api/saml/v1/${id}`,
    idpRedirectUrl: `https://${domain.split('.')[0]}.okta.example/app/sso/saml`,
    idpX509Certificate: `-----BEGIN CERTIFICATE-----\n${base64Of(random, 48)}\n-----END CERTIFICATE-----\n`,
    idpEntityId: `http://www.okta.example/${hexOf(random, 10)}`,
  };
}

/** An `OIDCConnection` snapshot. */
export function makeOidcConnection(random: Random, t: number, primary: boolean): Snapshot {
  const id = tesseralId('oidc_connection', random);
  return {
    id, createTime: iso(t), updateTime: iso(t), primary,
    configurationUrl: 'https://login.microsoftonline.example/common/v2.0/.well-known/openid-configuration',
    clientId: hexOf(random, 16),
    redirectUri: `https://auth.ledgerly.example/api/oidc/v1/${id}/callback`,
  };
}

/** A `SCIMAPIKey` snapshot. */
export function makeScimApiKey(random: Random, t: number): Snapshot {
  return { id: tesseralId('scim_api_key', random), createTime: iso(t), updateTime: iso(t), displayName: random.pick(['Okta SCIM', 'Entra ID provisioning', 'OneLogin']) };
}

/** A `UserInvite` snapshot (`owner` is not optional, so false is left out). */
export function makeInvite(random: Random, t: number, email: string): Snapshot {
  const invite: Snapshot = { id: tesseralId('user_invite', random), createTime: iso(t), updateTime: iso(t), email };
  put(invite, 'owner', random.chance(0.1));
  return invite;
}

/** A `Passkey` snapshot for a user. */
export function makePasskey(random: Random, t: number, userId: string): Snapshot {
  return {
    id: tesseralId('passkey', random), userId, createTime: iso(t), updateTime: iso(t),
    credentialId: base64Of(random, 20),
    publicKeyPkix: `-----BEGIN PUBLIC KEY-----\n${base64Of(random, 60)}\n-----END PUBLIC KEY-----\n`,
    aaguid: random.pick(['adce0002-35bc-c60a-648b-0b25f1f05503', 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4']),
    disabled: false,
    rpId: 'ledgerly.example',
  };
}

/**
 * The primary auth factors a login can write (internal/auditlog/store/sessions.go:20-36). A
 * password login and an impersonated session map to the zero value, so the key is left out
 * (`null` here); `PRIMARY_AUTH_FACTOR_IMPERSONATION` exists in the proto but is never written.
 */
export const LOGIN_FACTORS = ['PRIMARY_AUTH_FACTOR_EMAIL', 'PRIMARY_AUTH_FACTOR_GOOGLE', 'PRIMARY_AUTH_FACTOR_MICROSOFT',
  'PRIMARY_AUTH_FACTOR_GITHUB', null] as const;

/**
 * A `Session` snapshot as sessions.go:47-54 builds it: id, user, expiry, last activity, the factor
 * and an impersonator's email when there are any. `createTime` and `revoked` are declared in the
 * proto but never set, so they never appear.
 */
export function makeSession(random: Random, t: number, userId: string, factor: string | null, impersonatorEmail = ''): Snapshot {
  const session: Snapshot = { id: tesseralId('session', random), userId, expireTime: iso(t + 7 * 86_400_000), lastActiveTime: iso(t) };
  if (factor) session.primaryAuthFactor = factor;
  put(session, 'impersonatorEmail', impersonatorEmail);
  return session;
}

/**
 * A copy with `updateTime` moved and some fields changed: the "after" of an update. A change to
 * `undefined` removes the field, as protojson omits a non-optional field that became false or empty.
 */
export function updated(before: Snapshot, t: number, changes: Snapshot): Snapshot {
  const after: Snapshot = { ...before, ...changes, updateTime: iso(t) };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete after[key];
  return after;
}
