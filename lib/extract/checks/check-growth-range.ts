import { formatNumber } from '../../numbers/format-number';
import { claimInterval } from '../../verify/interval';
import type { Localized } from '../../i18n/lang';
import type { ExtractedClaim } from '../types';
import type { ConsistencyFinding } from './consistency-types';
import { claimYear } from './claim-year';
import { EPSILON } from './contribution-terms';
import { branchesAfter, readName, SECTORS } from './sector-branches';

/*
 * A sector's growth against its branches'. A sector's value is the sum of its branches' (at constant prices as at
 * current ones), so its growth is their growth weighted by their base values: it lies between the lowest and the
 * highest. GSO's first quarter of 2024 prints agriculture, forestry and fishing at 2,98 %, and further on agriculture at
 * 2,81 %, forestry at 4,08 %, fishing at 3,46 %: consistent. Had agriculture been 3,81 %, every branch would have grown
 * faster than their sector, which cannot be.
 *
 * Read only when the sector's rate is printed first and every one of its branches after it, each by its bare name
 * ("ngành lâm nghiệp", "Giá trị tăng thêm ngành nông nghiệp"), of the sector's period, year and base, and all of them
 * measure value added or all gross output. A branch named with more words ("công nghiệp chế biến, chế tạo") is a part
 * of a branch, and a list that misses a branch bounds nothing.
 */

/** A rise or fall in %, as a signed interval, with the claim's words for it. */
export interface Rate {
  readonly lo: number;
  readonly hi: number;
  readonly text: string;
}

export function rateOf(claim: ExtractedClaim): Rate | null {
  const figure = claim.figures[0];
  if (claim.kind !== 'comparison' || claim.claim?.ok !== true || claim.claim.kind !== 'percent') return null;
  if (figure === undefined || claim.direction === null) return null;
  const { lo, hi } = claimInterval(figure, claim.qualifier);
  const down = claim.direction === 'down';
  const printed = `${formatNumber(down ? -figure.value : figure.value, figure.decimals)}%`;
  return down ? { lo: -hi, hi: -lo, text: printed } : { lo, hi, text: printed };
}

function message(whole: ExtractedClaim, rate: Rate, branches: readonly { claim: ExtractedClaim; rate: Rate }[], above: boolean): Localized {
  const list = (quote: string, end: string): string => branches.map((b) => `${quote}${b.claim.indicator ?? ''}${end}: ${b.rate.text}`).join('; ');
  const name = whole.indicator ?? '';
  const rule = {
    vi: 'tốc độ tăng của cả khu vực phải nằm giữa mức thấp nhất và cao nhất của các ngành thành phần',
    en: "a sector's growth lies between its branches' lowest and highest",
  };
  return {
    vi: `${name} ${whole.text}, ${above ? 'cao' : 'thấp'} hơn mọi ngành thành phần (${list('', '')}): ${rule.vi}`,
    en: `“${name}” changed by ${rate.text}, ${above ? 'more' : 'less'} than every one of its branches (${list('“', '”')}): ${rule.en}`,
  };
}

/**
 * Each sector whose growth lies outside the range of its branches' growth printed after it, beyond rounding: an error
 * (spec §5, parts and total).
 *
 * @example
 * checkGrowthRange(extractClaims('Quý I/2024, khu vực nông, lâm nghiệp và thủy sản tăng 2,98%. Ngành nông nghiệp tăng 3,81%, ngành lâm nghiệp tăng 4,08%, ngành thủy sản tăng 3,46%.'))[0]?.kind;
 * // 'parts-not-total'
 */
export function checkGrowthRange(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  claims.forEach((whole, index) => {
    const rate = rateOf(whole);
    if (rate === null) return;
    const name = readName(whole.indicator);
    const sector = name === null ? undefined : SECTORS.find((s) => s.name.test(name.rest));
    if (name === null || sector === undefined) return;
    const found = branchesAfter(claims, index, sector, name.measure, (c) => rateOf(c) !== null);
    if (found === null) return;
    const branches = found.flatMap((j) => {
      const claim = claims[j];
      const r = claim === undefined ? null : rateOf(claim);
      return claim === undefined || r === null ? [] : [{ claim, rate: r }];
    });
    const lowest = Math.min(...branches.map((b) => b.rate.lo));
    const highest = Math.max(...branches.map((b) => b.rate.hi));
    if (rate.hi + EPSILON >= lowest && rate.lo - EPSILON <= highest) return;
    findings.push({
      kind: 'parts-not-total',
      severity: 'error',
      claims: [index, ...found],
      places: [],
      message: message(whole, rate, branches, rate.lo > highest),
      indicator: whole.indicator,
      year: claimYear(whole),
      computed: null,
    });
  });
  return findings;
}
