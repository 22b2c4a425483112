import type { Claim } from '../../claims/types';
import type { Measured } from '../../numbers/types';
import type { Lang } from '../../i18n/lang';
import { formatNumber } from '../../numbers/format-number';
import { impliedValue } from '../../verify/implied';
import { halfUnit } from '../../verify/interval';
import type { Interval } from '../../verify/types';
import { claimYear } from './claim-year';
import type { ConsistencyFinding } from './consistency-types';
import { widened, type Listed, type Term } from './parts-terms';
import { figureText } from './figure-text';
import type { ExtractedClaim } from '../types';

/*
 * A total and its parts that each print their change or their plan share ("Tổng kim ngạch … 23,9 tỷ USD, tăng 21,3%,
 * trong đó xuất khẩu 12,6 tỷ USD, tăng 22,58%; nhập khẩu 11,3 tỷ USD, tăng 22,04%"): the base each one implies (the
 * level of the year before, the plan) must add up too, as the levels do. Bắc Giang's first half of 2024 prints a total
 * that grew 21,3% from parts that grew 22,04% and 22,58%: no mix of the two grows less than both.
 */

/** What a change or a plan share says of a level, its figure a plain number (no qualifier, no range). */
type Rated = Claim & { readonly figure: Measured };

/** A change or plan share the base of a level is implied from: which rule, and by how much. */
interface Rate {
  readonly index: number;
  readonly claim: ExtractedClaim;
  readonly read: Rated;
}

/** The kinds whose base is implied from the level: a change on an earlier time, or the share of a plan. */
function isRate(claim: ExtractedClaim): Rated | null {
  const read = claim.claim;
  if (read?.ok !== true || read.figure === null || read.qualifier !== null || read.upper != null || claim.qualifier !== null) return null;
  const rated: Rated = { ...read, figure: read.figure };
  switch (read.kind) {
    case 'percent':
    case 'ratio':
    case 'index':
    case 'plan':
    case 'plan-excess':
      return rated;
    case 'ratio-down':
    case 'ratio-minus-one':
    case 'points':
    case 'absolute':
    case 'average-annual':
    case 'average-points':
    case 'direction':
    case 'share':
      return null;
  }
}

/** The rates printed right after a term's level, before the next term (or the end of its sentence). */
function ratesOf(claims: readonly ExtractedClaim[], term: Term, next: Term | undefined): Rate[] {
  const out: Rate[] = [];
  const sentence = term.claim.sentence;
  for (let i = term.index + 1; i < (next?.index ?? claims.length); i++) {
    const claim = claims[i];
    if (claim === undefined || claim.sentence !== sentence || claim.kind === 'value') break;
    const read = isRate(claim);
    if (read !== null) out.push({ index: i, claim, read });
  }
  return out;
}

/** The base a level implies through a rate, as an interval over the rounding of both figures; null when none. */
function baseOf(term: Term, rate: Rate): Interval | null {
  const { read } = rate;
  const half = halfUnit(read.figure.decimals);
  const corners: number[] = [];
  for (const present of [term.interval.lo, term.interval.hi]) {
    for (const figure of [read.figure.value - half, read.figure.value + half]) {
      const base = impliedValue({ kind: read.kind, direction: read.direction, unitSign: read.unitSign, qualifier: null, figure, years: null, present, missing: 'from' });
      if (!base.ok) return null;
      corners.push(base.value);
    }
  }
  return { lo: Math.min(...corners), hi: Math.max(...corners) };
}

/** A rule's name, to match the total's rate with each part's: its kind and the time it compares with. */
function ruleOf(rate: Rate): string {
  return `${rate.read.kind} ${JSON.stringify(rate.claim.compareTo)}`;
}

function centre(interval: Interval): number {
  return (interval.lo + interval.hi) / 2;
}

interface BaseStrings {
  readonly plan: string;
  readonly base: string;
  /** What was implied, the parts' sum, the total's and the total's level and rate as printed. */
  readonly message: (what: string, parts: string, total: string, rate: string) => string;
}

const STRINGS: Record<Lang, BaseStrings> = {
  vi: {
    plan: 'Kế hoạch',
    base: 'Kỳ gốc',
    message: (what, parts, total, rate) => `${what} suy từ từng thành phần cộng lại ${parts}, không bằng ${total} suy từ tổng (${rate}) trong sai số làm tròn`,
  },
  en: {
    plan: 'The plans',
    base: 'The base values',
    message: (what, parts, total, rate) => `${what} implied by each part add up to ${parts}, not the ${total} implied by the total (${rate}) within rounding`,
  },
};

/**
 * The finding for a listed total and parts whose rates (every one of the same kind, on the same time) imply bases that
 * cannot add up: for a whole list, bases that miss the total's; for some parts only, more than the total's. Null when
 * the rates are not all printed, or the bases agree.
 *
 * @example
 * // "Tổng … 23,9 tỷ USD, tăng 21,3%, trong đó xuất khẩu 12,6 tỷ USD, tăng 22,58%; nhập khẩu 11,3 tỷ USD, tăng 22,04%"
 * partsBasesFinding(listed, claims)?.computed // 19.54 (the parts' bases, against 19,70)
 */
export function partsBasesFinding(listed: Listed, claims: readonly ExtractedClaim[]): ConsistencyFinding | null {
  if (listed.changes) return null;
  const terms = [listed.total, ...listed.parts];
  const rates = terms.map((term, i) => ratesOf(claims, term, terms[i + 1]));
  const totalRates = rates[0] ?? [];
  for (const totalRate of totalRates) {
    const rule = ruleOf(totalRate);
    const partRates = rates.slice(1).map((own) => own.filter((r) => ruleOf(r) === rule));
    if (partRates.some((own) => own.length !== 1)) continue;
    const totalBase = baseOf(listed.total, totalRate);
    const partBases = listed.parts.map((part, i) => {
      const rate = partRates[i]?.[0];
      return rate === undefined ? null : baseOf(part, rate);
    });
    if (totalBase === null || partBases.some((b) => b === null)) continue;
    const bases = partBases.filter((b): b is Interval => b !== null);
    const sum = widened({ lo: bases.reduce((t, b) => t + b.lo, 0), hi: bases.reduce((t, b) => t + b.hi, 0) });
    const misses = listed.exhaustive ? sum.lo > totalBase.hi || sum.hi < totalBase.lo : sum.lo > totalBase.hi;
    if (!misses) continue;
    const decimals = Math.max(listed.total.decimals, ...listed.parts.map((p) => p.decimals)) + 1;
    const unit = listed.total.unit;
    const text = (value: number, lang: Lang) => figureText(value, decimals, unit, lang);
    const plan = totalRate.read.kind === 'plan' || totalRate.read.kind === 'plan-excess';
    const message = (lang: Lang) => {
      const t = STRINGS[lang];
      const parts = `${bases.map((b) => formatNumber(centre(b), decimals)).join(' + ')} = ${text(centre(sum), lang)}`;
      const rate = `${figureText(listed.total.value, listed.total.decimals, unit, lang)}, ${totalRate.claim.text}`;
      return t.message(plan ? t.plan : t.base, parts, text(centre(totalBase), lang), rate);
    };
    return {
      kind: 'parts-not-total',
      severity: listed.exhaustive ? 'error' : 'warning',
      claims: [totalRate.index, ...partRates.map((own) => own[0]?.index ?? -1)].sort((a, b) => a - b),
      places: [],
      indicator: listed.total.claim.indicator,
      year: claimYear(listed.total.claim),
      computed: centre(sum),
      message: { vi: message('vi'), en: message('en') },
    };
  }
  return null;
}
