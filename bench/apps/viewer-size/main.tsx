// The size a consumer pays: the viewer on Tesseral's API, with its stylesheet, as a host embeds it.
import { AuditLogViewer, createTesseralAdapter } from '@audit-log-viewer/react';
import '@audit-log-viewer/react/styles.css';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<AuditLogViewer adapter={createTesseralAdapter({ accessToken: 'x' })} />);
