import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditLogViewer } from '../components/audit-log-viewer.js';
import { instrument, sampleAdapter } from '../test-support/adapters.js';

// The search parser loads when there is first a search to read (use-parsed-search.ts): a link
// that opens on a search must still send nothing the parser has not read.
describe('a search the viewer opens on', () => {
  it('is not sent before the parser has read it, and never when it cannot be read', async () => {
    const { adapter, calls } = instrument(sampleAdapter());
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={{ search: '"jane doe' }} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('A quote is not closed');
    expect(calls.map((c) => c.filter.search)).not.toContain('"jane doe');
  });

  it('is sent once read, and its rows are shown', async () => {
    const { adapter, calls } = instrument(sampleAdapter());
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={{ search: 'event:roles.delete' }} />);
    const table = screen.getByRole('table', { name: 'Audit log events' });
    await waitFor(() => expect(table.querySelectorAll('tr[data-row]').length).toBeGreaterThan(0));
    for (const row of within(table).getAllByRole('row').slice(1)) expect(row).toHaveTextContent('Role deleted');
    expect(calls.map((c) => c.filter.search)).toEqual(['event:roles.delete']);
  });
});
