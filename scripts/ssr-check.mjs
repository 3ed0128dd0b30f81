// Imports the built package in plain Node (no DOM) and renders a host page to a string, as a
// server-rendering host would: importing must not touch `window`, rendering must not crash.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

if (typeof globalThis.window !== 'undefined' || typeof globalThis.document !== 'undefined') {
  throw new Error('ssr-check must run without a DOM.');
}
const pkg = await import('../dist/index.js');
const adapter = pkg.createMemoryAdapter({ events: [] });
const html = renderToString(createElement(pkg.AuditLogViewer, { adapter, timeZone: 'UTC' }));
for (const expected of ['aria-label="Audit logs"', 'aria-label="Audit log events"', 'aria-busy="true"']) {
  if (!html.includes(expected)) throw new Error(`server-rendered HTML lacks ${expected}:\n${html}`);
}
// The default zone is the browser's: the server must not print its own zone into the page
// (the client would render another one and hydration would not match).
const local = renderToString(createElement(pkg.AuditLogViewer, { adapter }));
const serverZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (!local.includes('>Local time</option>') || local.includes(`Local time (${serverZone})`)) {
  throw new Error(`the local-zone option must not name the server's zone (${serverZone}).`);
}
// The server entry answers a request in plain Node, scoped to the organization authorize gives.
const { createQueryEngine } = await import('../dist/engine.js');
const { createAuditLogHandler, createEngineStore } = await import('../dist/server.js');
const engine = createQueryEngine();
engine.insert([{ id: 'evt_1', organizationId: 'org_1', eventTime: '2026-11-01T12:00:00Z', eventName: 'tesseral.users.create', eventDetails: {} }]);
const handler = createAuditLogHandler({ store: createEngineStore(engine), authorize: () => ({ organizationId: 'org_1', role: 'reader' }) });
const served = await (await handler(new Request('http://localhost/api/audit/v1/events'))).json();
if (served.events?.[0]?.id !== 'evt_1') throw new Error(`the server entry did not answer its event: ${JSON.stringify(served)}`);
console.log(`ssr-check: the package imports and renders in Node without a DOM (${html.length} bytes of HTML); the server entry answers in Node.`);
