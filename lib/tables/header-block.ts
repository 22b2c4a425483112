import { isUnitNoteRow, unitOfRow } from './unit-note';
import { isBlankCell } from './collapse-whitespace';
import { headerKey } from './header-key';
import { filledCells, isIndexBaseRow } from './note-rows';
import { isIndicatorHeader, recognizeHeader } from './recognize-columns';
import { yearPairOf } from './year-headers';
import { HEADER_SEARCH_ROWS, isColumnNumberRow } from './locate-header';
import type { Column } from './types';
import { guessSpans, stacksOf, type HeaderSpan } from './header-stacks';
import { isNumberedTitle, namesColumnFromBody } from './page-layout';
import { columnsOf, isCornerLabel, isYearRole } from './header-columns';
import { isDataNumber } from './data-number';
import { oneYearHeaderAt } from './one-year-header';

export type { HeaderSpan } from './header-stacks';

type Records = readonly (readonly string[])[];

/** Where a table's header sits and what it says. */
export interface HeaderBlock {
  /** The header records joined into the column headers (first one is the header row). */
  readonly records: readonly number[];
  /** The first record after the header, the column-number row and the index-base row. */
  readonly dataStart: number;
  readonly columns: readonly Column[];
  /** Years run down the first column (a yearbook) rather than across. */
  readonly yearsDown: boolean;
  /** `Năm trước = 100` (and the like), read under the header or in the title. */
  readonly notes: readonly string[];
  /** The widest header record: a data row with more filled cells than this was split. */
  readonly width: number;
  /** The unit printed alone right under the header ("Tỷ đồng - Bill. dongs"), or null. */
  readonly unit: string | null;
}

/** At most this many records are joined into one header. */
const MAX_HEADER_RECORDS = 4;

// Grammar: [PREFIX ( " " | after "." )] ["nam " | "year "] YEAR [" (" text ")"] ; PREFIX = ( so bo | uoc tinh | uoc | sb ) [" - prel" ["."]]
// | "prel" ["."] — the English word a bilingual yearbook prints after "Sơ bộ" ; YEAR = 4 digits.
// Example: "2015", "nam 2016", "so bo 2021", "so bo - prel. 2023", "so bo prel.2017", "2021 (so bo)" match — a year cell of a yearbook’s
// first column; "2015-2020" does not.
const YEAR_ROW_CELL = /^(?:(?:(?:so bo|uoc tinh|uoc|sb)(?: ?- ?prel\.?)?|prel\.?)(?: |(?<=\.)))?(?:nam |year )?(?:19|20|21)\d{2}(?: ?\([^)]*\)| ?\*+)?$/;

/**
 * The year a cell of a yearbook's year column names, or null.
 *
 * @example
 * yearOfRowCell('Sơ bộ 2021'); // 2021
 */
export function yearOfRowCell(cell: string): number | null {
  const key = headerKey(cell);
  if (!YEAR_ROW_CELL.test(key)) return null;
  const m = /(?:19|20|21)\d{2}/.exec(key);
  return m ? Number(m[0]) : null;
}

function countFilled(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) if (!isBlankCell(cell)) n++;
  return n;
}


/**
 * A header row is one with two filled cells, one naming the indicator column; or one with two year headers after a
 * corner that is empty or names what a yearbook's rows are ("Tỉnh, vùng", "Phân theo huyện").
 */
function headerKind(record: readonly string[]): 'indicator' | 'years' | null {
  if (countFilled(record) < 2) return null;
  if (record.some((cell) => !isBlankCell(cell) && isIndicatorHeader(cell))) return 'indicator';
  // A yearbook's header leaves the corner over the indicator names empty (`| 2015 | 2020 | …`) or names the rows in
  // its own words (`Tỉnh, vùng | 2005 | 2010 | …`, `Năm | 2008 | 2012 | …`); a plan form's may too (`| Dự toán năm 2023 | Thực hiện năm 2023 | …`).
  // A provincial yearbook's index table has only pairs of years over its values (`| 2016/2015 | 2017/2016 | …`).
  let years = 0;
  let plans = 0;
  let pairs = 0;
  let comparisons = 0;
  let corner = false;
  let words = 0;
  for (const cell of record) {
    const role = isBlankCell(cell) ? null : recognizeHeader(cell).role;
    if (role === null) corner ||= years + plans + pairs === 0;
    else if (isYearRole(role)) years++;
    else if (role === 'plan') plans++;
    else if (yearPairOf(cell) !== null) pairs++;
    else if (role === 'claim' || role === 'index') comparisons++;
    else if (years + plans + pairs === 0) {
      // The first words left of the years name the rows in the table's own words: "Tỉnh, vùng", "Năm", or what the
      // rows measure ("GDP | 2010 | 2011 | …", Cần Thơ's GDP by sector in a thesis quoting the Cục Thống kê).
      corner ||= isCornerLabel(cell) || (role === 'other' && words === 0 && !isDataNumber(cell));
      words++;
    }
  }
  return ((years >= 1 && years + plans >= 2) || pairs >= 2 || (years + plans + pairs === 0 && comparisons >= 2)) && corner ? 'years' : null;
}

