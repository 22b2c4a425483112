import { applyRoles } from './apply-roles';
import { collapseWhitespace, isBlankCell } from './collapse-whitespace';
import { forcedHeaderRow, readHeaderBlock, locateHeaderRow, type HeaderBlock, type HeaderRow } from './header-block';
import { forcedHeaderRecords, headerLinesOf, headerRowsFor, type HeaderRowsCorrection } from './header-rows';
import { duplicateYearColumnError, emptyFileError, indicesOnlyWarning, legacyFontWarning, noIndicatorColumnError, noYearColumnError } from './problems';
import { locateMeasureHeader } from './measure-header';
import { columnGroups, groupColumns, nameOfRepeated, spansOf, withComparisons, withIndexBase } from './block-layouts';
import { crossSectionColumns, measureIndicesOf, titleYear, yearFromTitleWarning } from './read-cross-section';
import { tailColumns, yearsDownTail } from './years-down-tail';
import { isIndexBaseOnlyRow } from './note-rows';
import { prepareInput, type PreparedInput, type ReadOptions } from './read-input';
import { readTableBody, type BodyLayout } from './read-table-body';
import { readYearsDown, unitOfHeader } from './read-years-down';
import { columnLabel, findDuplicateYear } from './recognize-columns';
import { cornerUnitOf, isUnitNoteRow, unitNoteBetween, unitOfTitle } from './unit-note';
import type { ReadResult, ReportTable } from './types';

type Records = readonly (readonly string[])[];

/** At most this many tables are read from one sheet or file. */
const MAX_TABLES = 20;

function firstFilledLine(input: PreparedInput, from: number): number | undefined {
  for (let i = from; i < input.records.length; i++) {
    const record = input.records[i];
    if (record && record.some((cell) => !isBlankCell(cell))) return input.lines[i];
  }
  return undefined;
}

function titleBetween(records: Records, from: number, to: number): string | null {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    // The unit note ("Đơn vị tính - Unit: %") is the rows' unit (unit-note.ts), not words of the title; nor is a row
    // that only states an index's base. A title that names the base ("Chỉ số … (Năm trước = 100)") keeps it.
    if (isIndexBaseOnlyRow(records[i] ?? []) || isUnitNoteRow(records[i] ?? [])) continue;
    for (const cell of records[i] ?? []) {
      const text = collapseWhitespace(cell);
      if (text !== '') parts.push(text);
    }
  }
  return parts.length === 0 ? null : parts.join(' ');
}

function countFilled(record: readonly string[] | undefined): number {
  let n = 0;
  for (const cell of record ?? []) if (!isBlankCell(cell)) n++;
  return n;
}

/**
 * Where the next table on the sheet starts (its title rows, after a blank row), searching from
 * `from`; `records.length` when there is none.
 */
function nextTableStart(records: Records, from: number): number {
  for (let i = from; i < records.length; i++) {
    if (countFilled(records[i]) > 0) continue;
    let j = i + 1;
    while (j < records.length && countFilled(records[j]) === 0) j++;
    let k = j;
    while (k < records.length && k - j < 4 && countFilled(records[k]) === 1) k++;
    const header = locateHeaderRow(records, k, k + 1);
    if (header !== null && header.yearsAt === null) return j;
    i = j - 1;
  }
  return records.length;
}

