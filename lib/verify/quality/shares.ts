import { formatNumber } from '../../numbers/format-number';
import { halfUnit } from './growth-band';
import { warningId } from './points';
import { QUALITY_MESSAGE_STRINGS, inBoth, partsText } from './quality-messages';
import type { SharePart, SharesWarning } from './types';

/** A floating-point allowance on sums of printed decimals. */
const EPSILON = 1e-9;

/** Shares of one whole in one year, as printed (parts only, no total row). */
export interface ShareGroup {
  readonly year: number;
  readonly parts: readonly SharePart[];
  /** The table they were read from, or `null` for series. */
  readonly tableId: string | null;
}

/**
 * Checks that shares of one whole sum to 100. A sum of exactly 100 gives nothing. Otherwise the
 * sum of the parts' rounding intervals decides: when it holds 100, an `info` (`shares-rounding`)
 * says rounding explains the difference; when it does not, a `warning` (`shares-gap`) gives the
 * gap. Never an error: a part may be missing from the list on purpose (product taxes in GRDP).
 *
 * @example
 * // 2022 economic structure 20,76 + 53,75 + 21,74 = 96,25: the interval [96,235; 96,265] misses 100
 * checkShares({ year: 2022, parts, tableId: 'so-sanh' }) // { code: 'shares-gap', sum: 96.25, … }
 * // 33,3 + 33,3 + 33,3 = 99,9: the interval [99,75; 100,05] holds 100
 * checkShares({ year: 2020, parts, tableId: null })      // { code: 'shares-rounding', severity: 'info', … }
 */
export function checkShares(group: ShareGroup): SharesWarning | null {
  const { parts, year } = group;
  if (parts.length < 2) return null;
  const decimals = Math.max(...parts.map((p) => p.decimals));
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const slack = parts.reduce((s, p) => s + halfUnit(p.decimals), 0);
  if (Math.abs(sum - 100) <= EPSILON + 10 ** -(decimals + 3)) return null;
  const low = sum - slack;
  const high = sum + slack;
  const holds = low <= 100 + EPSILON && high >= 100 - EPSILON;
  const code = holds ? 'shares-rounding' : 'shares-gap';
  const ids = parts.map((p) => p.indicatorId);
  const f = (n: number) => formatNumber(n, decimals + 1);
  return {
    id: warningId(code, ids, [year], group.tableId ?? ''),
    code,
    severity: holds ? 'info' : 'warning',
    indicatorIds: ids,
    indicators: parts.map((p) => p.indicator),
    years: [year],
    values: parts.map((p) => ({ year, raw: p.raw, value: p.value, unit: '%' })),
    tableId: group.tableId,
    year,
    parts,
    sum,
    low,
    high,
    decimals,
    message: inBoth((lang) => {
      const t = QUALITY_MESSAGE_STRINGS[lang];
      const head = t.sharesSum(year, partsText(parts, lang), formatNumber(sum, decimals));
      return head + (holds ? t.sharesRounding(f(low), f(high)) : t.sharesGap(f(low), f(high), formatNumber(Math.abs(100 - sum), decimals), sum < 100));
    }),
  };
}
