import { lazy } from 'react';
import { useAuditLogContext } from '../context.js';
import { knownActorName } from './filter-chips.js';
import { FilterPopover } from './popover.js';

// The options (kinds, the typeahead) load when the popover first opens.
const ActorOptions = lazy(() => import('./actor-options.js').then((m) => ({ default: m.ActorOptions })));

/**
 * The actor filter: kinds (user, API key, SCIM, vendor backend, login flow, system) and specific
 * actors, found by name, email or id through the adapter's `searchActors`, or pasted as an id
 * where the backend cannot list them. Shows only what the backend can filter by.
 */
export function AuditLogActorFilter() {
  const { controller } = useAuditLogContext();
  const { messages, capabilities, filter } = controller;
  if (capabilities.actorIdFilter === 'none' && !capabilities.actorKindFilter) return null;
  const count = (filter.actorIds?.length ?? 0) + (filter.actorKinds?.length ?? 0);
  // One actor: the name its chip shows (the id where none is known).
  const one = filter.actorIds?.[0];
  const summary = count === 1 ? (one !== undefined ? (knownActorName(controller, one) ?? one) : messages.actorKindName(filter.actorKinds![0]!)) : count > 1 ? `${count}` : undefined;
  return <FilterPopover label={messages.actor} summary={summary}>{() => <ActorOptions />}</FilterPopover>;
}

