import { makeFigure } from './figure-grammar';
import { planStatement } from './match-levels';
import { UNIT_LABEL_AFTER, UNIT_LABEL_BEFORE, UNIT_LABEL_FIGURE, YEAR_LIKE } from './claim-patterns';
import type { ClaimMatch } from './claim-match';
import type { Figure } from '../types';

/*
 * What reads like a claim but is none: a range a plan prints ("tăng từ 0,45% đến 0,54%", "56.000 - 61.000 tỷ đồng"),
 * read as one plan statement, and a unit in brackets ending a row's name ("(1000 tỷ đồng)"), read as nothing.
 */

/**
 * Whether "từ A đến B" is a range of rates: "đến", no year at either end, in %, the lower bound first.
 *
 * @example
 * isRateRange('đến', null, null, { value: 0.45, decimals: 2, unit: '%' }, { value: 0.54, decimals: 2, unit: '%' }) // true
 */
export function isRateRange(link: string | undefined, y1: number | null, y2: number | null, from: Figure, to: Figure): boolean {
  return link?.toLowerCase() === 'đến' && y1 === null && y2 === null && from.unit === '%' && to.unit === '%' && from.value < to.value;
}

/**
 * A level printed as a range ("56.000 - 61.000 tỷ đồng"), the lower bound first and neither a year: one plan statement.
 *
 * @example
 * matchLevelRange(LEVEL_RANGE.exec('56.000 - 61.000 tỷ đồng')!)?.figures.map((f) => f.value) // [56000, 61000]
 */
export function matchLevelRange(m: RegExpExecArray): ClaimMatch | null {
  const g = m.groups ?? {};
  const n1 = g['n1'] ?? '';
  const n2 = g['n2'] ?? '';
  if (YEAR_LIKE.test(n1) || YEAR_LIKE.test(n2)) return null;
  const lower = makeFigure(n1, g['u']);
  const upper = makeFigure(n2, g['u']);
  return lower === null || upper === null || !(upper.value > lower.value) ? null : planStatement(m, [lower, upper]);
}

/**
 * Whether a value match is a row name's unit label, "(1000 tỷ đồng)" (see UNIT_LABEL_BEFORE in claim-patterns.ts).
 *
 * @example
 * isUnitLabel(VALUE.exec('Tổng vốn đầu tư (1000 tỷ đồng)')!, 'Tổng vốn đầu tư (1000 tỷ đồng)') // true
 */
export function isUnitLabel(m: RegExpExecArray, text: string): boolean {
  const n = m.groups?.['n'] ?? '';
  if (m.groups?.['q'] !== undefined || !UNIT_LABEL_FIGURE.test(n)) return false;
  return UNIT_LABEL_BEFORE.test(text.slice(0, m.index)) && UNIT_LABEL_AFTER.test(text.slice(m.index + m[0].length));
}
