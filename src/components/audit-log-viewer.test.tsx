import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { enUS, fr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../adapter/memory.js';
import type { AuditLogAdapter } from '../adapter/types.js';
import { hostileActors, hostileEvents, instrument, sampleAdapter, sampleData } from '../test-support/adapters.js';
import { AuditLogViewer } from './audit-log-viewer.js';
import { deriveActor } from '../model/actor.js';

const bodyRows = () => within(screen.getByRole('table', { name: 'Audit log events' })).getAllByRole('row').slice(1);
const rowTexts = () => bodyRows().map((r) => r.textContent);

/** Waits for `count` rows whose actor names have resolved (no loading placeholders left). */
async function ready(count: number) {
  await waitFor(() => expect(bodyRows()).toHaveLength(count));
  await waitFor(() => expect(screen.queryAllByRole('img', { name: 'Loading actor name' })).toHaveLength(0));
}

describe('AuditLogViewer: paging by cursor', () => {
  it('goes forward by cursor and back from the cache, without a request', async () => {
    const { adapter, calls } = instrument(sampleAdapter());
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await ready(25);
    const page1 = rowTexts();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.cursor).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    await ready(25);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.cursor).toEqual(expect.any(String));
    const page2 = rowTexts();
    expect(page2).not.toEqual(page1);
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(rowTexts()).toEqual(page1);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(rowTexts()).toEqual(page2);
    expect(calls).toHaveLength(2); // both revisits came from the cached cursor chain
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveAttribute('aria-disabled', 'false');
  });

  it('keeps the current rows visible while the next page loads', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const base = sampleAdapter();
    const adapter: AuditLogAdapter = { ...base, listEvents: async (r) => { if (r.cursor) await gate; return base.listEvents(r); } };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await ready(25);
    const page1 = rowTexts();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(rowTexts()).toEqual(page1);
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'true');
    await act(async () => release());
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    expect(rowTexts()).not.toEqual(page1);
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'false');
  });

  it('offers the page sizes the adapter allows, and a new size starts again at page 1', async () => {
    const { adapter, calls } = instrument(sampleAdapter());
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await ready(25);
    const select = screen.getByRole('combobox', { name: 'Rows per page' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['10', '25', '50', '100', '1000']);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    await userEvent.selectOptions(select, '100');
    await ready(100);
    expect(screen.getByText('Page 1')).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({ pageSize: 100, cursor: null });
  });

  it('shows a fixed page size as text when the backend has one size', async () => {
    render(<AuditLogViewer adapter={sampleAdapter({ capabilities: { pageSizes: [10], maxPageSize: 10 } })} timeZone="UTC" />);
    await ready(10);
    expect(screen.queryByRole('combobox', { name: 'Rows per page' })).not.toBeInTheDocument();
    expect(screen.getByText('10 events per page')).toBeInTheDocument();
  });

  it('disables Next on the last page', async () => {
    const { events, actors } = sampleData();
    render(<AuditLogViewer adapter={createMemoryAdapter({ events: events.slice(0, 30), actors })} timeZone="UTC" />);
    await ready(25);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await ready(5);
    const next = screen.getByRole('button', { name: 'Next page' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(next); // does nothing, and keeps focus where the person is
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(next).toHaveFocus();
  });
});

describe('AuditLogViewer: actors', () => {
  it('resolves the page\'s actors in one batched lookup, with a placeholder until then', async () => {
    const { adapter, actorCalls } = instrument(sampleAdapter({ latencyMs: 50 }));
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    expect(screen.getAllByRole('img', { name: 'Loading actor name' }).length).toBeGreaterThan(0);
    // "System" only for the events with no actor at all, never as a stand-in for a name still loading.
    const page = sampleData().events.slice(-25);
    expect(screen.queryAllByText('System')).toHaveLength(page.filter((e) => deriveActor(e).kind === 'system').length);
    await waitFor(() => expect(screen.queryAllByRole('img', { name: 'Loading actor name' })).toHaveLength(0));
    expect(actorCalls).toHaveLength(1);
    expect(new Set(actorCalls[0]).size).toBe(actorCalls[0]!.length); // each actor asked once
    expect(screen.getAllByText(/@acme\.example$/).length).toBeGreaterThan(0);
  });

  it('names every kind, marks deleted actors, and says System only with no actor', async () => {
    const base = { eventTime: '2025-07-01T10:00:00.000Z', eventName: 'tesseral.users.update', eventDetails: {} };
    const events = [
      { ...base, id: 'audit_log_event_1', actorUserId: 'user_live', actorSessionId: 'session_1' },
      { ...base, id: 'audit_log_event_2', actorUserId: 'user_gone' },
      { ...base, id: 'audit_log_event_3', actorApiKeyId: 'api_key_ci' },
      { ...base, id: 'audit_log_event_4', actorScimApiKeyId: 'scim_api_key_okta' },
      { ...base, id: 'audit_log_event_5', actorBackendApiKeyId: 'backend_api_key_1' },
      { ...base, id: 'audit_log_event_6', actorIntermediateSessionId: 'intermediate_session_1' },
      { ...base, id: 'audit_log_event_7' },
    ];
    const actors = [
      { kind: 'user' as const, id: 'user_live', email: 'ada@acme.example', displayName: 'Ada' },
      { kind: 'api_key' as const, id: 'api_key_ci', displayName: 'CI deploy' },
      { kind: 'scim_api_key' as const, id: 'scim_api_key_okta', displayName: 'Okta' },
    ];
    render(<AuditLogViewer adapter={createMemoryAdapter({ events, actors })} timeZone="UTC" />);
    await ready(7);
    await waitFor(() => expect(screen.getByText('ada@acme.example')).toBeInTheDocument());
    // Equal times: newest first means the higher id first, so the rows come in reverse order.
    const actorCell = (id: string) => bodyRows()[events.length - 1 - events.findIndex((e) => e.id === id)]!.querySelectorAll('td')[1]!.textContent;
    expect(actorCell('audit_log_event_2')).toBe('user_gone (deleted)');
    expect(actorCell('audit_log_event_3')).toBe('API key “CI deploy” api_key_ci');
    expect(actorCell('audit_log_event_4')).toBe('SCIM (Okta) scim_api_key_okta');
    expect(actorCell('audit_log_event_5')).toBe('Vendor backend backend_api_key_1');
    expect(actorCell('audit_log_event_6')).toBe('Login flow intermediate_session_1');
    expect(actorCell('audit_log_event_7')).toBe('System');
    expect(screen.getAllByText('System')).toHaveLength(1);
  });
});

describe('AuditLogViewer: states', () => {
  it('says what failed and recovers on Retry', async () => {
    const { adapter } = instrument(sampleAdapter(), (call) => (call <= 3 ? 'fail' : 'pass'));
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Audit log events could not be loaded');
    expect(alert).toHaveTextContent('HTTP 503: the audit service is unavailable');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await ready(25);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the rows already shown when the next page fails, and Retry loads it', async () => {
    let failNext = true;
    const base = sampleAdapter();
    const adapter: AuditLogAdapter = {
      ...base,
      id: 'flaky-next',
      listEvents: async (r) => {
        if (r.cursor && failNext) throw new (await import('../errors.js')).AuditLogError('invalid_request', 'Loading audit log events failed with HTTP 400: bad luck.');
        return base.listEvents(r);
      },
    };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await ready(25);
    const page1 = rowTexts();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad luck');
    expect(rowTexts()).toEqual(page1);
    expect(screen.getByText('Page 1')).toBeInTheDocument();
    failNext = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the skeleton only when the first page is slow', async () => {
    const { adapter } = instrument(sampleAdapter(), () => 'hang');
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    const skeletonRows = () => screen.getByRole('table').querySelectorAll('tbody tr[aria-hidden="true"]');
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(skeletonRows()).toHaveLength(0);
    await waitFor(() => expect(skeletonRows()).toHaveLength(5));
  });

  it('tells "no events yet" apart from loading', async () => {
    render(<AuditLogViewer adapter={createMemoryAdapter({ events: [] })} timeZone="UTC" />);
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    // The count of matching events is a status too: find this one by its words.
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Loading audit log events…'))).toBe(true);
    expect(await screen.findByText('No events yet')).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'false');
    expect(screen.queryByRole('button', { name: 'Next page' })).not.toBeInTheDocument();
  });

  it('shows a partial result with the backend\'s words', async () => {
    const base = sampleAdapter();
    const adapter: AuditLogAdapter = { ...base, listEvents: async (r) => ({ ...(await base.listEvents(r)), partial: 'the EU shard did not answer' }) };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await ready(25);
    // The count of matching events is a status too: find this one by its words.
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Some events may be missing: the EU shard did not answer'))).toBe(true);
  });

  it('renders hostile strings as inert text', async () => {
    const { container } = render(<AuditLogViewer adapter={createMemoryAdapter({ events: hostileEvents(), actors: hostileActors })} timeZone="UTC" />);
    await ready(3);
    await waitFor(() => expect(container.textContent).toContain('"><svg onload=alert(1)>@evil.example'));
    expect(container.querySelector('img, script, svg, b')).toBeNull();
    expect(container.textContent).toContain('acme.<img src=x onerror=alert(1)>.create');
    // Bidi controls stay inside an isolating element, so they cannot reorder the text around them.
    const isolated = [...container.querySelectorAll('bdi, [dir="auto"]')].filter((el) => el.textContent?.includes('\u202E'));
    expect(isolated.map((el) => el.tagName)).toEqual(['BDI', 'CODE', 'BDI']); // the label, the raw name, the API key's name
  });
});

