import type { AuditLogCapabilities } from '../adapter/types.js';
import { AuditLogError } from '../errors.js';
import type { AuditLogControllerMessages } from '../format/core-messages.js';
import type { AuditLogListFilter } from '../model/query.js';

// One filter field, declared once: the filter object, the URL, the chips, `hasActiveFilter`, the
// adapters' checks and the engine's validation all read these definitions (src/filter/fields/)
// instead of knowing each field. The field's control is a component, so it is bound by the
// field's `control` name in src/components/filters/controls.ts: the definitions stay free of
// React, because the engine and the adapters (the `/engine` entry, a Node backend) read them too.

/** The part of a value a backend can apply, and why the rest was cut (set only when it was). */
export interface AuditLogFilterFit<V> {
  value: V | undefined;
  refusal?: string;
}

/** A prefixed view of query parameters, for a field's URL codec. */
export interface AuditLogFilterUrlParams {
  /** The one value of a parameter, `undefined` when missing or too long. */
  one(key: string): string | undefined;
  /** Every value of a repeated parameter, de-duplicated, empty and overlong values dropped. */
  all(key: string): string[];
  set(key: string, value: string): void;
  append(key: string, value: string): void;
}

/**
 * A field's URL codec. Exported beside the field's definition, not carried by it, and listed in
 * `URL_CODECS`: a viewer without URL state then holds none of them.
 */
export interface AuditLogFilterUrlCodec<V> {
  read(params: AuditLogFilterUrlParams): V | undefined;
  write(value: V, params: AuditLogFilterUrlParams): void;
}

/** What a chip's words need. */
export interface AuditLogFilterChipText {
  messages: AuditLogControllerMessages;
  formatTime: (iso: string) => string;
  /** An actor's name in words, where the viewer knows it (a chip then shows it, not the id). */
  actorName?: (id: string) => string | undefined;
}

/** One chip of a field: its words, and the field's value without it (`undefined`: the field goes). */
export interface AuditLogFieldChip<V> {
  key: string;
  text: string;
  without: V | undefined;
}

/**
 * One field of the person's filter. `K` is its key in the filter object, `V` its value.
 * A field that owns a key of the adapter's list filter names it in `list`: the value there has
 * the same form (the time field's absolute range), so `fit` is the one capability rule both when
 * the viewer drops what a backend cannot do and when an adapter refuses it.
 */
export interface AuditLogFilterField<K extends string, V> {
  readonly key: K;
  /** The filter-bar control that sets it; fields set by one control name the same one. */
  readonly control: string;
  /** Whether the value narrows the events. */
  isActive(value: V): boolean;
  /** The one capability rule: the part of `value` this backend applies, and why the rest is not. */
  fit(value: V, capabilities: AuditLogCapabilities): AuditLogFilterFit<V>;
  /** Writes its part of the adapter's filter; `false` when, with what is there, no event can match. */
  toList(value: V, list: AuditLogListFilter, now: number): boolean;
  /** The chips of an active value, in order. */
  chips(value: V, text: AuditLogFilterChipText): AuditLogFieldChip<V>[];
  /**
   * The key it owns in the adapter's list filter. Its check of an untrusted value there (for a
   * backend) is exported beside it and listed in `LIST_CHECKS`, not carried here: the viewer's
   * bundle then holds no backend validation.
   */
  readonly list?: { key: keyof AuditLogListFilter };
}

/** The error for a bad list filter sent to a backend: a 400 that names the field. */
export function badFilter(message: string): AuditLogError {
  return new AuditLogError('invalid_request', message, { status: 400 });
}

/** Validates a list of strings and sorts and de-duplicates it; `null` when missing or empty. */
export function normalizeStringList(value: unknown, field: string): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw badFilter(`filter.${field} must be an array of strings.`);
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item === '') throw badFilter(`filter.${field}[${i}] must be a non-empty string.`);
  });
  const list = [...new Set(value as string[])].sort();
  return list.length ? list : null;
}

/** A list value's chips, one per item, each removing only itself. */
export function listChips<T>(values: readonly T[], key: string, text: (value: T) => string): AuditLogFieldChip<readonly T[]>[] {
  return values.map((value) => {
    const left = values.filter((v) => v !== value);
    return { key: `${key}:${String(value)}`, text: text(value), without: left.length ? left : undefined };
  });
}
