import { ACTOR_KINDS, isActorKind, type AuditLogActorKind } from '../../model/actor.js';
import { badFilter, listChips, normalizeStringList, type AuditLogFilterField, type AuditLogFilterUrlCodec } from '../field.js';

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
  chips: (value, { messages }) => listChips(value, 'kind', (kind) => messages.chip(messages.actor, messages.actorKindName(kind))),
  list: { key: 'actorKinds' },
};

/** The backend's check of `filter.actorKinds`, naming what is wrong. */
export function checkActorKinds(raw: unknown): unknown {
  const kinds = normalizeStringList(raw, 'actorKinds');
  kinds?.forEach((kind) => {
    if (!isActorKind(kind)) throw badFilter(`filter.actorKinds has "${kind}", which is not one of ${ACTOR_KINDS.join(', ')}.`);
  });
  return kinds;
}

/** How `actorKinds` is written in a URL (see `readUrlState`): links are untrusted, so what cannot be read is dropped. */
export const ACTOR_KINDS_URL: AuditLogFilterUrlCodec<readonly AuditLogActorKind[]> = {
  read: (params) => {
    const kinds = params.all('kind').filter(isActorKind);
    return kinds.length ? kinds : undefined;
  },
  write: (value, params) => value.forEach((kind) => params.append('kind', kind)),
};
