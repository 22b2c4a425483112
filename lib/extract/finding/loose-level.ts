import { baseOfUnit } from '../../claims/scale-words';
import { isPeriod } from './find-time-phrases';
import type { ExtractedClaim, YearValue } from '../types';

/**
 * The level a change of a count is measured to, when its subject is a shorter name of it: "dân số cả nước là
 * 85.789.573 người …; so với năm 1999 dân số tăng 9,47 triệu người". Used only where the text prints neither value
 * by the usual links, so the change is `implied` from that level, never checked as a mismatch against it.
 */

/** What a unit counts (scale words aside, folded); `null` for none. */
function baseUnit(unit: string | null): string | null {
  const base = unit === null ? '' : baseOfUnit(unit);
  return base === '' ? null : base;
}

/** Whether `name` appears in `phrase` as whole words ("dân số" in "… ngày 1/4/2009 dân số cả nước"). */
function namesWithin(phrase: string, name: string): boolean {
  const at = phrase.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return false;
  const before = phrase[at - 1];
  const after = phrase[at + name.length];
  const letter = /[\p{L}\p{M}]/u;
  return (before === undefined || !letter.test(before)) && (after === undefined || !letter.test(after));
}

/**
 * The one level printed earlier in the sentence of an absolute change, in the change's unit (scale words aside),
 * whose name contains the change's subject; `null` when there is none or more than one.
 *
 * @example
 * looseLevel(extractClaims('Dân số cả nước là 85.789.573 người; so với năm 1999 dân số tăng 9,47 triệu người.'), 1);
 * // { value: 85789573, decimals: 0, unit: 'người', year: null }
 */
export function looseLevel(claims: readonly ExtractedClaim[], index: number): YearValue | null {
  const claim = claims[index];
  const parsed = claim?.claim;
  if (claim === undefined || claim.indicator === null || parsed?.ok !== true || parsed.kind !== 'absolute') return null;
  const unit = baseUnit(parsed.unitWord);
  if (unit === null) return null;
  const found: YearValue[] = [];
  for (let k = index - 1; k >= 0; k--) {
    const level = claims[k];
    if (level === undefined || level.sentence !== claim.sentence) break;
    const figure = level.figures[0];
    if (level.kind !== 'value' || level.qualifier !== null || figure === undefined || level.indicator === null) continue;
    if (baseUnit(figure.unit) !== unit || !namesWithin(level.indicator, claim.indicator)) continue;
    const year = !isPeriod(level.years) && level.years.length === 1 ? (level.years[0] ?? null) : null;
    found.push({ ...figure, year });
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}
