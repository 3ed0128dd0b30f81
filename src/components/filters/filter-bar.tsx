import { useSlot } from '../context.js';
import { AuditLogActorFilter } from './actor-filter.js';
import { AuditLogEventTypeFilter } from './event-type-filter.js';
import { AuditLogSearchBox } from './search-box.js';
import { AuditLogSortSelect } from './sort-select.js';
import { AuditLogTimeRangeFilter } from './time-range-filter.js';

/** The search box and every filter the backend supports, in one row (wrapping when narrow). */
export function AuditLogFilters() {
  const slot = useSlot();
  return (
    <div className={slot('filters')}>
      <AuditLogSearchBox />
      <AuditLogEventTypeFilter />
      <AuditLogActorFilter />
      <AuditLogTimeRangeFilter />
      <AuditLogSortSelect />
    </div>
  );
}
