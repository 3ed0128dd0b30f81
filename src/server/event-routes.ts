import type { AuditLogActorRef } from '../adapter/types.js';
import type { AuditLogFacetField } from '../model/aggregate.js';
import { deriveActor } from '../model/actor.js';
import type { AuditLogEvent } from '../model/event.js';
import type { RouteContext } from './context.js';
import { json, restError } from './respond.js';
import { aggregateRequest, listRequest, queryParams } from './requests.js';
import type { Route } from './router.js';

/** The actors of a page, once each, for their names to come with it. */
function actorRefs(events: readonly AuditLogEvent[]): AuditLogActorRef[] {
  const refs = new Map<string, AuditLogActorRef>();
  for (const event of events) {
    const { kind, id } = deriveActor(event);
    if (id !== null) refs.set(`${kind}:${id}`, { kind, id });
  }
  return [...refs.values()];
}

/** The events' routes: a page, one event, the count, the histogram, the facets, the event names. */
export const EVENT_ROUTES: Route<RouteContext>[] = [
  {
    method: 'GET',
    path: '/events',
    run: async ({ url, scope, store, directory }) => {
      const page = await store.list(scope, listRequest(url));
      // The names of the page's actors come with it, so that a viewer shows them at once.
      const actors = directory && page.events.length ? await directory.actors(scope, actorRefs(page.events)) : [];
      return json({ events: page.events, nextCursor: page.nextCursor, actors });
    },
  },
  // Before /events/:eventId, which would take "count" for an id.
  { method: 'GET', path: '/events/count', run: async ({ url, scope, store }) => json(await store.count(scope, listRequest(url).filter)) },
  {
    method: 'GET',
    path: '/events/histogram',
    run: async ({ url, scope, store }) => {
      const { filter, value } = aggregateRequest(url, 'timeZone');
      return json(await store.histogram(scope, filter, value));
    },
  },
  {
    method: 'GET',
    path: '/events/facets',
    run: async ({ url, scope, store }) => {
      const { filter, value } = aggregateRequest(url, 'field');
      // The store refuses a field it does not know (a 400 naming it).
      return json(await store.facets(scope, filter, value as AuditLogFacetField));
    },
  },
  {
    method: 'GET',
    path: '/events/:eventId',
    run: async ({ url, scope, store }, { eventId }) => {
      queryParams(url, {});
      const event = await store.get(scope, eventId!);
      return event ? json({ event }) : restError('not_found', 'event not found');
    },
  },
  {
    method: 'GET',
    path: '/event-names',
    run: async ({ url, scope, store }) => {
      queryParams(url, {});
      return json({ eventNames: await store.eventNames(scope) });
    },
  },
];
