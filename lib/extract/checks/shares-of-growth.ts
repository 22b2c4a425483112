import { formatNumber } from '../../numbers/format-number';
import { halfUnit } from '../../verify/interval';
import type { ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import { contributionsIn, EPSILON, MIN_PARTS, SHARE_OF_GROWTH, termsText, type Contribution } from './contribution-terms';

/** Whether shares of the growth add up to 100 within their rounding. */
function isWhole(parts: readonly Contribution[]): boolean {
  const sum = parts.reduce((acc, p) => acc + p.sign * p.value, 0);
  return Math.abs(sum - 100) <= parts.reduce((acc, p) => acc + halfUnit(p.decimals), 0) + EPSILON;
}

/**
 * Contributions printed as shares of the growth ("đóng góp 68,57%" of the rise): together they are the whole rise,
 * 100 % within rounding, the next sentence's (`further`: where it ends) counted when they complete the list. A list that misses 100 is a warning, not an error: it may leave out a component (the
 * taxes on products in GDP).
 *
 * @example
 * sharesOfGrowth(t, 0, t.length)?.finding?.computed // 77,73 for "nông nghiệp đóng góp 9,16%; dịch vụ đóng góp 68,57%"
 */
export function sharesOfGrowth(
  text: string,
  from: number,
  to: number,
  further: number = to,
): { finding: ConsistencyFinding | null; explanation: ConsistencyExplanation | null } | null {
  const own = contributionsIn(text, from, to, SHARE_OF_GROWTH);
  if (own.length < MIN_PARTS) return null;
  // A list that misses 100 may end in the next sentence ("… tích lũy tài sản …, đóng góp 44,92%. Xuất khẩu …; chênh lệch
  // xuất, nhập khẩu … đóng góp 14,52%.": GSO's use of GDP, third quarter of 2023): with it, it is judged whole.
  const longer = further > to ? contributionsIn(text, from, further, SHARE_OF_GROWTH) : own;
  const parts = longer.length > own.length && isWhole(longer) && !isWhole(own) ? longer : own;
  const sum = parts.reduce((acc, p) => acc + p.sign * p.value, 0);
  const slack = parts.reduce((acc, p) => acc + halfUnit(p.decimals), 0) + EPSILON;
  const decimals = Math.max(...parts.map((p) => p.decimals));
  const places = parts.map((p) => p.place);
  const arithmetic = `${termsText(parts)} = ${formatNumber(sum, decimals)}%`;
  const tolerance = formatNumber(slack, decimals + 1);
  if (Math.abs(sum - 100) <= slack) {
    return {
      finding: null,
      explanation: {
        kind: 'contributions-not-total',
        claims: [],
        places,
        message: {
          vi: `Các mức đóng góp vào tăng trưởng ${arithmetic}, đủ 100% trong sai số làm tròn (±${tolerance})`,
          en: `The shares of the growth ${arithmetic}, which is 100% within rounding (±${tolerance})`,
        },
      },
    };
  }
  return {
    explanation: null,
    finding: {
      kind: 'contributions-not-total',
      severity: 'warning',
      claims: [],
      places,
      indicator: null,
      year: null,
      computed: sum,
      message: {
        vi: `Các mức đóng góp vào tăng trưởng ${arithmetic}, không phải 100% (sai số làm tròn tối đa ±${tolerance}); ${sum > 100 ? 'vượt 100% nên không thể do thiếu thành phần: có thể một mức đóng góp bị ghi sai' : 'có thể danh sách thiếu một thành phần'}`,
        en: `The shares of the growth ${arithmetic}, not 100% (rounding allows ±${tolerance}); ${sum > 100 ? 'over 100%, so no left-out component explains it: a share may be misprinted' : 'the list may leave out a component'}`,
      },
    },
  };
}

