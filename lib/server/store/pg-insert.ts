import 'server-only';
import type { PgTx } from './pg-client';

/** PostgreSQL takes at most 65 535 parameters per statement; stay below with room to spare. */
const MAX_PARAMETERS = 60_000;

/** A row to insert: column name → value (text, number, null or bytes). */
export type InsertRow = Readonly<Record<string, string | number | null | Buffer>>;

/**
 * Inserts rows (all with the same columns) in as few statements as the parameter limit allows,
 * inside the caller's transaction: a 50 000-row table takes 7 statements, not 50 000.
 *
 * @example
 * await insertChunked(tx, 'dataset_indicators', [{ dataset_id: id, indicator_id: 'gdp', position: 0, name: 'GDP', indicator_json: '{}' }]);
 */
export async function insertChunked(tx: PgTx, table: string, rows: readonly InsertRow[]): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    await tx`INSERT INTO ${tx(table)} ${tx(chunk, columns)}`;
  }
}
