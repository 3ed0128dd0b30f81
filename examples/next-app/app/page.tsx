import { Suspense } from 'react';
import { AuditLogs } from './audit-logs';

// A server page. The viewer is rendered through a small client wrapper (./audit-logs.tsx): an
// adapter holds functions, which cannot cross from the server to the client, so the client
// creates it. The wrapper reads the URL through Next's router (useSearchParams), which makes
// this part of the page render per request: Suspense marks where the static shell ends.
export default function Page() {
  return (
    <main style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', margin: 'auto', maxWidth: 1200 }}>
      <h1>Organization settings</h1>
      <Suspense fallback={<p>Loading audit logs…</p>}>
        <AuditLogs />
      </Suspense>
    </main>
  );
}
