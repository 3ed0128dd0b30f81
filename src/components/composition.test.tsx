import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleAdapter } from '../test-support/adapters.js';
import { useAuditLog } from '../state/use-audit-log.js';
import { AuditLogViewer } from './audit-log-viewer.js';
import { AuditLogPagination } from './pagination.js';
import { AuditLogRoot } from './root.js';
import { AuditLogTable } from './table.js';

describe('the three layers', () => {
  it('lets a host arrange the parts its own way (pagination above, no toolbar)', async () => {
    const adapter = sampleAdapter();
    function HostLayout() {
      const controller = useAuditLog({ adapter, timeZone: 'UTC', defaultPageSize: 10 });
      return (
        <AuditLogRoot controller={controller} theme="dark">
          <AuditLogPagination />
          <AuditLogTable />
        </AuditLogRoot>
      );
    }
    render(<HostLayout />);
    const region = screen.getByRole('region', { name: 'Audit logs' });
    expect(region).toHaveAttribute('data-theme', 'dark');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(11));
    expect(screen.queryByRole('combobox', { name: 'Time zone' })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation');
    expect(nav.compareDocumentPosition(screen.getByRole('table')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('gives the headless hook the whole state and actions, for a host\'s own markup', async () => {
    const adapter = sampleAdapter();
    function Headless() {
      const log = useAuditLog({ adapter, defaultPageSize: 10, timeZone: 'UTC' });
      return (
        <div>
          <p>status: {log.status}</p>
          <ol aria-label="events">{log.events.map((e) => <li key={e.id}>{log.formatTime(e.eventTime)} {e.eventName}</li>)}</ol>
          <button type="button" onClick={log.nextPage} disabled={!log.hasNextPage}>more</button>
          <p>page {log.pageIndex + 1}</p>
        </div>
      );
    }
    render(<Headless />);
    expect(screen.getByText('status: loading')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('status: ready')).toBeInTheDocument());
    expect(within(screen.getByRole('list', { name: 'events' })).getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC /);
    await userEvent.click(screen.getByRole('button', { name: 'more' }));
    await waitFor(() => expect(screen.getByText('page 2')).toBeInTheDocument());
  });

  it('throws a clear error when a part is used outside a root', () => {
    const spy = console.error;
    console.error = () => {};
    try {
      expect(() => render(<AuditLogTable />)).toThrow(/inside <AuditLogRoot controller=\{useAuditLog\(…\)\}>/);
    } finally {
      console.error = spy;
    }
  });

  it('injects no style tag at run time (the host imports styles.css)', async () => {
    render(<AuditLogViewer adapter={sampleAdapter()} />);
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(1));
    expect(document.querySelectorAll('style, link[rel="stylesheet"]')).toHaveLength(0);
  });
});

describe('bad props', () => {
  it('corrects a page size or zone the viewer cannot use, and tells the developer', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      render(<AuditLogViewer adapter={sampleAdapter()} pageSize={30} timeZone="Mars/Olympus_Mons" />);
      await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(26)); // 25, the first offered size
      expect(screen.getByRole('table').querySelector('time')!.firstChild!.textContent).toMatch(/ UTC$/);
      expect(warnings).toEqual([
        '[audit-log-viewer] pageSize 30 is not one this backend offers (25, 10, 50, 100, 1000); showing 25 per page.',
        '[audit-log-viewer] timeZone "Mars/Olympus_Mons" is not a time zone this browser knows; showing times in UTC.',
      ]);
    } finally {
      console.warn = warn;
    }
  });
});
