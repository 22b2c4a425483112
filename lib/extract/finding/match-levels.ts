import type { ClaimText } from '../../claims/read-claim-at';
import { readQualifier } from '../../claims/read-qualifier';
import { LEADING_UNIT, YEAR_LIKE } from './claim-patterns';
import { makeFigure, YEAR_SOURCE } from './figure-grammar';
import { readCompareTail } from './read-compare-tail';
import { readAbout } from './about-subject';
import type { ClaimMatch } from './claim-match';
import { findPeriodPhrases } from '../../verify/reference-period';
import type { PeriodKey } from '../../verify/reference-types';

/*
 * The claim patterns that compare nothing by themselves: levels, shares and contributions, counts out of a whole
 * ("73/95 xã"), compound amounts ("1.097 tỷ 386 triệu đồng") and target ranges. match-claims.ts runs them after
 * the comparisons.
 */

// Grammar: year-after := space+ "của" space+ ( "cùng" space+ "kỳ" space+ )? ( "năm" space+ )? year not-before( letter | digit
//   | a list's next year: space* ( "," | "và" ) space* ( "năm" space+ )? year not-before( digit | "," | "." | "%" ) ) —
//   "4,7% và 5,17% của cùng kỳ năm 2020 và 2021"
//   names the years of both values, respectively
// Example: "0,84% của năm 2020 và 2,64% của năm 2021" (Bến Tre's CPI of 2023): each value is of the year after it,
// not of the sentence's; the next value's subject starts past it. So "9,3% của cùng kỳ 2011 và 10,1% của cùng kỳ 2010"
// (Hà Nội's growth of the first half, 2013): the same half of 2011 and of 2010.
const YEAR_AFTER = new RegExp(`^\\s+của\\s+(?<same>cùng\\s+kỳ\\s+)?(?:năm\\s+)?(?<year>${YEAR_SOURCE})(?![\\p{L}\\p{M}\\d]|\\s*(?:,|và)\\s*(?:năm\\s+)?(?:19|20)\\d{2}(?![\\d,.%]))`, 'iu');

// Grammar: period-after := space+ ( "của" | "trong" ) space+ period, where period is a part of a year with its year that
//   findPeriodPhrases reads, starting right there
// Example: "3,59% của 6 tháng đầu năm 2021" and "2,65% trong 6 tháng đầu năm 2021" (Đắk Nông's first half of 2022): the
// rates of the first half of 2021 that the changes before them are compared with; "5,98% của quý I/2024".
const PERIOD_AFTER = /^\s+(?:của|trong)\s+/iu;

/** The part of a year and its year printed right after a figure ("… của 6 tháng đầu năm 2021"), and where it ends. */
function periodAfter(text: string): { year: number; part: PeriodKey; end: number } | null {
  const lead = PERIOD_AFTER.exec(text);
  if (lead === null) return null;
  const rest = text.slice(lead[0].length);
  const period = findPeriodPhrases(rest.slice(0, 60))[0];
  if (period === undefined || period.start !== 0 || period.year === null) return null;
  return { year: period.year, part: period.key, end: lead[0].length + period.end };
}

export function matchSimple(kind: 'share' | 'value' | 'contribution', m: RegExpExecArray, clause?: ClaimText): ClaimMatch | null {
  const g = m.groups ?? {};
  const n = g['n'] ?? '';
  const figure = makeFigure(n, g['u']);
  if (figure === null) return null;
  const figureEnd = m.index + m[0].length;
  // "tăng 22% về khối lượng và 38% về giá trị so với cùng kỳ": a bare percentage that names what it measures is a
  // change listed after one verb (read-lists.ts gives it the verb), with its base.
  const about = kind === 'value' && figure.unit === '%' && clause !== undefined ? readAbout(clause.text.slice(figureEnd)) : null;
  const tail = about === null ? null : readCompareTail(clause?.text.slice(figureEnd + about.end) ?? '');
  const aboutEnd = figureEnd + (about?.end ?? 0);
  const yearAfter = kind === 'value' && about === null && clause !== undefined ? YEAR_AFTER.exec(clause.text.slice(figureEnd)) : null;
  const partAfter = kind === 'value' && about === null && yearAfter === null && clause !== undefined ? periodAfter(clause.text.slice(figureEnd)) : null;
  const end =
    yearAfter !== null
      ? figureEnd + yearAfter[0].length
      : partAfter !== null
        ? figureEnd + partAfter.end
        : tail === null
          ? aboutEnd
          : aboutEnd + tail.end;
  return {
    kind,
    start: m.index,
    end,
    figures: [figure],
    claim: null,
    qualifier: readQualifier(g['q']),
    direction: null,
    compareTo: tail?.compareTo ?? null,
    ownYears: yearAfter !== null ? [Number(yearAfter.groups?.['year'])] : partAfter !== null ? [partAfter.year] : null,
    // "của cùng kỳ 2011" is the same part of 2011 as the claim's context; "của năm 2020" the whole year.
    ...(partAfter !== null ? { ownPart: partAfter.part } : yearAfter?.groups?.['same'] !== undefined ? { ownPart: null } : {}),
    endpoints: null,
    figureEnd,
    ...(about === null ? {} : { about: about.words }),
  };
}

