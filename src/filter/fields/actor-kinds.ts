import { ACTOR_KINDS, isActorKind, type AuditLogActorKind } from '../../model/actor.js';
import { badFilter, listChips, normalizeStringList, type AuditLogFilterField } from '../field.js';

/** Actor kinds; an event matches if its derived actor kind is listed. */
export const ACTOR_KINDS_FIELD: AuditLogFilterField<'actorKinds', readonly AuditLogActorKind[]> = {
  key: 'actorKinds',
  control: 'actor',
  isActive: (value) => value.length > 0,
  fit: (value, capabilities) => (capabilities.actorKindFilter ? { value } : { value: undefined, refusal: 'This backend cannot filter by actor kind.' }),
  toList(value, list) {
    list.actorKinds = [...value];
    return true;
  },
  url: {
    read: (params) => {
      const kinds = params.all('kind').filter(isActorKind);
      return kinds.length ? kinds : undefined;
    },
    write: (value, params) => value.forEach((kind) => params.append('kind', kind)),
  },
  chips: (value, { messages }) => listChips(value, 'kind', (kind) => messages.chip(messages.actor, messages.actorKindName(kind))),
  list: {
    key: 'actorKinds',
    normalize(raw) {
      const kinds = normalizeStringList(raw, 'actorKinds');
      kinds?.forEach((kind) => {
        if (!isActorKind(kind)) throw badFilter(`filter.actorKinds has "${kind}", which is not one of ${ACTOR_KINDS.join(', ')}.`);
      });
      return kinds;
    },
  },
};
