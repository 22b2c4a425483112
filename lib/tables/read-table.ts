import { prepareInput, type ReadOptions } from './read-input';
import { buildReportTable, buildReportTables } from './read-report-table';
import { buildSeries, isSeriesHeader } from './read-series';
import { findHeaderRow } from './locate-header';
import type { ReadResult, ReportTable, SeriesTable } from './types';

/**
 * Reads a table of either shape: a header with a `năm`/`year` column and a `giá trị`/`value`
 * column is a long series, anything else a report table. Decodes and splits the file once.
 *
 * @example
 * const r = readTable(bytes, 'bang.csv');
 * if (r.ok && r.value.kind === 'report') r.value.rows.length;
 */
export function readTable(
  input: Uint8Array | string,
  file: string,
  options: ReadOptions = {},
): ReadResult<ReportTable | SeriesTable> {
  const prepared = prepareInput(input, file, options);
  if (!prepared.ok) return prepared;
  const headerIndex = findHeaderRow(prepared.value.records);
  const header = headerIndex >= 0 ? prepared.value.records[headerIndex] : undefined;
  if (header && isSeriesHeader(header)) return buildSeries(prepared.value, options);
  return buildReportTable(prepared.value, options);
}

/**
 * Reads every table of a file: a long series (one), or the report tables a sheet holds (several
 * when separated by blank rows, or one per column group). Decodes and splits the file once.
 *
 * @example
 * const r = readTables(bytes, 'bieu-mau.csv');
 * if (r.ok) r.value.map((t) => t.kind); // ['report', 'report']
 */
export function readTables(
  input: Uint8Array | string,
  file: string,
  options: ReadOptions = {},
): ReadResult<(ReportTable | SeriesTable)[]> {
  const prepared = prepareInput(input, file, options);
  if (!prepared.ok) return prepared;
  const headerIndex = findHeaderRow(prepared.value.records);
  const header = headerIndex >= 0 ? prepared.value.records[headerIndex] : undefined;
  if (header && isSeriesHeader(header)) {
    const series = buildSeries(prepared.value, options);
    return series.ok ? { ok: true, value: [series.value] } : series;
  }
  return buildReportTables(prepared.value, options);
}
