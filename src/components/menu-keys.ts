import type { KeyboardEvent } from 'react';

/**
 * The keys of a menu (Export, Columns, Views): Up and Down move among its items, round, and
 * Escape closes it (the caller gives focus back to its button). Returns whether the key was a
 * menu key, so that a menu with keys of its own handles the rest.
 */
export function handleMenuKey(e: KeyboardEvent, menu: HTMLElement | null, close: () => void): boolean {
  if (e.key === 'Escape') {
    e.preventDefault();
    close();
    return true;
  }
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return false;
  e.preventDefault();
  const items = [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const at = items.indexOf(document.activeElement as HTMLElement);
  items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  return true;
}
