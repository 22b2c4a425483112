import 'server-only';
import postgres from 'postgres';
import type { StorageFault } from './storage-fault';

/** The PostgreSQL client's handle (a pool): tagged-template queries, `begin` for transactions. */
export type PgSql = postgres.Sql;
/** A query handle inside a transaction. */
export type PgTx = postgres.TransactionSql;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * How many connections one server keeps to PostgreSQL: `SOATSO_PG_POOL` (default 10). Several
 * servers share the database's `max_connections`, so keep servers × pool below it.
 *
 * @example
 * poolSize({ SOATSO_PG_POOL: '4' }) // 4
 */
export function poolSize(env: Env = process.env): number {
  const n = Number(env.SOATSO_PG_POOL ?? '10');
  return Number.isSafeInteger(n) && n >= 1 && n <= 100 ? n : 10;
}

/**
 * A pool of connections to the database at `url` (`postgres://user:password@host:port/db`).
 * Connections open on first use; notices are not printed; a query waiting for a connection
 * fails after 30 s instead of hanging a request forever. `schema` (tests) puts every table in
 * that schema instead of `public`.
 *
 * @example
 * const sql = openPgClient(process.env.DATABASE_URL ?? ''); await sql`SELECT 1`;
 */
export function openPgClient(url: string, env: Env = process.env, schema?: string): PgSql {
  return postgres(url, {
    max: poolSize(env),
    // Tests keep their tables in a schema of their own, dropped afterwards.
    ...(schema ? { connection: { search_path: schema } } : {}),
    onnotice: false,
    connect_timeout: 10,
    queue_timeout: 30,
    idle_timeout: 60,
  });
}

// SQLSTATE classes and codes (PostgreSQL manual, appendix A) by fault; the client's own codes for
// a connection it could not open or lost.
const BY_CODE: Readonly<Record<string, StorageFault['kind']>> = {
  '53100': 'full', // disk_full
  '53200': 'full', // out_of_memory
  '25006': 'read-only', // read_only_sql_transaction (a standby, or default_transaction_read_only)
  '42501': 'read-only', // insufficient_privilege
  XX001: 'corrupt', // data_corrupted
  XX002: 'corrupt', // index_corrupted
  '53300': 'unavailable', // too_many_connections
  '57P01': 'unavailable', // admin_shutdown
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now
  '3D000': 'unavailable', // invalid_catalog_name: the database does not exist
  '28P01': 'unavailable', // invalid_password
  '28000': 'unavailable', // invalid_authorization_specification
  CONNECTION_CLOSED: 'unavailable',
  CONNECTION_DESTROYED: 'unavailable',
  CONNECTION_ENDED: 'unavailable',
  CONNECT_TIMEOUT: 'unavailable',
  QUEUE_TIMEOUT: 'unavailable',
  ECONNREFUSED: 'unavailable',
  ECONNRESET: 'unavailable',
  ENOTFOUND: 'unavailable',
  EHOSTUNREACH: 'unavailable',
  ETIMEDOUT: 'unavailable',
};

/**
 * The storage fault a PostgreSQL error stands for, or null when it is not one (a bug: a syntax
 * error, a violated constraint). Class 08 (connection exception) is always `unavailable`.
 *
 * @example
 * classifyPgError(Object.assign(new Error('could not extend file'), { code: '53100' })) // { kind: 'full', detail: 'PostgreSQL 53100' }
 * classifyPgError(Object.assign(new Error('duplicate key'), { code: '23505' })) // null
 */
export function classifyPgError(error: unknown): StorageFault | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  if (typeof code !== 'string') return null;
  const kind = BY_CODE[code] ?? (code.startsWith('08') && code.length === 5 ? 'unavailable' : undefined);
  return kind === undefined ? null : { kind, detail: `PostgreSQL ${code}` };
}
