import { RESOURCE_GROUPS } from '../../filter/fields/resource-groups.js';
import { useAuditLogContext, useSlot } from '../context.js';
import { FilterPopover } from './popover.js';

/**
 * The resource-group filter: Users, API keys, Organizations, Roles, SAML and OIDC connections, …
 * (Tesseral's resources), any number of them. Shown where the backend filters by several event
 * names, since a group is a set of them.
 */
export function AuditLogResourceGroupFilter() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages, capabilities, filter } = controller;
  if (capabilities.eventNameFilter !== 'multiple') return null;
  const selected = filter.resourceGroups ?? [];
  const set = (next: typeof selected) => {
    const { resourceGroups: _, ...rest } = filter;
    controller.setFilter(next.length ? { ...rest, resourceGroups: next } : rest);
  };
  const summary = selected.length === 1 ? messages.eventGroup(selected[0]!) : selected.length > 1 ? `${selected.length}` : undefined;
  return (
    <FilterPopover label={messages.resourceGroup} summary={summary}>
      {() => (
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
      )}
    </FilterPopover>
  );
}
