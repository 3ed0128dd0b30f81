import { createQueryEngine, type QueryEngine } from '../engine/engine.js';
import type { SearchPlanner } from '../engine/plan.js';
import { createFullTextSearch } from '../engine/search-index.js';
import { throwIfAborted } from '../errors.js';
import type { AuditLogEvent } from '../model/event.js';
import { words } from '../search/fold.js';
import { actorMatches } from '../search/match.js';
import { sleep } from './abort.js';
import { assertFilterSupported, assertSupported, FULL_CAPABILITIES } from './capabilities.js';
import type { AuditLogActorInfo, AuditLogAdapter, AuditLogCapabilities, AuditLogRoleInfo } from './types.js';

/** Options of {@link createMemoryAdapter}. */
export interface MemoryAdapterOptions {
  /** The events, in any order. */
  events: readonly AuditLogEvent[];
  /**
   * Known actors, for name lookups; an actor not listed then resolves as deleted. Without a
   * directory the adapter has no `getActors` (it cannot know, so it does not claim "deleted").
   */
  actors?: readonly AuditLogActorInfo[];
  /**
   * Cache-key id. Default: derived from the events given (count, first and last id), so that an
   * adapter made again on every render keeps its cache key (create it once all the same).
   */
  id?: string;
  /**
   * Known roles, for the summaries of role assignments; a role not listed then resolves as
   * deleted. Without it the adapter has no `getRoles`.
   */
  roles?: readonly AuditLogRoleInfo[];
  /** Narrow or widen what the adapter claims (for stories that show a limited backend). */
  capabilities?: Partial<AuditLogCapabilities>;
  /** A delay before every answer, to show loading states. */
  latencyMs?: number;
  /**
   * The full-text search planner of the engine; default the engine's own index, which also finds
   * actors by the names in `actors`. `false` turns search off (a backend without search).
   */
  search?: SearchPlanner | false;
}

/** The memory adapter: the contract plus `insert`, for data that arrives while it is shown. */
export interface MemoryAdapter extends AuditLogAdapter {
  /** Adds events, as a backend would receive them. */
  insert(events: readonly AuditLogEvent[]): void;
  /** The engine behind it. */
  readonly engine: QueryEngine;
}

function namesOf(actor: AuditLogActorInfo | undefined): string[] | undefined {
  return actor ? [actor.displayName, actor.email].filter((v): v is string => Boolean(v)) : undefined;
}

/**
 * An adapter over events already in memory, served by the one query engine: for tests, stories,
 * and hosts that have their events at hand.
 *
 * @example
 * ```tsx
 * const adapter = createMemoryAdapter({ events });
 * <AuditLogViewer adapter={adapter} />
 * ```
 */
export function createMemoryAdapter(options: MemoryAdapterOptions): MemoryAdapter {
  const directory = new Map((options.actors ?? []).map((actor) => [actor.id, actor]));
  const search =
    options.search === false
      ? undefined
      : (options.search ?? createFullTextSearch({ actorNames: (id) => namesOf(directory.get(id)) }));
  const engine = createQueryEngine({ events: options.events, search });
  const capabilities: AuditLogCapabilities = {
    ...FULL_CAPABILITIES,
    search: engine.supportsSearch,
    ...(options.actors ? {} : { actorLookup: [] }),
    ...options.capabilities,
  };
  const actors = directory;
  const latency = options.latencyMs ?? 0;

  async function settle(signal: AbortSignal): Promise<void> {
    throwIfAborted(signal);
    if (latency > 0) await sleep(latency, signal);
  }

  const adapter: MemoryAdapter = {
    id: options.id ?? `memory:${options.events.length}:${options.events[0]?.id ?? ''}:${options.events.at(-1)?.id ?? ''}`,
    capabilities,
    engine,
    insert: (events) => engine.insert(events),
    async listEvents(request) {
      assertSupported(capabilities, request);
      await settle(request.signal);
      const { filter, sort, pageSize, cursor } = request;
      return engine.listSliced({ filter, sort, pageSize, cursor });
    },
    async getEvent(id, { signal }) {
      await settle(signal);
      return engine.get(id) ?? null;
    },
    async listEventNames({ signal }) {
      await settle(signal);
      return engine.eventNames();
    },
    async countEvents({ filter, signal }) {
      assertFilterSupported(capabilities, filter);
      await settle(signal);
      return engine.countSliced({ filter });
    },
    async histogramEvents({ filter, timeZone, signal }) {
      assertFilterSupported(capabilities, filter);
      await settle(signal);
      return engine.histogramSliced({ filter, timeZone });
    },
    async facetEvents({ filter, field, signal }) {
      assertFilterSupported(capabilities, filter);
      await settle(signal);
      return engine.facetsSliced({ filter, field });
    },
  };
  if (options.roles) {
    const roles = new Map(options.roles.map((role) => [role.id, role]));
    adapter.getRoles = async (ids, { signal }) => {
      await settle(signal);
      return ids.map((id) => ({ ...(roles.get(id) ?? { id, deleted: true }) }));
    };
  }
  if (options.actors) {
    adapter.searchActors = async (query, { signal, limit }) => {
      await settle(signal);
      const wanted = words(query);
      return [...actors.values()]
        .filter((actor) => actor.kind === 'user' || actor.kind === 'api_key')
        .filter((actor) => actorMatches(actor, wanted))
        .slice(0, limit)
        .map((actor) => ({ ...actor }));
    };
    adapter.getActors = async (refs, { signal }) => {
      await settle(signal);
      return refs
        .filter((ref) => capabilities.actorLookup.includes(ref.kind))
        .map((ref) => {
          const known = actors.get(ref.id);
          return known && known.kind === ref.kind ? { ...known } : { ...ref, deleted: true };
        });
    };
  }
  return adapter;
}
