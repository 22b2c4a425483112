import { collapseWhitespace, isBlankCell } from './collapse-whitespace';
import { yearOfRowCell } from './header-block';
import { blockClaimsOf, fixedBaseOf, namesIndex, withoutEnglishGloss } from './block-label';
import { mixedNumberStyleWarning, noRowsError } from './problems';
import { filledCells, isNoteLine } from './note-rows';
import { SCALE_WORDS, UNIT_WORDS, bareUnitOf } from './unit-note';
import type { PreparedInput } from './read-input';
import type { BodyLayout } from './read-table-body';
import { StyleVotes, ValueReader } from './value-reader';
import type { Column, ReadResult, ReportTable, TableRow, ValueCell } from './types';
import { spanYears } from './compare-years';

// Grammar: a unit in brackets at the end of a header: "(" text ")" ; or after " - ": "- " one to three words.
// Example: "Tổng sản phẩm (tỷ đồng)" → "tỷ đồng"; "Chỉ số phát triển (Năm trước = 100) - %" → "%"; not the English
// of a bilingual header, "Phân theo giới tính - By sex Nam Male".
const TRAILING_UNIT = /(?:\(([^()]+)\)|-\s*([^-()\s]+(?:\s+[^-()\s]+){0,2}))\s*$/;

/** Most words a block label has when it is the unit of the values under it ("Người - Person", "Tỷ đồng"). */
const MAX_UNIT_LABEL_WORDS = 3;

// Grammar: bracket-unit := "(" any but brackets and "=" ")" space* end — a unit the label names in brackets
// Example: "Cơ cấu - Structure (%)" → "%"; "Tỷ lệ tăng - Growth rate (%)" → "%"; not "(Năm trước = 100)".
const BRACKET_UNIT = /\(([^()=]+)\)\s*$/u;

/**
 * The unit a yearbook's first block label states: in brackets ("Cơ cấu - Structure (%)" → "%"), else the label itself
 * ("Người - Person" → "Người"); null for a longer label, and for a group's name: one printed in capitals ("TỶ SUẤT
 * CHUNG") or, with `peers` (later blocks of values under labels that state no unit: "Thành thị", "Nông thôn"), any that
 * is no known unit (Quảng Ngãi's birth and death rates, 2016).
 */
function unitOfLabel(label: string | null, peers: boolean): string | null {
  if (label === null) return null;
  const bracketed = BRACKET_UNIT.exec(label)?.[1]?.trim();
  if (bracketed !== undefined && bracketed !== '') return bracketed;
  const unit = withoutEnglishGloss(collapseWhitespace(label));
  if (unit === '' || unit.split(' ').length > MAX_UNIT_LABEL_WORDS || namesIndex(unit)) return null;
  if (bareUnitOf(label) !== null) return unit;
  return peers || unit === unit.toLocaleUpperCase('vi') ? null : unit;
}

// Grammar: english-unit := ascii letters, digits, ".", ",", ":" and spaces only — the English half of a bilingual unit or name
// Example: "Thous. dongs", "Mill. USD", "Person".
const ENGLISH_UNIT = /^[A-Za-z0-9.,: ]+$/u;

// Grammar: vietnamese-unit-tail := ( ( "nghìn" | "ngàn" | "triệu" | "tỷ" | "tỉ" ) space+ )? unit-word ( "/" word )* space* end,
//   unit-word := "đồng" | "tấn" | "ha" | "người" | "hộ" | "con" | "lượt" | "chiếc" | "cái" | "tạ" | "lít" | "km" | "km2"
//   | "m2" | "m3" | "kg" | "kwh" (not "Đô la Mỹ", whose English "USD" is the unit the engine reads)
// Example: "Tiền VN, theo giá hiện hành - … at current prices Nghìn đồng" ends in "Nghìn đồng".
const VIETNAMESE_UNIT_TAIL = new RegExp(`(?:^|\\s)((?:${SCALE_WORDS}\\s+)?${UNIT_WORDS}(?:\\/[^\\s/]+)*)\\s*$`, 'iu');

/**
 * The unit a header states at its end (`(tỷ đồng)`, `- %`), or null.
 *
 * @example
 * unitOfHeader('Diện tích (nghìn ha)'); // 'nghìn ha'
 * unitOfHeader('Tiền VN, theo giá hiện hành Nghìn đồng - Thous. dongs'); // 'Nghìn đồng'
 */
