import type { Claim, ClaimKind } from '../claims/types';
import type { Lang } from '../i18n/lang';
import { directionLead, pointsWords } from './lead-words';
import type { FormulaValues, KindRules, Relation } from './kind-rule-types';

/**
 * Everything a claim kind means, in one table (issue 11): its formula, the side that divides, how
 * its sign is reported, how a missing value is implied from it, its formula text, the words around
 * its figure in both languages, and the family of terms charts and the "recomputed" column use.
 * `KIND_RULES` is a `Record<ClaimKind, KindRules>`: a new kind fails to compile until every rule
 * is written, and no code elsewhere switches over kinds.
 */

export type { FigureFamily, FormulaOptions, FormulaValues, KindRules, LeadWord, Relation } from './kind-rule-types';
export { LEAD_WORDS, pointsWords } from './lead-words';

/** Division by a non-negative divisor; at 0 it gives ±∞ (or 0 for 0 / 0) instead of NaN. */
function divide(numerator: number, divisor: number): number {
  if (divisor > 0) return numerator / divisor;
  if (numerator > 0) return Infinity;
  if (numerator < 0) return -Infinity;
  return 0;
}

function noDirection(): Relation {
  return { type: 'none', reason: 'no-direction' };
}

const none = (): string => '';
const ratioWord = (_claim: Claim, lang: Lang): string => (lang === 'vi' ? ' lần' : ' times');
const percentSign = (claim: Claim): string => claim.unitSign ?? '%';
const planWord = (_claim: Claim, lang: Lang): string => (lang === 'vi' ? '% kế hoạch' : '% of plan');
const sumOrDifference = ({ from, to, falling }: FormulaValues): string => (falling ? `${from} − ${to}` : `${to} − ${from}`);

/** The relative-change rules shared by `percent` (and a ‰ `absolute` claim, checked as percent). */
const PERCENT: KindRules = {
  formula: (from, to, o) => (divide(to, from) - 1) * (o.unitSign === '‰' ? 1000 : 100),
  baseSide: 'from',
  clampTo: false,
  sign: 'magnitude',
  needsYears: false,
  relation: (n, direction, unitSign) => {
    if (direction === null) return noDirection();
    const share = n / (unitSign === '‰' ? 1000 : 100);
    const up = direction === 'up';
    return { type: 'factor', factor: up ? 1 + share : 1 - share, increasing: up };
  },
  formulaText: ({ from, to, falling }) => (falling ? `1 − ${to} / ${from}` : `${to} / ${from} − 1`),
  resultSuffix: percentSign,
  claimSuffix: percentSign,
  lead: directionLead,
  planBase: false,
  family: 'relative',
  pinsValues: true,
};

