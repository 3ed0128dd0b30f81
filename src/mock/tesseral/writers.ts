// What each of Tesseral's 39 auto-collected events really carries, written from Tesseral's code
// (tesseral-labs/tesseral at eaf6e666, 2025-07-17). Paths are under internal/. The generator's
// output is checked against this table (generate.test.ts), so a change here is a claim about
// Tesseral: cite the file it comes from.

/**
 * The actor columns a writer sets (see the `logAuditEvent` of each package):
 * - `frontend`: the caller's user and session, from the access token (frontend/store/log_audit_event.go:27-56);
 * - `backend`: the backend API key (backend/store/log_audit_event.go:26-75; from Tesseral's console the
 *   console user and session, which neither API returns, so such an event has no actor there);
 * - `login`: the intermediate session of a login in progress (intermediate/store/log_audit_event.go:24-53);
 * - `scim`: the SCIM API key (scim/store/log_audit_event.go:24-52);
 * - `none`: no actor at all (saml/ and oidc/store/log_audit_event.go; intermediate/store/impersonate.go:97-119).
 */
export type TesseralWriter = 'frontend' | 'backend' | 'login' | 'scim' | 'none';

/** The actor fields each writer sets, in the stored (backend) shape. */
export const WRITER_ACTOR_FIELDS: Record<TesseralWriter, readonly string[]> = {
  frontend: ['actorUserId', 'actorSessionId'],
  backend: ['actorBackendApiKeyId'],
  login: ['actorIntermediateSessionId'],
  scim: ['actorScimApiKeyId'],
  none: [],
};

/** The fields of a snapshot message: always written, and written only when set. */
export interface SnapshotFields {
  always: readonly string[];
  maybe: readonly string[];
}

// The tesseral.auditlog.v1 messages (auditlog/proto/tesseral/auditlog/v1/models.proto), as their
// getters in auditlog/store/*.go fill them and default protojson writes them: a proto3 `optional`
// field the getter always fills is "always"; an implicit-presence field is left out when empty.
const ORG_SWITCHES = ['logInWithPassword', 'logInWithGoogle', 'logInWithMicrosoft', 'logInWithSaml', 'logInWithOidc', 'scimEnabled',
  'logInWithAuthenticatorApp', 'logInWithPasskey', 'requireMfa', 'logInWithEmail', 'customRolesEnabled', 'apiKeysEnabled', 'logInWithGithub'];

/** Snapshot messages by the details key that holds them. */
export const SNAPSHOTS: Record<string, SnapshotFields> = {
  // auditlog/store/api_keys.go:20-28: the suffix is cleared on revoke; `revoked` only ever true.
  apiKey: { always: ['id', 'createTime', 'updateTime'], maybe: ['expireTime', 'displayName', 'secretTokenSuffix', 'revoked'] },
  apiKeyRoleAssignment: { always: ['id', 'apiKeyId', 'roleId'], maybe: [] }, // api_key_role_assignments.go:19-23
  organization: { always: ['id', 'createTime', 'updateTime', ...ORG_SWITCHES], maybe: ['displayName'] }, // organizations.go:20-38
  passkey: { always: ['id', 'userId', 'createTime', 'updateTime', 'publicKeyPkix', 'disabled'], maybe: ['credentialId', 'aaguid', 'rpId'] }, // passkeys.go:21-34
  samlConnection: { always: ['id', 'createTime', 'updateTime', 'primary', 'spAcsUrl', 'spEntityId'], maybe: ['idpRedirectUrl', 'idpX509Certificate', 'idpEntityId'] }, // saml_connections.go:48-58
  oidcConnection: { always: ['id', 'createTime', 'updateTime', 'primary', 'redirectUri'], maybe: ['configurationUrl', 'clientId'] }, // oidc_connections.go:30-38
  scimApiKey: { always: ['id', 'createTime', 'updateTime'], maybe: ['displayName', 'revoked'] }, // scim_api_keys.go:20-26: no secret suffix at all
  role: { always: ['id', 'createTime', 'updateTime'], maybe: ['displayName', 'description', 'actions'] }, // roles.go:44-51: no organizationId
  userRoleAssignment: { always: ['id', 'userId', 'roleId'], maybe: [] }, // user_role_assignments.go:19-23
  userInvite: { always: ['id', 'createTime', 'updateTime', 'email'], maybe: ['owner'] }, // user_invites.go:20-26: `owner` plain, so left out when false
  // users.go:20-32: `owner` is always filled; the provider ids, name and picture when not NULL.
  user: { always: ['id', 'email', 'createTime', 'updateTime', 'owner'], maybe: ['googleUserId', 'microsoftUserId', 'githubUserId', 'hasAuthenticatorApp', 'displayName', 'profilePictureUrl'] },
  // sessions.go:14-55: `createTime` and `revoked` are declared but never set.
  session: { always: ['id', 'userId', 'expireTime', 'lastActiveTime'], maybe: ['primaryAuthFactor', 'impersonatorEmail'] },
};

/** What kind of value a details key holds. */
export type DetailsValue = keyof typeof SNAPSHOTS | 'strings' | 'id';

