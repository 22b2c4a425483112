import type { Lang } from '../i18n/lang';
import type { Measured, UnitSign } from '../numbers/types';
import type { ImpliedBound } from './implied';
import { KIND_RULES } from './kind-rules';
import { MESSAGE_STRINGS } from './message-strings';
import { formatValue, leadWord, quoteClaimFigure, type WordedClaim } from './wording';

/** Facts for the `implied` message. */
export interface ImpliedFacts {
  readonly worded: WordedClaim;
  readonly present: Measured;
  readonly missing: 'from' | 'to';
  readonly value: number;
  readonly bound: ImpliedBound;
  readonly valueSign: UnitSign | null;
  readonly lang: Lang;
  /** The base is a part of a year (ClaimInput.basePeriod): "kỳ gốc", not "năm gốc". */
  readonly period?: boolean;
  /** The present value printed as a bound (ClaimInput.presentBound): quoted with its word, "trên 6.000". */
  readonly presentBound?: 'lower' | 'upper' | undefined;
}

/** The fewest significant digits an implied value is shown with. */
const SIGNIFICANT = 2;

/** The most decimals added to an implied value that rounds to the printed one. */
const EXTRA_DECIMALS = 2;

/**
 * `implied`: "tăng 160% đến 1.042.100 ⇒ giá trị năm gốc khoảng 400.808"
 * (the implied value is rounded at the present value's precision, and to two significant digits at least).
 *
 * @example
 * impliedMessage({ ...facts, lang: 'en' }); // "up 160% to 1.042.100 ⇒ the base-year value about 400.808"
 */
export function impliedMessage(facts: ImpliedFacts): string {
  const { worded, present, missing, value, bound, valueSign, lang, period = false, presentBound } = facts;
  const t = MESSAGE_STRINGS[lang];
  const direction = worded.claim.direction === 'down' ? -1 : 1;
  const claimed = `${leadWord(worded, direction, lang)} ${quoteClaimFigure(worded, lang)}`.trim();
  const printed = formatValue(present.value, present.decimals, valueSign);
  const presentText = presentBound === undefined ? printed : `${t.bounds[presentBound === 'lower' ? 'above' : 'below']} ${printed}`;
  // A bound is cut toward what it allows, so that the sentence stays true at the printed precision: above 154,46 is said
  // "trên 154", never "trên 155" (rounding would say more than the figures do).
  // It keeps two significant digits at least: "hơn 1 tỷ USD, bằng 101% kế hoạch" ⇒ "trên 0,98", never "trên 0" (Cà Mau's
  // seafood exports, 2022).
  const least = Math.max(present.decimals, value === 0 || !Number.isFinite(value) ? 0 : SIGNIFICANT - 1 - Math.floor(Math.log10(Math.abs(value))));
  const textAt = (decimals: number): string => {
    const scale = 10 ** decimals;
    const shown = bound === 'above' ? Math.floor(value * scale + 1e-9) / scale : bound === 'below' ? Math.ceil(value * scale - 1e-9) / scale : value;
    return formatValue(shown, decimals, valueSign);
  };
  // A value that rounds to the printed one says nothing ("tăng 1,9% đến 23 ⇒ khoảng 23"): one more decimal, or two, where
  // that tells them apart ("khoảng 22,6", 23 / 1,019 = 22,57: exports of July 2020); else the plain precision.
  const differs = (decimals: number): boolean => textAt(decimals) !== formatValue(present.value, decimals, valueSign);
  const finer = Array.from({ length: EXTRA_DECIMALS + 1 }, (_, k) => least + k).find(differs);
  const impliedText = textAt(finer ?? least);
  const plan = KIND_RULES[worded.kind].planBase;
  return `${claimed}${t.impliedLink(plan, missing, presentText)} ⇒ ${t.impliedTarget(plan, missing, period)} ${t.bounds[bound]} ${impliedText}`;
}
