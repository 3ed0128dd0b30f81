import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleAdapter } from '../../test-support/adapters.js';
import { HOSTILE } from '../../test-support/hostile.js';
import { localStorageViewStore, readViews, type AuditLogSavedView, type AuditLogViewStore } from '../../views/store.js';
import { AuditLogViewer } from '../audit-log-viewer.js';

const headers = () => within(screen.getByRole('table', { name: 'Audit log events' })).getAllByRole('columnheader').map((h) => h.textContent);

afterEach(() => localStorage.clear());

describe('saved views', () => {
  it('save the filter, columns, density and time format under a name, in localStorage by the adapter id, and apply them again', async () => {
    const adapter = sampleAdapter();
    const first = render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={{ search: 'invite' }} defaultVisibleColumns={['event', 'time']} defaultDensity="compact" defaultTimeFormat="relative" />);
    await userEvent.click(screen.getByRole('button', { name: 'Views' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Save current view…' }));
    const form = screen.getByRole('dialog', { name: 'Save current view…' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'View name' }), 'Invites{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Save current view…' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Views' })).toHaveFocus();
    const stored = JSON.parse(localStorage.getItem(`audit-log-viewer:views:${adapter.id}`)!) as AuditLogSavedView[];
    expect(stored).toEqual([{ name: 'Invites', query: 'q=invite', columns: ['event', 'time'], density: 'compact', timeFormat: 'relative', timeZone: 'UTC' }]);
    first.unmount();

    // Another visit, plain: the view brings it all back.
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(headers()).toEqual(['Event', 'Actor', 'Time']));
    await userEvent.click(screen.getByRole('button', { name: 'Views' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Invites' }));
    expect(screen.getByRole('searchbox', { name: 'Search audit logs' })).toHaveValue('invite');
    expect(headers()).toEqual(['Event', 'Time']);
    expect(screen.getByRole('region', { name: 'Audit logs' })).toHaveAttribute('data-density', 'compact');
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    expect(await screen.findByRole('menuitemcheckbox', { name: 'Relative times' })).toHaveAttribute('aria-checked', 'true');
    await userEvent.keyboard('{Escape}');
    // And one can delete it.
    await userEvent.click(screen.getByRole('button', { name: 'Views' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Delete view Invites' }));
    expect(JSON.parse(localStorage.getItem(`audit-log-viewer:views:${adapter.id}`)!)).toEqual([]);
  });

  it("go through the host's store when it gives one, and there is no menu with views={false}", async () => {
    const saved: AuditLogSavedView[][] = [];
    const store: AuditLogViewStore = { load: async () => [{ name: 'Roles', query: 'group=roles' }], save: async (views) => void saved.push(views) };
    const { unmount } = render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" views={store} />);
    await userEvent.click(screen.getByRole('button', { name: 'Views' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Roles' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Remove filter Resource/ })).toBeInTheDocument());
    unmount();
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" views={false} />);
    expect(screen.queryByRole('button', { name: 'Views' })).not.toBeInTheDocument();
  });

  it('read a hostile or foreign store as no views, never as an error', () => {
    expect(readViews('nope')).toEqual([]);
    expect(readViews([null, 3, { name: '' }, { name: 'x'.repeat(81), query: '' }, { name: 'ok', query: 'q=a', columns: [1], density: 'huge', timeZone: 7 }, { name: 'ok', query: 'dup' }])).toEqual([{ name: 'ok', query: 'q=a' }]);
    expect(readViews(Array.from({ length: 80 }, (_, i) => ({ name: `v${i}`, query: '' })))).toHaveLength(50);
    localStorage.setItem('k', '{not json');
    expect(localStorageViewStore('k').load()).toEqual([]);
    localStorage.setItem('k', JSON.stringify([{ name: 7 }, { name: 'ok', query: '' }]));
    expect(readViews(localStorageViewStore('k').load())).toEqual([{ name: 'ok', query: '' }]);
    // A name is text: shown isolated, never as markup.
    expect(readViews([{ name: HOSTILE.slice(0, 80), query: '' }])[0]!.name).toBe(HOSTILE.slice(0, 80));
  });
});
