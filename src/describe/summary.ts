import { describeEventName } from '../model/catalogue.js';
import type { AuditLogEvent } from '../model/event.js';
import { isolate } from '../format/bidi.js';

/** What a summary sentence may use besides the event. */
export interface SummaryContext {
  /** The actor as the table shows it ("jane@acme.com", "API key “CI deploy”", "System"). */
  actor: string;
  /**
   * A person-readable name for an id found in the details: a user's email, an API key's quoted
   * name (“CI deploy”), else the id.
   */
  name: (id: string) => string;
  /** A role's quoted name (“Billing admin”) for its id, else the id. Default: the id. */
  role?: (id: string) => string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
/** A details string ready for the sentence: isolated (see format/bidi.ts), or undefined. */
const shown = (v: unknown): string | undefined => (str(v) === undefined ? undefined : isolate(str(v)!));
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const quote = (v: string | undefined, fallback: string) => (v ? `“${isolate(v)}”` : fallback);
const joined = (values: string[]) => (values.length ? values.map(isolate).join(', ') : 'none');

const FACTORS: Record<string, string> = {
  PRIMARY_AUTH_FACTOR_EMAIL: 'email',
  PRIMARY_AUTH_FACTOR_GOOGLE: 'Google',
  PRIMARY_AUTH_FACTOR_MICROSOFT: 'Microsoft',
  PRIMARY_AUTH_FACTOR_GITHUB: 'GitHub',
  PRIMARY_AUTH_FACTOR_SAML: 'SAML',
  PRIMARY_AUTH_FACTOR_OIDC: 'OIDC',
  PRIMARY_AUTH_FACTOR_IMPERSONATION: 'impersonation',
};

/** The sentence for an event the catalogue does not know: who did what, in the label's words. */
export function genericSummary(event: AuditLogEvent, ctx: SummaryContext): string {
  return `${isolate(ctx.actor)}: ${isolate(describeEventName(event.eventName).label)}`;
}

const VERBS: Record<string, string> = { create: 'created', delete: 'deleted', update: 'updated', revoke: 'revoked' };

/**
 * One English sentence for each of Tesseral's 39 events, from its details ("jane@acme.com made
 * bob@acme.com an owner", "API key “CI deploy” revoked", "Login with SAML"); any other event gets
 * {@link genericSummary}. This is the default of the `summary` message: a host translates by
 * giving its own function (and may call this one for what it does not cover).
 */
export function englishSummary(event: AuditLogEvent, ctx: SummaryContext): string {
  const d = obj(event.eventDetails);
  // Every value from the event or the host's lookups is isolated: none can reorder the sentence.
  const actor = isolate(ctx.actor);
  const name = (id: string) => isolate(ctx.name(id));
  const role = (id: string | undefined) => (id ? isolate(ctx.role ? ctx.role(id) : id) : '');
  const [, resource, action = ''] = event.eventName.split('.');
  const verb = VERBS[action];
  if (!event.eventName.startsWith('tesseral.')) return genericSummary(event, ctx);
  switch (`${resource}.${action}`) {
    case 'api_keys.create': case 'api_keys.delete': case 'api_keys.update': case 'api_keys.revoke':
      return `${actor} ${verb} API key ${quote(str(obj(d.apiKey).displayName), shown(obj(d.apiKey).id) ?? '')}`.trim();
    case 'api_keys.assign_role': case 'api_keys.unassign_role': {
      const a = obj(d.apiKeyRoleAssignment);
      const key = str(a.apiKeyId) ? name(str(a.apiKeyId)!) : '';
      return action === 'assign_role'
        ? `${actor} gave API key ${key} the role ${role(str(a.roleId))}`
        : `${actor} took the role ${role(str(a.roleId))} from API key ${key}`;
    }
    case 'organizations.create': case 'organizations.delete': case 'organizations.update':
      return `${actor} ${verb} the organization ${quote(str(obj(d.organization).displayName), '')}`.trim();
    case 'organizations.update_domains':
      return `${actor} set the organization's domains to ${joined(list(d.domains))} (were ${joined(list(d.previousDomains))})`;
    case 'organizations.update_google_hosted_domains':
      return `${actor} set the Google hosted domains to ${joined(list(d.googleHostedDomains))} (were ${joined(list(d.previousGoogleHostedDomains))})`;
    case 'organizations.update_microsoft_tenant_ids':
      return `${actor} set the Microsoft tenant IDs to ${joined(list(d.microsoftTenantIds))} (were ${joined(list(d.previousMicrosoftTenantIds))})`;
    case 'passkeys.create': case 'passkeys.delete': case 'passkeys.update': {
      const owner = str(obj(d.passkey).userId);
      return `${actor} ${action === 'create' ? 'registered' : verb} a passkey${owner ? ` of ${name(owner)}` : ''}`;
    }
    case 'roles.create': case 'roles.delete': case 'roles.update':
      return `${actor} ${verb} the role ${quote(str(obj(d.role).displayName), shown(obj(d.role).id) ?? '')}`.trim();
    case 'saml_connections.create': case 'saml_connections.delete': case 'saml_connections.update':
      return `${actor} ${verb} a SAML connection${str(obj(d.samlConnection).idpEntityId) ? ` (${shown(obj(d.samlConnection).idpEntityId)})` : ''}`;
    case 'saml_connections.initiate':
      return 'Login with SAML started';
    case 'oidc_connections.create': case 'oidc_connections.delete': case 'oidc_connections.update':
      return `${actor} ${verb} an OIDC connection${str(obj(d.oidcConnection).configurationUrl) ? ` (${shown(obj(d.oidcConnection).configurationUrl)})` : ''}`;
    case 'oidc_connections.initiate':
      return 'Login with OIDC started';
    case 'scim_api_keys.create': case 'scim_api_keys.delete': case 'scim_api_keys.update': case 'scim_api_keys.revoke':
      return `${actor} ${verb} SCIM API key ${quote(str(obj(d.scimApiKey).displayName), shown(obj(d.scimApiKey).id) ?? '')}`.trim();
    case 'sessions.create': {
      const session = obj(d.session);
      const factor = FACTORS[str(session.primaryAuthFactor) ?? ''];
      const who = str(session.userId) ? name(str(session.userId)!) : 'A user';
      if (str(session.impersonatorEmail)) return `${shown(session.impersonatorEmail)} started impersonating ${who}`;
      return `${who} logged in${factor ? ` with ${factor}` : ''}`;
    }
    case 'sessions.refresh': {
      const who = str(d.userId) ? name(str(d.userId)!) : actor;
      return str(d.impersonatorEmail) ? `Session of ${who} refreshed (impersonated by ${shown(d.impersonatorEmail)})` : `Session of ${who} refreshed`;
    }
    case 'users.create': case 'users.delete':
      return `${actor} ${action === 'create' ? 'added' : 'removed'} the user ${shown(obj(d.user).email) ?? shown(obj(d.user).id) ?? ''}`.trim();
    case 'users.update': {
      const after = obj(d.user);
      const before = obj(d.previousUser);
      const who = shown(after.email) ?? shown(after.id) ?? 'a user';
      if (Boolean(after.owner) !== Boolean(before.owner)) return after.owner ? `${actor} made ${who} an owner` : `${actor} removed ${who} as an owner`;
      if ((str(after.displayName) ?? '') !== (str(before.displayName) ?? '')) return `${actor} renamed ${who} to ${quote(str(after.displayName), '(no name)')}`;
      if ((str(after.email) ?? '') !== (str(before.email) ?? '')) return `${actor} changed the email of ${shown(before.email) ?? who} to ${shown(after.email) ?? '(none)'}`;
      return `${actor} updated the user ${who}`;
    }
    case 'users.assign_role': case 'users.unassign_role': {
      const a = obj(d.userRoleAssignment);
      const who = str(a.userId) ? name(str(a.userId)!) : 'a user';
      return action === 'assign_role' ? `${actor} gave ${who} the role ${role(str(a.roleId))}` : `${actor} took the role ${role(str(a.roleId))} from ${who}`;
    }
    case 'user_invites.create': {
      const invite = obj(d.userInvite);
      return `${actor} invited ${shown(invite.email) ?? 'someone'}${invite.owner ? ' as an owner' : ''}`;
    }
    case 'user_invites.delete':
      return `${actor} withdrew the invite of ${shown(obj(d.userInvite).email) ?? 'someone'}`;
    default:
      return genericSummary(event, ctx);
  }
}
