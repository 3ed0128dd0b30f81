import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { EVENT_GROUP_LABELS, TESSERAL_EVENT_NAMES, describeEventName, type AuditLogEventGroup } from '../../model/catalogue.js';
import { eventNamesQuery } from '../../query/options.js';
import { containsWords, words } from '../../search/fold.js';
import { useAuditLogContext, useSlot } from '../context.js';
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
  const names = useQuery(eventNamesQuery(controller, canList), controller.queryClient);
  const selected = filter.eventNames ?? [];
  const all = canList ? names.data : TESSERAL_EVENT_NAMES;
  const groups = useMemo(() => {
    const wanted = words(find);
    const options = [...new Set([...(all ?? []), ...selected])]
      .map((name) => describeEventName(name))
      .filter((type) => wanted.length === 0 || containsWords(words(`${type.label} ${type.name}`), wanted) || containsWords(words(type.name), wanted));
    return GROUP_ORDER.map((group) => ({ group, types: options.filter((t) => t.group === group) })).filter((g) => g.types.length > 0);
  }, [all, selected, find]);

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
      <OptionsStatus pending={canList && names.isPending} failed={canList && names.isError} empty={Boolean(all) && groups.length === 0} retry={() => void names.refetch()} />
      <div className="alv-options">
        {groups.map(({ group, types }) => (
          <fieldset key={group} className={slot('optionGroup')}>
            <legend>{messages.eventGroup(group)}</legend>
            {!single && types.length > 1 ? (
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
                  onChange={(e) => (single ? set([type.name]) : toggle(type.name, e.target.checked))}
                />
                <bdi>{type.label}</bdi> <code className={slot('eventName')} dir="auto">{type.name}</code>
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
