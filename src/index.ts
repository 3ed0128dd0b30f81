/**
 * @audit-log-viewer/react: an embeddable audit-log viewer for Tesseral-shaped events.
 * Named exports only; this file is the package's public face.
 */

// The event model and the Tesseral catalogue
export type { AuditLogEvent, AuditLogActorIdField, AuditLogSort } from './model/event.js';
export { ACTOR_ID_FIELDS } from './model/event.js';
export type { AuditLogActor, AuditLogActorKind } from './model/actor.js';
export { ACTOR_KINDS, actorIdsOf, deriveActor, isActorKind } from './model/actor.js';
export type { AuditLogEventGroup, AuditLogEventType, AuditLogSnapshotPair } from './model/catalogue.js';
export {
  EVENT_GROUP_LABELS,
  TESSERAL_EVENT_NAMES,
  TESSERAL_EVENT_TYPES,
  deriveCustomLabel,
  describeEventName,
  isTesseralEventName,
} from './model/catalogue.js';
export type { AuditLogListFilter, AuditLogTimeRange } from './model/query.js';
export { isRfc3339, parseEvent } from './model/validate.js';

// Errors
export type { AuditLogErrorCode, AuditLogErrorOptions } from './errors.js';
export { AuditLogError, isAuditLogError } from './errors.js';

// The query engine (also for implementing the REST API on a Node backend)
export type { EngineListRequest, EngineListResult, EngineSeekRequest, EngineSeekResult, QueryEngine, QueryEngineOptions } from './engine/engine.js';
export { MAX_PAGE_SIZE, createQueryEngine } from './engine/engine.js';
export type { CandidateGroup, SearchPlanner } from './engine/plan.js';
export type { Entry } from './engine/entry.js';
export type { EventStore } from './engine/store.js';

// Adapters
export type {
  AuditLogActorInfo,
  AuditLogActorRef,
  AuditLogAdapter,
  AuditLogCallOptions,
  AuditLogCapabilities,
  AuditLogExportApi,
  AuditLogExportFormat,
  AuditLogListRequest,
  AuditLogListResult,
  AuditLogCount,
  AuditLogFacetField,
  AuditLogFacets,
  AuditLogHistogram,
  AuditLogHistogramBucket,
  AuditLogHistogramInterval,
  AuditLogRoleInfo,
  AuditLogStreamRequest,
} from './adapter/types.js';
export { FULL_CAPABILITIES, assertSupported } from './adapter/capabilities.js';
export type { FetchLike } from './adapter/http.js';
export type { MemoryAdapter, MemoryAdapterOptions } from './adapter/memory.js';
export { createMemoryAdapter } from './adapter/memory.js';
export type { TesseralAdapterOptions } from './adapter/tesseral/index.js';
export { TESSERAL_CAPABILITIES, createTesseralAdapter } from './adapter/tesseral/index.js';
export type { RestAdapterOptions } from './adapter/rest.js';
export { createRestAdapter } from './adapter/rest.js';

