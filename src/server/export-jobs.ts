import { bytesToBase64Url } from '../engine/base64url.js';
import { constantTimeEqual } from '../engine/constant-time.js';
import type { AuditLogExportFormat } from '../adapter/types.js';
import { AuditLogError, isAuditLogError } from '../errors.js';
import { EXPORT_FORMATS, isExportFormat } from '../export/formats.js';
import { LIMITS } from '../limits.js';
import type { RouteContext } from './context.js';
import { json, restError } from './respond.js';
import { filterOf, jsonBody, sortOf, timeZoneOf } from './requests.js';
import type { Route } from './router.js';
import { exportFromStore } from './store-export.js';

interface Job {
  organizationId: string;
  state: 'running' | 'done' | 'failed';
  written: number;
  error?: string;
  format: AuditLogExportFormat;
  chunks: Uint8Array[];
  /** A one-time secret in the download URL, so that the link works without the bearer token. */
  secret: string;
  /** When the job and its link stop existing (set when it ends). */
  expires: number;
  /** Stops the job's export (deleted, expired or the server closing). */
  stop: AbortController;
}

/** Random text from the platform's cryptographic source: unguessable ids and secrets. */
function randomToken(bytes: number): string {
  return bytesToBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * Server-side exports, as WorkOS-style backends offer them: `POST /exports` starts a job for a
 * filter, `GET /exports/{id}` tells its progress, and `GET /exports/{id}/download?secret=…` gives
 * the file, once. The job writes with the same exporter as the viewer, page by page from the
 * store, so both paths make the same bytes. Ids and secrets come from `crypto.getRandomValues`;
 * an organization has at most a few jobs at once; a finished job and its link last ten minutes
 * (src/limits.ts) and its file is freed when it is downloaded or expires. The download link is a
 * path of this API: the client resolves it against the base URL it was configured with, never
 * against a Host header a request could forge. The jobs are this handler's own (one map per
 * `createAuditLogHandler`): two handlers share none.
 *
 * @param base the API's base path, for the download link.
 * @param now the clock of the jobs' expiry.
 * @param pageDelayMs a pause before each page (the mock's, so that progress can be seen).
 * @param maxBytes the most a job's file may hold in memory (past it the job fails, pointing at the streamed export).
 */
export function exportJobRoutes(base: string, now: () => number, pageDelayMs = 0, maxBytes: number = LIMITS.exportJobBytes): { routes: Route<RouteContext>[]; download: Route<Omit<RouteContext, 'scope'>> } {
  const jobs = new Map<string, Job>();
  /** Drops what has expired: a job past its time, with its file. */
  const sweep = () => {
    for (const [id, job] of jobs) {
      if (job.state !== 'running' && job.expires <= now()) {
        job.stop.abort();
        jobs.delete(id);
      }
    }
  };
  const start: Route<RouteContext> = {
    method: 'POST',
    path: '/exports',
    run: async (context) => {
      const { request, scope } = context;
      const body = await jsonBody(request, ['filter', 'sort', 'format', 'timeZone']);
      if (!isExportFormat(body.format)) return restError('invalid_request', `format must be one of ${Object.keys(EXPORT_FORMATS).map((f) => JSON.stringify(f)).join(', ')}`);
      const filter = filterOf(body.filter);
      const sort = sortOf(body.sort, 'sort');
      const timeZone = timeZoneOf(body.timeZone, 'timeZone');
      const format = body.format;
      sweep();
      const running = [...jobs.values()].filter((j) => j.organizationId === scope.organizationId).length;
      if (running >= LIMITS.exportJobsPerOrganization) {
        return restError('rate_limited', `this organization has ${running} export jobs already (at most ${LIMITS.exportJobsPerOrganization}): download or wait for one to expire`, 429);
      }
      const id = `export_${randomToken(16)}`;
      const job: Job = { organizationId: scope.organizationId, state: 'running', written: 0, format, chunks: [], secret: randomToken(32), expires: Infinity, stop: new AbortController() };
      jobs.set(id, job);
      const end = (state: Job['state'], error?: string) => {
        job.state = state;
        if (error) job.error = error;
        job.expires = now() + LIMITS.exportJobTtlMs;
      };
      let held = 0;
      void exportFromStore(context, { filter, sort, format, timeZone }, {
        pageDelayMs,
        signal: job.stop.signal,
        // The file waits in memory for its download: past the cap the job fails and says where the streamed export is.
        sink: {
          write: async (chunk) => {
            held += chunk.length;
            if (held > maxBytes) throw new AuditLogError('invalid_request', `the file is larger than ${maxBytes} bytes, more than an export job keeps: download it streamed from GET ${base}/events/export`);
            job.chunks.push(chunk);
          },
          close: async () => undefined,
          abort: async () => void (job.chunks = []),
        },
        onProgress: (written) => (job.written = written),
      }).then(
        () => end('done'),
        (error: unknown) => {
          // Nothing matched: the job is done, with no rows (the viewer says so; no file is offered).
          if (isAuditLogError(error) && error.code === 'not_found') {
            job.written = 0;
            end('done');
            return;
          }
          end('failed', isAuditLogError(error) ? error.message : 'the export failed');
        },
      );
      return json({ jobId: id }, 202);
    },
  };
  const status: Route<RouteContext> = {
    method: 'GET',
    path: '/exports/:jobId',
    run: ({ scope }, { jobId }) => {
      sweep();
      const job = jobs.get(jobId!);
      if (!job || job.organizationId !== scope.organizationId) return restError('not_found', 'export job not found');
      const downloadUrl = job.state === 'done' && job.written > 0 ? `${base}/exports/${encodeURIComponent(jobId!)}/download?secret=${job.secret}` : undefined;
      return json({ state: job.state, written: job.written, ...(downloadUrl ? { downloadUrl } : {}), ...(job.error ? { error: job.error } : {}) });
    },
  };
  // Without the bearer token: the one-time secret is the credential (a download link is followed by the browser).
  const download: Route<Omit<RouteContext, 'scope'>> = {
    method: 'GET',
    path: '/exports/:jobId/download',
    run: ({ url }, { jobId }) => {
      sweep();
      const job = jobs.get(jobId!);
      const secret = url.searchParams.get('secret') ?? '';
      if (!job || job.state !== 'done' || !constantTimeEqual(secret, job.secret)) return restError('not_found', 'export file not found, or its link has been used or has expired');
      // Once: the link is spent and the file freed as it is handed over.
      jobs.delete(jobId!);
      const type = `${EXPORT_FORMATS[job.format].mime}; charset=utf-8`;
      // One array, not a Blob: a Blob of another realm (a test's DOM) is not a body every runtime reads.
      const body = new Uint8Array(job.chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const chunk of job.chunks) {
        body.set(chunk, at);
        at += chunk.length;
      }
      return new Response(body, { headers: { 'content-type': type } });
    },
  };
  return { routes: [start, status], download };
}
