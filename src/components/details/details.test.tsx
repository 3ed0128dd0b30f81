import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../adapter/memory.js';
import type { AuditLogEvent } from '../../model/event.js';
import { hostileEvents, sampleAdapter, sampleData } from '../../test-support/adapters.js';
import { AuditLogViewer } from '../audit-log-viewer.js';
import { shown } from '../../test-support/text.js';

const table = () => screen.getByRole('table', { name: 'Audit log events' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const rowId = (row: HTMLElement) => row.getAttribute('data-event-id');

describe('the details panel', () => {
  it('opens by click, is named by the label, and Close returns focus to the row', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    const row = bodyRows()[3]!;
    await userEvent.click(row);
    const { events } = sampleData();
    const event = events.find((e) => e.id === rowId(row))!;
    const { describeEventName } = await import('../../model/catalogue.js');
    const dialog = await screen.findByRole('dialog', { name: describeEventName(event.eventName).label });
    expect(dialog).toHaveTextContent(event.id);
    expect(dialog).toHaveTextContent(event.eventName);
    await waitFor(() => expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bodyRows()[3]).toHaveFocus();
  });

  it('opens by Enter, walks with Next/Previous across a page boundary, and Escape returns to the row', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    const page1 = bodyRows().map(rowId);
    bodyRows()[24]!.focus();
    await userEvent.keyboard('{Enter}');
    let dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(page1[24]!);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next event' }));
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    const page2 = bodyRows().map(rowId);
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveTextContent(page2[0]!));
    dialog = screen.getByRole('dialog');
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(screen.getByText('Page 1')).toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveTextContent(page1[24]!));
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveTextContent(page1[23]!));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bodyRows()[23]).toHaveFocus();
  });

  it('shows what changed, folding unchanged fields, and the summary sentence', async () => {
    const event: AuditLogEvent = {
      id: 'audit_log_event_upd',
      eventTime: '2025-07-01T10:00:00Z',
      eventName: 'tesseral.users.update',
      actorUserId: 'user_jane',
      eventDetails: { user: { id: 'user_bob', email: 'bob@acme.com', owner: true }, previousUser: { id: 'user_bob', email: 'bob@acme.com' } },
    };
    const adapter = createMemoryAdapter({ events: [event], actors: [{ kind: 'user', id: 'user_jane', email: 'jane@acme.com' }] });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultEventId="audit_log_event_upd" />);
    const dialog = await screen.findByRole('dialog', { name: 'User updated' });
    await waitFor(() => expect(shown(dialog)).toContain('jane@acme.com made bob@acme.com an owner'));
    const diff = within(dialog).getByRole('table', { name: 'Changes to user' });
    expect(within(diff).getAllByRole('row').map(shown)).toEqual(['FieldBeforeAfter', 'owner changedfalsetrue']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Show unchanged fields (2)' }));
    expect(within(diff).getAllByRole('row')).toHaveLength(4);
  });

  it('loads an event that is not on the page by id, and says "Event not found" for an unknown one', async () => {
    const { events } = sampleData();
    const old = events[0]!; // the oldest: far from the first page
    const { unmount } = render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" defaultEventId={old.id} />);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog).toHaveTextContent(old.id));
    unmount();
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" defaultEventId="audit_log_event_nope" />);
    expect(await screen.findByRole('dialog', { name: 'Event not found' })).toBeInTheDocument();
  });

  it('renders hostile details as text', async () => {
    const events = hostileEvents();
    render(<AuditLogViewer adapter={createMemoryAdapter({ events })} timeZone="UTC" defaultEventId={events[0]!.id} />);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('img, script')).toBeNull();
    expect(dialog).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('filters to the actor or the event type from the panel', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.click(bodyRows()[0]!);
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('button', { name: /^Filter to this: tesseral\./ });
    const eventName = name.getAttribute('aria-label')!.replace('Filter to this: ', '');
    await userEvent.click(name);
    await waitFor(() => {
      for (const row of bodyRows()) expect(row).toHaveTextContent(eventName);
    });
    // And the actor pivot: every row is then that actor's.
    const actorPivot = within(screen.getByRole('dialog')).getByRole('button', { name: /^Filter to this: (user_|api_key_|scim_api_key_|intermediate_session_|backend_api_key_)/ });
    const actorId = actorPivot.getAttribute('aria-label')!.replace('Filter to this: ', '');
    await userEvent.click(actorPivot);
    const chips = () => screen.getByRole('list', { name: 'Active filters' });
    await waitFor(() => expect(shown(chips())).toMatch(/Actor: /));
    await waitFor(() => expect(table()).toHaveAttribute('aria-busy', 'false'));
    // The chip names the actor in the Actor column's words (its id where no name is known).
    const words = shown(chips()).split('Actor: ')[1]!.replace(/×$/, '');
    expect([actorId, ...bodyRows().map((row) => shown(within(row).getAllByRole('cell')[1]!.querySelector('bdi')))]).toContain(words);
    for (const row of bodyRows()) expect(shown(row)).toContain(words === actorId ? actorId : words);
    await waitFor(() => expect(table()).toHaveAttribute('aria-busy', 'false'));
    expect(bodyRows().length).toBeGreaterThan(0);
    for (const row of bodyRows()) expect(row).toHaveTextContent(eventName);
  });
});

describe('the details panel and the keyboard', () => {
  it('keeps Tab and Shift+Tab inside the panel, so focus never falls to the host page behind it', async () => {
    render(
      <>
        <AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />
        <button type="button">The host's next button</button>
      </>,
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.click(bodyRows()[2]!);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus());
    const visited = new Set<Element>();
    for (let i = 0; i < 40; i++) {
      await userEvent.tab();
      expect(dialog.contains(document.activeElement), `Tab ${i + 1} went to ${document.activeElement?.textContent}`).toBe(true);
      visited.add(document.activeElement!);
    }
    // It went round: every stop of the panel, not one stuck in place.
    expect(visited.size).toBeGreaterThan(3);
    for (let i = 0; i < 10; i++) {
      await userEvent.tab({ shift: true });
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('value pivots', () => {
  it('filters to the events whose details hold a value, from the diff', async () => {
    const { events, actors } = sampleData();
    const update = [...events].reverse().find((e) => e.eventName === 'tesseral.users.update' && (e.eventDetails.user as { email?: string }).email)!;
    const email = (update.eventDetails.user as { email: string }).email;
    render(<AuditLogViewer adapter={createMemoryAdapter({ events, actors })} timeZone="UTC" defaultEventId={update.id} />);
    const dialog = await screen.findByRole('dialog', { name: 'User updated' });
    await userEvent.click(await within(dialog).findByRole('button', { name: /^Show unchanged fields/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: `Filter to this: user.email:"${email}"` }));
    await waitFor(() => expect(screen.getByRole('searchbox', { name: 'Search audit logs' })).toHaveValue(`user.email:"${email}"`));
    await waitFor(() => expect(table()).toHaveAttribute('aria-busy', 'false'));
    for (const row of bodyRows()) expect(row).toHaveTextContent('tesseral.users.');
  });
});

describe('a page turn under way', () => {
  it('does not reopen the panel when it was closed before the next page came', async () => {
    const base = sampleAdapter();
    const slowNext = { ...base, id: 'slow-next', listEvents: async (r: Parameters<typeof base.listEvents>[0]) => {
      if (r.cursor) await new Promise((resolve) => setTimeout(resolve, 200));
      return base.listEvents(r);
    } };
    render(<AuditLogViewer adapter={slowNext} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.click(bodyRows()[24]!);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next event' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
