import type { Claim } from '../claims/types';
import { normalizeText } from '../claims/normalize-text';
import { parseNumber } from '../numbers/parse-number';
import { formatNumber } from '../numbers/format-number';
import type { NumberStyle } from '../numbers/types';
import type { Localized } from '../i18n/lang';

/**
 * A bare number in an index column (`99,72`, `114,36`, `94,18%`) under a header such as `Năm
 * 2013 so với năm 2012 (%)` or a `Năm trước = 100` note: the printed value is 100 × to / from
 * (spec verification.md §2b, kind `index`). Until lib/claims has an index kind it is carried by
 * the `plan` kind, whose formula is the same (value / base × 100) and which has no direction, so
 * an index under 100 is a fall and never a wrong direction; the verifier must then take the base
 * from the compared year, not from a plan column (see verify-table.ts). A cell with words
 * (`Tăng 3,8 lần`) is not an index cell and is parsed as a claim.
 *
 * @example
 * indexCellClaim('114,36', 'vi'); // { ok: true, kind: 'plan', figure: { value: 114.36, decimals: 2 }, unitSign: '%', … }
 * indexCellClaim('Tăng 5%', 'vi'); // null
 */
export function indexCellClaim(cell: string, style: NumberStyle): Claim | null {
  const text = normalizeText(cell);
  const parsed = parseNumber(text, style);
  if (!parsed.ok || parsed.ambiguous || parsed.unit === '‰' || !(parsed.value > 0)) return null;
  return {
    ok: true,
    kind: 'plan',
    direction: null,
    figure: { value: parsed.value, decimals: parsed.decimals },
    unitSign: '%',
    unitWord: null,
    qualifier: null,
    qualifierWord: null,
    planVerb: 'bang',
    fromTo: null,
    text,
  };
}

/**
 * The wording of an index cell's result: the arithmetic only (a plan claim's "nên ghi 'bằng …%
 * kế hoạch'" does not fit a yearbook index), and the index that should have been printed, as a
 * bare number at the cell's decimals.
 *
 * @example
 * indexWording({ vi: "2.060 / 2.218 = 92,876% → làm tròn 92,88%, không phải 95,00%; nên ghi '…'", en: '…' }, 92.8765, 2, true)
 * // { message: { vi: '2.060 / 2.218 = 92,876% → làm tròn 92,88%, không phải 95,00%', en: '…' }, expected: '92,88' }
 */
export function indexWording(
  message: Localized,
  computed: number | null,
  decimals: number,
  wrong: boolean,
): { readonly message: Localized; readonly expected: string | null } {
  const cut = (text: string): string => {
    const at = text.indexOf('; ');
    return at < 0 ? text : text.slice(0, at);
  };
  return {
    message: { vi: cut(message.vi), en: cut(message.en) },
    expected: wrong && computed !== null ? formatNumber(computed, decimals) : null,
  };
}
