import { act, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditLogEvent } from '../model/event.js';
import { sampleAdapter, sampleData } from '../test-support/adapters.js';
import { AuditLogViewer } from './audit-log-viewer.js';
import { countNewEvents } from './new-events-live.js';

const firstRowId = () => within(screen.getByRole('table', { name: 'Audit log events' })).getAllByRole('row')[1]!.getAttribute('data-event-id');

function arrival(like: AuditLogEvent, n: number): AuditLogEvent {
  return { ...like, id: `event_new_${n}`, eventTime: new Date(Date.parse('2025-07-01T13:00:00Z') + n * 1000).toISOString() };
}

describe('live updates', () => {
  it('announce new events politely, and show them only when asked: the rows do not move before', async () => {
    const adapter = sampleAdapter();
    const { events } = sampleData();
    const client = new QueryClient();
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" liveUpdates={{ intervalMs: 200 }} queryClient={client} />);
    await waitFor(() => expect(firstRowId()).toBeTruthy());
    await waitFor(() => expect(client.getQueryCache().findAll({ predicate: (q) => q.queryKey[3] === 'newest' })).toHaveLength(1));
    const top = firstRowId();
    act(() => adapter.insert([arrival(events[0]!, 1)]));
    const button = await screen.findByRole('button', { name: 'Show 1 new event' }, { timeout: 3000 });
    expect(button.closest('[aria-live="polite"]')).not.toBeNull();
    expect(firstRowId()).toBe(top);
    act(() => adapter.insert([arrival(events[0]!, 2), arrival(events[0]!, 3)]));
    await screen.findByRole('button', { name: 'Show 3 new events' }, { timeout: 3000 });
    expect(firstRowId()).toBe(top);
    await userEvent.click(screen.getByRole('button', { name: 'Show 3 new events' }));
    await waitFor(() => expect(firstRowId()).toBe('event_new_3'));
    expect(screen.queryByRole('button', { name: /new events?$/ })).not.toBeInTheDocument();
    // The count follows.
    await waitFor(() => expect(screen.getByRole('status', { name: 'Matching events' })).toHaveTextContent(`${events.length + 3} events`));
  });

  it('are off unless asked for: no poll, no offer', async () => {
    const adapter = sampleAdapter();
    let lists = 0;
    const counted = { ...adapter, listEvents: (r: Parameters<typeof adapter.listEvents>[0]) => (lists++, adapter.listEvents(r)) };
    const client = new QueryClient();
    render(<AuditLogViewer adapter={counted} timeZone="UTC" queryClient={client} />);
    await waitFor(() => expect(firstRowId()).toBeTruthy());
    // No poll is even set up (a 15-second poll would not have run yet either, so the calls alone prove little).
    expect(client.getQueryCache().findAll({ predicate: (q) => q.queryKey[3] === 'newest' })).toEqual([]);
    const after = lists;
    adapter.insert([arrival(sampleData().events[0]!, 1)]);
    await new Promise((r) => setTimeout(r, 600));
    expect(lists).toBe(after);
    expect(screen.queryByRole('button', { name: /new events?$/ })).not.toBeInTheDocument();
  });

  it('count past the poll by time, and say "+" when there may be more', () => {
    const { events } = sampleData();
    const shown = events[events.length - 1]!;
    const newer = [3, 2, 1].map((n) => arrival(shown, n));
    expect(countNewEvents([...newer, shown], shown, true)).toEqual({ count: 3, more: false });
    expect(countNewEvents(newer, shown, true)).toEqual({ count: 3, more: true });
    expect(countNewEvents(newer, shown, false)).toEqual({ count: 3, more: false });
  });
});
