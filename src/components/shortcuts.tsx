import { useEffect, useId, useRef, useState } from 'react';
import { useAuditLogContext, useSlot } from './context.js';

// Keys typed into a field are the person's text, never a shortcut.
const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/**
 * The viewer's keyboard shortcuts: `/` focuses search, `j` and `k` move to the next and previous
 * row (or event, with the details open), `Enter` opens, `Escape` closes, `?` lists them in a
 * dialog named "Keyboard shortcuts". They act when focus is inside this viewer, or on the page's
 * body for the first viewer of the page; never while a field (the host's or the viewer's) has
 * focus, and never with Ctrl, Alt or Meta held, so that no key is taken from the host.
 */
export function AuditLogShortcuts() {
  const { controller, targets } = useAuditLogContext();
  const slot = useSlot();
  const [open, setOpen] = useState(false);
  // Where focus was when the list opened: it goes back there when the list closes.
  const before = useRef<HTMLElement | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const state = useRef(controller);
  state.current = controller;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const root = targets.root.current;
      const at = document.activeElement;
      if (!root || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (at instanceof Element && at.closest(EDITABLE)) return;
      const mine = root.contains(at) || ((at === null || at === document.body) && document.querySelector('[data-audit-log-viewer]') === root);
      if (!mine) return;
      const c = state.current;
      if (e.key === '/') {
        e.preventDefault();
        targets.search.current?.focus();
      } else if (e.key === '?') {
        e.preventDefault();
        before.current = at instanceof HTMLElement ? at : null;
        setOpen(true);
      } else if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        if (c.selectedEventId) return void (e.key === 'j' ? c.selectNextEvent() : c.selectPreviousEvent());
        const rows = [...(targets.rows.current?.querySelectorAll<HTMLElement>('tr[data-row]') ?? [])];
        const current = rows.findIndex((row) => row === at || row.contains(at));
        const from = current >= 0 ? current : rows.findIndex((row) => row.tabIndex === 0);
        const to = current < 0 ? Math.max(0, from) : Math.max(0, Math.min(rows.length - 1, from + (e.key === 'j' ? 1 : -1)));
        rows[to]?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [targets]);

  useEffect(() => {
    if (open) dialog.current?.querySelector<HTMLElement>('button')?.focus();
  }, [open]);

  if (!open) return null;
  const { messages } = controller;
  const close = () => {
    setOpen(false);
    before.current?.focus();
  };
  return (
    <div
      ref={dialog}
      role="dialog"
      aria-labelledby={titleId}
      className={slot('popover', 'alv-shortcuts')}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Escape closes this list, not the details behind it.
        e.preventDefault();
        e.nativeEvent.stopImmediatePropagation();
        close();
      }}
    >
      <h2 id={titleId}>{messages.shortcutsTitle}</h2>
      <dl>
        {messages.shortcuts.map(([keys, what]) => (
          <div key={keys}>
            <dt><kbd>{keys}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className={slot('button')} onClick={close}>
        {messages.close}
      </button>
    </div>
  );
}
