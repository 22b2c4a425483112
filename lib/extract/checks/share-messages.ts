import { formatNumber } from '../../numbers/format-number';
import type { Localized } from '../../i18n/lang';
import type { CheckSeverity, ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import type { YearValue } from '../types';

/*
 * The words of the shares check (check-shares.ts): a list that misses 100 (a finding), and why a list passes or is
 * not reported (explanations), in both languages.
 */

/** The sum of a list of printed shares, with the rounding slack of every term. */
export interface Sum {
  readonly sum: number;
  readonly tolerance: number;
  readonly decimals: number;
  readonly terms: string;
}

/** One list of shares of one whole, for one year, with the claims that print them. */
export interface ShareList {
  readonly members: readonly number[];
  readonly ends: readonly YearValue[];
  readonly total: Sum;
}

function yearPhrase(year: number | null, lang: 'vi' | 'en'): string {
  if (year === null) return '';
  return lang === 'vi' ? ` năm ${year}` : ` for ${year}`;
}

/**
 * The finding for a list that misses 100: a warning for a lone list (a component may be left out, unless it is over
 * 100; the product taxes named as one only for the economy's shares, `ofEconomy`), an error when `whole`, the same list
 * in another year, adds up.
 */
export function finding(list: ShareList, whole: ShareList | null, claims: readonly number[], ofEconomy = true): ConsistencyFinding {
  const year = list.ends[0]?.year ?? null;
  const sum = `${list.total.terms} = ${formatNumber(list.total.sum, list.total.decimals)}%`;
  const slack = formatNumber(list.total.tolerance, list.total.decimals + 1);
  if (whole === null) {
    // Shares are never negative: a left-out component can only make the sum fall short of 100.
    const over = list.total.sum > 100;
    return sharesFinding(list, claims, year, 'warning', {
      vi: `Các tỷ trọng${yearPhrase(year, 'vi')}: ${sum}, không phải 100% (sai số làm tròn tối đa ±${slack}); ${over ? 'vượt 100% nên không thể do thiếu thành phần: có thể một tỷ trọng bị ghi sai hoặc một phần được tính hai lần' : `có thể danh sách thiếu một thành phần${ofEconomy ? ' (như thuế sản phẩm)' : ''}`}`,
      en: `The shares${yearPhrase(year, 'en')}: ${sum}, not 100% (rounding allows ±${slack}); ${over ? 'over 100%, so no left-out component explains it: a share may be misprinted, or a part counted twice' : `the list may leave out a component${ofEconomy ? ' (such as product taxes)' : ''}`}`,
    });
  }
  const wholeYear = whole.ends[0]?.year ?? null;
  const wholeSum = `${whole.total.terms} = ${formatNumber(whole.total.sum, whole.total.decimals)}%`;
  return sharesFinding(list, claims, year, 'error', {
    vi: `Các tỷ trọng${yearPhrase(year, 'vi')}: ${sum}, không phải 100% (${wholeYear === null ? 'đầu kia' : `năm ${wholeYear}`}: ${wholeSum})`,
    en: `The shares${yearPhrase(year, 'en')}: ${sum}, not 100%, while the same list ${wholeYear === null ? 'at the other end' : `for ${wholeYear}`} adds up: ${wholeSum}`,
  });
}

/** A `shares-not-100` finding on a list. */
function sharesFinding(list: ShareList, claims: readonly number[], year: number | null, severity: CheckSeverity, message: Localized): ConsistencyFinding {
  return { kind: 'shares-not-100', severity, claims, places: [], indicator: null, year, computed: list.total.sum, message };
}

/** A lone list under 100 whose sentence names the rest without a figure, or ranks only the largest parts: the rest is what is missing. */
export function remainderExplanation(list: ShareList, why: 'remainder' | 'ranking'): ConsistencyExplanation {
  const year = list.ends[0]?.year ?? null;
  const sum = `${list.total.terms} = ${formatNumber(list.total.sum, list.total.decimals)}%`;
  const rest = formatNumber(100 - list.total.sum, list.total.decimals);
  const message: Record<typeof why, Localized> = {
    remainder: {
      vi: `Các tỷ trọng${yearPhrase(year, 'vi')}: ${sum}; phần “còn lại” mà câu nêu không kèm số là khoảng ${rest}%`,
      en: `The shares${yearPhrase(year, 'en')}: ${sum}; the rest (“còn lại”), which the sentence names without a figure, is about ${rest}%`,
    },
    ranking: {
      vi: `Các tỷ trọng${yearPhrase(year, 'vi')}: ${sum}; câu chỉ xếp hạng các phần lớn nhất (“lớn nhất”, “tiếp đến”), không kể hết, nên khoảng ${rest}% còn lại là của các phần khác`,
      en: `The shares${yearPhrase(year, 'en')}: ${sum}; the sentence ranks the largest parts only (“lớn nhất”, “tiếp đến”), not all of them, so the other ${rest}% or so is the rest's`,
    },
  };
  return { kind: 'shares-not-100', claims: list.members, places: [], message: message[why] };
}

/** A lone list far from 100: percentages of different wholes, not a structure. */
export function farExplanation(list: ShareList): ConsistencyExplanation {
  const year = list.ends[0]?.year ?? null;
  const sum = `${list.total.terms} = ${formatNumber(list.total.sum, list.total.decimals)}%`;
  return {
    kind: 'shares-not-100',
    claims: list.members,
    places: [],
    message: {
      vi: `Các tỷ lệ${yearPhrase(year, 'vi')}: ${sum}, quá xa 100% nên được hiểu là tỷ lệ của những tổng thể khác nhau, không phải cơ cấu của một tổng thể`,
      en: `The percentages${yearPhrase(year, 'en')}: ${sum}, too far from 100% to be the shares of one whole, so they are read as rates of different wholes`,
    },
  };
}

/** A list that sums to 100 within rounding: checked, and why it passes. */
export function wholeExplanation(list: ShareList): ConsistencyExplanation {
  const year = list.ends[0]?.year ?? null;
  const sum = `${list.total.terms} = ${formatNumber(list.total.sum, list.total.decimals)}%`;
  const slack = formatNumber(list.total.tolerance, list.total.decimals + 1);
  return {
    kind: 'shares-not-100',
    claims: list.members,
    places: [],
    message: {
      vi: `Các tỷ trọng${yearPhrase(year, 'vi')}: ${sum}, đủ 100% trong sai số làm tròn (±${slack})`,
      en: `The shares${yearPhrase(year, 'en')}: ${sum}, which is 100% within rounding (±${slack})`,
    },
  };
}
