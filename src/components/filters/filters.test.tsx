import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TESSERAL_CAPABILITIES } from '../../adapter/tesseral/index.js';
import type { AuditLogAdapter, AuditLogListRequest } from '../../adapter/types.js';
import type { AuditLogFilter } from '../../filter/types.js';
import { describeEventName } from '../../model/catalogue.js';
import { instrument, sampleAdapter, sampleData } from '../../test-support/adapters.js';
import { AuditLogViewer } from '../audit-log-viewer.js';
import { readsAs, shown } from '../../test-support/text.js';

const table = () => screen.getByRole('table', { name: 'Audit log events' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const searchBox = () => screen.getByRole('searchbox', { name: 'Search audit logs' });
const listed = (calls: AuditLogListRequest[]) => calls.map((c) => c.filter.search ?? '');

describe('search', () => {
  it('runs once per pause in typing, narrows the rows and marks what matched', async () => {
    const { adapter, calls } = instrument(sampleAdapter());
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.type(searchBox(), 'invite');
    await waitFor(() => expect(listed(calls)).toContain('invite'));
    expect(listed(calls).filter((s) => s && s !== 'invite')).toEqual([]); // no request per keystroke
    await waitFor(() => expect(table()).toHaveAttribute('aria-busy', 'false'));
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.textContent!.toLowerCase()).toContain('invite');
      expect(within(row).getAllByText(/invite/i, { selector: 'mark' }).length).toBeGreaterThan(0);
    }
    expect(shown(screen.getByRole('list', { name: 'Active filters' }))).toContain('Search: invite');
  });

  it('never shows the rows of an earlier, slower answer', async () => {
    const base = sampleAdapter();
    // The first search answers last: "role" takes 300 ms, "roles.delete" 10 ms.
    const adapter: AuditLogAdapter = {
      ...base,
      id: 'overtaking',
      listEvents: async (r) => {
        await new Promise((resolve) => setTimeout(resolve, r.filter.search === 'role' ? 300 : 10));
        return base.listEvents(r);
      },
    };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.type(searchBox(), 'role');
    await new Promise((resolve) => setTimeout(resolve, 350)); // "role" is sent and still on its way
    await userEvent.type(searchBox(), 's.delete');
    await waitFor(() => expect(table()).toHaveAttribute('aria-busy', 'false'));
    await new Promise((resolve) => setTimeout(resolve, 400)); // "role" has answered by now
    for (const row of bodyRows()) expect(row).toHaveTextContent('tesseral.roles.delete');
  });

  it('says what is wrong with a search and sends none until it is fixed', async () => {
    const { adapter, calls } = instrument(sampleAdapter());
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.type(searchBox(), '"jane doe');
    expect(await screen.findByRole('alert')).toHaveTextContent('A quote is not closed');
    expect(searchBox()).toHaveAttribute('aria-invalid', 'true');
    expect(listed(calls).some((s) => s.includes('jane'))).toBe(false);
    await userEvent.type(searchBox(), '"');
    await waitFor(() => expect(listed(calls)).toContain('"jane doe"'));
  });

  it('says so where the backend cannot search, instead of filtering the page', async () => {
    const adapter = sampleAdapter({ capabilities: { ...TESSERAL_CAPABILITIES, eventNameFilter: 'single' } });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    expect(searchBox()).toHaveAttribute('aria-disabled', 'true');
    expect(searchBox()).toHaveAccessibleDescription('This backend cannot search: use the filters.');
  });
});

