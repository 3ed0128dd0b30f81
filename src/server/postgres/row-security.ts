import type { SqlClient } from './client.js';

// Row-level security, as an option (docs/postgres.md): the database itself keeps each
// organization's rows to the requests scoped to it, whatever a query forgets. Each store call runs
// in a transaction that first says whose it is (`audit_log.organization_id`, local to the
// transaction); the policies show and take only that organization's rows, and none when it is not
// said. PostgreSQL applies them to every role but superusers and roles with BYPASSRLS: the store
// must connect as a role of its own (the owner too is held to them: FORCE).

/** The setting a transaction of the store names its organization in. */
export const ORGANIZATION_SETTING = 'audit_log.organization_id';

const TABLES = ['audit_log_events', 'audit_log_facet_counts', 'audit_log_time_counts'] as const;

/**
 * Turns row-level security on for the store's tables (idempotent; run after `migrate`, as the
 * tables' owner), and, given `role`, lets that role read and write them. Then open the store with
 * `rowLevelSecurity: true` and connect it as that role.
 */
export async function enableRowLevelSecurity(client: SqlClient, options: { role?: string } = {}): Promise<void> {
  // `public` would grant the tables to every role of the database.
  if (options.role !== undefined && (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.role) || options.role === 'public')) throw new Error('role must be a lower-case SQL name of one role (not public)');
  await client.transaction(async (tx) => {
    for (const table of TABLES) {
      await tx.query(`alter table ${table} enable row level security`);
      await tx.query(`alter table ${table} force row level security`);
      await tx.query(`drop policy if exists audit_log_by_organization on ${table}`);
      // current_setting(…, true) is null when unset: no organization said, no rows.
      await tx.query(`create policy audit_log_by_organization on ${table} using (organization_id = current_setting('${ORGANIZATION_SETTING}', true)) with check (organization_id = current_setting('${ORGANIZATION_SETTING}', true))`);
      if (options.role) await tx.query(`grant select, insert, update on ${table} to ${options.role}`);
    }
  });
}

/** Runs `work` in a transaction that names the organization whose rows it may see and write. */
export function asOrganization<T>(client: SqlClient, organizationId: string, work: (tx: SqlClient) => Promise<T>): Promise<T> {
  return client.transaction(async (tx) => {
    await tx.query('select set_config($1, $2, true)', [ORGANIZATION_SETTING, organizationId]);
    return work(tx);
  });
}
