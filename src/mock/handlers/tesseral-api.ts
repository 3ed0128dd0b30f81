import { http, HttpResponse } from 'msw';
import { isAuditLogError } from '../../errors.js';
import type { AuditLogEvent } from '../../model/event.js';
import type { MockDatabase } from '../database.js';
import { applyScenario, connectError, credentialOf, type MockScenario } from './scenario.js';

/** Tesseral's end-customer API leaves the organization implicit: it is never in the answer. */
function withoutOrganization({ organizationId: _omit, ...event }: AuditLogEvent): Omit<AuditLogEvent, 'organizationId'> {
  return event;
}

function accessPrincipal(db: MockDatabase, request: Request) {
  const principal = db.principal(credentialOf(request));
  if (!principal || principal.kind !== 'access') {
    return { error: connectError(401, 'unauthenticated', 'a valid access token is required (Authorization: Bearer or the access token cookie)') };
  }
  return { principal };
}

/**
 * Tesseral's frontend (end-customer) API, with its exact semantics: owners only, one
 * organization per token, 10 events per page newest first, inclusive time bounds, one event
 * name, one user, and "invalid pagination token" for a token that was not issued for this query.
 */
export function tesseralApiHandlers(db: MockDatabase, scenario: MockScenario) {
  return [
    http.get('*/api/frontend/v1/audit-log-events', async ({ request }) => {
      const failure = await applyScenario(scenario, 'connect');
      if (failure) return failure;
      const auth = accessPrincipal(db, request);
      if (auth.error) return auth.error;
      if (!auth.principal.owner) {
        return connectError(403, 'permission_denied', 'only organization owners may view audit logs');
      }
      const params = new URL(request.url).searchParams;
      const eventName = params.get('filterEventName');
      const userId = params.get('filterUserId');
      // filterUserId matches actorUserId only: any other id (an API key, a session) matches nothing.
      if (scenario.empty || (userId && !userId.startsWith('user_'))) return HttpResponse.json({ auditLogEvents: [], nextPageToken: '' });
      try {
        const page = db.engine.list({
          organizationId: auth.principal.organization.id,
          filter: {
            eventNames: eventName ? [eventName] : undefined,
            actorIds: userId ? [userId] : undefined,
            timeRange: { start: params.get('filterStartTime') ?? undefined, end: params.get('filterEndTime') ?? undefined },
          },
          sort: 'newest',
          pageSize: 10,
          cursor: params.get('pageToken') || null,
        });
        return HttpResponse.json({ auditLogEvents: page.events.map(withoutOrganization), nextPageToken: page.nextCursor ?? '' });
      } catch (error) {
        if (isAuditLogError(error)) return connectError(400, 'invalid_argument', error.message);
        throw error;
      }
    }),

    http.get('*/api/frontend/v1/users/:userId', async ({ request, params }) => {
      const failure = await applyScenario(scenario, 'connect');
      if (failure) return failure;
      const auth = accessPrincipal(db, request);
      if (auth.error) return auth.error;
      const org = auth.principal.organization;
      const userId = String(params.userId);
      const user = org.users.get(userId);
      if (!user || org.deletedUserIds.has(userId)) return connectError(404, 'not_found', 'user not found');
      return HttpResponse.json({ user });
    }),

    http.get('*/api/frontend/v1/api-keys/:apiKeyId', async ({ request, params }) => {
      const failure = await applyScenario(scenario, 'connect');
      if (failure) return failure;
      const auth = accessPrincipal(db, request);
      if (auth.error) return auth.error;
      const apiKey = auth.principal.organization.apiKeys.get(String(params.apiKeyId));
      if (!apiKey) return connectError(404, 'not_found', 'api key not found');
      return HttpResponse.json({ apiKey });
    }),
  ];
}
