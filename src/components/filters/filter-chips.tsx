import { FIELDS } from '../../filter/fields/index.js';
import { activeValue, type AuditLogFilter } from '../../filter/types.js';
import { describeActor } from '../../format/actor.js';
import { withoutIsolates } from '../../format/bidi.js';
import type { AuditLogController } from '../../state/controller-types.js';
import { useAuditLogContext, useSlot, type AuditLogFocusTargets } from '../context.js';

/** One active filter as a person reads it, and the filter without it. */
export interface AuditLogFilterChip {
  key: string;
  /** The chip as shown, its event-controlled value isolated (see `isolate`). */
  text: string;
  without: AuditLogFilter;
}

// The actor kinds a lookup names, by the prefix of their ids.
const NAMED_PREFIXES = [['user_', 'user'], ['api_key_', 'api_key'], ['scim_api_key_', 'scim_api_key']] as const;

/** An actor's name as the Actor column words it, when the viewer knows it already (never a request). */
export function knownActorName(controller: AuditLogController, id: string): string | undefined {
  const kind = NAMED_PREFIXES.find(([prefix]) => id.startsWith(prefix))?.[1];
  if (!kind || !controller.actors.canResolve(kind)) return undefined;
  const { info } = controller.actorName(kind, id);
  if (!info || info.deleted) return undefined;
  return describeActor({ kind, id }, info, false, controller.messages).text ?? undefined;
}

/** The active filters as chips (each removable), in the order of the filter fields. */
export function useFilterChips(): AuditLogFilterChip[] {
  const { controller } = useAuditLogContext();
  const { messages, filter, formatTime } = controller;
  const text = { messages, formatTime, actorName: (id: string) => knownActorName(controller, id) };
  const chips: AuditLogFilterChip[] = [];
  for (const field of FIELDS) {
    const value = activeValue(filter, field);
    if (value === undefined) continue;
    for (const chip of field.chips(value, text)) {
      const without: Record<string, unknown> = { ...filter, [field.key]: chip.without };
      if (chip.without === undefined) delete without[field.key];
      chips.push({ key: chip.key, text: chip.text, without: without as AuditLogFilter });
    }
  }
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
