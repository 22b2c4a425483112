import { foldDiacritics } from '../../claims/normalize-text';
import { claimInterval } from '../../verify/interval';
import { periodLabel } from '../../verify/reference-period';
import type { PeriodKey } from '../../verify/reference-types';
import { hasExactFigure } from '../finding/exact-figure';
import { isPeriod, yearsFit } from '../finding/find-time-phrases';
import { sameIndicator } from '../finding/same-indicator';
import { isCommaGroupedCount } from './check-unit';
import type { ExtractedClaim } from '../types';
import { claimYear } from './claim-year';
import type { ConsistencyFinding } from './consistency-types';
import { EPSILON } from './contribution-terms';
import { figureText } from './figure-text';
import { sentenceAt, sentenceSpans, type SentenceSpan } from './sentence-spans';
import { scaledUnit } from './unit-scale';

/*
 * A total of several months against one of its months or quarters: a flow (revenue, exports, retail sales, visitors)
 * over five months is at least its May ("Tháng 5, tổng thu ngân sách ước đạt 1.790 tỷ đồng. Tính chung 5 tháng, tổng thu
 * ngân sách ước đạt 1.579 tỷ đồng" cannot both be right). Monthly reports print both, one sentence after the other.
 *
 * Read only for levels of one name, of the same year (or one of them naming none), each with its own period in its
 * sentence (never carried from an earlier one), counted in money, tonnes, visits, projects or enterprises, and named as no stock or average ("dư nợ",
 * "bình quân", "đang hoạt động", "tồn kho", "huy động": the balance at the month's end is no part of a sum).
 */

/** The flows' units, folded: money, tonnes, visits, projects, enterprises. */
const FLOW_UNITS = new Set(['dong', 'usd', 'tan', 'luot', 'luot khach', 'luot nguoi', 'du an', 'doanh nghiep']);

// Grammar (folded): stock := "binh quan" | "du no" | "ton kho" | "dang hoat dong" | "huy dong" | "so du" | "chi so" | "gia"
//   as words, anywhere in the name — a balance, an average or a price, which no later period adds up
// Example: "dư nợ tín dụng", "tổng nguồn vốn huy động", "giá bán lẻ xăng"; not "tổng thu ngân sách".
const STOCK = /(?:^| )(?:binh quan|du no|ton kho|dang hoat dong|huy dong|so du|chi so|gia)(?: |$)/u;

// Grammar: period-key := ( "T" month ) | ( "Q" quarter ) | ( "L" months ) — PeriodKey's parts of a year (reference-period.ts)
// Example: "T5" May, "Q2" the second quarter, "L5" January to May ("L3" the first quarter).
const PART = /^(?<kind>[TQL])(?<n>\d{1,2})$/u;

/** The months a part of a year runs over, as [first, last]; null for the whole year or a key it does not know. */
function monthsOf(part: PeriodKey): readonly [number, number] | null {
  const m = PART.exec(part);
  const kind = m?.groups?.['kind'];
  const n = Number(m?.groups?.['n']);
  if (kind === 'T') return [n, n];
  if (kind === 'Q') return [3 * n - 2, 3 * n];
  if (kind === 'L') return [1, n];
  return null;
}

/** A flow's level with its period: a value claim of one figure in a flow's unit, its time its own. */
interface Flow {
  readonly index: number;
  readonly claim: ExtractedClaim;
  readonly months: readonly [number, number];
  /** Its interval in the base unit. */
  readonly lo: number;
  readonly hi: number;
}

// Grammar (folded): last-year := "nam truoc" | "cung ky" as words, in the words before a level in its sentence, past any
//   "so (voi)? …" base of a change — the level is of the year before ("Tính chung 8 tháng năm trước, tổng mức bán lẻ …
//   đạt 4.800 tỷ đồng"), whatever year the claim was given
// Example: "tinh chung 8 thang nam truoc, tong muc ban le hang hoa dat " → last year; "thang 8 dat 6.370 ty dong, tang
//   8,3% so voi cung ky; tinh chung 8 thang dat " → this year (the "cùng kỳ" is a change's base).
const LAST_YEAR = /(?:^|[^a-z])(?:nam truoc|cung ky)(?:[^a-z]|$)/u;
const CHANGE_BASE = /(?:^|[^a-z])so (?:voi )?[^,;]*/gu;

/** How far before a level its words are read for the year before (a sentence of a whole report stays linear). */
const LOOK_BACK = 160;

/** Whether the words before a level in its sentence say it is of the year before. */
function ofLastYear(text: string, claim: ExtractedClaim, sentences: readonly SentenceSpan[]): boolean {
  const sentence = sentenceAt(sentences, claim.start);
  const from = Math.max(sentence?.start ?? claim.start, claim.start - LOOK_BACK);
  const before = foldDiacritics(text.slice(from, claim.start)).toLowerCase();
  return LAST_YEAR.test(before.replace(CHANGE_BASE, ' '));
}

