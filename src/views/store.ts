import type { AuditLogDensity, AuditLogTimeFormat } from '../state/use-column-choice.js';

/**
 * A named view a person saved: the filter (in its URL form, so that reading it back checks
 * every value as a link's would be), the columns, the density, how times read and the time zone.
 */
export interface AuditLogSavedView {
  name: string;
  /** The filter and page size as the viewer's URL parameters (`readUrlState` reads them). */
  query: string;
  columns?: string[];
  density?: AuditLogDensity;
  timeFormat?: AuditLogTimeFormat;
  timeZone?: string;
}

/**
 * Where saved views are kept: the host's (its backend, per user) or, by default, the browser's
 * `localStorage` under a key of the adapter's id. Either call may be async.
 */
export interface AuditLogViewStore {
  /** The views saved (the Views menu checks them with {@link readViews}: a store may hold anything). */
  load(): AuditLogSavedView[] | Promise<AuditLogSavedView[]>;
  save(views: AuditLogSavedView[]): void | Promise<void>;
}

/** At most this many views, names and texts this long: a store is untrusted input too. */
export const VIEW_LIMITS = { views: 50, name: 80, query: 4000, columns: 20 } as const;

const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

/**
 * The views of a stored value, checked: anything that is not a view (another app's data under
 * the key, a hand edit, an older format) is dropped, never thrown, so a bad store cannot break the page.
 */
export function readViews(value: unknown): AuditLogSavedView[] {
  if (!Array.isArray(value)) return [];
  const views: AuditLogSavedView[] = [];
  for (const item of value.slice(0, VIEW_LIMITS.views)) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, query, columns, density, timeFormat, timeZone } = item as Record<string, unknown>;
    if (!isString(name, VIEW_LIMITS.name) || typeof query !== 'string' || query.length > VIEW_LIMITS.query) continue;
    const view: AuditLogSavedView = { name, query };
    if (Array.isArray(columns) && columns.length <= VIEW_LIMITS.columns && columns.every((c) => isString(c, 100))) view.columns = columns as string[];
    if (density === 'compact' || density === 'comfortable') view.density = density;
    if (timeFormat === 'absolute' || timeFormat === 'relative') view.timeFormat = timeFormat;
    if (isString(timeZone, 64)) view.timeZone = timeZone;
    if (!views.some((v) => v.name === name)) views.push(view);
  }
  return views;
}

/**
 * The default store: `localStorage` under `key` (the viewer uses one per adapter id, so two
 * backends' views never mix). Where storage is missing or refuses (a private window, a full
 * quota), views live for the page only.
 */
export function localStorageViewStore(key: string): AuditLogViewStore {
  let memory: AuditLogSavedView[] = [];
  const storage = (): Storage | null => {
    try {
      return typeof window === 'undefined' ? null : window.localStorage;
    } catch {
      return null;
    }
  };
  return {
    load() {
      try {
        // Read as it is: the menu checks what it gets (readViews), so this store stays small.
        const text = storage()?.getItem(key);
        return text ? (JSON.parse(text) as AuditLogSavedView[]) : memory;
      } catch {
        return memory;
      }
    },
    save(views) {
      memory = views;
      try {
        storage()?.setItem(key, JSON.stringify(views));
      } catch {
        // Kept for this page: the storage refused.
      }
    },
  };
}
