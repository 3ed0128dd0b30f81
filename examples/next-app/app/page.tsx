import { AuditLogs } from './audit-logs';

// A server page. The viewer is rendered through a small client wrapper (./audit-logs.tsx): an
// adapter holds functions, which cannot cross from the server to the client, so the client
// creates it. The viewer reads no clock, randomness or URL while rendering, so its shell is
// part of the page Next.js prerenders.
export default function Page() {
  return (
    <main style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', margin: 'auto', maxWidth: 1200 }}>
      <h1>Organization settings</h1>
      <AuditLogs />
    </main>
  );
}
