import type { AuditLogTimePreset } from '../../filter/types.js';
import type { AuditLogActorKind } from '../../model/actor.js';
import { EVENT_GROUP_LABELS, type AuditLogEventGroup } from '../../model/catalogue.js';
import { describeSearchProblem, type SearchProblem } from '../../search/problem.js';
import { message } from './message.js';

const KIND_NAMES: Record<AuditLogActorKind, string> = {
  user: 'User',
  api_key: 'API key',
  scim_api_key: 'SCIM',
  backend_api_key: 'Vendor backend',
  login: 'Login flow',
  system: 'System',
};

const PRESET_NAMES: Record<AuditLogTimePreset, string> = {
  '15m': 'Last 15 minutes',
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
};

/** The words of search, filters, chips and sort. */
export const FILTERS_MESSAGES = {
  /** Why a search cannot be read, said at the search box (no request is made meanwhile). */
  searchProblem: message<(problem: SearchProblem) => string>(describeSearchProblem),
  /** A group of event types in the Event type filter, e.g. "Users", "API keys". */
  eventGroup: message<(group: AuditLogEventGroup) => string>((group) => EVENT_GROUP_LABELS[group]),
  /** Accessible name of the search box. */
  search: 'Search audit logs',
  /** The search's name on its chip. */
  searchChip: 'Search',
  /** Placeholder of the search box. */
  searchPlaceholder: 'Search events, people, details…',
  /** How to search, read with the box. */
  searchHelp: 'Words must all match. Use "quotes" for a phrase, and event:, actor:, user: or a details path such as user.email: for one field.',
  /** Said instead of searching when the backend cannot search. */
  searchUnsupported: 'This backend cannot search: use the filters.',
  /** The same, short enough for the box's placeholder. */
  searchUnsupportedShort: 'No search on this backend',
  /** The resource-group filter's button and chips ("Resource: Users"). */
  resourceGroup: 'Resource',
  /** The event-type filter's button. */
  eventType: 'Event type',
  /** Said when the backend filters by one event type at a time. */
  eventTypeSingle: 'This backend filters by one event type at a time.',
  /** Accessible name of the search inside a filter's popover. */
  filterOptions: message<(filter: string) => string>((filter) => `Find ${filter.toLowerCase()}`),
  /** Selects every option of a group, e.g. "Select all Users". */
  selectGroup: message<(group: string) => string>((group) => `Select all ${group}`),
  /** Clears one control's choice. */
  clear: 'Clear',
  /** While a filter's options load. */
  optionsLoading: 'Loading options…',
  /** When a filter's options could not be loaded. */
  optionsFailed: 'The options could not be loaded.',
  /** When a filter has no options (or none match what was typed). */
  noOptions: 'No options',
  /** An option's count of matching events under the other filters ("12", or "12+" where the backend stopped counting). */
  facetCount: message<(count: number, exact: boolean) => string>((count, exact) => `${count.toLocaleString('en')}${exact ? '' : '+'}`),
  /** The toggle that orders the event types by their counts (off: by resource and name). */
  sortByCount: 'Most events first',
  /** The actor filter's button. */
  actor: 'Actor',
  /** Heading of the actor kinds in the actor filter. */
  actorKinds: 'Kinds of actor',
  /** Heading of the actor search in the actor filter. */
  actorSearch: 'People and API keys',
  /** Hint of the actor search when the backend cannot list actors: paste an id. */
  actorIdHint: 'Paste an actor id (user_…, api_key_…)',
  /** Adds a typed actor id. */
  actorIdAdd: 'Add',
  /** Names of the actor kinds. */
  actorKindName: message<(kind: AuditLogActorKind) => string>((kind) => KIND_NAMES[kind]),
  /** The time-range filter's button. */
  timeRange: 'Time range',
  /** Any time (no time filter). */
  timeAny: 'Any time',
  /** A preset, e.g. "Last 7 days". */
  timePreset: message<(preset: AuditLogTimePreset) => string>((preset) => PRESET_NAMES[preset]),
  /** Heading of the absolute range. */
  timeExact: 'Exact range',
  /** Labels of an absolute range's ends; `zone` is the zone they are entered in. */
  timeFrom: message<(zone: string) => string>((zone) => `From (${zone})`),
  timeTo: message<(zone: string) => string>((zone) => `To (${zone})`),
  /** Applies an absolute range. */
  apply: 'Apply',
  /** An absolute range whose start is after its end. */
  timeRangeInvalid: 'The start is after the end.',
  /** An absolute range, for the button and chips, e.g. "2025-07-01 10:00 → 2025-07-02 10:00". */
  timeBetween: message<(from: string | null, to: string | null) => string>((from, to) => (from && to ? `${from} → ${to}` : from ? `From ${from}` : `Until ${to}`)),
  /** Loads the events again (a relative time range moves up to now). */
  refresh: 'Refresh',
  /** Lists the active filters in the "no match" state, e.g. "Filters: Search: x, Actor: System". */
  activeFiltersList: message<(chips: string[]) => string>((chips) => `Filters: ${chips.join(', ')}`),
  /** The sort control. */
  sort: 'Sort',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  /** Removes every filter. */
  clearFilters: 'Clear filters',
  /** Accessible name of the list of active filters. */
  activeFilters: 'Active filters',
  /** A chip's remove button, e.g. "Remove filter Event type: User updated". */
  removeFilter: message<(chip: string) => string>((chip) => `Remove filter ${chip}`),
  /** A chip's text, e.g. "Event type: User updated". */
  chip: message<(filter: string, value: string) => string>((filter, value) => `${filter}: ${value}`),
  /** Heading of the state where filters match nothing. */
  noMatchTitle: 'No events match',
  /** Body of that state. */
  noMatchBody: 'Change or clear the filters to see more events.',
};
