import { useAuditLog, type UseAuditLogOptions } from '../state/use-audit-log.js';
import type { AuditLogClassNames } from './context.js';
import { AuditLogDetails } from './details/audit-log-details.js';
import { AuditLogFilterChips } from './filters/filter-chips.js';
import { AuditLogFilters } from './filters/filter-bar.js';
import { AuditLogNewEvents } from './new-events.js';
import { AuditLogNotices } from './notices.js';
import { AuditLogPagination } from './pagination.js';
import { AuditLogShortcuts } from './shortcuts.js';
import { AuditLogRoot, type AuditLogTheme } from './root.js';
import { AuditLogTimeline } from './timeline/timeline.js';
import { AuditLogTable, type AuditLogTableProps } from './table.js';
import { AuditLogToolbar } from './toolbar.js';

/** Props of {@link AuditLogViewer}: the hook's options plus how it looks. */
export interface AuditLogViewerProps extends UseAuditLogOptions, AuditLogTableProps {
  /** Default `"system"`. */
  theme?: AuditLogTheme;
  /** Extra class names per slot. */
  classNames?: AuditLogClassNames;
  /** Drop the viewer's own styles (keep only `classNames`). */
  unstyled?: boolean;
}

/**
 * The ready-made audit-log page: title, time zone, search and filters with their chips, the
 * events table, paging, and every state (loading, empty, no match, error with Retry, partial). Import `@audit-log-viewer/react/styles.css` once.
 *
 * @example
 * ```tsx
 * <AuditLogViewer adapter={createTesseralAdapter({ accessToken })} timeZone="UTC" theme="dark" />
 * ```
 */
export function AuditLogViewer({ theme, classNames, unstyled, onRowActivate, ...options }: AuditLogViewerProps) {
  const controller = useAuditLog(options);
  return (
    <AuditLogRoot controller={controller} theme={theme} classNames={classNames} unstyled={unstyled}>
      <AuditLogToolbar />
      <AuditLogFilters />
      <AuditLogFilterChips />
      <AuditLogTimeline />
      <AuditLogNotices />
      <AuditLogNewEvents />
      <AuditLogTable
        onRowActivate={(event) => {
          onRowActivate?.(event);
          controller.selectEvent(event.id);
        }}
      />
      <AuditLogPagination />
      <AuditLogDetails />
      <AuditLogShortcuts />
    </AuditLogRoot>
  );
}
