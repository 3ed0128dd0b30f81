// The baseline of the first-rows bench: bare TanStack Table + Query rendering the same 20 rows.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { createRoot } from 'react-dom/client';
import type { AuditLogEvent } from '@audit-log-viewer/react';
import { measure, ROWS } from '../rows';

measure();
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, AuditLogEvent>();
const columns = helper.columns([
  helper.accessor('eventName', { header: 'Event' }),
  helper.accessor((e) => e.actorUserId ?? e.actorApiKeyId ?? 'System', { id: 'actor', header: 'Actor' }),
  helper.accessor('eventTime', { header: 'Time' }),
]);
const empty: AuditLogEvent[] = [];

function Bare() {
  const query = useQuery({ queryKey: ['rows'], queryFn: async () => ROWS });
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