export function unitOfHeader(header: string): string | null {
  const m = TRAILING_UNIT.exec(header);
  const unit = m ? (m[1] ?? m[2] ?? '').trim() : '';
  if (unit === '' || /= ?100/.test(unit)) return null;
  if (m === null || m[2] === undefined || !ENGLISH_UNIT.test(unit)) return unit;
  // "… Nghìn đồng - Thous. dongs": the Vietnamese unit before its English gloss. An English gloss that is no unit
  // ("Công nghiệp và xây dựng - Industry and construction Tổng số - Total") names the column, not its unit.
  return VIETNAMESE_UNIT_TAIL.exec(header.slice(0, m.index))?.[1] ?? (ENGLISH_UNIT_WORD.test(unit) ? unit : null);
}

// Grammar: english-unit-word := "USD" | "VND" | ( ( "thous" | "mill" | "bill" ) "."? space+ )? ( "dong" | "USD" | "ton" |
//   "person" | "people" | "ha" | "hectare" | "head" | "household" | "km" | "km2" | "m2" | "m3" | "kg" | "kwh" | "litre" |
//   "liter" | "unit" | "enterprise" ) "s"? — an English gloss that is a unit
// Example: "USD", "Thous. dongs", "Mill. USD", "Persons" are units; "Total", "Of which: Industry", "Service" are not.
const ENGLISH_UNIT_WORD = /^(?:vnd|(?:(?:thous|mill|bill)\.?\s+)?(?:dong|usd|ton|person|people|ha|hectare|head|household|km2?|m[23]|kg|kwh|litre|liter|unit|enterprise)s?)$/iu;

interface YearRow {
  readonly year: number;
  readonly line: number;
  readonly record: readonly string[];
}

/**
 * The year rows under one label of a yearbook's body: "Người - Person", then "Chỉ số phát triển (Năm trước = 100) - %",
 * then "Cơ cấu - Structure (%)", each over the same years. `label` is null for rows under no label.
 */
interface Block {
  readonly label: string | null;
  readonly rows: YearRow[];
}

/** The value column an index column refers to: the nearest indicator column on its left. */
function pairedColumn(columns: readonly Column[], index: Column): Column | undefined {
  for (let i = index.index - 1; i >= 0; i--) {
    const c = columns[i];
    if (c?.role === 'indicator') return c;
  }
  return undefined;
}

/**
 * Splits the body into blocks at label rows (a row with one cell filled, between year rows): in the years' column, or
 * centred over the values as the printed page has it (";Người - Person;;;").
 */
