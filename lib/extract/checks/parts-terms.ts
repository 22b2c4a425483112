import { foldDiacritics } from '../../claims/normalize-text';
import { claimInterval } from '../../verify/interval';
import type { Interval } from '../../verify/types';
import { scaledUnit } from './unit-scale';
import { hasExactFigure } from '../finding/exact-figure';
import type { ExtractedClaim } from '../types';

/*
 * The figures of the parts-and-total check (check-parts-total.ts) and their arithmetic: a figure as an interval
 * in the total's scale, sums of intervals, and the list of parts found for a total, whichever way the text
 * announces it ("gồm …" after the total, or "Chia theo …" in the sentence after it: parts-heading.ts).
 */

/** Slack for binary floating point when comparing sums. */
const EPSILON = 1e-9;
/** Fewest parts worth adding up. */
export const MIN_PARTS = 2;

// Grammar: change-word := "tăng" | "giảm" (folded, whole word)
// Example: "trong đó nông thôn và thành thị tăng tương ứng 0,3 và 0,1 triệu người" lists changes, not levels.
export const CHANGE_WORD = /(?<![\p{L}\p{M}])(?:tang|giam)(?![\p{L}\p{M}])/u;

/** Names of parts that, once all listed, make up their whole ("nam" and "nữ"; international and domestic visitors). */
const PARTITIONS: readonly (readonly string[])[] = [
  ['nam', 'nu'],
  ['nong thon', 'thanh thi'],
  ['nhap khau', 'xuat khau'],
  ['khach noi dia', 'khach quoc te'],
  ['khach quoc te', 'khach trong nuoc'],
];

/** A figure of the check, with where the text prints it. */
export interface Term {
  readonly index: number;
  readonly claim: ExtractedClaim;
  readonly value: number;
  readonly decimals: number;
  readonly unit: string | null;
  /** −1 for a fall in a list of changes ("nông thôn giảm 32.300 người"). */
  readonly sign: 1 | -1;
  /** The signed interval, in units of the total's scale. */
  readonly interval: Interval;
}

/** A total and the parts the text lists for it. */
export interface Listed {
  readonly total: Term;
  readonly parts: readonly Term[];
  readonly exhaustive: boolean;
  /** A list of changes ("tăng 88.700 người, trong đó thành thị tăng …"), whose parts may fall. */
  readonly changes: boolean;
  readonly marker: string;
}

/** What a claim's first figure counts, its scale words aside ("tỷ đồng" and "triệu đồng" → "dong"). */
export function baseOf(claim: ExtractedClaim): string {
  return scaledUnit(claim.figures[0]?.unit ?? null).base;
}

export function isRateUnit(unit: string | null): boolean {
  return unit === null || unit.startsWith('%') || unit.startsWith('‰') || unit === 'lần' || unit.startsWith('điểm');
}

/** The folded units that measure (money, weight, length, area, volume, energy) rather than count things one by one. */
const MEASURES = new Set(['dong', 'usd', 'do la', 'tan', 'ta', 'kg', 'km2', 'km²', 'km', 'ha', 'm2', 'm3', 'mw', 'kwh', 'lit', 'met', 'met vuong', 'met khoi', 'tan thong qua', 'ttq', 'teu']);

/** Below this, a count printed without a scale word is counted, not rounded. */
const EXACT_COUNT_LIMIT = 1000;

/**
 * Whether a figure is an exact count: a whole number under a thousand of things counted one by one, no scale word
 * ("74 phiên", "16 phiên", "2 phiên" and "58 phiên" are 76, never 74 within rounding: Lâm Đồng, June 2021).
 *
 * @example
 * isExactCount({ value: 16, decimals: 0, unit: 'phiên' }) // true
 * isExactCount({ value: 16, decimals: 0, unit: 'tỷ đồng' }) // false
 */
export function isExactCount(figure: { readonly value: number; readonly decimals: number; readonly unit: string | null }): boolean {
  const unit = scaledUnit(figure.unit);
  return figure.decimals === 0 && Number.isInteger(figure.value) && Math.abs(figure.value) < EXACT_COUNT_LIMIT && unit.scale === 1 && !isRateUnit(figure.unit) && !MEASURES.has(unit.base);
}

