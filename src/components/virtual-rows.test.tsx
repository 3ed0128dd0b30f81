import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleAdapter } from '../test-support/adapters.js';
import { AuditLogViewer } from './audit-log-viewer.js';

// jsdom lays nothing out: the virtualizer sees a box of no height and draws its overscan only.
// What is proven here is the semantics; the DOM size in a real browser is the e2e's (large-page).
describe('a large page', () => {
  it('draws only some rows, and still says how many there are and where each one is', async () => {
    render(<AuditLogViewer adapter={sampleAdapter({}, 1500)} timeZone="UTC" defaultPageSize={1000} />);
    const table = screen.getByRole('table', { name: 'Audit log events' });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '1001'));
    // The virtualizer loads on first need: its rows come then.
    await waitFor(() => expect(table.querySelector('tr[data-row]')).not.toBeNull());
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(300);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(rows.filter((row) => row.tabIndex === 0)).toHaveLength(1);
    // The keyboard walks the drawn rows (the e2e goes to the end of the page and back).
    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '3');
  });
});
