import { formatNumber } from '../../numbers/format-number';
import { impliedValue } from '../../verify/implied';
import { claimInterval, intersects, truncationInterval, valueInterval } from '../../verify/interval';
import type { Interval } from '../../verify/types';
import { inUnitOf } from '../finding/align-scale';
import { levelsBeside } from '../finding/sentence-levels';
import type { ExtractedClaim, YearValue } from '../types';
import type { ConsistencyFinding } from './consistency-types';
import { figureText } from './figure-text';

/*
 * A change printed twice, in % and in the level's unit, one after the other: "đạt 81,09 tỷ USD, tăng 19,8%, tương ứng
 * tăng hơn 13,38 tỷ USD" (Tổng cục Hải quan, 7 months of 2017), or "đạt 223.951 tấn, bằng 105,21% (tăng 11.106 tấn)"
 * with an index for the %. Each gives the base the level grew from; both must give the same one.
 */

/** A change of one level beside it, without its own ends: in % (`percent`) or in the level's unit (`absolute`). */
interface Change {
  readonly index: number;
  readonly claim: ExtractedClaim;
  readonly kind: 'percent' | 'absolute';
  readonly direction: 'up' | 'down';
  readonly figure: Interval;
  /** The figure read as cut off instead of rounded (spec §3 match_truncated); `null` for a qualified figure. */
  readonly truncated: Interval | null;
}

/** A % change up or down: an index of 105,21 % is a rise of 5,21 %, one of 96,5 % a fall of 3,5 %. */
function percentChange(claim: ExtractedClaim, index: number, direction: 'up' | 'down', figure: Interval, truncated: Interval | null): Change {
  return { index, claim, kind: 'percent', direction, figure, truncated };
}

/** The magnitude of a change in % that an index interval stands for. */
function indexAsChange(interval: Interval, direction: 'up' | 'down'): Interval {
  return direction === 'up' ? { lo: interval.lo - 100, hi: interval.hi - 100 } : { lo: 100 - interval.hi, hi: 100 - interval.lo };
}

function changeOf(claim: ExtractedClaim, index: number, level: YearValue): Change | null {
  const parsed = claim.claim;
  const figure = claim.figures[0];
  if (claim.endpoints !== null || parsed?.ok !== true || figure === undefined) return null;
  const truncated = claim.qualifier === null ? truncationInterval(figure) : null;
  // "bằng 105,21% (tăng 11.106 tấn)": an index of the level beside it is its change in %.
  if (claim.kind === 'index' && parsed.kind === 'index' && figure.unit === '%') {
    const interval = claimInterval(figure, claim.qualifier);
    const direction = interval.lo >= 100 ? 'up' : interval.hi <= 100 ? 'down' : null;
    if (direction === null) return null;
    return percentChange(claim, index, direction, indexAsChange(interval, direction), truncated && indexAsChange(truncated, direction));
  }
  if (claim.kind !== 'comparison' || (parsed.direction !== 'up' && parsed.direction !== 'down')) return null;
  if (parsed.kind === 'percent' && figure.unit === '%') return percentChange(claim, index, parsed.direction, claimInterval(figure, claim.qualifier), truncated);
  if (parsed.kind !== 'absolute' || figure.unit === null || level.unit === null) return null;
  const scaled = inUnitOf({ ...figure, year: null }, level.unit);
  if (scaled.unit !== level.unit) return null;
  return { index, claim, kind: 'absolute', direction: parsed.direction, figure: claimInterval(scaled, claim.qualifier), truncated: null };
}

/** The base a change of `level` gives: every value it could have grown (or fallen) from. */
function baseOf(change: Change, level: Interval): Interval {
  const { lo, hi } = change.figure;
  if (change.kind === 'absolute') return change.direction === 'up' ? { lo: level.lo - hi, hi: level.hi - lo } : { lo: level.lo + lo, hi: level.hi + hi };
  // A fall of 100 % or more leaves no base: the interval is then open on that side.
  if (change.direction === 'up') return { lo: level.lo / (1 + hi / 100), hi: level.hi / (1 + lo / 100) };
  return { lo: level.lo / (1 - lo / 100), hi: hi >= 100 ? Infinity : level.hi / (1 - hi / 100) };
}

