import { englishSummary } from '../describe/summary.js';
import type { AuditLogEvent } from '../model/event.js';
import { useActorLookup } from '../state/use-actor-name.js';
import { useAuditLogContext, useSlot } from './context.js';
import { useDetailNames } from './details/use-detail-names.js';

/** The Summary column's cell: the same sentence as the details panel, names looked up alike. */
export function SummaryCell({ event }: { event: AuditLogEvent }) {
  const { controller } = useAuditLogContext();
  const { messages } = controller;
  const slot = useSlot();
  const { shown } = useActorLookup(controller, event);
  const names = useDetailNames(event);
  const actor = shown.hidden ? messages.actorSomeone : (shown.text ?? shown.id ?? messages.actorSystem);
  return <bdi className={slot('summary')}>{(messages.summary ?? englishSummary)(event, { actor, name: names.name, role: names.role })}</bdi>;
}
