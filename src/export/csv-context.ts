import type { AuditLogActorInfo, AuditLogActorRef } from '../adapter/types.js';
import { AuditLogError } from '../errors.js';
import { describeActor } from '../format/actor.js';
import type { AuditLogControllerMessages } from '../format/core-messages.js';
import { createTimeFormatter, type AuditLogTimeZone } from '../format/time.js';
import { deriveActor, type AuditLogActorKind } from '../model/actor.js';
import { describeEventName } from '../model/catalogue.js';
import type { AuditLogEvent } from '../model/event.js';
import type { CsvRowContext } from './columns.js';

/**
 * The CSV's time and actor columns, the same wherever the file is made (the viewer streaming it,
 * or a backend's export job): the time in a zone with its label, and the actor as the table names
 * it, from names looked up one page at a time.
 */
export function createCsvContext(
  timeZone: AuditLogTimeZone,
  messages: AuditLogControllerMessages,
  lookup?: (refs: AuditLogActorRef[]) => Promise<AuditLogActorInfo[]>,
  /** The actor kinds the backend never reports (`capabilities.hiddenActors`): a missing actor is then "No actor given". */
  hiddenActors: readonly AuditLogActorKind[] = [],
  /**
   * The kinds `lookup` can name (`capabilities.actorLookup`): an actor of these it did not answer
   * for is a failed lookup, retried with the page, never written as a bare id (the same export
   * twice must give the same bytes). Default: every kind, so a missing one is only left unnamed
   * when the kinds are not given.
   */
  lookupKinds?: readonly AuditLogActorKind[],
): CsvRowContext & { beforePage(events: readonly AuditLogEvent[]): Promise<void> } {
  const format = createTimeFormatter(timeZone);
  const known = new Map<string, AuditLogActorInfo | null>();
  const labels = new Map<string, string>();
  const key = (ref: AuditLogActorRef) => `${ref.kind}:${ref.id}`;
  return {
    localTime: format,
    label(eventName) {
      let label = labels.get(eventName);
      if (label === undefined) labels.set(eventName, (label = describeEventName(eventName).label));
      return label;
    },
    actorName(event) {
      const actor = deriveActor(event);
      const info = actor.id ? known.get(key({ kind: actor.kind, id: actor.id })) : undefined;
      const shown = describeActor(actor, info ?? undefined, false, messages, hiddenActors);
      return `${shown.text ?? shown.id ?? ''}${shown.deleted ? ` (${messages.actorDeleted})` : ''}`;
    },
    async beforePage(events) {
      if (!lookup) return;
      const refs = new Map<string, AuditLogActorRef>();
      for (const event of events) {
        const actor = deriveActor(event);
        if (actor.id && !known.has(key({ kind: actor.kind, id: actor.id }))) refs.set(key({ kind: actor.kind, id: actor.id }), { kind: actor.kind, id: actor.id });
      }
      if (refs.size === 0) return;
      const infos = await lookup([...refs.values()]);
      const answered = new Set(infos.map(key));
      const missing = lookupKinds ? [...refs.values()].filter((ref) => lookupKinds.includes(ref.kind) && !answered.has(key(ref))) : [];
      if (missing.length) throw new AuditLogError('server', `Looking up the names of ${missing.length} actors failed.`);
      for (const ref of refs.values()) known.set(key(ref), null);
      for (const info of infos) known.set(key(info), info);
    },
  };
}
