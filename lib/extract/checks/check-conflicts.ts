import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import type { ConsistencyFinding } from './consistency-types';
import type { Lang } from '../../i18n/lang';
import { figureText } from './figure-text';
import { sentenceAt, sentenceSpans, type SentenceSpan } from './sentence-spans';
import { isPeriod } from '../finding/find-time-phrases';
import { sameIndicator } from '../finding/same-indicator';
import type { ExtractedClaim, YearValue } from '../types';

/** Slack for binary floating point when comparing printed values. */
const EPSILON = 1e-9;

/** A level the text prints for one indicator and one year, with the claim that prints it. */
export interface TextLevel {
  readonly index: number;
  /** Where the claim that prints it starts in the text. */
  readonly start: number;
  readonly indicator: string;
  readonly value: YearValue & { readonly year: number };
}

/**
 * Every level the text prints for a named indicator and a single year: plain value statements (no
 * qualifier such as "trên") and both ends of from–to statements and table rows.
 *
 * @example
 * textLevels(extractClaims('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.'))[0]?.value.year; // 2023
 */
export function textLevels(claims: readonly ExtractedClaim[]): TextLevel[] {
  const out: TextLevel[] = [];
  claims.forEach((claim, index) => {
    if (claim.indicator === null) return;
    const first = claim.figures[0];
    const year = !isPeriod(claim.years) && claim.years.length === 1 ? (claim.years[0] ?? null) : null;
    if (claim.kind === 'value' && claim.qualifier === null && first !== undefined && year !== null) {
      out.push({ index, start: claim.start, indicator: claim.indicator, value: { ...first, year } });
    }
    if (claim.endpoints !== null) {
      for (const end of [claim.endpoints.from, claim.endpoints.to]) {
        if (end.year !== null) out.push({ index, start: claim.start, indicator: claim.indicator, value: { ...end, year: end.year } });
      }
    }
  });
  return out;
}

/**
 * Whether two printed values cannot be the same number: their rounding intervals do not meet.
 *
 * @example
 * valuesDiffer({ value: 412.7, decimals: 1 }, { value: 413, decimals: 0 }); // false
 */
export function valuesDiffer(a: { value: number; decimals: number }, b: { value: number; decimals: number }): boolean {
  return Math.abs(a.value - b.value) > 0.5 * 10 ** -a.decimals + 0.5 * 10 ** -b.decimals + EPSILON;
}

/** Words that qualify an indicator's name without changing what it measures ("quy mô GRDP của tỉnh" is "GRDP"). */
const NAME_FILLER = new Set([
  'tong', 'quy', 'mo', 'gia', 'tri', 'cua', 'tren', 'dia', 'ban', 'toan', 'tinh', 'thanh', 'pho', 'ca', 'nuoc', 'cac', 'va',
  'nam', 'trong', 'khu', 'vuc', 'chi', 'tieu', 'dat', 'la', 'chung',
]);

// Grammar: word := letter-or-digit+ ; a proper name word := uppercase letter, then at least one lowercase letter
// Example: in "GRDP tỉnh Hưng Yên" the words are GRDP, tỉnh, Hưng, Yên; Hưng and Yên are proper-name words.
const NAME_WORD = /[\p{L}\p{N}]+/gu;
const PROPER_NAME = /^\p{Lu}\p{Ll}/u;

/** The words that say what an indicator measures: no filler, no place name after the first word. */
function coreWords(indicator: string): string {
  const words = indicator.normalize('NFC').match(NAME_WORD) ?? [];
  const kept = words.filter((w, i) => !(i > 0 && PROPER_NAME.test(w))).map((w) => foldDiacritics(w)).filter((w) => !NAME_FILLER.has(w));
  return [...new Set(kept)].sort().join(' ');
}

/**
 * Whether two names say the same thing once filler and place names are dropped: "GRDP tỉnh Hưng Yên" and
 * "quy mô GRDP của tỉnh", "GRDP bình quân đầu người của tỉnh" and "GRDP bình quân đầu người".
 *
 * @example
 * sameCoreName('GRDP tỉnh Hưng Yên', 'quy mô GRDP của tỉnh'); // true
 */
export function sameCoreName(a: string, b: string): boolean {
  const ca = coreWords(a);
  return ca !== '' && ca === coreWords(b);
}

