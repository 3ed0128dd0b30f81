import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AuditLogViewer } from '../src/components/audit-log-viewer';
import { sampleAdapter, sampleData } from '../src/test-support/adapters';
import '../src/styles/styles.css';

// Sizing an incident (issue 15): the timeline, facet counts, the Columns menu, new events and a
// large page, each by the names of the UI contract.
const meta: Meta<typeof AuditLogViewer> = {
  title: 'Viewer/Incident',
  component: AuditLogViewer,
  args: { timeZone: 'UTC', theme: 'light' },
  decorators: [(Story) => <div style={{ minHeight: 640 }}><Story /></div>],
};
export default meta;
type Story = StoryObj<typeof AuditLogViewer>;

const timeline = (canvas: HTMLElement) => within(canvas).getByRole('figure', { name: 'Events over time' });
const bars = (canvas: HTMLElement) => within(timeline(canvas)).getAllByRole('button', { name: /: [\d,]+ events?$/ });
const count = (canvas: HTMLElement) => within(canvas).getByRole('status', { name: 'Matching events' });

/** The timeline: a bar per day of the sample's 30; choosing one narrows the time range, and "Zoom out" goes back. */
export const Timeline: Story = {
  args: { adapter: sampleAdapter() },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(bars(canvasElement).length).toBeGreaterThan(20));
    const bar = bars(canvasElement).find((b) => !b.getAttribute('aria-label')!.endsWith(': 0 events'))!;
    const shown = /: ([\d,]+) events?$/.exec(bar.getAttribute('aria-label')!)![1]!;
    bar.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(count(canvasElement)).toHaveTextContent(new RegExp(`^${shown} events?$`)));
    await expect(within(timeline(canvasElement)).getByRole('button', { name: 'Zoom out' })).toBeVisible();
  },
};

/** The Event type options with their counts, most first. */
export const FacetCounts: Story = {
  args: { adapter: sampleAdapter() },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Event type' }));
    const panel = within(canvasElement).getByRole('dialog', { name: 'Event type' });
    await within(panel).findByRole('checkbox', { name: /^User updated tesseral\.users\.update, \d+$/ });
    await userEvent.click(within(panel).getByRole('button', { name: 'Most events first' }));
    await expect(within(panel).getByRole('button', { name: 'Most events first' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** The Columns menu: the Summary column shown, compact rows (starting from the three columns, whatever the width). */
export const ColumnsMenu: Story = {
  args: { adapter: sampleAdapter(), defaultVisibleColumns: ['event', 'actor', 'time'] },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Columns' }));
    const menu = await within(canvasElement).findByRole('menu', { name: 'Columns' });
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Summary' }));
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Compact rows' }));
    await expect(within(canvasElement).getByRole('columnheader', { name: 'Summary' })).toBeVisible();
  },
};

/**
 * Where it fits (a viewer 1,100 px wide or more) the Summary column is there by default; times
 * read relative. The box is scaled, as a drawer is while it opens: the width is its layout's.
 */
export const SummaryAndRelativeTimes: Story = {
  args: { adapter: sampleAdapter(), defaultTimeFormat: 'relative' },
  decorators: [(Story) => <div style={{ width: 1200, transform: 'scale(0.9)', transformOrigin: 'top left' }}><Story /></div>],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('columnheader', { name: 'Summary' })).toBeVisible();
    await waitFor(() => expect(canvasElement.querySelector('tbody time')?.textContent).toMatch(/ ago$|^yesterday$|^last /));
  },
};

/** Narrower than that, the three columns; each event still on one row of one height. */
export const NarrowerColumns: Story = {
  args: { adapter: sampleAdapter() },
  decorators: [(Story) => <div style={{ width: 760 }}><Story /></div>],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Event', 'Actor', 'Time']));
  },
};

const live = sampleAdapter();
/** Live updates: an event arrives and is offered, not shown, until asked for. */
export const NewEvents: Story = {
  args: { adapter: live, liveUpdates: { intervalMs: 500 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(2));
    const [like] = sampleData().events;
    live.insert([{ ...like!, id: `event_story_${Math.random().toString(36).slice(2)}`, eventTime: new Date().toISOString() }]);
    await userEvent.click(await canvas.findByRole('button', { name: 'Show 1 new event' }, { timeout: 5000 }));
    await waitFor(() => expect(canvas.queryByRole('button', { name: /new events?$/ })).toBeNull());
  },
};

/** A page of 1,000 events: only the rows in view are drawn. */
export const LargePage: Story = {
  args: { adapter: sampleAdapter({}, 1500), defaultPageSize: 1000 },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Audit log events' });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '1001'));
    await waitFor(() => expect(table.querySelectorAll('tbody tr[data-row]').length).toBeGreaterThan(5));
    const rows = [...table.querySelectorAll<HTMLElement>('tbody tr[data-row]')];
    await expect(rows.length).toBeLessThan(300);
    await expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    await expect(rows.filter((row) => row.tabIndex === 0)).toHaveLength(1);
    // The keyboard walks the page: End reaches its last row, drawn on the way.
    rows[0]!.focus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '1001'));
    await expect(table.querySelectorAll('tbody tr[data-row]').length).toBeLessThan(300);
  },
};
