import { parseArgs } from 'node:util';
import { createMockDatabase } from '../database.js';
import { createMockHandlers } from '../handlers/index.js';
import { FULL_API_BASE } from '../handlers/full-api.js';
import { createScenario } from '../handlers/scenario.js';
import { startHttpServer } from './http-server.js';

/**
 * `npm run mock-server -- --port 4010`: the mock backend as a standalone HTTP server on
 * 127.0.0.1, for curl and any other client. Prints its URL and the demo credentials.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: '1' },
    size: { type: 'string', default: '10000' },
    latency: { type: 'string', default: '0' },
    'error-rate': { type: 'string', default: '0' },
    'trusted-domain': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('Usage: npm run mock-server -- [--port 4010] [--host 127.0.0.1] [--seed 1] [--size 10000] [--latency ms] [--error-rate 0..1] [--trusted-domain app.example.com]…');
  console.log('  --trusted-domain  a domain whose pages may call with credentials (CORS); repeat for more; default localhost');
  process.exit(0);
}

function num(name: string, text: string | undefined, min: number, max: number): number {
  const value = Number(text);
  if (text === undefined || text === '' || !Number.isFinite(value) || value < min || value > max) {
    console.error(`--${name} must be a number from ${min} to ${max}, got "${text}".`);
    process.exit(2);
  }
  return value;
}

const port = num('port', values.port ?? (process.env.PORT || '4010'), 0, 65535);
const db = createMockDatabase({ seed: num('seed', values.seed, 0, 2 ** 32 - 1), size: num('size', values.size, 0, 2_000_000) });
const scenario = createScenario({ latencyMs: num('latency', values.latency, 0, 60_000), errorRate: num('error-rate', values['error-rate'], 0, 1) });
const trustedDomains = values['trusted-domain']?.length ? values['trusted-domain'] : ['localhost'];
const running = await startHttpServer(createMockHandlers(db, scenario), { port, host: values.host, trustedDomains });

const lines = [
  `Mock audit-log server listening on ${running.url}`,
  `  ${db.dataset.events.length} events, seed ${db.dataset.options.seed}`,
  `  Tesseral list API: GET  ${running.url}/api/frontend/v1/audit-log-events`,
  `  Custom events:     POST ${running.url}/v1/audit-log-events`,
  `  Full query API:    GET  ${running.url}${FULL_API_BASE}/events`,
  `  CORS with credentials for pages on: ${trustedDomains.join(', ')}`,
  'Credentials (Authorization: Bearer <token>). In Tesseral\'s formats (new on every start):',
  ...db.credentials.filter((c) => !c.token.startsWith('demo_')).map((c) => `  ${c.description}:\n    ${c.token}`),
  'Demo aliases (the mock only; each stands for a credential above):',
  ...db.credentials.filter((c) => c.token.startsWith('demo_')).map((c) => `  ${c.token.padEnd(24)} ${c.description}`),
  `Try: curl -H 'Authorization: Bearer demo_owner_acme' ${running.url}/api/frontend/v1/audit-log-events`,
];
console.log(lines.join('\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void running.close().then(() => process.exit(0)));
}
