import { EVENT_GROUP_LABELS, TESSERAL_EVENT_TYPES, type AuditLogEventGroup } from '../../model/catalogue.js';
import { listChips, type AuditLogFilterField, type AuditLogFilterUrlCodec } from '../field.js';

/** The groups a person can filter by: every group of the catalogue but `custom` (its names are the vendor's). */
export const RESOURCE_GROUPS = (Object.keys(EVENT_GROUP_LABELS) as AuditLogEventGroup[]).filter((group) => group !== 'custom');

const isGroup = (value: string): value is AuditLogEventGroup => (RESOURCE_GROUPS as readonly string[]).includes(value);

/** The event names of a group, from the catalogue. */
export function groupEventNames(group: AuditLogEventGroup): string[] {
  return TESSERAL_EVENT_TYPES.filter((type) => type.group === group).map((type) => type.name);
}

/**
 * Resource groups (Users, API keys, SSO connections, …): an event matches if its name is in any
 * of them. A group is a set of event names, so it needs a backend that filters by several names;
 * with an Event type chosen too, both must hold.
 */
export const RESOURCE_GROUPS_FIELD: AuditLogFilterField<'resourceGroups', readonly AuditLogEventGroup[]> = {
  key: 'resourceGroups',
  control: 'resourceGroup',
  isActive: (value) => value.length > 0,
  fit: (value, capabilities) =>
    capabilities.eventNameFilter === 'multiple' ? { value } : { value: undefined, refusal: 'This backend cannot filter by several event types, so not by a resource group.' },
  toList(value, list) {
    const names = value.flatMap(groupEventNames);
    const kept = list.eventNames ? list.eventNames.filter((name) => names.includes(name)) : names;
    list.eventNames = kept;
    return kept.length > 0;
  },
  chips: (value, { messages }) => listChips(value, 'group', (group) => messages.chip(messages.resourceGroup, messages.eventGroup(group))),
};

/** How `resourceGroups` is written in a URL (see `readUrlState`): links are untrusted, so what cannot be read is dropped. */
export const RESOURCE_GROUPS_URL: AuditLogFilterUrlCodec<readonly AuditLogEventGroup[]> = {
  read: (params) => {
    const groups = params.all('group').filter(isGroup);
    return groups.length ? groups : undefined;
  },
  write: (value, params) => value.forEach((group) => params.append('group', group)),
};
