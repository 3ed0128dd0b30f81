import { useAuditLogContext, useSlot } from '../context.js';
import { AuditLogColumns } from '../columns-button.js';
import { AuditLogViews } from '../views/views-button.js';
import { AuditLogExport } from '../export/export-button.js';
import { FIELDS } from '../../filter/fields/index.js';
import { FILTER_CONTROLS } from './controls.js';
import { AuditLogSortSelect } from './sort-select.js';

// One control per name, in the order of the first field that names it (the actor control sets
// both actor ids and kinds).
const CONTROLS = [...new Set(FIELDS.map((field) => field.control))].map((name) => ({ name, Control: FILTER_CONTROLS[name]! }));

/** The search box, every filter the backend supports, and Refresh, in one row (wrapping when narrow). */
export function AuditLogFilters() {
  const slot = useSlot();
  const { controller } = useAuditLogContext();
  return (
    <div className={slot('filters')}>
      {CONTROLS.map(({ name, Control }) => (
        <Control key={name} />
      ))}
      <AuditLogSortSelect />
      <button type="button" className={slot('button')} aria-disabled={controller.isFetching} onClick={() => !controller.isFetching && controller.refresh()}>
        {controller.messages.refresh}
      </button>
      <AuditLogViews />
      <AuditLogColumns />
      <AuditLogExport />
    </div>
  );
}
