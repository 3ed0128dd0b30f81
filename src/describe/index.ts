/**
 * What the details panel reads an event with: `@audit-log-viewer/react/details`. The field-level
 * diff of before/after snapshots, and the one-sentence summaries (call `englishSummary` from your
 * own `messages.summary` for the events you do not translate).
 *
 * @module details
 */
export type { DiffEntry, DiffKind, SnapshotDiff } from './diff.js';
export { diffEvent, diffValues, snapshotPairs } from './diff.js';
export type { SummaryContext } from './summary.js';
export { englishSummary, genericSummary } from './summary.js';