/** The column holding years in the rows under `index` (a yearbook with years down), or -1. */
function yearsDownColumn(records: Records, index: number): number {
  const header = records[index] ?? [];
  if (countFilled(header) < 2) return -1;
  const counts = new Map<number, number>();
  for (let i = index + 1; i < Math.min(records.length, index + 12); i++) {
    const record = records[i] ?? [];
    const at = record.findIndex((cell) => !isBlankCell(cell));
    if (at >= 0 && yearOfRowCell(record[at] ?? '') !== null) counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  for (const [at, n] of counts) if (n >= 2 && at <= 1) return at;
  return -1;
}

/**
 * The row above a yearbook's year header holds only group labels over the year columns (none over the corner); a unit
 * note at its right edge ("Đơn vị tính - Unit: Ha") is no group label.
 */
function groupRowAbove(records: Records, index: number, from: number): boolean {
  if (index - 1 < from) return false;
  const above = records[index - 1] ?? [];
  if (isUnitNoteRow(above)) return false;
  const header = records[index] ?? [];
  const firstYear = header.findIndex((cell) => !isBlankCell(cell) && isYearRole(recognizeHeader(cell).role));
  if (firstYear < 0) return false;
  const filled = above.flatMap((cell, i) => (isBlankCell(cell) ? [] : [i]));
  return filled.length > 0 && filled.every((i) => i >= firstYear);
}

/**
 * The header row of a header the user chose (records `rows`): a yearbook's when the last of them
 * names no year column and the rows under it start with years, else years across.
 *
 * @example
 * forcedHeaderRow([['Năm', 'GRDP'], ['2015', '1'], ['2016', '2']], [0]); // { index: 0, yearsAt: 0 }
 */
export function forcedHeaderRow(records: Records, rows: readonly number[]): HeaderRow {
  const index = rows[0] ?? 0;
  const last = rows[rows.length - 1] ?? index;
  const years = rows.some((r) => (records[r] ?? []).some((cell) => !isBlankCell(cell) && isYearRole(recognizeHeader(cell).role)));
  const at = years ? -1 : yearsDownColumn(records, last);
  return { index, yearsAt: at >= 0 ? at : null };
}

/** Where a table's header row is, from record `from` on. */
export interface HeaderRow {
  readonly index: number;
  /** For a yearbook with years down: the column holding the years. */
  readonly yearsAt: number | null;
}

/**
 * The next header row from `from`: a row naming the indicator column, else (a yearbook) a row
 * with two year headers, or a row over a first column of years. Searches HEADER_SEARCH_ROWS
 * records, or to `end`.
 *
 * @example
 * locateHeaderRow([['Biểu 1'], ['', '2015', '2020'], ['GRDP', '1', '2']], 0); // { index: 1, yearsAt: null }
 */
export function locateHeaderRow(records: Records, from = 0, end = from + HEADER_SEARCH_ROWS): HeaderRow | null {
  const stop = Math.min(records.length, end);
  for (let i = from; i < stop; i++) if (headerKind(records[i] ?? []) === 'indicator') return { index: i, yearsAt: null };
  for (let i = from; i < stop; i++) {
    if (isNumberedTitle(records[i] ?? [])) continue;
    if (headerKind(records[i] ?? []) === 'years') return { index: groupRowAbove(records, i, from) ? i - 1 : i, yearsAt: null };
    const at = yearsDownColumn(records, i);
    if (at >= 0) return { index: i, yearsAt: at };
  }
  // The last resort: one year over the values, right of an empty corner ("| | 2022 |", a year's CPI by month).
  for (let i = from; i < stop; i++) if (oneYearHeaderAt(records, i)) return { index: i, yearsAt: null };
  return null;
}

/**
 * A record continues the header: empty indicator cell, and only header-like cells (words, years). Under a header
 * whose first cells are blank (a yearbook's corner), a record with one cell filled, left of every header cell, is the
 * first section or row of the body ("Nông nghiệp", "Tháng trước = 100", or a row without figures in the column of
 * names right of a table-number column), unless that cell names the indicator column. `corner` is how many cells the
 * header row leaves blank at its start.
 */
function continuesHeader(record: readonly string[], indicatorAt: number, width: number, corner = 0): boolean {
  if (indicatorAt >= 0 && !isBlankCell(record[indicatorAt] ?? '')) return false;
  const cells = filledCells(record);
  if (cells.length === 0) return false;
  const at = record.findIndex((cell) => !isBlankCell(cell));
  if (cells.length === 1 && at < corner && !isIndicatorHeader(record[at] ?? '')) return false;
  if (isColumnNumberRow(record, indicatorAt, width) || isIndexBaseRow(record)) return false;
  return cells.every((cell) => !isDataNumber(cell));
}

/**
 * A record with one cell filled right above the first year row of a yearbook with years down: the first block's label
 * ("Người - Person", "Triệu đồng - Mill. dongs"), wherever the page centres it, not a line of the header.
 */
function isFirstBlockLabel(records: Records, at: number, yearsAt: number): boolean {
  if (countFilled(records[at] ?? []) !== 1) return false;
  for (let i = at + 1; i < records.length; i++) {
    const record = records[i] ?? [];
    if (record.every(isBlankCell)) continue;
    return yearOfRowCell(record[yearsAt] ?? '') !== null;
  }
  return false;
}

/** How many cells a header row leaves blank at its start (its corner). */
function cornerOf(header: readonly string[]): number {
  const at = header.findIndex((cell) => !isBlankCell(cell));
  return at < 0 ? 0 : at;
}

/**
 * Reads a table's header: the header row and the rows under it that continue it (a group
 * label over years, `Thực hiện` over `Năm 2020 | Năm 2022`), spans taken from the sheet's merged
 * cells when given, else guessed from a label followed by empty cells; then the column-number
 * row (1, 2, 3…) and an index-base row (`Năm trước = 100`) are passed over.
 *
 * @example
 * readHeaderBlock([['Chỉ tiêu', 'Thực hiện', '', 'Ước năm 2023'], ['', 'Năm 2020', 'Năm 2022', '']],
 *   { index: 0, yearsAt: null }, null).columns.map((c) => c.year); // [undefined, 2020, 2022, 2023]
 */
export function readHeaderBlock(
  records: Records,
  header: HeaderRow,
  merges: readonly HeaderSpan[] | null,
  forced: readonly number[] | null = null,
): HeaderBlock {
  if (forced !== null && forced.length > 0) return blockOf(records, header, merges, [...forced]);
  const first = records[header.index] ?? [];
  let width = first.length;
  const indicatorAt = first.findIndex((cell) => !isBlankCell(cell) && isIndicatorHeader(cell));
  const rows = [header.index];
  let next = header.index + 1;
  while (next < records.length && rows.length < MAX_HEADER_RECORDS && header.yearsAt === null) {
    const record = records[next] ?? [];
    // A unit printed alone under the years ("Tỷ đồng - Bill. dongs") is the table's unit, not a line of the header.
    if (isUnitNoteRow(record) || !continuesHeader(record, indicatorAt, Math.max(width, record.length), cornerOf(first))) break;
    rows.push(next);
    width = Math.max(width, record.length);
    next++;
  }
  if (header.yearsAt !== null) {
    // A yearbook's header may also sit on two rows (a group over its columns); the years start below it.
    while (next < records.length && rows.length < MAX_HEADER_RECORDS) {
      const record = records[next] ?? [];
      const at = record.findIndex((cell) => !isBlankCell(cell));
      if (at < 0 || yearOfRowCell(record[at] ?? '') !== null || isIndexBaseRow(record) || isFirstBlockLabel(records, next, header.yearsAt)) break;
      if (!continuesHeader(record, header.yearsAt, width)) break;
      rows.push(next);
      width = Math.max(width, record.length);
      next++;
    }
  }
  return blockOf(records, header, merges, rows);
}

/** The header block of the given header records: columns from their stacks, then the rows passed over under them. */
function blockOf(records: Records, header: HeaderRow, merges: readonly HeaderSpan[] | null, rows: readonly number[]): HeaderBlock {
  let width = 0;
  for (const r of rows) width = Math.max(width, records[r]?.length ?? 0);
  let next = (rows[rows.length - 1] ?? header.index) + 1;
  const spans = merges ? merges.filter((s) => rows.includes(s.record)) : guessSpans(records, rows, width);
  const columns = namesColumnFromBody(records, next, columnsOf(stacksOf(records, rows, width, spans), header.yearsAt));

  const notes: string[] = [];
  let unit: string | null = null;
  const indicatorColumn = columns.find((c) => c.role === 'indicator')?.index ?? -1;
  for (let guard = 0; guard < 4 && next < records.length; guard++) {
    const record = records[next] ?? [];
    const unitHere = header.yearsAt === null ? unitOfRow(record) : null;
    if (record.every(isBlankCell)) next++;
    else if (unitHere !== null) {
      unit ??= unitHere;
      next++;
    }
    else if (isIndexBaseRow(record)) {
      notes.push(filledCells(record).join(' '));
      next++;
    } else if (isColumnNumberRow(record, indicatorColumn, columns.length)) next++;
    else break;
  }
  return { records: rows, dataStart: next, columns, yearsDown: header.yearsAt !== null, notes, width, unit };
}
