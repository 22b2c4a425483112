import { baseOfUnit } from '../claims/scale-words';
import { sameIndicator } from '../extract/finding/same-indicator';
import { indicatorKey } from './indicator-key';
import { samePriceBase } from './price-base';
import type { MatchRules, PriceBase } from './reference-types';

/** A reference series as the matcher sees it. */
export interface SeriesName {
  /** The name as the reference prints it. */
  readonly name: string;
  readonly unit: string;
  readonly priceBase: PriceBase | null;
}

/** An indicator as a document prints it: its name, the unit of the figure (when known) and its price base. */
export interface PrintedIndicator {
  readonly name: string;
  readonly unit: string | null;
  readonly priceBase: PriceBase | null;
}

/**
 * How a printed indicator is linked to reference series:
 * - `match`: one series, by equal keys (`exact`), by the user's stored answer (`answer`), or by name similarity
 *   with no rival (`similar`);
 * - `ambiguous`: several series fit and nobody has answered: a question for the user, never a verdict;
 * - `none`: no series fits (or the user answered "none of them").
 */
export type IndicatorMatch<S extends SeriesName> =
  | { readonly kind: 'match'; readonly series: S; readonly how: 'exact' | 'answer' | 'similar' }
  | { readonly kind: 'ambiguous'; readonly printed: string; readonly candidates: readonly S[] }
  | { readonly kind: 'none' };

/**
 * Whether two units measure the same thing at possibly different scales (`tỷ đồng` and `triệu đồng`,
 * `tấn` and `nghìn tấn`); an unknown unit is compatible with any.
 *
 * @example
 * unitsCompatible('Tỷ đồng', 'triệu đồng'); // true
 * unitsCompatible('tỷ đồng', 'tỷ USD'); // false
 */
export function unitsCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a.trim() === '' || b.trim() === '') return true;
  // What the units count, their scale words aside; only the base is compared (the scale is read for nothing here).
  return baseOfUnit(a) === baseOfUnit(b);
}

// Grammar: word := ( letter | digit )+ (in a folded key)
// Example: "lam nghiep va thuy san" has five words.
const KEY_WORD = /[\p{L}\p{N}]+/gu;

/** Fewest words a printed name cut at its head must keep to be matched by its tail. */
const MIN_TAIL_WORDS = 3;

/**
 * Whether a printed key is the tail of a series key: the text reader cuts an indicator's head at a comma
 * ("khu vực nông, lâm nghiệp và thủy sản" read as "lâm nghiệp và thủy sản"), never its tail.
 */
function isTailOf(printed: string, series: string): boolean {
  const p = printed.match(KEY_WORD) ?? [];
  const s = series.match(KEY_WORD) ?? [];
  return p.length >= MIN_TAIL_WORDS && p.length < s.length && p.every((w, i) => s[s.length - p.length + i] === w);
}

// Grammar: count := digit+, not a year (19dd or 20dd, which price bases and periods print)
// Example: "thu ngan sach 17" has the count "17"; "grdp gia so sanh 2010" has none.
const COUNT_WORD = /\b(?!(?:19|20)\d\d\b)\d+\b/g;

/**
 * Whether two keys carry the same numbers other than years: "trường số 1" is not "trường số 2", and a
 * numbered row ("Thu ngân sách 17") is not the series "Thu ngân sách".
 */
function sameNumbers(a: string, b: string): boolean {
  return (a.match(COUNT_WORD) ?? []).join(' ') === (b.match(COUNT_WORD) ?? []).join(' ');
}

function distinctByKey<S extends SeriesName>(series: readonly S[], rules: MatchRules): S[] {
  const seen = new Map<string, S>();
  for (const s of series) {
    const key = `${indicatorKey(s.name, rules.synonyms)}|${baseOfUnit(s.unit ?? '')}|${JSON.stringify(s.priceBase)}`;
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}

/**
 * Links a printed indicator to one reference series (verification.md §6): by name once folded and after the
 * synonym table, among the series whose unit is compatible after scale conversion and whose price base is
 * the same; never by position. A stored answer settles an ambiguity the same way next time.
 *
 * @example
 * matchIndicator({ name: 'thu ngân sách', unit: 'tỷ đồng', priceBase: null }, [{ name: 'Thu ngân sách trên địa bàn', unit: 'Tỷ đồng', priceBase: null }], NO_RULES);
 * // { kind: 'match', how: 'similar', series: { name: 'Thu ngân sách trên địa bàn', … } }
 * matchIndicator({ name: 'thu nội địa', unit: null, priceBase: null }, [{ name: 'Thu ngân sách trên địa bàn', unit: 'Tỷ đồng', priceBase: null }], NO_RULES);
 * // { kind: 'none' }
 */
export function matchIndicator<S extends SeriesName>(printed: PrintedIndicator, series: readonly S[], rules: MatchRules): IndicatorMatch<S> {
  const key = indicatorKey(printed.name, rules.synonyms);
  if (key === '') return { kind: 'none' };
  const fitting = series.filter((s) => unitsCompatible(printed.unit, s.unit) && samePriceBase(printed.priceBase, s.priceBase) && sameNumbers(key, indicatorKey(s.name, rules.synonyms)));
  const exact = distinctByKey(
    fitting.filter((s) => indicatorKey(s.name, rules.synonyms) === key),
    rules,
  );
  const [only] = exact;
  if (only !== undefined && exact.length === 1) return { kind: 'match', series: only, how: 'exact' };
  const answer = rules.answers.find((a) => a.printed === key);
  if (answer !== undefined) {
    if (answer.choice === null) return { kind: 'none' };
    const chosen = fitting.find((s) => indicatorKey(s.name, rules.synonyms) === answer.choice);
    if (chosen !== undefined) return { kind: 'match', series: chosen, how: 'answer' };
  }
  const similar = exact.length > 1 ? exact : distinctByKey(
          fitting.filter((s) => {
            const seriesKey = indicatorKey(s.name, rules.synonyms);
            return sameIndicator(seriesKey, key) || isTailOf(key, seriesKey);
          }),
          rules,
        );
  const [single] = similar;
  if (single === undefined) return { kind: 'none' };
  if (similar.length === 1) return { kind: 'match', series: single, how: 'similar' };
  return { kind: 'ambiguous', printed: key, candidates: similar };
}
