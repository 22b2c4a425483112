import { claimTextOf, type ClaimText } from '../../claims/read-claim-at';
import { BARE_COMPARE, CHANGE, SIGNED, WORD_RATIO, COMPOUND, COMPOUND_THOUSANDS, CONTRIBUTION, FROM_TO, INDEX, LEVEL_CHANGE, TARGET_RANGE, PART_WHOLE, PER_YEAR, PLAN, PLAN_LEADING, PLAN_TARGET, RATE, SHARE, SHARE_RANGE, LEVEL_RANGE, VALUE, YEAR_LIKE } from './claim-patterns';
import { inUnitOf } from './align-scale';
import { makeFigure } from './figure-grammar';
import { readCompareTail } from './read-compare-tail';
import { shareAboutBases } from './about-subject';
import { matchChange, matchSigned } from './match-changes';
import { claimAt, wordsOf, type ClaimMatch } from './claim-match';
import { matchBareCompare } from './match-bare-compare';
import { matchLevelChange } from './match-level-change';
import { matchCompound, matchCompoundThousands, matchPartWhole, matchPlanTarget, matchSimple, matchTarget, planStatement } from './match-levels';
import { isRateRange, isUnitLabel, matchLevelRange } from './match-ranges';

export type { ClaimMatch } from './claim-match';


function yearOf(a: string | undefined, b: string | undefined): number | null {
  const text = a ?? b;
  return text === undefined ? null : Number(text);
}

function matchFromTo(m: RegExpExecArray, clause: ClaimText): ClaimMatch | null {
  const g = m.groups ?? {};
  const n1 = g['n1'] ?? '';
  const n2 = g['n2'] ?? '';
  const unitText = g['u1'] ?? g['u2'];
  const from = makeFigure(n1, unitText);
  const to = makeFigure(n2, g['u2'] ?? g['u1']);
  if (from === null || to === null) return null;
  if (from.unit === null && to.unit === null && YEAR_LIKE.test(n1) && YEAR_LIKE.test(n2)) return null;
  const y1 = yearOf(g['y1'], g['y1b']);
  const y2 = yearOf(g['y2'], g['y2b']);
  // "tăng từ 0,45% đến 0,54%" (or "GRDP từ 7,5% đến 8%") with no year at either end: a range of rates (spec §2b, "tăng
  // 7-8%"), never a change from 0,45% to 0,54%; only "lên" or "xuống", or a year at an end, makes it one.
  if (isRateRange(g['to'], y1, y2, from, to)) return planStatement(m, [from, to]);
  const claim = claimAt(clause, m.index, m.index + m[0].length);
  // "từ 05 đến 11 tuổi": a band, not a change (no verb, no lên/xuống).
  if (!claim.ok) return null;
  const ownYears = y1 !== null && y2 !== null ? [y1, y2] : y2 !== null ? [y2] : y1 !== null ? [y1] : null;
  return {
    kind: 'from-to',
    start: m.index,
    end: m.index + m[0].length,
    figures: [from, to],
    claim,
    ...wordsOf(claim),
    compareTo: null,
    ownYears,
    // "từ 919.000 tỉ đồng lên 1,49 triệu tỉ đồng": both ends in the later one's unit.
    endpoints: { from: inUnitOf({ ...from, year: y1 }, to.unit), to: { ...to, year: y2 } },
    figureEnd: m.index + m[0].length,
  };
}

function matchPlan(m: RegExpExecArray, clause: ClaimText): ClaimMatch | null {
  const g = m.groups ?? {};
  const figure = makeFigure(g['n'] ?? '', '%');
  if (figure === null) return null;
  const claim = claimAt(clause, m.index, m.index + m[0].length);
  return {
    kind: 'plan',
    start: m.index,
    end: m.index + m[0].length,
    figures: [figure],
    claim,
    qualifier: wordsOf(claim).qualifier,
    direction: null,
    compareTo: null,
    ownYears: null,
    endpoints: null,
    figureEnd: m.index + m[0].length,
  };
}


/** "tăng gấp đôi", "gấp rưỡi năm 2015 (…)": a ratio said in words, read by lib/claims, with its base as after "gấp 2 lần". */
function matchWordRatio(m: RegExpExecArray, clause: ClaimText): ClaimMatch | null {
  const matchEnd = m.index + m[0].length;
  const claim = claimAt(clause, m.index, matchEnd);
  if (!claim.ok || claim.figure === null) return null;
  const tail = readCompareTail(clause.text.slice(matchEnd), true);
  return {
    kind: 'comparison',
    start: m.index,
    end: tail === null ? matchEnd : matchEnd + tail.end,
    figures: [{ value: claim.figure.value, decimals: claim.figure.decimals, unit: 'lần' }],
    claim,
    ...wordsOf(claim),
    compareTo: tail?.compareTo ?? null,
    ownYears: null,
    endpoints: null,
    figureEnd: matchEnd,
  };
}

// Grammar: same-time-next := space+ "cùng" space+ "kỳ" not-before-letter, at the start — a base named right after an index
// Example: " cùng kỳ năm 2022." after "bằng 89,7%".
const SAME_TIME_NEXT = /^\s+cùng\s+kỳ(?![\p{L}\p{M}])/iu;

// Grammar: same-season-next := space+ ( word space+ ){1,3} "năm" space+ "trước" not-before-letter, at the start — the same
//   season or part of the year before, named right after an index
// Example: " vụ mùa năm trước, trong đó …" after "bằng 98,4%" (GSO, October 2020).
const SAME_SEASON_NEXT = /^\s+(?:[\p{L}\p{M}]+\s+){1,3}năm\s+trước(?![\p{L}\p{M}])/iu;

