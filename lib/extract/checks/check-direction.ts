import { comparativeFor } from '../../claims/read-claim-words';
import type { Direction } from '../../claims/types';
import type { Lang, Localized } from '../../i18n/lang';
import { MESSAGE_STRINGS } from '../../verify/message-strings';
import { formatNumber } from '../../numbers/format-number';
import type { ConsistencyFinding } from './consistency-types';
import { figureText, unitSuffix } from './figure-text';
import { scaledUnit } from './unit-scale';
import type { ExtractedClaim, YearValue } from '../types';

function shown(end: YearValue, lang: Lang): string {
  const year = end.year === null ? '' : ` (${lang === 'vi' ? 'năm' : 'year'} ${end.year})`;
  return `${figureText(end.value, end.decimals, end.unit, lang)}${year}`;
}

/** The unit of a difference: points for rates, the unit itself otherwise. */
function differenceUnit(unit: string | null, lang: Lang): string {
  if (unit === null) return '';
  if (unit.startsWith('%')) return lang === 'vi' ? ' điểm phần trăm' : ' percentage points';
  if (unit.startsWith('‰')) return lang === 'vi' ? ' điểm phần nghìn' : ' per-mille points';
  return unitSuffix(unit, lang);
}

/** The value in the unit of `other` when both count the same thing at different scales ("1,49 triệu tỉ" → 1.490.000 tỉ). */
function inScaleOf(end: YearValue, other: YearValue): number {
  const a = scaledUnit(end.unit);
  const b = scaledUnit(other.unit);
  return a.base === b.base && a.scale !== b.scale ? (end.value * a.scale) / b.scale : end.value;
}

/** A direction as the claim words it: "tăng"/"giảm", or in its comparative ("thấp hơn") when it printed one. */
function directionWord(claim: ExtractedClaim, direction: Direction, article = false): Localized {
  const printed = claim.claim?.ok === true ? claim.claim.comparative : undefined;
  if (printed !== undefined) {
    const word = comparativeFor(printed, direction);
    return { vi: MESSAGE_STRINGS.vi.comparatives[word], en: MESSAGE_STRINGS.en.comparatives[word] };
  }
  const en = direction === 'up' ? 'rise' : 'fall';
  return { vi: direction === 'up' ? 'tăng' : 'giảm', en: article ? `a ${en}` : en };
}

/**
 * A direction word that the two values printed with it contradict: "tăng từ 54,06% lên 53,75%", or a table
 * row that says "Tăng" over two values that fall. Equal values contradict neither word; values printed with
 * different scale words ("919.000 tỉ đồng" → "1,49 triệu tỉ đồng") are compared after conversion.
 *
 * @example
 * checkDirection(extractClaims('Tỷ trọng dịch vụ tăng từ 54,06% (năm 2015) lên 53,75% (năm 2022).'))[0]?.message.vi;
 * // '“Tỷ trọng dịch vụ”: ghi “tăng” nhưng 54,06% (năm 2015) → 53,75% (năm 2022) là giảm: 53,75 − 54,06 = -0,31 điểm phần trăm'
 */
export function checkDirection(claims: readonly ExtractedClaim[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  claims.forEach((claim, index) => {
    if (claim.endpoints === null || claim.direction === null) return;
    const { from, to } = claim.endpoints;
    // Values in units that count different things ("tỷ USD", "tỷ đồng") have no direction between them.
    if (from.unit !== null && to.unit !== null && scaledUnit(from.unit).base !== scaledUnit(to.unit).base) return;
    const toValue = inScaleOf(to, from);
    const change = toValue - from.value;
    const contradicts = (claim.direction === 'up' && change < 0) || (claim.direction === 'down' && change > 0);
    if (!contradicts) return;
    const decimals = toValue === to.value ? Math.max(from.decimals, to.decimals) : from.decimals;
    const arithmetic = `${formatNumber(toValue, toValue === to.value ? to.decimals : undefined)} − ${formatNumber(from.value, from.decimals)} = ${formatNumber(change, decimals)}`;
    const said = directionWord(claim, claim.direction);
    const is = directionWord(claim, change < 0 ? 'down' : 'up', true);
    const name = claim.indicator === null ? '' : `“${claim.indicator}”: `;
    findings.push({
      kind: 'direction-contradicts-values',
      severity: 'error',
      claims: [index],
      places: [],
      indicator: claim.indicator,
      year: to.year,
      computed: change,
      message: {
        vi: `${name}ghi “${said.vi}” nhưng ${shown(from, 'vi')} → ${shown(to, 'vi')} là ${is.vi}: ${arithmetic}${differenceUnit(from.unit, 'vi')}`,
        en:
          `${name}the text says “${said.vi}” (${said.en}) but ${shown(from, 'en')} → ${shown(to, 'en')} is ${is.en}: ` +
          `${arithmetic}${differenceUnit(from.unit, 'en')}`,
      },
    });
  });
  return findings;
}
