import type { AuditLogActorKind } from '../model/actor.js';
import type { AuditLogSort } from '../model/event.js';
import type { AuditLogListFilter } from '../model/query.js';

/**
 * Query keys, from general to specific. Every key starts with the adapter's id, so two viewers on
 * two backends never share an entry; list keys hold every input of the request except the
 * cursor, which is the page parameter.
 */
export const auditLogKeys = {
  all: (adapterId: string) => ['audit-log', adapterId] as const,
  lists: (adapterId: string) => [...auditLogKeys.all(adapterId), 'list'] as const,
  list: (adapterId: string, filter: AuditLogListFilter, sort: AuditLogSort, pageSize: number) =>
    [...auditLogKeys.lists(adapterId), { filter, sort, pageSize }] as const,
  actor: (adapterId: string, kind: AuditLogActorKind, id: string) => [...auditLogKeys.all(adapterId), 'actor', kind, id] as const,
};
