import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TESSERAL_CAPABILITIES } from '../adapter/tesseral/index.js';
import { AuditLogError } from '../errors.js';
import { sampleAdapter, sampleData } from '../test-support/adapters.js';
import { AuditLogViewer } from './audit-log-viewer.js';

const count = () => screen.getByRole('status', { name: 'Matching events' });

describe('the count of matching events', () => {
  it('says how many events match, and follows the filter', async () => {
    const { events } = sampleData();
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await waitFor(() => expect(count()).toHaveTextContent(`${events.length} events`));
    await userEvent.click(screen.getByRole('button', { name: 'Resource' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Roles' }));
    const roles = events.filter((e) => e.eventName.startsWith('tesseral.roles.')).length;
    expect(roles).toBeGreaterThan(0);
    await waitFor(() => expect(count()).toHaveTextContent(new RegExp(`^${roles} events?$`)));
    const rows = within(screen.getByRole('table')).getAllByRole('row').length - 1;
    expect(rows).toBe(Math.min(roles, 25));
  });

  it('is not shown where the backend cannot count', async () => {
    const base = sampleAdapter({ capabilities: { ...TESSERAL_CAPABILITIES, search: false } });
    const adapter = { ...base, countEvents: undefined };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(11));
    expect(screen.queryByRole('status', { name: 'Matching events' })).not.toBeInTheDocument();
  });

  it('says "Count unavailable" when the backend fails to count, and the rows stay', async () => {
    const base = sampleAdapter();
    const adapter = { ...base, countEvents: async () => { throw new AuditLogError('invalid_request', 'counting is off today', { status: 400 }); } };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(count()).toHaveTextContent('Count unavailable'));
    expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeGreaterThan(1);
  });
});
