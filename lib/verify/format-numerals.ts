import type { Lang } from '../i18n/lang';
import { roundTo } from '../numbers/decimals';
import { formatNumber } from '../numbers/format-number';
import type { Measured, UnitSign } from '../numbers/types';
import type { Computation } from './compute';
import { KIND_RULES } from './kind-rules';
import { displayDecimals, figureText, type WordedClaim } from './wording';

/** The facts a message about two present values reads, in any language. */
export interface MessageFacts {
  readonly worded: WordedClaim;
  readonly from: Measured;
  readonly to: Measured;
  readonly years: number | null;
  /** `%`/`‰` when the table's unit is one of those. */
  readonly valueSign: UnitSign | null;
}

/** The numbers of a message, formatted once and written into both languages. */
export interface Numerals {
  /** The formula with the printed values: "39,8 / 10,6". */
  readonly formula: string;
  /** The computed figure at display precision ("3,75"), or `''` when nothing was computed. */
  readonly computed: string;
  /** The computed figure at the claim's precision ("3,8"), or `''`. */
  readonly rounded: string;
  /** The claimed figure as printed ("4,1"), or `''` for a claim without one. */
  readonly claimed: string;
}

/** Everything a message about two present values needs, and the language to write it in. */
export interface MessageContext extends MessageFacts {
  readonly numerals: Numerals;
  readonly lang: Lang;
}

function formatYears(years: number): string {
  return formatNumber(years, Number.isInteger(years) ? 0 : 2);
}

/**
 * The sign of the change between the two values: 1 up, −1 down, 0 unchanged.
 *
 * @example
 * changeSign(ctx); // -1 for 62,4 → 33,65, 0 for 50 → 50
 */
export function changeSign(ctx: MessageContext): number {
  return Math.sign(ctx.to.value - ctx.from.value);
}

/**
 * The arithmetic of the claim's formula with the printed values, e.g. "39,8 / 10,6",
 * "1 − 33,65 / 62,4", "(10.607 / 7.600)^(1/7) − 1".
 *
 * @example
 * formulaText({ worded: { kind: 'ratio', claim }, from: m(10.6, 1), to: m(39.8, 1), … }); // "39,8 / 10,6"
 */
export function formulaText(ctx: MessageFacts): string {
  return KIND_RULES[ctx.worded.kind].formulaText({
    from: formatNumber(ctx.from.value, ctx.from.decimals),
    to: formatNumber(ctx.to.value, ctx.to.decimals),
    falling: ctx.to.value < ctx.from.value,
    direction: ctx.worded.claim.direction,
    years: formatYears(ctx.years ?? 0),
  });
}

/**
 * The decimals the claim printed its figure with (0 for a claim without a figure).
 *
 * @example
 * claimDecimals(facts); // 1 for "Tăng 3,8 lần", 0 for "tăng"
 */
export function claimDecimals(ctx: MessageFacts): number {
  return ctx.worded.claim.figure?.decimals ?? 0;
}

/** The most digits a computed figure is shown with beyond the claim's. */
const MAX_EXTRA_DECIMALS = 4;

/**
 * A computed figure with one decimal more than the claim (displayDecimals), or more where that digit would round the
 * other way: 8,82496 shows as "8,82496", never "8,825" beside "→ làm tròn 8,82".
 *
 * @example
 * computedText(3.7547, 1);   // "3,75"
 * computedText(8.82496, 2);  // "8,82496"
 */
export function computedText(point: number, decimals: number): string {
  const rounded = roundTo(point, decimals);
  let shown = displayDecimals(decimals);
  while (shown < decimals + MAX_EXTRA_DECIMALS && roundTo(roundTo(point, shown), decimals) !== rounded) shown++;
  return formatNumber(point, shown);
}

/**
 * The numbers of the messages about two values, formatted once for both languages.
 *
 * @example
 * numeralsOf(facts, { point: 3.7547, interval }); // { formula: '39,8 / 10,6', computed: '3,75', rounded: '3,8', claimed: '3,8' }
 */
export function numeralsOf(facts: MessageFacts, computation: Computation | null): Numerals {
  const figure = facts.worded.claim.figure;
  const decimals = claimDecimals(facts);
  return {
    formula: formulaText(facts),
    computed: computation === null ? '' : computedText(computation.point, decimals),
    rounded: computation === null ? '' : formatNumber(computation.point, decimals),
    // A range is quoted with both bounds ("7–8").
    claimed: figure === null ? '' : figureText(facts.worded.claim),
  };
}
