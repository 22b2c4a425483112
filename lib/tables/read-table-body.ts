import { rowUnitOf } from './row-unit';
import { collapseWhitespace, isBlankCell } from './collapse-whitespace';
import { blockClaimsOf, isBreakdownHeading, isStructureLabel } from './block-label';
import { groupLabelColumn } from './group-label-column';
import { expandIndexSections } from './index-sections';
import { ItemSections } from './item-sections';
import { compareYears } from './compare-years';
import { extraCellsWarning, mixedNumberStyleWarning, noRowsError, tooManyRowsError } from './problems';
import { filledCells, isNoteLine } from './note-rows';
import type { PreparedInput, ReadOptions } from './read-input';
import { MAX_ROWS } from './read-input';
import { columnLabel } from './recognize-columns';
import type { Column, ReadResult, ReportTable, TableRow, TableWarning, ValueCell } from './types';
import { StyleVotes, ValueReader } from './value-reader';

const EMPTY_EXTRAS: Readonly<Record<string, string>> = Object.freeze({});

/** What a table body is read with: the header's columns, where its rows are, and what the header said. */
export interface BodyLayout {
  readonly file: string;
  readonly columns: readonly Column[];
  readonly title: string | null;
  readonly headerLine: number;
  readonly headerRows: readonly number[];
  /** Records [start, end) hold the body (data, sections, footer notes). */
  readonly start: number;
  readonly end: number;
  /** The widest header record; a row with filled cells past it was split (`,` inside a cell). */
  readonly width: number;
  /** Notes read under the header (`Năm trước = 100`). */
  readonly notes: readonly string[];
  /** A unit for rows whose unit cell is empty (from a group label `Diện tích (nghìn ha)`). */
  readonly defaultUnit: string | null;
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
  const claim = at('claim');
  return {
    indicator: at('indicator'),
    stt: at('stt'),
    unit: at('unit'),
    claim: claim >= 0 ? claim : at('index'),
    note: at('note'),
    plan: columns.find((c) => c.role === 'plan'),
    years: columns.filter((c) => (c.role === 'year' || c.role === 'estimate') && c.year !== undefined),
    others,
  };
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

/** The one filled cell of a record when it labels an index or growth block (block-label.ts), else null. */
function blockLabelOf(record: readonly string[]): string | null {
  const filled = filledCells(record);
  const only = filled.length === 1 ? filled[0] : undefined;
  return only !== undefined && blockClaimsOf(only) !== null ? collapseWhitespace(only) : null;
}

/** The one filled cell of a record when it labels a structure block ("Cơ cấu - Structure (%)"), in any column, else null. */
function structureLabelOf(record: readonly string[]): string | null {
  const filled = filledCells(record);
  const only = filled.length === 1 ? filled[0] : undefined;
  return only !== undefined && isStructureLabel(only) ? collapseWhitespace(only) : null;
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

/** The last filled cell past the header's width, or -1. */
function lastExtraCell(record: readonly string[], width: number): number {
  for (let i = record.length - 1; i >= width; i--) if (!isBlankCell(record[i] ?? '')) return i;
  return -1;
}

/**
 * Reads the body of a report table whose years run across: data rows, section rows (indicator,
 * no values, no claim), footer notes (`Ghi chú`, `Nguồn`, `(*)`, and single cells under the
 * data), and rows split by an unquoted decimal comma (warned, their claim marked `cut`). The
 * number style is decided from every value cell before any is read.
 *
 * @example
 * readTableBody(input, layout); // { ok: true, value: { kind: 'report', rows: [...], notes: ['Nguồn: …'], … } }
 */
export function readTableBody(input: PreparedInput, layout: BodyLayout, options: ReadOptions = {}): ReadResult<ReportTable> {
  const { records, lines } = input;
  const { file, columns } = layout;
  const plan = planColumns(columns);
  const maxRows = options.maxRows ?? MAX_ROWS;
  const dataIndex: number[] = [];
  const dataSection: (string | null)[] = [];
  const votes = new StyleVotes();
  const valueColumns = plan.plan ? [...plan.years, plan.plan] : plan.years;
  const sections: { line: number; title: string }[] = [];
  const notes = [...layout.notes];
  const warnings: TableWarning[] = [];
  const cut = new Set<number>();
  let section: string | null = null;
  /** The structure block the rows are in ("Cơ cấu - Structure (%)"), or null. */
  let share: string | null = null;
  /** The index or growth block the rows are in ("Chỉ số phát triển (Năm trước = 100) - %"), or null. */
  let block: string | null = null;
  const dataShare: (string | null)[] = [];
  const items = new ItemSections();
  let inNotes = false;
  const body = records.slice(layout.start, layout.end);
  const labels = columns.some((c) => c.role === 'other' && c.index < plan.indicator)
    ? groupLabelColumn(columns, body.filter((r) => !isBlankCell(r[plan.indicator] ?? '') && hasValue(r, plan)), plan.indicator)
    : -1;
  for (let i = layout.start; i < layout.end; i++) {
    const record = records[i];
    if (!record || record.every(isBlankCell)) continue;
    const line = lines[i] ?? i + 1;
    const valued = hasValue(record, plan);
    if (!valued && (isNoteLine(record) || inNotes)) {
      inNotes = true;
      notes.push(filledCells(record).join(' '));
      continue;
    }
    // "Cơ cấu - Structure (%)" under the levels, in the column of names or centred over the years (Vĩnh Phúc's yearbook):
    // the rows after it are the shares in % of the rows above, named apart from them.
    const structure = structureLabelOf(record);
    if (structure !== null) {
      items.opened(structure, section);
      share = structure;
      block = null;
      section = structure;
      sections.push({ line, title: structure });
      continue;
    }
    const indicatorCell = record[plan.indicator] ?? '';
    // An index block's label pasted from a merged, centred cell lands in the first value column ("Chỉ số phát triển (Năm
    // trước = 100) - %" over the years, Nghệ An's yearbook): it opens its block as if it were in the column of names.
    const label = isBlankCell(indicatorCell) ? blockLabelOf(record) : null;
    if (label !== null) {
      items.opened(label, section);
      section = label;
      block = blockClaimsOf(label) === null ? null : label;
      share = null;
      sections.push({ line, title: label });
      continue;
    }
    if (isBlankCell(indicatorCell)) {
      // A lone text under the data, outside the indicator column, is a footer note.
      if (!valued && dataIndex.length > 0 && filledCells(record).length === 1) {
        inNotes = true;
        notes.push(filledCells(record).join(' '));
      }
      continue;
    }
    if (!valued && (plan.claim < 0 || isBlankCell(record[plan.claim] ?? ''))) {
      const title = collapseWhitespace(indicatorCell);
      // An index or growth label in the column of names closes a structure block, as one over the years does; a
      // "Phân theo …" heading inside an index block keeps its rows indices.
      const opens = blockClaimsOf(title) !== null;
      if (opens) share = null;
      items.opened(title, section);
      block = opens ? title : block !== null && isBreakdownHeading(title) ? block : null;
      section = block ?? title;
      sections.push({ line, title });
      continue;
    }
    // The next item of a numbered list closes a section opened under the item before it ("1. Dân số trung bình",
    // "Phân theo giới tính": Nam, Nữ, then "2. Tỷ lệ tăng tự nhiên"; "1 | Tốc độ tăng GRDP", "Tr.đó:", then "2 | …" in
    // the STT column); a list numbered anew inside a section does not (item-sections.ts).
    const item = items.item({ name: indicatorCell, stt: optionalCell(record, plan.stt) }, section);
    if (item.closes) {
      section = item.section;
      share = null;
      block = null;
    }
    const group = labels < 0 ? '' : collapseWhitespace(record[labels] ?? '');
    if (group !== '') {
      section = group;
      share = null;
      sections.push({ line, title: group });
    }
    if (dataIndex.length >= maxRows) return { ok: false, error: tooManyRowsError(file, line, maxRows) };
    dataIndex.push(i);
    dataSection.push(section);
    dataShare.push(share);
    if (input.delimiter !== '\t' && lastExtraCell(record, layout.width) >= 0) {
      cut.add(i);
      const at = plan.claim >= 0 ? columns[plan.claim] : columns[columns.length - 1];
      warnings.push(extraCellsWarning(file, line, at ? columnLabel(at) : '', record.length, layout.width, input.delimiter));
    }
    for (const column of valueColumns) votes.add(record[column.index]);
  }
  if (dataIndex.length === 0) return { ok: false, error: noRowsError(file, layout.headerLine) };

  const decision = votes.decide();
  const reader = new ValueReader(file, decision.style);
  const rows = new Array<TableRow>(dataIndex.length);
  const claimIsLast = plan.claim >= 0 && plan.claim === layout.width - 1;
  for (let n = 0; n < dataIndex.length; n++) {
    const i = dataIndex[n] ?? 0;
    const record = records[i] ?? [];
    const line = lines[i] ?? i + 1;
    const values: Record<number, ValueCell> = {};
    for (const column of plan.years) {
      if (column.year !== undefined) values[column.year] = reader.read(record, column, line);
    }
    const isCut = cut.has(i);
    // A claim cut by the delimiter is shown whole again (for reading only: it gets no verdict).
    const claim = isCut && claimIsLast ? collapseWhitespace(record.slice(plan.claim).join(input.delimiter)) : optionalCell(record, plan.claim);
    // A structure block's row is named after the row above and the block, as the years-down reader names a later block.
    const share = dataShare[n] ?? null;
    const name = collapseWhitespace(record[plan.indicator] ?? '');
    const row: TableRow = {
      line,
      record: i + 1,
      stt: optionalCell(record, plan.stt),
      indicator: share === null ? name : `${name} – ${share}`,
      unit: rowUnitOf({ cell: optionalCell(record, plan.unit), above: rows[n - 1]?.unit ?? null, label: name, fallback: (share === null ? layout.defaultUnit : '%') ?? '' }),
      values,
      plan: plan.plan ? reader.read(record, plan.plan, line) : null,
      claim,
      note: optionalCell(record, plan.note),
      section: dataSection[n] ?? null,
      extras: extrasOf(record, plan),
    };
    rows[n] = isCut ? { ...row, cut: true } : row;
  }

  const all: TableWarning[] = decision.mixed ? [mixedNumberStyleWarning(file, decision.style)] : [];
  all.push(...warnings, ...reader.warnings);
  const years = plan.years.flatMap((c) => (c.year === undefined ? [] : [c.year]));
  const table = expandIndexSections({
    kind: 'report',
    file,
    title: layout.title,
    columns,
    years,
    compare: compareYears(columns),
    rows,
    sections,
    notes,
    shape: 'years-across',
    headerRows: layout.headerRows,
    meta: { encoding: input.encoding, delimiter: input.delimiter, headerRow: layout.headerLine, numberStyle: decision.style },
    warnings: all,
  });
  // Rows that were all an index section's ("Năm trước = 100" over the rows before it) leave no row of values.
  return table.rows.length === 0 ? { ok: false, error: noRowsError(file, layout.headerLine) } : { ok: true, value: table };
}
