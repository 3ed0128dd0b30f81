import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleAdapter } from '../test-support/adapters.js';
import { AuditLogViewer } from './audit-log-viewer.js';

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('keyboard shortcuts', () => {
  it('/ goes to search, j and k move between rows, ? lists the keys and Escape closes the list', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    const table = screen.getByRole('table', { name: 'Audit log events' });
    await waitFor(() => expect(rowsOf(table)).toHaveLength(25));
    rowsOf(table)[0]!.focus();
    await userEvent.keyboard('jj');
    expect(rowsOf(table)[2]).toHaveFocus();
    await userEvent.keyboard('k');
    expect(rowsOf(table)[1]).toHaveFocus();
    await userEvent.keyboard('?');
    const list = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(list).toHaveTextContent('/Search');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
    expect(rowsOf(table)[1]).toHaveFocus();
    // Last, as typing in the box searches (and changes the rows).
    await userEvent.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search audit logs' });
    expect(search).toHaveFocus();
    // In the box, a slash is text.
    await userEvent.keyboard('a/b');
    expect(search).toHaveValue('a/b');
  });

  it('takes no key from the host: not in its fields, not with a modifier, and on the body only for the first viewer', async () => {
    render(
      <>
        <label>Host note <input /></label>
        <AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />
        <AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('table')[1]!.querySelectorAll('tr[data-row]')).toHaveLength(25));
    const host = screen.getByRole('textbox', { name: 'Host note' });
    await userEvent.click(host);
    await userEvent.keyboard('/jk?');
    expect(host).toHaveValue('/jk?');
    expect(host).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    host.blur();
    await userEvent.keyboard('{Control>}/{/Control}');
    expect(document.body).toHaveFocus();
    await userEvent.keyboard('/');
    const [first] = screen.getAllByRole('searchbox', { name: 'Search audit logs' });
    expect(first).toHaveFocus();
  });
});
