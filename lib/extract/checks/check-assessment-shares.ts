import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import { halfUnit } from '../../verify/interval';
import type { ExtractedClaim } from '../types';
import { claimYear } from './claim-year';
import type { ConsistencyFinding } from './consistency-types';
import { EPSILON } from './contribution-terms';
import { claimsBySentence, sentenceSpans } from './sentence-spans';

/*
 * The business tendency survey, as every GSO release and provincial report prints it: the shares of enterprises that
 * judge their business better, stable and worse ("có 23,5% doanh nghiệp đánh giá tình hình sản xuất kinh doanh quý
 * II/2024 tốt hơn quý I/2024; 64,7% … ổn định; 11,7% … khó khăn hơn": Cao Bằng, first half of 2024). Every enterprise
 * answers one of the three, so they add up to 100 within their rounding.
 *
 * Read in a sentence about enterprises that judge or forecast ("đánh giá", "dự báo", "dự kiến", "nhận định"): each % is
 * told by the words after it, up to the next one; three in a row, one of each, make one survey answer.
 */

/** How far after a share the words that tell its answer are read. */
const WORDS_REACH = 200;

/** The three answers, in the order a report prints them. */
type Answer = 'better' | 'stable' | 'worse';

// Grammar (folded), each as words in the text after a share: better := "tot hon" | "tot len" | "thuan loi hon" | "kha quan
//   hon" | "tich cuc hon" | "cao hon" | "tang" not before " truong"; stable := "on dinh" | "giu nguyen" | "khong thay doi" |
//   "khong doi"; worse := "kho khan" | "kem hon" | "xau hon" | "bat loi hon" | "thap hon" | "giam"
// Example: "% doanh nghiệp đánh giá tình hình sản xuất kinh doanh quý II/2024 tốt hơn quý I/2024" is better; "… ổn định"
//   stable; "… khó khăn hơn", "… gặp khó khăn" worse; for the volume of output and the orders, "tăng" and "giảm".
const ANSWERS: readonly (readonly [Answer, RegExp])[] = [
  ['better', /(?:^|[^a-z])(?:tot (?:hon|len)|thuan loi hon|kha quan hon|tich cuc hon|cao hon|tang(?! truong))(?:[^a-z]|$)/u],
  ['stable', /(?:^|[^a-z])(?:on dinh|giu nguyen|khong (?:thay )?doi)(?:[^a-z]|$)/u],
  ['worse', /(?:^|[^a-z])(?:kho khan|kem hon|xau hon|bat loi hon|thap hon|giam)(?:[^a-z]|$)/u],
];

// Grammar (folded): survey := "doanh nghiep" … ( "danh gia" | "du bao" | "du kien" | "nhan dinh" ) as words in the sentence
// Example: "có 23,5% doanh nghiệp đánh giá …"; "45,3% số doanh nghiệp dự báo giữ ổn định".
const ENTERPRISES = /(?:^|[^a-z])doanh nghiep(?:[^a-z]|$)/u;
// Grammar: enterprise-hint := "doanh" space+ "nghiệp" (any case), tested on the text before any fold
// Example: "có 23,5% doanh nghiệp đánh giá …".
const ENTERPRISE_HINT = /doanh\s+nghiệp/iu;
const JUDGES = /(?:^|[^a-z])(?:danh gia|du bao|du kien|nhan dinh)(?:[^a-z]|$)/u;

// Grammar: clause-end := ";" | "," space* ( "còn" | "trong khi" ) — where the words that tell one share end
// Example: "; " before "64,7% doanh nghiệp đánh giá …".
const CLAUSE_END = /;|,\s*(?:con|trong khi)(?:[^a-z]|$)/u;

/**
 * The answer the words after a share give, up to the end of its clause; null when none or two ("77,3% số doanh nghiệp dự
 * báo … tốt hơn và giữ ổn định" is two answers together, no one of the three).
 */
function answerOf(words: string): Answer | null {
  const clause = words.split(CLAUSE_END)[0] ?? '';
  const found = ANSWERS.filter(([, pattern]) => pattern.test(clause));
  return found.length === 1 ? (found[0]?.[0] ?? null) : null;
}

interface Share {
  readonly index: number;
  readonly answer: Answer;
  readonly value: number;
  readonly decimals: number;
}

function findingOf(group: readonly Share[], claims: readonly ExtractedClaim[]): ConsistencyFinding | null {
  const sum = group.reduce((s, g) => s + g.value, 0);
  const slack = group.reduce((s, g) => s + halfUnit(g.decimals), 0);
  if (Math.abs(sum - 100) <= slack + EPSILON) return null;
  const decimals = Math.max(...group.map((g) => g.decimals));
  const terms = group.map((g) => `${formatNumber(g.value, g.decimals)}%`).join(' + ');
  const total = `${formatNumber(sum, decimals)}%`;
  const allowed = formatNumber(slack, decimals + 1);
  const first = claims[group[0]?.index ?? 0];
  return {
    kind: 'shares-not-100',
    severity: 'error',
    claims: group.map((g) => g.index),
    places: [],
    message: {
      vi: `Tỷ lệ doanh nghiệp theo ba câu trả lời (tốt hơn hay tăng, ổn định, khó khăn hơn hay giảm) cộng lại ${terms} = ${total}, không phải 100% (sai số làm tròn tối đa ±${allowed}): mỗi doanh nghiệp chọn một trong ba`,
      en: `The shares of enterprises by answer (better or up, stable, worse or down) add up to ${terms} = ${total}, not 100% (rounding allows ±${allowed}): each enterprise gives one of the three answers`,
    },
    indicator: null,
    year: first === undefined ? null : claimYear(first),
    computed: sum,
  };
}

/**
 * Each business tendency survey answer (better, stable, worse) whose three shares miss 100, beyond rounding: an error
 * (spec §5, shares).
 *
 * @example
 * const t = 'Có 23,5% doanh nghiệp đánh giá quý II tốt hơn quý I; 64,7% doanh nghiệp đánh giá ổn định; 21,7% doanh nghiệp đánh giá khó khăn hơn.';
 * checkAssessmentShares(extractClaims(t), t)[0]?.computed // 109.9
 */
export function checkAssessmentShares(claims: readonly ExtractedClaim[], text: string): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  // A text that names no enterprise prints no survey.
  if (!ENTERPRISE_HINT.test(text)) return findings;
  for (const [sentence, inSentence] of claimsBySentence(sentenceSpans(text), claims)) {
    const shares = inSentence.filter(({ claim }) => claim.kind === 'value' && claim.figures.length === 1 && claim.figures[0]?.unit === '%');
    if (shares.length < ANSWERS.length) continue;
    const folded = foldDiacritics(sentence.text).toLowerCase();
    if (!ENTERPRISES.test(folded) || !JUDGES.test(folded)) continue;
    let group: Share[] = [];
    shares.forEach(({ claim, index }, k) => {
      const figure = claim.figures[0];
      const next = Math.min(shares[k + 1]?.claim.start ?? sentence.end, claim.start + WORDS_REACH);
      const answer = answerOf(foldDiacritics(text.slice(claim.start, next)).toLowerCase());
      if (figure === undefined || answer === null || group.some((g) => g.answer === answer)) group = [];
      if (figure === undefined || answer === null) return;
      group.push({ index, answer, value: figure.value, decimals: figure.decimals });
      if (group.length < ANSWERS.length) return;
      const finding = findingOf(group, claims);
      if (finding !== null) findings.push(finding);
      group = [];
    });
  }
  return findings;
}