describe('AuditLogViewer: time, messages and isolation', () => {
  it('shows times in the chosen zone with the zone, the exact instant on hover', async () => {
    const event = { id: 'audit_log_event_t', eventTime: '2025-07-01T17:04:12.345Z', eventName: 'tesseral.users.update', eventDetails: {} };
    const adapter = createMemoryAdapter({ events: [event] });
    const { rerender } = render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await ready(1);
    const time = () => screen.getByRole('table').querySelector('time')!;
    expect(time()).toHaveTextContent(/^2025-07-01 17:04:12 UTC$/);
    // The exact instant: in the one tooltip while the row is hovered, and the focused row's description.
    const row = screen.getAllByRole('row')[1]!;
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.hover(row);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Exact time: 2025-07-01T17:04:12.345Z');
    await userEvent.unhover(row);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(row).toHaveAccessibleDescription('Exact time: 2025-07-01T17:04:12.345Z');
    expect(time()).toHaveAttribute('dateTime', '2025-07-01T17:04:12.345Z');
    expect(time()).toHaveAttribute('title', '2025-07-01T17:04:12.345Z');
    rerender(<AuditLogViewer adapter={adapter} timeZone="Asia/Tokyo" />);
    expect(time()).toHaveTextContent('2025-07-02 02:04:12 GMT+9');
    rerender(<AuditLogViewer adapter={adapter} timeZone="America/New_York" locale={fr} />);
    expect(time()).toHaveTextContent('01/07/2025 13:04:12 EDT');
    rerender(<AuditLogViewer adapter={adapter} timeZone="Not/AZone" locale={enUS} />);
    expect(time()).toHaveTextContent('07/01/2025 17:04:12 UTC');
  });

  it('lets a person pick the zone (uncontrolled) and tells a controlled host', async () => {
    const changes: string[] = [];
    render(<AuditLogViewer adapter={sampleAdapter()} defaultTimeZone="UTC" onTimeZoneChange={(z) => changes.push(z)} />);
    await ready(25);
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    expect(within(zone).getAllByRole('option')).toHaveLength(2); // the 400-odd zones load when the person reaches it
    await userEvent.click(zone);
    expect(within(zone).getAllByRole('option').length).toBeGreaterThan(100);
    await userEvent.selectOptions(zone, 'Europe/Paris');
    expect(changes).toEqual(['Europe/Paris']);
    expect(screen.getByRole('table').querySelector('time')!.firstChild!.textContent).toMatch(/GMT\+[12]$/);
  });

  it('takes every string from the messages, key by key', async () => {
    render(
      <AuditLogViewer
        adapter={createMemoryAdapter({ events: [] })}
        messages={{ title: 'Journal d’audit', tableLabel: 'Événements', emptyTitle: 'Aucun événement', columnEvent: 'Événement' }}
      />,
    );
    expect(screen.getByRole('region', { name: 'Journal d’audit' })).toBeInTheDocument();
    expect(await screen.findByText('Aucun événement')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Événements' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Événement' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Actor' })).toBeInTheDocument();
  });

  it('gives each viewer its own cache: two viewers of one adapter both ask it', async () => {
    const { adapter, calls } = instrument(sampleAdapter());
    render(
      <>
        <AuditLogViewer adapter={adapter} messages={{ title: 'One' }} />
        <AuditLogViewer adapter={adapter} messages={{ title: 'Two' }} />
      </>,
    );
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Two' })).getAllByRole('row')).toHaveLength(26));
    expect(calls).toHaveLength(2);
    await userEvent.click(within(screen.getByRole('region', { name: 'One' })).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'One' })).getByText('Page 2')).toBeInTheDocument());
    expect(within(screen.getByRole('region', { name: 'Two' })).getByText('Page 1')).toBeInTheDocument();
  });

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    const opened: string[] = [];
    const adapter = sampleAdapter();
    const adapterEvents = () => adapter.engine.list({ pageSize: 25 }).events;
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" onRowActivate={(e) => opened.push(e.id)} />);
    await ready(25);
    const rows = bodyRows();
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1); // one tab stop for the table
    rows[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(bodyRows()[2]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(bodyRows()[24]);
    await userEvent.keyboard('{Home}{ArrowDown}{Enter}');
    const second = bodyRows()[1]!;
    expect(opened).toEqual([adapterEvents()[1]!.id]);
    // Enter opened the focused row's event: its time is the one that row shows.
    expect(second.querySelector('time')!.getAttribute('dateTime')).toBe(new Date(adapterEvents()[1]!.eventTime).toISOString());
    await userEvent.click(bodyRows()[3]!);
    expect(opened).toHaveLength(2);
  });
});

