import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AuditLogExportFormat } from '../../adapter/types.js';
import { EXPORT_FORMAT_LIST } from '../../export/formats.js';
import { useAuditLogExport, type AuditLogExportState } from '../../state/use-audit-log-export.js';
import { useAuditLogContext, useSlot } from '../context.js';
import { handleMenuKey } from '../menu-keys.js';
import { useOutsideDismiss } from '../use-outside-dismiss.js';
import { EXPORT_MESSAGES } from '../../format/messages/export.js';
import { usePartMessages } from '../use-part-messages.js';

/**
 * The Export button's menu of CSV and JSON Lines (and a byte-order mark for Excel), the progress
 * bar, "Cancel export" and the manifest: loaded when the button is first used (see AuditLogExport).
 */
export function ExportMenu({ initiallyOpen }: { initiallyOpen: boolean }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const messages = usePartMessages(EXPORT_MESSAGES);
  const [open, setOpen] = useState(initiallyOpen);
  const [bom, setBom] = useState(false);
  const exporting = useAuditLogExport(controller);
  const { state } = exporting;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
  }, [open]);
  // A click elsewhere closes the menu (and so does focus leaving it: see onBlur).
  useOutsideDismiss(open, [menu, button], () => setOpen(false));

  const start = (format: AuditLogExportFormat) => {
    setOpen(false);
    // The chosen item goes away with the menu: focus returns to the button, not to the page.
    button.current?.focus();
    void exporting.start(format, { bom });
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) =>
    void handleMenuKey(e, menu.current, () => {
      setOpen(false);
      button.current?.focus();
    });

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
          {EXPORT_FORMAT_LIST.map((format) => (
            <li role="none" key={format.id}>
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => start(format.id)}>{format.label(messages)}</button>
            </li>
          ))}
          <li role="none">
            <button type="button" role="menuitemcheckbox" aria-checked={bom} tabIndex={-1} onClick={() => setBom((b) => !b)}>{messages.exportBom}</button>
          </li>
        </ul>
      ) : null}
      <ExportStatus state={state} onCancel={() => button.current?.focus()} />
    </div>
  );
}

function ExportStatus({ state, onCancel }: { state: AuditLogExportState; onCancel: () => void }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const messages = usePartMessages(EXPORT_MESSAGES);
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
