import { describe, expect, it } from 'vitest';
import { describeEventName, EVENT_GROUP_LABELS, TESSERAL_EVENT_NAMES, TESSERAL_EVENT_TYPES } from './catalogue.js';

// Copied from tesseral-reference.md ("The 39 auto-collected event names and their details"), with
// the details keys of each: the catalogue must match the reference, not itself.
const REFERENCE: Record<string, string[]> = {
  'tesseral.api_keys.create': ['apiKey'], 'tesseral.api_keys.delete': ['apiKey'],
  'tesseral.api_keys.update': ['apiKey', 'previousApiKey'], 'tesseral.api_keys.revoke': ['apiKey', 'previousApiKey'],
  'tesseral.api_keys.assign_role': ['apiKeyRoleAssignment'], 'tesseral.api_keys.unassign_role': ['apiKeyRoleAssignment'],
  'tesseral.organizations.create': ['organization'], 'tesseral.organizations.delete': ['organization'],
  'tesseral.organizations.update': ['organization', 'previousOrganization'],
  'tesseral.organizations.update_domains': ['domains', 'previousDomains'],
  'tesseral.organizations.update_google_hosted_domains': ['googleHostedDomains', 'previousGoogleHostedDomains'],
  'tesseral.organizations.update_microsoft_tenant_ids': ['microsoftTenantIds', 'previousMicrosoftTenantIds'],
  'tesseral.passkeys.create': ['passkey'], 'tesseral.passkeys.delete': ['passkey'], 'tesseral.passkeys.update': ['passkey', 'previousPasskey'],
  'tesseral.roles.create': ['role'], 'tesseral.roles.delete': ['role'], 'tesseral.roles.update': ['role', 'previousRole'],
  'tesseral.saml_connections.create': ['samlConnection'], 'tesseral.saml_connections.delete': ['samlConnection'],
  'tesseral.saml_connections.initiate': ['samlConnection'], 'tesseral.saml_connections.update': ['samlConnection', 'previousSamlConnection'],
  'tesseral.oidc_connections.create': ['oidcConnection'], 'tesseral.oidc_connections.delete': ['oidcConnection'],
  'tesseral.oidc_connections.initiate': ['oidcConnection'], 'tesseral.oidc_connections.update': ['oidcConnection', 'previousOidcConnection'],
  'tesseral.scim_api_keys.create': ['scimApiKey'], 'tesseral.scim_api_keys.delete': ['scimApiKey'],
  'tesseral.scim_api_keys.update': ['scimApiKey', 'previousScimApiKey'], 'tesseral.scim_api_keys.revoke': ['scimApiKey', 'previousScimApiKey'],
  'tesseral.sessions.create': ['session', 'samlConnectionId', 'oidcConnectionId'],
  'tesseral.sessions.refresh': ['id', 'userId', 'expireTime', 'lastActiveTime', 'primaryAuthFactor', 'impersonatorEmail'],
  'tesseral.users.create': ['user'], 'tesseral.users.delete': ['user'], 'tesseral.users.update': ['user', 'previousUser'],
  'tesseral.users.assign_role': ['userRoleAssignment'], 'tesseral.users.unassign_role': ['userRoleAssignment'],
  'tesseral.user_invites.create': ['userInvite'], 'tesseral.user_invites.delete': ['userInvite'],
};

const GROUP_OF_RESOURCE: Record<string, string> = {
  api_keys: 'API keys', organizations: 'Organizations', passkeys: 'Passkeys', roles: 'Roles', saml_connections: 'SAML connections',
  oidc_connections: 'OIDC connections', scim_api_keys: 'SCIM API keys', sessions: 'Sessions', users: 'Users', user_invites: 'Invites',
};

describe('the Tesseral event catalogue', () => {
  it('has exactly the 39 auto-collected names of the reference', () => {
    expect(Object.keys(REFERENCE)).toHaveLength(39);
    expect([...TESSERAL_EVENT_NAMES].sort()).toEqual(Object.keys(REFERENCE).sort());
  });

  it('gives each a human label, its resource group and its details keys', () => {
    const labels = new Set<string>();
    for (const type of TESSERAL_EVENT_TYPES) {
      expect(type.label, type.name).toMatch(/^[A-Z][A-Za-z ]+[a-z]$/);
      expect(type.label).not.toContain('_');
      labels.add(type.label);
      expect(EVENT_GROUP_LABELS[type.group], type.name).toBe(GROUP_OF_RESOURCE[type.name.split('.')[1]!]);
      expect([...type.detailsKeys], type.name).toEqual(REFERENCE[type.name]);
      expect(type.builtIn).toBe(true);
    }
    expect(labels.size).toBe(39); // no two events read the same
    expect(describeEventName('tesseral.users.update').label).toBe('User updated');
    expect(describeEventName('tesseral.api_keys.revoke').label).toBe('API key revoked');
  });

  it('names the before/after snapshot pair of every update and revoke', () => {
    for (const type of TESSERAL_EVENT_TYPES) {
      const keys = REFERENCE[type.name]!;
      const previous = keys.find((k) => k.startsWith('previous'));
      if (previous) {
        const current = keys.find((k) => `previous${k[0]!.toUpperCase()}${k.slice(1)}` === previous)!;
        expect(type.snapshots, type.name).toEqual([{ current, previous }]);
      } else {
        expect(type.snapshots, type.name).toEqual([]);
      }
    }
  });

  it('derives a readable label for custom events and keeps them in the custom group', () => {
    expect(describeEventName('acme.expense_reports.approve')).toMatchObject({ label: 'Expense reports: approve', group: 'custom', builtIn: false, name: 'acme.expense_reports.approve' });
    expect(describeEventName('ledgerly.invoices.bulkExport').label).toBe('Invoices: bulk export');
    expect(describeEventName('single').label).toBe('Single');
    expect(describeEventName('...').label).toBe('...');
    // An unknown tesseral.* name (a newer Tesseral) still gets a label, not a crash.
    expect(describeEventName('tesseral.webhooks.create')).toMatchObject({ label: 'Webhooks: create', group: 'custom' });
  });
});