/** Reads the tables of one header: one, or one per column group; a years-down yearbook transposed. */
function tablesOfBlock(
  input: PreparedInput,
  header: HeaderRow,
  block: HeaderBlock,
  range: { readonly titleFrom: number; readonly end: number; readonly file: string; readonly forced: HeaderRowsCorrection | null },
  options: ReadOptions,
): ReadResult<ReportTable[]> {
  const { records, lines } = input;
  const headerLine = lines[header.index] ?? header.index + 1;
  const title = titleBetween(records, range.titleFrom, header.index);
  const headerLines = headerLinesOf(input, block.records, range.titleFrom);
  const forced = range.forced ? { from: range.forced.from, to: range.forced.to } : null;
  const extra = (table: ReportTable): ReportTable => (forced ? { ...table, headerLines, headerForced: forced } : { ...table, headerLines });
  const columns = applyRoles(withIndexBase(block.columns, block.notes, title), options.roles ?? [], range.file);
  const layout: BodyLayout = {
    file: range.file,
    columns,
    title,
    headerLine,
    headerRows: block.records.map((r) => lines[r] ?? r + 1),
    start: block.dataStart,
    end: range.end,
    width: block.width,
    notes: block.notes,
    // "Đơn vị tính: Ha" above the header is the unit of every row that prints none; else a unit in the header's corner
    // cell ("%" over the indicator column, GSO); else a rate closing the title ("Tổng sản phẩm trong nước năm 2009 theo
    // giá so sánh năm 1994 (%)").
    defaultUnit:
      block.unit ??
      unitNoteBetween(records, range.titleFrom, header.index) ??
      cornerUnitOf([...records.slice(range.titleFrom, header.index), ...block.records.map((r) => records[r] ?? [])]) ??
      unitOfTitle(title),
  };
  if (header.yearsAt !== null) {
    const table = readYearsDown(input, layout, header.yearsAt);
    return table.ok ? { ok: true, value: [extra(table.value)] } : table;
  }
  const groups = columnGroups(columns);
  const layouts: BodyLayout[] =
    groups.length === 0
      ? [layout]
      : groups.map((group, n) => ({
          ...layout,
          file: n === 0 ? range.file : `${range.file} #${n + 1}`,
          columns: groupColumns(columns, group),
          title: title === null ? group : `${title} — ${group}`,
          defaultUnit: unitOfHeader(group) ?? layout.defaultUnit,
        }));
  const tables: ReportTable[] = [];
  for (const { layout: l, repeats } of withComparisons(layouts, options.roles ?? [], range.file)) {
    const duplicate = findDuplicateYear(l.columns);
    if (duplicate) {
      const error = duplicateYearColumnError(l.file, headerLine, duplicate.year, columnLabel(duplicate.first), columnLabel(duplicate.second));
      return { ok: false, error };
    }
    // A table of indices alone (a CPI table: "Tháng 3 năm 2023 so với: Kỳ gốc 2019 | … Tháng 3 năm trước | …") is read and
    // shown; its claims cannot be recomputed, and its first table says so.
    const valued = l.columns.some((c) => (c.role === 'year' || c.role === 'estimate') && c.year !== undefined);
    if (!valued && !l.columns.some((c) => c.role === 'index' || c.role === 'claim')) {
      return { ok: false, error: noYearColumnError(l.file, headerLine) };
    }
    const table = readTableBody(input, l, options);
    if (!table.ok) return table;
    const read = valued || repeats !== null ? table.value : { ...table.value, warnings: [indicesOnlyWarning(l.file, headerLine), ...table.value.warnings] };
    tables.push(extra(repeats === null ? read : { ...read, sameRowsAs: nameOfRepeated(range.file, repeats) }));
  }
  return { ok: true, value: tables };
}

/**
 * Every report table of a file or sheet (spec table-csv.md): report forms with a title, a
 * multi-row header (group labels spanning the year columns under them, merged cells of a sheet
 * when `options.merges` gives them), estimate and plan columns, a column-number row, section rows
 * and footer notes; several tables separated by blank rows; yearbook shapes (years down the
 * first column, indicators as column groups, an index column under `Năm trước = 100`). The
 * second and later tables of a file are named `file #2`, `file #3`…
 *
 * @example
 * const prepared = prepareInput(bytes, 'bieu-mau.csv');
 * if (prepared.ok) buildReportTables(prepared.value); // { ok: true, value: [table1, table2] }
 */
