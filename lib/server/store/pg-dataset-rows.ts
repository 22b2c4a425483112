import 'server-only';
import type { DatasetSummary } from '../../upload/types';
import { indicatorPartsOf, outlineOf, rowCountOfParts, rowPartAt, type DatasetHead } from './dataset-parts';
import type { DatasetParts } from './part-types';
import type { PgSql, PgTx } from './pg-client';
import { insertChunked } from './pg-insert';
import type { DatasetRow, FileRow, TableRow } from './sqlite-statements';
import { summaryOf } from './sqlite-values';
import type { DatasetOutline } from './types';

/*
 * Reading and writing a dataset's rows in PostgreSQL: the same rows and row readers as SQLite's
 * (dataset-parts.ts, sqlite-values.ts), with PostgreSQL's numbers made numbers.
 */

export const SUMMARY_COLUMNS = 'id, name, created_at, updated_at, checked_at, counts_json, claim_count, row_count, recognised_json';
export const FILE_COLUMNS = 'dataset_id, position, name, format, sheet, size, sha256';
/** The pool or a transaction: the readers run in either. */
export type Query = PgSql | PgTx;

/** PostgreSQL gives BIGINT (and COUNT) as text: the numbers the shared row readers expect. */
export function datasetRowOf(row: DatasetRow): DatasetRow {
  return { ...row, claim_count: Number(row.claim_count), row_count: Number(row.row_count) };
}

/** A file row with its numbers as numbers. */
export function fileRowOf<T extends FileRow>(row: T): T {
  return { ...row, position: Number(row.position), size: Number(row.size) };
}

/** A table row with its numbers as numbers. */
export function tableRowOf(row: TableRow): TableRow {
  return { ...row, position: Number(row.position), row_count: Number(row.row_count), claim_count: Number(row.claim_count) };
}

/**
 * A dataset's summary with its files; null for an unknown id.
 * @example await readSummary(sql, id) // { id, name, counts, files: [...] }
 */
export async function readSummary(q: Query, id: string): Promise<DatasetSummary | null> {
  const [row] = await q.unsafe<DatasetRow[]>(`SELECT ${SUMMARY_COLUMNS} FROM datasets WHERE id = $1`, [id]);
  if (!row) return null;
  const files = await q.unsafe<FileRow[]>(`SELECT ${FILE_COLUMNS} FROM dataset_files WHERE dataset_id = $1 ORDER BY position`, [id]);
  return summaryOf(datasetRowOf(row), files.map(fileRowOf));
}

/**
 * Summary, document and table outlines (no rows); null for an unknown id.
 * @example (await readOutline(tx, id))?.tables.length // 1
 */
export async function readOutline(q: Query, id: string): Promise<DatasetOutline | null> {
  const summary = await readSummary(q, id);
  const [head] = await q<{ dataset_json: string }[]>`SELECT dataset_json FROM datasets WHERE id = ${id}`;
  if (!summary || !head) return null;
  const { document } = JSON.parse(head.dataset_json) as DatasetHead;
  const tables = await q<TableRow[]>`SELECT position, table_id, row_count, claim_count, table_json FROM dataset_tables
                                     WHERE dataset_id = ${id} ORDER BY position`;
  const [count] = await q<{ n: string }[]>`SELECT COUNT(*) AS n FROM dataset_indicators WHERE dataset_id = ${id}`;
  return {
    summary,
    document: { ...document, title: summary.name },
    tables: tables.map(tableRowOf).map((t) => outlineOf(t.table_json, t.row_count, t.claim_count)),
    indicatorCount: Number(count?.n ?? 0),
  };
}

/**
 * Writes a dataset's tables, rows and indicators (prepareDataset) inside the caller's transaction.
 * @example await writeParts(tx, id, prepareDataset(dataset).parts);
 */
export async function writeParts(tx: PgTx, datasetId: string, parts: DatasetParts): Promise<void> {
  await insertChunked(
    tx,
    'dataset_tables',
    parts.tables.map((t) => ({ dataset_id: datasetId, position: t.position, table_id: t.tableId, row_count: t.rowCount, claim_count: t.claimCount, table_json: t.json })),
  );
  await insertChunked(
    tx,
    'dataset_rows',
    Array.from({ length: rowCountOfParts(parts) }, (_, i) => {
      const r = rowPartAt(parts.rows, i);
      return {
        dataset_id: datasetId,
        table_position: r.tablePosition,
        position: r.position,
        line: r.line,
        claim_position: r.claimPosition,
        severity: r.severity,
        indicator_id: r.indicatorId,
        row_json: r.json,
      };
    }),
  );
  await insertChunked(
    tx,
    'dataset_indicators',
    indicatorPartsOf(parts.indicators).map((i) => ({ dataset_id: datasetId, indicator_id: i.indicatorId, position: i.position, name: i.name, indicator_json: i.json })),
  );
}

