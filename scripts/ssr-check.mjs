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
console.log(`ssr-check: the package imports and renders in Node without a DOM (${html.length} bytes of HTML).`);
