import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from './client.js';
import { migrate } from './schema.js';
import { testDatabases } from './test-databases.js';

// The migrations run on every start, by every server: at once, they must still run each once.

describe.each(testDatabases())('the migrations on $name', (database) => {
  let opened: Awaited<ReturnType<typeof database.open>>;
  beforeAll(async () => {
    opened = await database.open();
  }, 30_000);
  afterAll(() => opened?.close());

  it('run each once, even when several servers start at once, and again change nothing', async () => {
    // On a server, five pools at once (five servers starting); PGlite has one connection.
    const clients: SqlClient[] = [opened.client, ...Array.from({ length: 4 }, () => opened.another?.()).filter((c): c is SqlClient => c !== undefined)];
    const reached = await Promise.all(clients.map((client) => migrate(client)));
    expect(new Set(reached).size).toBe(1);
    const { rows } = await opened.client.query<{ version: number }>('select version from audit_log_schema order by version');
    expect(rows.map((r) => Number(r.version))).toEqual(Array.from({ length: reached[0]! }, (_, i) => i + 1));
    expect(await migrate(opened.client)).toBe(reached[0]);
    expect((await opened.client.query('select version from audit_log_schema')).rows).toHaveLength(reached[0]!);
  });
});
