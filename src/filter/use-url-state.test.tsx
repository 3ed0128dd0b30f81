import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useAuditLogUrlState, type AuditLogUrlSource } from './use-url-state.js';

/** A router as hosts have them: it applies a navigation a moment later, and makes its own. */
function fakeRouter(initial: string) {
  let search = initial;
  const listeners = new Set<() => void>();
  const writes: [string, string][] = [];
  const set = (next: string) => {
    search = next.replace(/^\?/, '');
    listeners.forEach((listener) => listener());
  };
  const source: AuditLogUrlSource = {
    read: () => search,
    write: (next, mode) => {
      writes.push([next, mode]);
      setTimeout(() => set(next), 20);
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  return { source, writes, navigate: set };
}

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('URL state over a router of the host', () => {
  it('reads the router, writes through it, shows a change at once, and follows navigations the router makes', async () => {
    const router = fakeRouter('tab=audit&audit.event=tesseral.users.create');
    const { result } = renderHook(() => useAuditLogUrlState({ source: router.source }));
    expect(result.current.filter).toEqual({ eventNames: ['tesseral.users.create'] });
    act(() => result.current.onFilterChange({ search: 'roles' }, 'commit'));
    // Before the router has applied it, the viewer already shows the new filter.
    expect(result.current.filter).toEqual({ search: 'roles' });
    expect(router.writes).toEqual([['?tab=audit&audit.q=roles', 'push']]);
    await wait(40);
    expect(result.current.filter).toEqual({ search: 'roles' });
    // The host's router navigates on its own (a link, Back): the viewer follows.
    act(() => router.navigate('tab=audit&audit.kind=api_key'));
    expect(result.current.filter).toEqual({ actorKinds: ['api_key'] });
  });

  it('renders on the server without the URL (hydration then reads it)', () => {
    const router = fakeRouter('audit.q=roles');
    function Probe() {
      const url = useAuditLogUrlState({ source: router.source });
      return <p>{JSON.stringify(url.filter)}</p>;
    }
    expect(renderToString(<Probe />)).toBe('<p>{}</p>');
  });
});
