import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** A database made for one run, and how to drop it. */
export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  readonly drop: () => Promise<void>;
}

/**
 * Creates an empty database for this run on the server of `url` (whose user may create
 * databases, as the throw-away cluster's superuser can), so the run never touches other data.
 * @example const db = await createTestDatabase(process.env.DATABASE_URL ?? ''); …; await db.drop();
 */
export async function createTestDatabase(url: string): Promise<TestDatabase> {
  const name = `soatso_two_${randomBytes(5).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: false });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    url: own.toString(),
    name,
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** What a direct look at the database found: problems, and the ids of the datasets it holds. */
export interface DatabaseCheck {
  readonly problems: string[];
  readonly ids: Set<string>;
}

/**
 * Reads the tables directly: every dataset has its files, its tables, as many rows as its tables
 * say and as many claims as its summary says; no row, file or indicator without its dataset.
 * @example const { problems, ids } = await checkDatasets(db.url);
 */
export async function checkDatasets(url: string): Promise<DatabaseCheck> {
  const sql = postgres(url, { max: 1, onnotice: false });
  try {
    const problems: string[] = [];
    const datasets = await sql<{ id: string; claim_count: number; files: string; tables: string; rows: string; table_rows: string | null; claims: string; head_id: string | null }[]>`
      SELECT d.id, d.claim_count,
        (SELECT COUNT(*) FROM dataset_files f WHERE f.dataset_id = d.id) AS files,
        (SELECT COUNT(*) FROM dataset_tables t WHERE t.dataset_id = d.id) AS tables,
        (SELECT COUNT(*) FROM dataset_rows r WHERE r.dataset_id = d.id) AS rows,
        (SELECT SUM(t.row_count) FROM dataset_tables t WHERE t.dataset_id = d.id) AS table_rows,
        (SELECT COUNT(*) FROM dataset_rows r WHERE r.dataset_id = d.id AND r.claim_position IS NOT NULL) AS claims,
        d.dataset_json::json -> 'document' ->> 'id' AS head_id
      FROM datasets d`;
    const ids = new Set<string>();
    for (const d of datasets) {
      ids.add(d.id);
      if (Number(d.files) === 0) problems.push(`${d.id}: no original file`);
      if (Number(d.tables) === 0) problems.push(`${d.id}: no table`);
      if (Number(d.rows) !== Number(d.table_rows ?? 0)) problems.push(`${d.id}: ${d.rows} rows stored, its tables say ${d.table_rows}`);
      if (Number(d.claims) !== Number(d.claim_count)) problems.push(`${d.id}: ${d.claims} claims stored, its summary says ${d.claim_count}`);
      if (d.head_id !== d.id) problems.push(`${d.id}: its document carries the id ${d.head_id ?? '?'}`);
    }
    const [orphans] = await sql<{ n: string }[]>`SELECT
        (SELECT COUNT(*) FROM dataset_rows r WHERE NOT EXISTS (SELECT 1 FROM datasets d WHERE d.id = r.dataset_id))
      + (SELECT COUNT(*) FROM dataset_files f WHERE NOT EXISTS (SELECT 1 FROM datasets d WHERE d.id = f.dataset_id))
      + (SELECT COUNT(*) FROM dataset_indicators i WHERE NOT EXISTS (SELECT 1 FROM datasets d WHERE d.id = i.dataset_id)) AS n`;
    if (Number(orphans?.n ?? 0) > 0) problems.push(`${orphans?.n} rows without their dataset`);
    return { problems, ids };
  } finally {
    await sql.end();
  }
}

/**
 * The key of a stored dataset's worst finding (`<tableId>:<line>`), the target of a decision.
 * @example await firstClaimKey(db.url, id) // 'bang-1:4'
 */
export async function worstFindingKey(url: string, datasetId: string): Promise<string> {
  const sql = postgres(url, { max: 1, onnotice: false });
  try {
    const [row] = await sql<{ key: string | null }[]>`SELECT row_json::json ->> 'key' AS key FROM dataset_rows
      WHERE dataset_id = ${datasetId} AND claim_position IS NOT NULL ORDER BY severity, claim_position LIMIT 1`;
    if (!row?.key) throw new Error(`dataset ${datasetId} has no claim`);
    return row.key;
  } finally {
    await sql.end();
  }
}

/**
 * Waits until a server is inside a write transaction (an upload storing its dataset), polling
 * `pg_stat_activity` every 10 ms; false when none was seen within `timeoutMs`.
 * @example if (await waitForRowWrite(db.url, 60_000)) await server.kill('SIGKILL');
 */
export async function waitForRowWrite(url: string, timeoutMs: number): Promise<boolean> {
  const sql = postgres(url, { max: 1, onnotice: false });
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      // A transaction that has written something has a transaction id (backend_xid): an upload
      // between its first INSERT and its COMMIT.
      const [row] = await sql<{ n: string }[]>`SELECT COUNT(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`;
      if (Number(row?.n ?? 0) > 0) return true;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return false;
  } finally {
    await sql.end();
  }
}
