import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLogViewer } from '../components/audit-log-viewer.js';
import { instrument, sampleAdapter } from '../test-support/adapters.js';

// These tests watch what happens between tasks, so React's act() (which would flush everything
// at once) is off, as in a browser.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let container: HTMLElement;
let root: Root;
beforeEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
});
afterEach(() => {
  root.unmount();
  container.remove();
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

const bodyRows = () => container.querySelectorAll('tbody tr[data-row]');

describe('the first page, before the first paint', () => {
  it('is requested during the first render, before any effect has run', () => {
    const { adapter, calls } = instrument(sampleAdapter());
    let seenBySibling = -1;
    // A sibling rendered after the viewer, in the same render pass: effects have not run yet.
    function Sibling() {
      seenBySibling = calls.length;
      return null;
    }
    flushSync(() => root.render(<><AuditLogViewer adapter={adapter} timeZone="UTC" /><Sibling /></>));
    expect(seenBySibling).toBe(1);
  });

  it('is shown in the same task when its answer is ready at commit (no loading frame is drawn)', async () => {
    let anotherTask = false;
    setTimeout(() => (anotherTask = true), 0);
    flushSync(() => root.render(<AuditLogViewer adapter={sampleAdapter()} timeZone="UTC" />));
    expect(bodyRows()).toHaveLength(0);
    for (let i = 0; i < 50 && bodyRows().length === 0; i++) await Promise.resolve();
    expect(anotherTask).toBe(false);
    expect(bodyRows()).toHaveLength(25);
    expect(container.querySelector('table')).toHaveAttribute('aria-busy', 'false');
  });

  it('still shows a slow first page once it comes, and asks for it once', async () => {
    const { adapter, calls } = instrument(sampleAdapter(), () => 'pass');
    const slow = { ...adapter, listEvents: async (r: Parameters<typeof adapter.listEvents>[0]) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return adapter.listEvents(r);
    } };
    flushSync(() => root.render(<AuditLogViewer adapter={slow} timeZone="UTC" />));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(bodyRows()).toHaveLength(25);
    expect(calls).toHaveLength(1);
  });
});