// Grammar: respectively := "tương ứng" | "lần lượt" (folded: "tuong ung" | "lan luot")
// Example: "các tỷ trọng tương ứng là 28,27%, 31,48% và 40,25%" pairs three values with three sectors.
const RESPECTIVELY = /tuong ung|lan luot/u;

// Grammar: contribution-word := "đóng góp" | "góp" | "làm giảm" | "làm tăng" (folded), the whole name
// Example: the name "đóng góp" read for "đóng góp 0,34 điểm phần trăm" is a verb, not an indicator.
const CONTRIBUTION_NAME = /^(?:dong gop|gop|lam giam|lam tang)$/u;

function isContribution(level: TextLevel): boolean {
  return CONTRIBUTION_NAME.test(foldDiacritics(level.indicator).trim()) || level.value.unit === 'điểm phần trăm';
}

/**
 * Why two levels of one sentence are no pair of values of one indicator: the sentence pairs a list of values
 * with a list of items ("tương ứng", "lần lượt"), or it names them differently (a list of items).
 */
function listedApart(a: TextLevel, b: TextLevel, sentences: readonly SentenceSpan[]): boolean {
  const sa = sentenceAt(sentences, a.start);
  if (sa === null || sa !== sentenceAt(sentences, b.start)) return false;
  return RESPECTIVELY.test(foldDiacritics(sa.text)) || a.indicator !== b.indicator;
}

/**
 * One indicator and year printed with two different values in the text. Names that say the same thing once
 * filler and place names are dropped make it an error; names that only look alike ("thu ngân sách" and "thu
 * ngân sách trên địa bàn") a warning. Never a pair: two values of one list (items of one sentence, a
 * "tương ứng" list), contributions ("đóng góp 0,34 điểm phần trăm"), or two units.
 *
 * @example
 * checkConflicts(extractClaims('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.'));
 * // [{ kind: 'conflicting-values', severity: 'error', claims: [0, 1], computed: 9, … }]
 */
export function checkConflicts(claims: readonly ExtractedClaim[], text = ''): ConsistencyFinding[] {
  const levels = textLevels(claims).filter((l) => !isContribution(l));
  const sentences = sentenceSpans(text);
  const findings: ConsistencyFinding[] = [];
  for (let i = 0; i < levels.length; i++) {
    for (let j = i + 1; j < levels.length; j++) {
      const a = levels[i];
      const b = levels[j];
      if (a === undefined || b === undefined || a.index === b.index) continue;
      if (a.value.year !== b.value.year || a.value.unit !== b.value.unit) continue;
      const same = sameCoreName(a.indicator, b.indicator);
      if (!same && !sameIndicator(a.indicator, b.indicator)) continue;
      if (!valuesDiffer(a.value, b.value) || listedApart(a, b, sentences)) continue;
      const decimals = Math.max(a.value.decimals, b.value.decimals);
      const gap = Math.abs(b.value.value - a.value.value);
      const [high, low] = b.value.value >= a.value.value ? [b.value, a.value] : [a.value, b.value];
      const shown = (lang: Lang) => ({
        first: figureText(a.value.value, a.value.decimals, a.value.unit, lang),
        second: figureText(b.value.value, b.value.decimals, b.value.unit, lang),
        arithmetic: `${formatNumber(high.value, high.decimals)} − ${formatNumber(low.value, low.decimals)} = ${figureText(gap, decimals, a.value.unit, lang)}`,
      });
      const vi = shown('vi');
      const en = shown('en');
      const names = a.indicator === b.indicator ? `“${a.indicator}”` : `“${a.indicator}” / “${b.indicator}”`;
      findings.push({
        kind: 'conflicting-values',
        severity: same ? 'error' : 'warning',
        claims: [a.index, b.index],
        places: [],
        indicator: a.indicator,
        year: a.value.year,
        computed: gap,
        message: {
          vi: `${names} năm ${a.value.year} được ghi hai giá trị khác nhau: ${vi.first} và ${vi.second} (chênh ${vi.arithmetic})`,
          en: `${names} for ${a.value.year} is printed with two different values: ${en.first} and ${en.second} (a gap of ${en.arithmetic})`,
        },
      });
    }
  }
  return findings;
}
