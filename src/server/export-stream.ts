import { AuditLogError } from '../errors.js';
import { EXPORT_FORMATS, isExportFormat } from '../export/formats.js';
import { LIMITS } from '../limits.js';
import type { RouteContext } from './context.js';
import { exportRequest } from './requests.js';
import { restError } from './respond.js';
import type { Route } from './router.js';
import { exportFromStore } from './store-export.js';

/**
 * `GET /events/export?format=csv|jsonl&…filter`: the whole export as one streamed download, for
 * an auditor's script or a file of any size (an export job keeps its file in memory, so it is
 * capped). The body is written as the client reads it: each page of 1,000 is read from the store
 * when the one before has been taken, so a slow reader holds the export back and a client that
 * goes away stops it. Nothing to export is a 404 before any byte; a failure after the first byte
 * ends the transfer with an error, so that no cut-short file looks complete. An organization has
 * at most a few streams open at once (src/limits.ts), counted per handler.
 */
export function exportStreamRoute(): Route<RouteContext> {
  // Streams open now, by organization: each holds a few pages while its reader takes them.
  const open = new Map<string, number>();
  return {
    method: 'GET',
    path: '/events/export',
    run: async (context) => {
      const { request, url, scope, store } = context;
      const { filter, sort, format, timeZone } = exportRequest(url);
      if (!isExportFormat(format)) return restError('invalid_request', `format must be one of ${Object.keys(EXPORT_FORMATS).map((f) => JSON.stringify(f)).join(', ')}`);
      // One event is enough to know there is a file to give (and the filter is one the store reads).
      if (!(await store.list(scope, { filter, sort, pageSize: 1, cursor: null })).events.length) return restError('not_found', 'no events match this filter: there is nothing to export');
      // Counted after the last wait, so that two requests at once cannot both take the last place.
      const running = open.get(scope.organizationId) ?? 0;
      if (running >= LIMITS.exportStreamsPerOrganization) {
        return restError('rate_limited', `this organization has ${running} streamed exports open already (at most ${LIMITS.exportStreamsPerOrganization}): wait for one to end`, 429);
      }
      open.set(scope.organizationId, running + 1);
      const release = () => {
        const left = (open.get(scope.organizationId) ?? 1) - 1;
        if (left > 0) open.set(scope.organizationId, left);
        else open.delete(scope.organizationId);
      };
      const stop = new AbortController();
      request.signal?.addEventListener('abort', () => stop.abort(), { once: true });
      // No queue of its own: a write waits until the reader has taken the chunk before it.
      const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>(undefined, { highWaterMark: 1 }, { highWaterMark: 0 });
      const writer = writable.getWriter();
      void exportFromStore(context, { filter, sort, format, timeZone }, {
        signal: stop.signal,
        sink: {
          write: async (chunk) => {
            await writer.ready;
            await writer.write(chunk);
          },
          close: () => writer.close(),
          abort: async () => {
            await writer.abort(new AuditLogError('aborted', 'the export failed')).catch(() => undefined);
          },
        },
        // A failure ends the stream (the sink's abort, above); the reader going away rejects a write and ends the export.
      })
        .catch(() => undefined)
        .finally(release);
      const date = new Date().toISOString().slice(0, 10);
      return new Response(readable, {
        headers: {
          'content-type': `${EXPORT_FORMATS[format].mime}; charset=utf-8`,
          'content-disposition': `attachment; filename="audit-log-${date}.${EXPORT_FORMATS[format].extension}"`,
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        },
      });
    },
  };
}
