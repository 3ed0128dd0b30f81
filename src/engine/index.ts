// `@audit-log-viewer/react/engine`: what a backend needs, without the React half. The package's
// main entry is marked "use client" (it holds the components and hooks); a server (a Next.js route
// handler, a Node server) imports the query engine and the event model from here instead.

export type { EngineCount, EngineCountRequest, EngineListRequest, EngineListResult, EngineSeekRequest, EngineSeekResult, QueryEngine, QueryEngineOptions } from './engine.js';
export { COUNT_CAP, FACET_LIMIT, MAX_PAGE_SIZE, createQueryEngine } from './engine.js';
export type { EngineFacetField, EngineFacetRequest, EngineFacets, EngineHistogram, EngineHistogramBucket, EngineHistogramRequest, HistogramInterval } from './engine.js';
export type { CandidateGroup, SearchPlanner } from './plan.js';
export type { Entry } from './entry.js';
export type { EventStore } from './store.js';
export type { FullTextSearchOptions } from './search-index.js';
export { createFullTextSearch } from './search-index.js';
export type { AuditLogEvent, AuditLogActorIdField, AuditLogSort } from '../model/event.js';
export type { AuditLogListFilter, AuditLogTimeRange } from '../model/query.js';
export { isRfc3339, parseEvent } from '../model/validate.js';
export { AuditLogError, isAuditLogError } from '../errors.js';
export { LIMITS, checkDetails } from '../limits.js';
export { SearchSyntaxError, parseSearch, tryParseSearch } from '../search/parse.js';
