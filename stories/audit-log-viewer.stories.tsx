import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryAdapter } from '../src/adapter/memory';
import { createTesseralAdapter } from '../src/adapter/tesseral';
import { AuditLogViewer } from '../src/components/audit-log-viewer';
import { hostileActors, hostileEvents, instrument, sampleAdapter, sampleData } from '../src/test-support/adapters';
import '../src/styles/styles.css';
import { startMockBackend } from './mock-backend';

const meta: Meta<typeof AuditLogViewer> = {
  title: 'Viewer/AuditLogViewer',
  component: AuditLogViewer,
  args: { timeZone: 'UTC', theme: 'light' },
};
export default meta;
type Story = StoryObj<typeof AuditLogViewer>;

const rowsOf = (canvas: HTMLElement) => within(within(canvas).getByRole('table', { name: 'Audit log events' })).getAllByRole('row').slice(1);
const firstCells = (canvas: HTMLElement) => rowsOf(canvas).map((r) => r.textContent);

/** A generated history of one organization: 25 rows a page, names resolved, times in UTC. */
export const Default: Story = {
  args: { adapter: sampleAdapter() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Audit logs' })).toBeInTheDocument();
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25));
    for (const name of ['Event', 'Actor', 'Time']) await expect(canvas.getByRole('columnheader', { name })).toBeInTheDocument();
    await expect(canvas.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('25');
    await expect(canvas.getByRole('combobox', { name: 'Time zone' })).toHaveValue('UTC');
    await waitFor(() => expect(canvasElement.textContent).toMatch(/@acme\.example/));
    await expect(rowsOf(canvasElement)[0]).toHaveTextContent(/UTC/);
    // Where it fits, the Summary column is shown: its sentences come after the names.
    await waitFor(() => expect(canvasElement.querySelector('tbody .alv-skeleton')).toBeNull());
    const page1 = firstCells(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(firstCells(canvasElement)).not.toEqual(page1));
    await userEvent.click(canvas.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(firstCells(canvasElement)).toEqual(page1));
  },
};

/** The first page never arrives: a skeleton, `aria-busy`, and a status for screen readers. */
export const Loading: Story = {
  args: { adapter: instrument(sampleAdapter(), () => 'hang').adapter },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Audit log events' });
    await expect(table).toHaveAttribute('aria-busy', 'true');
    // The count of matching events is a status too: find this one by its words.
    await expect(within(canvasElement).getAllByRole('status').some((s) => s.textContent?.includes('Loading audit log events'))).toBe(true);
    await expect(within(canvasElement).queryByRole('button', { name: 'Next page' })).toBeInTheDocument();
    // The skeleton rows appear once the load is slow enough to need them.
    await waitFor(() => expect(table.querySelectorAll('tbody tr[aria-hidden="true"]')).toHaveLength(5));
  },
};

/** An organization without a single event. */
export const Empty: Story = {
  args: { adapter: createMemoryAdapter({ events: [] }) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No events yet')).toBeInTheDocument();
    await expect(within(canvasElement).getByRole('table')).toHaveAttribute('aria-busy', 'false');
  },
};

/** The first request fails (503): the error says what failed; Retry recovers. */
export const ErrorThenRetry: Story = {
  // A fresh adapter per render, so that revisiting the story shows the failure again.
  loaders: [() => ({ adapter: instrument(sampleAdapter(), (call) => (call <= 3 ? 'fail' : 'pass')).adapter })],
  render: (args, { loaded }) => <AuditLogViewer {...args} adapter={loaded.adapter} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 8000 });
    await expect(alert).toHaveTextContent('could not be loaded');
    await expect(alert).toHaveTextContent('HTTP 503');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25));
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};

/** 1.2 s per request: the rows of page 1 stay visible while page 2 loads. */
export const SlowNetwork: Story = {
  args: { adapter: sampleAdapter({ latencyMs: 1200 }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25), { timeout: 5000 });
    const page1 = firstCells(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(canvas.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(firstCells(canvasElement)).toEqual(page1);
    await waitFor(() => expect(firstCells(canvasElement)).not.toEqual(page1), { timeout: 5000 });
  },
};

/** The dark theme, by custom properties on the viewer's root only. */
export const Dark: Story = {
  args: { adapter: sampleAdapter(), theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Audit logs' });
    await expect(region).toHaveAttribute('data-theme', 'dark');
    await expect(getComputedStyle(region).backgroundColor).toBe('rgb(11, 18, 32)');
    await expect(getComputedStyle(document.body).backgroundColor).not.toBe('rgb(11, 18, 32)');
  },
};

/** `unstyled` with the host's own classes: none of the viewer's classes, only the host's. */
export const UnstyledWithHostClasses: Story = {
  args: {
    adapter: sampleAdapter(),
    unstyled: true,
    classNames: { root: 'host-card', table: 'host-table', button: 'host-button', row: 'host-row' },
  },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Audit logs' });
    await expect(region).toHaveClass('host-card');
    await waitFor(() => expect(rowsOf(canvasElement)[0]).toHaveClass('host-row'));
    await expect(within(canvasElement).getByRole('button', { name: 'Next page' })).toHaveClass('host-button');
    await expect(canvasElement.querySelector('[class*="alv-"]')).toBeNull();
  },
};

