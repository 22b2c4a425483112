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

/**
 * Writes a dataset's tables, rows (one per database row, each with its verdict's severity and
 * its position among the claims) and indicators (without their claims, which are rows). The
 * caller holds the transaction.
 *
 * @example
 * writeParts(writers, '3f2b…', dataset); // dataset_rows gets one row per table row
 */
export function writeParts(writers: PartWriters, datasetId: string, dataset: Dataset): void {
  let claimPosition = 0;
  dataset.tables.forEach((table, tablePosition) => {
    const { rows, ...meta } = table;
    const claimCount = rows.filter((r) => r.verdict !== 'none').length;
    writers.table.run(datasetId, tablePosition, table.id, rows.length, claimCount, JSON.stringify(meta));
    rows.forEach((row, position) => {
      const isClaim = row.verdict !== 'none';
      writers.row.run(
        datasetId,
        tablePosition,
        position,
        row.row,
        isClaim ? claimPosition++ : null,
        VERDICT_LABELS[row.verdict].rank,
        indicatorKeyOf(row),
        JSON.stringify(row),
      );
    });
  });
  dataset.indicators.forEach((indicator, position) => {
    const { claims: _claims, ...rest } = indicator;
    writers.indicator.run(datasetId, indicator.id, position, indicator.name, JSON.stringify(rest));
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
