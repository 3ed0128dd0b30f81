import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleAdapter } from '../test-support/adapters.js';
import { AuditLogViewer } from './audit-log-viewer.js';

const headers = () => within(screen.getByRole('table', { name: 'Audit log events' })).getAllByRole('columnheader').map((h) => h.textContent);

describe('the Columns menu', () => {
  it('shows, hides and moves columns, and switches compact rows; the menu stays open while choosing', async () => {
    const onChange = vi.fn();
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" onVisibleColumnsChange={onChange} />);
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeGreaterThan(1));
    expect(headers()).toEqual(['Event', 'Actor', 'Time']);
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = await screen.findByRole('menu', { name: 'Columns' });
    expect(within(menu).getAllByRole('menuitemcheckbox').map((i) => [i.textContent, i.getAttribute('aria-checked')])).toEqual([
      ['Event', 'true'], ['Actor', 'true'], ['Time', 'true'], ['ID', 'false'], ['Summary', 'false'], ['Details', 'false'], ['Compact rows', 'false'], ['Relative times', 'false'],
    ]);
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Summary' }));
    await waitFor(() => expect(headers()).toEqual(['Event', 'Actor', 'Time', 'Summary']));
    expect(onChange).toHaveBeenLastCalledWith(['event', 'actor', 'time', 'summary']);
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Actor' }));
    expect(headers()).toEqual(['Event', 'Time', 'Summary']);
    // Alt+Up moves the focused shown column one place earlier.
    within(menu).getByRole('menuitemcheckbox', { name: 'Summary' }).focus();
    await userEvent.keyboard('{Alt>}{ArrowUp}{ArrowUp}{/Alt}');
    expect(headers()).toEqual(['Summary', 'Event', 'Time']);
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'Summary' })).toHaveFocus();
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Compact rows' }));
    expect(screen.getByRole('region', { name: 'Audit logs' })).toHaveAttribute('data-density', 'compact');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Columns' })).toHaveFocus();
  });

  it('switches the Time column to relative times and back, with the exact time kept in its title', async () => {
    const onChange = vi.fn();
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" onTimeFormatChange={onChange} />);
    const table = await screen.findByRole('table', { name: 'Audit log events' });
    await waitFor(() => expect(table.querySelectorAll('tbody time').length).toBeGreaterThan(1));
    const first = () => table.querySelector('tbody time')!;
    const absolute = first().textContent;
    expect(absolute).toMatch(/\d\d:\d\d/);
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(within(await screen.findByRole('menu')).getByRole('menuitemcheckbox', { name: 'Relative times' }));
    expect(onChange).toHaveBeenLastCalledWith('relative');
    await waitFor(() => expect(first().textContent).toMatch(/ ago$|^yesterday$|^last /));
    expect(first().getAttribute('title')).toBe(`${absolute} (${first().getAttribute('dateTime')})`);
    await userEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Relative times' }));
    expect(first().textContent).toBe(absolute);
  });

  it('keeps the last shown column, and drops ids it does not know', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" defaultVisibleColumns={['time', 'no-such-column']} />);
    await waitFor(() => expect(headers()).toEqual(['Time']));
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const time = within(await screen.findByRole('menu')).getByRole('menuitemcheckbox', { name: 'Time' });
    expect(time).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(time);
    expect(headers()).toEqual(['Time']);
  });
});
