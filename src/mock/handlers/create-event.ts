import { http, HttpResponse } from 'msw';
import type { AuditLogEvent } from '../../model/event.js';
import { isPlainObject, isRfc3339 } from '../../model/validate.js';
import type { MockDatabase } from '../database.js';
import { auditLogEventId } from '../ids.js';
import { Random } from '../random.js';
import { applyScenario, connectError, credentialOf, type MockScenario } from './scenario.js';

const NAME_PATTERN = /^[a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_]+/;
const ACTOR_FIELDS = ['organizationId', 'actorUserId', 'actorSessionId', 'actorApiKeyId', 'actorCredentials'] as const;

type Resolved = { organizationId: string; actor: Partial<AuditLogEvent> } | { error: string };

/** Finds the organization and actor fields that one of the five "who" fields stands for. */
function resolveActor(db: MockDatabase, field: (typeof ACTOR_FIELDS)[number], value: string): Resolved {
  const orgs = db.dataset.organizations;
  switch (field) {
    case 'organizationId': {
      const org = db.organization(value);
      // With only an organization, the vendor's backend is the one acting.
      return org ? { organizationId: org.id, actor: { actorBackendApiKeyId: db.dataset.backendApiKey.id } } : { error: `organization ${value} not found` };
    }
    case 'actorUserId': {
      const org = orgs.find((o) => o.users.has(value) && !o.deletedUserIds.has(value));
      return org ? { organizationId: org.id, actor: { actorUserId: value } } : { error: `user ${value} not found` };
    }
    case 'actorSessionId': {
      const session = db.session(value);
      return session ? { organizationId: session.organizationId, actor: { actorUserId: session.userId, actorSessionId: value } } : { error: `session ${value} not found` };
    }
    case 'actorApiKeyId': {
      const org = orgs.find((o) => o.apiKeys.has(value));
      return org ? { organizationId: org.id, actor: { actorApiKeyId: value } } : { error: `api key ${value} not found` };
    }
    case 'actorCredentials': {
      const principal = db.principal(value);
      if (principal?.kind === 'access') {
        return { organizationId: principal.organization.id, actor: { actorUserId: principal.userId, actorSessionId: principal.sessionId } };
      }
      if (principal?.kind === 'api_key') return { organizationId: principal.organization.id, actor: { actorApiKeyId: principal.apiKeyId } };
      return { error: 'actorCredentials is neither a valid access token nor an API key secret' };
    }
  }
}

/**
 * Tesseral's backend API for custom events, `POST /v1/audit-log-events`, with its validation:
 * a backend API key, exactly one of the five "who" fields, a three-part lowercase name that does
 * not start with `tesseral`, no backend-key or intermediate-session actor. The new event is
 * stored, so later lists show it.
 */
export function createEventHandlers(db: MockDatabase, scenario: MockScenario) {
  const random = new Random(db.dataset.options.seed ^ 0x5eed);
  return [
    http.post('*/v1/audit-log-events', async ({ request }) => {
      const failure = await applyScenario(scenario, 'connect');
      if (failure) return failure;
      if (db.principal(credentialOf(request))?.kind !== 'backend') {
        return connectError(401, 'unauthenticated', 'a backend API key is required (Authorization: Bearer <backend API key>)');
      }
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return connectError(400, 'invalid_argument', 'the request body is not JSON');
      }
      if (!isPlainObject(body)) return connectError(400, 'invalid_argument', 'the request body must be a JSON object');
      const bad = (message: string) => connectError(400, 'invalid_argument', message);
      for (const field of ['actorBackendApiKeyId', 'actorIntermediateSessionId']) {
        if (body[field] !== undefined) return bad(`${field} cannot be set on a custom event`);
      }
      const given = ACTOR_FIELDS.filter((field) => body[field] !== undefined && body[field] !== '');
      if (given.length !== 1) {
        return bad(`exactly one of ${ACTOR_FIELDS.join(', ')} must be set, got ${given.length ? given.join(' and ') : 'none'}`);
      }
      const field = given[0]!;
      const value = body[field];
      if (typeof value !== 'string') return bad(`${field} must be a string`);
      const { eventName, eventDetails = {}, eventTime } = body;
      if (typeof eventName !== 'string' || !NAME_PATTERN.test(eventName)) {
        return bad('eventName must look like "vendor.resource.action": lowercase letters, digits and underscores in three dotted parts');
      }
      if (eventName.startsWith('tesseral')) return bad('eventName must not start with "tesseral": those names are reserved');
      if (!isPlainObject(eventDetails)) return bad('eventDetails must be a JSON object');
      if (eventTime !== undefined && !isRfc3339(eventTime)) return bad('eventTime must be an RFC 3339 time');
      const resolved = resolveActor(db, field, value);
      if ('error' in resolved) return bad(resolved.error);
      const time = eventTime === undefined ? Date.now() : Date.parse(eventTime as string);
      const event: AuditLogEvent = {
        id: auditLogEventId(time, random),
        organizationId: resolved.organizationId,
        ...resolved.actor,
        eventTime: new Date(time).toISOString(),
        eventName,
        eventDetails,
      };
      db.engine.insert([event]);
      return HttpResponse.json({ auditLogEvent: event });
    }),
  ];
}
