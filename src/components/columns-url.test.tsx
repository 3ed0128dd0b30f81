import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAuditLogUrlState, type AuditLogUrlSource, type UseAuditLogUrlStateOptions } from '../filter/use-url-state.js';
import { sampleAdapter } from '../test-support/adapters.js';
import { AuditLogViewer } from './audit-log-viewer.js';

const headers = () => within(screen.getByRole('table', { name: 'Audit log events' })).getAllByRole('columnheader').map((h) => h.textContent);

/** A query string held in memory, as a router would hold it. */
function memorySource(initial = ''): AuditLogUrlSource & { search: string } {
  const listeners = new Set<() => void>();
  const source = {
    search: initial,
    read: () => source.search,
    write: (next: string) => {
      source.search = next.replace(/^\?/, '');
      listeners.forEach((listener) => listener());
    },
    subscribe: (onChange: () => void) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  return source;
}

function Host({ adapter, options }: { adapter: ReturnType<typeof sampleAdapter>; options: UseAuditLogUrlStateOptions }) {
  return <AuditLogViewer adapter={adapter} timeZone="UTC" {...useAuditLogUrlState(options)} />;
}

describe('the chosen columns in the URL', () => {
  it('are written when the host opts in, and a link with them shows the same columns and times', async () => {
    const adapter = sampleAdapter();
    const source = memorySource('tab=audit');
    const first = render(<Host adapter={adapter} options={{ source, columns: true }} />);
    await waitFor(() => expect(headers()).toEqual(['Event', 'Actor', 'Time']));
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = await screen.findByRole('menu', { name: 'Columns' });
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Actor' }));
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'ID' }));
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Relative times' }));
    expect(new URLSearchParams(source.search).get('audit.cols')).toBe('event,time,id');
    expect(new URLSearchParams(source.search).get('audit.times')).toBe('relative');
    expect(new URLSearchParams(source.search).get('tab')).toBe('audit');
    first.unmount();

    render(<Host adapter={adapter} options={{ source: memorySource(source.search), columns: true }} />);
    await waitFor(() => expect(headers()).toEqual(['Event', 'Time', 'ID']));
    await waitFor(() => expect(document.querySelector('tbody time')?.textContent).toMatch(/ ago$|^yesterday$|^last /));
  });

  it('stay out of the URL unless the host opts in', async () => {
    const source = memorySource();
    render(<Host adapter={sampleAdapter()} options={{ source }} />);
    await waitFor(() => expect(headers()).toEqual(['Event', 'Actor', 'Time']));
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(within(await screen.findByRole('menu', { name: 'Columns' })).getByRole('menuitemcheckbox', { name: 'ID' }));
    expect(headers()).toEqual(['Event', 'Actor', 'Time', 'ID']);
    expect(source.search).toBe('');
  });
});
