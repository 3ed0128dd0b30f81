import { RESOURCE_GROUPS } from '../../filter/fields/resource-groups.js';
import { useAuditLogContext, useSlot } from '../context.js';

/** The resource groups as checkboxes, and Clear (loaded when the popover first opens). */
export function ResourceGroupOptions() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages, filter } = controller;
  const selected = filter.resourceGroups ?? [];
  const set = (next: typeof selected) => {
    const { resourceGroups: _, ...rest } = filter;
    controller.setFilter(next.length ? { ...rest, resourceGroups: next } : rest);
  };
  return (
    <>
      <fieldset className={slot('optionGroup')}>
        <legend>{messages.resourceGroup}</legend>
        {RESOURCE_GROUPS.map((group) => (
          <label key={group} className={slot('option')}>
            <input
              type="checkbox"
              checked={selected.includes(group)}
              onChange={(e) => set(e.target.checked ? [...selected, group] : selected.filter((g) => g !== group))}
            />
            {messages.eventGroup(group)}
          </label>
        ))}
      </fieldset>
      <button type="button" className={slot('button')} aria-disabled={selected.length === 0} onClick={() => selected.length && set([])}>
        {messages.clear}
      </button>
    </>
  );
}
