import { lazyMenuButton } from './lazy-menu-button.js';

/**
 * "Columns": show, hide and reorder the table's columns, and "Compact rows" (the menu loads on
 * first use; see `AuditLogColumnsMenu`).
 */
export const AuditLogColumns = lazyMenuButton(
  () => import('./columns-menu.js').then((m) => () => <m.AuditLogColumnsMenu initiallyOpen />),
  (messages) => messages.columns,
);
