import type { Sql } from 'postgres';
import { actorIdsOf, deriveActor, principalId } from '../src/model/actor.js';
import type { AuditLogEvent } from '../src/model/event.js';
import { parseInstant } from '../src/model/instant.js';
import { searchWordsOf } from '../src/server/postgres/search-words.js';

// COPY in text format, the bulk load of the bench: each value escaped for COPY, the arrays and
// the tsvector in their own syntax, the columns as the store's insert fills them (insert.ts).
const copyText = (v: string) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const arrayText = (items: readonly string[]) => `{${items.map((i) => `"${i.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
const vectorText = (words: readonly string[]) => words.map((w) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' ');

/** COPYs events into `audit_log_events` (the counts beside them are left to `rebuildCounts`). */
export async function copyEvents(sql: Sql, events: readonly AuditLogEvent[]): Promise<void> {
  const writable = await sql`copy audit_log_events (organization_id, id, time_ms, event_name, actor_kind, actor_ids, principal_id, search_words, event) from stdin`.writable();
  let batch = '';
  for (const event of events) {
    const principal = principalId(event);
    batch += [
      copyText(event.organizationId!),
      copyText(event.id),
      String(parseInstant(event.eventTime)),
      copyText(event.eventName),
      deriveActor(event).kind,
      copyText(arrayText(actorIdsOf(event))),
      principal === null ? '\\N' : copyText(principal),
      copyText(vectorText(searchWordsOf(event))),
      copyText(JSON.stringify(event)),
    ].join('\t') + '\n';
    if (batch.length > 1 << 20) {
      if (!writable.write(batch)) await new Promise((resolve) => writable.once('drain', resolve));
      batch = '';
    }
  }
  await new Promise<void>((resolve, reject) => writable.end(batch, () => resolve()).once('error', reject));
}
