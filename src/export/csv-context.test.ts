import { describe, expect, it } from 'vitest';
import type { AuditLogActorInfo, AuditLogActorRef } from '../adapter/types.js';
import { DEFAULT_MESSAGES } from '../format/messages.js';
import type { AuditLogEvent } from '../model/event.js';
import { createCsvContext } from './csv-context.js';

const event = (id: string, actorUserId: string): AuditLogEvent => ({ id, actorUserId, eventTime: '2025-07-01T00:00:00Z', eventName: 'a.b.c', eventDetails: {} });

describe('the CSV actor names', () => {
  it('treats a name the backend could give but did not as a failed lookup, so that the page is retried, not written with a bare id', async () => {
    let calls = 0;
    const lookup = async (refs: AuditLogActorRef[]): Promise<AuditLogActorInfo[]> => {
      calls++;
      // The first time, one lookup of the batch fails (Tesseral looks names up one per request).
      return refs.filter((r) => calls > 1 || r.id !== 'user_b').map((r) => ({ ...r, email: `${r.id}@acme.example` }));
    };
    const csv = createCsvContext('UTC', DEFAULT_MESSAGES, lookup, [], ['user', 'api_key']);
    const page = [event('1', 'user_a'), event('2', 'user_b')];
    await expect(csv.beforePage(page)).rejects.toMatchObject({ code: 'server' });
    await csv.beforePage(page);
    expect(page.map((e) => csv.actorName(e))).toEqual(['user_a@acme.example', 'user_b@acme.example']);
  });

  it('says "No actor given" where the backend never names some actors, and "System" where it names them all', () => {
    const none: AuditLogEvent = { id: '3', eventTime: '2025-07-01T00:00:00Z', eventName: 'a.b.c', eventDetails: {} };
    expect(createCsvContext('UTC', DEFAULT_MESSAGES, undefined, ['scim_api_key']).actorName(none)).toBe('No actor given');
    expect(createCsvContext('UTC', DEFAULT_MESSAGES).actorName(none)).toBe('System');
  });
});
