import type { AuditLogDirectory, AuditLogScope, AuditLogStore } from './store.js';

/** What a route of the handler has: the request, read once, and the organization it is scoped to. */
export interface RouteContext {
  request: Request;
  url: URL;
  scope: AuditLogScope;
  store: AuditLogStore;
  directory: AuditLogDirectory | undefined;
}