export function buildReportTables(input: PreparedInput, options: ReadOptions = {}): ReadResult<ReportTable[]> {
  const { records, file } = input;
  const first = locateHeaderRow(records, 0);
  if (first === null && headerRowsFor(options.headerRows, file) === null) {
    const line = firstFilledLine(input, 0);
    // "| Diện tích (Km2) | Dân số (Người) |" over numbers: a header there is, without years.
    const measures = locateMeasureHeader(records, 0);
    if (measures !== null) return readMeasureHeader(input, measures, options);
    return { ok: false, error: line === undefined ? emptyFileError(file) : noIndicatorColumnError(file, line) };
  }
  const merges = spansOf(input, options.merges);
  const tables: ReportTable[] = [];
  let titleFrom = 0;
  let header: HeaderRow | null = first;
  while (tables.length < MAX_TABLES) {
    const n = tables.length;
    const name = n === 0 ? file : `${file} #${n + 1}`;
    // The user's header rows for this table replace the header found (the body is found from them).
    const forced = headerRowsFor(options.headerRows, name);
    let block: HeaderBlock;
    if (forced) {
      const rows = forcedHeaderRecords(input, forced, titleFrom);
      if (!rows.ok) return rows;
      header = forcedHeaderRow(records, rows.value);
      block = readHeaderBlock(records, header, merges, rows.value);
    } else if (header !== null) block = readHeaderBlock(records, header, merges);
    else break;
    const end = nextTableStart(records, block.dataStart);
    // A header of measures under a title naming one year ("… phân theo huyện năm 2015" over "| Tên huyện | Chỉ tiêu | Lúa |
    // Ngô |") is read as that year's; any other header without years is refused below for its missing year columns.
    const oneYear = forced || header.yearsAt !== null ? null : crossSectionOf(records, header, block, titleFrom, end);
    // The years down the rows may end with one year broken down ("Sơ bộ 2019 phân theo đơn vị hành chính"): read apart.
    const tail = forced || header.yearsAt === null ? null : yearsDownTail(records, block.dataStart, end, header.yearsAt);
    const range = { titleFrom, end: tail?.at ?? end, file: name, forced };
    const read = oneYear === null ? tablesOfBlock(input, header, block, range, options) : readCrossSection(input, header, oneYear, range, options);
    if (!read.ok) return read;
    for (const t of read.value) tables.push(t);
    if (tail !== null && header.yearsAt !== null) {
      const tailBlock = { ...block, dataStart: tail.at, columns: tailColumns(block.columns, header.yearsAt, tail.year) };
      const yearHeader: HeaderRow = { index: header.index, yearsAt: null };
      const broken = readCrossSection(input, yearHeader, { block: tailBlock, year: tail.year }, { titleFrom, end, file: `${file} #${tables.length + 1}`, forced: null }, options);
      if (!broken.ok) return broken;
      for (const t of broken.value) tables.push(t);
    }
    if (end >= records.length) break;
    titleFrom = end;
    header = locateHeaderRow(records, end, end + 6);
  }
  if (input.legacyFont && tables[0]) {
    const first = tables[0];
    tables[0] = { ...first, warnings: [legacyFontWarning(file, input.legacyFont), ...first.warnings] };
  }
  return { ok: true, value: tables };
}

/** A block with no column of years, indices or claims read as one year's (read-cross-section.ts); null when it is not one. */
function crossSectionOf(records: Records, header: HeaderRow, block: HeaderBlock, titleFrom: number, end: number): { block: HeaderBlock; year: number } | null {
  // A comparison column is no year column: it may name a measure of the header (crossSectionColumns ties it to it).
  const valued = block.columns.some((c) => c.role === 'year' || c.role === 'estimate');
  const year = valued ? null : titleYear(records, titleFrom, header.index);
  const columns = year === null ? null : crossSectionColumns(block.columns, records.slice(block.dataStart, end), year);
  return year === null || columns === null ? null : { block: { ...block, columns }, year };
}

/**
 * The tables of a block read as one year's: one table per measure, the first saying its year is the title's and which
 * comparison columns were read as a measure's index.
 */
