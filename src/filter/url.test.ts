import { describe, expect, it } from 'vitest';
import { toListFilter } from './resolve.js';
import type { AuditLogFilter } from './types.js';
import { hasActiveFilter } from './types.js';
import { readUrlState, writeUrlState } from './url.js';

const full: AuditLogFilter = {
  eventNames: ['tesseral.users.update', 'ledgerly.invoices.approve'],
  actorIds: ['user_1', 'api_key_2'],
  actorKinds: ['user', 'system'],
  time: { start: '2025-07-01T00:00:00Z', end: '2025-07-02T00:00:00.123456Z' },
  search: 'invite "jane doe" user.email:x@y.z & = ?',
  sort: 'oldest',
};

describe('the filter in the URL', () => {
  it('round-trips every field and the page size', () => {
    const params = writeUrlState(new URLSearchParams(), { filter: full, pageSize: 50, eventId: 'audit_log_event_1x' });
    expect(readUrlState(new URLSearchParams(params.toString()))).toEqual({ filter: full, pageSize: 50, eventId: 'audit_log_event_1x' });
    const shown = writeUrlState(new URLSearchParams(), { filter: {}, columns: ['summary', 'acme.region, cost'], timeFormat: 'relative' });
    expect(shown.toString()).toBe('audit.col=summary&audit.col=acme.region%2C+cost&audit.times=relative');
    // Any column id comes back as written (the viewer drops those its list does not have).
    expect(readUrlState(shown)).toEqual({ filter: {}, columns: ['summary', 'acme.region, cost'], timeFormat: 'relative' });
    expect(readUrlState(new URLSearchParams('audit.times=absolute')).timeFormat).toBe('absolute');
    expect(readUrlState(new URLSearchParams('audit.times=sideways')).timeFormat).toBeUndefined();
    const relative = writeUrlState(new URLSearchParams(), { filter: { time: { last: '7d' } } });
    expect(readUrlState(new URLSearchParams(relative.toString()))).toEqual({ filter: { time: { last: '7d' } } });
  });

  it('keeps the host\'s parameters, in order, and replaces only its own', () => {
    const host = new URLSearchParams('tab=audit&audit.q=old&x=1&audit.event=a.b.c');
    const out = writeUrlState(host, { filter: { search: 'new' } });
    expect(out.toString()).toBe('tab=audit&x=1&audit.q=new');
  });

  it('uses its prefix, so two viewers on one page keep apart', () => {
    const one = writeUrlState(new URLSearchParams(), { filter: { search: 'a' } }, 'left.');
    const both = writeUrlState(one, { filter: { search: 'b' } }, 'right.');
    expect(readUrlState(both, 'left.').filter.search).toBe('a');
    expect(readUrlState(both, 'right.').filter.search).toBe('b');
  });

  it('ignores unknown parameters and drops invalid values instead of failing', () => {
    const params = new URLSearchParams({
      'audit.kind': 'robot',
      'audit.last': '1y',
      'audit.from': 'yesterday',
      'audit.sort': 'random',
      'audit.size': '-5',
      'audit.unknown': 'x',
      q: 'host search',
    });
    params.append('audit.kind', 'api_key');
    params.append('audit.event', '');
    params.append('audit.open', '"><script>');
    expect(readUrlState(params)).toEqual({ filter: { actorKinds: ['api_key'] } });
    expect(readUrlState(new URLSearchParams('audit.from=2025-07-02T00:00:00Z&audit.to=2025-07-01T00:00:00Z'))).toEqual({ filter: {} });
    expect(readUrlState(new URLSearchParams(`audit.q=${'x'.repeat(5000)}`))).toEqual({ filter: {} });
  });

  it('keeps hostile values as inert text', () => {
    const hostile: AuditLogFilter = { eventNames: ['<img src=x onerror=alert(1)>'], actorIds: ['user_\u202Egnp.exe'], search: '"><script>alert(1)</script>' };
    const params = writeUrlState(new URLSearchParams(), { filter: hostile });
    expect(readUrlState(new URLSearchParams(params.toString())).filter).toEqual(hostile);
  });
});

describe('toListFilter', () => {
  it('turns a relative range into exact instants back from now, and copies an absolute one', () => {
    const now = Date.parse('2025-07-01T12:00:00Z');
    expect(toListFilter({ time: { last: '24h' } }, now)?.timeRange).toEqual({ start: '2025-06-30T12:00:00.000Z', end: '2025-07-01T12:00:00.000Z' });
    expect(toListFilter({ time: { last: '15m' } }, now)?.timeRange).toEqual({ start: '2025-07-01T11:45:00.000Z', end: '2025-07-01T12:00:00.000Z' });
    expect(toListFilter({ time: { start: '2025-01-01T00:00:00Z' } }, now)?.timeRange).toEqual({ start: '2025-01-01T00:00:00Z' });
    expect(toListFilter({ search: '  ', eventNames: [] }, now)).toEqual({});
    expect(toListFilter(full, now)).toEqual({
      eventNames: full.eventNames, actorIds: full.actorIds, actorKinds: full.actorKinds, search: full.search,
      timeRange: { start: '2025-07-01T00:00:00Z', end: '2025-07-02T00:00:00.123456Z' },
    });
  });

  it('tells an active filter from the sort alone', () => {
    expect(hasActiveFilter({ sort: 'oldest' })).toBe(false);
    expect(hasActiveFilter({ search: ' ' })).toBe(false);
    expect(hasActiveFilter({ time: {} })).toBe(false);
    expect(hasActiveFilter({ time: { last: '1h' } })).toBe(true);
    expect(hasActiveFilter({ actorKinds: ['login'] })).toBe(true);
  });
});

describe('supportedFilter', () => {
  it('drops what a backend cannot apply, and keeps the rest', async () => {
    const { supportedFilter } = await import('./supported.js');
    const { TESSERAL_CAPABILITIES } = await import('../adapter/tesseral/index.js');
    expect(supportedFilter(full, TESSERAL_CAPABILITIES)).toEqual({
      eventNames: ['tesseral.users.update'],
      actorIds: ['user_1'],
      time: full.time,
    });
    expect(supportedFilter({ actorIds: ['api_key_2'] }, TESSERAL_CAPABILITIES)).toEqual({});
  });
});
