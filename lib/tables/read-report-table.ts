import { decideNumberStyle, voteNumberStyle } from '../numbers/detect-number-style';
import { parseNumber } from '../numbers/parse-number';
import type { NumberStyle } from '../numbers/types';
import { collapseWhitespace, isBlankCell } from './collapse-whitespace';
import { compareYears } from './compare-years';
import {
  duplicateYearColumnError,
  emptyFileError,
  mixedMarksWarning,
  mixedNumberStyleWarning,
  noIndicatorColumnError,
  noRowsError,
  notANumberWarning,
  noYearColumnError,
  tooManyRowsError,
} from './messages';
import { MAX_ROWS, prepareInput, type PreparedInput, type ReadOptions } from './read-input';
import {
  buildColumns,
  columnLabel,
  findDuplicateYear,
  findHeaderRow,
  isColumnNumberRow,
  mergeHeaderRows,
} from './recognize-columns';
import type { Column, ReadResult, ReportTable, TableRow, TableWarning, ValueCell } from './types';

type Records = readonly (readonly string[])[];

const EMPTY_EXTRAS: Readonly<Record<string, string>> = Object.freeze({});

/** The header of a report table once recognised. */
interface HeaderLayout {
  readonly headerIndex: number;
  /** Index of the first record after the header (and after a merged second header row). */
  readonly dataStart: number;
  readonly columns: readonly Column[];
}

/** Column positions by role, looked up once per table instead of once per row. */
interface ColumnPlan {
  readonly indicator: number;
  readonly stt: number;
  readonly unit: number;
  readonly claim: number;
  readonly note: number;
  readonly plan: Column | undefined;
  readonly years: readonly Column[];
  readonly others: readonly { readonly index: number; readonly key: string; readonly keepEmpty: boolean }[];
}

function firstFilledLine(input: PreparedInput): number | undefined {
  for (let i = 0; i < input.records.length; i++) {
    const record = input.records[i];
    if (record && record.some((cell) => !isBlankCell(cell))) return input.lines[i];
  }
  return undefined;
}

/** Finds the header row, joins a two-level header, and refuses tables without the needed columns. */
function locateHeader(input: PreparedInput): ReadResult<HeaderLayout> {
  const { records, file } = input;
  const headerIndex = findHeaderRow(records);
  if (headerIndex < 0) {
    const line = firstFilledLine(input);
    return { ok: false, error: line === undefined ? emptyFileError(file) : noIndicatorColumnError(file, line) };
  }
  const header = records[headerIndex] ?? [];
  const merged = mergeHeaderRows(header, records[headerIndex + 1]);
  const columns = buildColumns(merged ?? header);
  return { ok: true, value: { headerIndex, dataStart: headerIndex + (merged ? 2 : 1), columns } };
}

function planColumns(columns: readonly Column[]): ColumnPlan {
  const at = (role: Column['role']): number => columns.find((c) => c.role === role)?.index ?? -1;
  const usedKeys = new Set<string>();
  const others = columns
    .filter((c) => c.role === 'other')
    .map((c) => {
      let key = columnLabel(c);
      if (usedKeys.has(key)) key = `${key} (${c.index + 1})`;
      usedKeys.add(key);
      return { index: c.index, key, keepEmpty: c.header !== '' };
    });
  return {
    indicator: at('indicator'),
    stt: at('stt'),
    unit: at('unit'),
    claim: at('claim'),
    note: at('note'),
    plan: columns.find((c) => c.role === 'plan'),
    years: columns.filter((c) => c.role === 'year'),
    others,
  };
}

function titleAbove(records: Records, headerIndex: number): string | null {
  const parts: string[] = [];
  for (let i = 0; i < headerIndex; i++) {
    for (const cell of records[i] ?? []) {
      const text = collapseWhitespace(cell);
      if (text !== '') parts.push(text);
    }
  }
  return parts.length === 0 ? null : parts.join(' ');
}

function optionalCell(record: readonly string[], index: number): string | null {
  if (index < 0) return null;
  const text = collapseWhitespace(record[index] ?? '');
  return text === '' ? null : text;
}

function hasValue(record: readonly string[], plan: ColumnPlan): boolean {
  for (const column of plan.years) if (!isBlankCell(record[column.index] ?? '')) return true;
  return plan.plan !== undefined && !isBlankCell(record[plan.plan.index] ?? '');
}

function extrasOf(record: readonly string[], plan: ColumnPlan): Readonly<Record<string, string>> {
  if (plan.others.length === 0) return EMPTY_EXTRAS;
  const extras: Record<string, string> = {};
  for (const other of plan.others) {
    const text = collapseWhitespace(record[other.index] ?? '');
    if (text !== '' || other.keepEmpty) extras[other.key] = text;
  }
  return extras;
}

class ValueReader {
  readonly warnings: TableWarning[] = [];

  constructor(
    private readonly file: string,
    private readonly style: NumberStyle,
  ) {}

