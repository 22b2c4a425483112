import 'server-only';
import type { IndicatorView } from '../../dataset/types';
import type { DatasetSummary } from '../../upload/types';
import { assembleDataset, indicatorOf, outlineOf, type DatasetHead } from './dataset-parts';
import type { DatasetRow, FileBytesRow, FileRow, Statements, TableRow } from './sqlite-statements';
import { clampRange, fileInfo, parseRows, summaryOf } from './sqlite-values';
import type { DatasetOutline, IndicatorWindow, RowRange, RowWindow, StoredDataset, StoredFile } from './types';

/*
 * The SQLite store's reads of a dataset and of its parts: each runs inside the store's read transaction
 * (SqliteDatasetStore.read), so a window and its total come from one state of the dataset.
 */

/**
 * A dataset's summary (name, counts, files); null for an unknown id.
 * @example readSummary(s, id)?.name // 'Bảng 2'
 */
export function readSummary(s: Statements, id: string): DatasetSummary | null {
  const row = s.summary.get(id) as DatasetRow | undefined;
  if (!row) return null;
  return summaryOf(row, s.filesOf.all(id) as FileRow[]);
}

/**
 * Summary, document and table outlines, without rows; null for an unknown id.
 * @example readOutline(s, id)?.tables.length // 2
 */
export function readOutline(s: Statements, id: string): DatasetOutline | null {
  const summary = readSummary(s, id);
  const head = s.head.get(id) as string | undefined;
  if (!summary || head === undefined) return null;
  const { document } = JSON.parse(head) as DatasetHead;
  const tables = (s.tables.all(id) as TableRow[]).map((t) => outlineOf(t.table_json, t.row_count, t.claim_count));
  const indicatorCount = Number(s.indicatorCount.get(id));
  return { summary, document: { ...document, title: summary.name }, tables, indicatorCount };
}

/**
 * The whole dataset, every row; null for an unknown id.
 * @example readDataset(s, id)?.dataset.claims.length // 12
 */
export function readDataset(s: Statements, id: string): StoredDataset | null {
  const outline = readOutline(s, id);
  if (!outline) return null;
  const dataset = assembleDataset(id, outline, parseRows(s.allRows.all(id)), s.allIndicators.all(id) as string[]);
  return { summary: outline.summary, dataset };
}

/**
 * A window of one table's rows in table order; null for an unknown dataset or table.
 * @example readTableRows(s, id, 'bang-1', { offset: 200, limit: 200 })?.total // 50000
 */
export function readTableRows(s: Statements, id: string, tableId: string, range: RowRange): RowWindow | null {
  const { offset, limit } = clampRange(range);
  const table = s.table.get(id, tableId) as TableRow | undefined;
  if (!table) return null;
  return { rows: parseRows(s.tableRows.all(id, table.position, limit, offset)), total: table.row_count, offset };
}

/**
 * Where the row printed on file line `line` sits in its table (0-based); null when absent.
 * @example readRowPosition(s, id, 'bang-1', 324) // 321
 */
export function readRowPosition(s: Statements, id: string, tableId: string, line: number): number | null {
  const table = s.table.get(id, tableId) as TableRow | undefined;
  if (!table) return null;
  const position = s.rowPosition.get(id, table.position, line) as number | undefined;
  return position ?? null;
}

/**
 * A window of the checked claims, worst verdict first, then in table order.
 * @example readFindings(s, id, { offset: 0, limit: 100 })?.rows[0]?.verdict // 'mismatch'
 */
export function readFindings(s: Statements, id: string, range: RowRange): RowWindow | null {
  const { offset, limit } = clampRange(range);
  const row = s.summary.get(id) as DatasetRow | undefined;
  if (!row) return null;
  return { rows: parseRows(s.findings.all(id, limit, offset)), total: row.claim_count, offset };
}

/**
 * One indicator with a window of its claims; null when unknown.
 * @example readIndicator(s, id, 'thu-ngan-sach', { offset: 0, limit: 100 })?.claims.total // 3
 */
export function readIndicator(s: Statements, id: string, indicatorId: string, range: RowRange): IndicatorWindow | null {
  const { offset, limit } = clampRange(range);
  const json = s.indicator.get(id, indicatorId) as string | undefined;
  if (json === undefined) return null;
  const rows = parseRows(s.indicatorClaims.all(id, indicatorId, limit, offset));
  const total = Number(s.indicatorClaimCount.get(id, indicatorId));
  return { indicator: indicatorOf(json, rows), claims: { rows, total, offset } };
}

/**
 * Every indicator's series without its claims, in dataset order; null for an unknown dataset.
 * @example readSeries(s, id)?.[0]?.points.length // 14
 */
export function readSeries(s: Statements, id: string): IndicatorView[] | null {
  if (!s.summary.get(id)) return null;
  return (s.allIndicators.all(id) as string[]).map((json) => indicatorOf(json, []));
}

/**
 * The original files with their bytes, in upload order; null for an unknown dataset.
 * @example readFiles(s, id)?.[0]?.name // 'bang.csv'
 */
export function readFiles(s: Statements, id: string): StoredFile[] | null {
  if (!s.summary.get(id)) return null;
  const rows = s.fileBytesOf.all(id) as FileBytesRow[];
  return rows.map((row) => ({ ...fileInfo(row), bytes: new Uint8Array(row.bytes) }));
}
