import { formatNumber } from '../../numbers/format-number';
import { headerKey } from '../../tables/header-key';
import { measureGroupOf } from '../../tables/measure-group';
import type { TableRow } from '../../tables/types';
import { blocksOf, type ColumnTable } from './column-splits';
import { EPSILON } from './group-sums';
import { halfUnit } from './growth-band';
import { warningId } from './points';
import { QUALITY_MESSAGE_STRINGS, inBoth } from './quality-messages';
import type { AreaYieldOutputWarning } from './types';

/*
 * A crop table prints, for each district and year, the area (ha), the yield (tạ/ha) and the output (tấn): output = area ×
 * yield / 10 (1 tạ = 0,1 tấn), and "nghìn ha" or "nghìn tấn" scale by 1000. The reader makes each measure a table of its
 * own with the same rows (column-splits.ts reads them together again); here each row's three figures are checked.
 *
 * Tolerance: the rounding of the three printed figures and nothing more (verification.md §5: "Tolerances come from the
 * printed decimals, never from a fixed percentage"). The statistics office derives the printed yield as output / area,
 * so the true figures satisfy the identity and each printed one lies within half a unit of its last digit of them: the
 * product of the area's and the yield's intervals must meet the output's. Nam Định's spring rice of 2018 meets it in all
 * eleven rows (within 1 t); that of 2020 misses by 17 to 422 t in nine (Trực Ninh: 7.390 ha × 71,8 tạ/ha = 53.060 t,
 * printed 52.638). A percentage on top (0,5 % would be ±265 t there) would hide such slips in most rows, and no
 * printed figure justifies it; a table that prints the sown area beside a yield per harvested hectare is indeed
 * inconsistent, and is worth the look.
 */

// Grammar (folded): area := "dien tich" [ space any ] — a measure of area; yield := "nang suat" [ space any ];
//   output := "san luong" [ space any ] (each the start of the measure's header)
// Example: "Diện tích (ha)" → area, "Năng suất (tạ/ha)" → yield, "Sản lượng (tấn)" → output; "Diện tích nhà ở" is an
//          area too (its unit then is no hectare, and the row is left out).
const AREA = /^dien tich(?: |$)/u;
const YIELD = /^nang suat(?: |$)/u;
const OUTPUT = /^san luong(?: |$)/u;

// Grammar (folded, the whole unit): hectares := [ "nghin" space ] "ha"; per-hectare := ( "ta" | "tan" ) "/ha";
//   tonnes := [ "nghin" space ] "tan"
// Example: "ha" → 1 ha, "nghìn ha" → 1000 ha; "tạ/ha" → 1 tạ/ha, "tấn/ha" → 10 tạ/ha; "tấn" → 1 t, "nghìn tấn" → 1000 t;
//          "km2", "%" are none of them.
const HECTARES = /^(nghin )?ha$/u;
const PER_HECTARE = /^(ta|tan)\/ha$/u;
const TONNES = /^(nghin )?tan$/u;

/** A printed figure with what one of its units is worth in the check's base unit (ha, tạ/ha, tấn). */
interface Figure {
  readonly raw: string;
  readonly value: number;
  readonly decimals: number;
  readonly unit: string;
  readonly scale: number;
}

/** One row of one year with its three figures, named for the warning. */
export interface YieldRow {
  readonly tableId: string;
  readonly row: string;
  /** The row's ids in the area, yield and output tables. */
  readonly indicatorIds: readonly [string, string, string];
  readonly year: number;
  readonly area: Figure;
  readonly yieldValue: Figure;
  readonly output: Figure;
}

function scaleOf(unit: string, pattern: RegExp, big: string, factor: number): number | null {
  const m = pattern.exec(headerKey(unit));
  return m === null ? null : m[1] === big ? factor : 1;
}

function figureOf(row: TableRow | undefined, year: number, scale: (unit: string) => number | null): Figure | null {
  const cell = row?.values[year];
  const factor = row === undefined ? null : scale(row.unit);
  if (row === undefined || cell === undefined || !cell.parsed.ok || cell.parsed.value <= 0 || factor === null) return null;
  return { raw: cell.raw, value: cell.parsed.value, decimals: cell.parsed.decimals, unit: row.unit, scale: factor };
}

