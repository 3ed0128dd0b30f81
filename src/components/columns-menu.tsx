import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { COLUMN_DEFINITIONS } from '../columns/index.js';
import { useAuditLogContext, useSlot } from './context.js';
import { handleMenuKey } from './menu-keys.js';
import { useOutsideDismiss } from './use-outside-dismiss.js';

/**
 * The "Columns" menu: a `menuitemcheckbox` per column (shown ones first, in their order), Alt +
 * Up/Down to move the focused shown column, "Compact rows" and "Relative times". The menu stays open while the
 * person chooses; Escape closes it and gives focus back to the button. The last shown column
 * cannot be hidden (a table of no columns says nothing).
 */
export function AuditLogColumnsMenu({ initiallyOpen = false }: { initiallyOpen?: boolean }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages, visibleColumns, density, timeFormat } = controller;
  const list = controller.columns ?? COLUMN_DEFINITIONS;
  const [open, setOpen] = useState(initiallyOpen);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const hintId = useId();
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    (items.find((item) => item.dataset.column === focusId) ?? items[0])?.focus();
  }, [open, focusId, visibleColumns]);
  useOutsideDismiss(open, [menu, button], () => setOpen(false));

  const hidden = list.filter((column) => !visibleColumns.includes(column.id)).map((column) => column.id);
  const ordered = [...visibleColumns, ...hidden];
  const byId = new Map(list.map((column) => [column.id, column]));
  const toggle = (id: string) => {
    if (visibleColumns.includes(id)) {
      if (visibleColumns.length > 1) controller.setVisibleColumns(visibleColumns.filter((v) => v !== id));
    } else controller.setVisibleColumns([...visibleColumns, id]);
  };
  const move = (id: string, by: number) => {
    const at = visibleColumns.indexOf(id);
    const to = at + by;
    if (at < 0 || to < 0 || to >= visibleColumns.length) return;
    const next = [...visibleColumns];
    [next[at], next[to]] = [next[to]!, next[at]!];
    setFocusId(id);
    controller.setVisibleColumns(next);
  };
  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const column = (document.activeElement as HTMLElement | null)?.dataset.column;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && e.altKey && column) {
      e.preventDefault();
      move(column, e.key === 'ArrowDown' ? 1 : -1);
    } else {
      handleMenuKey(e, menu.current, () => {
        setOpen(false);
        button.current?.focus();
      });
    }
  };

  return (
    <div className={slot('field', 'alv-filter')}>
      <button ref={button} type="button" className={slot('button')} aria-haspopup="menu" aria-expanded={open} aria-controls={open ? menuId : undefined} onClick={() => setOpen((o) => !o)}>
        {messages.columns}
      </button>
      {open ? (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={messages.columns}
          aria-describedby={hintId}
          className={slot('popover', 'alv-menu')}
          onKeyDown={onMenuKey}
          onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== null && setOpen(false)}
        >
          {ordered.map((id) => {
            const shown = visibleColumns.includes(id);
            const last = shown && visibleColumns.length === 1;
            return (
              <li role="none" key={id}>
                <button type="button" role="menuitemcheckbox" data-column={id} aria-checked={shown} aria-disabled={last || undefined} tabIndex={-1} onClick={() => toggle(id)}>
                  {byId.get(id)!.header(messages)}
                </button>
              </li>
            );
          })}
          <li role="separator" />
          <li role="none">
            <button type="button" role="menuitemcheckbox" aria-checked={density === 'compact'} tabIndex={-1} onClick={() => controller.setDensity(density === 'compact' ? 'comfortable' : 'compact')}>
              {messages.compactRows}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitemcheckbox" aria-checked={timeFormat === 'relative'} tabIndex={-1} onClick={() => controller.setTimeFormat(timeFormat === 'relative' ? 'absolute' : 'relative')}>
              {messages.relativeTimes}
            </button>
          </li>
        </ul>
      ) : null}
      <p id={hintId} className={slot('visuallyHidden')}>
        {messages.columnsHint}
      </p>
    </div>
  );
}
