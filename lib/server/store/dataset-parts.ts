import 'server-only';
import type Database from 'better-sqlite3';
import type { Dataset, DocumentMeta, IndicatorView, RowView, TableView } from '../../dataset/types';
import { seriesKeyOf } from '../../dataset/series-key';
import { VERDICT_LABELS } from '../../verify/labels';
import type { DatasetOutline, TableOutline } from './types';
import { buffersOf, countTexts, packTexts, textAt } from './packed-texts';
import type { DatasetParts, IndicatorPart, IndicatorParts, RowPart, RowParts, TablePart } from './part-types';
import { upgradeIndicator, type StoredIndicator } from '../../dataset/upgrade-row';


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

const NO_CLAIM = -1;

/**
 * Cuts a dataset into the rows every store keeps: its tables (without their rows), its rows (one per
 * database row, each with its verdict's severity and its position among the claims) and its
 * indicators (without their claims, which are rows). The same for SQLite and PostgreSQL.
 *
 * @example
 * rowCountOfParts(partsOf(sampleDataset(id))) // 3
 */
export function partsOf(dataset: Dataset): DatasetParts {
  const rowCount = dataset.tables.reduce((n, t) => n + t.rows.length, 0);
  const tablePositions = new Uint32Array(rowCount);
  const positions = new Uint32Array(rowCount);
  const lines = new Uint32Array(rowCount);
  const claimPositions = new Int32Array(rowCount);
  const severities = new Uint8Array(rowCount);
  const rowIndicators: string[] = [];
  const rowJsons: string[] = [];
  const tables: TablePart[] = [];
  let claimPosition = 0;
  dataset.tables.forEach((table, tablePosition) => {
    const { rows: tableRows, ...meta } = table;
    const claimCount = tableRows.filter((r) => r.verdict !== 'none').length;
    tables.push({ position: tablePosition, tableId: table.id, rowCount: tableRows.length, claimCount, json: JSON.stringify(meta) });
    tableRows.forEach((row, position) => {
      const i = rowJsons.length;
      tablePositions[i] = tablePosition;
      positions[i] = position;
      lines[i] = row.row;
      claimPositions[i] = row.verdict === 'none' ? NO_CLAIM : claimPosition++;
      severities[i] = VERDICT_LABELS[row.verdict].rank;
      rowIndicators.push(seriesKeyOf(row));
      rowJsons.push(JSON.stringify(row));
    });
  });
  const rows: RowParts = {
    tablePosition: tablePositions,
    position: positions,
    line: lines,
    claimPosition: claimPositions,
    severity: severities,
    indicatorIds: packTexts(rowIndicators),
    jsons: packTexts(rowJsons),
  };
  const { indicators } = dataset;
  const indicatorJsons = indicators.map(({ claims: _claims, ...rest }) => JSON.stringify(rest));
  return {
    tables,
    rows,
    indicators: {
      indicatorIds: packTexts(indicators.map((i) => i.id)),
      names: packTexts(indicators.map((i) => i.name)),
      jsons: packTexts(indicatorJsons),
    },
  };
}

/**
 * The buffers the parts are made of, which a worker transfers to the server's thread instead of copying.
 *
 * @example
 * worker.postMessage(answer, buffersOfParts(prepared.parts));
 */
export function buffersOfParts(parts: DatasetParts): ArrayBuffer[] {
  const { rows, indicators } = parts;
  const columns = [rows.tablePosition, rows.position, rows.line, rows.claimPosition, rows.severity];
  return [
    ...columns.map((column) => column.buffer as ArrayBuffer),
    ...[rows.indicatorIds, rows.jsons, indicators.indicatorIds, indicators.names, indicators.jsons].flatMap(buffersOf),
  ];
}

/**
 * How many `dataset_rows` rows the parts hold.
 *
 * @example
 * rowCountOfParts(partsOf(sampleDataset(id))) // 3
 */
export function rowCountOfParts(parts: DatasetParts): number {
  return parts.rows.line.length;
}

/**
 * Row `i` of the parts as one record.
 *
 * @example
 * rowPartAt(partsOf(sampleDataset(id)).rows, 0).line // 3
 */
export function rowPartAt(rows: RowParts, i: number): RowPart {
  const claimPosition = rows.claimPosition[i] ?? NO_CLAIM;
  return {
    tablePosition: rows.tablePosition[i] ?? 0,
    position: rows.position[i] ?? 0,
    line: rows.line[i] ?? 0,
    claimPosition: claimPosition === NO_CLAIM ? null : claimPosition,
    severity: rows.severity[i] ?? 0,
    indicatorId: textAt(rows.indicatorIds, i) ?? '',
    json: textAt(rows.jsons, i) ?? '',
  };
}

/**
 * Every indicator of the parts as records, in position order.
 *
 * @example
 * indicatorPartsOf(partsOf(sampleDataset(id)).indicators)[0]?.name // 'GDP bình quân đầu người'
 */
export function indicatorPartsOf(indicators: IndicatorParts): IndicatorPart[] {
  return Array.from({ length: countTexts(indicators.jsons) }, (_, position) => ({
    indicatorId: textAt(indicators.indicatorIds, position) ?? '',
    position,
    name: textAt(indicators.names, position) ?? '',
    json: textAt(indicators.jsons, position) ?? '',
  }));
}

/**
 * Writes a dataset's parts with SQLite's prepared statements. The caller holds the transaction.
 *
 * @example
 * writeParts(writers, '3f2b…', prepareDataset(dataset).parts); // dataset_rows gets one row per table row
 */
export function writeParts(writers: PartWriters, datasetId: string, parts: DatasetParts): void {
  for (const t of parts.tables) writers.table.run(datasetId, t.position, t.tableId, t.rowCount, t.claimCount, t.json);
  for (let i = 0; i < rowCountOfParts(parts); i++) {
    const r = rowPartAt(parts.rows, i);
    writers.row.run(datasetId, r.tablePosition, r.position, r.line, r.claimPosition, r.severity, r.indicatorId, r.json);
  }
  for (const ind of indicatorPartsOf(parts.indicators)) writers.indicator.run(datasetId, ind.indicatorId, ind.position, ind.name, ind.json);
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
    const key = seriesKeyOf(row);
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