function blocksOf(input: PreparedInput, layout: BodyLayout, yearsAt: number, notes: string[]): Block[] {
  const { records, lines } = input;
  const blocks: Block[] = [];
  let label: string | null = null;
  for (let i = layout.start; i < layout.end; i++) {
    const record = records[i];
    if (!record || record.every(isBlankCell)) continue;
    const year = yearOfRowCell(record[yearsAt] ?? '');
    if (year === null) {
      const cells = filledCells(record);
      if (!isNoteLine(record) && cells.length === 1) label = cells[0] ?? null;
      else if (isNoteLine(record) || blocks.length > 0) notes.push(cells.join(' '));
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (last === undefined || label !== null) blocks.push({ label, rows: [] });
    label = null;
    blocks[blocks.length - 1]?.rows.push({ year, line: lines[i] ?? i + 1, record });
  }
  return blocks;
}

/**
 * Reads a yearbook table with the years down its first column (`2015`, `2016`, `Sơ bộ 2021`):
 * every indicator column becomes a row with its values by year; an index column (`Chỉ số phát
 * triển (Năm trước = 100) - %`) gives one checked row per year, comparing the indicator column
 * on its left in that year with the year before (or with the fixed base year the header or a
 * note names, `Năm 2010 = 100`).
 *
 * @example
 * readYearsDown(input, layout, 0); // rows: [{ indicator: 'GRDP (tỷ đồng)', values: { 2015: …, 2016: … } }, { indicator: 'GRDP (tỷ đồng) (2016/2015)', claim: '108,2', compare: { from: 2015, to: 2016 } }]
 */
export function readYearsDown(input: PreparedInput, layout: BodyLayout, yearsAt: number): ReadResult<ReportTable> {
  const { file, columns } = layout;
  const notes = [...layout.notes];
  const blocks = blocksOf(input, layout, yearsAt, notes);
  const level = blocks[0];
  const valueColumns = columns.filter((c) => c.role === 'indicator');
  if (level === undefined || valueColumns.length === 0) return { ok: false, error: noRowsError(file, layout.headerLine) };
  const votes = new StyleVotes();
  for (const block of blocks) {
    for (const y of block.rows) for (const c of columns) if (c.role === 'indicator' || c.role === 'index') votes.add(y.record[c.index]);
  }

  const decision = votes.decide();
  const reader = new ValueReader(file, decision.style);
  const unitAt = columns.find((c) => c.role === 'unit')?.index ?? -1;
  const rows: TableRow[] = [];
  const base = (header: string): number | null => fixedBaseOf([header, ...notes].join(' '));
  const cellsOf = (block: Block, column: Column): Map<number, ValueCell> => {
    const cells = new Map<number, ValueCell>();
    for (const y of block.rows) if (!isBlankCell(y.record[column.index] ?? '')) cells.set(y.year, reader.read(y.record, column, y.line));
    return cells;
  };
  const byYear = new Map<number, Map<number, ValueCell>>();
  for (const column of valueColumns) byYear.set(column.index, cellsOf(level, column));
  /** Rows that check printed indices or growth rates (`label` for a block of them) against the level block's values. */
  const indexRows = (paired: Column, claims: readonly YearRow[], at: number, label: string, fixed: number | null, kind: 'index' | 'growth'): void => {
    const cells = byYear.get(paired.index) ?? new Map<number, ValueCell>();
    for (const y of claims) {
      const claim = collapseWhitespace(y.record[at] ?? '');
      const from = fixed ?? y.year - 1;
      if (claim === '' || from === y.year) continue;
      const values: Record<number, ValueCell> = {};
      const a = cells.get(from);
      const b = cells.get(y.year);
      if (a) values[from] = a;
      if (b) values[y.year] = b;
      rows.push({
        line: y.line,
        stt: null,
        indicator: `${paired.header} (${y.year}/${from})`,
        unit: unitOfHeader(paired.header) ?? '',
        values,
        plan: null,
        claim,
        note: null,
        section: label,
        extras: {},
        compare: { from, to: y.year },
        levelOf: paired.header,
        claimColumn: kind,
      });
    }
  };
  const sections: { line: number; title: string }[] = [];
  const peers = blocks.some((b) => b !== level && b.label !== null && blockClaimsOf(b.label) === null && unitOfHeader(b.label) === null);
  const levelUnit = unitOfLabel(level.label, peers);
  for (const block of blocks) {
    const kind = block === level ? null : blockClaimsOf(block.label);
    if (kind !== null) {
      const label = collapseWhitespace(block.label ?? '');
      // The label row heads the block's rows, and says what their bare figures are.
      sections.push({ line: (block.rows[0]?.line ?? 1) - 1, title: label });
      for (const column of valueColumns) indexRows(column, block.rows, column.index, label, kind === 'index' ? base(label) : null, kind);
      continue;
    }
    // A later block of values ("Cơ cấu - Structure (%)") names its rows after the column and the block; so does the first
    // when its label names a group, not the unit ("TỶ SUẤT CHUNG").
    const named = block.label !== null && (block !== level || levelUnit === null);
    const suffix = named && block.label !== null ? ` – ${collapseWhitespace(block.label)}` : '';
    for (const column of valueColumns) {
      const values: Record<number, ValueCell> = {};
      for (const [year, cell] of block === level ? (byYear.get(column.index) ?? new Map<number, ValueCell>()) : cellsOf(block, column)) values[year] = cell;
      const ownUnit = block === level ? null : unitOfHeader(block.label ?? '');
      // The first block's label is the unit of the values under it when it is one ("Người - Person").
      const columnUnit = unitOfHeader(column.header) ?? (block === level ? levelUnit : null);
      const printed = unitAt >= 0 ? collapseWhitespace(block.rows[0]?.record[unitAt] ?? '') : (columnUnit ?? '');
      // Else the table's unit line ("Đơn vị tính - Unit: %" above the header) or the rate closing its title.
      const unit = ownUnit ?? (printed !== '' ? printed : (layout.defaultUnit ?? ''));
      rows.push({ line: layout.headerLine, stt: null, indicator: `${column.header}${suffix}`, unit, values, plan: null, claim: null, note: null, section: null, extras: {} });
    }
  }
  for (const column of columns) {
    if (column.role !== 'index') continue;
    const paired = pairedColumn(columns, column);
    if (paired) indexRows(paired, level.rows, column.index, collapseWhitespace(column.header), base(column.header), 'index');
  }
  const years = [...new Set(blocks.flatMap((b) => b.rows.map((y) => y.year)))].sort((x, y) => x - y);
  return {
    ok: true,
    value: {
      kind: 'report',
      file,
      title: layout.title,
      columns,
      years,
      // Its rows compare their first and last years, as a table with the years across and no comparison column does
      // (an index row compares the years its column names: `compare` of the row).
      compare: spanYears(years),
      rows,
      sections,
      notes,
      shape: 'years-down',
      headerRows: layout.headerRows,
      meta: { encoding: input.encoding, delimiter: input.delimiter, headerRow: layout.headerLine, numberStyle: decision.style },
      warnings: decision.mixed ? [mixedNumberStyleWarning(file, decision.style), ...reader.warnings] : reader.warnings,
    },
  };
}