export const KIND_RULES: Readonly<Record<ClaimKind, KindRules>> = {
  ratio: {
    formula: (from, to) => divide(to, from),
    baseSide: 'from',
    clampTo: false,
    sign: 'signed',
    needsYears: false,
    relation: (n) => ({ type: 'factor', factor: n, increasing: true }),
    formulaText: ({ from, to }) => `${to} / ${from}`,
    resultSuffix: none,
    claimSuffix: ratioWord,
    lead: (claim) => (claim.direction === 'up' ? 'up' : claim.direction === 'down' ? 'down' : 'times'),
    planBase: false,
    family: 'ratio',
    pinsValues: true,
  },
  'ratio-down': {
    formula: (from, to) => divide(from, to),
    baseSide: 'to',
    clampTo: true,
    sign: 'signed',
    needsYears: false,
    relation: (n) => ({ type: 'factor', factor: 1 / n, increasing: false }),
    formulaText: ({ from, to }) => `${from} / ${to}`,
    resultSuffix: none,
    claimSuffix: ratioWord,
    lead: () => 'down',
    planBase: false,
    family: 'ratio',
    pinsValues: true,
  },
  'ratio-minus-one': {
    formula: (from, to) => divide(to, from) - 1,
    baseSide: 'from',
    clampTo: false,
    sign: 'signed',
    needsYears: false,
    relation: (n) => ({ type: 'factor', factor: 1 + n, increasing: true }),
    formulaText: ({ from, to }) => `${to} / ${from} − 1`,
    resultSuffix: none,
    claimSuffix: ratioWord,
    lead: (claim) => (claim.direction === 'down' ? 'down-further' : 'up-further'),
    planBase: false,
    family: 'ratio',
    pinsValues: true,
  },
  percent: PERCENT,
  points: {
    formula: (from, to) => to - from,
    baseSide: null,
    clampTo: false,
    sign: 'magnitude',
    needsYears: false,
    relation: (n, direction) =>
      direction === null ? noDirection() : { type: 'offset', offset: direction === 'up' ? n : -n, increasing: direction === 'up' },
    formulaText: sumOrDifference,
    resultSuffix: (claim, lang) => ` ${pointsWords(claim.unitSign, lang)}`,
    claimSuffix: (claim, lang) => ` ${pointsWords(claim.unitSign, lang)}`,
    lead: directionLead,
    planBase: false,
    family: 'points',
    pinsValues: true,
  },
  absolute: {
    formula: (from, to) => to - from,
    baseSide: null,
    clampTo: false,
    sign: 'magnitude',
    needsYears: false,
    relation: (n, direction) =>
      direction === null ? noDirection() : { type: 'offset', offset: direction === 'up' ? n : -n, increasing: direction === 'up' },
    formulaText: sumOrDifference,
    // The unit word is the document's ("doanh nghiệp"); the English text leaves it to the row's unit.
    resultSuffix: (claim, lang) => (lang === 'vi' && claim.unitWord ? ` ${claim.unitWord}` : ''),
    claimSuffix: (claim, lang) => (lang === 'vi' && claim.unitWord ? ` ${claim.unitWord}` : ''),
    lead: directionLead,
    planBase: false,
    family: 'difference',
    pinsValues: true,
  },
  'average-annual': {
    formula: (from, to, o) => (divide(Math.max(to, 0), from) ** (1 / (o.years ?? NaN)) - 1) * 100,
    baseSide: 'from',
    clampTo: true,
    sign: 'by-direction',
    needsYears: true,
    relation: (n, direction, _unitSign, years) => {
      if (years === null || !(years > 0) || !Number.isFinite(years)) return { type: 'none', reason: 'no-years' };
      const up = direction !== 'down';
      const yearly = up ? 1 + n / 100 : 1 - n / 100;
      if (!(yearly > 0)) return { type: 'none', reason: 'not-implied' };
      return { type: 'factor', factor: yearly ** years, increasing: up };
    },
    formulaText: ({ from, to, direction, years }) => {
      const root = `(${to} / ${from})^(1/${years})`;
      return direction === 'down' ? `1 − ${root}` : `${root} − 1`;
    },
    resultSuffix: (_claim, lang) => (lang === 'vi' ? '%/năm' : '%/year'),
    claimSuffix: (_claim, lang) => (lang === 'vi' ? '%/năm' : '%/year'),
    lead: directionLead,
    planBase: false,
    family: 'per-year',
    pinsValues: true,
  },
  'average-points': {
    formula: (from, to, o) => (to - from) / (o.years ?? NaN),
    baseSide: null,
    clampTo: false,
    sign: 'magnitude',
    needsYears: true,
    relation: (n, direction, _unitSign, years) => {
      if (years === null || !(years > 0) || !Number.isFinite(years)) return { type: 'none', reason: 'no-years' };
      if (direction === null) return noDirection();
      const up = direction === 'up';
      return { type: 'offset', offset: (up ? n : -n) * years, increasing: up };
    },
    formulaText: (values) => `(${sumOrDifference(values)}) / ${values.years}`,
    resultSuffix: (claim, lang) => ` ${pointsWords(claim.unitSign, lang)}${lang === 'vi' ? '/năm' : '/year'}`,
    claimSuffix: (claim, lang) => ` ${pointsWords(claim.unitSign, lang)}${lang === 'vi' ? '/năm' : '/year'}`,
    lead: directionLead,
    planBase: false,
    family: 'points-per-year',
    pinsValues: true,
  },
  plan: {
    formula: (from, to) => divide(to, from) * 100,
    baseSide: 'from',
    clampTo: false,
    sign: 'signed',
    needsYears: false,
    relation: (n) => ({ type: 'factor', factor: n / 100, increasing: true }),
    formulaText: ({ from, to }) => `${to} / ${from}`,
    resultSuffix: () => '%',
    claimSuffix: planWord,
    lead: (claim) => (claim.planVerb === 'bang' ? 'equal' : 'reach'),
    planBase: true,
    family: 'plan',
    pinsValues: false,
  },
  'plan-excess': {
    formula: (from, to) => divide(to, from) * 100 - 100,
    baseSide: 'from',
    clampTo: false,
    sign: 'signed',
    needsYears: false,
    relation: (n) => ({ type: 'factor', factor: 1 + n / 100, increasing: true }),
    formulaText: ({ from, to }) => `${to} / ${from} − 1`,
    resultSuffix: () => '%',
    claimSuffix: (_claim, lang) => (lang === 'vi' ? '% kế hoạch' : '%'),
    lead: () => 'exceed',
    planBase: true,
    family: 'plan-excess',
    pinsValues: false,
  },
  // An index (spec §2b): the later value as a percentage of the earlier ("bằng 104,2% so với cùng kỳ", a
  // yearbook's "Năm trước = 100" column). No direction word: 94,18 is a fall written as an index.
  index: {
    formula: (from, to) => divide(to, from) * 100,
    baseSide: 'from',
    clampTo: false,
    sign: 'signed',
    needsYears: false,
    relation: (n) => ({ type: 'factor', factor: n / 100, increasing: true }),
    formulaText: ({ from, to }) => `${to} / ${from} × 100`,
    resultSuffix: () => '%',
    // A base that is a part of a year (a month, a quarter) is "kỳ gốc".
    claimSuffix: (_claim, lang, period) => (lang === 'vi' ? (period ? '% kỳ gốc' : '% năm gốc') : '% of the base'),
    lead: () => 'equal',
    planBase: false,
    family: 'index',
    pinsValues: true,
  },
  // A share of a whole printed beside its two counts (spec §2b, §5 shares): `from` is the whole, `to` the part.
  // Drawn in index terms (a percentage of another value); an implied part is the whole × the share.
  share: {
    formula: (from, to) => divide(to, from) * 100,
    baseSide: 'from',
    clampTo: false,
    sign: 'signed',
    needsYears: false,
    relation: (n) => ({ type: 'factor', factor: n / 100, increasing: true }),
    formulaText: ({ from, to }) => `${to} / ${from} × 100`,
    resultSuffix: () => '%',
    claimSuffix: () => '%',
    lead: () => 'rate',
    planBase: false,
    family: 'index',
    pinsValues: false,
  },
  direction: {
    formula: (from, to) => to - from,
    baseSide: null,
    clampTo: false,
    sign: 'signed',
    needsYears: false,
    relation: () => ({ type: 'none', reason: 'not-implied' }),
    formulaText: sumOrDifference,
    resultSuffix: none,
    claimSuffix: none,
    lead: directionLead,
    planBase: false,
    family: 'sign',
    pinsValues: false,
  },
};

/**
 * The rules a claim is checked by. An "absolute" claim whose figure carries `%` or `‰`
 * ("giảm 0,4‰") is checked as a relative change, like "giảm 28,75%": the sign says
 * percent/per mille, and reading it as a difference in points is what `match_points` is for.
 *
 * @example
 * effectiveKind({ kind: 'absolute', unitSign: '‰' }); // 'percent'
 */
export function effectiveKind(claim: Pick<Claim, 'kind' | 'unitSign'>): ClaimKind {
  if (claim.kind === 'absolute' && claim.unitSign !== null) return 'percent';
  return claim.kind;
}

/** Every claim kind, in the order of KIND_RULES. */
export const CLAIM_KINDS = Object.keys(KIND_RULES) as readonly ClaimKind[];

/**
 * Whether a claim of this kind compares against a plan (its `from` is the plan), for pages that
 * name the plan rather than a base year. `false` for no kind.
 *
 * @example
 * isPlanKind('plan-excess'); // true
 * isPlanKind('percent');     // false
 */
export function isPlanKind(kind: ClaimKind | null): boolean {
  return kind !== null && KIND_RULES[kind].planBase;
}
