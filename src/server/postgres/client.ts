/**
 * What the PostgreSQL store needs of a driver: one parameterized query at a time (`$1`, `$2`…),
 * answered with its rows. {@link fromPGlite} and {@link fromPostgresJs} wrap the two the project
 * runs on; any other driver (`pg`'s `Pool#query` already has this shape) fits in a line.
 */
export interface SqlClient {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Runs `work` in one transaction (the migrations; a batch of inserts). */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
}

interface PGliteLike {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  transaction<T>(work: (tx: { query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }> }) => Promise<T>): Promise<T>;
}

/** A PGlite database (`new PGlite(dir)`, Postgres in WebAssembly) as a {@link SqlClient}. */
export function fromPGlite(db: PGliteLike): SqlClient {
  const wrap = (q: PGliteLike['query']): SqlClient['query'] => (text, params) => q(text, params ? [...params] : undefined);
  // Inside a transaction, a nested one joins it (as postgres.js's does below).
  const inTransaction = (tx: { query: PGliteLike['query'] }): SqlClient => ({ query: wrap(tx.query.bind(tx)), transaction: (work) => work(inTransaction(tx)) });
  return { query: wrap(db.query.bind(db)), transaction: (work) => db.transaction((tx) => work(inTransaction(tx))) };
}

/** What {@link fromPostgresJs} uses of a postgres.js pool (`begin` is absent inside a transaction). */
export interface PostgresJsLike {
  unsafe(text: string, params?: unknown[]): PromiseLike<unknown[]>;
  begin?(work: (sql: PostgresJsLike) => Promise<unknown>): PromiseLike<unknown>;
}

/** A `postgres` (postgres.js) connection pool as a {@link SqlClient}. */
export function fromPostgresJs(sql: PostgresJsLike): SqlClient {
  return {
    query: async <Row>(text: string, params?: readonly unknown[]) => ({ rows: (await sql.unsafe(text, params ? [...params] : [])) as Row[] }),
    // Inside a transaction already (no `begin`), the work joins it.
    transaction: async (work) => (sql.begin ? ((await sql.begin((tx) => work(fromPostgresJs(tx)))) as never) : work(fromPostgresJs(sql))),
  };
}
