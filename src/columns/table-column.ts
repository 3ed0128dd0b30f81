import type { ComponentType } from 'react';
import type { AuditLogEvent } from '../model/event.js';
import type { AuditLogColumnDefinition } from './column.js';

/**
 * A column of the viewer: its definition and, optionally, its own table cell. A column without a
 * cell shows its `text`, isolated. Give a list to the `columns` prop (start from
 * `AUDIT_LOG_COLUMNS`) to add a column, to leave one out of table and export, or, with
 * `visible: false`, to keep it out of the table only.
 */
export interface AuditLogColumn extends AuditLogColumnDefinition {
  /** The table cell of one event. */
  readonly cell?: ComponentType<{ event: AuditLogEvent }>;
}
