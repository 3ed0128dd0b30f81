import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditLogActorInfo, AuditLogAdapter } from '../adapter/types.js';
import { AuditLogViewer } from '../components/audit-log-viewer.js';
import { deriveActor } from '../model/actor.js';
import { instrument, sampleAdapter, sampleData } from '../test-support/adapters.js';

const table = () => screen.getByRole('table', { name: 'Audit log events' });
const bodyRows = () => within(table()).queryAllByRole('row').slice(1);
const observers = (client: QueryClient) => client.getQueryCache().getAll().reduce((n, q) => n + q.getObserversCount(), 0);

describe('actor names, one pass per page', () => {
  it('looks up a page\'s actors in one call, only the new ones on the next page, none going back, with no observer per cell', async () => {
    const { adapter, actorCalls } = instrument(sampleAdapter());
    const client = new QueryClient();
    render(<AuditLogViewer adapter={adapter} queryClient={client} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    await waitFor(() => expect(screen.queryByRole('img', { name: 'Loading actor' })).not.toBeInTheDocument());
    expect(actorCalls).toHaveLength(1);
    expect(new Set(actorCalls[0]).size).toBe(actorCalls[0]!.length);
    // 25 rows, a handful of queries: the list, the names, the event names of the filter bar.
    expect(observers(client)).toBeLessThan(6);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText(/Page 2/)).toBeInTheDocument());
    await waitFor(() => expect(screen.queryByRole('img', { name: 'Loading actor' })).not.toBeInTheDocument());
    const looked = actorCalls.flat();
    expect(new Set(looked).size).toBe(looked.length);
    const calls = actorCalls.length;
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(screen.getByText(/Page 1/)).toBeInTheDocument());
    expect(actorCalls).toHaveLength(calls);
  });

  it('shows names sent with the page on the rows\' first render, and asks nothing more', async () => {
    const { events, actors } = sampleData();
    const base = sampleAdapter();
    const byId = new Map<string, AuditLogActorInfo>(actors.map((a) => [a.id, a]));
    let lookups = 0;
    const adapter: AuditLogAdapter = {
      ...base,
      id: 'names-with-pages',
      listEvents: async (request) => {
        const page = await base.listEvents(request);
        const sent = page.events.map((e) => byId.get(deriveActor(e).id ?? '')).filter((a): a is AuditLogActorInfo => a !== undefined);
        return { ...page, actors: sent };
      },
      getActors: async (refs, options) => {
        lookups++;
        return base.getActors!(refs, options);
      },
    };
    expect(events.length).toBeGreaterThan(25);
    let sawPlaceholder = false;
    const watch = new MutationObserver(() => {
      if (bodyRows().length && document.querySelector('[aria-label="Loading actor"]')) sawPlaceholder = true;
    });
    watch.observe(document.body, { childList: true, subtree: true });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    watch.disconnect();
    expect(sawPlaceholder).toBe(false);
    const first = bodyRows()[0]!;
    const actor = deriveActor(events.at(-1)!);
    expect(within(first).getAllByRole('cell')[1]).toHaveTextContent(byId.get(actor.id!)?.email ?? actor.id!);
    expect(lookups).toBe(0);
  });
});
