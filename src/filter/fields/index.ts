import type { AuditLogFilterField, AuditLogFilterUrlCodec } from '../field.js';
import { ACTOR_IDS_FIELD, ACTOR_IDS_URL, checkActorIds } from './actor-ids.js';
import { ACTOR_KINDS_FIELD, ACTOR_KINDS_URL, checkActorKinds } from './actor-kinds.js';
import { checkEventNames, EVENT_NAMES_FIELD, EVENT_NAMES_URL } from './event-names.js';
import { RESOURCE_GROUPS_FIELD, RESOURCE_GROUPS_URL } from './resource-groups.js';
import { checkSearch, SEARCH_FIELD, SEARCH_URL } from './search.js';
import { checkTimeRange, TIME_FIELD, TIME_URL } from './time.js';

/**
 * Every field of the filter, in the order of the filter bar and the chips. Adding a field is one
 * module in this folder and its lines here (the definition, its URL codec, and its backend check
 * if it owns a list-filter key), and, for its control, one line in
 * src/components/filters/controls.ts. The codecs and checks are listed apart from the
 * definitions so that a viewer's bundle holds only what it uses.
 */
export const FILTER_FIELDS = [SEARCH_FIELD, RESOURCE_GROUPS_FIELD, EVENT_NAMES_FIELD, ACTOR_IDS_FIELD, ACTOR_KINDS_FIELD, TIME_FIELD] as const;

type Field = (typeof FILTER_FIELDS)[number];
type ValueOf<F> = F extends AuditLogFilterField<string, infer V> ? V : never;

/** The key of each filter field. */
export type AuditLogFilterKey = Field['key'];

/** The filter's fields, each with the value type its definition declares. */
export type AuditLogFilterValues = { [F in Field as F['key']]?: ValueOf<F> };

/** Any one field, for code that walks the registry. */
// The registry is heterogeneous; walkers read each field's value by its own key and hand it
// back to the same field, so the value type lines up at run time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFilterField = AuditLogFilterField<AuditLogFilterKey, any>;

/** The fields, typed for walking. */
export const FIELDS: readonly AnyFilterField[] = FILTER_FIELDS;

/**
 * The backend's check of each list-filter key a field owns (the engine validates untrusted filters
 * by them). Kept apart from the definitions so that the viewer's bundle leaves them out.
 */
export const LIST_CHECKS: Readonly<Record<string, (raw: unknown) => unknown>> = {
  search: checkSearch,
  eventNames: checkEventNames,
  actorIds: checkActorIds,
  actorKinds: checkActorKinds,
  timeRange: checkTimeRange,
};

/** The URL codec of each field, by its key (`readUrlState` and `writeUrlState` walk them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const URL_CODECS: Readonly<Record<AuditLogFilterKey, AuditLogFilterUrlCodec<any>>> = {
  search: SEARCH_URL,
  resourceGroups: RESOURCE_GROUPS_URL,
  eventNames: EVENT_NAMES_URL,
  actorIds: ACTOR_IDS_URL,
  actorKinds: ACTOR_KINDS_URL,
  time: TIME_URL,
};
