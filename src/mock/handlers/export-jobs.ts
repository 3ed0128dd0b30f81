import { http, HttpResponse } from 'msw';
import { bytesToBase64Url } from '../../engine/base64url.js';
import { constantTimeEqual } from '../../engine/constant-time.js';
import type { AuditLogActorInfo, AuditLogAdapter, AuditLogExportFormat } from '../../adapter/types.js';
import { FULL_CAPABILITIES } from '../../adapter/capabilities.js';
import { isAuditLogError } from '../../errors.js';
import { createCsvContext } from '../../export/csv-context.js';
import { runExport } from '../../export/exporter.js';
import { EXPORT_FORMATS, isExportFormat } from '../../export/formats.js';
import { DEFAULT_MESSAGES } from '../../format/messages.js';
import { LIMITS } from '../../limits.js';
import type { AuditLogActorKind } from '../../model/actor.js';
import type { MockDatabase } from '../database.js';
import type { MockOrganization } from '../generate.js';
import { filterOf, jsonBody, sortOf, timeZoneOf } from './full-api-requests.js';

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
 * A server-side export, as WorkOS-style backends offer it: `POST /exports` starts a job for a
 * filter, `GET /exports/{id}` tells its progress, and `GET /exports/{id}/download?secret=…` gives
 * the file, once. The job writes with the same exporter as the viewer, page by page from the
 * engine, so both paths make the same bytes. Ids and secrets come from `crypto.getRandomValues`;
 * an organization has at most a few jobs at once; a finished job and its link last ten minutes
 * (src/limits.ts) and its file is freed when it is downloaded or expires. The download link is a
 * path of this API: the client resolves it against the base URL it was configured with, never
 * against a Host header a request could forge.
 */
export function exportJobHandlers(
  base: string,
  db: MockDatabase,
  guard: (request: Request) => Promise<MockOrganization | Response>,
  lookupActor: (org: MockOrganization, kind: AuditLogActorKind, id: string) => AuditLogActorInfo | null,
  restError: (code: string, message: string, status?: number) => Response,
  now: () => number = Date.now,
) {
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
  return [
    http.post(`*${base}/exports`, async ({ request }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      let body: Record<string, unknown>;
      let filter;
      let sort;
      let timeZone;
      try {
        body = await jsonBody(request, ['filter', 'sort', 'format', 'timeZone']);
        if (!isExportFormat(body.format)) return restError('invalid_request', `format must be one of ${Object.keys(EXPORT_FORMATS).map((f) => JSON.stringify(f)).join(', ')}`);
        filter = filterOf(body.filter);
        sort = sortOf(body.sort, 'sort');
        timeZone = timeZoneOf(body.timeZone, 'timeZone');
      } catch (error) {
        if (isAuditLogError(error)) return restError(error.code, error.message, error.status);
        throw error;
      }
      const format = body.format;
      sweep();
      const held = [...jobs.values()].filter((j) => j.organizationId === org.id).length;
      if (held >= LIMITS.exportJobsPerOrganization) {
        return restError('rate_limited', `this organization has ${held} export jobs already (at most ${LIMITS.exportJobsPerOrganization}): download or wait for one to expire`, 429);
      }
      const id = `export_${randomToken(16)}`;
      const job: Job = { organizationId: org.id, state: 'running', written: 0, format, chunks: [], secret: randomToken(32), expires: Infinity, stop: new AbortController() };
      jobs.set(id, job);
      const engineAdapter: AuditLogAdapter = {
        id: 'mock-export',
        capabilities: { ...FULL_CAPABILITIES, search: true, pageSizes: [1000] },
        listEvents: async (r) => {
          // A job takes a moment per page, so that its progress can be seen.
          await new Promise((resolve) => setTimeout(resolve, 20));
          return db.engine.listSliced({ filter: r.filter, sort: r.sort, pageSize: r.pageSize, cursor: r.cursor, organizationId: org.id });
        },
      };
      const csv = createCsvContext(timeZone, DEFAULT_MESSAGES, async (refs) =>
        refs.map((ref) => lookupActor(org, ref.kind, ref.id)).filter((info): info is AuditLogActorInfo => info !== null),
      );
      const end = (state: Job['state'], error?: string) => {
        job.state = state;
        if (error) job.error = error;
        job.expires = now() + LIMITS.exportJobTtlMs;
      };
      void runExport({
        adapter: engineAdapter,
        filter,
        sort,
        format,
        csv,
        beforePage: csv.beforePage,
        signal: job.stop.signal,
        sink: { write: async (chunk) => void job.chunks.push(chunk), close: async () => undefined, abort: async () => void (job.chunks = []) },
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
      return HttpResponse.json({ jobId: id }, { status: 202 });
    }),
    http.get(`*${base}/exports/:jobId`, async ({ request, params }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      sweep();
      const id = String(params.jobId);
      const job = jobs.get(id);
      if (!job || job.organizationId !== org.id) return restError('not_found', 'export job not found');
      const downloadUrl = job.state === 'done' && job.written > 0 ? `${base}/exports/${encodeURIComponent(id)}/download?secret=${job.secret}` : undefined;
      return HttpResponse.json({ state: job.state, written: job.written, ...(downloadUrl ? { downloadUrl } : {}), ...(job.error ? { error: job.error } : {}) });
    }),
    http.get(`*${base}/exports/:jobId/download`, ({ request, params }) => {
      sweep();
      const id = String(params.jobId);
      const job = jobs.get(id);
      const secret = new URL(request.url).searchParams.get('secret') ?? '';
      if (!job || job.state !== 'done' || !constantTimeEqual(secret, job.secret)) return restError('not_found', 'export file not found, or its link has been used or has expired');
      // Once: the link is spent and the file freed as it is handed over.
      jobs.delete(id);
      const type = `${EXPORT_FORMATS[job.format].mime}; charset=utf-8`;
      return new HttpResponse(new Blob(job.chunks as BlobPart[]), { headers: { 'content-type': type } });
    }),
  ];
}
