import { connect } from 'node:net';
import { createMockDatabase, type MockDatabase, type MockDatabaseOptions } from '../database.js';
import { createMockHandlers } from '../handlers/index.js';
import { createScenario } from '../handlers/scenario.js';
import { startHttpServer, type RunningServer } from '../server/http-server.js';

// The probes talk to the standalone HTTP server over real sockets, as an attacker or a careless
// client would: fetch for what a client library can send, raw bytes for what it cannot (a
// forged Host header, a malformed request line, a body that never ends).

/** What a probe sends: a request through fetch, or raw bytes on a socket. */
export type ProbeRequest =
  | { method?: string; path: string; headers?: Record<string, string>; body?: string | Uint8Array }
  | { raw: string | Uint8Array };

/** One hostile request and what a correct server must answer. */
export interface Probe {
  /** What is being tried, for the report. */
  name: string;
  request: ProbeRequest;
  /** The status (or statuses) expected; any non-5xx when absent. */
  status?: number | readonly number[];
  /** For a 4xx, the words the answer must contain to name what was wrong. */
  names?: RegExp;
}

/** An answer, as the probes read it. */
export interface ProbeAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
  ms: number;
}

/** A probe that went wrong, and why. */
export interface ProbeFailure {
  name: string;
  why: string;
}

/** How long a request may take before it counts as a hang. */
export const HANG_MS = 10_000;

/** A mock server on a free port of 127.0.0.1, with its database. */
export async function startProbeServer(options: MockDatabaseOptions = {}): Promise<{ db: MockDatabase; server: RunningServer }> {
  const db = createMockDatabase({ seed: 7, size: 3000, ...options });
  const server = await startHttpServer(createMockHandlers(db, createScenario()), { port: 0, requestTimeoutMs: 1500 });
  return { db, server };
}

/** Sends raw bytes and reads the whole answer (the request must ask for `Connection: close`). */
export function sendRaw(url: string, bytes: string | Uint8Array): Promise<ProbeAnswer> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${HANG_MS} ms`));
    }, HANG_MS);
    socket.on('data', (chunk) => chunks.push(chunk));
    // A server may close while the request is still being written (a body it refused): the answer counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const answer = Buffer.concat(chunks).toString('latin1');
      const head = answer.slice(0, answer.indexOf('\r\n\r\n'));
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      if (!status) {
        reject(new Error(`not an HTTP answer: ${JSON.stringify(answer.slice(0, 80))}`));
        return;
      }
      const headers: Record<string, string> = {};
      for (const line of head.split('\r\n').slice(1)) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body = answer.slice(head.length + 4);
      if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = unchunk(body);
      resolve({ status, headers, text: Buffer.from(body, 'latin1').toString('utf8'), ms: performance.now() - started });
    });
    socket.write(bytes);
  });
}

function unchunk(body: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const end = body.indexOf('\r\n', at);
    const size = parseInt(body.slice(at, end), 16);
    if (!(size > 0)) return out;
    out += body.slice(end + 2, end + 2 + size);
    at = end + 2 + size + 2;
  }
}

/** Sends a probe's request to the server. */
export async function send(url: string, request: ProbeRequest): Promise<ProbeAnswer> {
  if ('raw' in request) return sendRaw(url, request.raw);
  const started = performance.now();
  const response = await fetch(`${url}${request.path}`, {
    method: request.method ?? 'GET',
    headers: request.headers,
    body: request.body as BodyInit | undefined,
    signal: AbortSignal.timeout(HANG_MS),
  });
  const text = await response.text();
  return { status: response.status, headers: Object.fromEntries(response.headers), text, ms: performance.now() - started };
}

/**
 * The words an error answer gives: the REST `error.message`, a google.rpc.Status's message and
 * its details' descriptions, or a plain-text body.
 */
export function problemOf(answer: ProbeAnswer): string {
  try {
    const body = JSON.parse(answer.text) as { error?: { message?: string }; message?: string; details?: { description?: string; fieldViolations?: { description?: string }[] }[] };
    const parts = [body.error?.message, body.message, ...(body.details ?? []).flatMap((d) => [d.description, ...(d.fieldViolations ?? []).map((v) => v.description)])];
    return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' | ');
  } catch {
    return answer.text.trim();
  }
}

/** What is wrong with a probe's answer, or `null` when the server answered as it must. */
export function judge(probe: Probe, answer: ProbeAnswer): string | null {
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.text.slice(0, 200)}`;
  const expected = probe.status === undefined ? null : ([] as number[]).concat(probe.status);
  if (expected && !expected.includes(answer.status)) return `answered ${answer.status}, expected ${expected.join(' or ')}: ${answer.text.slice(0, 200)}`;
  if (answer.status >= 400) {
    const problem = problemOf(answer);
    if (!problem) return `a ${answer.status} that names nothing: ${JSON.stringify(answer.text.slice(0, 200))}`;
    if (probe.names && !probe.names.test(problem)) return `a ${answer.status} that does not name the problem (${probe.names}): ${problem.slice(0, 200)}`;
  }
  return null;
}

/** Runs probes a few at a time and tallies them: how many were tried, how many were answered as they must be. */
export async function runProbes(url: string, probes: readonly Probe[], concurrency = 8): Promise<{ tried: number; handled: number; byStatus: Map<number, number>; failures: ProbeFailure[] }> {
  const failures: ProbeFailure[] = [];
  const byStatus = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]!;
      try {
        const answer = await send(url, probe.request);
        byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
        const why = judge(probe, answer);
        if (why) failures.push({ name: probe.name, why });
      } catch (error) {
        failures.push({ name: probe.name, why: `no answer: ${(error as Error).message}` });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { tried: probes.length, handled: probes.length - failures.length, byStatus, failures };
}