describe('event type, actor and the chips', () => {
  it('narrows to two event types, shows them as chips, and a chip removes one', async () => {
    const { adapter } = instrument(sampleAdapter());
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.click(screen.getByRole('button', { name: 'Event type' }));
    const panel = screen.getByRole('dialog', { name: 'Event type' });
    await within(panel).findByRole('checkbox', { name: /User updated/ });
    await userEvent.click(within(panel).getByRole('checkbox', { name: /User updated/ }));
    await userEvent.click(within(panel).getByRole('checkbox', { name: /Logged in/ }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Event type' })).toHaveFocus();
    await waitFor(() => expect(table()).toHaveAttribute('aria-busy', 'false'));
    await waitFor(() => {
      for (const row of bodyRows()) expect(row.textContent).toMatch(/tesseral\.users\.update|tesseral\.sessions\.create/);
    });
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getAllByRole('listitem').map(shown)).toEqual(['Event type: User updated×', 'Event type: Logged in×']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Event type: User updated' }));
    await waitFor(() => {
      for (const row of bodyRows()) expect(row).toHaveTextContent('tesseral.sessions.create');
    });
  });

  it('finds an actor by name and narrows to what they did', async () => {
    const { actors } = sampleData();
    const person = actors.find((a): a is Extract<typeof a, { kind: 'user' }> => a.kind === 'user' && Boolean(a.displayName))!;
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.click(screen.getByRole('button', { name: 'Actor' }));
    const panel = screen.getByRole('dialog', { name: 'Actor' });
    await userEvent.type(await within(panel).findByRole('searchbox', { name: 'Find actor' }), person.displayName!.split(' ')[0]!);
    await userEvent.click(await within(panel).findByRole('checkbox', { name: new RegExp(person.email) }));
    await userEvent.keyboard('{Escape}');
    // The chip names the person, as the Actor column does, not by the id (issue 15).
    await waitFor(() => expect(shown(screen.getByRole('list', { name: 'Active filters' }))).toContain(`Actor: ${person.email}`));
    expect(screen.getByRole('list', { name: 'Active filters' })).not.toHaveTextContent(person.id);
    // And so does the Actor button's summary.
    expect(screen.getByRole('button', { name: 'Actor' })).toHaveAccessibleDescription(new RegExp(person.email));
    await waitFor(() => {
      for (const row of bodyRows()) expect(row.textContent).toMatch(new RegExp(`${person.email}|${person.id}`));
    });
  });

  it('offers one event type at a time where the backend filters by one, and says so', async () => {
    // Like Tesseral's: one name at a time, and no list of the names the organization has.
    // As Tesseral: no list of names, and no counts.
    const adapter = { ...sampleAdapter({ capabilities: { ...TESSERAL_CAPABILITIES } }), listEventNames: undefined, facetEvents: undefined };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await userEvent.click(screen.getByRole('button', { name: 'Event type' }));
    const panel = screen.getByRole('dialog', { name: 'Event type' });
    await waitFor(() => expect(panel).toHaveTextContent('This backend filters by one event type at a time.'));
    expect(within(panel).getAllByRole('radio')).toHaveLength(39); // the whole catalogue: it cannot list names
    expect(within(panel).queryAllByRole('checkbox')).toHaveLength(0);
    await userEvent.click(within(panel).getByRole('radio', { name: /tesseral.api_keys.revoke$/ }));
    await userEvent.click(within(panel).getByRole('radio', { name: /tesseral.users.delete$/ }));
    await waitFor(() => expect(shown(screen.getByRole('list', { name: 'Active filters' }))).toBe('Event type: User deleted×'));
  });

  it('tells "no events match" from "no events yet", and Clear filters brings the rows back', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" defaultFilter={{ search: 'zzzznothing' }} />);
    expect(await screen.findByText('No events match')).toBeInTheDocument();
    expect(screen.queryByText('No events yet')).not.toBeInTheDocument();
    expect(screen.getByText(readsAs('Filters: Search: zzzznothing'))).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await userEvent.click(clear[clear.length - 1]!);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    expect(searchBox()).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });
});

describe('relative time', () => {
  it('keeps "now" while paging and moves it on Refresh', async () => {
    // A history up to the real now, so that "the last 90 days" holds events.
    const { generateDataset } = await import('../../mock/generate.js');
    const { createMemoryAdapter } = await import('../../adapter/memory.js');
    const { adapter, calls } = instrument(createMemoryAdapter({ events: generateDataset({ seed: 5, size: 600, end: Date.now(), days: 30 }).events }));
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={{ time: { last: '90d' } }} />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    expect(calls[1]!.filter.timeRange).toEqual(calls[0]!.filter.timeRange); // the cursor's window
    const end = Date.parse(calls[0]!.filter.timeRange!.end!);
    expect(end - Date.parse(calls[0]!.filter.timeRange!.start!)).toBe(90 * 86_400_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(calls.length).toBeGreaterThan(2));
    expect(Date.parse(calls.at(-1)!.filter.timeRange!.end!)).toBeGreaterThan(end);
    await waitFor(() => expect(screen.getByText('Page 1')).toBeInTheDocument());
  });
});

describe('a controlled filter', () => {
  it('reports typing and committed changes apart, and follows the host', async () => {
    const changes: [AuditLogFilter, string][] = [];
    function Host() {
      const [filter, setFilter] = useState<AuditLogFilter>({});
      return (
        <>
          <button type="button" onClick={() => setFilter({ eventNames: ['tesseral.roles.delete'] })}>host sets</button>
          <AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" filter={filter} onFilterChange={(f, reason) => (changes.push([f, reason]), setFilter(f))} />
        </>
      );
    }
    render(<Host />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.type(searchBox(), 'saml');
    await waitFor(() => expect(changes).toContainEqual([{ search: 'saml' }, 'typing']));
    await userEvent.type(searchBox(), '{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'host sets' }));
    await waitFor(() => expect(shown(screen.getByRole('list', { name: 'Active filters' }))).toContain(`Event type: ${describeEventName('tesseral.roles.delete').label}`));
    expect(searchBox()).toHaveValue('');
  });
});

describe('URL state', () => {
  it('keeps the filter in the query string, pushes committed changes, and Back undoes them', async () => {
    window.history.replaceState(null, '', '/settings?tab=audit');
    const { useAuditLogUrlState } = await import('../../filter/use-url-state.js');
    function Page() {
      const url = useAuditLogUrlState();
      return <AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" {...url} />;
    }
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    render(<Page />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.type(searchBox(), 'rol');
    await waitFor(() => expect(window.location.search).toBe('?tab=audit&audit.q=rol'));
    await userEvent.type(searchBox(), 'es');
    await waitFor(() => expect(window.location.search).toBe('?tab=audit&audit.q=roles'));
    expect(push).toHaveBeenCalledTimes(1); // the first pause pushed, the second replaced
    expect(replace).toHaveBeenCalledTimes(1);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'oldest');
    await waitFor(() => expect(window.location.search).toBe('?tab=audit&audit.q=roles&audit.sort=oldest'));
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('newest'));
    expect(searchBox()).toHaveValue('roles');
    push.mockRestore();
    replace.mockRestore();
  });
});

describe('popovers and menus', () => {
  it('close on a click elsewhere', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.click(screen.getByRole('button', { name: 'Event type' }));
    expect(screen.getByRole('dialog', { name: 'Event type' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('columnheader', { name: 'Time' }));
    expect(screen.queryByRole('dialog', { name: 'Event type' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('menu', { name: 'Export' })).toBeInTheDocument(); // its code loads on first use
    await userEvent.click(screen.getByRole('columnheader', { name: 'Time' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});

describe('messages for search problems and groups', () => {
  it('words a search problem and the event groups through the messages prop', async () => {
    const adapter = sampleAdapter();
    render(
      <AuditLogViewer
        adapter={adapter}
        timeZone="UTC"
        messages={{ searchProblem: (problem) => `Recherche illisible (${problem.kind})`, eventGroup: (group) => `Groupe ${group}` }}
      />,
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await userEvent.type(searchBox(), '"unclosed{Enter}');
    await waitFor(() => expect(screen.getByText('Recherche illisible (unclosed-quote)')).toBeInTheDocument());
    await userEvent.clear(searchBox());
    await userEvent.click(screen.getByRole('button', { name: 'Event type' }));
    await waitFor(() => expect(screen.getAllByText(/^Groupe /).length).toBeGreaterThan(0));
  });
});