/** The interval a figure stands for, in units of `scale`. "ước" is an estimate printed to its last digit, not "about". */
export function termOf(claim: ExtractedClaim, index: number, scale: number, sign: 1 | -1 = 1): Term | null {
  const figure = claim.figures[0];
  if (figure === undefined) return null;
  const factor = scaledUnit(figure.unit).scale / scale;
  const qualifier = hasExactFigure(claim) ? null : claim.qualifier;
  const raw = qualifier === null && isExactCount(figure) ? { lo: figure.value, hi: figure.value } : claimInterval(figure, qualifier);
  const interval = sign > 0 ? { lo: raw.lo * factor, hi: raw.hi * factor } : { lo: -raw.hi * factor, hi: -raw.lo * factor };
  return { index, claim, value: figure.value, decimals: figure.decimals, unit: figure.unit, sign, interval };
}

export function sumInterval(parts: readonly Term[]): Interval {
  return parts.reduce((acc, p) => ({ lo: acc.lo + p.interval.lo, hi: acc.hi + p.interval.hi }), { lo: 0, hi: 0 });
}

/**
 * The parts' sum with every bound's open end closed at its other end ("trên 30.000" counts 30.000).
 *
 * @example
 * boundedSum(parts) // about 38.000 ha, not up to infinity, for 8.000 ha and "trên 30.000 ha"
 */
export function boundedSum(parts: readonly Term[]): Interval {
  return parts.reduce(
    (acc, { interval: { lo, hi } }) => ({ lo: acc.lo + (Number.isFinite(lo) ? lo : hi), hi: acc.hi + (Number.isFinite(hi) ? hi : lo) }),
    { lo: 0, hi: 0 },
  );
}

/** An interval widened by the float slack of its finite ends (a bound's open end, "hơn 863", stays where it is). */
export function widened(i: Interval): Interval {
  const ends = [i.lo, i.hi].filter(Number.isFinite).map(Math.abs);
  const slack = EPSILON * Math.max(1, ...ends);
  return { lo: i.lo - slack, hi: i.hi + slack };
}

/** The parts added up as printed (signs kept), in the unit of the total. */
export function signedSum(parts: readonly Term[], total: Term): number {
  const scale = scaledUnit(total.unit).scale;
  return parts.reduce((acc, p) => acc + (p.sign * p.value * scaledUnit(p.unit).scale) / scale, 0);
}

function partName(claim: ExtractedClaim): string {
  return foldDiacritics(claim.indicator ?? '').replace(/^khu vuc\s+/u, '').trim();
}

/** Whether the parts' names, all together, are a known split of a whole ("nam", "nữ"). */
export function knownPartition(parts: readonly Term[]): boolean {
  const names = parts.map((p) => partName(p.claim)).sort();
  return PARTITIONS.some((p) => p.length === names.length && p.every((n, i) => names[i] === n));
}

/** Whether a part lies inside brackets opened after `from` (a detail of the part before it, not a part). */
export function inBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

// Grammar (folded, whole words): balance-word := "xuat sieu" | "nhap sieu" | "thang du" | "tham hut" | "can can"
// Example: "giúp tỉnh đạt thặng dư thương mại" and "nhờ đó xuất siêu" name a balance; "xuất khẩu" does not.
const BALANCE_WORD = /(?<![\p{L}\p{M}])(?:xuat sieu|nhap sieu|thang du|tham hut|can can)(?![\p{L}\p{M}])/u;

/**
 * Whether a claim's figure is a balance: exports minus imports, a surplus or a deficit, never a part of a sum ("… xuất
 * khẩu đạt 10,81 tỷ USD, nhập khẩu đạt 7,58 tỷ USD, giúp tỉnh đạt thặng dư thương mại 3,23 tỷ USD": Đồng Nai, five
 * months of 2025; check-trade-balance.ts checks it).
 *
 * @example
 * isBalance(claimOf('thặng dư thương mại 3,23 tỷ USD')) // true
 */
export function isBalance(claim: ExtractedClaim): boolean {
  return BALANCE_WORD.test(foldDiacritics(claim.indicator ?? '').toLowerCase());
}

/**
 * Whether a claim is a level a list may hold: a value read from prose, not a rate, not a balance, not an amount past a
 * plan or a mark (`excess`), not inside brackets opened after `from` (where a comparison's base or a detail is printed).
 *
 * @example
 * isListedLevel({ claim, index }, text, sentence.start) // true for "đạt 216,7 ngàn tấn"
 */
export function isListedLevel({ claim }: { readonly claim: ExtractedClaim }, text: string, from: number): boolean {
  return claim.kind === 'value' && claim.source === 'prose' && claim.excess !== true && !isRateUnit(claim.figures[0]?.unit ?? null) && !isBalance(claim) && !inBrackets(text, from, claim.start);
}
