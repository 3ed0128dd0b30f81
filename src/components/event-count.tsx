import { useAuditLogContext, useSlot } from './context.js';

/**
 * How many events match the filter ("2,341 events", "More than 10,000 events"), a polite status
 * named "Matching events". Shown only where the adapter counts (`countEvents`): a backend that
 * cannot count (Tesseral) gets no number, rather than the count of the page pretending to be one.
 */
export function AuditLogEventCount() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { count, messages } = controller;
  if (!controller.adapter.countEvents) return null;
  return (
    <span role="status" aria-label={messages.matchingEvents} className={slot('pageStatus', 'alv-count')}>
      {count ? messages.eventCount(count.count, count.exact) : controller.countFailed ? messages.countFailed : ''}
    </span>
  );
}
