import { QueryClient, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../adapter/memory.js';
import { AuditLogError } from '../errors.js';
import { eventQuery } from './on-demand.js';

// A host's own QueryClient has none of the viewer's defaults: the policy must come with each query.
describe('the query options', () => {
  it('retry passing failures twice and final ones never, in a host\'s plain QueryClient', async () => {
    const base = createMemoryAdapter({ events: [] });
    const attempts = { server: 0, final: 0 };
    const flaky = { ...base, id: 'flaky', getEvent: async () => {
      attempts.server++;
      if (attempts.server < 3) throw new AuditLogError('server', 'try again');
      return null;
    } };
    const refused = { ...base, id: 'refused', getEvent: async () => {
      attempts.final++;
      throw new AuditLogError('unauthenticated', 'sign in');
    } };
    const client = new QueryClient();
    const ok = renderHook(() => useQuery(eventQuery({ adapter: flaky, scope: 's' }, 'e1', true), client));
    const no = renderHook(() => useQuery(eventQuery({ adapter: refused, scope: 's' }, 'e1', true), client));
    await waitFor(() => expect(ok.result.current.isSuccess).toBe(true), { timeout: 5000 });
    await waitFor(() => expect(no.result.current.isError).toBe(true), { timeout: 5000 });
    expect(attempts).toEqual({ server: 3, final: 1 });
  });
});
