// For the record (no budget): the viewer on the memory adapter, whose query engine (signed
// cursors, the word index) is a backend in the page, reading the same 20 rows.
import { AuditLogViewer, createMemoryAdapter } from '@audit-log-viewer/react';
import '@audit-log-viewer/react/styles.css';
import { createRoot } from 'react-dom/client';
import { measure, ROWS } from '../rows';

measure();
const adapter = createMemoryAdapter({ events: ROWS, capabilities: { pageSizes: [ROWS.length] } });
createRoot(document.getElementById('root')!).render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