function matchIndex(m: RegExpExecArray, clause: ClaimText): ClaimMatch | null {
  const g = m.groups ?? {};
  const figure = makeFigure(g['n'] ?? g['n3'] ?? g['n2'] ?? '', '%');
  if (figure === null) return null;
  const matchEnd = m.index + m[0].length;
  const rest = clause.text.slice(matchEnd);
  // "bằng 89,7% cùng kỳ năm 2022": the base follows without "so với".
  const tail = readCompareTail(rest) ?? (SAME_TIME_NEXT.test(rest) || SAME_SEASON_NEXT.test(rest) ? readCompareTail(rest, true) : null);
  const claim = claimAt(clause, m.index, matchEnd);
  return {
    kind: 'index',
    start: m.index,
    end: tail === null ? matchEnd : matchEnd + tail.end,
    figures: [figure],
    claim,
    qualifier: wordsOf(claim).qualifier,
    direction: null,
    compareTo: tail?.compareTo ?? null,
    ownYears: null,
    endpoints: null,
    figureEnd: matchEnd,
  };
}

function matchRate(m: RegExpExecArray, clause: ClaimText): ClaimMatch | null {
  const g = m.groups ?? {};
  // Grammar: whitespace+. Example: "% / năm" → "%/năm".
  const unit = (g['u'] ?? '').replace(/\s+/gu, '').toLowerCase();
  if (g['avg'] === undefined && !PER_YEAR.test(unit)) return null;
  const figure = makeFigure(g['n'] ?? '', unit);
  if (figure === null) return null;
  const claim = claimAt(clause, m.index, m.index + m[0].length);
  return {
    kind: 'average-annual',
    start: m.index,
    end: m.index + m[0].length,
    figures: [figure],
    claim,
    ...wordsOf(claim),
    compareTo: null,
    ownYears: null,
    endpoints: null,
    figureEnd: m.index + m[0].length,
  };
}

type Reader = (m: RegExpExecArray, clause: ClaimText) => ClaimMatch | null;

/** Patterns in priority order: an earlier pattern's match wins over an overlapping later one. */
const READERS: readonly (readonly [RegExp, Reader])[] = [
  [PLAN_TARGET, (m) => matchPlanTarget(m)],
  [SHARE_RANGE, (m) => matchTarget(m)],
  [FROM_TO, matchFromTo],
  [LEVEL_CHANGE, matchLevelChange],
  [PLAN, matchPlan],
  [PLAN_LEADING, matchPlan],
  [CONTRIBUTION, (m) => matchSimple('contribution', m)],
  [INDEX, matchIndex],
  [CHANGE, matchChange],
  [SIGNED, matchSigned],
  [WORD_RATIO, matchWordRatio],
  [RATE, matchRate],
  [TARGET_RANGE, (m) => matchTarget(m)],
  [SHARE, (m) => matchSimple('share', m)],
  [PART_WHOLE, matchPartWhole],
  [COMPOUND, (m) => matchCompound(m)],
  [COMPOUND_THOUSANDS, (m) => matchCompoundThousands(m)],
  [BARE_COMPARE, matchBareCompare],
  [LEVEL_RANGE, matchLevelRange],
  [VALUE, (m, clause) => (isYearBeforeWords(m) || isUnitLabel(m, clause.text) ? null : matchSimple('value', m, clause))],
];

// Grammar: scaled-unit := ( "nghìn" | "ngàn" | "triệu" | "tỷ" | "tỉ" ) space — a unit with a scale word, which no year
//   stands before
// Example: "1991 tỷ đồng" (Vĩnh Phúc's household retail, July 2018, printed without a thousands dot) is an amount;
//          "2019 người dân" after "Năm" is a year.
const SCALED_UNIT = /^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s/iu;

/** A four-digit year before the words that follow it ("2019 người dân"), not an amount in a scaled unit. */
function isYearBeforeWords(m: RegExpExecArray): boolean {
  return YEAR_LIKE.test(m.groups?.['n'] ?? '') && !SCALED_UNIT.test(m.groups?.['u'] ?? '');
}

/**
 * Finds every claim pattern in one clause, without overlaps, left to right.
 *
 * @example
 * matchClaims('năm 2023 đạt 96,4 triệu USD, tăng 23,5% so với năm 2018').map((c) => c.kind);
 * // ['value', 'comparison']
 */
export function matchClaims(text: string): ClaimMatch[] {
  // Kept sorted by start and without overlaps, so a new match need only be checked against its neighbours.
  const accepted: ClaimMatch[] = [];
  // A clause that prints no figure holds no claim: none of the patterns need run over it.
  if (!HAS_FIGURE.test(text)) return accepted;
  const clause = claimTextOf(text);
  for (const [pattern, read] of READERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const claim = read(m, clause);
      if (claim !== null) insertUnlessOverlapping(accepted, claim);
    }
  }
  return shareAboutBases(accepted, text);
}

// Grammar: has-figure := digit | "gấp" (any case) — a figure in digits, or a multiple said in words ("tăng gấp đôi")
// Example: "tăng 5,2%" and "tăng gấp đôi" have one; "sản xuất ổn định" has none.
const HAS_FIGURE = /\d|gấp/iu;

/** Inserts `claim` into `sorted` (by start, no overlaps) unless it overlaps a claim already there. */
function insertUnlessOverlapping(sorted: ClaimMatch[], claim: ClaimMatch): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? Infinity) < claim.start) lo = mid + 1;
    else hi = mid;
  }
  const before = sorted[lo - 1];
  const after = sorted[lo];
  if (before !== undefined && before.end > claim.start) return;
  if (after !== undefined && after.start < claim.end) return;
  sorted.splice(lo, 0, claim);
}
