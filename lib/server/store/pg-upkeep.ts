import 'server-only';
import type { PgSql } from './pg-client';
import type { RateLimitHit } from './types';

/*
 * The PostgreSQL store's small statements that are not about one dataset: rate-limit counters and
 * the orphan count of the integrity check.
 */

/**
 * Counts one request of `client` in `bucket` in the fixed window of `windowMs` holding `now`. One
 * statement: two servers counting the same client at once both see their own hit.
 *
 * @example
 * await countHitIn(sql, 'upload', '10.0.0.7', 60_000, Date.now()) // { count: 1, windowEndsAt: … }
 */
export async function countHitIn(sql: PgSql, bucket: string, client: string, windowMs: number, now: number): Promise<RateLimitHit> {
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const [row] = await sql<{ hits: number; window_start: string }[]>`
    INSERT INTO rate_limit_hits (bucket, client, window_start, hits) VALUES (${bucket}, ${client}, ${windowStart}, 1)
    ON CONFLICT (bucket, client) DO UPDATE SET
      hits = CASE WHEN rate_limit_hits.window_start = excluded.window_start THEN rate_limit_hits.hits + 1 ELSE 1 END,
      window_start = excluded.window_start
    RETURNING hits, window_start`;
  if (!row) throw new Error('rate-limit upsert returned no row');
  return { count: Number(row.hits), windowEndsAt: Number(row.window_start) + windowMs };
}

/**
 * Rows without their dataset or document (PostgreSQL's foreign keys should make it 0).
 *
 * @example
 * await countOrphans(sql) // 0
 */
export async function countOrphans(sql: PgSql): Promise<number> {
  const [row] = await sql<{ n: string }[]>`SELECT
      (SELECT COUNT(*) FROM dataset_rows r WHERE NOT EXISTS (SELECT 1 FROM datasets d WHERE d.id = r.dataset_id))
    + (SELECT COUNT(*) FROM dataset_files f WHERE NOT EXISTS (SELECT 1 FROM datasets d WHERE d.id = f.dataset_id))
    + (SELECT COUNT(*) FROM dataset_indicators i WHERE NOT EXISTS (SELECT 1 FROM datasets d WHERE d.id = i.dataset_id))
    + (SELECT COUNT(*) FROM dataset_corrections c WHERE NOT EXISTS (SELECT 1 FROM datasets d WHERE d.id = c.dataset_id))
    + (SELECT COUNT(*) FROM document_findings f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = f.document_id)) AS n`;
  return Number(row?.n ?? 0);
}
