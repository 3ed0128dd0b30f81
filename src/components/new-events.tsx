import { lazy, Suspense } from 'react';
import { useAuditLogContext, useOwnClass } from './context.js';

const NewEventsLive = lazy(() => import('./new-events-live.js').then((m) => ({ default: m.NewEventsLive })));

/**
 * Live updates (with the viewer's `liveUpdates`): polls the newest page and, when events have
 * arrived above the first row, offers "Show 3 new events" in a polite live region, so a screen
 * reader hears it and the rows never move until the person asks. Nothing where live updates are
 * off (its code is not even loaded), the order is oldest first, or no event is shown yet.
 */
export function AuditLogNewEvents() {
  const { controller } = useAuditLogContext();
  const own = useOwnClass();
  if (controller.live === null) return null;
  const region = <div aria-live="polite" className={own('alv-new-events')} />;
  return (
    <Suspense fallback={region}>
      <NewEventsLive />
    </Suspense>
  );
}
