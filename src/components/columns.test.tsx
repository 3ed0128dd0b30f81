import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvRowCells } from '../columns/index.js';
import type { AuditLogColumn } from '../columns/table-column.js';
import { parseCsv } from '../export/csv.js';
import { withoutIsolates } from '../format/bidi.js';
import { CSV_COLUMNS } from '../export/columns.js';
import { useAuditLog } from '../state/use-audit-log.js';
import { useAuditLogExport, type AuditLogExportFlow } from '../state/use-audit-log-export.js';
import { sampleAdapter } from '../test-support/adapters.js';
import { AUDIT_LOG_COLUMNS, lazyCell } from './columns.js';
import { AuditLogRoot } from './root.js';
import { AuditLogTable } from './table.js';

// One column list drives the table and the CSV: what a host adds, hides or leaves out, both follow.

const country: AuditLogColumn = {
  id: 'country',
  header: () => 'Country',
  text: (event) => String((event.eventDetails as { country?: string } | undefined)?.country ?? 'nowhere'),
  csv: { headers: ['country'], cells: (event) => [String((event.eventDetails as { country?: string } | undefined)?.country ?? 'nowhere')] },
};

/** Renders a viewer with the columns given, and hands back its export flow. */
function renderWith(columns: readonly AuditLogColumn[] | undefined, sort: 'newest' | 'oldest' = 'newest') {
  const adapter = sampleAdapter({}, 30);
  const flow: { current?: AuditLogExportFlow } = {};
  function Host() {
    const controller = useAuditLog({ adapter, timeZone: 'UTC', defaultPageSize: 10, columns, defaultFilter: { sort } });
    flow.current = useAuditLogExport(controller);
    return (
      <AuditLogRoot controller={controller}>
        <AuditLogTable />
      </AuditLogRoot>
    );
  }
  render(<Host />);
  return flow;
}

/** Runs an export through the real exporter and reads the file the browser would download. */
async function exportedCsv(flow: { current?: AuditLogExportFlow }): Promise<string[][]> {
  let blob: Blob | undefined;
  // jsdom has no object URLs; the Blob handed to it is the file.
  Object.assign(URL, { createObjectURL: (b: Blob) => ((blob = b), 'blob:test'), revokeObjectURL: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await act(() => flow.current!.start('csv'));
  expect(flow.current!.state.kind).toBe('done');
  return parseCsv(await blob!.text());
}

const headers = () => within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);

afterEach(() => vi.restoreAllMocks());

describe('the column registry', () => {
  it('shows Event, Actor and Time by default, and exports every default column', async () => {
    const flow = renderWith(undefined);
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(11));
    expect(headers()).toEqual(['Event', 'Actor', 'Time']);
    expect(screen.getByRole('columnheader', { name: 'Time' })).toHaveAttribute('aria-sort', 'descending');
    const [header] = await exportedCsv(flow);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header!.slice(0, 3)).toEqual(['id', 'eventTime', 'localTime']);
  });

  it('adds a host column to the table and to the CSV, from one prop', async () => {
    const flow = renderWith([...AUDIT_LOG_COLUMNS, country], 'oldest');
    await waitFor(() => expect(headers()).toEqual(['Event', 'Actor', 'Time', 'Country']));
    expect(screen.getByRole('columnheader', { name: 'Time' })).toHaveAttribute('aria-sort', 'ascending');
    const firstRow = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(within(firstRow).getAllByRole('cell')[3]).toHaveTextContent('nowhere');
    const [header, row] = await exportedCsv(flow);
    expect(header).toEqual([...CSV_COLUMNS, 'country']);
    expect(row!.at(-1)).toBe('nowhere');
  });

  it('keeps a hidden column out of the table but in the export, and a column left out of both', async () => {
    const flow = renderWith(AUDIT_LOG_COLUMNS.filter((c) => c.id !== 'event').map((c) => (c.id === 'actor' ? { ...c, visible: false } : c)));
    await waitFor(() => expect(headers()).toEqual(['Time']));
    const [header] = await exportedCsv(flow);
    expect(header).toContain('actorName');
    expect(header).not.toContain('eventName');
  });

  it('shows the Summary column when asked: one sentence per row, with the actor\'s name, not exported', async () => {
    const flow = renderWith(AUDIT_LOG_COLUMNS.map((c) => (c.id === 'summary' ? { ...c, visible: true } : c)));
    await waitFor(() => expect(headers()).toEqual(['Event', 'Actor', 'Time', 'Summary']));
    const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
    await waitFor(() => {
      for (const row of rows()) {
        const [, actor, , summary] = within(row).getAllByRole('cell');
        const name = withoutIsolates(actor!.querySelector('bdi')?.textContent ?? '');
        expect(name).not.toBe('');
        expect(withoutIsolates(summary!.textContent!)).toContain(name);
      }
    });
    const [header] = await exportedCsv(flow);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header).not.toContain('summary');
  });

  it('refuses a column whose CSV cells do not match its headers, naming it', () => {
    const broken = { ...country, csv: { headers: ['a', 'b'], cells: () => ['only one'] } };
    const context = { localTime: (iso: string) => iso, actorName: () => '' };
    expect(() => csvRowCells({ id: 'e', eventName: 'x.y', eventTime: '2025-07-01T00:00:00Z', eventDetails: {} }, context, [broken])).toThrow('The column "country" gave 1 CSV cells for its 2 headers.');
  });

  it("keeps the rows when a lazy cell's code cannot load, and loads it when asked again", async () => {
    let fail = true;
    const cell = lazyCell(async () => {
      if (fail) throw new Error('the chunk did not load');
      return ({ event }) => <span>loaded {event.id.length}</span>;
    });
    const flaky: AuditLogColumn = { id: 'flaky', header: () => 'Flaky', cell };
    renderWith([...AUDIT_LOG_COLUMNS.filter((c) => c.visible !== false), flaky]);
    const table = await screen.findByRole('table', { name: 'Audit log events' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(11));
    // Every row and its other cells show; the failed cells are empty, not a skeleton for ever.
    await waitFor(() => expect(table.querySelectorAll('td.alv-col-flaky .alv-skeleton')).toHaveLength(0));
    expect(table.querySelectorAll('td.alv-col-flaky')).toHaveLength(10);
    expect([...table.querySelectorAll('td.alv-col-flaky')].every((td) => td.textContent === '')).toBe(true);
    expect(table.querySelectorAll('td.alv-col-event')).toHaveLength(10);
    // The load is not kept as failed: the next viewer to show the column asks again, and gets it.
    fail = false;
    renderWith([...AUDIT_LOG_COLUMNS.filter((c) => c.visible !== false), flaky]);
    await waitFor(() => expect(screen.getAllByText(/^loaded \d+$/).length).toBe(10));
  });
});