function readCrossSection(
  input: PreparedInput,
  header: HeaderRow,
  oneYear: { block: HeaderBlock; year: number },
  range: { readonly titleFrom: number; readonly end: number; readonly file: string; readonly forced: HeaderRowsCorrection | null },
  options: ReadOptions,
): ReadResult<ReportTable[]> {
  const read = tablesOfBlock(input, header, oneYear.block, range, options);
  if (!read.ok) return read;
  const [table, ...rest] = read.value;
  const headerLine = input.lines[header.index] ?? header.index + 1;
  const said = yearFromTitleWarning(range.file, headerLine, oneYear.year, measureIndicesOf(read.value));
  return table === undefined ? read : { ok: true, value: [{ ...table, warnings: [said, ...table.warnings] }, ...rest] };
}

/** A file whose only header is one of measures ("| Diện tích (Km2) | Dân số (Người) |"): read as the title's year, else refused. */
function readMeasureHeader(input: PreparedInput, at: number, options: ReadOptions): ReadResult<ReportTable[]> {
  const { records, file } = input;
  const header: HeaderRow = { index: at, yearsAt: null };
  const block = readHeaderBlock(records, header, spansOf(input, options.merges));
  const end = nextTableStart(records, block.dataStart);
  const oneYear = crossSectionOf(records, header, block, 0, end);
  if (oneYear === null) return { ok: false, error: noYearColumnError(file, input.lines[at] ?? at + 1) };
  return readCrossSection(input, header, oneYear, { titleFrom: 0, end, file, forced: null }, options);
}

/**
 * The first report table of a file (see buildReportTables).
 *
 * @example
 * const prepared = prepareInput(bytes, 'bang.csv');
 * if (prepared.ok) buildReportTable(prepared.value);
 */
export function buildReportTable(input: PreparedInput, options: ReadOptions = {}): ReadResult<ReportTable> {
  const tables = buildReportTables(input, options);
  if (!tables.ok) return tables;
  const first = tables.value[0];
  return first ? { ok: true, value: first } : { ok: false, error: emptyFileError(input.file) };
}

/**
 * Reads a report table as Excel exports it (spec table-csv.md, "Shape: a report table"): bytes
 * in UTF-8/UTF-16/Windows-1258 or a string, `,` `;` or tab, a header row found below any title
 * rows, columns recognised by header, section rows kept as grouping. The file's number style is
 * decided from all its value cells before any is read. Bad input gives `{ ok: false, error }`
 * with a Vietnamese message naming file, line and column; a non-numeric value cell is only a
 * warning on its row.
 *
 * @example
 * const r = readReportTable('STT;Chỉ tiêu;Đơn vị tính;Năm 2009;Năm 2022;Năm 2022 so sánh với năm 2009\n' +
 *   '1;GDP bình quân đầu người;Triệu đồng;10,6;39,8;Tăng 3,8 lần', 'bang.csv');
 * // r.ok && r.value.rows[0].values[2022].parsed → { ok: true, value: 39.8, decimals: 1 }
 * // r.ok && r.value.compare → { from: 2009, to: 2022 }
 */
export function readReportTable(
  input: Uint8Array | string,
  file: string,
  options: ReadOptions = {},
): ReadResult<ReportTable> {
  const prepared = prepareInput(input, file, options);
  if (!prepared.ok) return prepared;
  return buildReportTable(prepared.value, options);
}

/**
 * Every report table of a file (see buildReportTables), from bytes or a string.
 *
 * @example
 * const r = readReportTables(text, 'bieu-mau.csv');
 * if (r.ok) r.value.length; // 2
 */
export function readReportTables(
  input: Uint8Array | string,
  file: string,
  options: ReadOptions = {},
): ReadResult<ReportTable[]> {
  const prepared = prepareInput(input, file, options);
  if (!prepared.ok) return prepared;
  return buildReportTables(prepared.value, options);
}