/** One event name: its details keys (with whether each is always there), who writes it, from where. */
export interface WriterRow {
  details: Record<string, { value: DetailsValue; snapshot?: string; optional?: boolean }>;
  /** The bare `tesseral.frontend.v1.Session` of a refresh: the details are the session itself. */
  bare?: string;
  writers: readonly TesseralWriter[];
  sources: readonly string[];
}

const one = (key: string, snapshot: string) => ({ [key]: { value: snapshot as DetailsValue } });
const pair = (key: string, snapshot: string, previous: string) => ({ [key]: { value: snapshot as DetailsValue }, [previous]: { value: snapshot as DetailsValue } });
const lists = (key: string, previous: string) => ({ [key]: { value: 'strings' as const, optional: true }, [previous]: { value: 'strings' as const, optional: true } });
const FB: readonly TesseralWriter[] = ['frontend', 'backend'];

/** Every auto-collected event name, with what Tesseral writes for it. */
export const TESSERAL_WRITERS: Record<string, WriterRow> = {
  'tesseral.api_keys.create': { details: one('apiKey', 'apiKey'), writers: FB, sources: ['frontend/store/api_keys.go:88-102', 'backend/store/api_keys.go:94-106'] },
  'tesseral.api_keys.delete': { details: one('apiKey', 'apiKey'), writers: FB, sources: ['frontend/store/api_keys.go:137-159', 'backend/store/api_keys.go:145-168'] },
  'tesseral.api_keys.update': { details: pair('apiKey', 'apiKey', 'previousApiKey'), writers: FB, sources: ['frontend/store/api_keys.go:323-349', 'backend/store/api_keys.go:345-372'] },
  'tesseral.api_keys.revoke': { details: pair('apiKey', 'apiKey', 'previousApiKey'), writers: FB, sources: ['frontend/store/api_keys.go:263-288', 'backend/store/api_keys.go:277-310'] },
  'tesseral.api_keys.assign_role': { details: one('apiKeyRoleAssignment', 'apiKeyRoleAssignment'), writers: FB, sources: ['frontend/store/api_key_role_assignments.go:70-81', 'backend/store/api_key_role_assignments.go:77-89'] },
  'tesseral.api_keys.unassign_role': { details: one('apiKeyRoleAssignment', 'apiKeyRoleAssignment'), writers: FB, sources: ['frontend/store/api_key_role_assignments.go:118-136', 'backend/store/api_key_role_assignments.go:137-156'] },
  'tesseral.organizations.create': { details: one('organization', 'organization'), writers: ['backend'], sources: ['backend/store/organizations.go:105-117'] },
  'tesseral.organizations.delete': { details: one('organization', 'organization'), writers: ['backend'], sources: ['backend/store/organizations.go:429-445'] },
  'tesseral.organizations.update': { details: pair('organization', 'organization', 'previousOrganization'), writers: FB, sources: ['frontend/store/organizations.go:170-182', 'backend/store/organizations.go:374-387'] },
  'tesseral.organizations.update_domains': { details: lists('domains', 'previousDomains'), writers: ['backend'], sources: ['backend/store/org_domains.go:69-108'] },
  'tesseral.organizations.update_google_hosted_domains': { details: lists('googleHostedDomains', 'previousGoogleHostedDomains'), writers: FB, sources: ['frontend/store/org_google_hosted_domains.go:43-75', 'backend/store/org_google_hosted_domains.go:69-108'] },
  'tesseral.organizations.update_microsoft_tenant_ids': { details: lists('microsoftTenantIds', 'previousMicrosoftTenantIds'), writers: FB, sources: ['frontend/store/org_microsoft_tenant_ids.go:43-75', 'backend/store/org_microsoft_tenant_ids.go:69-108'] },
  'tesseral.passkeys.create': { details: one('passkey', 'passkey'), writers: ['frontend'], sources: ['frontend/store/passkeys.go:162-185'] },
  'tesseral.passkeys.update': { details: pair('passkey', 'passkey', 'previousPasskey'), writers: ['backend'], sources: ['backend/store/passkeys.go:133-164'] },
  'tesseral.passkeys.delete': { details: one('passkey', 'passkey'), writers: FB, sources: ['frontend/store/passkeys.go:85-100', 'backend/store/passkeys.go:211-227'] },
  'tesseral.roles.create': { details: one('role', 'role'), writers: FB, sources: ['frontend/store/roles.go:184-195', 'backend/store/roles.go:211-223'] },
  'tesseral.roles.update': { details: pair('role', 'role', 'previousRole'), writers: FB, sources: ['frontend/store/roles.go:313-326', 'backend/store/roles.go:321-339'] },
  'tesseral.roles.delete': { details: one('role', 'role'), writers: FB, sources: ['frontend/store/roles.go:367-383', 'backend/store/roles.go:374-390'] },
  'tesseral.saml_connections.create': { details: one('samlConnection', 'samlConnection'), writers: FB, sources: ['frontend/store/saml_connections.go:176-187', 'backend/store/saml_connections.go:196-209'] },
  'tesseral.saml_connections.update': { details: pair('samlConnection', 'samlConnection', 'previousSamlConnection'), writers: FB, sources: ['frontend/store/saml_connections.go:295-307', 'backend/store/saml_connections.go:313-326'] },
  'tesseral.saml_connections.delete': { details: one('samlConnection', 'samlConnection'), writers: FB, sources: ['frontend/store/saml_connections.go:348-363', 'backend/store/saml_connections.go:363-379'] },
  'tesseral.saml_connections.initiate': { details: one('samlConnection', 'samlConnection'), writers: ['none'], sources: ['saml/store/init.go:44-58', 'saml/store/log_audit_event.go:34-43'] },
  'tesseral.oidc_connections.create': { details: one('oidcConnection', 'oidcConnection'), writers: FB, sources: ['frontend/store/oidc_connections.go:181-192', 'backend/store/oidc_connections.go:203-215'] },
  'tesseral.oidc_connections.update': { details: pair('oidcConnection', 'oidcConnection', 'previousOidcConnection'), writers: FB, sources: ['frontend/store/oidc_connections.go:298-310', 'backend/store/oidc_connections.go:317-330'] },
  'tesseral.oidc_connections.delete': { details: one('oidcConnection', 'oidcConnection'), writers: FB, sources: ['frontend/store/oidc_connections.go:351-366', 'backend/store/oidc_connections.go:366-382'] },
  'tesseral.oidc_connections.initiate': { details: one('oidcConnection', 'oidcConnection'), writers: ['none'], sources: ['oidc/store/init.go:97-107', 'oidc/store/log_audit_event.go:34-43'] },
  'tesseral.scim_api_keys.create': { details: one('scimApiKey', 'scimApiKey'), writers: FB, sources: ['frontend/store/scim_api_keys.go:123-134', 'backend/store/scim_api_keys.go:145-158'] },
  'tesseral.scim_api_keys.update': { details: pair('scimApiKey', 'scimApiKey', 'previousScimApiKey'), writers: FB, sources: ['frontend/store/scim_api_keys.go:196-208', 'backend/store/scim_api_keys.go:215-228'] },
  'tesseral.scim_api_keys.revoke': { details: pair('scimApiKey', 'scimApiKey', 'previousScimApiKey'), writers: FB, sources: ['frontend/store/scim_api_keys.go:309-331', 'backend/store/scim_api_keys.go:322-345'] },
  'tesseral.scim_api_keys.delete': { details: one('scimApiKey', 'scimApiKey'), writers: FB, sources: ['frontend/store/scim_api_keys.go:253-268', 'backend/store/scim_api_keys.go:269-285'] },
  // A login (intermediate/store/exchange.go:267-289) or an impersonation from the console, with no actor (impersonate.go:72-119).
  'tesseral.sessions.create': {
    details: { session: { value: 'session' }, samlConnectionId: { value: 'id', optional: true }, oidcConnectionId: { value: 'id', optional: true } },
    writers: ['login', 'none'],
    sources: ['intermediate/store/exchange.go:267-289', 'intermediate/store/impersonate.go:72-119'],
  },
  // A bare tesseral.frontend.v1.Session, no wrapper key (frontend/store/log_audit_event.go:58-85, refresh.go).
  'tesseral.sessions.refresh': { details: {}, bare: 'session', writers: ['frontend'], sources: ['frontend/store/refresh.go:23-99'] },
  'tesseral.users.create': { details: one('user', 'user'), writers: ['login', 'scim', 'backend'], sources: ['intermediate/store/exchange.go:104-119', 'scim/store/users.go:165-189', 'backend/store/users.go:125-151'] },
  'tesseral.users.update': {
    details: pair('user', 'user', 'previousUser'),
    writers: ['frontend', 'backend', 'login', 'scim'],
    sources: ['frontend/store/users.go:155-191', 'frontend/store/me.go:22-52', 'frontend/store/authenticator_apps.go:111-138', 'backend/store/users.go', 'intermediate/store/exchange.go:123-168', 'scim/store/users.go:223-262,338-377'],
  },
  'tesseral.users.delete': { details: one('user', 'user'), writers: ['frontend', 'backend', 'scim'], sources: ['frontend/store/users.go:241-256', 'backend/store/users.go:295-311', 'scim/store/users.go:416-437'] },
  'tesseral.users.assign_role': { details: one('userRoleAssignment', 'userRoleAssignment'), writers: FB, sources: ['frontend/store/user_role_assignments.go:230-241', 'backend/store/user_role_assignments.go:221-233'] },
  'tesseral.users.unassign_role': { details: one('userRoleAssignment', 'userRoleAssignment'), writers: FB, sources: ['frontend/store/user_role_assignments.go:282-297', 'backend/store/user_role_assignments.go:279-295'] },
  'tesseral.user_invites.create': { details: one('userInvite', 'userInvite'), writers: FB, sources: ['frontend/store/user_invites.go:168-179', 'backend/store/user_invites.go:172-184'] },
  'tesseral.user_invites.delete': { details: one('userInvite', 'userInvite'), writers: FB, sources: ['frontend/store/user_invites.go:225-240', 'backend/store/user_invites.go:226-242'] },
};