  read(record: readonly string[], column: Column, line: number): ValueCell {
    const raw = (record[column.index] ?? '').trim();
    const parsed = parseNumber(raw, this.style);
    if (!parsed.ok) {
      if (parsed.reason === 'not-a-number') {
        this.warnings.push(notANumberWarning(this.file, line, columnLabel(column), raw));
      }
    } else if (parsed.warning === 'mixed-marks') {
      this.warnings.push(mixedMarksWarning(this.file, line, columnLabel(column), raw));
    }
    return { raw, parsed };
  }
}

/**
 * Builds a report table from split records (see readReportTable).
 *
 * @example
 * const prepared = prepareInput(bytes, 'bang.csv');
 * if (prepared.ok) buildReportTable(prepared.value);
 */
export function buildReportTable(input: PreparedInput, options: ReadOptions = {}): ReadResult<ReportTable> {
  const { records, lines, file } = input;
  const layout = locateHeader(input);
  if (!layout.ok) return layout;
  const { headerIndex, columns } = layout.value;
  const headerLine = lines[headerIndex] ?? 1;
  const duplicate = findDuplicateYear(columns);
  if (duplicate) {
    const error = duplicateYearColumnError(
      file,
      headerLine,
      duplicate.year,
      columnLabel(duplicate.first),
      columnLabel(duplicate.second),
    );
    return { ok: false, error };
  }
  const plan = planColumns(columns);
  if (plan.years.length === 0) return { ok: false, error: noYearColumnError(file, headerLine) };

  let start = layout.value.dataStart;
  while (start < records.length && (records[start] ?? []).every(isBlankCell)) start++;
  const firstBelow = records[start];
  if (firstBelow && isColumnNumberRow(firstBelow, plan.indicator, columns.length)) start++;

  const maxRows = options.maxRows ?? MAX_ROWS;
  // First pass: which records are data rows, under which section, and all their value cells.
  const dataIndex: number[] = [];
  const dataSection: (string | null)[] = [];
  // Votes for the file's number style, cast by every non-empty value cell (detectNumberStyle, one cell at a time).
  let viVotes = 0;
  let enVotes = 0;
  const valueColumns = plan.plan ? [...plan.years, plan.plan] : plan.years;
  const sections: { line: number; title: string }[] = [];
  let section: string | null = null;
  for (let i = start; i < records.length; i++) {
    const record = records[i];
    if (!record) continue;
    const indicatorCell = record[plan.indicator] ?? '';
    if (isBlankCell(indicatorCell)) continue;
    if (!hasValue(record, plan) && (plan.claim < 0 || isBlankCell(record[plan.claim] ?? ''))) {
      section = collapseWhitespace(indicatorCell);
      sections.push({ line: lines[i] ?? i + 1, title: section });
      continue;
    }
    if (dataIndex.length >= maxRows) return { ok: false, error: tooManyRowsError(file, lines[i] ?? i + 1, maxRows) };
    dataIndex.push(i);
    dataSection.push(section);
    for (const column of valueColumns) {
      const cell = record[column.index];
      if (cell === undefined || cell === '') continue;
      const vote = voteNumberStyle(cell);
      if (vote === 'vi') viVotes++;
      else if (vote === 'en') enVotes++;
    }
  }
  if (dataIndex.length === 0) return { ok: false, error: noRowsError(file, headerLine) };

  // Second pass: the style is known for the whole file; read every value in it.
  const decision = decideNumberStyle(viVotes, enVotes);
  const reader = new ValueReader(file, decision.style);
  const rows = new Array<TableRow>(dataIndex.length);
  for (let n = 0; n < dataIndex.length; n++) {
    const i = dataIndex[n] ?? 0;
    const record = records[i] ?? [];
    const line = lines[i] ?? i + 1;
    const values: Record<number, ValueCell> = {};
    for (const column of plan.years) {
      if (column.year !== undefined) values[column.year] = reader.read(record, column, line);
    }
    rows[n] = {
      line,
      record: i + 1,
      stt: optionalCell(record, plan.stt),
      indicator: collapseWhitespace(record[plan.indicator] ?? ''),
      unit: optionalCell(record, plan.unit) ?? '',
      values,
      plan: plan.plan ? reader.read(record, plan.plan, line) : null,
      claim: optionalCell(record, plan.claim),
      note: optionalCell(record, plan.note),
      section: dataSection[n] ?? null,
      extras: extrasOf(record, plan),
    };
  }

  const warnings: TableWarning[] = decision.mixed ? [mixedNumberStyleWarning(file, decision.style)] : [];
  warnings.push(...reader.warnings);
  const years = plan.years.flatMap((c) => (c.year === undefined ? [] : [c.year]));
  return {
    ok: true,
    value: {
      kind: 'report',
      file,
      title: titleAbove(records, headerIndex),
      columns,
      years,
      compare: compareYears(columns),
      rows,
      sections,
      meta: { encoding: input.encoding, delimiter: input.delimiter, headerRow: headerLine, numberStyle: decision.style },
      warnings,
    },
  };
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
