import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createMockDatabase } from '../mock/database.js';
import { createEventHandlers } from '../mock/handlers/create-event.js';
import { FULL_API_BASE, fullApiHandlers } from '../mock/handlers/full-api.js';
import { createScenario } from '../mock/handlers/scenario.js';
import { startHttpServer } from '../mock/server/http-server.js';
import { fromPGlite, fromPostgresJs, type PostgresJsLike, type SqlClient } from './postgres/client.js';
import { migrate } from './postgres/schema.js';
import { createPostgresStore } from './postgres/store.js';

/**
 * `npm run server`: the full query API on PostgreSQL, for a vendor who is not on Tesseral. On
 * PGlite (Postgres in WebAssembly) in a data directory by default, so that nothing needs
 * installing; `DATABASE_URL=postgres://…` points it at a real server. The first start seeds the
 * generator's events; a restart keeps what is stored. Sign-in and names come from the seeded
 * organizations (the mock's demo credentials): a vendor's own `authorize` takes their place.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4020' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: '.data/pglite' },
    seed: { type: 'string', default: '1' },
    size: { type: 'string', default: '10000' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: [DATABASE_URL=postgres://…] npm run server -- [--port 4020] [--host 127.0.0.1] [--data .data/pglite] [--seed 1] [--size 10000]');
  process.exit(0);
}
const whole = (name: string, text: string, max: number) => {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > max) {
    console.error(`--${name} must be a whole number up to ${max}, got "${text}".`);
    process.exit(2);
  }
  return n;
};
const port = whole('port', values.port!, 65535);
const db = createMockDatabase({ seed: whole('seed', values.seed!, 2 ** 32 - 1), size: whole('size', values.size!, 2_000_000) });

async function connect(): Promise<{ client: SqlClient; where: string; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import('postgres');
    const sql = postgres(url, { max: 10, onnotice: () => undefined });
    return { client: fromPostgresJs(sql as unknown as PostgresJsLike), where: url.replace(/\/\/[^@/]*@/, '//…@'), close: () => sql.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(values.data!, { recursive: true });
  const pglite = new PGlite(values.data!);
  return { client: fromPGlite(pglite), where: `PGlite in ${values.data}`, close: () => pglite.close() };
}

const { client, where, close } = await connect();
await migrate(client);
const store = createPostgresStore({ client, cursorSecret: process.env.AUDIT_LOG_CURSOR_SECRET });
const { rows } = await client.query<{ n: string | number }>('select count(*) as n from audit_log_events');
let stored = Number(rows[0]?.n ?? 0);
if (stored === 0) {
  const began = performance.now();
  for (const org of db.dataset.organizations) await store.insert({ organizationId: org.id }, db.dataset.events.filter((e) => e.organizationId === org.id));
  stored = db.dataset.events.length;
  console.log(`Seeded ${stored} events in ${((performance.now() - began) / 1000).toFixed(1)} s.`);
}
const scenario = createScenario({});
// Tesseral's ingest (POST /v1/audit-log-events, the backend API key) writes into the same store the full API reads.
const handlers = [...createEventHandlers(db, scenario, { store: (event) => store.insert({ organizationId: event.organizationId! }, [event]) }), ...fullApiHandlers(db, scenario, { store })];
const running = await startHttpServer(handlers, { port, host: values.host, trustedDomains: ['localhost'] });
console.log(
  [
    `Audit-log server (${where}, ${stored} events) listening on ${running.url}`,
    `  Full query API: GET  ${running.url}${FULL_API_BASE}/events`,
    `  Ingest:         POST ${running.url}/v1/audit-log-events (Tesseral's shape)`,
    'Credentials (Authorization: Bearer <token>):',
    ...db.credentials.filter((c) => c.token.startsWith('demo_')).map((c) => `  ${c.token.padEnd(24)} ${c.description}`),
    `Try: curl -H 'Authorization: Bearer demo_owner_acme' '${running.url}${FULL_API_BASE}/events?pageSize=2'`,
  ].join('\n'),
);
const stop = async () => {
  await running.close();
  await close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
