import type { AuditLogFilterField } from '../field.js';
import { ACTOR_IDS_FIELD } from './actor-ids.js';
import { ACTOR_KINDS_FIELD } from './actor-kinds.js';
import { EVENT_NAMES_FIELD } from './event-names.js';
import { RESOURCE_GROUPS_FIELD } from './resource-groups.js';
import { SEARCH_FIELD } from './search.js';
import { TIME_FIELD } from './time.js';

/**
 * Every field of the filter, in the order of the filter bar and the chips. Adding a field is one
 * module in this folder and one line here (and, for its control, one line in
 * src/components/filters/controls.ts).
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
