import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { EVENT_GROUP_LABELS, TESSERAL_EVENT_NAMES, describeEventName, type AuditLogEventGroup } from '../../model/catalogue.js';
import { eventNamesQuery } from '../../query/on-demand.js';
import { startsWords, words } from '../../search/fold.js';
import { useAuditLogContext, useSlot } from '../context.js';
import { FacetCountText, facetName, useFacetCounts } from './facet-count.js';
import { OptionsStatus } from './options-status.js';

// The groups in the catalogue's order; their names come from the messages.
const GROUP_ORDER = Object.keys(EVENT_GROUP_LABELS) as AuditLogEventGroup[];

/** The event-type popover's content (loaded when the popover first opens). */
export function EventTypeOptions({ single, canList }: { single: boolean; canList: boolean }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages, adapter, filter } = controller;
  const findId = useId();
  const radioName = useId();
  const [find, setFind] = useState('');
  const [byCount, setByCount] = useState(false);
  const names = useQuery(eventNamesQuery(controller, canList), controller.queryClient);
  const countOf = useFacetCounts('eventName');
  const counted = Boolean(adapter.facetEvents);
  const selected = filter.eventNames ?? [];
  const all = canList ? names.data : TESSERAL_EVENT_NAMES;
  const options = useMemo(() => {
    const wanted = words(find);
    // Word starts, in order: "saml upd" finds "SAML connection updated", "users.upd" its name.
    return [...new Set([...(all ?? []), ...selected])]
      .map((name) => describeEventName(name))
      .filter((type) => wanted.length === 0 || startsWords(words(type.label), wanted) || startsWords(words(type.name), wanted));
  }, [all, selected, find]);
  const groups = byCount
    ? // By count: one list, most first (ties by label), each option with its resource beside it.
      [{ group: null, types: [...options].sort((a, b) => (countOf(b.name)?.count ?? -1) - (countOf(a.name)?.count ?? -1) || a.label.localeCompare(b.label)) }]
    : GROUP_ORDER.map((group) => ({ group, types: options.filter((t) => t.group === group) })).filter((g) => g.types.length > 0);

  const set = (next: string[]) => {
    const { eventNames: _, ...rest } = filter;
    controller.setFilter(next.length ? { ...rest, eventNames: next } : rest);
  };
  const toggle = (name: string, on: boolean) => set(on ? [...selected, name] : selected.filter((n) => n !== name));

  return (
    <>
      {single ? <p className={slot('hint')}>{messages.eventTypeSingle}</p> : null}
      <input
        id={findId}
        type="search"
        className={slot('input')}
        aria-label={messages.filterOptions(messages.eventType)}
        placeholder={messages.filterOptions(messages.eventType)}
        value={find}
        onChange={(e) => setFind(e.target.value)}
      />
      {counted ? (
        <button type="button" className={slot('button', 'alv-link')} aria-pressed={byCount} onClick={() => setByCount(!byCount)}>
          {messages.sortByCount}
        </button>
      ) : null}
      <OptionsStatus pending={canList && names.isPending} failed={canList && names.isError} empty={Boolean(all) && groups.length === 0} retry={() => void names.refetch()} />
      <div className="alv-options">
        {groups.map(({ group, types }) => (
          <fieldset key={group ?? 'by-count'} className={slot('optionGroup')}>
            <legend>{group ? messages.eventGroup(group) : messages.sortByCount}</legend>
            {group && !single && types.length > 1 ? (
              <button type="button" className={slot('button', 'alv-link')} onClick={() => set([...new Set([...selected, ...types.map((t) => t.name)])])}>
                {messages.selectGroup(messages.eventGroup(group))}
              </button>
            ) : null}
            {types.map((type) => (
              <label key={type.name} className={slot('option')}>
                <input
                  type={single ? 'radio' : 'checkbox'}
                  name={single ? radioName : undefined}
                  checked={selected.includes(type.name)}
                  aria-label={facetName(messages, `${type.label} ${type.name}`, countOf(type.name))}
                  onChange={(e) => (single ? set([type.name]) : toggle(type.name, e.target.checked))}
                />
                <bdi>{type.label}</bdi> <code className={slot('eventName')} dir="auto">{type.name}</code>
                <FacetCountText count={countOf(type.name)} />
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <button type="button" className={slot('button')} aria-disabled={selected.length === 0} onClick={() => selected.length && set([])}>
        {messages.clear}
      </button>
    </>
  );
}
