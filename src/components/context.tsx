import { createContext, useContext, type RefObject } from 'react';
import type { AuditLogController } from '../state/use-audit-log.js';

/** The parts of the viewer a host can give its own class names. */
export type AuditLogSlot =
  | 'root' | 'toolbar' | 'title' | 'field' | 'select' | 'notice' | 'error' | 'tableWrap' | 'table' | 'headerCell'
  | 'row' | 'cell' | 'eventLabel' | 'eventName' | 'actor' | 'actorId' | 'deleted' | 'time' | 'summary' | 'instant'
  | 'empty' | 'skeleton' | 'pagination' | 'button' | 'pageStatus' | 'visuallyHidden'
  | 'filters' | 'search' | 'input' | 'filterButton' | 'popover' | 'optionGroup' | 'option' | 'hint' | 'fieldError'
  | 'chips' | 'chip' | 'mark' | 'details' | 'timeline' | 'bar';

/** Class names per slot, added to (or, with `unstyled`, instead of) the viewer's own. */
export type AuditLogClassNames = Partial<Record<AuditLogSlot, string>>;

/**
 * The elements focus moves to, held by ref and passed through the context: parts find each other
 * by these, never by walking the DOM, so that they keep working when a host wraps or rearranges them.
 */
export interface AuditLogFocusTargets {
  /** The viewer's root region. */
  root: RefObject<HTMLElement | null>;
  /** The table's body (its rows). */
  rows: RefObject<HTMLTableSectionElement | null>;
  /** The search box. */
  search: RefObject<HTMLInputElement | null>;
  /** The active-filter chips. */
  chips: RefObject<HTMLDivElement | null>;
}

/** What every part reads: the controller, how to style, and where focus can go. */
export interface AuditLogContextValue {
  controller: AuditLogController;
  classNames: AuditLogClassNames;
  unstyled: boolean;
  targets: AuditLogFocusTargets;
  /** The class of a slot (see {@link createSlot}), made once per styling. */
  slot: AuditLogSlotClass;
}

/** Gives a slot's class: `alv-<slot>` (unless unstyled), any extra classes, and the host's class. */
export type AuditLogSlotClass = (slot: AuditLogSlot, ...extra: (string | false | undefined)[]) => string | undefined;

/**
 * The slot function of one styling. A slot without extras is worked out once and then read from
 * a map: a page of 1,000 rows asks for a few thousand classes in one render.
 */
export function createSlot(classNames: AuditLogClassNames, unstyled: boolean): AuditLogSlotClass {
  const known = new Map<AuditLogSlot, string | undefined>();
  const compute = (slot: AuditLogSlot, extra: readonly (string | false | undefined)[]) => {
    const own = unstyled ? [] : [`alv-${slot}`, ...extra.filter((c): c is string => Boolean(c))];
    const all = [...own, classNames[slot]].filter(Boolean);
    return all.length ? all.join(' ') : undefined;
  };
  return (slot, ...extra) => {
    if (extra.length) return compute(slot, extra);
    if (!known.has(slot)) known.set(slot, compute(slot, extra));
    return known.get(slot);
  };
}

const AuditLogContext = createContext<AuditLogContextValue | null>(null);

/** Provides a viewer's state to its parts. */
export const AuditLogProvider = AuditLogContext.Provider;

/** The viewer's state, for a part; throws a clear error outside `<AuditLogRoot>`. */
export function useAuditLogContext(): AuditLogContextValue {
  const value = useContext(AuditLogContext);
  if (!value) throw new Error('Audit log parts must be rendered inside <AuditLogRoot controller={useAuditLog(…)}>.');
  return value;
}

/** The class of a slot: `alv-<slot>` (unless unstyled) plus the host's class. */
export function useSlot(): AuditLogSlotClass {
  return useAuditLogContext().slot;
}

/**
 * The viewer's own class for an inner element that is no slot (a bar's fill, a caption): the
 * class itself, or nothing when `unstyled` (an unstyled viewer carries no `alv-` class at all).
 */
export function useOwnClass(): (name: string) => string | undefined {
  const { unstyled } = useAuditLogContext();
  return unstyled ? noClass : sameClass;
}
const noClass = () => undefined;
const sameClass = (name: string) => name;
