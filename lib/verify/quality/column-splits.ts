import { measureGroupOf } from '../../tables/measure-group';
import type { ReportTable, TableRow } from '../../tables/types';
import { MIN_PARTS, type TotalGroup } from './group-sums';
import type { TotalPart } from './types';
import { measureBreakdownsOf } from './standard-breakdowns';
import { isAdditive, partOf } from './table-totals';

/*
 * A total and its parts printed side by side, as columns: "| Huyện, thành phố | Dân số | Thành thị | Nông thôn |" (Bắc
 * Ninh's yearbook, population by district in 2005), or "Tổng số | Nam | Nữ" over the years. The reader makes each
 * column group a table of its own, with the same rows; here the tables of one header are read together again, and in
 * every row the first measure is the total of each standard breakdown among the others (by residence, by sex:
 * standard-breakdowns.ts).
 */

/** A table read from one column group of a header, with its id and how its rows are keyed. */
export interface ColumnTable {
  readonly table: ReportTable;
  readonly tableId: string;
  readonly keyOf: (row: TableRow, index: number) => string;
}

// Grammar: table-number := " #" digits at the end — the second and later tables read from one file or sheet
// Example: "bang.csv #3" → "bang.csv".
const TABLE_NUMBER = / #\d+$/u;

/**
 * The tables read from one header, in order: same file, same header rows, the same rows.
 *
 * @example
 * blocksOf(tables).map((block) => block.length) // [3]: area, yield and output of one header
 */
export function blocksOf(tables: readonly ColumnTable[]): ColumnTable[][] {
  const blocks = new Map<string, ColumnTable[]>();
  for (const t of tables) {
    const key = [t.table.file.replace(TABLE_NUMBER, ''), t.table.headerRows.join(','), t.table.rows.map((r) => r.line).join(',')].join('|');
    const block = blocks.get(key);
    if (block) block.push(t);
    else blocks.set(key, [t]);
  }
  return [...blocks.values()];
}

/**
 * Every row's total and parts across the column groups of one header (see the module comment), as groups the
 * parts-total check reads (`across` names the row and the measures).
 *
 * @example
 * columnSplitGroups(tables).map((g) => g.across?.parts) // [['Thành thị', 'Nông thôn'], …] one group a district
 */
export function columnSplitGroups(tables: readonly ColumnTable[]): TotalGroup[] {
  const groups: TotalGroup[] = [];
  for (const block of blocksOf(tables)) {
    const measures = block.map((t) => measureGroupOf(t.table));
    const [whole, ...rest] = block;
    const wholeMeasure = measures[0];
    if (whole === undefined || rest.length < MIN_PARTS || measures.some((m) => m === null) || wholeMeasure === null || wholeMeasure === undefined) continue;
    const measureNames = measures.map((m) => m ?? '');
    for (const at of measureBreakdownsOf(measureNames)) {
      // The first measure is the whole: never a part of the breakdown.
      if (at.includes(0)) continue;
      const parts = at.flatMap((i) => block[i] ?? []);
      whole.table.rows.forEach((row, r) => {
        const partRows = parts.flatMap((p) => p.table.rows[r] ?? []);
        if (partRows.length !== parts.length || partRows.some((p) => p.unit !== row.unit) || !isAdditive(whole.table, row)) return;
        // Each value named by its row and its column: "Thành phố Bắc Ninh (Thành thị)".
        const withName = (part: TotalPart, measure: string): TotalPart => ({ ...part, indicator: `${row.indicator} (${measure})` });
        groups.push({
          tableId: whole.tableId,
          total: withName(partOf(row, whole.keyOf(row, r), false), wholeMeasure),
          parts: partRows.map((p, i) => withName(partOf(p, parts[i]?.keyOf(p, r) ?? '', true), measureNames[at[i] ?? -1] ?? '')),
          across: { row: row.indicator, total: wholeMeasure, parts: at.map((i) => measureNames[i] ?? '') },
        });
      });
    }
  }
  return groups;
}
