// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bytesToBase64Url } from '../../engine/base64url.js';
import { LIMITS } from '../../limits.js';
import type { RunningServer } from '../server/http-server.js';
import { finishExport, startExport } from './context.js';
import { sendRaw, startProbeServer } from './harness.js';

// Export jobs are server state a client holds handles to: ids and secrets from the platform's
// cryptographic source, a few per organization, links that work once and expire with their file.

let server: RunningServer;
let clock = Date.now();
const A = 'demo_owner_acme';
const G = 'demo_owner_globex';

const post = (token: string, body: unknown) =>
  fetch(`${server.url}/api/audit/v1/exports`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  ({ server } = await startProbeServer({ size: 600, now: () => clock }));
});

afterAll(() => server?.close());

describe('export jobs', () => {
  it('take their ids and secrets from crypto.getRandomValues', async () => {
    const drawn: Uint8Array[] = [];
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const bytes = new Uint8Array((array as unknown as Uint8Array).length).map((_, i) => (i * 37 + drawn.length * 11) & 255);
      (array as unknown as Uint8Array).set(bytes);
      drawn.push(bytes);
      return array;
    });
    let jobId: string;
    try {
      jobId = await startExport(server.url, A, { format: 'jsonl' });
    } finally {
      spy.mockRestore();
    }
    expect(drawn.map((bytes) => `export_${bytesToBase64Url(bytes)}`)).toContain(jobId);
    const job = await finishExport(server.url, A, jobId);
    const secret = new URL(job.downloadUrl!, server.url).searchParams.get('secret');
    expect(drawn.map(bytesToBase64Url)).toContain(secret);
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect((await fetch(`${server.url}${job.downloadUrl}`)).status).toBe(200);
  });

  it('give a link that is a path of the API (never built from the Host header) and works once', async () => {
    const jobId = await startExport(server.url, A, { format: 'csv' });
    await finishExport(server.url, A, jobId);
    const raw = await sendRaw(server.url, `GET /api/audit/v1/exports/${jobId} HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer ${A}\r\nConnection: close\r\n\r\n`);
    const { downloadUrl } = JSON.parse(raw.text) as { downloadUrl: string };
    expect(downloadUrl).toMatch(new RegExp(`^/api/audit/v1/exports/${jobId}/download\\?secret=[\\w-]{43}$`));
    expect((await fetch(`${server.url}${downloadUrl}`)).status).toBe(200);
    const again = await fetch(`${server.url}${downloadUrl}`);
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/used or has expired/);
    expect((await fetch(`${server.url}${downloadUrl.replace(/secret=.*/, `secret=${'A'.repeat(43)}`)}`)).status).toBe(404);
  });

  it(`are at most ${LIMITS.exportJobsPerOrganization} per organization, and expire with their files after ${LIMITS.exportJobTtlMs / 60_000} minutes`, async () => {
    const jobs: string[] = [];
    for (let i = 0; i < LIMITS.exportJobsPerOrganization; i++) jobs.push(await startExport(server.url, G, { format: 'jsonl' }));
    const refused = await post(G, { format: 'jsonl' });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(new RegExp(`at most ${LIMITS.exportJobsPerOrganization}`));
    // Another organization is not held back by this one.
    expect((await post(A, { format: 'jsonl' })).status).toBe(202);
    const finished = await Promise.all(jobs.map((id) => finishExport(server.url, G, id)));
    clock += LIMITS.exportJobTtlMs - 1000;
    expect((await fetch(`${server.url}/api/audit/v1/exports/${jobs[0]}`, { headers: { authorization: `Bearer ${G}` } })).status).toBe(200);
    clock += 2000;
    expect((await fetch(`${server.url}/api/audit/v1/exports/${jobs[0]}`, { headers: { authorization: `Bearer ${G}` } })).status).toBe(404);
    expect((await fetch(`${server.url}${finished[1]!.downloadUrl}`)).status).toBe(404);
    // Expired jobs free their places.
    expect((await post(G, { format: 'jsonl' })).status).toBe(202);
  });
});
