import { isBareDirection } from './link-brackets';
import { endsWithParts } from './base-part';
import { isLevel, levelOfClaim, singleYear } from './sentence-levels';
import { sameIndicator } from './same-indicator';
import type { PeriodKey } from '../../verify/reference-types';
import type { ExtractedClaim, YearValue } from '../types';

/*
 * The levels a text prints (value statements, the ends of from–to statements and table rows), found again by indicator,
 * year and part of the year: where link-claims.ts looks up a comparison's values printed away from it.
 */

/** A level printed in the text, for one indicator, one year and one part of it (`''`: the whole year). */
export interface Level {
  readonly indicator: string | null;
  readonly value: YearValue;
  readonly part: PeriodKey;
  readonly index: number;
  /** The amount said again in another currency (ExtractedClaim.restates): a level only in its own unit. */
  readonly restates: boolean;
  /** A share of a structure: a level in % in a sentence that prints shares ("chiếm 59,03% (… năm 2012 là 55,81%)"). */
  readonly share: boolean;
}

/**
 * Every level the text prints: value statements, and both ends of from–to statements and table rows.
 *
 * @example
 * collectLevels(extractClaims('Năm 2019 doanh thu đạt 300 tỷ đồng.'))[0]?.value // { value: 300, …, year: 2019 }
 */
export function collectLevels(claims: readonly ExtractedClaim[]): Level[] {
  const levels: Level[] = [];
  const structures = new Set(claims.filter((c) => c.kind === 'share').map((c) => c.sentence));
  claims.forEach((claim, index) => {
    const first = claim.figures[0];
    // A level whose year an earlier sentence gave is found by that year only beside its own claims (levelsBeside).
    if (isLevel(claim) && first !== undefined && claim.timeCarried !== true) {
      const share = structures.has(claim.sentence) && (first.unit ?? '').startsWith('%');
      levels.push({ indicator: claim.indicator, value: levelOfClaim(claim, first, singleYear(claim)), part: claim.part, index, restates: claim.restates === true, share });
    }
    // A direction word without a figure compares levels that are claims of their own (a value, its bracket) or a
    // rate ("tăng 5,35%, cao hơn … (4,24%)"), which is no level.
    if (claim.endpoints !== null && !isBareDirection(claim)) {
      for (const end of endsWithParts(claim)) levels.push({ indicator: claim.indicator, value: end.value, part: end.part, index, restates: false, share: false });
    }
  });
  return levels;
}

function unitsAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || withoutPerHead(a) === withoutPerHead(b);
}

// Grammar: per-head := space* "/" space* "người" end — a level per head, which its indicator already says ("GRDP bình quân
//   đầu người … 8.500 USD/người" is the "6.799 USD" of another year)
// Example: "USD/người" → "USD"; "triệu đồng/người/tháng" keeps its month.
const PER_HEAD = /\s*\/\s*người$/u;

function withoutPerHead(unit: string): string {
  return unit.replace(PER_HEAD, '');
}

/** The levels of a text by year, each list in text order. */
export type LevelsByYear = ReadonlyMap<number | null, readonly Level[]>;

/**
 * The levels grouped by their year, each list in text order.
 *
 * @example
 * byYear(collectLevels(claims)).get(2019)?.length // 1
 */
export function byYear(levels: readonly Level[]): LevelsByYear {
  const out = new Map<number | null, Level[]>();
  for (const level of levels) {
    const list = out.get(level.value.year);
    if (list === undefined) out.set(level.value.year, [level]);
    else list.push(level);
  }
  return out;
}

/**
 * The level of the same indicator for a year and a part of it, preferring the nearest one printed before the
 * claim. Nine months are never compared with a whole year; a `relative` change takes no share of a structure.
 *
 * @example
 * findLevel(byYear(collectLevels(claims)), 'doanh thu', 2019, '', null, 1)?.value // 300
 */
export function findLevel(
  levels: LevelsByYear,
  indicator: string | null,
  year: number,
  part: PeriodKey,
  unit: string | null,
  before: number,
  relative = false,
): YearValue | null {
  // An amount said again in another currency is a level only where that currency is asked for. A relative change is
  // never of a structure's share: "dịch vụ … tăng 11,56% so với cùng kỳ năm 2012" grew its value, not its share of
  // 55,81% printed for 2012 in the next sentence (Đà Nẵng, first half of 2013).
  const candidates = (levels.get(year) ?? []).filter(
    (l) =>
      l.part === part && sameIndicator(l.indicator, indicator) && unitsAgree(l.value.unit, unit) && (!l.restates || unit !== null) && !(relative && l.share),
  );
  // A name printed the same way wins over a similar one ("kim ngạch nhập khẩu" over "kim ngạch xuất khẩu hàng hóa").
  const folded = indicator?.toLowerCase();
  const same = candidates.filter((l) => l.indicator?.toLowerCase() === folded);
  const pool = same.length > 0 ? same : candidates;
  const earlier = pool.filter((l) => l.index < before);
  const best = earlier[earlier.length - 1] ?? pool[0];
  return best?.value ?? null;
}

