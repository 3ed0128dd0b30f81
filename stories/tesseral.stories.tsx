import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createTesseralAdapter } from '../src/adapter/tesseral';
import type { FetchLike } from '../src/adapter/http';
import { AuditLogViewer } from '../src/components/audit-log-viewer';
import { TESSERAL_LIST_FIXTURES } from '../src/testing/tesseral-fixtures';
import '../src/styles/styles.css';

// The viewer reading Tesseral's own answers (written from its code: src/testing/tesseral-fixtures.ts),
// served by a fetch of the story's own: no network, the same bytes a real deployment sends.
const meta: Meta<typeof AuditLogViewer> = {
  title: 'Viewer/Tesseral answers',
  component: AuditLogViewer,
  args: { timeZone: 'UTC', theme: 'light' },
};
export default meta;
type Story = StoryObj<typeof AuditLogViewer>;

const fixture = (name: string) => TESSERAL_LIST_FIXTURES.find((f) => f.name.startsWith(name))!;
const answer = (f: { status: number; body: unknown; headers?: Record<string, string> }) =>
  new Response(typeof f.body === 'string' ? f.body : JSON.stringify(f.body), { status: f.status, headers: { 'content-type': 'application/json', ...f.headers } });
const USERS: Record<string, string> = { user_031gcbn2xhggzpy70bv5oefnm: 'ada@acme.example' };

/** Answers the list with `page` first and `next` for a page token; users and keys by id. */
function tesseral(page: string, next?: string): FetchLike {
  return async (input) => {
    const url = new URL(input, 'https://vault.acme.example');
    const user = /\/users\/(user_\w+)$/.exec(url.pathname)?.[1];
    if (user) return new Response(JSON.stringify({ user: { id: user, email: USERS[user] ?? 'someone@acme.example', owner: false } }));
    if (url.pathname.includes('/api-keys/')) return new Response(JSON.stringify({ apiKey: { id: url.pathname.split('/').pop(), displayName: 'Invoice sync' } }));
    return answer(fixture(url.searchParams.has('pageToken') && next ? next : page));
  };
}

const rowsOf = (canvas: HTMLElement) => within(within(canvas).getByRole('table', { name: 'Audit log events' })).getAllByRole('row').slice(1);

/**
 * A page as Tesseral writes it (unset fields left out, microsecond times): a token refresh, an
 * API key's custom event, a login, and two events the end-customer API names no actor for.
 */
export const ActorsAsTesseralNamesThem: Story = {
  args: { adapter: createTesseralAdapter({ fetch: tesseral('a page of events'), accessToken: 't', id: 'story-tesseral-page' }) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(5));
    await waitFor(() => expect(rowsOf(canvasElement)[0]).toHaveTextContent('ada@acme.example'));
    await expect(rowsOf(canvasElement)[1]).toHaveTextContent('Invoice sync');
    await expect(rowsOf(canvasElement)[2]).toHaveTextContent('Login flow');
    for (const row of rowsOf(canvasElement).slice(3)) await expect(row).toHaveTextContent('No actor given');
    await userEvent.click(rowsOf(canvasElement)[3]!);
    await expect(await within(canvasElement).findByRole('dialog')).toHaveTextContent('does not say who did this');
  },
};

/** The next page's token has expired: Tesseral's words, and the one way on. */
export const ExpiredPageToken: Story = {
  args: { adapter: createTesseralAdapter({ fetch: tesseral('a page of events', 'a page token'), accessToken: 't', id: 'story-tesseral-expired' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(5));
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('invalid pagination token');
    await expect(alert).toHaveTextContent('This page link has expired or was changed');
    await expect(within(alert).getByRole('button', { name: 'Start from the first page' })).toBeInTheDocument();
    // The rows already shown stay.
    await expect(rowsOf(canvasElement)).toHaveLength(5);
  },
};

/** A signed-in member who is not an owner: Tesseral's sentence, never its code name. */
export const NotAnOwner: Story = {
  args: { adapter: createTesseralAdapter({ fetch: tesseral('a signed-in user who is not an owner'), accessToken: 't', id: 'story-tesseral-member' }) },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('user must be an owner of the organization');
    await expect(alert).toHaveTextContent('ask an owner for access');
    await expect(alert).not.toHaveTextContent('permission_denied');
  },
};
