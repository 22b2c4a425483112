import { baseOfUnit, scaleOfUnit } from '../../claims/scale-words';
import type { YearValue } from '../types';

/**
 * A value written in the same unit as another but with other scale words, converted to that unit (spec §2b: "two
 * figures with different scale words are compared after conversion"). Its precision moves with it: 919.000 tỉ
 * đồng in "triệu tỉ đồng" is 0,919000 with 6 decimals. Unchanged when the units differ otherwise or share a scale.
 *
 * @example
 * inUnitOf({ value: 919000, decimals: 0, unit: 'tỉ đồng', year: 2015 }, 'triệu tỉ đồng');
 * // { value: 0.919, decimals: 6, unit: 'triệu tỉ đồng', year: 2015 }
 */
export function inUnitOf(value: YearValue, unit: string | null): YearValue {
  if (unit === null || value.unit === null || value.unit === unit) return value;
  if (baseOfUnit(value.unit) !== baseOfUnit(unit)) return value;
  const factor = scaleOfUnit(value.unit) / scaleOfUnit(unit);
  if (factor === 1 || !Number.isFinite(factor)) return value;
  return { ...value, value: value.value * factor, decimals: value.decimals + Math.round(Math.log10(1 / factor)), unit };
}

/**
 * Whether two values count the same thing, whatever their scale words ("tỉ đồng" and "triệu tỉ đồng" do; "%" and
 * "doanh nghiệp" do not). Two values without a unit count the same thing.
 *
 * @example
 * sameBaseUnit('tỉ đồng', 'triệu tỉ đồng') // true
 * sameBaseUnit('%', 'doanh nghiệp')        // false
 */
export function sameBaseUnit(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || baseOfUnit(a) === baseOfUnit(b);
}

// Grammar: currency := ( "đồng" | "USD" | "đô la" | "EUR" | "euro" ) as a whole word, on the unit
// Example: "triệu đồng/người" → "đồng"; "USD/lao động" → "usd"; "lượt khách" has none.
const CURRENCY = /(?<![\p{L}\p{M}])(?:đồng|usd|đô\s+la|eur|euro)(?![\p{L}\p{M}])/iu;

/**
 * The currency an amount is counted in, lower case, or `null` for a unit that counts no money.
 *
 * @example
 * currencyOf('triệu đồng/người') // 'đồng'
 * currencyOf('USD/lao động')     // 'usd'
 * currencyOf('lượt khách')       // null
 */
export function currencyOf(unit: string | null): string | null {
  if (unit === null) return null;
  return CURRENCY.exec(unit)?.[0].toLowerCase() ?? null;
}
