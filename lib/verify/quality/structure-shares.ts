import { formatNumber } from '../../numbers/format-number';
import { isStructureLabel } from '../../tables/block-label';
import type { ReportTable, TableRow } from '../../tables/types';
import { EPSILON } from './group-sums';
import { halfUnit } from './growth-band';
import { warningId } from './points';
import { QUALITY_MESSAGE_STRINGS, inBoth } from './quality-messages';
import type { StructureShareWarning } from './types';

/*
 * A yearbook prints a block of values ("Tổng số", "Bán lẻ hàng hóa", …) and then a structure block of the same rows in
 * % ("Cơ cấu - Structure (%)"), which the readers name "… – Cơ cấu - Structure (%)" (read-years-down.ts,
 * read-table-body.ts). Each share is the row's value over the total's value × 100, the total being the row whose share
 * prints 100. The GSO adjusts rounded shares by one unit of their last digit so that they sum to exactly 100 (Vĩnh Long
 * 2018: 4.797.173 / 32.119.670 = 14,935 printed 14,93): that unit is allowed only where the printed parts sum to 100.
 */

// Grammar: block := any+ space "–" space LABEL, the whole name — a row of a later block, named after its row above
// Example: "Chia ra - Of which Bán lẻ hàng hóa Retail sale – Cơ cấu - Structure (%)" → row "Chia ra - Of which Bán lẻ
//          hàng hóa Retail sale", label "Cơ cấu - Structure (%)".
const BLOCK_NAME = /^(.+) – (.+)$/u;

/** A figure as printed and read. */
interface Figure {
  readonly raw: string;
  readonly value: number;
  readonly decimals: number;
}

/** A row of a structure block with the row of values it is the share of. */
export interface StructureRow {
  readonly indicatorId: string;
  readonly indicator: string;
  readonly unit: string;
  readonly shares: ReadonlyMap<number, Figure>;
  readonly values: ReadonlyMap<number, Figure>;
}

/** A table's structure block: its rows, each with the row of values it is the share of. */
export interface StructureBlock {
  readonly tableId: string;
  readonly rows: readonly StructureRow[];
}

function figuresOf(row: TableRow): Map<number, Figure> {
  const out = new Map<number, Figure>();
  for (const [year, cell] of Object.entries(row.values)) {
    if (cell.parsed.ok) out.set(Number(year), { raw: cell.raw, value: cell.parsed.value, decimals: cell.parsed.decimals });
  }
  return out;
}

/**
 * The structure blocks of a report table, each row paired with the one row of values of the same name (not in %) above
 * it; a row with no such pair, or with several, is left out. `keyOf` gives a row's indicator id.
 *
 * @example
 * // Vĩnh Long 2018, retail by activity: "Tổng số Total – Cơ cấu - Structure (%)" paired with "Tổng số Total", …
 * structureBlocksOf(table, 'ban-le', (row) => slugify(row.indicator))[0]?.rows.length // 5
 */
export function structureBlocksOf(table: ReportTable, tableId: string, keyOf: (row: TableRow, index: number) => string): StructureBlock[] {
  const blocks = new Map<string, StructureRow[]>();
  table.rows.forEach((row, index) => {
    const named = row.levelOf === undefined ? BLOCK_NAME.exec(row.indicator) : null;
    const base = named?.[1];
    const label = named?.[2];
    if (base === undefined || label === undefined || !isStructureLabel(label)) return;
    const levels = table.rows.slice(0, index).filter((r) => r.indicator === base && r.levelOf === undefined && !r.unit.includes('%'));
    const level = levels.length === 1 ? levels[0] : undefined;
    if (level === undefined) return;
    const list = blocks.get(label) ?? [];
    list.push({ indicatorId: keyOf(row, index), indicator: row.indicator, unit: level.unit, shares: figuresOf(row), values: figuresOf(level) });
    blocks.set(label, list);
  });
  return [...blocks.values()].map((rows) => ({ tableId, rows }));
}

/** The block's total in `year`: its one row whose share prints 100, with a value; else null. */
function totalIn(block: StructureBlock, year: number): StructureRow | null {
  const totals = block.rows.filter((r) => r.shares.get(year)?.value === 100 && r.values.has(year));
  return totals.length === 1 ? (totals[0] ?? null) : null;
}

/**
 * Each share of a structure block that its value over the total's (× 100) does not give, within the rounding of the three
 * figures (their half-units) and, where the printed parts sum to exactly 100, one unit of the share's last digit (the
 * GSO's adjustment to 100): a `structure-share` warning naming the row, the year, the printed and the computed share.
 *
 * @example
 * // Vĩnh Long 2016: Bán lẻ prints 71,59 but 26.754.319 / 37.185.131 × 100 = 71,95
 * checkStructure(block)[0]?.computed // 71.948…
 */
export function checkStructure(block: StructureBlock): StructureShareWarning[] {
  const out: StructureShareWarning[] = [];
  const years = [...new Set(block.rows.flatMap((r) => [...r.shares.keys()]))].sort((a, b) => a - b);
  for (const year of years) {
    const total = totalIn(block, year);
    const whole = total?.values.get(year);
    if (total === null || whole === undefined || whole.value - halfUnit(whole.decimals) <= 0) continue;
    const parts = block.rows.filter((r) => r !== total);
    const sum = parts.reduce((s, r) => s + (r.shares.get(year)?.value ?? Number.NaN), 0);
    const adjusted = Math.abs(sum - 100) <= EPSILON;
    for (const row of parts) {
      const share = row.shares.get(year);
      const value = row.values.get(year);
      if (share === undefined || value === undefined) continue;
      const computed = (value.value / whole.value) * 100;
      const low = ((value.value - halfUnit(value.decimals)) / (whole.value + halfUnit(whole.decimals))) * 100;
      const high = ((value.value + halfUnit(value.decimals)) / (whole.value - halfUnit(whole.decimals))) * 100;
      const allowance = halfUnit(share.decimals) + (adjusted ? 10 ** -share.decimals : 0);
      if (share.value + allowance >= low - EPSILON && share.value - allowance <= high + EPSILON) continue;
      const slack = allowance + (high - low) / 2;
      const ids = [row.indicatorId, total.indicatorId];
      const f = (n: number): string => formatNumber(n, share.decimals);
      out.push({
        id: warningId('structure-share', ids, [year], block.tableId),
        code: 'structure-share',
        severity: 'warning',
        indicatorIds: ids,
        indicators: [row.indicator, total.indicator],
        years: [year],
        values: [
          { year, raw: share.raw, value: share.value, unit: '%' },
          { year, raw: value.raw, value: value.value, unit: row.unit },
          { year, raw: whole.raw, value: whole.value, unit: total.unit },
        ],
        tableId: block.tableId,
        year,
        printed: share.value,
        computed,
        message: inBoth((lang) =>
          QUALITY_MESSAGE_STRINGS[lang].structureShare(
            year,
            row.indicator,
            share.raw,
            formatNumber(value.value, value.decimals),
            formatNumber(whole.value, whole.decimals),
            f(computed),
            f(Math.abs(computed - share.value)),
            formatNumber(slack, share.decimals + 1),
          ),
        ),
      });
    }
  }
  return out;
}
