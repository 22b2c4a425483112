import { blockClaimsOf, fixedBaseOf } from './block-label';
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
  const levels = new Map<string, TableRow>();
  const rows: TableRow[] = [];
  for (const row of table.rows) {
    const kind = blockClaimsOf(row.section);
    if (kind === null || row.section === null) {
      levels.set(row.indicator, row);
      rows.push(row);
      continue;
    }
    rows.push(...indexRows(row, levels.get(row.indicator), row.section, kind));
  }
  return { ...table, rows };
}
