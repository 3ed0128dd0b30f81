import { lazy, Suspense } from 'react';
import { useAuditLogContext } from '../context.js';

// The panel's code (diff, summaries, JSON tree) loads when a person first opens an event: a host
// pays for it only then, not on the page's first load.
const DetailsPanel = lazy(() => import('./details-panel.js').then((m) => ({ default: m.DetailsPanel })));

/**
 * The open event's details, as a side panel (`role="dialog"`, named by the event's label): what
 * happened in a sentence, who did it, what changed field by field, and the raw event. Previous
 * and Next (buttons, or the Up and Down arrows) walk the whole result across pages; Escape or
 * Close returns focus to the event's row. An event that is not on the page is loaded by id; an
 * unknown id says "Event not found".
 */
export function AuditLogDetails() {
  const { controller } = useAuditLogContext();
  const id = controller.selectedEventId;
  if (id === null) return null;
  return (
    <Suspense fallback={null}>
      <DetailsPanel id={id} />
    </Suspense>
  );
}
