import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditLogEvent } from '../../model/event.js';
import type { SqlClient } from './client.js';
import { asOrganization, enableRowLevelSecurity } from './row-security.js';
import { migrate } from './schema.js';
import { createPostgresStore, type PostgresStore } from './store.js';
import { testDatabases } from './test-databases.js';

// Row-level security: the database, not the store's SQL, keeps an organization to its own rows.
// The store connects as a role of its own (a superuser passes every policy).

const ROLE = 'audit_log_rls_app';
const event = (org: string, i: number): AuditLogEvent => ({ id: `evt_${org}_${i}`, eventTime: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(), eventName: 'acme.file.read', actorUserId: `user_${org}`, eventDetails: { i } });
const count = async (client: SqlClient, table: string) => Number((await client.query<{ n: number | string }>(`select count(*) as n from ${table}`)).rows[0]!.n);

describe.each(testDatabases())('row-level security on $name', (database) => {
  let owner: SqlClient;
  let app: SqlClient;
  let store: PostgresStore;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const opened = await database.open();
    close = opened.close;
    owner = opened.client;
    await migrate(owner);
    await owner.query(`do $$ begin create role ${ROLE} nologin; exception when duplicate_object then null; end $$`);
    const { rows } = await owner.query<{ s: string }>('select current_schema() as s');
    await owner.query(`grant usage on schema ${rows[0]!.s} to ${ROLE}`);
    await enableRowLevelSecurity(owner, { role: ROLE });
    await enableRowLevelSecurity(owner, { role: ROLE }); // again: no change, no error
    if (opened.another) app = opened.another(ROLE);
    else {
      // PGlite has one connection: the owner's work is done, and the rest is the app role's.
      await owner.query(`set role ${ROLE}`);
      app = owner;
    }
    store = createPostgresStore({ client: app, rowLevelSecurity: true });
    await store.insert({ organizationId: 'org_a' }, [0, 1, 2].map((i) => event('org_a', i)));
    await store.insert({ organizationId: 'org_b' }, [0, 1].map((i) => event('org_b', i)));
  }, 60_000);
  afterAll(() => close?.());

  it('answers each organization with its own events through the store', async () => {
    const page = await store.list({ organizationId: 'org_a' }, { filter: {}, sort: 'newest', pageSize: 10, cursor: null });
    expect(page.events.map((e) => e.id)).toEqual(['evt_org_a_2', 'evt_org_a_1', 'evt_org_a_0']);
    expect(await store.count({ organizationId: 'org_b' }, {})).toEqual({ count: 2, exact: true });
    expect((await store.histogram({ organizationId: 'org_b' }, {}, 'UTC')).buckets.reduce((n, b) => n + b.count, 0)).toBe(2);
    expect(await store.facets({ organizationId: 'org_a' }, {}, 'actorId')).toMatchObject({ values: [{ value: 'user_org_a', count: 3 }] });
    expect(await store.get({ organizationId: 'org_a' }, 'evt_org_b_0')).toBeNull();
  });

  it('shows a query with no organization in it only the organization its transaction names, and none unnamed', async () => {
    for (const table of ['audit_log_events', 'audit_log_facet_counts', 'audit_log_time_counts']) {
      const a = await asOrganization(app, 'org_a', (tx) => count(tx, table));
      const b = await asOrganization(app, 'org_b', (tx) => count(tx, table));
      expect(a, table).toBeGreaterThan(0);
      expect(b, table).toBeGreaterThan(0);
      expect(await count(app, table), table).toBe(0);
      expect(await asOrganization(app, 'org_nobody', (tx) => count(tx, table)), table).toBe(0);
    }
    expect(await asOrganization(app, 'org_a', (tx) => count(tx, 'audit_log_events'))).toBe(3);
  });

  it('refuses a write of another organization’s row, whatever the SQL says', async () => {
    await expect(
      asOrganization(app, 'org_a', (tx) => tx.query(`insert into audit_log_time_counts (organization_id, slot, n) values ('org_b', 1, 1)`)),
    ).rejects.toThrow(/row-level security/);
    await expect(asOrganization(app, 'org_a', (tx) => tx.query(`update audit_log_events set event_name = 'x' where organization_id = 'org_b'`))).resolves.toBeDefined();
    expect((await store.list({ organizationId: 'org_b' }, { filter: {}, sort: 'newest', pageSize: 10, cursor: null })).events.map((e) => e.eventName)).toEqual(['acme.file.read', 'acme.file.read']);
  });
});
