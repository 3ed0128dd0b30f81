import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTesseralAdapter } from '../adapter/tesseral/index.js';
import { createMemoryAdapter } from '../adapter/memory.js';
import type { FetchLike } from '../adapter/http.js';
import { createNodeMock } from '../mock/msw/node.js';
import { AuditLogViewer } from './audit-log-viewer.js';
import { readsAs } from '../test-support/text.js';

// The viewer on Tesseral's API as Tesseral answers (the mock, over real Request/Response objects).
const mock = createNodeMock({ seed: 9, size: 3000, end: Date.parse('2025-07-01T12:00:00.000Z'), days: 30 });
const { db } = mock;
const acme = db.dataset.organizations[0]!;
const BASE = 'https://vault.acme.example';
const token = db.accessTokens.get('acme')!.owner;

beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.server.close());

const table = () => screen.getByRole('table', { name: 'Audit log events' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);

/** A fetch to the mock that records the list requests. */
function counting(): FetchLike & { lists: string[] } {
  const lists: string[] = [];
  const fn: FetchLike = (input, init) => {
    if (input.includes('/audit-log-events')) lists.push(input);
    return globalThis.fetch(input, init);
  };
  return Object.assign(fn, { lists });
}

const at = (time: string) => ({ time: { start: time, end: time } });

describe('the viewer on Tesseral\'s API', () => {
  it('says "No actor given" for what the API does not name (SCIM, the vendor\'s backend), and explains it in the details', async () => {
    const scim = db.dataset.events.find((e) => e.organizationId === acme.id && e.actorScimApiKeyId)!;
    const adapter = createTesseralAdapter({ baseUrl: BASE, accessToken: token, id: 'tesseral-hidden' });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={at(scim.eventTime)} defaultEventId={scim.id} />);
    const row = await waitFor(() => {
      const found = bodyRows().find((r) => r.getAttribute('data-event-id') === scim.id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(row).toHaveTextContent('No actor given');
    expect(row).not.toHaveTextContent(/SCIM|System/);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/does not say who did this/)).toBeInTheDocument();
    // The summary does not pretend to know: "Someone added the user …".
    expect(within(dialog).getByText(readsAs(/^Someone /))).toBeInTheDocument();
  });

  it('opens a linked event far down the log with at most two list requests, though the API has no get-by-id', async () => {
    const events = db.engine.list({ organizationId: acme.id, pageSize: 1000 }).events;
    const target = events[495]!; // page 50 of ten
    const fetch = counting();
    const adapter = createTesseralAdapter({ baseUrl: BASE, accessToken: token, fetch, id: 'tesseral-link' });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultEventId={target.id} />);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByText(target.id)).toBeInTheDocument());
    // One request for the table's first page, at most two for the event's millisecond.
    const lookups = fetch.lists.filter((url) => new URL(url).searchParams.has('filterStartTime'));
    expect(lookups.length).toBeGreaterThanOrEqual(1);
    expect(lookups.length).toBeLessThanOrEqual(2);
    expect(within(dialog).queryByText('Event not found')).toBeNull();
  });

  it('names the role in a role assignment\'s summary, through Tesseral\'s roles endpoint', async () => {
    const assigned = db.dataset.events.find((e) => e.organizationId === acme.id && e.eventName === 'tesseral.users.assign_role' && acme.roles.has((e.eventDetails.userRoleAssignment as { roleId: string }).roleId))!;
    const role = acme.roles.get((assigned.eventDetails.userRoleAssignment as { roleId: string }).roleId)!;
    const adapter = createTesseralAdapter({ baseUrl: BASE, accessToken: token, id: 'tesseral-roles' });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={at(assigned.eventTime)} defaultEventId={assigned.id} />);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByText(readsAs(new RegExp(`the role “${role.displayName as string}”`)))).toBeInTheDocument());
  });

  it('says a page link expired and starts again from the first page, instead of a retry that cannot work', async () => {
    let expire = false;
    const fetch: FetchLike = async (input, init) => {
      const url = new URL(input);
      if (expire && url.searchParams.has('pageToken')) {
        // What Tesseral answers a token sealed with a key it no longer has (pagetoken.go:58-66).
        return new Response(JSON.stringify({ code: 3, message: '', details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest.FieldViolation', field: 'page_token', description: 'invalid pagination token', reason: '', localizedMessage: null }] }), { status: 400 });
      }
      return globalThis.fetch(input, init);
    };
    const adapter = createTesseralAdapter({ baseUrl: BASE, accessToken: token, fetch, id: 'tesseral-expired' });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    const first = bodyRows()[0]!.getAttribute('data-event-id');
    expire = true;
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('invalid pagination token');
    expect(alert).toHaveTextContent('This page link has expired or was changed');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    expire = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Start from the first page' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(bodyRows()[0]!.getAttribute('data-event-id')).toBe(first));
    expect(screen.getByText('Page 1')).toBeInTheDocument();
  });

  it('shows Tesseral\'s sentence for a refusal, never its code name, with what to do', async () => {
    const adapter = createTesseralAdapter({ baseUrl: BASE, accessToken: db.accessTokens.get('acme')!.member, id: 'tesseral-member' });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('user must be an owner of the organization');
    expect(alert).toHaveTextContent('Only owners of the organization can see its audit log');
    expect(alert).not.toHaveTextContent('permission_denied');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('offers people from the organization\'s user list in the actor filter, and filters by the one picked', async () => {
    const user = acme.users.get(acme.ownerId)!;
    const adapter = createTesseralAdapter({ baseUrl: BASE, accessToken: token, id: 'tesseral-actors' });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    await userEvent.click(screen.getByRole('button', { name: 'Actor' }));
    const box = await screen.findByRole('searchbox', { name: 'Find actor' });
    // An API key of the organization: the API lists it (it names rows), but Tesseral filters by
    // user only, so it is not offered.
    const key = [...acme.apiKeys.values()][0]!;
    const found = await adapter.searchActors!(key.displayName as string, { signal: new AbortController().signal, limit: 20 });
    expect(found.some((a) => a.kind === 'api_key' && a.id === key.id)).toBe(true);
    await userEvent.type(box, key.displayName as string);
    await waitFor(() => expect(screen.getByText('No options')).toBeInTheDocument());
    expect(screen.queryAllByRole('checkbox').filter((c) => (c.parentElement?.textContent ?? '').includes(key.displayName as string))).toHaveLength(0);
    await userEvent.clear(box);
    await userEvent.type(box, (user.email as string).split('@')[0]!);
    const option = await screen.findByRole('checkbox', { name: new RegExp(user.email as string) });
    await userEvent.click(option);
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    await waitFor(() => {
      for (const row of bodyRows()) expect(row).toHaveTextContent(user.email as string);
    });
  });
});

describe('the viewer on a backend that names every actor', () => {
  it('still says "System" for an event with no actor at all', async () => {
    const adapter = createMemoryAdapter({ events: [{ id: 'audit_log_event_1', eventTime: '2025-07-01T00:00:00Z', eventName: 'acme.jobs.run', eventDetails: {} }] });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
    await waitFor(() => expect(bodyRows()[0]).toHaveTextContent('System'));
    expect(bodyRows()[0]).not.toHaveTextContent('No actor given');
  });
});
