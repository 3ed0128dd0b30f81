import { lazyMenuButton } from '../lazy-menu-button.js';

/**
 * "Export": a menu of CSV and JSON Lines (and a byte-order mark for Excel) that exports every
 * event of the current filter and sort, with a progress bar, "Cancel export", and the manifest
 * offered when it is done. Its code, and the exporter's, load on first use.
 */
export const AuditLogExport = lazyMenuButton(
  () => import('./export-menu.js').then((m) => () => <m.ExportMenu initiallyOpen />),
  (messages) => messages.export,
);
