import { lazy } from 'react';
import { useAuditLogContext } from '../context.js';
import { FilterPopover } from './popover.js';

// The options load when the popover first opens.
const ResourceGroupOptions = lazy(() => import('./resource-group-options.js').then((m) => ({ default: m.ResourceGroupOptions })));

/**
 * The resource-group filter: Users, API keys, Organizations, Roles, SAML and OIDC connections, …
 * (Tesseral's resources), any number of them. Shown where the backend filters by several event
 * names, since a group is a set of them.
 */
export function AuditLogResourceGroupFilter() {
  const { controller } = useAuditLogContext();
  const { messages, capabilities, filter } = controller;
  if (capabilities.eventNameFilter !== 'multiple') return null;
  const selected = filter.resourceGroups ?? [];
  const summary = selected.length === 1 ? messages.eventGroup(selected[0]!) : selected.length > 1 ? `${selected.length}` : undefined;
  return (
    <FilterPopover label={messages.resourceGroup} summary={summary}>
      {() => <ResourceGroupOptions />}
    </FilterPopover>
  );
}
