import { isolate } from '../../format/bidi.js';
import { listChips, normalizeStringList, type AuditLogFilterField, type AuditLogFilterUrlCodec } from '../field.js';

/** Actor ids (`user_…`, `api_key_…`, …); an event matches if any of its actor ids is listed. */
export const ACTOR_IDS_FIELD: AuditLogFilterField<'actorIds', readonly string[]> = {
  key: 'actorIds',
  control: 'actor',
  isActive: (value) => value.length > 0,
  fit(value, capabilities) {
    if (capabilities.actorIdFilter === 'none') return { value: undefined, refusal: 'This backend cannot filter by actor.' };
    if (capabilities.actorIdFilter === 'single_user' && (value.length > 1 || !value[0]!.startsWith('user_'))) {
      // Tesseral's `filterUserId`: one user, never an API key or another actor.
      const user = value.find((id) => id.startsWith('user_'));
      return { value: user ? [user] : undefined, refusal: 'This backend filters by one user at a time, and not by API keys or other actors.' };
    }
    return { value };
  },
  toList(value, list) {
    list.actorIds = [...value];
    return true;
  },
  chips: (value, { messages, actorName }) => listChips(value, 'actor', (id) => messages.chip(messages.actor, isolate(actorName?.(id) ?? id))),
  list: { key: 'actorIds' },
};

/** The backend's check of `filter.actorIds`: validated, sorted, de-duplicated; `null` when open. */
export const checkActorIds = (raw: unknown): unknown => normalizeStringList(raw, 'actorIds');

/** How `actorIds` is written in a URL (see `readUrlState`): links are untrusted, so what cannot be read is dropped. */
export const ACTOR_IDS_URL: AuditLogFilterUrlCodec<readonly string[]> = {
  read: (params) => {
    const ids = params.all('actor');
    return ids.length ? ids : undefined;
  },
  write: (value, params) => value.forEach((id) => params.append('actor', id)),
};
