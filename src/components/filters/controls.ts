import type { ComponentType } from 'react';
import { AuditLogActorFilter } from './actor-filter.js';
import { AuditLogEventTypeFilter } from './event-type-filter.js';
import { AuditLogResourceGroupFilter } from './resource-group-filter.js';
import { AuditLogSearchBox } from './search-box.js';
import { AuditLogTimeRangeFilter } from './time-range-filter.js';

/**
 * The control of each filter field, by the `control` name its definition gives
 * (src/filter/fields/). Each control hides itself where the backend cannot apply its field.
 */
export const FILTER_CONTROLS: Readonly<Record<string, ComponentType>> = {
  search: AuditLogSearchBox,
  resourceGroup: AuditLogResourceGroupFilter,
  eventType: AuditLogEventTypeFilter,
  actor: AuditLogActorFilter,
  time: AuditLogTimeRangeFilter,
};
