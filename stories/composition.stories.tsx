import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AuditLogDetails } from '../src/components/details/audit-log-details';
import { AuditLogFilterChips } from '../src/components/filters/filter-chips';
import { AuditLogFilters } from '../src/components/filters/filter-bar';
import { AuditLogNotices } from '../src/components/notices';
import { AuditLogPagination } from '../src/components/pagination';
import { AuditLogRoot } from '../src/components/root';
import { AuditLogTable } from '../src/components/table';
import { AuditLogToolbar } from '../src/components/toolbar';
import { useAuditLog } from '../src/state/use-audit-log';
import { sampleAdapter } from '../src/test-support/adapters';
import '../src/styles/styles.css';

// The parts as a host arranges them: each inside markup of the host's own (sections, cards, a
// grid), in another order than the ready-made viewer's. The keyboard paths must hold: focus
// after removing a filter, and back to the row after closing an event.

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={`Host card: ${title}`} style={{ border: '1px dashed #94a3b8', padding: 8, margin: 4 }}>
      <div>{children}</div>
    </section>
  );
}

const adapter = sampleAdapter();

function HostPage() {
  const controller = useAuditLog({ adapter, timeZone: 'UTC' });
  return (
    <AuditLogRoot controller={controller} theme="light">
      <div style={{ display: 'grid', gridTemplateColumns: '1fr' }}>
        <Card title="chips"><AuditLogFilterChips /></Card>
        <Card title="filters"><AuditLogFilters /></Card>
        <Card title="toolbar"><AuditLogToolbar /></Card>
        <Card title="notices"><AuditLogNotices /></Card>
        <Card title="table"><AuditLogTable onRowActivate={(event) => controller.selectEvent(event.id)} /></Card>
        <Card title="pager"><AuditLogPagination /></Card>
      </div>
      <Card title="details"><AuditLogDetails /></Card>
    </AuditLogRoot>
  );
}

const meta: Meta<typeof HostPage> = { title: 'Viewer/Composition', component: HostPage };
export default meta;
type Story = StoryObj<typeof HostPage>;

/** Every part wrapped in host markup; the keyboard paths of removing filters and closing an event. */
export const PartsInHostMarkup: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'Audit log events' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
    const search = canvas.getByRole('searchbox', { name: 'Search audit logs' });
    await userEvent.type(search, 'user{Enter}');
    const remove = await canvas.findByRole('button', { name: /^Remove filter/ });
    remove.focus();
    await userEvent.keyboard('{Enter}');
    // The last chip went away: focus goes to the search box, not to the page.
    await waitFor(() => expect(document.activeElement).toBe(search));
    const row = within(table).getAllByRole('row')[2]!;
    row.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await canvas.findByRole('dialog');
    await expect(dialog).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument());
    // Back to the row it was opened from.
    await waitFor(() => expect(document.activeElement).toBe(within(table).getAllByRole('row')[2]));
  },
};
