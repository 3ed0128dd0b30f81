import { lazy, Suspense, useState } from 'react';
import { useAuditLogContext, useSlot } from '../context.js';

// The menu, the progress and the export flow load when the button is first used (and start
// loading when the pointer or focus reaches it): nothing of them is needed for the first rows.
const load = () => import('./export-menu.js');
const ExportMenu = lazy(() => load().then((m) => ({ default: m.ExportMenu })));

/**
 * "Export": a menu of CSV and JSON Lines (and a byte-order mark for Excel) that exports every
 * event of the current filter and sort, with a progress bar, "Cancel export", and the manifest
 * offered when it is done. Its code, and the exporter's, load on first use.
 */
export function AuditLogExport() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const [used, setUsed] = useState(false);
  const preload = () => void load();
  const button = (
    <div className={slot('field', 'alv-filter')}>
      <button type="button" className={slot('button')} aria-haspopup="menu" aria-expanded={false} onPointerEnter={preload} onFocus={preload} onClick={() => setUsed(true)}>
        {controller.messages.export}
      </button>
    </div>
  );
  if (!used) return button;
  return (
    <Suspense fallback={button}>
      <ExportMenu initiallyOpen />
    </Suspense>
  );
}
