import { useCallback, useEffect, useState } from 'react';
import type { AuditLogExportFormat } from '../adapter/types.js';
import { isAuditLogError } from '../errors.js';
import type { ViewerExportResult } from '../export/viewer-export.js';
import type { AuditLogController } from './use-audit-log.js';

/** Where an export stands: not started, writing (with its progress), finished, cancelled, failed, or nothing to export. */
export type AuditLogExportState =
  | { kind: 'idle' }
  | { kind: 'running'; written: number; total: number | undefined; abort: AbortController }
  | { kind: 'done'; result: ViewerExportResult }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string }
  | { kind: 'empty' };

/** The export flow of a viewer, for the Export button or a host's own controls. */
export interface AuditLogExportFlow {
  state: AuditLogExportState;
  /**
   * Exports every event of the viewer's current filter and sort (not only the page shown), as the
   * Export button does: streamed to a file the browser saves, through the backend's export jobs
   * where the adapter offers them. `bom` starts a CSV with a byte-order mark, for Excel.
   */
  start(format: AuditLogExportFormat, options?: { bom?: boolean }): Promise<void>;
  /** Stops a running export; no file that looks complete is left. */
  cancel(): void;
}

/**
 * The export flow as a hook: the same state machine as the viewer's Export button, so that a
 * headless host can offer export without rebuilding it. A running export stops when the
 * component goes away. The exporter's code loads on the first `start`.
 *
 * @example
 * ```tsx
 * const log = useAuditLog({ adapter });
 * const exporting = useAuditLogExport(log);
 * <button onClick={() => exporting.start('csv')}>Export CSV</button>
 * {exporting.state.kind === 'running' ? <progress value={exporting.state.written} /> : null}
 * ```
 */
export function useAuditLogExport(controller: AuditLogController): AuditLogExportFlow {
  const [state, setState] = useState<AuditLogExportState>({ kind: 'idle' });
  const running = state.kind === 'running' ? state.abort : null;
  useEffect(() => () => running?.abort(), [running]);
  const { adapter, listFilter, sort, timeZoneSetting, timeZone, messages, exportName, status, searchError, columns, count } = controller;
  // The count, when exact, is the export's total: progress reads "n of N".
  const known = count?.exact ? count.count : undefined;
  const start = useCallback(
    async (format: AuditLogExportFormat, options: { bom?: boolean } = {}) => {
      if (status === 'empty' || status === 'no-match' || searchError !== null || listFilter === null) {
        setState({ kind: 'empty' });
        return;
      }
      const abort = new AbortController();
      setState({ kind: 'running', written: 0, total: undefined, abort });
      try {
        const { exportFromViewer } = await import('../export/viewer-export.js');
        const result = await exportFromViewer({
          adapter,
          filter: listFilter,
          sort,
          format,
          timeZone: timeZoneSetting,
          timeZoneName: timeZone,
          messages,
          name: exportName,
          bom: options.bom ?? false,
          columns,
          signal: abort.signal,
          onProgress: (written, total) => setState((s) => (s.kind === 'running' && s.abort === abort ? { ...s, written, total: total ?? known } : s)),
        });
        setState({ kind: 'done', result });
      } catch (error) {
        if (abort.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) setState({ kind: 'cancelled' });
        else if (isAuditLogError(error) && error.code === 'not_found') setState({ kind: 'empty' });
        else setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      }
    },
    [adapter, listFilter, sort, timeZoneSetting, timeZone, messages, exportName, status, searchError, columns, known],
  );
  const cancel = useCallback(() => running?.abort(), [running]);
  return { state, start, cancel };
}
