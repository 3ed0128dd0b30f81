import { useAuditLogContext, useSlot } from '../context.js';
import { AuditLogExport } from '../export/export-button.js';
import { AuditLogActorFilter } from './actor-filter.js';
import { AuditLogEventTypeFilter } from './event-type-filter.js';
import { AuditLogSearchBox } from './search-box.js';
import { AuditLogSortSelect } from './sort-select.js';
import { AuditLogTimeRangeFilter } from './time-range-filter.js';

/** The search box, every filter the backend supports, and Refresh, in one row (wrapping when narrow). */
export function AuditLogFilters() {
  const slot = useSlot();
  const { controller } = useAuditLogContext();
  return (
    <div className={slot('filters')}>
      <AuditLogSearchBox />
      <AuditLogEventTypeFilter />
      <AuditLogActorFilter />
      <AuditLogTimeRangeFilter />
      <AuditLogSortSelect />
      <button type="button" className={slot('button')} aria-disabled={controller.isFetching} onClick={() => !controller.isFetching && controller.refresh()}>
        {controller.messages.refresh}
      </button>
      <AuditLogExport />
    </div>
  );
}
