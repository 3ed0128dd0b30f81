import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../adapter/memory.js';
import type { AuditLogAdapter } from '../../adapter/types.js';
import type { AuditLogEvent } from '../../model/event.js';
import { sampleData } from '../../test-support/adapters.js';
import { AuditLogViewer } from '../audit-log-viewer.js';

const table = () => screen.getByRole('table', { name: 'Audit log events' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);

/** Details whose `previousX`/`x` pair nests `levels` deep, differing at the bottom. */
function deepPair(levels: number) {
  let before: unknown = 'old';
  let after: unknown = 'new';
  for (let i = 0; i < levels; i++) {
    before = { level: before };
    after = { level: after };
  }
  return { previousSettings: before, settings: after };
}

describe('an event no code foresaw', () => {
  it('shows as "cannot be displayed" with its id and raw text, and the rest of the viewer works', async () => {
    const { events, actors } = sampleData();
    const base = createMemoryAdapter({ events, actors });
    // A custom adapter hands over an event whose name is not a string (nothing validated it).
    const broken = { ...events[0]!, id: 'audit_log_event_broken', eventName: 42 as unknown as string, eventDetails: { note: 'raw text here' } };
    const adapter: AuditLogAdapter = {
      ...base,
      id: 'broken-adapter',
      async listEvents(request) {
        const page = await base.listEvents(request);
        return request.cursor ? page : { ...page, events: [page.events[0]!, broken, ...page.events.slice(1)] };
      },
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    try {
      render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
      await waitFor(() => expect(bodyRows().length).toBeGreaterThan(20));
      const row = bodyRows()[1]!;
      expect(row).toHaveTextContent('This event cannot be displayed.');
      expect(row).toHaveTextContent('audit_log_event_broken');
      expect(row).toHaveTextContent('raw text here');
      // The rows around it are drawn as usual.
      expect(bodyRows()[0]).not.toHaveTextContent('cannot be displayed');
      expect(bodyRows()[2]).not.toHaveTextContent('cannot be displayed');
      // Its details say the same, and the panel still walks on to the next event.
      await userEvent.click(row);
      const dialog = await screen.findByRole('dialog');
      expect(dialog).toHaveTextContent('This event cannot be displayed.');
      expect(dialog).toHaveTextContent('audit_log_event_broken');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Next event' }));
      await waitFor(() => expect(screen.getByRole('dialog')).toHaveTextContent(bodyRows()[2]!.getAttribute('data-event-id')!));
      expect(screen.getByRole('dialog')).not.toHaveTextContent('cannot be displayed');
      // And the page goes on: the next page loads.
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
      await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
      expect(table()).not.toHaveTextContent('cannot be displayed');
    } finally {
      quiet.mockRestore();
    }
  });
});

describe('details nested deeper than anything renders', () => {
  it('shows a 10,000-deep before/after pair: the diff compares past 32 levels as a whole and says so', async () => {
    const { events } = sampleData();
    const deep: AuditLogEvent = { id: 'audit_log_event_deep', eventTime: '2025-07-02T00:00:00.000Z', eventName: 'acme.settings.update', eventDetails: deepPair(10_000) };
    expect(() => JSON.stringify(deep)).toThrow(RangeError); // deep enough to break the naive walks
    const onClipboard = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: onClipboard }, configurable: true });
    render(<AuditLogViewer adapter={createMemoryAdapter({ events: [deep, ...events] })} timeZone="UTC" defaultEventId={deep.id} />);
    const dialog = await screen.findByRole('dialog', { name: 'Settings: update' });
    const changes = within(dialog).getByRole('table', { name: /^Changes to/ });
    expect(changes).toHaveTextContent('nested deeper than 32 levels: compared as a whole');
    expect(changes).toHaveTextContent(/changed/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Raw' }));
    expect(dialog.querySelector('pre')!.textContent!.length).toBeGreaterThan(2 * 10_000 * 10);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy JSON' }));
    await waitFor(() => expect(onClipboard).toHaveBeenCalledTimes(1));
    const copied = JSON.parse((onClipboard.mock.calls[0] as unknown as [string])[0]) as AuditLogEvent;
    expect(copied.id).toBe(deep.id);
    // The rest of the viewer is unharmed.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(bodyRows().length).toBe(25);
  });
});
