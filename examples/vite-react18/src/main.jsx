import { createRestAdapter, AuditLogViewer, useActorName, useAuditLog, useAuditLogUrlState } from '@audit-log-viewer/react';
import '@audit-log-viewer/react/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

// Two host pages on React 18: the ready-made viewer, and a table of the host's own built on the
// headless hook (`?custom`), both over the mock server's full query API.
const api = import.meta.env.VITE_AUDIT_API ?? 'http://127.0.0.1:4010';
const newAdapter = () => createRestAdapter({ baseUrl: `${api}/api/audit/v1`, headers: { Authorization: 'Bearer demo_owner_acme' }, capabilities: { search: true } });

function ActorCell({ controller, event }) {
  const name = useActorName(controller, event);
  return <td>{name.text ?? "…"}{name.deleted ? " (deleted)" : ""}</td>;
}

/** A table of the host's own: the viewer's state, paging and names, none of its markup. */
function CustomTable() {
  const [adapter] = useState(newAdapter);
  const log = useAuditLog({ adapter, timeZone: 'UTC' });
  if (log.status === 'loading') return <p>Loading…</p>;
  if (log.status === 'error') return <p role="alert">{log.error?.message}</p>;
  return (
    <section aria-label="Custom audit table">
      <table>
        <caption>Page {log.pageIndex + 1}</caption>
        <thead><tr><th>When</th><th>Who</th><th>What</th></tr></thead>
        <tbody>
          {log.events.map((event) => (
            <tr key={event.id}>
              <td>{log.formatTime(event.eventTime)}</td>
              <ActorCell controller={log} event={event} />
              <td>{event.eventName}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={log.previousPage} disabled={!log.hasPreviousPage}>Previous</button>
      <button type="button" onClick={log.nextPage} disabled={!log.hasNextPage}>Next</button>
    </section>
  );
}

function AuditLogs() {
  const [adapter] = useState(newAdapter);
  const url = useAuditLogUrlState();
  return <AuditLogViewer adapter={adapter} timeZone="UTC" {...url} />;
}

const custom = new URLSearchParams(window.location.search).has('custom');
createRoot(document.getElementById('root')).render(
  <main style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', margin: 'auto', maxWidth: 1200 }}>
    <h1>Organization settings</h1>
    {custom ? <CustomTable /> : <AuditLogs />}
  </main>,
);
