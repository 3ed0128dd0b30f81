import { http, HttpResponse } from 'msw';
import type { AuditLogActorInfo, AuditLogAdapter, AuditLogExportFormat } from '../../adapter/types.js';
import { FULL_CAPABILITIES } from '../../adapter/capabilities.js';
import { isAuditLogError } from '../../errors.js';
import { createCsvContext } from '../../export/csv-context.js';
import { runExport } from '../../export/exporter.js';
import { DEFAULT_MESSAGES } from '../../format/messages.js';
import type { AuditLogActorKind } from '../../model/actor.js';
import type { AuditLogSort } from '../../model/event.js';
import type { AuditLogListFilter } from '../../model/query.js';
import { isPlainObject } from '../../model/validate.js';
import type { MockDatabase } from '../database.js';
import type { MockOrganization } from '../generate.js';

interface Job {
  organizationId: string;
  state: 'running' | 'done' | 'failed';
  written: number;
  total?: number;
  error?: string;
  format: AuditLogExportFormat;
  chunks: Uint8Array[];
  /** A one-time secret in the download URL, so the link works without the bearer token. */
  secret: string;
}

/**
 * A server-side export, as WorkOS-style backends offer it: `POST /exports` starts a job for a
 * filter, `GET /exports/{id}` tells its progress, and `GET /exports/{id}/download?secret=…` gives
 * the file. The job writes with the same exporter as the viewer, page by page from the engine, so
 * both paths make the same bytes. Jobs live in this handler set (one per mock server).
 */
export function exportJobHandlers(
  base: string,
  db: MockDatabase,
  guard: (request: Request) => Promise<MockOrganization | Response>,
  lookupActor: (org: MockOrganization, kind: AuditLogActorKind, id: string) => AuditLogActorInfo | null,
  restError: (code: string, message: string) => Response,
) {
  const jobs = new Map<string, Job>();
  let next = 0;
  return [
    http.post(`*${base}/exports`, async ({ request }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      const body: unknown = await request.json().catch(() => undefined);
      if (!isPlainObject(body) || (body.format !== 'csv' && body.format !== 'jsonl')) {
        return restError('invalid_request', 'the body must be {"filter": {…}, "sort": "newest"|"oldest", "format": "csv"|"jsonl", "timeZone"?: "…"}');
      }
      const filter = (isPlainObject(body.filter) ? body.filter : {}) as AuditLogListFilter;
      const sort = (body.sort === 'oldest' ? 'oldest' : 'newest') as AuditLogSort;
      const timeZone = typeof body.timeZone === 'string' ? body.timeZone : 'UTC';
      const id = `export_${(++next).toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
      const job: Job = { organizationId: org.id, state: 'running', written: 0, format: body.format, chunks: [], secret: Math.random().toString(36).slice(2) };
      jobs.set(id, job);
      const engineAdapter: AuditLogAdapter = {
        id: 'mock-export',
        capabilities: { ...FULL_CAPABILITIES, search: true, pageSizes: [1000] },
        listEvents: async (r) => {
          // A job takes a moment per page, so that its progress can be seen.
          await new Promise((resolve) => setTimeout(resolve, 20));
          return db.engine.list({ filter: r.filter, sort: r.sort, pageSize: r.pageSize, cursor: r.cursor, organizationId: org.id });
        },
      };
      const csv = createCsvContext(timeZone, DEFAULT_MESSAGES, async (refs) =>
        refs.map((ref) => lookupActor(org, ref.kind, ref.id)).filter((info): info is AuditLogActorInfo => info !== null),
      );
      void runExport({
        adapter: engineAdapter,
        filter,
        sort,
        format: body.format,
        csv,
        beforePage: csv.beforePage,
        signal: new AbortController().signal,
        sink: { write: async (chunk) => void job.chunks.push(chunk), close: async () => undefined, abort: async () => void (job.chunks = []) },
        onProgress: (written) => (job.written = written),
      }).then(
        () => (job.state = 'done'),
        (error: unknown) => {
          // Nothing matched: the job is done, with no rows (the viewer says so; no file is offered).
          if (isAuditLogError(error) && error.code === 'not_found') {
            job.state = 'done';
            job.written = 0;
            return;
          }
          job.state = 'failed';
          job.error = isAuditLogError(error) ? error.message : String(error);
        },
      );
      return HttpResponse.json({ jobId: id }, { status: 202 });
    }),
    http.get(`*${base}/exports/:jobId`, async ({ request, params }) => {
      const org = await guard(request);
      if (org instanceof Response) return org;
      const job = jobs.get(String(params.jobId));
      if (!job || job.organizationId !== org.id) return restError('not_found', 'export job not found');
      const downloadUrl = job.state === 'done' ? `${new URL(request.url).origin}${base}/exports/${String(params.jobId)}/download?secret=${job.secret}` : undefined;
      return HttpResponse.json({ state: job.state, written: job.written, ...(downloadUrl ? { downloadUrl } : {}), ...(job.error ? { error: job.error } : {}) });
    }),
    http.get(`*${base}/exports/:jobId/download`, ({ request, params }) => {
      const job = jobs.get(String(params.jobId));
      if (!job || job.state !== 'done' || new URL(request.url).searchParams.get('secret') !== job.secret) return restError('not_found', 'export file not found');
      const type = job.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson';
      return new HttpResponse(new Blob(job.chunks as BlobPart[]), { headers: { 'content-type': type } });
    }),
  ];
}