/** Tesseral's API as it is (through the mock server in a service worker): 10 rows, no page-size choice. */
export const TesseralAdapter: Story = {
  args: { adapter: createTesseralAdapter({ baseUrl: '', accessToken: 'demo_owner_acme', id: 'story-tesseral' }) },
  loaders: [async () => ({ mock: await startMockBackend() })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(10), { timeout: 8000 });
    await expect(canvas.queryByRole('combobox', { name: 'Rows per page' })).not.toBeInTheDocument();
    await expect(canvas.getByText('10 events per page')).toBeInTheDocument();
    await waitFor(() => expect(canvasElement.textContent).toMatch(/@acme\.example|Login flow/));
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(canvas.getByText('Page 2')).toBeInTheDocument());
  },
};

/** Markup, scripts, bidi controls and 10 kB names from other people's code: inert text. */
export const LongAndHostileValues: Story = {
  args: { adapter: createMemoryAdapter({ events: hostileEvents(), actors: hostileActors }) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(3));
    await expect(canvasElement.querySelector('img, script, svg, b')).toBeNull();
    await expect(canvasElement.textContent).toContain('acme.<img src=x onerror=alert(1)>.create');
    await waitFor(() => expect(canvasElement.textContent).toContain('"><svg onload=alert(1)>@evil.example'));
    const root = within(canvasElement).getByRole('region', { name: 'Audit logs' });
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

/** Two viewers on one page: separate state and caches; paging one leaves the other alone. */
export const TwoViewersSideBySide: Story = {
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
      <AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" messages={{ title: 'Acme audit logs' }} />
      <AuditLogViewer adapter={createMemoryAdapter(sampleData(400, 9))} timeZone="UTC" messages={{ title: 'Globex audit logs' }} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const acme = canvas.getByRole('region', { name: 'Acme audit logs' });
    const globex = canvas.getByRole('region', { name: 'Globex audit logs' });
    await waitFor(() => expect(within(globex).getAllByRole('row')).toHaveLength(26));
    await waitFor(() => expect(within(globex).queryAllByRole('img', { name: 'Loading actor name' })).toHaveLength(0));
    const globexRows = within(globex).getAllByRole('row').map((r) => r.textContent);
    await waitFor(() => expect(within(acme).getAllByRole('row')).toHaveLength(26));
    await userEvent.click(within(acme).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(within(acme).getByText('Page 2')).toBeInTheDocument());
    await expect(within(globex).getByText('Page 1')).toBeInTheDocument();
    await expect(within(globex).getAllByRole('row').map((r) => r.textContent)).toEqual(globexRows);
  },
};

/** A 360 px container (a phone, a side panel): rows stack, nothing overflows. */
export const Narrow360: Story = {
  args: { adapter: sampleAdapter() },
  render: (args) => (
    <div style={{ width: 360 }}>
      <AuditLogViewer {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25));
    const root = within(canvasElement).getByRole('region', { name: 'Audit logs' });
    await expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
    await expect(within(canvasElement).getByRole('button', { name: 'Next page' }).getBoundingClientRect().right).toBeLessThanOrEqual(root.getBoundingClientRect().right);
  },
};

/** The backend answers in part: the rows it has, and a sentence saying what is missing. */
export const PartialResult: Story = {
  args: {
    adapter: (() => {
      const base = sampleAdapter();
      return { ...base, listEvents: async (r: Parameters<typeof base.listEvents>[0]) => ({ ...(await base.listEvents(r)), partial: 'the EU region did not answer in time' }) };
    })(),
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25));
    // The count of matching events is a status too: find this one by its words.
    await expect(within(canvasElement).getAllByRole('status').some((s) => s.textContent?.includes('Some events may be missing: the EU region did not answer in time'))).toBe(true);
  },
};

/** Page 2 fails: page 1's rows stay, the error says why, and Retry brings page 2. */
export const NextPageFailsRowsStay: Story = {
  loaders: [() => ({ adapter: instrument(sampleAdapter(), (call, request) => (request.cursor && call <= 4 ? 'fail' : 'pass')).adapter })],
  render: (args, { loaded }) => <AuditLogViewer {...args} adapter={loaded.adapter} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25));
    await waitFor(() => expect(canvas.queryAllByRole('img', { name: 'Loading actor name' })).toHaveLength(0));
    const page1 = firstCells(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 8000 });
    await expect(alert).toHaveTextContent('HTTP 503');
    await expect(firstCells(canvasElement)).toEqual(page1);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(canvas.getByText('Page 2')).toBeInTheDocument(), { timeout: 8000 });
  },
};

/** Names arrive slowly: a placeholder, never a wrong label; a deleted actor shows its id, marked. */
export const SlowActorLookupsAndDeletedActor: Story = {
  args: {
    adapter: createMemoryAdapter({
      events: [
        { id: 'audit_log_event_2', eventTime: '2025-07-01T11:00:00.000Z', eventName: 'tesseral.users.update', eventDetails: {}, actorUserId: 'user_ada' },
        { id: 'audit_log_event_1', eventTime: '2025-07-01T10:00:00.000Z', eventName: 'tesseral.api_keys.revoke', eventDetails: {}, actorUserId: 'user_gone' },
      ],
      actors: [{ kind: 'user', id: 'user_ada', email: 'ada@acme.example' }],
      latencyMs: 600,
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(2), { timeout: 4000 });
    await expect(canvas.getAllByRole('img', { name: 'Loading actor name' })).toHaveLength(2);
    await expect(canvasElement.textContent).not.toContain('System');
    await waitFor(() => expect(canvas.getByText('ada@acme.example')).toBeInTheDocument(), { timeout: 4000 });
    await expect(rowsOf(canvasElement)[1]).toHaveTextContent('user_gone (deleted)');
  },
};
