import type { AuditLogColumnDefinition } from './column.js';

/**
 * What happened, in one sentence with names ("jane@acme.com gave API key “CI deploy” the role
 * “Billing admin”"). Shown by default where it fits (a viewer of 1,100 px or more: below, the
 * event, actor and time columns would wrap to give it room). Its cell is the viewer's (loaded when first shown, with
 * the sentences); it writes no CSV cell: the file keeps the record's facts, and the sentence is a
 * rendering in the viewer's language that a spreadsheet can rebuild from them.
 */
export const SUMMARY_COLUMN: AuditLogColumnDefinition = {
  id: 'summary',
  header: (messages) => messages.columnSummary,
  visible: { minWidth: 1100 },
};
