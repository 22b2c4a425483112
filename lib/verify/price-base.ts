import { foldDiacritics } from '../claims/normalize-text';
import type { PriceBase } from './reference-types';

// Grammar (folded, lower case): base := "gia" space ( "goc" space )? ( "so sanh" | "ss" | "co dinh" ) ( space? "nam"? space?
//   YEAR )? | "gia" space ( "hien hanh" | "hh" | "thuc te" ) | word-start "gss" ( space? YEAR )? word-end | word-start "ghh" word-end
// Example: "giá so sánh 2010" → constant 2010; "(giá SS năm 2010)" → constant 2010; "gía gốc so sánh 2010" (Đà Nẵng,
// 6 months of 2013) → constant 2010; "giá hiện hành" → current; "(GSS2010)" (Quảng Trị, first half of 2018) → constant
// 2010; "GHH" → current.
const PRICE_BASE =
  /gia (?:(?:goc )?(?<constant>so sanh|ss|co dinh)(?: ?(?:nam )?(?<year>(?:19|20)\d\d))?|(?<current>hien hanh|hh|thuc te))|(?<![a-z])(?:(?<short>gss) ?(?<shortYear>(?:19|20)\d\d)?|(?<shortCurrent>ghh))(?![a-z\d])/gu;

/**
 * The price base named in a text (an indicator's name, its unit, or the prose before a figure): the last one
 * named, or `null` when none is.
 *
 * @example
 * priceBaseIn('GRDP (giá so sánh 2010)'); // { kind: 'constant', year: 2010 }
 * priceBaseIn('GRDP theo giá hiện hành'); // { kind: 'current' }
 * priceBaseIn('Thu ngân sách'); // null
 */
export function priceBaseIn(text: string): PriceBase | null {
  let found: PriceBase | null = null;
  for (const m of foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/\s+/gu, ' ').matchAll(PRICE_BASE)) {
    const g = m.groups ?? {};
    const year = g.year ?? g.shortYear;
    found = g.current !== undefined || g.shortCurrent !== undefined ? { kind: 'current' } : { kind: 'constant', year: year === undefined ? null : Number(year) };
  }
  return found;
}

/**
 * The name without the price-base words, which the matcher compares separately.
 *
 * @example
 * withoutPriceBase('GRDP (giá so sánh 2010)'); // 'grdp ()'
 */
export function withoutPriceBase(text: string): string {
  return foldDiacritics(text.normalize('NFC')).replace(/\s+/gu, ' ').replace(PRICE_BASE, ' ').replace(/\b(?:theo|tinh theo)\s*$/u, '');
}

/**
 * Whether two price bases may be the same series: equal kinds, and for constant prices equal base years
 * when both are said. `null` (not said) is compatible only with `null` or current prices: a level printed
 * without a base is at current prices.
 *
 * @example
 * samePriceBase({ kind: 'constant', year: 2010 }, { kind: 'current' }); // false
 * samePriceBase(null, { kind: 'current' }); // true
 * samePriceBase({ kind: 'constant', year: 2010 }, { kind: 'constant', year: 1994 }); // false
 */
export function samePriceBase(a: PriceBase | null, b: PriceBase | null): boolean {
  const x = a ?? { kind: 'current' };
  const y = b ?? { kind: 'current' };
  if (x.kind === 'current' || y.kind === 'current') return x.kind === y.kind;
  return x.year === null || y.year === null || x.year === y.year;
}

/**
 * A price base as the pages and the API write it.
 *
 * @example
 * priceBaseText({ kind: 'constant', year: 2010 }); // 'giá so sánh 2010'
 */
export function priceBaseText(base: PriceBase | null): string | null {
  if (base === null) return null;
  return base.kind === 'current' ? 'giá hiện hành' : base.year === null ? 'giá so sánh' : `giá so sánh ${base.year}`;
}
