import { useMemo } from 'react';
import { COLUMN_DEFINITIONS } from '../columns/index.js';
import type { UseAuditLogOptions } from './controller-types.js';
import { useControlled } from './controlled.js';

/** How tall the rows are: `compact` fits more events on a screen. */
export type AuditLogDensity = 'comfortable' | 'compact';

/** The options of the person's choice of columns and density (see `UseAuditLogOptions`). */
export type ColumnChoiceOptions = Pick<UseAuditLogOptions, 'columns' | 'visibleColumns' | 'defaultVisibleColumns' | 'onVisibleColumnsChange' | 'density' | 'defaultDensity' | 'onDensityChange'>;

/**
 * Which columns the table shows, in which order, and how tall its rows are. An id the column
 * list does not have is dropped (a stale saved choice, a hand-edited link), and a choice that
 * leaves nothing to show falls back to the defaults.
 */
export function useColumnChoice(options: ColumnChoiceOptions) {
  const list: readonly { id: string; visible?: boolean }[] = options.columns ?? COLUMN_DEFINITIONS;
  const defaults = useMemo(() => list.filter((c) => c.visible !== false).map((c) => c.id), [list]);
  const [requested, setVisibleColumns] = useControlled<readonly string[]>(options.visibleColumns, options.defaultVisibleColumns ?? defaults, options.onVisibleColumnsChange);
  const visibleColumns = useMemo(() => {
    const known = new Set(list.map((c) => c.id));
    const kept = [...new Set(requested)].filter((id) => known.has(id));
    return kept.length ? kept : defaults;
  }, [requested, list, defaults]);
  const [density, setDensity] = useControlled<AuditLogDensity>(options.density, options.defaultDensity ?? 'comfortable', options.onDensityChange);
  return { visibleColumns, setVisibleColumns, density, setDensity };
}
