import type { ReportTable, TableRow } from '../../tables/types';
import { readPlanWord, type PlanRow } from './plan-words';

/** The cell of a row that holds a plan word: its claim, its note, or any other column. */
function wordCellOf(row: TableRow): string | null {
  const cells = [row.claim, row.note, ...Object.values(row.extras)];
  for (const cell of cells) if (cell !== null && readPlanWord(cell) !== null) return cell;
  return null;
}

/**
 * The rows of a report table that print a plan, an actual value and a plan word (`Đạt`, `Không
 * đạt`, `Vượt`), ready for checkPlanWord. The actual is the value of the plan's year (`KH 2023`
 * against `Ước TH 2023`), else of the table's last year. `keyOf` gives the row's indicator id.
 *
 * @example
 * planRowsOf(table, 'ket-qua', (row) => slugify(row.indicator)) // [{ planRaw: '7,5-8,0', wordRaw: 'Đạt', actual: { year: 2023, … } }]
 */
export function planRowsOf(table: ReportTable, tableId: string, keyOf: (row: TableRow, index: number) => string): PlanRow[] {
  const planColumn = table.columns.find((c) => c.role === 'plan');
  if (!planColumn) return [];
  const last = table.years[table.years.length - 1];
  const year = planColumn.year !== undefined && table.years.includes(planColumn.year) ? planColumn.year : last;
  if (year === undefined) return [];
  const out: PlanRow[] = [];
  table.rows.forEach((row, index) => {
    const planRaw = row.plan?.raw ?? '';
    const cell = row.values[year];
    const wordRaw = wordCellOf(row);
    if (planRaw === '' || wordRaw === null || !cell?.parsed.ok) return;
    out.push({
      tableId,
      line: row.line,
      indicatorId: keyOf(row, index),
      indicator: row.indicator,
      planRaw,
      wordRaw,
      actual: { year, raw: cell.raw, value: cell.parsed.value, unit: row.unit, decimals: cell.parsed.decimals },
      style: table.meta.numberStyle,
    });
  });
  return out;
}