// The viewer: ready-made, composable parts, and the headless hook
export type { AuditLogViewerProps } from './components/audit-log-viewer.js';
export { AuditLogViewer } from './components/audit-log-viewer.js';
export type { AuditLogRootProps, AuditLogTheme } from './components/root.js';
export { AuditLogRoot } from './components/root.js';
export { AuditLogToolbar } from './components/toolbar.js';
export { AuditLogNotices } from './components/notices.js';
export type { AuditLogTableProps } from './components/table.js';
export { AuditLogTable } from './components/table.js';
export { AUDIT_LOG_COLUMNS } from './components/columns.js';
export type { AuditLogColumn } from './columns/table-column.js';
export type { AuditLogColumnDefinition, CsvRowContext } from './columns/index.js';
export { COLUMN_DEFINITIONS } from './columns/index.js';
export { AuditLogPagination } from './components/pagination.js';
export { AuditLogEventCount } from './components/event-count.js';
export { AuditLogTimeline } from './components/timeline/timeline.js';
export { AuditLogNewEvents } from './components/new-events.js';
export { AuditLogColumns } from './components/columns-button.js';
export { AuditLogViews } from './components/views/views-button.js';
export type { AuditLogSavedView, AuditLogViewStore } from './views/store.js';
export { localStorageViewStore, readViews } from './views/store.js';
export type { AuditLogDensity } from './state/use-column-choice.js';
export type { AuditLogClassNames, AuditLogSlot } from './components/context.js';
export { AuditLogFilters } from './components/filters/filter-bar.js';
export { AuditLogSearchBox } from './components/filters/search-box.js';
export { AuditLogResourceGroupFilter } from './components/filters/resource-group-filter.js';
export { AuditLogEventTypeFilter } from './components/filters/event-type-filter.js';
export { AuditLogActorFilter } from './components/filters/actor-filter.js';
export { AuditLogTimeRangeFilter } from './components/filters/time-range-filter.js';
export { AuditLogSortSelect } from './components/filters/sort-select.js';
export type { AuditLogFilterChip } from './components/filters/filter-chips.js';
export { AuditLogFilterChips, useFilterChips } from './components/filters/filter-chips.js';
export { AuditLogDetails } from './components/details/audit-log-details.js';
export { AuditLogShortcuts } from './components/shortcuts.js';
export { AuditLogExport } from './components/export/export-button.js';

// The exporter, CSV, manifest and the diff/summaries are subpath entries
// (`@audit-log-viewer/react/export`, `…/details`): the viewer loads them on first use, and a
// static export here would pull them into every host's first load.

export type { EventSelection } from './state/use-event-selection.js';

// The filter object, its URL form, and search
export type { AuditLogFilter, AuditLogTimeFilter, AuditLogTimePreset } from './filter/types.js';
export type { AuditLogFilterKey, AuditLogFilterValues } from './filter/fields/index.js';
export type { AuditLogFieldChip, AuditLogFilterChipText, AuditLogFilterField, AuditLogFilterFit, AuditLogFilterUrlParams } from './filter/field.js';
export { TIME_PRESETS, hasActiveFilter } from './filter/types.js';
export { toListFilter } from './filter/resolve.js';
export type { AuditLogUrlState } from './filter/url.js';
export { DEFAULT_URL_PREFIX, readUrlState, writeUrlState } from './filter/url.js';
export type { AuditLogUrlBinding, AuditLogUrlSource, UseAuditLogUrlStateOptions } from './filter/use-url-state.js';
export { createHistoryUrlSource, useAuditLogUrlState } from './filter/use-url-state.js';
export type { ParsedSearch, SearchField, SearchTerm } from './search/parse.js';
export { SearchSyntaxError, parseSearch, tryParseSearch } from './search/parse.js';
export type { ActorNames } from './search/match.js';
export { searchMatches } from './search/match.js';
export type { FullTextSearchOptions } from './engine/search-index.js';
export { createFullTextSearch } from './engine/search-index.js';
export type { AuditLogController, AuditLogFilterChangeReason, AuditLogStatus, UseAuditLogOptions } from './state/use-audit-log.js';
export { useAuditLog } from './state/use-audit-log.js';
export type { AuditLogActorName } from './state/use-actor-name.js';
export { useActorName } from './state/use-actor-name.js';
export type { AuditLogExportFlow, AuditLogExportState } from './state/use-audit-log-export.js';
export { useAuditLogExport } from './state/use-audit-log-export.js';
export { createAuditLogQueryClient } from './query/client.js';
export { auditLogKeys } from './query/keys.js';
export type { AuditLogMessages } from './format/messages.js';
export { DEFAULT_MESSAGES } from './format/messages.js';
export type { AuditLogControllerMessages } from './format/core-messages.js';
export { CORE_MESSAGES, withMessageDefaults } from './format/core-messages.js';
export { DETAILS_MESSAGES } from './format/messages/details.js';
export { EXPORT_MESSAGES } from './format/messages/export.js';
export { TIMELINE_MESSAGES } from './format/messages/timeline.js';
export { isolate } from './format/bidi.js';
export type { AuditLogTimeZone } from './format/time.js';
export { formatInZone } from './format/time.js';
export type { ActorDisplay } from './format/actor.js';
export { describeActor } from './format/actor.js';