/** The base a change of `level` implies from its figure's middle (the reading the message prints), as `implied` does. */
function pointBase(change: Change, level: YearValue): number {
  const { lo, hi } = change.figure;
  const mid = Number.isFinite(lo) && Number.isFinite(hi) ? (lo + hi) / 2 : Number.isFinite(lo) ? lo : hi;
  const implied = impliedValue({
    kind: change.kind, direction: change.direction, unitSign: change.kind === 'percent' ? '%' : null, qualifier: null,
    figure: mid, years: null, present: level.value, missing: 'from',
  });
  return implied.ok ? implied.value : NaN;
}

function finding(percent: Change, absolute: Change, level: YearValue): ConsistencyFinding {
  const fromPercent = pointBase(percent, level);
  const fromAbsolute = pointBase(absolute, level);
  // What the absolute change makes of the rate, in the rate's own terms: a change in %, or an index.
  const isIndex = percent.claim.kind === 'index';
  const rate = isIndex ? (level.value / fromAbsolute) * 100 : (Math.abs(level.value - fromAbsolute) / fromAbsolute) * 100;
  const rateText = { vi: isIndex ? `cho chỉ số ${formatNumber(rate, 2)}%` : `là ${formatNumber(rate, 2)}%`, en: isIndex ? `gives an index of ${formatNumber(rate, 2)}%` : `is ${formatNumber(rate, 2)}%` };
  const base = (value: number) => formatNumber(value, level.decimals);
  const levelText = (lang: 'vi' | 'en') => figureText(level.value, level.decimals, level.unit, lang);
  const name = percent.claim.indicator === null ? '' : `“${percent.claim.indicator}”: `;
  return {
    kind: 'conflicting-values',
    severity: 'error',
    claims: [Math.min(percent.index, absolute.index), Math.max(percent.index, absolute.index)],
    places: [],
    indicator: percent.claim.indicator,
    year: level.year,
    computed: fromPercent - fromAbsolute,
    message: {
      vi:
        `${name}“${percent.claim.text}” đến ${levelText('vi')} cho kỳ gốc khoảng ${base(fromPercent)}, còn “${absolute.claim.text}” cho ` +
        `${base(fromAbsolute)}: hai mức ${percent.direction === 'up' ? 'tăng' : 'giảm'} không thể cùng đúng (“${absolute.claim.text}” ${rateText.vi})`,
      en:
        `${name}“${percent.claim.text}” to ${levelText('en')} gives a base of about ${base(fromPercent)}, while “${absolute.claim.text}” gives ` +
        `${base(fromAbsolute)}: the two changes cannot both be right (“${absolute.claim.text}” ${rateText.en})`,
    },
  };
}

/**
 * Changes of one level printed twice in a row, once in % and once in its unit ("tăng 19,8%, tương ứng tăng hơn 13,38
 * tỷ USD", in either order), whose bases cannot meet within rounding: an error, since one of them is misprinted.
 *
 * @example
 * checkChangePairs(extractClaims('Nhập khẩu đạt 70,89 tỷ USD, tăng 25,0%, tương ứng tăng 15,17 tỷ USD.'))[0]?.severity; // 'error'
 */
export function checkChangePairs(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const beside = levelsBeside(claims);
  const findings: ConsistencyFinding[] = [];
  for (let i = 0; i + 1 < claims.length; i++) {
    const a = claims[i];
    const b = claims[i + 1];
    const level = beside[i];
    const next = beside[i + 1];
    if (a === undefined || b === undefined || level === null || level === undefined || next === null || next === undefined) continue;
    if (next.value !== level.value || next.unit !== level.unit || next.year !== level.year) continue;
    if (a.sentence !== b.sentence || a.indicator !== b.indicator) continue;
    const first = changeOf(a, i, level);
    const second = changeOf(b, i + 1, level);
    if (first === null || second === null || first.kind === second.kind || first.direction !== second.direction) continue;
    const [percent, absolute] = first.kind === 'percent' ? [first, second] : [second, first];
    const bound = valueInterval(level);
    const y = baseOf(absolute, bound);
    // A rate cut off instead of rounded (105,218 % printed 105,21 %) is no misprint (spec §3 match_truncated).
    const agree = intersects(baseOf(percent, bound), y) || (percent.truncated !== null && intersects(baseOf({ ...percent, figure: percent.truncated }, bound), y));
    if (!agree) findings.push(finding(percent, absolute, level));
  }
  return findings;
}
