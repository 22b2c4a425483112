import { formatNumber } from '../../numbers/format-number';
import { halfUnit } from '../../verify/interval';
import type { Lang } from '../../i18n/lang';
import type { ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import { claimYear } from './claim-year';
import { figureText } from './figure-text';
import { REMARKS, type PartsRemark } from './parts-remarks';
import { isExactCount, signedSum, type Listed, type Term } from './parts-terms';
import { scaledUnit } from './unit-scale';
import { hasExactFigure } from '../finding/exact-figure';
import type { ExtractedClaim } from '../types';

/*
 * The words of the parts-and-total check (check-parts-total.ts): a list that misses its total, or a remainder that misses
 * the total minus what was excluded (findings), and why a list passes or is not reported (explanations), in both
 * languages, with the arithmetic written out.
 */

/** The decimals a part's figure has in the total's unit: "4.773.484 triệu đồng" has three in "tỷ đồng". */
function decimalsIn(total: Term, part: Term): number {
  return part.decimals + Math.max(0, Math.round(Math.log10(scaledUnit(total.unit).scale / scaledUnit(part.unit).scale)));
}

/** The arithmetic written out: "259,67 + 237,99 = 497,66 tỷ USD". */
function sumText(parts: readonly Term[], total: Term, lang: Lang): string {
  const sum = signedSum(parts, total);
  const decimals = Math.max(...parts.map((p) => decimalsIn(total, p)));
  const terms = parts
    .map((p, i) => `${i === 0 ? (p.sign < 0 ? '−' : '') : p.sign < 0 ? ' − ' : ' + '}${figureText(p.value, p.decimals, p.unit === total.unit ? null : p.unit, lang)}`)
    .join('');
  return `${terms} = ${figureText(sum, decimals, total.unit, lang)}`;
}

/**
 * The finding for parts that miss their total, with the sum, the gap and the rounding allowed (an error; a warning with a
 * remark that explains the gap).
 *
 * @example
 * partsFinding(listed).message.vi // '“kim ngạch xuất nhập khẩu”: các thành phần cộng lại 259,67 + 237,99 = 497,66 tỷ USD, không bằng tổng 494,66 tỷ USD (…)'
 */
export function partsFinding(listed: Listed, remark: PartsRemark | null = null): ConsistencyFinding {
  const { total, parts } = listed;
  const printed = (lang: Lang) => figureText(total.value, total.decimals, total.unit, lang);
  const point = signedSum(parts, total);
  const gap = point - total.sign * total.value;
  // An exact count ("16 phiên") has no rounding to allow for.
  const half = (t: Term): number => (isExactCount(t) ? 0 : halfUnit(t.decimals) * (scaledUnit(t.unit).scale / scaledUnit(total.unit).scale));
  const slack = parts.reduce((acc, p) => acc + half(p), half(total));
  const gapText = (lang: Lang) => figureText(Math.abs(gap), Math.max(total.decimals, ...parts.map((p) => decimalsIn(total, p))), total.unit, lang);
  const slackText = formatNumber(slack, Math.max(total.decimals, ...parts.map((p) => p.decimals)) + 1);
  const rounding = {
    vi: slack === 0 ? 'các số đếm không làm tròn' : `sai số làm tròn tối đa ±${slackText}`,
    en: slack === 0 ? 'counts are not rounded' : `rounding allows ±${slackText}`,
  };
  const name = total.claim.indicator === null ? '' : `“${total.claim.indicator}”: `;
  // One part above its total: said of that part, not as a sum.
  const single = parts.length === 1 ? parts[0] : undefined;
  return {
    kind: 'parts-not-total',
    severity: remark === null ? 'error' : 'warning',
    claims: [total.index, ...parts.map((p) => p.index)].sort((a, b) => a - b),
    places: [],
    indicator: total.claim.indicator,
    year: claimYear(total.claim),
    computed: point,
    message: single === undefined ? {
      vi: `${name}các thành phần cộng lại ${sumText(parts, total, 'vi')}, không bằng tổng ${printed('vi')} (chênh ${gapText('vi')}, ${rounding.vi})${remark === null ? '' : `; ${REMARKS[remark].vi}`}`,
      en: `${name}the parts add up to ${sumText(parts, total, 'en')}, not the total ${printed('en')} (a gap of ${gapText('en')}; ${rounding.en})${remark === null ? '' : `; ${REMARKS[remark].en}`}`,
    } : {
      vi: `${name}phần “${single.claim.indicator ?? ''}” ${figureText(single.value, single.decimals, single.unit, 'vi')} sau “trong đó” lớn hơn tổng ${printed('vi')} (chênh ${gapText('vi')}, ${rounding.vi}): một phần không thể lớn hơn tổng`,
      en: `${name}the part “${single.claim.indicator ?? ''}” ${figureText(single.value, single.decimals, single.unit, 'en')} after “trong đó” (of which) is more than the total ${printed('en')} (a gap of ${gapText('en')}; ${rounding.en}): a part cannot exceed its total`,
    },
  };
}

/**
 * Why a list is not reported: its parts add up to the total, they are some parts only ("trong đó", brackets) below it, or
 * their shares are of their own sum (parts-own-whole.ts).
 *
 * @example
 * partsExplanation(listed, 'adds-up').message.vi // 'Các thành phần cộng lại 259,67 + 237,99 = 497,66 tỷ USD, khớp với tổng …'
 */
export function partsExplanation(listed: Listed, why: 'adds-up' | 'subset' | 'own-whole'): ConsistencyExplanation {
  const { total, parts } = listed;
  const printed = (lang: Lang) => figureText(total.value, total.decimals, total.unit, lang);
  // A figure said "khoảng", "gần", "hơn" stands for a range wider than its rounding; an estimate ("ước đạt") does not.
  const qualified = [total, ...parts].some((t) => t.claim.qualifier !== null && !hasExactFigure(t.claim));
  const message =
    why === 'own-whole'
      ? {
          vi: `Các thành phần cộng lại ${sumText(parts, total, 'vi')}, không bằng tổng ${printed('vi')}, nhưng tỷ trọng văn bản ghi cho từng thành phần tính trên chính tổng của chúng: chúng là các phần của một tổng khác, không báo lỗi`,
          en: `The parts add up to ${sumText(parts, total, 'en')}, not the total ${printed('en')}, but the share the text prints for each is of their own sum: they are the parts of another whole, so this is not reported`,
        }
      : why === 'adds-up'
      ? {
          vi: `Các thành phần cộng lại ${sumText(parts, total, 'vi')}, khớp với tổng ${printed('vi')} trong ${qualified ? 'biên độ của các số ghi “khoảng”, “gần”, “hơn” (khoảng ±5%)' : 'sai số làm tròn'}`,
          en: `The parts add up to ${sumText(parts, total, 'en')}, which is the total ${printed('en')} within ${qualified ? 'the range its approximate figures allow (said to be about, nearly or over: about ±5%)' : 'rounding'}`,
        }
      : listed.marker === '('
        ? {
            vi: `Các thành phần trong ngoặc cộng lại ${sumText(parts, total, 'vi')}, ít hơn tổng ${printed('vi')}; ngoặc có thể chỉ nêu một số thành phần nên không báo lỗi`,
            en: `The parts in brackets add up to ${sumText(parts, total, 'en')}, less than the total ${printed('en')}; the brackets may name only some parts, so this is not reported`,
          }
        : {
            vi: `Các thành phần sau “trong đó” cộng lại ${sumText(parts, total, 'vi')}, ít hơn tổng ${printed('vi')}; “trong đó” có thể chỉ nêu một số thành phần nên không báo lỗi`,
            en: `The parts after “trong đó” (among which) add up to ${sumText(parts, total, 'en')}, less than the total ${printed('en')}; “trong đó” may name only some parts, so this is not reported`,
          };
  return { kind: 'parts-not-total', claims: [total.index, ...parts.map((p) => p.index)].sort((a, b) => a - b), places: [], message };
}

/**
 * The finding for "Không tính X (a), Y còn b" where the earlier total minus a is not b.
 *
 * @example
 * remainderFinding(listed, rest).message.vi // '“thu nội địa”: 16.186 − 5.056 = 11.130 tỷ đồng sau khi trừ phần không tính, không phải 11.104 tỷ đồng …'
 */
export function remainderFinding(listed: Listed, rest: ExtractedClaim): ConsistencyFinding {
  const { total, parts } = listed;
  const cut = parts.slice(0, -1);
  const kept = parts[parts.length - 1];
  const scale = scaledUnit(total.unit).scale;
  const left = total.value - cut.reduce((acc, p) => acc + (p.value * scaledUnit(p.unit).scale) / scale, 0);
  const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  const arithmetic = (lang: Lang) =>
    `${formatNumber(total.value, total.decimals)} − ${cut.map((p) => formatNumber(p.value, p.decimals)).join(' − ')} = ${figureText(left, decimals, total.unit, lang)}`;
  const printed = (lang: Lang) => (kept === undefined ? '' : figureText(kept.value, kept.decimals, kept.unit, lang));
  const gap = kept === undefined ? 0 : Math.abs(left - (kept.value * scaledUnit(kept.unit).scale) / scale);
  const name = rest.indicator === null ? '' : `“${rest.indicator}”: `;
  return {
    kind: 'parts-not-total',
    severity: 'error',
    claims: [total.index, ...parts.map((p) => p.index)].sort((a, b) => a - b),
    places: [],
    indicator: rest.indicator,
    year: claimYear(total.claim),
    computed: left,
    message: {
      vi: `${name}${arithmetic('vi')} sau khi trừ phần không tính, không phải ${printed('vi')} như văn bản ghi (chênh ${figureText(gap, decimals, total.unit)})`,
      en: `${name}${arithmetic('en')} once the excluded part is taken off, not ${printed('en')} as printed (a gap of ${figureText(gap, decimals, total.unit, 'en')})`,
    },
  };
}
