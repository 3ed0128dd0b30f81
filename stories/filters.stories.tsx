import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TESSERAL_CAPABILITIES } from '../src/adapter/tesseral';
import type { AuditLogAdapter } from '../src/adapter/types';
import { AuditLogViewer } from '../src/components/audit-log-viewer';
import { AuditLogError } from '../src/errors';
import { sampleAdapter } from '../src/test-support/adapters';
import '../src/styles/styles.css';
import { shown } from '../src/test-support/text.js';

const meta: Meta<typeof AuditLogViewer> = {
  title: 'Viewer/Filters',
  component: AuditLogViewer,
  args: { timeZone: 'UTC', theme: 'light' },
  // Room below the toolbar for an open popover.
  decorators: [(Story) => <div style={{ minHeight: 640 }}><Story /></div>],
};
export default meta;
type Story = StoryObj<typeof AuditLogViewer>;

const rowsOf = (canvas: HTMLElement) => within(within(canvas).getByRole('table', { name: 'Audit log events' })).getAllByRole('row').slice(1);
const settled = (canvas: HTMLElement) => waitFor(() => expect(within(canvas).getByRole('table', { name: 'Audit log events' })).toHaveAttribute('aria-busy', 'false'));

async function open(canvas: HTMLElement, name: string) {
  await userEvent.click(within(canvas).getByRole('button', { name }));
  return within(canvas).getByRole('dialog', { name });
}

const failing = (what: string) => async (): Promise<never> => {
  throw new AuditLogError('server', `${what} failed with HTTP 503: the audit service is unavailable.`, { status: 503 });
};

/** Search: matches are marked in the table, the search shows as a chip. */
export const Search: Story = {
  args: { adapter: sampleAdapter() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(rowsOf(canvasElement)).toHaveLength(25));
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search audit logs' }), 'invite');
    await waitFor(() => expect(shown(canvas.getByRole('list', { name: 'Active filters' }))).toContain('Search: invite'));
    await settled(canvasElement);
    for (const row of rowsOf(canvasElement)) await expect(row.querySelector('mark')).not.toBeNull();
  },
};

