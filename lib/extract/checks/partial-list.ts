import { formatNumber } from '../../numbers/format-number';
import type { Localized } from '../../i18n/lang';
import type { ConsistencyExplanation } from './consistency-types';
import type { ShareList } from './share-messages';
import { sentenceAt, sentenceSpans } from './sentence-spans';
import type { ExtractedClaim, Figure } from '../types';

/*
 * Lists of shares that say themselves they are not all the parts (check-shares.ts): a sentence that announces some
 * parts ("tập trung ở", "một số", "chủ yếu") or shares that each match their own printed level over one whole, with
 * the levels adding up to less than it. Such a list falls short of 100 by the parts it leaves out, no slip.
 */

// Grammar: some := ( "tập trung" | "một số" | "chủ yếu" ) as words, in the sentence before the list's first share
// Example: "Lúa gieo trồng 5.954,3 ha, …, tập trung ở Cát Tiên 3.721 ha, chiếm 62,49%; Đạ Tẻh …" (Lâm Đồng, July 2015);
//          "Một số nhóm có tỷ trọng cao …: nhóm lương thực, thực phẩm chiếm 31,1%; …" (TP Hồ Chí Minh's retail, 2024).
const SOME = /(?<![\p{L}\p{M}])(?:tập\s+trung|một\s+số|chủ\s+yếu)(?![\p{L}\p{M}])/iu;

/** Slack for binary floating point when comparing a recomputed share with its printed figure. */
const EPSILON = 1e-9;

/**
 * The words by which the list's sentence announces some parts only, before its first share, as printed; null when none.
 *
 * @example
 * announcedSome('Lúa 5.954,3 ha, tập trung ở Cát Tiên 3.721 ha, chiếm 62,49%; …', claims, list) // 'tập trung'
 */
export function announcedSome(text: string, claims: readonly ExtractedClaim[], list: ShareList): string | null {
  const first = claims[list.members[0] ?? -1];
  if (first === undefined) return null;
  const sentence = sentenceAt(sentenceSpans(text), first.start);
  return SOME.exec(text.slice(sentence?.start ?? first.start, first.start))?.[0] ?? null;
}

function sameFigure(a: Figure, b: Figure): boolean {
  return a.value === b.value && a.decimals === b.decimals && a.unit === b.unit;
}

/**
 * The parts' levels and their whole when every share of the list is printed with its own level over one whole, matches
 * part / whole within its last digit, and the levels add up to less than the whole; else null.
 *
 * @example
 * // "Ngô 8.543,2 ha … Trong đó, Đức Trọng 2.400 ha, chiếm 28,09% …; Đơn Dương 480 ha, chiếm 5,62%" (Lâm Đồng, July 2015)
 * levelsShortOfWhole(claims, list) // { parts: 6930, decimals: 0, whole: { value: 8543.2, decimals: 1, unit: 'ha' } }
 */
export function levelsShortOfWhole(claims: readonly ExtractedClaim[], list: ShareList): { readonly parts: number; readonly decimals: number; readonly whole: Figure } | null {
  const members = list.members.map((i) => claims[i]);
  const whole = members[0]?.counts?.whole;
  if (whole === undefined || whole.value <= 0) return null;
  let parts = 0;
  let decimals = 0;
  for (const claim of members) {
    const counts = claim?.counts;
    const share = claim?.figures[0];
    if (counts === undefined || share === undefined || !sameFigure(counts.whole, whole)) return null;
    if (Math.abs((counts.part.value / whole.value) * 100 - share.value) > 0.5 * 10 ** -share.decimals + EPSILON) return null;
    parts += counts.part.value;
    decimals = Math.max(decimals, counts.part.decimals);
  }
  return parts < whole.value ? { parts, decimals, whole } : null;
}

/**
 * Why a list short of 100 is some parts only: its sentence says so (`some`, with the words it says it by), or its levels add up to less than their
 * whole (`levels`).
 *
 * @example
 * partialExplanation(list, { why: 'some', words: 'tập trung' }).message.vi // 'Các tỷ trọng: 62,49% + 35,27% + 2,13% = 99,89%; câu chỉ nêu một số thành phần (“tập trung”) …'
 */
export function partialExplanation(
  list: ShareList,
  reason: { readonly why: 'some'; readonly words: string } | { readonly why: 'levels'; readonly parts: number; readonly decimals: number; readonly whole: Figure },
): ConsistencyExplanation {
  const sum = `${list.total.terms} = ${formatNumber(list.total.sum, list.total.decimals)}%`;
  const rest = formatNumber(100 - list.total.sum, list.total.decimals);
  let message: Localized;
  switch (reason.why) {
    case 'some':
      message = {
        vi: `Các tỷ trọng: ${sum}; câu chỉ nêu một số thành phần (“${reason.words}”), không kể hết, nên khoảng ${rest}% còn lại là của các phần khác`,
        en: `The shares: ${sum}; the sentence names some parts only (“${reason.words}”), not all, so the other ${rest}% or so is the rest's`,
      };
      break;
    case 'levels': {
      const unit = reason.whole.unit === null ? '' : ` ${reason.whole.unit}`;
      const parts = `${formatNumber(reason.parts, reason.decimals)}${unit}`;
      const whole = `${formatNumber(reason.whole.value, reason.whole.decimals)}${unit}`;
      message = {
        vi: `Các tỷ trọng: ${sum}; mỗi tỷ trọng khớp với số liệu của nó trên tổng ${whole}, và các số liệu này cộng lại ${parts}, ít hơn tổng: danh sách không kể hết, khoảng ${rest}% còn lại là của các phần khác`,
        en: `The shares: ${sum}; each matches its own figure over the whole ${whole}, and those figures add up to ${parts}, less than the whole: the list leaves out parts worth about ${rest}%`,
      };
      break;
    }
  }
  return { kind: 'shares-not-100', claims: list.members, places: [], message };
}
