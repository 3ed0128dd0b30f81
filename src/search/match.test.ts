import { describe, expect, it } from 'vitest';
import type { AuditLogEvent } from '../model/event.js';
import { detailTexts, searchMatches } from './match.js';
import { parseSearch } from './parse.js';

const event: AuditLogEvent = {
  id: 'audit_log_event_1',
  eventTime: '2025-07-01T12:00:00Z',
  eventName: 'tesseral.users.update',
  actorUserId: 'user_jane',
  actorSessionId: 'session_9',
  eventDetails: {
    user: { id: 'user_bob', email: 'bob@acme.com', displayName: 'Bob Müller', owner: true },
    previousUser: { id: 'user_bob', email: 'bob@acme.com', owner: false },
    domains: ['acme.com', 'acme.io'],
  },
};
const names = (id: string) => (id === 'user_jane' ? ['Jane Doe', 'jane@acme.com'] : undefined);
const matches = (search: string) => searchMatches(parseSearch(search), event, names);

describe('searchMatches', () => {
  it('looks in the event name and label, actor ids and names, and every details string', () => {
    expect(matches('users')).toBe(true); // event name
    expect(matches('updated')).toBe(true); // label "User updated"
    expect(matches('session_9')).toBe(true); // actor id
    expect(matches('jane')).toBe(true); // actor's resolved name
    expect(matches('muller')).toBe(true); // details, accent folded
    expect(matches('ACME.IO')).toBe(true); // array element, case folded
    expect(matches('owner')).toBe(false); // keys and booleans are not text
  });

  it('ANDs terms and keeps phrases in order', () => {
    expect(matches('bob jane')).toBe(true);
    expect(matches('bob carol')).toBe(false);
    expect(matches('"bob muller"')).toBe(true);
    expect(matches('"muller bob"')).toBe(false);
  });

  it('limits key:value terms to their field', () => {
    expect(matches('event:update')).toBe(true);
    expect(matches('event:bob')).toBe(false);
    expect(matches('actor:jane')).toBe(true);
    expect(matches('actor:bob')).toBe(false);
    expect(matches('user:"jane doe"')).toBe(true);
    expect(matches('user:session')).toBe(false); // a session id is an actor, not the user
    expect(matches('user.email:bob')).toBe(true);
    expect(matches('user.email:acme.io')).toBe(false);
    expect(matches('previousUser.email:bob@acme.com')).toBe(true);
    expect(matches('domains:acme.io')).toBe(true);
  });

  it('reads details paths through arrays and ignores non-strings', () => {
    expect(detailTexts({ a: [{ b: 'x' }, 'y', 3, null], c: true })).toEqual([
      { path: ['a', 'b'], text: 'x' },
      { path: ['a'], text: 'y' },
    ]);
  });
});
