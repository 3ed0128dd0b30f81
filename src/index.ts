/**
 * @audit-log-viewer/react: an embeddable audit-log viewer for Tesseral-shaped events.
 * Named exports only; this file is the package's public face.
 */

// The event model and the Tesseral catalogue
export type { AuditLogEvent, AuditLogActorIdField, AuditLogSort } from './model/event';
export { ACTOR_ID_FIELDS } from './model/event';
export type { AuditLogActor, AuditLogActorKind } from './model/actor';
export { ACTOR_KINDS, actorIdsOf, deriveActor, isActorKind } from './model/actor';
export type { AuditLogEventGroup, AuditLogEventType, AuditLogSnapshotPair } from './model/catalogue';
export {
  EVENT_GROUP_LABELS,
  TESSERAL_EVENT_NAMES,
  TESSERAL_EVENT_TYPES,
  deriveCustomLabel,
  describeEventName,
  isTesseralEventName,
} from './model/catalogue';
export type { AuditLogListFilter, AuditLogTimeRange } from './model/query';
export { isRfc3339, parseEvent } from './model/validate';

// Errors
export type { AuditLogErrorCode, AuditLogErrorOptions } from './errors';
export { AuditLogError, isAuditLogError } from './errors';

// The query engine (also for implementing the REST API on a Node backend)
export type { EngineListRequest, EngineListResult, QueryEngine, QueryEngineOptions } from './engine/engine';
export { MAX_PAGE_SIZE, createQueryEngine } from './engine/engine';
export type { CandidateGroup, SearchPlanner } from './engine/plan';
export type { Entry } from './engine/entry';
export type { EventStore } from './engine/store';

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
} from './adapter/types';
export { FULL_CAPABILITIES, assertSupported } from './adapter/capabilities';
export type { FetchLike } from './adapter/http';
export type { MemoryAdapter, MemoryAdapterOptions } from './adapter/memory';
export { createMemoryAdapter } from './adapter/memory';
export type { TesseralAdapterOptions } from './adapter/tesseral';
export { TESSERAL_CAPABILITIES, createTesseralAdapter } from './adapter/tesseral';
export type { RestAdapterOptions } from './adapter/rest';
export { createRestAdapter } from './adapter/rest';
