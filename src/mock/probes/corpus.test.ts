// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockDatabase } from '../database.js';
import type { RunningServer } from '../server/http-server.js';
import { hostileCorpus, type ProbeContext } from './corpus.js';
import { probeContext } from './context.js';
import { runProbes, startProbeServer } from './harness.js';

// The hostile corpus against the standalone server: each request is sent over a real socket and
// its answer judged (no 5xx, no hang, the expected status, a 4xx that names the problem).

let db: MockDatabase;
let server: RunningServer;
let ctx: ProbeContext;

beforeAll(async () => {
  ({ db, server } = await startProbeServer());
  ctx = await probeContext(db, server.url);
});

afterAll(() => server?.close());

describe('the hostile corpus', () => {
  it('gets an answer to every request: never a 5xx or a hang, and every 4xx names what was wrong', async () => {
    const probes = hostileCorpus(ctx);
    const report = await runProbes(server.url, probes);
    const statuses = [...report.byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
    console.log(`hostile corpus: ${report.tried} requests tried, ${report.handled} handled as they must be (${statuses})`);
    expect(report.failures).toEqual([]);
    expect(report.tried).toBeGreaterThan(200);
  }, 120_000);
});
