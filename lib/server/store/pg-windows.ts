import 'server-only';
import type { IndicatorView } from '../../dataset/types';
import { assembleDataset, indicatorOf } from './dataset-parts';
import { FILE_COLUMNS, fileRowOf, readOutline, type Query } from './pg-dataset-rows';
import type { PgTx } from './pg-client';
import type { FileBytesRow, TableRow } from './sqlite-statements';
import { clampRange, fileInfo, parseRows } from './sqlite-values';
import type { IndicatorWindow, RowRange, RowWindow, StoredDataset, StoredFile } from './types';

/*
 * The PostgreSQL store's reads of a dataset and of its parts: each runs in the store's read
 * snapshot (PgDatasetStore.read), so a window and its total come from one state of the dataset.
 */

/**
 * The whole dataset, every row; null for an unknown id.
 * @example (await readPgDataset(tx, id))?.dataset.claims.length // 12
 */
export async function readPgDataset(tx: PgTx, id: string): Promise<StoredDataset | null> {
  const outline = await readOutline(tx, id);
  if (!outline) return null;
  const rows = await tx<{ row_json: string }[]>`SELECT row_json FROM dataset_rows WHERE dataset_id = ${id} ORDER BY table_position, position`;
  const indicators = await tx<{ indicator_json: string }[]>`SELECT indicator_json FROM dataset_indicators WHERE dataset_id = ${id} ORDER BY position`;
  const dataset = assembleDataset(
    id,
    outline,
    parseRows(rows.map((r) => r.row_json)),
    indicators.map((i) => i.indicator_json),
  );
  return { summary: outline.summary, dataset };
}

/**
 * A window of one table's rows in table order; null for an unknown dataset or table.
 * @example (await readPgTableRows(tx, id, 'bang-1', { offset: 200, limit: 200 }))?.total // 50000
 */
export async function readPgTableRows(tx: PgTx, id: string, tableId: string, range: RowRange): Promise<RowWindow | null> {
  const { offset, limit } = clampRange(range);
  const [table] = await tx<TableRow[]>`SELECT position, row_count FROM dataset_tables WHERE dataset_id = ${id} AND table_id = ${tableId}`;
  if (!table) return null;
  const rows = await tx<{ row_json: string }[]>`SELECT row_json FROM dataset_rows WHERE dataset_id = ${id} AND table_position = ${table.position}
                                                ORDER BY position LIMIT ${limit} OFFSET ${offset}`;
  return { rows: parseRows(rows.map((r) => r.row_json)), total: Number(table.row_count), offset };
}

/**
 * Where the row printed on file line `line` sits in its table (0-based); null when absent.
 * @example await readPgRowPosition(sql, id, 'bang-1', 324) // 321
 */
export async function readPgRowPosition(q: Query, id: string, tableId: string, line: number): Promise<number | null> {
  const [row] = await q<{ position: number }[]>`
    SELECT r.position FROM dataset_rows r JOIN dataset_tables t ON t.dataset_id = r.dataset_id AND t.position = r.table_position
    WHERE r.dataset_id = ${id} AND t.table_id = ${tableId} AND r.line = ${line} ORDER BY r.position LIMIT 1`;
  return row ? Number(row.position) : null;
}

/**
 * A window of the checked claims, worst verdict first, then in table order.
 * @example (await readPgFindings(tx, id, { offset: 0, limit: 100 }))?.rows[0]?.verdict // 'mismatch'
 */
export async function readPgFindings(tx: PgTx, id: string, range: RowRange): Promise<RowWindow | null> {
  const { offset, limit } = clampRange(range);
  const [head] = await tx<{ claim_count: number }[]>`SELECT claim_count FROM datasets WHERE id = ${id}`;
  if (!head) return null;
  const rows = await tx<{ row_json: string }[]>`SELECT row_json FROM dataset_rows WHERE dataset_id = ${id} AND claim_position IS NOT NULL
                                                ORDER BY severity, claim_position LIMIT ${limit} OFFSET ${offset}`;
  return { rows: parseRows(rows.map((r) => r.row_json)), total: Number(head.claim_count), offset };
}

/**
 * One indicator with a window of its claims; null when unknown.
 * @example (await readPgIndicator(tx, id, 'thu-ngan-sach', { offset: 0, limit: 100 }))?.claims.total // 3
 */
export async function readPgIndicator(tx: PgTx, id: string, indicatorId: string, range: RowRange): Promise<IndicatorWindow | null> {
  const { offset, limit } = clampRange(range);
  const [found] = await tx<{ indicator_json: string }[]>`SELECT indicator_json FROM dataset_indicators WHERE dataset_id = ${id} AND indicator_id = ${indicatorId}`;
  if (!found) return null;
  const claims = await tx<{ row_json: string }[]>`SELECT row_json FROM dataset_rows
    WHERE dataset_id = ${id} AND indicator_id = ${indicatorId} AND claim_position IS NOT NULL
    ORDER BY claim_position LIMIT ${limit} OFFSET ${offset}`;
  const [count] = await tx<{ n: string }[]>`SELECT COUNT(*) AS n FROM dataset_rows
    WHERE dataset_id = ${id} AND indicator_id = ${indicatorId} AND claim_position IS NOT NULL`;
  const rows = parseRows(claims.map((r) => r.row_json));
  return { indicator: indicatorOf(found.indicator_json, rows), claims: { rows, total: Number(count?.n ?? 0), offset } };
}

/**
 * Every indicator's series without its claims, in dataset order; null for an unknown dataset.
 * @example (await readPgSeries(tx, id))?.[0]?.points.length // 14
 */
export async function readPgSeries(tx: PgTx, id: string): Promise<IndicatorView[] | null> {
  const [exists] = await tx`SELECT 1 FROM datasets WHERE id = ${id}`;
  if (!exists) return null;
  const indicators = await tx<{ indicator_json: string }[]>`SELECT indicator_json FROM dataset_indicators WHERE dataset_id = ${id} ORDER BY position`;
  return indicators.map((r) => indicatorOf(r.indicator_json, []));
}

/**
 * The original files with their bytes, in upload order; null for an unknown dataset.
 * @example (await readPgFiles(tx, id))?.[0]?.name // 'bang.csv'
 */
export async function readPgFiles(tx: PgTx, id: string): Promise<StoredFile[] | null> {
  const [exists] = await tx`SELECT 1 FROM datasets WHERE id = ${id}`;
  if (!exists) return null;
  const rows = await tx.unsafe<FileBytesRow[]>(`SELECT ${FILE_COLUMNS}, bytes FROM dataset_files WHERE dataset_id = $1 ORDER BY position`, [id]);
  return rows.map((row) => ({ ...fileInfo(fileRowOf(row)), bytes: new Uint8Array(row.bytes) }));
}