function flowOf(claim: ExtractedClaim, index: number): Flow | null {
  const figure = claim.figures[0];
  if (claim.kind !== 'value' || claim.figures.length !== 1 || figure === undefined || claim.timeCarried === true || claim.inBrackets === true) return null;
  if (claim.restates === true || claim.indicator === null || STOCK.test(foldDiacritics(claim.indicator).toLowerCase())) return null;
  // "131,777 doanh nghiệp" is 131.777 misprinted (check-unit.ts says so): no total to hold a month against.
  if (isCommaGroupedCount(claim)) return null;
  const unit = scaledUnit(figure.unit);
  if (!FLOW_UNITS.has(unit.base)) return null;
  const months = monthsOf(claim.part);
  if (months === null) return null;
  // "ước đạt" is an estimate printed to its last digit; "hơn 12.803" a lower bound, which still bounds its total.
  const { lo, hi } = claimInterval(figure, hasExactFigure(claim) ? null : claim.qualifier);
  return { index, claim, months, lo: lo * unit.scale, hi: hi * unit.scale };
}

/** Of one year: the same, or one of them names none (a month without its year beside "8 tháng năm 2023"). */
function sameYears(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return !isPeriod(a.years) && !isPeriod(b.years) && yearsFit(a.years, b.years);
}

/** Visits counted as "lượt", "lượt người" or "lượt khách" are one unit. */
function flowUnit(unit: string | null): string {
  const base = scaledUnit(unit).base;
  return base.startsWith('luot') ? 'luot' : base;
}

/** Whether period `whole` runs over every month of `part` and more. */
function contains(whole: readonly [number, number], part: readonly [number, number]): boolean {
  return whole[0] <= part[0] && part[1] <= whole[1] && whole[1] - whole[0] > part[1] - part[0];
}

function findingOf(total: Flow, part: Flow): ConsistencyFinding {
  const value = (f: Flow, lang: 'vi' | 'en'): string => {
    const figure = f.claim.figures[0];
    return figure === undefined ? f.claim.text : figureText(figure.value, figure.decimals, figure.unit, lang);
  };
  const when = (f: Flow, lang: 'vi' | 'en'): string => periodLabel(f.claim.part, lang);
  const name = total.claim.indicator ?? '';
  return {
    kind: 'parts-not-total',
    severity: 'error',
    claims: [Math.min(total.index, part.index), Math.max(total.index, part.index)],
    places: [],
    message: {
      vi: `“${name}” cộng dồn ${when(total, 'vi')} là ${value(total, 'vi')}, nhỏ hơn riêng ${when(part, 'vi')} (${value(part, 'vi')}): số cộng dồn nhiều tháng không thể nhỏ hơn một tháng hay một quý trong đó`,
      en: `“${name}” over ${when(total, 'en')} is ${value(total, 'en')}, less than ${when(part, 'en')} alone (${value(part, 'en')}): a total over several months cannot be less than one month or quarter of them`,
    },
    indicator: total.claim.indicator,
    year: claimYear(total.claim),
    computed: null,
  };
}

/** How many claims apart a month and its total may be printed. */
const REACH = 30;

/**
 * Each total over several months that is less than one of its months or quarters printed near it, beyond the ranges
 * of their figures (module comment): an error (spec §5, parts and total).
 *
 * @example
 * const t = 'Tháng 5, tổng thu ngân sách ước đạt 1.790 tỷ đồng. Tính chung 5 tháng, tổng thu ngân sách ước đạt 1.579 tỷ đồng.';
 * checkPeriodTotals(extractClaims(t), t)[0]?.kind // 'parts-not-total'
 */
export function checkPeriodTotals(claims: readonly ExtractedClaim[], text: string): ConsistencyFinding[] {
  const sentences = sentenceSpans(text);
  const flows = claims.flatMap((claim, index) => {
    const flow = flowOf(claim, index);
    return flow === null || ofLastYear(text, claim, sentences) ? [] : [flow];
  });
  const findings: ConsistencyFinding[] = [];
  flows.forEach((a, i) => {
    for (const b of flows.slice(i + 1)) {
      if (b.index - a.index > REACH) break;
      const [total, part] = contains(a.months, b.months) ? [a, b] : contains(b.months, a.months) ? [b, a] : [null, null];
      if (total === null || part === null || !sameYears(a.claim, b.claim)) continue;
      if (flowUnit(a.claim.figures[0]?.unit ?? null) !== flowUnit(b.claim.figures[0]?.unit ?? null)) continue;
      if (!sameIndicator(a.claim.indicator, b.claim.indicator)) continue;
      const finding = total.hi + EPSILON * Math.max(1, Math.abs(part.lo)) < part.lo ? findingOf(total, part) : null;
      // A total and a month printed again say the same once.
      if (finding !== null && !findings.some((f) => f.message.vi === finding.message.vi)) findings.push(finding);
    }
  });
  return findings;
}
