import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TESSERAL_CAPABILITIES } from '../../adapter/tesseral/index.js';
import { groupEventNames } from '../../filter/fields/resource-groups.js';
import { toListFilter } from '../../filter/resolve.js';
import { describeEventName } from '../../model/catalogue.js';
import { instrument, sampleAdapter } from '../../test-support/adapters.js';
import { shown } from '../../test-support/text.js';
import { AuditLogViewer } from '../audit-log-viewer.js';

const table = () => screen.getByRole('table', { name: 'Audit log events' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);

describe('the resource-group filter', () => {
  it('narrows the rows to a group\'s events, as a set of names, with a chip', async () => {
    const { adapter, calls } = instrument(sampleAdapter());
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.click(screen.getByRole('button', { name: 'Resource' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'API keys' }));
    await waitFor(() => expect(calls.at(-1)!.filter.eventNames).toEqual(groupEventNames('api_keys')));
    await waitFor(() => expect(table()).toHaveAttribute('aria-busy', 'false'));
    expect(bodyRows().length).toBeGreaterThan(0);
    for (const row of bodyRows()) expect(describeEventName(row.querySelector('code')!.textContent!).group).toBe('api_keys');
    expect(shown(screen.getByRole('list', { name: 'Active filters' }))).toContain('Resource: API keys');
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Resource: API keys' }));
    await waitFor(() => expect(bodyRows().some((row) => describeEventName(row.querySelector('code')!.textContent!).group !== 'api_keys')).toBe(true));
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
  });

  it('with an Event type outside the group, lists nothing and asks the backend nothing', async () => {
    const { adapter, calls } = instrument(sampleAdapter());
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={{ resourceGroups: ['users'], eventNames: ['tesseral.api_keys.create'] }} />);
    expect(await screen.findByText('No events match')).toBeInTheDocument();
    expect(calls).toEqual([]);
    expect(toListFilter({ resourceGroups: ['users'], eventNames: ['tesseral.users.create', 'tesseral.api_keys.create'] }, 0)).toEqual({ eventNames: ['tesseral.users.create'] });
  });

  it('is not offered, and a linked group is dropped, where the backend takes one event name', async () => {
    const { adapter, calls } = instrument(sampleAdapter({ capabilities: { ...TESSERAL_CAPABILITIES, search: false } }));
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={{ resourceGroups: ['users'] }} />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    expect(screen.queryByRole('button', { name: 'Resource' })).not.toBeInTheDocument();
    expect(calls[0]!.filter.eventNames).toBeUndefined();
  });
});
