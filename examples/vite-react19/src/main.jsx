import { createRestAdapter, AuditLogViewer, useAuditLogUrlState } from '@audit-log-viewer/react';
import '@audit-log-viewer/react/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

// A host page as a vendor writes it: the viewer over the full query API of the mock server
// (`npm run mock-server` in the project), its filter kept in the URL.
const api = import.meta.env.VITE_AUDIT_API ?? 'http://127.0.0.1:4010';

function AuditLogs() {
  const [adapter] = useState(() => createRestAdapter({ baseUrl: `${api}/api/audit/v1`, headers: { Authorization: 'Bearer demo_owner_acme' }, capabilities: { search: true } }));
  const url = useAuditLogUrlState();
  return <AuditLogViewer adapter={adapter} timeZone="UTC" {...url} />;
}

createRoot(document.getElementById('root')).render(
  <main style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', margin: 'auto', maxWidth: 1200 }}>
    <h1>Organization settings</h1>
    <AuditLogs />
  </main>,
);
