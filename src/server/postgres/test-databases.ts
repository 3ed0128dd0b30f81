import { PGlite } from '@electric-sql/pglite';
import { fromPGlite, fromPostgresJs, type PostgresJsLike, type SqlClient } from './client.js';

/** A database a test runs the PostgreSQL store on, opened fresh and closed after. */
export interface TestDatabase {
  name: string;
  /** `another`: a second pool on the same database, for what must hold between servers (a server's only), as `role` if given. */
  open(): Promise<{ client: SqlClient; another?: (role?: string) => SqlClient; close(): Promise<void> }>;
}

/**
 * The databases of the store's tests: PGlite always, and the PostgreSQL server of
 * `DATABASE_URL` when it is set (CI starts Debian's: scripts/postgres-ci.sh), each test file in a
 * schema of its own, dropped after. In CI the server is required: a run without it fails here
 * rather than passing on PGlite alone.
 */
export function testDatabases(): TestDatabase[] {
  const url = process.env.DATABASE_URL;
  if (!url && process.env.CI) throw new Error('CI must give the store tests a PostgreSQL server: set DATABASE_URL (scripts/postgres-ci.sh).');
  const list: TestDatabase[] = [
    {
      name: 'PGlite',
      open: async () => {
        const db = new PGlite();
        return { client: fromPGlite(db), close: () => db.close() };
      },
    },
  ];
  if (url) {
    list.push({
      name: 'PostgreSQL server',
      open: async () => {
        const { default: postgres } = await import('postgres');
        const schema = `test_${crypto.randomUUID().replace(/-/g, '')}`;
        const admin = postgres(url, { max: 1, onnotice: () => undefined });
        await admin.unsafe(`create schema ${schema}`);
        const pool = (role?: string) => postgres(url, { max: 4, onnotice: () => undefined, connection: { search_path: schema, ...(role ? { role } : {}) } });
        const sql = pool();
        const others: ReturnType<typeof pool>[] = [];
        return {
          client: fromPostgresJs(sql as unknown as PostgresJsLike),
          another: (role) => {
            const other = pool(role);
            others.push(other);
            return fromPostgresJs(other as unknown as PostgresJsLike);
          },
          close: async () => {
            await Promise.all([sql, ...others].map((s) => s.end()));
            await admin.unsafe(`drop schema ${schema} cascade`);
            await admin.end();
          },
        };
      },
    });
  }
  return list;
}
