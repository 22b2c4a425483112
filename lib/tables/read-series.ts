import { detectNumberStyle } from '../numbers/detect-number-style';
import { parseNumber } from '../numbers/parse-number';
import { collapseWhitespace, isBlankCell } from './collapse-whitespace';
import { headerKey } from './header-key';
import { badSeriesRowError, emptyFileError, mixedMarksWarning, mixedNumberStyleWarning, noIndicatorColumnError, noRowsError, notANumberWarning, noValueColumnError, noYearColumnError, tooManyRowsError } from './problems';
import { MAX_ROWS, prepareInput, type PreparedInput, type ReadOptions } from './read-input';
import { findHeaderRow } from './locate-header';
import type { ReadResult, SeriesPoint, SeriesTable, TableWarning } from './types';

/*
 * Long-series headers, matched on `headerKey(cell)` (lower case, no diacritics, `_` as space).
 */

// Grammar: "indicator" [" name"] | ["ten "] "chi tieu".
// Example: "indicator", "ten chi tieu" match; "indicator id" does not.
const SERIES_INDICATOR = /^(?:indicator(?: name)?|(?:ten )?chi tieu)$/;
// Grammar: "indicator id" | "indicatorid" | "id" | "ma" | "ma chi tieu" | "ma so" | "code".
// Example: "indicator id" (from "indicator_id"), "ma chi tieu" (from "Mã chỉ tiêu") match.
const SERIES_ID = /^(?:indicator ?id|id|ma|ma chi tieu|ma so|code)$/;
// Grammar: "unit" ["s"] | "don vi" [" tinh"] | "dvt".
// Example: "don vi tinh", "dvt", "unit" match.
const SERIES_UNIT = /^(?:units?|don vi(?: tinh)?|dvt)$/;
// Grammar: "year" | "nam".
// Example: "nam" (from "Năm") matches; "nam 2009" does not (that is a report table's year column).
const SERIES_YEAR = /^(?:year|nam)$/;
// Grammar: "value" | "gia tri" | "so lieu".
// Example: "gia tri" (from "Giá trị") matches.
const SERIES_VALUE = /^(?:value|gia tri|so lieu)$/;
// Grammar: "source" ["s"] | "nguon" [" so lieu"].
// Example: "nguon" (from "Nguồn") matches.
const SERIES_SOURCE = /^(?:sources?|nguon(?: so lieu)?)$/;
// Grammar: ["nam " | "year "] 4 digits.
// Example: "2022", "nam 2022" match; "20x2", "22" do not.
const SERIES_YEAR_CELL = /^(?:nam |year )?(\d{4})$/;

type SeriesRole = 'indicator' | 'id' | 'unit' | 'year' | 'value' | 'source';

const ROLE_PATTERNS: readonly (readonly [SeriesRole, RegExp])[] = [
  ['indicator', SERIES_INDICATOR],
  ['id', SERIES_ID],
  ['unit', SERIES_UNIT],
  ['year', SERIES_YEAR],
  ['value', SERIES_VALUE],
  ['source', SERIES_SOURCE],
];

interface SeriesLayout {
  readonly at: Readonly<Record<SeriesRole, number>>;
  readonly headers: readonly string[];
  readonly others: readonly { readonly index: number; readonly key: string }[];
}

function layoutOf(header: readonly string[]): SeriesLayout {
  const at: Record<SeriesRole, number> = { indicator: -1, id: -1, unit: -1, year: -1, value: -1, source: -1 };
  const headers = header.map((cell) => collapseWhitespace(cell));
  const others: { index: number; key: string }[] = [];
  headers.forEach((text, index) => {
    const key = headerKey(text);
    const match = ROLE_PATTERNS.find(([role, pattern]) => at[role] < 0 && pattern.test(key));
    if (match) at[match[0]] = index;
    else if (text !== '') others.push({ index, key: text });
  });
  return { at, headers, others };
}

/**
 * True when a header row has the long-series shape: a `year`/`năm` column and a
 * `value`/`giá trị` column (plus the indicator column that made it a header).
 *
 * @example
 * isSeriesHeader(['indicator', 'unit', 'year', 'value', 'source']); // true
 * isSeriesHeader(['Chỉ tiêu', 'Năm 2009', 'Năm 2022']);             // false
 */
export function isSeriesHeader(header: readonly string[]): boolean {
  const { at } = layoutOf(header);
  return at.year >= 0 && at.value >= 0;
}

function readYear(cell: string): number | null {
  const text = cell.trim();
  const m = SERIES_YEAR_CELL.exec(text.length === 4 ? text : headerKey(text));
  return m && m[1] !== undefined ? Number(m[1]) : null;
}