/** A search that cannot be read says what to fix, and is not sent. */
export const SearchSyntaxError: Story = {
  args: { adapter: sampleAdapter(), defaultFilter: { search: 'user.email:"jane' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('A quote is not closed');
    await expect(canvas.getByRole('searchbox', { name: 'Search audit logs' })).toHaveAttribute('aria-invalid', 'true');
  },
};

/** The event-type popover, open: names grouped by resource, searchable inside. */
export const EventTypeOpen: Story = {
  args: { adapter: sampleAdapter() },
  play: async ({ canvasElement }) => {
    const panel = await open(canvasElement, 'Event type');
    const inside = within(panel);
    await expect(await inside.findByRole('group', { name: 'Users' })).toBeInTheDocument();
    await userEvent.type(inside.getByRole('searchbox', { name: 'Find event type' }), 'revoke');
    await waitFor(() => expect(inside.getAllByRole('checkbox').length).toBeGreaterThan(0));
    for (const box of inside.getAllByRole('checkbox')) await expect(box.closest('label')).toHaveTextContent(/revoke/i);
  },
};

/** Three hundred custom event names: the list scrolls, "Select all" takes a whole group. */
export const EventTypeManyOptions: Story = {
  args: {
    adapter: {
      ...sampleAdapter(),
      id: 'many-names',
      listEventNames: async () => Array.from({ length: 300 }, (_, i) => `ledgerly.resource_${String(i).padStart(3, '0')}.update`),
    } satisfies AuditLogAdapter,
  },
  play: async ({ canvasElement }) => {
    const panel = await open(canvasElement, 'Event type');
    const inside = within(panel);
    await waitFor(() => expect(inside.getAllByRole('checkbox')).toHaveLength(300));
    await userEvent.click(inside.getByRole('button', { name: 'Select all Custom' }));
    await waitFor(() => expect(inside.getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true));
  },
};

/** The organization has no event names yet. */
export const EventTypeNoOptions: Story = {
  args: { adapter: { ...sampleAdapter(), id: 'no-names', listEventNames: async () => [] } satisfies AuditLogAdapter },
  play: async ({ canvasElement }) => {
    const panel = await open(canvasElement, 'Event type');
    await expect(await within(panel).findByText('No options')).toBeInTheDocument();
  },
};

/** The event names cannot be loaded: the popover says so and offers Retry. */
export const EventTypeOptionsError: Story = {
  args: { adapter: { ...sampleAdapter(), id: 'names-fail', listEventNames: failing('Loading event types') } satisfies AuditLogAdapter },
  play: async ({ canvasElement }) => {
    const panel = await open(canvasElement, 'Event type');
    const alert = await within(panel).findByRole('alert', {}, { timeout: 8000 });
    await expect(alert).toHaveTextContent('The options could not be loaded.');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  },
};

/** The actor popover: people and API keys found as you type, and the actor kinds. */
export const ActorOpen: Story = {
  args: { adapter: sampleAdapter() },
  play: async ({ canvasElement }) => {
    const panel = await open(canvasElement, 'Actor');
    const inside = within(panel);
    await expect(await inside.findByRole('group', { name: 'Kinds of actor' })).toBeInTheDocument();
    await userEvent.type(inside.getByRole('searchbox', { name: 'Find actor' }), 'acme');
    await waitFor(() => expect(inside.getAllByRole('checkbox', { name: /@acme\.example/ }).length).toBeGreaterThan(0));
  },
};

/** Nobody matches what was typed. */
export const ActorNoOptions: Story = {
  args: { adapter: { ...sampleAdapter(), id: 'no-actors', searchActors: async () => [] } satisfies AuditLogAdapter },
  play: async ({ canvasElement }) => {
    const panel = await open(canvasElement, 'Actor');
    await expect(await within(panel).findByText('No options')).toBeInTheDocument();
  },
};

/** The actor search fails: said in the popover, with Retry. */
export const ActorOptionsError: Story = {
  args: { adapter: { ...sampleAdapter(), id: 'actors-fail', searchActors: failing('Finding actors') } satisfies AuditLogAdapter },
  play: async ({ canvasElement }) => {
    const panel = await open(canvasElement, 'Actor');
    await expect(await within(panel).findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent('The options could not be loaded.');
  },
};

/** The time-range popover: presets, and an exact range typed in the chosen zone. */
export const TimeRangeOpen: Story = {
  args: { adapter: sampleAdapter(), timeZone: 'Asia/Tokyo' },
  play: async ({ canvasElement }) => {
    const panel = await open(canvasElement, 'Time range');
    const inside = within(panel);
    await inside.findByRole('radio', { name: 'Any time' });
    for (const preset of ['Last 15 minutes', 'Last hour', 'Last 24 hours', 'Last 7 days', 'Last 30 days', 'Last 90 days']) {
      await expect(inside.getByRole('radio', { name: preset })).toBeInTheDocument();
    }
    await expect(inside.getByLabelText('From (Asia/Tokyo)')).toBeInTheDocument();
    await userEvent.type(inside.getByLabelText('From (Asia/Tokyo)'), '2025-07-02T10:00:00');
    await userEvent.type(inside.getByLabelText('To (Asia/Tokyo)'), '2025-07-01T10:00:00');
    await userEvent.click(inside.getByRole('button', { name: 'Apply' }));
    await expect(inside.getByRole('alert')).toHaveTextContent('The start is after the end.');
  },
};

/** Filters that match nothing: "No events match", the chips, and Clear filters. */
export const NoMatch: Story = {
  args: { adapter: sampleAdapter(), defaultFilter: { search: 'zzzznothing', actorKinds: ['system'], time: { last: '7d' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No events match')).toBeInTheDocument();
    await expect(canvas.getByRole('list', { name: 'Active filters' }).querySelectorAll('li')).toHaveLength(3);
    await expect(canvas.getAllByRole('button', { name: 'Clear filters' }).length).toBe(2);
  },
};

/** A backend like Tesseral's: one event type at a time (said in the popover), no search. */
export const OneEventTypeNoSearch: Story = {
  args: { adapter: { ...sampleAdapter({ capabilities: { ...TESSERAL_CAPABILITIES } }), id: 'tesseral-like', listEventNames: undefined } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('searchbox', { name: 'Search audit logs' })).toHaveAccessibleDescription('This backend cannot search: use the filters.');
    const panel = await open(canvasElement, 'Event type');
    await within(panel).findByText('This backend filters by one event type at a time.');
    await expect(within(panel).getAllByRole('radio')).toHaveLength(39);
  },
};

/** The Export menu: CSV, JSON Lines and the byte-order mark, by keyboard; an empty result says so. */
export const ExportMenu: Story = {
  args: { adapter: sampleAdapter(), defaultFilter: { search: 'zzzznothing' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('No events match');
    await userEvent.click(canvas.getByRole('button', { name: 'Export' }));
    // The menu's code loads on first use; the button it brings replaces the first one.
    const menu = await canvas.findByRole('menu', { name: 'Export' });
    const button = canvas.getByRole('button', { name: 'Export' });
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'CSV' })).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    await expect(within(menu).getByRole('menuitem', { name: 'JSON Lines' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    await expect(within(menu).getByRole('menuitemcheckbox', { name: 'UTF-8 BOM (for Excel)' })).toHaveAttribute('aria-checked', 'true');
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('menu')).not.toBeInTheDocument();
    await expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.click(canvas.getByRole('menuitem', { name: 'CSV' }));
    await expect(await canvas.findByText('No events match these filters: there is nothing to export.')).toBeInTheDocument();
  },
};
