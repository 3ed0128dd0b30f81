import { deriveActor } from '../model/actor.js';
import { ACTOR_ID_FIELDS } from '../model/event.js';
import type { AuditLogColumnDefinition } from './column.js';

/** Who did it: the actor's kind, every actor id the event has, and the actor's name. */
export const ACTOR_COLUMN: AuditLogColumnDefinition = {
  id: 'actor',
  header: (messages) => messages.columnActor,
  text: (event) => deriveActor(event).id ?? deriveActor(event).kind,
  csv: {
    headers: ['actorKind', ...ACTOR_ID_FIELDS, 'actorName'],
    cells: (event, context) => [deriveActor(event).kind, ...ACTOR_ID_FIELDS.map((field) => event[field] ?? ''), context.actorName(event)],
  },
};
