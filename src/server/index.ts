// `@audit-log-viewer/react/server`: the full query API (docs/rest-api.md) as a Fetch-API handler
// over a store, for a vendor's own backend. React-free, like `/engine`: it imports on any server.

export type { AuditLogHandlerOptions, AuditLogPrincipal } from './handler.js';
export { createAuditLogHandler, DEFAULT_BASE_PATH } from './handler.js';
export type { AuditLogDirectory, AuditLogInsertOptions, AuditLogScope, AuditLogStore, AuditLogStorePage, AuditLogWritableStore } from './store.js';
export { isWritableStore } from './store.js';
export { createEngineStore } from './engine-store.js';
export type { PostgresJsLike, SqlClient } from './postgres/client.js';
export { fromPGlite, fromPostgresJs } from './postgres/client.js';
export { migrate, rebuildCounts } from './postgres/schema.js';
export { asOrganization, enableRowLevelSecurity, ORGANIZATION_SETTING } from './postgres/row-security.js';
export type { PostgresStore, PostgresStoreOptions } from './postgres/store.js';
export { createPostgresStore } from './postgres/store.js';
