// `@audit-log-viewer/react/server`: the full query API (docs/rest-api.md) as a Fetch-API handler
// over a store, for a vendor's own backend. React-free, like `/engine`: it imports on any server.

export type { AuditLogHandlerOptions, AuditLogPrincipal } from './handler.js';
export { createAuditLogHandler, DEFAULT_BASE_PATH } from './handler.js';
export type { AuditLogDirectory, AuditLogScope, AuditLogStore, AuditLogStorePage } from './store.js';
export { createEngineStore } from './engine-store.js';
