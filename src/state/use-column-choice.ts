import { useCallback, useMemo, useState } from 'react';
import { COLUMN_DEFINITIONS } from '../columns/index.js';
import type { AuditLogColumnDefinition } from '../columns/column.js';
import type { UseAuditLogOptions } from './controller-types.js';
import { useControlled } from './controlled.js';

/** How tall the rows are: `compact` fits more events on a screen. */
export type AuditLogDensity = 'comfortable' | 'compact';

/** How the Time column reads: the date and time in the zone, or how long ago ("5 minutes ago"). */
export type AuditLogTimeFormat = 'absolute' | 'relative';

/** The options of the person's choice of columns and density (see `UseAuditLogOptions`). */
export type ColumnChoiceOptions = Pick<
  UseAuditLogOptions,
  'columns' | 'visibleColumns' | 'defaultVisibleColumns' | 'onVisibleColumnsChange' | 'density' | 'defaultDensity' | 'onDensityChange' | 'timeFormat' | 'defaultTimeFormat' | 'onTimeFormatChange'
>;

type Visibility = Pick<AuditLogColumnDefinition, 'id' | 'visible'>;

/** The ids a column list shows by default in a viewer of this width (`null`: not measured). */
function defaultsAt(list: readonly Visibility[], width: number | null): string[] {
  return list.filter(({ visible = true }) => (typeof visible === 'boolean' ? visible : width !== null && width >= visible.minWidth)).map((c) => c.id);
}

/**
 * Which columns the table shows, in which order, how tall its rows are and how it tells time. An
 * id the column list does not have is dropped (a stale saved choice, a hand-edited link), and a
 * choice that leaves nothing to show (an empty list included) means the defaults. The defaults
 * follow the viewer's width (`reportWidth`, from the root): a column that is shown "where it
 * fits" joins them once the viewer is wide enough, until the person makes a choice of their own.
 */
export function useColumnChoice(options: ColumnChoiceOptions) {
  const list: readonly Visibility[] = options.columns ?? COLUMN_DEFINITIONS;
  // Kept as the ids that fit, not as pixels: a resize that moves no column past its width renders nothing.
  const [fitting, setFitting] = useState<string | null>(null);
  const reportWidth = useCallback((width: number) => setFitting(defaultsAt(list, width).join(' ')), [list]);
  const widthDefaults = useMemo(() => (fitting === null ? defaultsAt(list, null) : fitting.split(' ').filter(Boolean)), [list, fitting]);
  // The host's defaults come first: an empty controlled list (the URL state before a choice) means them too.
  // By content, not identity: a host may write the list inline, a new array each render.
  const hostDefaults = options.defaultVisibleColumns?.join('\n') ?? '';
  const defaults = useMemo(() => {
    const known = new Set(list.map((c) => c.id));
    const kept = [...new Set(hostDefaults.split('\n'))].filter((id) => known.has(id));
    return kept.length ? kept : widthDefaults;
  }, [list, hostDefaults, widthDefaults]);
  const [requested, setVisibleColumns] = useControlled<readonly string[] | undefined>(options.visibleColumns, options.defaultVisibleColumns, options.onVisibleColumnsChange as (ids: readonly string[] | undefined) => void);
  const visibleColumns = useMemo(() => {
    const known = new Set(list.map((c) => c.id));
    const kept = [...new Set(requested ?? [])].filter((id) => known.has(id));
    return kept.length ? kept : defaults;
  }, [requested, list, defaults]);
  const [density, setDensity] = useControlled<AuditLogDensity>(options.density, options.defaultDensity ?? 'comfortable', options.onDensityChange);
  const [chosenFormat, setTimeFormat] = useControlled<AuditLogTimeFormat | null>(options.timeFormat, null, options.onTimeFormatChange as (format: AuditLogTimeFormat | null) => void);
  const timeFormat: AuditLogTimeFormat = chosenFormat ?? options.defaultTimeFormat ?? 'absolute';
  return useMemo(
    () => ({ visibleColumns, setVisibleColumns: setVisibleColumns as (ids: readonly string[]) => void, density, setDensity, timeFormat, setTimeFormat: setTimeFormat as (format: AuditLogTimeFormat) => void, reportWidth }),
    [visibleColumns, setVisibleColumns, density, setDensity, timeFormat, setTimeFormat, reportWidth],
  );
}
