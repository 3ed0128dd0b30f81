import type { AuditLogFilter } from '../../filter/types.js';
import { isolate, withoutIsolates } from '../../format/bidi.js';
import { describeEventName } from '../../model/catalogue.js';
import { useAuditLogContext, useSlot, type AuditLogFocusTargets } from '../context.js';
import { useTimeFilterText } from './time-range-filter.js';

/** One active filter as a person reads it, and the filter without it. */
export interface AuditLogFilterChip {
  key: string;
  /** The chip as shown, its event-controlled value isolated (see `isolate`). */
  text: string;
  without: AuditLogFilter;
}

/** The active filters as chips (each removable), in the order of the toolbar. */
export function useFilterChips(): AuditLogFilterChip[] {
  const { controller } = useAuditLogContext();
  const timeText = useTimeFilterText();
  const { messages, filter } = controller;
  const chips: AuditLogFilterChip[] = [];
  const drop = <K extends keyof AuditLogFilter>(key: K, value?: unknown): AuditLogFilter => {
    const { [key]: current, ...rest } = filter;
    if (value === undefined || !Array.isArray(current)) return rest;
    const left = (current as readonly unknown[]).filter((v) => v !== value);
    return left.length ? { ...rest, [key]: left } : rest;
  };
  if (filter.search?.trim()) chips.push({ key: 'search', text: messages.chip(messages.searchChip, isolate(filter.search.trim())), without: drop('search') });
  for (const name of filter.eventNames ?? []) {
    chips.push({ key: `event:${name}`, text: messages.chip(messages.eventType, isolate(describeEventName(name).label)), without: drop('eventNames', name) });
  }
  for (const id of filter.actorIds ?? []) chips.push({ key: `actor:${id}`, text: messages.chip(messages.actor, isolate(id)), without: drop('actorIds', id) });
  for (const kind of filter.actorKinds ?? []) {
    chips.push({ key: `kind:${kind}`, text: messages.chip(messages.actor, messages.actorKindName(kind)), without: drop('actorKinds', kind) });
  }
  const time = timeText(filter.time);
  if (time) chips.push({ key: 'time', text: messages.chip(messages.timeRange, time), without: drop('time') });
  return chips;
}

/**
 * After a control that removes itself (a chip, "Clear filters"), focus goes to the chip that took
 * its place, else to the search box, not to the page.
 */
export function refocusAfterRemoval(targets: AuditLogFocusTargets, index: number): void {
  setTimeout(() => {
    const left = [...(targets.chips.current?.querySelectorAll<HTMLElement>('[data-chip-remove]') ?? [])];
    (left[Math.min(index, left.length - 1)] ?? targets.search.current)?.focus();
  }, 0);
}

/** The active filters, each with a remove button, and "Clear filters"; nothing when none is set. */
export function AuditLogFilterChips() {
  const { controller, targets } = useAuditLogContext();
  const slot = useSlot();
  const chips = useFilterChips();
  const { messages } = controller;
  if (chips.length === 0) return null;
  return (
    <div className={slot('chips')} ref={targets.chips}>
      <ul aria-label={messages.activeFilters}>
        {chips.map((chip, index) => (
          <li key={chip.key} className={slot('chip')}>
            <bdi>{chip.text}</bdi>
            <button
              type="button"
              data-chip-remove=""
              aria-label={messages.removeFilter(withoutIsolates(chip.text))}
              onClick={() => {
                controller.setFilter(chip.without);
                refocusAfterRemoval(targets, index);
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className={slot('button')}
        onClick={() => {
          controller.clearFilters();
          refocusAfterRemoval(targets, Infinity);
        }}
      >
        {messages.clearFilters}
      </button>
    </div>
  );
}
