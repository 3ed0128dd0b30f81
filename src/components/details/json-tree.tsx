import { useState } from 'react';
import { useSlot } from '../context.js';
import { usePartMessages } from '../use-part-messages.js';
import { DETAILS_MESSAGES } from '../../format/messages/details.js';

/** Strings longer than this are folded behind "Show all". */
const FOLD_AT = 200;
/** Entries of one object or array shown before "Show all". */
const PAGE = 100;

function Scalar({ value }: { value: unknown }) {
  const messages = usePartMessages(DETAILS_MESSAGES);
  const slot = useSlot();
  const [open, setOpen] = useState(false);
  if (typeof value !== 'string') return <span className="alv-json-scalar">{JSON.stringify(value)}</span>;
  const text = JSON.stringify(value);
  if (text.length <= FOLD_AT || open) return <span className="alv-json-string" dir="auto">{text}</span>;
  return (
    <span className="alv-json-string" dir="auto">
      {text.slice(0, FOLD_AT)}…{' '}
      <button type="button" className={slot('button', 'alv-link')} onClick={() => setOpen(true)}>
        {messages.showAll(value.length)}
      </button>
    </span>
  );
}

function Node({ name, value, depth }: { name: string; value: unknown; depth: number }) {
  const messages = usePartMessages(DETAILS_MESSAGES);
  const slot = useSlot();
  // Children are rendered only once their node is open: a megabyte of details stays responsive.
  const [open, setOpen] = useState(depth < 2);
  const [limit, setLimit] = useState(PAGE);
  if (value === null || typeof value !== 'object') {
    return (
      <li>
        <span className="alv-json-key" dir="auto">{name}</span>: <Scalar value={value} />
      </li>
    );
  }
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  const brackets = Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`;
  return (
    <li>
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span className="alv-json-key" dir="auto">{name}</span> <span className="alv-json-count">{brackets}</span>
        </summary>
        {open ? (
          <ul className="alv-json">
            {entries.slice(0, limit).map(([k, v]) => (
              <Node key={k} name={k} value={v} depth={depth + 1} />
            ))}
            {entries.length > limit ? (
              <li>
                <button type="button" className={slot('button', 'alv-link')} onClick={() => setLimit(entries.length)}>
                  {messages.showAll(entries.length)}
                </button>
              </li>
            ) : null}
          </ul>
        ) : null}
      </details>
    </li>
  );
}

/** An event as a collapsible tree: keys and values as text, long strings folded, nodes drawn when opened. */
export function JsonTree({ value }: { value: Record<string, unknown> }) {
  return (
    <ul className="alv-json alv-json-root">
      {Object.entries(value).map(([k, v]) => (
        <Node key={k} name={k} value={v} depth={0} />
      ))}
    </ul>
  );
}
