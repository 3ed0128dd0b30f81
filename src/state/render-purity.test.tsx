import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../adapter/memory.js';
import { AuditLogViewer } from '../components/audit-log-viewer.js';
import { generateDataset } from '../mock/generate.js';

// Render must be pure: the same props give the same output on the server, in a Next.js prerender
// and while hydrating. The clock and randomness may be read in effects and event handlers only.
// This test wraps Date.now, Date() / new Date() without an argument and Math.random, and records
// every call made while React renders a component (React's renderWithHooks is on the stack) whose
// nearest caller is this package's code or a library it calls for dates (date-fns). TanStack
// Query's own staleness check, which reads the clock once it has data (client-side only), is
// not this package's to change and is left out.

interface Call {
  what: string;
  caller: string;
}

const RealDate = Date;
const realRandom = Math.random;
let calls: Call[] = [];
/** Record every call, not only those in a render (for renderToString, where nothing runs but render). */
let strict = false;

function record(what: string): void {
  const stack = new Error().stack ?? '';
  const frames = stack.split('\n').slice(3).map((line) => line.trim());
  const inRender = frames.some((f) => /\brenderWithHooks|\bfinishClassComponent/.test(f));
  if (!strict && !inRender) return;
  const caller = frames.find((f) => !/render-purity\.test/.test(f)) ?? '';
  if (!strict && /node_modules\/@tanstack\//.test(caller)) return;
  calls.push({ what, caller });
}

beforeEach(() => {
  calls = [];
  strict = false;
  const now = RealDate.now.bind(RealDate);
  const Wrapped = new Proxy(RealDate, {
    construct(target, args: unknown[]) {
      if (args.length === 0) record('new Date()');
      return Reflect.construct(target, args);
    },
    apply(target) {
      record('Date()');
      return target();
    },
    get(target, key, receiver) {
      if (key === 'now') return () => (record('Date.now()'), now());
      return Reflect.get(target, key, receiver);
    },
  });
  globalThis.Date = Wrapped as DateConstructor;
  Math.random = () => (record('Math.random()'), realRandom());
});

afterEach(() => {
  globalThis.Date = RealDate;
  Math.random = realRandom;
});

const table = () => screen.getByRole('table', { name: 'Audit log events' });
const rows = () => within(table()).getAllByRole('row').slice(1);

describe('rendering', () => {
  it('reads no clock and no randomness on the server', () => {
    strict = true;
    const adapter = createMemoryAdapter({ events: [] });
    const html = renderToString(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={{ time: { last: '7d' } }} />);
    expect(html).toContain('aria-label="Audit logs"');
    expect(calls).toEqual([]);
  });

  it('reads no clock and no randomness while the person pages, filters by a relative range, searches and opens an event', async () => {
    const { events } = generateDataset({ seed: 5, size: 600, end: RealDate.now(), days: 30 });
    const adapter = createMemoryAdapter({ events });
    render(<AuditLogViewer adapter={adapter} timeZone="UTC" defaultFilter={{ time: { last: '90d' } }} />);
    await waitFor(() => expect(rows()).toHaveLength(25));
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByText('Page 2')).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Time range' }));
    await userEvent.click(await screen.findByRole('radio', { name: 'Last 7 days' }));
    await userEvent.keyboard('{Escape}');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search audit logs' }), 'user{Enter}');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    await userEvent.click(within(rows()[0]!).getAllByRole('cell')[0]!);
    await waitFor(() => expect(screen.getByRole('dialog')).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(calls).toEqual([]);
  });
});
