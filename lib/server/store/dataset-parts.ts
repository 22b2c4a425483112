import 'server-only';
import type Database from 'better-sqlite3';
import type { Dataset, DocumentMeta, IndicatorView, RowView, TableView } from '../../dataset/types';
import { slugify } from '../../dataset/slugify';
import { VERDICT_LABELS } from '../../verify/labels';
import type { DatasetOutline, TableOutline } from './types';
import { upgradeIndicator, type StoredIndicator } from '../../dataset/upgrade-row';

/** The indicator a row belongs to: its `Mã chỉ tiêu`, else its name as a slug (as buildDataset does). */
export function indicatorKeyOf(row: RowView): string {
  return row.indicatorId ?? slugify(row.indicator);
}

/** What `datasets.dataset_json` holds since migration 2: the document only (rows live in dataset_rows). */
export interface DatasetHead {
  readonly document: DocumentMeta;
}

/** The statements that write a dataset's parts, prepared once per connection. */
export function preparePartWriters(db: Database.Database) {
  return {
    table: db.prepare(
      `INSERT INTO dataset_tables (dataset_id, position, table_id, row_count, claim_count, table_json)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    row: db.prepare(
      `INSERT INTO dataset_rows (dataset_id, table_position, position, line, claim_position, severity, indicator_id, row_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    indicator: db.prepare(
      `INSERT INTO dataset_indicators (dataset_id, indicator_id, position, name, indicator_json) VALUES (?, ?, ?, ?, ?)`,
    ),
    clear: [
      db.prepare('DELETE FROM dataset_rows WHERE dataset_id = ?'),
      db.prepare('DELETE FROM dataset_tables WHERE dataset_id = ?'),
      db.prepare('DELETE FROM dataset_indicators WHERE dataset_id = ?'),
    ],
  };
}

export type PartWriters = ReturnType<typeof preparePartWriters>;

/** One `dataset_tables` row: the table without its rows, and its counts. */
export interface TablePart {
  readonly position: number;
  readonly tableId: string;
  readonly rowCount: number;
  readonly claimCount: number;
  readonly json: string;
}

/** One `dataset_rows` row: where the row sits, its claim position and severity, and its JSON. */
export interface RowPart {
  readonly tablePosition: number;
  readonly position: number;
  readonly line: number;
  /** Its place among the dataset's claims; null for a row that claims nothing. */
  readonly claimPosition: number | null;
  readonly severity: number;
  readonly indicatorId: string;
  readonly json: string;
}

/** One `dataset_indicators` row: the indicator without its claims (they are rows). */
export interface IndicatorPart {
  readonly indicatorId: string;
  readonly position: number;
  readonly name: string;
  readonly json: string;
}

export interface DatasetParts {
  readonly tables: readonly TablePart[];
  readonly rows: readonly RowPart[];
  readonly indicators: readonly IndicatorPart[];
}

/** What receives a dataset's parts, one at a time (see visitParts). */
export interface PartVisitor {
  table(part: TablePart): void;
  row(part: RowPart): void;
  indicator(part: IndicatorPart): void;
}

/**
 * Cuts a dataset into the rows every store keeps and hands each to the visitor as it is made: its
 * tables, its rows (one per database row, each with its verdict's severity and its position among
 * the claims) and its indicators (without their claims, which are rows). The same for SQLite and
 * PostgreSQL. One part at a time, so a writer can store each JSON text before the next is made.
 *
 * @example
 * visitParts(dataset, { table: () => {}, row: (r) => console.log(r.line), indicator: () => {} });
 */
export function visitParts(dataset: Dataset, visitor: PartVisitor): void {
  let claimPosition = 0;
  dataset.tables.forEach((table, tablePosition) => {
    const { rows: tableRows, ...meta } = table;
    const claimCount = tableRows.filter((r) => r.verdict !== 'none').length;
    visitor.table({ position: tablePosition, tableId: table.id, rowCount: tableRows.length, claimCount, json: JSON.stringify(meta) });
    tableRows.forEach((row, position) => {
      const isClaim = row.verdict !== 'none';
      visitor.row({
        tablePosition,
        position,
        line: row.row,
        claimPosition: isClaim ? claimPosition++ : null,
        severity: VERDICT_LABELS[row.verdict].rank,
        indicatorId: indicatorKeyOf(row),
        json: JSON.stringify(row),
      });
    });
  });
  dataset.indicators.forEach((indicator, position) => {
    const { claims: _claims, ...rest } = indicator;
    visitor.indicator({ indicatorId: indicator.id, position, name: indicator.name, json: JSON.stringify(rest) });
  });
}

/**
 * Every part of a dataset at once (see visitParts), for a writer that inserts them in batches.
 *
 * @example
 * partsOf(sampleDataset(id)).rows.length // 3
 */
export function partsOf(dataset: Dataset): DatasetParts {
  const tables: TablePart[] = [];
  const rows: RowPart[] = [];
  const indicators: IndicatorPart[] = [];
  visitParts(dataset, { table: (t) => tables.push(t), row: (r) => rows.push(r), indicator: (i) => indicators.push(i) });
  return { tables, rows, indicators };
}

/**
 * Writes a dataset's parts with SQLite's prepared statements, each as soon as it is made (a
 * 100 000-row upload never holds all its row texts at once). The caller holds the transaction.
 *
 * @example
 * writeParts(writers, '3f2b…', dataset); // dataset_rows gets one row per table row
 */
export function writeParts(writers: PartWriters, datasetId: string, dataset: Dataset): void {
  visitParts(dataset, {
    table: (t) => writers.table.run(datasetId, t.position, t.tableId, t.rowCount, t.claimCount, t.json),
    row: (r) => writers.row.run(datasetId, r.tablePosition, r.position, r.line, r.claimPosition, r.severity, r.indicatorId, r.json),
    indicator: (i) => writers.indicator.run(datasetId, i.indicatorId, i.position, i.name, i.json),
  });
}

/** Removes a dataset's parts (before a recheck writes new ones). */
export function clearParts(writers: PartWriters, datasetId: string): void {
  for (const statement of writers.clear) statement.run(datasetId);
}

/**
 * A table outline as stored (the row-less table JSON plus the counts).
 *
 * @example
 * outlineOf('{"id":"bang-2",…}', 50000, 50000).rowCount // 50000
 */
export function outlineOf(tableJson: string, rowCount: number, claimCount: number): TableOutline {
  return { ...(JSON.parse(tableJson) as Omit<TableView, 'rows'>), rowCount, claimCount };
}

/** An indicator as stored, with the claims given. */
export function indicatorOf(indicatorJson: string, claims: readonly RowView[]): IndicatorView {
  // Indicators stored before warnings were bilingual are upgraded as they are read.
  return { ...upgradeIndicator(JSON.parse(indicatorJson) as StoredIndicator), claims };
}

/**
 * The whole dataset from its stored parts: tables with their rows, indicators with their claims,
 * the claims in table order.
 *
 * @example
 * assembleDataset(id, outline, rows, indicatorJsons).claims.length // outline.summary.claimCount
 */
export function assembleDataset(
  id: string,
  outline: DatasetOutline,
  rows: readonly RowView[],
  indicatorJsons: readonly string[],
): Dataset {
  const byTable = new Map<string, RowView[]>();
  const claimsByIndicator = new Map<string, RowView[]>();
  for (const row of rows) {
    const list = byTable.get(row.tableId);
    if (list) list.push(row);
    else byTable.set(row.tableId, [row]);
    if (row.verdict === 'none') continue;
    const key = indicatorKeyOf(row);
    const claims = claimsByIndicator.get(key);
    if (claims) claims.push(row);
    else claimsByIndicator.set(key, [row]);
  }
  const tables = outline.tables.map(({ rowCount: _r, claimCount: _c, ...t }) => ({ ...t, rows: byTable.get(t.id) ?? [] }));
  const indicators = indicatorJsons.map((json) => {
    const indicator = indicatorOf(json, []);
    return { ...indicator, claims: claimsByIndicator.get(indicator.id) ?? [] };
  });
  return {
    id,
    document: outline.document,
    tables,
    indicators,
    claims: rows.filter((r) => r.verdict !== 'none'),
    counts: outline.summary.counts,
  };
}
