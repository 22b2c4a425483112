import { decideNumberStyle, styleSignOf } from '../numbers/detect-number-style';
import { parseNumber } from '../numbers/parse-number';
import type { NumberStyle } from '../numbers/types';
import { formatNumber } from '../numbers/format-number';
import { dottedDecimalWarning, mixedMarksWarning, notANumberWarning } from './problems';
import { columnLabel } from './recognize-columns';
import type { Column, TableWarning, ValueCell } from './types';

// Grammar: figure-with-remark := NUMBER [ space* "%" ] space* "(" remark ")", the whole cell, remark without brackets —
//   a figure and a remark on it in brackets (on the next line of the cell, as a report prints it)
// Example: "0,86%\n(còn 4,17%)" → "0,86%" (Huế's report 2019: the poverty rate cut by 0,86 points, 4,17% left); not
//          "7,6 10,4" (two figures), nor "(còn 4,17%)" alone.
const FIGURE_WITH_REMARK = /^(\d[\d.,]*\s*%?)\s*\([^()]*\)$/u;

// Grammar: plan-range := NUMBER [ "%" ] space* ( "-" | "–" | "—" ) space* NUMBER [ "%" ], the whole cell — a plan set
//   as a range, which the plan check reads (lib/verify/quality/plan-target.ts)
// Example: "7,5-8,0" → 7,5 and 8,0; "7,5 – 8%" likewise; not "-4,13" nor "7,5-".
const PLAN_RANGE = /^(\d[\d.,]*)\s*%?\s*[-–—]\s*(\d[\d.,]*)\s*%?$/u;

/**
 * Whether a plan cell is a range of two numbers, the lower first ("7,5-8,0"): a valid plan, though no single number.
 *
 * @example
 * isPlanRange('7,5-8,0', 'vi') // true
 * isPlanRange('8,0-7,5', 'vi') // false
 */
export function isPlanRange(raw: string, style: NumberStyle): boolean {
  const range = PLAN_RANGE.exec(raw);
  if (!range) return false;
  const low = parseNumber(range[1] ?? '', style);
  const high = parseNumber(range[2] ?? '', style);
  return low.ok && high.ok && low.value <= high.value;
}

// Grammar: dotted-decimal := digit{1,3} ( "." digit{3} )+ "." digit{1,2}, the whole cell — dots for both the thousands and
//   the decimals, which no number style writes
// Example: "9.674.18" (Kon Tum's area in km², 2017, on the province's portal) → 9.674,18; "1.493.65" → 1.493,65; not
//          "9.674.180" (thousands), "432.90" (one dot: an English decimal) nor "9.674".
const DOTTED_DECIMAL = /^(\d{1,3}(?:\.\d{3})+)\.(\d{1,2})$/u;

/**
 * A cell read as a number: as printed, else its figure before a remark in brackets ("0,86% (còn 4,17%)" → 0,86), else
 * with dots for both marks read with its last dot as the decimal mark ("9.674.18" → 9.674,18; the reader warns).
 *
 * @example
 * readCell('0,86%\n(còn 4,17%)', 'vi') // { ok: true, value: 0.86, decimals: 2, unit: '%' }
 * readCell('9.674.18', 'en') // { ok: true, value: 9674.18, decimals: 2 }
 */
export function readCell(raw: string, style: NumberStyle): ValueCell['parsed'] {
  const parsed = parseNumber(raw, style);
  if (parsed.ok || parsed.reason !== 'not-a-number') return parsed;
  const figure = FIGURE_WITH_REMARK.exec(raw)?.[1];
  const lead = figure === undefined ? null : parseNumber(figure, style);
  if (lead?.ok === true) return lead;
  const dotted = DOTTED_DECIMAL.exec(raw);
  const decimal = dotted === null ? null : parseNumber(`${dotted[1] ?? ''},${dotted[2] ?? ''}`, 'vi');
  return decimal?.ok === true ? decimal : parsed;
}

/**
 * Reads value cells in the file's number style, warning on cells that are not numbers.
 *
 * @example
 * const reader = new ValueReader('bang.csv', 'vi');
 * reader.read(['GRDP', '47.684'], { index: 1, header: '2022', role: 'year', year: 2022 }, 3).parsed // { ok: true, value: 47684, … }
 */
export class ValueReader {
  readonly warnings: TableWarning[] = [];

  constructor(
    private readonly file: string,
    private readonly style: NumberStyle,
  ) {}

  read(record: readonly string[], column: Column, line: number): ValueCell {
    const raw = (record[column.index] ?? '').trim();
    const parsed = readCell(raw, this.style);
    if (!parsed.ok) {
      // A plan set as a range is no single number, but no misprint either: the plan check reads it.
      if (parsed.reason === 'not-a-number' && !(column.role === 'plan' && isPlanRange(raw, this.style))) {
        this.warnings.push(notANumberWarning(this.file, line, columnLabel(column), raw));
      }
    } else if (parsed.warning === 'mixed-marks') {
      this.warnings.push(mixedMarksWarning(this.file, line, columnLabel(column), raw));
    } else if (DOTTED_DECIMAL.test(raw)) {
      this.warnings.push(dottedDecimalWarning(this.file, line, columnLabel(column), raw, formatNumber(parsed.value, parsed.decimals)));
    }
    return { raw, parsed };
  }
}

/**
 * Counts the votes for the file's number style cast by the non-empty value cells (styleSignOf).
 *
 * @example
 * const votes = new StyleVotes();
 * votes.add('47.684,5');
 * votes.decide().style // 'vi'
 */
export class StyleVotes {
  private vi = 0;
  private en = 0;
  private dotGroups = 0;
  private commaGroups = 0;

  add(cell: string | undefined): void {
    if (cell === undefined || cell === '') return;
    const sign = styleSignOf(cell);
    if (sign === 'vi') this.vi++;
    else if (sign === 'en') this.en++;
    else if (sign === 'dot-group') this.dotGroups++;
    else if (sign === 'comma-group') this.commaGroups++;
  }

  decide(): ReturnType<typeof decideNumberStyle> {
    return decideNumberStyle(this.vi, this.en, this.dotGroups, this.commaGroups);
  }
}