function cellAt(record: readonly string[], index: number): string {
  return index < 0 ? '' : collapseWhitespace(record[index] ?? '');
}

/**
 * Builds a long series from split records (see readSeries).
 *
 * @example
 * const prepared = prepareInput(bytes, 'chuoi.csv');
 * if (prepared.ok) buildSeries(prepared.value);
 */
export function buildSeries(input: PreparedInput, options: ReadOptions = {}): ReadResult<SeriesTable> {
  const { records, lines, file } = input;
  const headerIndex = findHeaderRow(records);
  if (headerIndex < 0) {
    const filled = records.findIndex((r) => r.some((cell) => !isBlankCell(cell)));
    return { ok: false, error: filled < 0 ? emptyFileError(file) : noIndicatorColumnError(file, lines[filled]) };
  }
  const headerLine = lines[headerIndex] ?? headerIndex + 1;
  const layout = layoutOf(records[headerIndex] ?? []);
  const { at, headers } = layout;
  if (at.indicator < 0) return { ok: false, error: noIndicatorColumnError(file, headerLine) };
  if (at.year < 0) return { ok: false, error: noYearColumnError(file, headerLine) };
  if (at.value < 0) return { ok: false, error: noValueColumnError(file, headerLine) };

  const maxRows = options.maxRows ?? MAX_ROWS;
  const kept: { readonly index: number; readonly year: number }[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i];
    if (!record || record.every(isBlankCell)) continue;
    const line = lines[i] ?? i + 1;
    if (isBlankCell(record[at.indicator] ?? '')) {
      const error = badSeriesRowError(file, line, headers[at.indicator] ?? '', 'missing-indicator', '');
      return { ok: false, error };
    }
    const yearCell = record[at.year] ?? '';
    const year = readYear(yearCell);
    if (year === null) {
      return { ok: false, error: badSeriesRowError(file, line, headers[at.year] ?? '', 'bad-year', yearCell) };
    }
    if (kept.length >= maxRows) return { ok: false, error: tooManyRowsError(file, line, maxRows) };
    kept.push({ index: i, year });
  }
  if (kept.length === 0) return { ok: false, error: noRowsError(file, headerLine) };

  const rawValues = kept.map((k) => (records[k.index]?.[at.value] ?? '').trim());
  const decision = detectNumberStyle(rawValues.filter((v) => v !== ''));
  const warnings: TableWarning[] = decision.mixed ? [mixedNumberStyleWarning(file, decision.style)] : [];
  const valueHeader = headers[at.value] ?? '';
  const points: SeriesPoint[] = kept.map((k, n) => {
    const record = records[k.index] ?? [];
    const line = lines[k.index] ?? k.index + 1;
    const raw = rawValues[n] ?? '';
    const parsed = parseNumber(raw, decision.style);
    if (!parsed.ok && parsed.reason === 'not-a-number') warnings.push(notANumberWarning(file, line, valueHeader, raw));
    if (parsed.ok && parsed.warning === 'mixed-marks') warnings.push(mixedMarksWarning(file, line, valueHeader, raw));
    const extras: Record<string, string> = {};
    for (const other of layout.others) extras[other.key] = cellAt(record, other.index);
    const id = cellAt(record, at.id);
    const source = cellAt(record, at.source);
    return {
      line,
      indicatorId: id === '' ? null : id,
      indicator: cellAt(record, at.indicator),
      unit: cellAt(record, at.unit),
      year: k.year,
      value: { raw, parsed },
      source: source === '' ? null : source,
      extras,
    };
  });
  return {
    ok: true,
    value: {
      kind: 'series',
      file,
      points,
      meta: { encoding: input.encoding, delimiter: input.delimiter, headerRow: headerLine, numberStyle: decision.style },
      warnings,
    },
  };
}

/**
 * Reads a long (tidy) series (spec table-csv.md, "Shape: a long series"): columns
 * `indicator, unit, year, value, source` or `chỉ tiêu, đơn vị tính, năm, giá trị, nguồn`, and an
 * optional `indicator_id` / `mã chỉ tiêu`. A row without an indicator or with a bad year refuses
 * the file (`bad-series-row`); a value that is not a number is a warning on its row.
 *
 * @example
 * const r = readSeries('indicator,unit,year,value,source\nThu ngân sách,Tỷ đồng,1991,"9,4",Bảng 1', 's.csv');
 * // r.ok && r.value.points[0] → { year: 1991, value: { raw: '9,4', parsed: { ok: true, value: 9.4, decimals: 1 } }, … }
 */
export function readSeries(input: Uint8Array | string, file: string, options: ReadOptions = {}): ReadResult<SeriesTable> {
  const prepared = prepareInput(input, file, options);
  if (!prepared.ok) return prepared;
  return buildSeries(prepared.value, options);
}
