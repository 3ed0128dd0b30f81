import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AuditLogExportFormat } from '../../adapter/types.js';
import { isAuditLogError } from '../../errors.js';
import type { ViewerExportResult } from '../../export/viewer-export.js';
import { useAuditLogContext, useSlot } from '../context.js';
import { useOutsideDismiss } from '../use-outside-dismiss.js';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; written: number; total: number | undefined; abort: AbortController }
  | { kind: 'done'; result: ViewerExportResult }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string }
  | { kind: 'empty' };

/**
 * "Export": a menu of CSV and JSON Lines (and a byte-order mark for Excel) that exports every
 * event of the current filter and sort, with a progress bar, "Cancel export", and the manifest
 * offered when it is done. The exporter's code loads on first use.
 */
export function AuditLogExport() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages } = controller;
  const [open, setOpen] = useState(false);
  const [bom, setBom] = useState(false);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  // An export still running when the viewer goes away is stopped.
  const running = state.kind === 'running' ? state.abort : null;
  useEffect(() => () => running?.abort(), [running]);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
  }, [open]);
  // A click elsewhere closes the menu (and so does focus leaving it: see onBlur).
  useOutsideDismiss(open, [menu, button], () => setOpen(false));

  const start = async (format: AuditLogExportFormat) => {
    setOpen(false);
    // The chosen item goes away with the menu: focus returns to the button, not to the page.
    button.current?.focus();
    if (controller.status === 'empty' || controller.status === 'no-match' || controller.searchError !== null) {
      setState({ kind: 'empty' });
      return;
    }
    const abort = new AbortController();
    setState({ kind: 'running', written: 0, total: undefined, abort });
    try {
      const { exportFromViewer } = await import('../../export/viewer-export.js');
      const result = await exportFromViewer({
        adapter: controller.adapter,
        filter: controller.listFilter,
        sort: controller.sort,
        format,
        timeZone: controller.timeZoneSetting,
        timeZoneName: controller.timeZone,
        messages,
        name: controller.exportName,
        bom,
        signal: abort.signal,
        onProgress: (written, total) => setState((s) => (s.kind === 'running' && s.abort === abort ? { ...s, written, total } : s)),
      });
      setState({ kind: 'done', result });
    } catch (error) {
      if (abort.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) setState({ kind: 'cancelled' });
      else if (isAuditLogError(error) && error.code === 'not_found') setState({ kind: 'empty' });
      else setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };

  const busy = state.kind === 'running';
  return (
    <div className={slot('field', 'alv-filter')}>
      <button
        ref={button}
        type="button"
        className={slot('button')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-disabled={busy}
        onClick={() => !busy && setOpen((o) => !o)}
      >
        {messages.export}
      </button>
      {open ? (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={messages.export}
          className={slot('popover', 'alv-menu')}
          onKeyDown={onMenuKey}
          onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== null && setOpen(false)}
        >
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => void start('csv')}>{messages.exportCsv}</button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => void start('jsonl')}>{messages.exportJsonl}</button>
          </li>
          <li role="none">
            <button type="button" role="menuitemcheckbox" aria-checked={bom} tabIndex={-1} onClick={() => setBom((b) => !b)}>{messages.exportBom}</button>
          </li>
        </ul>
      ) : null}
      <ExportStatus state={state} onCancel={() => button.current?.focus()} />
    </div>
  );
}

function ExportStatus({ state, onCancel }: { state: ExportState; onCancel: () => void }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages } = controller;
  if (state.kind === 'idle') return null;
  if (state.kind === 'running') {
    const text = messages.exportWritten(state.written, state.total);
    return (
      <span className="alv-export-status" role="status">
        <progress
          aria-label={messages.exportProgress}
          aria-valuetext={text}
          max={state.total ?? undefined}
          value={state.total === undefined ? undefined : state.written}
        />
        <span>{text}</span>
        <button
          type="button"
          className={slot('button')}
          onClick={() => {
            state.abort.abort();
            // The button goes away with the export: focus moves to Export, which says what happened next to it.
            onCancel();
          }}
        >
          {messages.cancelExport}
        </button>
      </span>
    );
  }
  if (state.kind === 'done') {
    return (
      <span className="alv-export-status" role="status">
        {messages.exportDone(state.result.manifest.rows, state.result.file)}{' '}
        <button type="button" className={slot('button')} onClick={() => state.result.downloadManifest()}>{messages.exportManifest}</button>
      </span>
    );
  }
  return (
    <span className={slot(state.kind === 'failed' ? 'fieldError' : 'hint', 'alv-export-status')} role={state.kind === 'failed' ? 'alert' : 'status'}>
      {state.kind === 'cancelled' ? messages.exportCancelled : state.kind === 'empty' ? messages.exportEmpty : messages.exportFailed(state.reason)}
    </span>
  );
}