// Grammar: rank-before := ( "thứ" | "hạng" ) space* end. Example: "xếp thứ 7/63 tỉnh" is a rank, not 7 of 63 things counted.
const RANK_BEFORE = /(?<![\p{L}\p{M}])(?:thứ|hạng)\s*$/iu;

export function matchPartWhole(m: RegExpExecArray, clause: ClaimText): ClaimMatch | null {
  const g = m.groups ?? {};
  if (RANK_BEFORE.test(clause.text.slice(0, m.index))) return null;
  const after = clause.text.slice(m.index + m[0].length);
  const unitText = LEADING_UNIT.exec(after)?.[0];
  const part = makeFigure(g['a'] ?? '', unitText);
  const whole = makeFigure(g['b'] ?? '', unitText);
  if (part === null || whole === null || whole.value <= 0 || part.value > whole.value) return null;
  const end = m.index + m[0].trimEnd().length;
  return {
    kind: 'part-whole',
    start: m.index,
    end,
    figures: [part, whole],
    claim: null,
    qualifier: null,
    direction: null,
    compareTo: null,
    ownYears: null,
    endpoints: null,
    figureEnd: end,
  };
}

// Grammar: next-scale := after "tỷ"/"tỉ" the small part is in "triệu", after "triệu" in "nghìn".
// Example: "1.097 tỷ 386 triệu" → 386 triệu; "5 triệu 200 triệu" is no compound.
const SMALL_SCALE: Readonly<Record<string, RegExp>> = { tỷ: /triệu/u, tỉ: /triệu/u, triệu: /nghìn|ngàn/u };

/** "1.097 tỷ 386 triệu đồng" → 1.097,386 tỷ đồng: the small part is thousandths of the big one. */
export function matchCompound(m: RegExpExecArray): ClaimMatch | null {
  const g = m.groups ?? {};
  const big = (g['big'] ?? '').toLowerCase();
  if (!(SMALL_SCALE[big]?.test(m[0].toLowerCase()) ?? false)) return null;
  const whole = makeFigure(g['n'] ?? '', `${big} ${g['u'] ?? ''}`);
  const small = Number(g['small']);
  if (whole === null || !Number.isFinite(small)) return null;
  return compoundValue(m, { value: whole.value + small / 1000, decimals: Math.max(whole.decimals, 3), unit: whole.unit });
}

/** "10 nghìn 537 tỷ đồng" → 10.537 tỷ đồng: the thousands said as a word, the unit after the rest. */
export function matchCompoundThousands(m: RegExpExecArray): ClaimMatch | null {
  const g = m.groups ?? {};
  const figure = makeFigure(String(Number(g['n']) * 1000 + Number(g['small'])), g['u']);
  return figure === null ? null : compoundValue(m, figure);
}

/** A level read from a whole compound match, with its qualifier: no claim, compared with nothing. */
function compoundValue(m: RegExpExecArray, figure: ClaimMatch['figures'][number]): ClaimMatch {
  const end = m.index + m[0].length;
  return {
    kind: 'value',
    start: m.index,
    end,
    figures: [figure],
    claim: null,
    qualifier: readQualifier(m.groups?.['q']),
    direction: null,
    compareTo: null,
    ownYears: null,
    endpoints: null,
    figureEnd: end,
  };
}

/** A target range ("kế hoạch đề ra từ 7,0% đến 7,5%"): a plan statement with both bounds, compared with nothing. */
export function matchTarget(m: RegExpExecArray): ClaimMatch | null {
  const g = m.groups ?? {};
  const unit = (g['u'] ?? '').replace(/\s+/gu, '');
  const lower = makeFigure(g['n1'] ?? '', unit);
  const upper = makeFigure(g['n2'] ?? '', unit);
  if (lower === null || upper === null || !(upper.value > lower.value)) return null;
  return planStatement(m, [lower, upper]);
}

/**
 * A plan statement over the whole match: its figures, no claim, compared with nothing.
 *
 * @example
 * planStatement(m, [lower, upper]).kind // 'plan'
 */
export function planStatement(m: RegExpExecArray, figures: ClaimMatch['figures']): ClaimMatch {
  return {
    kind: 'plan',
    start: m.index,
    end: m.index + m[0].length,
    figures,
    claim: null,
    qualifier: null,
    direction: null,
    compareTo: null,
    ownYears: null,
    endpoints: null,
    figureEnd: m.index + m[0].length,
  };
}

/**
 * A report's plan beside the figure it judges ("/KH 55-56 triệu đồng", "(KH tăng 8-9%)"): a target, one figure or a
 * range, never a level or a change of the subject.
 *
 * @example
 * matchPlanTarget(/…/.exec('/KH 55-56 triệu đồng')!)?.figures.length // 2
 */
export function matchPlanTarget(m: RegExpExecArray): ClaimMatch | null {
  const g = m.groups ?? {};
  const unit = (g['u'] ?? '').replace(/\s+/gu, '');
  const lower = makeFigure(g['n1'] ?? '', unit);
  const upper = g['n2'] === undefined ? null : makeFigure(g['n2'], unit);
  if (lower === null || (upper !== null && !(upper.value > lower.value))) return null;
  // "(KH 2023)" names the plan of a year, not a target figure.
  if (upper === null && unit === '' && YEAR_LIKE.test(g['n1'] ?? '')) return null;
  return planStatement(m, upper === null ? [lower] : [lower, upper]);
}
