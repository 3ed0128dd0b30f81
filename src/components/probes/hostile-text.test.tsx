import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../adapter/memory.js';
import { describeEventName } from '../../model/catalogue.js';
import type { AuditLogEvent } from '../../model/event.js';
import { EMBEDDINGS, HOSTILE, outsideIsolates, poisonStrings } from '../../test-support/hostile.js';
import { AuditLogViewer } from '../audit-log-viewer.js';

// The viewer's bidi probe: every string an event controls carries a right-to-left override and an
// unclosed embedding. Each of them must stand inside an isolate that holds event data only (a
// <bdi>, an element with `dir`, or FSI…PDI marks inside a sentence), so that none can reorder the
// viewer's own words around it.

const actorId = `user_${HOSTILE}bad`;
const update: AuditLogEvent = {
  id: 'audit_log_event_bidi_update',
  eventTime: '2025-07-01T11:00:00.000Z',
  eventName: 'tesseral.users.update',
  actorUserId: actorId,
  eventDetails: poisonStrings({
    user: { id: 'user_bob', email: 'bob@acme.com', displayName: 'Bob', [`${HOSTILE}key`]: 'after' },
    previousUser: { id: 'user_bob', email: 'bob@acme.com', displayName: 'Robert', [`${HOSTILE}key`]: 'before' },
    impersonatorEmail: 'support@vendor.example',
    [`${HOSTILE}top`]: { [`${HOSTILE}inner`]: 'value' },
  }),
};
const custom: AuditLogEvent = {
  id: 'audit_log_event_bidi_custom',
  eventTime: '2025-07-01T10:00:00.000Z',
  eventName: `acme.files.${HOSTILE}gnp.exe`,
  actorUserId: actorId,
  eventDetails: poisonStrings({ path: '/reports/q3.pdf' }),
};
const actors = [{ kind: 'user' as const, id: actorId, email: `${HOSTILE}jane@acme.com`, displayName: `${HOSTILE}Jane` }];

/** Every string of the events and the directory, and the labels derived from them: event data. */
function dataStrings(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.add(k), walk(x));
  };
  walk([update, custom, actors]);
  for (const e of [update, custom]) out.add(describeEventName(e.eventName).label);
  // JSON-quoted forms, as the tree shows strings.
  for (const s of [...out]) out.add(JSON.stringify(s));
  return [...out].sort((a, b) => b.length - a.length);
}

/** The text nodes holding an embedding or override that is not isolated with event data only. */
function unisolated(root: HTMLElement): string[] {
  const data = dataStrings();
  const problems: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!EMBEDDINGS.test(text)) continue;
    if (!EMBEDDINGS.test(outsideIsolates(text))) continue; // isolated by FSI…PDI in the sentence
    let el = node.parentElement;
    while (el && root.contains(el) && !(el.tagName === 'BDI' || el.hasAttribute('dir'))) el = el.parentElement;
    if (!el || !root.contains(el)) {
      problems.push(`not isolated: ${JSON.stringify(text)} in ${node.parentElement?.outerHTML.slice(0, 300)}`);
      continue;
    }
    let rest = outsideIsolates(el.textContent ?? '');
    for (const s of data) rest = rest.split(s).join('');
    if (/\p{L}/u.test(rest)) problems.push(`isolated with the viewer's words: ${JSON.stringify(el.textContent)} (left: ${JSON.stringify(rest)})`);
  }
  return problems;
}

describe('event-controlled text', () => {
  it('is bidi-isolated in the table, the chips, the summary, the details, the tree and the raw view', async () => {
    const adapter = createMemoryAdapter({ events: [update, custom], actors });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={{ actorIds: [actorId], eventNames: [update.eventName, custom.eventName] }} />);
    const table = () => screen.getByRole('table', { name: 'Audit log events' });
    await waitFor(() => expect(within(table()).getAllByRole('row')).toHaveLength(3));
    await waitFor(() => expect(table()).toHaveTextContent('jane@acme.com'));
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getAllByRole('listitem')).toHaveLength(3);
    // The probe sees the embeddings: they are in the page, only isolated.
    expect(EMBEDDINGS.test(document.body.textContent ?? '')).toBe(true);
    expect(unisolated(document.body)).toEqual([]);

    await userEvent.click(within(table()).getAllByRole('row')[1]!);
    const dialog = await screen.findByRole('dialog', { name: 'User updated' });
    expect(dialog).toHaveTextContent(/Impersonated by/);
    expect(dialog).toHaveTextContent(/renamed/);
    expect(within(dialog).getByRole('table', { name: /^Changes to/ })).toBeInTheDocument();
    expect(unisolated(document.body)).toEqual([]);
    // Ids show their control characters as escapes: an id never holds them.
    expect(dialog).toHaveTextContent('user_\\u202Egro.live\\u202Bbad');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Raw' }));
    const raw = dialog.querySelector('pre')!;
    expect(EMBEDDINGS.test(raw.textContent!)).toBe(false);
    expect(raw.textContent).toContain('\\u202egro.live\\u202b');
    expect(JSON.parse(raw.textContent!)).toEqual(update);
    expect(unisolated(document.body)).toEqual([]);
  });

  it('is caught by the probe when it is not isolated', () => {
    // The probe itself, on markup that lets an override loose and on a sentence that isolates it.
    const loose = document.createElement('p');
    loose.textContent = `Changed by ${HOSTILE}jane today`;
    const held = document.createElement('p');
    held.textContent = `Changed by \u2068${HOSTILE}jane\u2069 today`;
    const mixed = document.createElement('p');
    mixed.innerHTML = '<bdi></bdi>';
    mixed.firstElementChild!.textContent = `Changed by ${HOSTILE}jane`;
    document.body.append(loose, held, mixed);
    try {
      expect(unisolated(loose)).toHaveLength(1);
      expect(unisolated(held)).toEqual([]);
      expect(unisolated(mixed)).toHaveLength(1);
    } finally {
      loose.remove();
      held.remove();
      mixed.remove();
    }
  });
});
