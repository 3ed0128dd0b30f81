// The viewer rendering the same 20 rows from the memory adapter (pages of 20).
import { AuditLogViewer, createMemoryAdapter } from '@audit-log-viewer/react';
import '@audit-log-viewer/react/styles.css';
import { createRoot } from 'react-dom/client';
import { measure, ROWS } from '../rows';

measure();
const adapter = createMemoryAdapter({ events: ROWS, capabilities: { pageSizes: [ROWS.length] } });
createRoot(document.getElementById('root')!).render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