/**
 * The rows of every header that prints an area, a yield and an output as measures (one table each, same rows), for each
 * year all three print, with units the check knows.
 *
 * @example
 * yieldRowsOf(tables).length // 11: Nam Định's province and its ten districts in 2018
 */
export function yieldRowsOf(tables: readonly ColumnTable[]): YieldRow[] {
  const out: YieldRow[] = [];
  for (const block of blocksOf(tables)) {
    const find = (pattern: RegExp): ColumnTable[] => block.filter((t) => pattern.test(headerKey(measureGroupOf(t.table) ?? '')));
    const [areas, yields, outputs] = [find(AREA), find(YIELD), find(OUTPUT)];
    const [area, yieldTable, output] = [areas[0], yields[0], outputs[0]];
    if (areas.length !== 1 || yields.length !== 1 || outputs.length !== 1 || area === undefined || yieldTable === undefined || output === undefined) continue;
    area.table.rows.forEach((row, r) => {
      const yRow = yieldTable.table.rows[r];
      const oRow = output.table.rows[r];
      for (const year of area.table.years) {
        const a = figureOf(row, year, (u) => scaleOf(u, HECTARES, 'nghin ', 1000));
        const y = figureOf(yRow, year, (u) => scaleOf(u, PER_HECTARE, 'tan', 10));
        const o = figureOf(oRow, year, (u) => scaleOf(u, TONNES, 'nghin ', 1000));
        if (a === null || y === null || o === null || yRow === undefined || oRow === undefined) continue;
        const ids: [string, string, string] = [area.keyOf(row, r), yieldTable.keyOf(yRow, r), output.keyOf(oRow, r)];
        out.push({ tableId: output.tableId, row: row.indicator, indicatorIds: ids, year, area: a, yieldValue: y, output: o });
      }
    });
  }
  return out;
}

/** Area × yield in the output's unit, for an area and a yield in their printed units. */
function product(row: YieldRow, area: number, perHectare: number): number {
  return (area * row.area.scale * perHectare * row.yieldValue.scale) / 10 / row.output.scale;
}

/**
 * A warning when a row's output is not its area × yield within the rounding of the three printed figures (see the
 * module comment), else `null`.
 *
 * @example
 * // Trực Ninh, spring 2020: 7.390 ha × 71,8 tạ/ha = 53.060 t, printed 52.638
 * checkYieldRow(row)?.computed // 53060.2
 */
export function checkYieldRow(row: YieldRow): AreaYieldOutputWarning | null {
  const { area, yieldValue, output } = row;
  const [ha, hy, ho] = [halfUnit(area.decimals), halfUnit(yieldValue.decimals), halfUnit(output.decimals)];
  const low = product(row, Math.max(0, area.value - ha), Math.max(0, yieldValue.value - hy));
  const high = product(row, area.value + ha, yieldValue.value + hy);
  const tolerance = EPSILON * Math.max(1, output.value);
  if (high >= output.value - ho - tolerance && low <= output.value + ho + tolerance) return null;
  const computed = product(row, area.value, yieldValue.value);
  const decimals = output.decimals + 1;
  const shown = (f: Figure): string => `${f.raw} ${f.unit}`;
  return {
    id: warningId('area-yield-output', row.indicatorIds, [row.year], row.tableId),
    code: 'area-yield-output',
    severity: 'warning',
    indicatorIds: row.indicatorIds,
    indicators: [row.row, row.row, row.row],
    years: [row.year],
    values: [area, yieldValue, output].map((f) => ({ year: row.year, raw: f.raw, value: f.value, unit: f.unit })),
    tableId: row.tableId,
    year: row.year,
    printed: output.value,
    computed,
    low,
    high,
    message: inBoth((lang) =>
      QUALITY_MESSAGE_STRINGS[lang].areaYieldOutput(row.year, row.row, {
        area: shown(area),
        yieldValue: shown(yieldValue),
        computed: `${formatNumber(computed, decimals)} ${output.unit}`,
        printed: shown(output),
        low: formatNumber(low, decimals),
        high: formatNumber(high, decimals),
      }),
    ),
  };
}
