import { formatNumber } from '../../numbers/format-number';
import { foldDiacritics } from '../../claims/normalize-text';
import type { ConsistencyFinding } from './consistency-types';
import type { Sum } from './share-messages';
import { claimYear } from './claim-year';
import { namedWholeAt } from '../finding/named-whole';
import type { ExtractedClaim, YearValue } from '../types';

/*
 * Shares printed inside another, after "trong đó" ("công nghiệp và xây dựng chiếm 21,6%, trong đó công nghiệp chiếm
 * 18,2%"): set apart from the list they are printed in (check-shares.ts), and checked against the share they are in.
 */

/** Slack for binary floating point when comparing sums. */
export const EPSILON = 1e-9;
/** Fewest shares that make a whole worth checking. */
export const MIN_SHARES = 2;

/** The sum of printed shares, with the rounding slack of every term (each may be off by half its last digit). */
export function sumOf(ends: readonly YearValue[]): Sum {
  let sum = 0;
  let tolerance = EPSILON;
  let decimals = 0;
  for (const end of ends) {
    sum += end.value;
    tolerance += 0.5 * 10 ** -end.decimals;
    decimals = Math.max(decimals, end.decimals);
  }
  const terms = ends.map((e) => `${formatNumber(e.value, e.decimals)}%`).join(' + ');
  return { sum, tolerance, decimals, terms };
}


// Grammar: sub-part := "trong đó" (folded, whole words): the shares after it are parts of the share before it
// Example: "công nghiệp - xây dựng chiếm 40,09%, trong đó công nghiệp chiếm 33,71%; dịch vụ chiếm 30,39%" — 33,71 is
// inside 40,09, not beside it.
const SUB_PART = /(?<![\p{L}])trong do(?![\p{L}])/u;

/** A share and the shares printed inside it after "trong đó" (claim indices). */
export interface SubParts {
  readonly whole: number;
  readonly parts: readonly number[];
}

/**
 * The shares of a list without those inside another: from a "trong đó" to the next ";" (Quảng Ngãi's GRDP structure,
 * first half of 2025), and those inside, by the share they are inside; `rates` when a share after "trong đó" is larger
 * than the one before it, so that the sentence prints rates of different wholes, no structure.
 */
export function withoutSubParts(members: readonly number[], claims: readonly ExtractedClaim[], text: string): { kept: number[]; inside: SubParts[]; rates: boolean } {
  const kept: number[] = [];
  const groups: { whole: number; parts: number[] }[] = [];
  let inside = false;
  let end = -1;
  for (const i of members) {
    const claim = claims[i];
    if (claim === undefined) continue;
    const gap = end < 0 ? '' : foldDiacritics(text.slice(end, claim.start));
    const last = kept[kept.length - 1];
    const owner = last === undefined ? undefined : claims[last];
    if (SUB_PART.test(gap) && owner !== undefined && last !== undefined && wholesDiffer(owner, claim, text)) {
      // "… bằng 47,97% tổng sản phẩm, trong đó … chiếm 40,95% tổng vốn đầu tư": the shares after "trong đó" are of
      // another whole than the one before (Hưng Yên's yearbook of 2018). That one is a ratio beside the list, not in it.
      kept.pop();
      inside = false;
    } else if (SUB_PART.test(gap)) {
      inside = true;
      if (last !== undefined) groups.push({ whole: last, parts: [] });
    } else if (gap.includes(';')) inside = false;
    end = claim.end;
    if (!inside) kept.push(i);
    else groups[groups.length - 1]?.parts.push(i);
  }
  // A share after "trong đó" larger than the one it would be in is no part of it: each is a rate of its own whole ("cả
  // nước … chiếm 62,5% diện tích gieo cấy …, trong đó phía Bắc … chiếm 72,5%; phía Nam … chiếm 42,7%", GSO, October 2020).
  const rates = groups.some((g) => g.parts.some((p) => (claims[p]?.figures[0]?.value ?? 0) > (claims[g.whole]?.figures[0]?.value ?? Infinity)));
  return { kept, inside: groups.filter((g) => g.parts.length >= MIN_SHARES), rates };
}

/** Whether two shares name different wholes right after their figures ("47,97% tổng sản phẩm", "40,95% tổng vốn đầu tư"). */
function wholesDiffer(a: ExtractedClaim, b: ExtractedClaim, text: string): boolean {
  const wa = namedWholeAt(text, a.end);
  const wb = namedWholeAt(text, b.end);
  return wa !== null && wb !== null && wa !== wb;
}

/**
 * Shares printed inside another ("công nghiệp và xây dựng chiếm 21,6%, trong đó công nghiệp chiếm 18,2%, xây dựng chiếm
 * 3,4%": TP Hồ Chí Minh's GRDP) that add up to more than it, beyond the rounding of every figure: an error, since the
 * parts of a share cannot exceed it.
 */
export function subPartsFinding(group: SubParts, claims: readonly ExtractedClaim[]): ConsistencyFinding | null {
  const owner = claims[group.whole];
  const whole = owner?.figures[0];
  const parts = group.parts.map((i) => claims[i]?.figures[0]).filter((f): f is NonNullable<typeof f> => f !== undefined);
  if (owner === undefined || whole === undefined || parts.length !== group.parts.length) return null;
  const total = sumOf(parts.map((p) => ({ ...p, year: null })));
  const slack = total.tolerance + 0.5 * 10 ** -whole.decimals;
  if (total.sum - whole.value <= slack) return null;
  const name = owner.indicator;
  const printed = `${formatNumber(whole.value, whole.decimals)}%`;
  const sum = `${total.terms} = ${formatNumber(total.sum, total.decimals)}%`;
  return {
    kind: 'parts-not-total',
    severity: 'error',
    claims: [group.whole, ...group.parts],
    places: [],
    indicator: name,
    year: claimYear(owner),
    computed: total.sum,
    message: {
      vi: `Các tỷ trọng sau “trong đó” cộng lại ${sum}, vượt tỷ trọng ${printed}${name === null ? '' : ` của “${name}”`} chứa chúng (sai số làm tròn tối đa ±${formatNumber(slack, total.decimals + 1)})`,
      en: `The shares after “trong đó” (of which) add up to ${sum}, more than the share ${printed}${name === null ? '' : ` of “${name}”`} that holds them (rounding allows ±${formatNumber(slack, total.decimals + 1)})`,
    },
  };
}
