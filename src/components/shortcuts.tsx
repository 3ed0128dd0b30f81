import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAuditLogContext } from './context.js';

// The list's code loads when `?` first asks for it: the first rows pay only for the keys.
const ShortcutsList = lazy(() => import('./shortcuts-list.js').then((m) => ({ default: m.ShortcutsList })));

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
  const [open, setOpen] = useState(false);
  // Where focus was when the list opened: it goes back there when the list closes.
  const before = useRef<HTMLElement | null>(null);
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

  if (!open) return null;
  const close = () => {
    setOpen(false);
    before.current?.focus();
  };
  return (
    <Suspense fallback={null}>
      <ShortcutsList onClose={close} />
    </Suspense>
  );
}
