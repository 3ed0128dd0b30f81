// The baseline a host would write: React + TanStack Table + Query, fetching the same endpoint as
// the viewer and showing each actor's name from the same response.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { createRoot } from 'react-dom/client';
import type { AuditLogEvent } from '@audit-log-viewer/react';
import { fetchPage, measure, ROWS } from '../host';

measure();
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, AuditLogEvent & { actorName: string }>();
const columns = helper.columns([
  helper.accessor('eventName', { header: 'Event' }),
  helper.accessor('actorName', { header: 'Actor' }),
  helper.accessor('eventTime', { header: 'Time' }),
]);
const empty: (AuditLogEvent & { actorName: string })[] = [];

function Bare() {
  const query = useQuery({
    queryKey: ['events', ROWS],
    queryFn: async ({ signal }) => {
      const page = await fetchPage(ROWS, signal);
      const names = new Map(page.actors.map((a) => [a.id, a.email ?? a.displayName ?? a.id]));
      const actorOf = (e: AuditLogEvent) => e.actorUserId ?? e.actorApiKeyId ?? e.actorSessionId;
      return page.events.map((e) => ({ ...e, actorName: names.get(actorOf(e) ?? '') ?? actorOf(e) ?? 'System' }));
    },
  });
  const table = useTable({ features, columns, data: query.data ?? empty });
  return (
    <table>
      <thead>
        <tr>{table.getHeaderGroups()[0]!.headers.map((h) => <th key={h.id}><table.FlexRender header={h} /></th>)}</tr>
      </thead>
      <tbody>
        {table.getRowModel().rows.map((r) => (
          <tr key={r.id}>{r.getAllCells().map((c) => <td key={c.id}><table.FlexRender cell={c} /></td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}

createRoot(document.getElementById('root')!).render(<QueryClientProvider client={new QueryClient()}><Bare /></QueryClientProvider>);
