// The viewer rendering the same 20 rows, fed as the bare app is fed: an adapter over the array
// (the bare app's queryFn returns the rows; so does this listEvents). The memory adapter carries a
// query engine, a backend in the page, so it is measured apart (memory-rows), without a budget.
import { AuditLogViewer, FULL_CAPABILITIES, type AuditLogAdapter } from '@audit-log-viewer/react';
import '@audit-log-viewer/react/styles.css';
import { createRoot } from 'react-dom/client';
import { measure, ROWS } from '../rows';

measure();
const adapter: AuditLogAdapter = {
  id: 'bench-rows',
  capabilities: { ...FULL_CAPABILITIES, pageSizes: [ROWS.length] },
  listEvents: async () => ({ events: ROWS, nextCursor: null }),
};
createRoot(document.getElementById('root')!).render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
