import { isolate } from '../../format/bidi.js';
import { stringifyDeep } from '../../format/deep-json.js';
import { useMemo, useState } from 'react';
import { diffEvent, type DiffEntry } from '../../describe/diff.js';
import { words } from '../../search/fold.js';
import type { AuditLogEvent } from '../../model/event.js';
import { useAuditLogContext, useSlot } from '../context.js';
import { DETAILS_MESSAGES } from '../../format/messages/details.js';
import { usePartMessages } from '../use-part-messages.js';

function show(value: unknown, empty: string): string {
  if (value === undefined || value === '' || value === null) return empty;
  return typeof value === 'string' ? value : stringifyDeep(value);
}

/** A search term for a details value: its key path (array indexes left out) and the value as a phrase. */
function searchTerm(root: string, path: readonly (string | number)[], value: unknown): string | null {
  // Only what the search syntax reads back as the same thing: keys it takes as a path, and a
  // value with words in it (a value of punctuation alone would match everything).
  if (typeof value !== 'string' || value.includes('"') || words(value).length === 0) return null;
  const keys = [root, ...path.filter((p): p is string => typeof p === 'string')];
  if (!keys.every((key) => /^[A-Za-z_]\w*$/.test(key))) return null;
  return `${keys.join('.')}:"${value}"`;
}

function Row({ entry, root }: { entry: DiffEntry; root: string }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { capabilities, filter } = controller;
  const messages = usePartMessages(DETAILS_MESSAGES);
  const value = entry.kind === 'removed' ? entry.before : entry.after;
  // "Filter to this" on a value: the events whose details hold it at the same path.
  const term = capabilities.search ? searchTerm(root, entry.path, value) : null;
  return (
    <tr className={`alv-diff-${entry.kind}`}>
      <th scope="row">
        <code dir="auto">{entry.path.map((key) => isolate(String(key))).join('.') || '·'}</code> <span className="alv-diff-kind">{messages.diffKind(entry.kind)}</span>
        {entry.whole ? <span className="alv-diff-kind"> {messages.diffWhole}</span> : null}
      </th>
      {/* data-label: a narrow panel stacks the cells and writes Before/After in words beside each (never colour alone). */}
      <td data-label={messages.diffBefore}><bdi>{entry.kind === 'added' ? '' : show(entry.before, messages.diffEmpty)}</bdi></td>
      <td data-label={messages.diffAfter}>
        <bdi>{entry.kind === 'removed' ? '' : show(entry.after, messages.diffEmpty)}</bdi>
        {term ? (
          <>
            {' '}
            <button type="button" className={slot('button', 'alv-link')} aria-label={`${messages.filterToThis}: ${term}`} onClick={() => controller.setFilter({ ...filter, search: term })}>
              {messages.filterToThis}
            </button>
          </>
        ) : null}
      </td>
    </tr>
  );
}

/** Every before/after pair of the event as a field-level table; unchanged fields folded. */
export function DiffSection({ event }: { event: AuditLogEvent }) {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const messages = usePartMessages(DETAILS_MESSAGES);
  const diffs = useMemo(() => diffEvent(event), [event]);
  const [showUnchanged, setShowUnchanged] = useState(false);
  if (diffs.length === 0) return null;
  return (
    <section className="alv-details-section" aria-label={messages.sectionChanges}>
      <h3>{messages.sectionChanges}</h3>
      {diffs.map(({ pair, entries }) => {
        const changed = entries.filter((e) => e.kind !== 'unchanged');
        const unchanged = entries.length - changed.length;
        const rows = showUnchanged ? entries : changed;
        return (
          <div key={pair.current} className="alv-diff">
            <table className={slot('table', 'alv-diff-table')} aria-label={messages.changesOf(pair.current)}>
              <caption>{messages.changesOf(isolate(pair.current))}</caption>
              <thead>
                <tr>
                  <th scope="col">{messages.diffField}</th>
                  <th scope="col">{messages.diffBefore}</th>
                  <th scope="col">{messages.diffAfter}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((entry) => (
                  <Row key={`${entry.kind}:${entry.path.join('\u0000')}`} entry={entry} root={pair.current} />
                ))}
                {changed.length === 0 && !showUnchanged ? (
                  <tr><td colSpan={3}>{messages.noChanges}</td></tr>
                ) : null}
              </tbody>
            </table>
            {unchanged > 0 ? (
              <button type="button" className={slot('button', 'alv-link')} aria-expanded={showUnchanged} onClick={() => setShowUnchanged((v) => !v)}>
                {showUnchanged ? messages.hideUnchanged : messages.showUnchanged(unchanged)}
              </button>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