describe('AuditLogViewer: paging races and shared clients', () => {
  it('stays where the person went when a slow next page arrives after Previous', async () => {
    let release: () => void = () => {};
    const base = sampleAdapter();
    let calls = 0;
    const adapter: AuditLogAdapter = {
      ...base,
      listEvents: async (r) => {
        if (++calls === 3) await new Promise<void>((resolve) => (release = resolve));
        return base.listEvents(r);
      },
    };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await ready(25);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Next page' })); // page 3 hangs
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(screen.getByText('Page 1')).toBeInTheDocument(); // the page shown, not "Loading…"
    await act(async () => release());
    await waitFor(() => expect(calls).toBe(3));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByText('Page 1')).toBeInTheDocument();
  });

  it('retries a failed next page from the last page, and hides its error on earlier pages', async () => {
    const { AuditLogError } = await import('../errors.js');
    const base = sampleAdapter();
    let failThird = true;
    let calls = 0;
    const adapter: AuditLogAdapter = {
      ...base,
      listEvents: async (r) => {
        calls++;
        if (calls >= 3 && failThird) throw new AuditLogError('invalid_request', 'page three is unlucky');
        return base.listEvents(r);
      },
    };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await ready(25);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('page three is unlucky');
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' })); // back on page 2, the last loaded
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    failThird = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByText('Page 3')).toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the pager when the first page is empty but has a next cursor', async () => {
    const base = sampleAdapter();
    const adapter: AuditLogAdapter = {
      ...base,
      listEvents: async (r) => (r.cursor ? base.listEvents({ ...r, cursor: null }) : { events: [], nextCursor: 'more' }),
    };
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'false'));
    expect(screen.queryByText('No events yet')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await ready(25);
  });

  it('keeps two viewers apart even in one host QueryClient', async () => {
    const { QueryClient } = await import('@tanstack/react-query');
    const client = new QueryClient();
    const { adapter, calls } = instrument(sampleAdapter({ latencyMs: 30 }));
    render(
      <>
        <AuditLogViewer adapter={adapter} queryClient={client} messages={{ title: 'One' }} timeZone="UTC" />
        <AuditLogViewer adapter={adapter} queryClient={client} messages={{ title: 'Two' }} timeZone="UTC" />
      </>,
    );
    const one = () => screen.getByRole('region', { name: 'One' });
    const two = () => screen.getByRole('region', { name: 'Two' });
    await waitFor(() => expect(within(two()).getAllByRole('row')).toHaveLength(26));
    await waitFor(() => expect(within(one()).getAllByRole('row')).toHaveLength(26));
    expect(calls).toHaveLength(2);
    await userEvent.click(within(one()).getByRole('button', { name: 'Next page' }));
    expect(within(two()).getByRole('table')).toHaveAttribute('aria-busy', 'false');
    expect(within(two()).getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'false');
    await waitFor(() => expect(within(one()).getByText('Page 2')).toBeInTheDocument());
    expect(within(two()).getByText('Page 1')).toBeInTheDocument();
  });

  it('resumes a first page that started offline once the network is back', async () => {
    const { onlineManager } = await import('@tanstack/react-query');
    onlineManager.setOnline(false);
    try {
      const { adapter, calls } = instrument(sampleAdapter());
      render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
      await new Promise((r) => setTimeout(r, 50));
      expect(calls).toHaveLength(0); // paused, not failed
      expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
      act(() => onlineManager.setOnline(true));
      await ready(25);
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
