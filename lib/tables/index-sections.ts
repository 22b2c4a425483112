import { blockClaimsOf, fixedBaseOf } from './block-label';
import { headerKey } from './header-key';
import type { ReportTable, TableRow, ValueCell } from './types';

/*
 * Yearbooks print a table of values over the years and, under a section row "Chỉ số phát triển (Năm trước = 100) - %"
 * (or "Tỷ lệ tăng - Growth rate (%)"), the same names again with each year's index (or rate of growth) on the year
 * before:
 *
 *   ;2020;2021;2022
 *   Lúa cả năm;64.150;63.980;63.420
 *   Chỉ số phát triển (Năm trước = 100) - %;;;
 *   Lúa cả năm;99,85;99,73;99,12
 *
 * Read as plain rows, "99,73" was a level of rice in 2021 beside 63.980. Each index cell is a claim: 2021 on 2020 is
 * 63.980 / 64.150 × 100. The years-down layout has the same block (read-years-down.ts).
 */

/** The rows of one index row, one per year it prints: the year's value against its base year's, from the value row. */
function indexRows(index: TableRow, level: TableRow | undefined, section: string, kind: 'index' | 'growth'): TableRow[] {
  const fixed = kind === 'index' ? fixedBaseOf(section) : null;
  const out: TableRow[] = [];
  for (const [key, cell] of Object.entries(index.values)) {
    const year = Number(key);
    const from = fixed ?? year - 1;
    if (cell.raw.trim() === '' || from === year) continue;
    const values: Record<number, ValueCell> = {};
    const base = level?.values[from];
    const value = level?.values[year];
    if (base) values[from] = base;
    if (value) values[year] = value;
    out.push({
      ...index,
      indicator: `${index.indicator} (${year}/${from})`,
      unit: level?.unit ?? index.unit,
      values,
      claim: cell.raw.trim(),
      compare: { from, to: year },
      levelOf: index.indicator,
      claimColumn: kind,
    });
  }
  return out;
}

/**
 * A years-across table with index sections, each index row made into one checked row per year against the row of the
 * same name above the section (see the module comment); a table without them, or with its own claim column, as it is.
 *
 * @example
 * expandIndexSections(table).rows.map((r) => r.indicator)
 * // ['Lúa cả năm', 'Lúa cả năm (2021/2020)', 'Lúa cả năm (2022/2021)']
 */
export function expandIndexSections(table: ReportTable): ReportTable {
  if (table.columns.some((c) => c.role === 'claim' || c.role === 'index') || !table.rows.some((r) => blockClaimsOf(r.section) !== null)) return table;
  const levels = new Map<string, TableRow[]>();
  // Where no value row has the index row's own name, one whose name differs only by its units and dashes.
  const bareLevels = new Map<string, TableRow[]>();
  const seen = new Map<string, number>();
  let block: string | null = null;
  const rows: TableRow[] = [];
  for (const row of table.rows) {
    const kind = blockClaimsOf(row.section);
    const key = nameKey(row.indicator);
    if (kind === null || row.section === null) {
      for (const [map, name] of [[levels, key], [bareLevels, bareKey(key)]] as const) {
        const found = map.get(name);
        if (found === undefined) map.set(name, [row]);
        else found.push(row);
      }
      rows.push(row);
      continue;
    }
    if (row.section !== block) {
      block = row.section;
      seen.clear();
    }
    // A name repeated under each parent ("Ngoài công lập - Non-public" under primary, lower and upper secondary) is
    // matched in order: the second in the index block is the second above it, never the last one of that name.
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const same = levels.get(key) ?? bareLevels.get(bareKey(key)) ?? [];
    rows.push(...indexRows(row, same.length === 1 ? same[0] : same[n], row.section, kind));
  }
  return { ...table, rows };
}

// Grammar: dash := "–" | "—" — a long dash, which a yearbook prints where its other block prints "-"
// Example: "Công lập – Public" (the values) and "Công lập - Public" (the indices) name one row.
const LONG_DASH = /[–—]/gu;

/** A row's name as the blocks are matched by: folded, its dashes one kind. */
function nameKey(name: string): string {
  return headerKey(name.replace(LONG_DASH, '-'));
}

// Grammar (folded): unit-bracket := space* "(" not-")"* ")" ; dash := space+ "-" space+ — the unit a value row's name
//   carries and the dash between a bilingual name's two languages
// Example: the values' "Số lớp học (Lớp) Number of classes (Class)" and the indices' "Số lớp học - Number of classes" are
//   both "so lop hoc number of classes" (Quảng Ngãi's yearbook 2016, classes of general schools).
const UNIT_BRACKET = /\s*\([^)]*\)/gu;
const SPACED_DASH = /\s+-\s+/gu;

/** A folded name without its units in brackets and the dash between its languages: an index row's name where no value row has its own. */
function bareKey(key: string): string {
  return key.replace(UNIT_BRACKET, '').replace(SPACED_DASH, ' ').replace(/\s+/gu, ' ').trim();
}
