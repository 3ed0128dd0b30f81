import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { AuditLogActorInfo } from '../../adapter/types.js';
import { revealControls } from '../../format/bidi.js';
import { ACTOR_KINDS, type AuditLogActorKind } from '../../model/actor.js';
import { actorSearchQuery } from '../../query/on-demand.js';
import { auditLogKeys } from '../../query/keys.js';
import { useAuditLogContext, useSlot } from '../context.js';
import { FacetCountText, facetName, useFacetCounts, type FacetCount } from './facet-count.js';
import { OptionsStatus } from './options-status.js';
import { SEARCH_DEBOUNCE_MS } from './search-box.js';

const SUGGESTIONS = 20;

/** The actor popover's content (loaded when the popover first opens). */
export function ActorOptions() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages, capabilities, adapter, filter } = controller;
  const ids = filter.actorIds ?? [];
  const kinds = filter.actorKinds ?? [];
  const update = (next: { actorIds?: string[]; actorKinds?: AuditLogActorKind[] }) => {
    const { actorIds: _i, actorKinds: _k, ...rest } = filter;
    const actorIds = next.actorIds ?? [...ids];
    const actorKinds = next.actorKinds ?? [...kinds];
    controller.setFilter({ ...rest, ...(actorIds.length ? { actorIds } : {}), ...(actorKinds.length ? { actorKinds } : {}) });
  };
  const single = capabilities.actorIdFilter === 'single_user';
  const countOf = useFacetCounts('actorId');
  const toggleId = (id: string, on: boolean) => update({ actorIds: on ? (single ? [id] : [...ids, id]) : ids.filter((x) => x !== id) });
  return (
    <>
      {capabilities.actorIdFilter !== 'none' ? (
        <fieldset className={slot('optionGroup')}>
          <legend>{messages.actorSearch}</legend>
          {adapter.searchActors ? <ActorSearch selected={ids} onToggle={toggleId} usersOnly={single} countOf={countOf} /> : <ActorIdInput onAdd={(id) => toggleId(id, true)} userOnly={single} />}
          {ids.map((id) => (
            <label key={id} className={slot('option')}>
              <input type="checkbox" checked onChange={() => toggleId(id, false)} aria-label={facetName(messages, revealControls(id), countOf(id))} />
              <code dir="ltr">{revealControls(id)}</code>
              <FacetCountText count={countOf(id)} />
            </label>
          ))}
        </fieldset>
      ) : null}
      {capabilities.actorKindFilter ? (
        <fieldset className={slot('optionGroup')}>
          <legend>{messages.actorKinds}</legend>
          {ACTOR_KINDS.map((kind) => (
            <label key={kind} className={slot('option')}>
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(e) => update({ actorKinds: e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind) })}
              />
              {messages.actorKindName(kind)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="button" className={slot('button')} aria-disabled={ids.length + kinds.length === 0} onClick={() => ids.length + kinds.length && update({ actorIds: [], actorKinds: [] })}>
        {messages.clear}
      </button>
    </>
  );
}

function actorText(actor: AuditLogActorInfo): string {
  return [actor.displayName, actor.email].filter(Boolean).join(' · ') || actor.id;
}

function ActorSearch({ selected, onToggle, usersOnly, countOf }: { selected: readonly string[]; onToggle: (id: string, on: boolean) => void; usersOnly: boolean; countOf: (id: string) => FacetCount }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages, adapter } = controller;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useQuery(actorSearchQuery(controller, query, SUGGESTIONS), controller.queryClient);
  return (
    <>
      <input
        type="search"
        className={slot('input')}
        aria-label={messages.filterOptions(messages.actor)}
        placeholder={messages.filterOptions(messages.actor)}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <OptionsStatus pending={found.isPending} failed={found.isError} empty={found.data !== undefined && found.data.every((actor) => usersOnly && actor.kind !== 'user')} retry={() => void found.refetch()} />
      {found.data
        // A backend that filters by user only (Tesseral's filterUserId) offers only people to pick.
        ?.filter((actor) => !selected.includes(actor.id) && (!usersOnly || actor.kind === 'user'))
        .map((actor) => (
          <label key={actor.id} className={slot('option')}>
            <input
              type="checkbox"
              checked={false}
              aria-label={facetName(messages, actorText(actor), countOf(actor.id))}
              onChange={() => {
                // Its name is known now: the chip shows it (and a row of it needs no lookup).
                controller.queryClient.setQueryData(auditLogKeys.actor(adapter.id, controller.scope, actor.kind, actor.id), actor);
                onToggle(actor.id, true);
              }}
            />
            <bdi>{actorText(actor)}</bdi>
            <FacetCountText count={countOf(actor.id)} />
          </label>
        ))}
    </>
  );
}

function ActorIdInput({ onAdd, userOnly }: { onAdd: (id: string) => void; userOnly: boolean }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages } = controller;
  const inputId = useId();
  const [text, setText] = useState('');
  const id = text.trim();
  const valid = /^[a-z_]+_[A-Za-z0-9]+$/.test(id) && (!userOnly || id.startsWith('user_'));
  const add = () => {
    if (!valid) return;
    onAdd(id);
    setText('');
  };
  return (
    <span className="alv-inline">
      <input
        id={inputId}
        className={slot('input')}
        aria-label={messages.actorIdHint}
        placeholder={messages.actorIdHint}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && add()}
      />
      <button type="button" className={slot('button')} aria-disabled={!valid} onClick={add}>
        {messages.actorIdAdd}
      </button>
    </span>
  );
}
