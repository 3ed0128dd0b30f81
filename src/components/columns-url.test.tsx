import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAuditLogUrlState, type AuditLogUrlSource, type UseAuditLogUrlStateOptions } from '../filter/use-url-state.js';
import { sampleAdapter } from '../test-support/adapters.js';
import type { AuditLogColumn } from '../columns/table-column.js';
import { AuditLogViewer, type AuditLogViewerProps } from './audit-log-viewer.js';
import { AUDIT_LOG_COLUMNS } from './columns.js';

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

function Host({ adapter, options, ...props }: { adapter: ReturnType<typeof sampleAdapter>; options: UseAuditLogUrlStateOptions } & Partial<AuditLogViewerProps>) {
  return <AuditLogViewer adapter={adapter} timeZone="UTC" {...props} {...useAuditLogUrlState(options)} />;
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
    expect(new URLSearchParams(source.search).getAll('audit.col')).toEqual(['event', 'time', 'id']);
    expect(new URLSearchParams(source.search).get('audit.times')).toBe('relative');
    expect(new URLSearchParams(source.search).get('tab')).toBe('audit');
    first.unmount();

    render(<Host adapter={adapter} options={{ source: memorySource(source.search), columns: true }} />);
    await waitFor(() => expect(headers()).toEqual(['Event', 'Time', 'ID']));
    await waitFor(() => expect(document.querySelector('tbody time')?.textContent).toMatch(/ ago$|^yesterday$|^last /));
  });

  it("start from the host's defaults until the person chooses", async () => {
    const region: AuditLogColumn = { id: 'acme.region', header: () => 'Region', text: (e) => String(e.eventDetails.region ?? '—') };
    const source = memorySource();
    const columns = [...AUDIT_LOG_COLUMNS, region];
    render(<Host adapter={sampleAdapter()} options={{ source, columns: true }} columns={columns} defaultVisibleColumns={['event', 'time']} defaultTimeFormat="relative" />);
    await waitFor(() => expect(headers()).toEqual(['Event', 'Time']));
    await waitFor(() => expect(document.querySelector('tbody time')?.textContent).toMatch(/ ago$|^yesterday$|^last /));
    const before = source.search;
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = await screen.findByRole('menu', { name: 'Columns' });
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Region' }));
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Relative times' }));
    expect(headers()).toEqual(['Event', 'Time', 'Region']);
    expect(new URLSearchParams(source.search).getAll('audit.col')).toEqual(['event', 'time', 'acme.region']);
    expect(new URLSearchParams(source.search).get('audit.times')).toBe('absolute');
    await waitFor(() => expect(document.querySelector('tbody time')?.textContent).toMatch(/\d\d:\d\d/));
    expect(before).toBe('');
  });

  it('hand the viewer its defaults again when the URL loses them (Back)', () => {
    const source = memorySource();
    const { result } = renderHook(() => useAuditLogUrlState({ source, columns: true }));
    expect(result.current).toMatchObject({ visibleColumns: [], timeFormat: null });
    act(() => result.current.onVisibleColumnsChange!(['event', 'acme.region']));
    act(() => result.current.onTimeFormatChange!('absolute'));
    expect(result.current).toMatchObject({ visibleColumns: ['event', 'acme.region'], timeFormat: 'absolute' });
    act(() => source.write('', 'push'));
    // An empty list and null: the viewer's defaults (its host's, else the Summary where it fits).
    expect(result.current).toMatchObject({ visibleColumns: [], timeFormat: null });
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
