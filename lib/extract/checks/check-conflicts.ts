import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import { namesNoSeries, partOfEarlier, textLevels, valuesDiffer, type TextLevel } from './text-levels';
import type { CheckOutcome, ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import { sameCoreName } from './core-name';
import { basisBefore, paragraphBasisBefore, type PriceBasis } from './explain-price-basis';
import { scopeNoteOf } from './scope-note';
import type { Lang } from '../../i18n/lang';
import { figureText } from './figure-text';
import { sentenceAt, sentenceSpans, type SentenceSpan } from './sentence-spans';
import { isCumulative, onlyOf, otherWholes, wholeOf } from './level-scope';
import { sameIndicator } from '../finding/same-indicator';
import { yearPartText } from '../../verify/reference-period';
import type { ExtractedClaim } from '../types';

// Grammar: respectively := "tương ứng" | "lần lượt" (folded: "tuong ung" | "lan luot")
// Example: "các tỷ trọng tương ứng là 28,27%, 31,48% và 40,25%" pairs three values with three sectors.
const RESPECTIVELY = /tuong ung|lan luot/u;

// Grammar: contribution-word := contribution-verb (claim-patterns.ts) folded, the whole name
// Example: the name "đóng góp" read for "đóng góp 0,34 điểm phần trăm" is a verb, not an indicator; so is "đóng góp tăng".
const CONTRIBUTION_NAME = /^(?:dong gop(?: tang| giam)?|gop|lam giam|lam tang|keo giam|keo tang)$/u;

function isContribution(level: TextLevel): boolean {
  return CONTRIBUTION_NAME.test(foldDiacritics(level.indicator).trim()) || level.value.unit === 'điểm phần trăm';
}

// Grammar: list-join := space* ( ( "," | ";" ) space* )? ( ( "và" | "hoặc" ) space+ )? — all that stands between two
//   values printed as one list
// Example: "ở mức 5,0% và 4,5%" (two countries' rates, named together before them); "5,0%, 4,5%".
const LIST_JOIN = /^\s*(?:[,;]\s*)?(?:(?:và|hoặc)\s+)?$/iu;

/** Why two levels are no pair: see apart(). */
type ApartWhy = 'respectively' | 'paired-list' | 'price-basis' | 'scope' | 'cumulative' | 'whole' | 'only';

/** Where a level stands, read once: a level may be paired with many others of its year. */
interface LevelPlace {
  readonly sentence: SentenceSpan | null;
  /** A level without a named price basis is at current prices, as reports print levels, unless its paragraph named one. */
  readonly basis: PriceBasis;
  /** "(tính cả dầu khí)": what the value counts, when a note says so. */
  readonly note: string | null;
  /** "…, lũy kế được 2.219.923 triệu đồng": the words before the value say it runs from the year's start. */
  readonly cumulative: boolean;
  /** The value it is listed under after "trong đó" (level-scope.ts), else `null`. */
  readonly whole: ExtractedClaim | null;
  /** "Riêng nuôi trồng, …": the part its sentence narrows to (level-scope.ts), else `null`. */
  readonly only: string | null;
}

function placeOf(level: TextLevel, claims: readonly ExtractedClaim[], text: string, sentences: readonly SentenceSpan[]): LevelPlace {
  const sentence = sentenceAt(sentences, level.start);
  if (sentence === null) return { sentence, basis: 'current', note: null, cumulative: false, whole: null, only: null };
  const basis = basisBefore(text, sentence, level.start) ?? paragraphBasisBefore(text, level.start) ?? 'current';
  const before = sentences[sentences.indexOf(sentence) - 1] ?? null;
  return {
    sentence,
    basis,
    note: scopeNoteOf(text, sentence, level.start, level.end),
    cumulative: isCumulative(claims, text, sentence, level.start),
    whole: wholeOf(claims, text, sentence, before, level.start),
    only: onlyOf(sentence.text),
  };
}

/** Whether a sentence pairs values with items ("tương ứng", "lần lượt"), read once a sentence: a long one holds many pairs. */
const RESPECTIVE = new WeakMap<SentenceSpan, boolean>();
function pairsRespectively(sentence: SentenceSpan): boolean {
  let known = RESPECTIVE.get(sentence);
  if (known === undefined) {
    known = RESPECTIVELY.test(foldDiacritics(sentence.text));
    RESPECTIVE.set(sentence, known);
  }
  return known;
}

/**
 * Why two levels are no pair of values of one indicator: one sentence pairs a list of values with a list of
 * items ("tương ứng", "lần lượt"), or prints the two values one after the other as a list ("X và Y ở mức 5,0% và
 * 4,5%": one indicator is never printed twice in a row), or names them differently (a list of items); or they
 * are at different price bases ("giá hiện hành" and "giá so sánh 2010" are two series) or of different scopes
 * ("(tính cả dầu khí)", "(không tính dầu khí)").
 */
function apart(a: TextLevel, b: TextLevel, pa: LevelPlace, pb: LevelPlace, text: string): { why: ApartWhy; sentence: SentenceSpan } | 'list' | null {
  const sa = pa.sentence;
  const sb = pb.sentence;
  if (sa === null || sb === null) return null;
  if (pa.basis !== pb.basis) return { why: 'price-basis', sentence: sb };
  // "12.154 USD (tính cả dầu khí) tương đương 281,2 triệu đồng và … 7.141 USD (không tính dầu khí) tương đương 163,4
  // triệu đồng": what each counts differs.
  if (pa.note !== pb.note) return { why: 'scope', sentence: sb };
  // "thu nội địa được 245.000 triệu đồng, lũy kế được 2.219.923 triệu đồng": a month and the months up to it.
  if (pa.cumulative !== pb.cumulative) return { why: 'cumulative', sentence: sb };
  // "thủy sản … 24,5 nghìn tấn, trong đó sản lượng cá đạt 10 nghìn tấn. Riêng nuôi trồng, … 17,2 nghìn tấn; trong đó sản
  // lượng cá đạt 4,5 nghìn tấn": the fish of two wholes.
  if (pa.whole !== null && pb.whole !== null && otherWholes(pa.whole, pb.whole)) return { why: 'whole', sentence: sb };
  if (pa.only !== pb.only) return { why: 'only', sentence: sb };
  if (sa !== sb) return null;
  if (pairsRespectively(sa)) return { why: 'respectively', sentence: sa };
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (LIST_JOIN.test(text.slice(first.end, second.start))) return { why: 'paired-list', sentence: sa };
  if (a.indicator !== b.indicator) return 'list';
  // Values printed before their own words ("37,5% doanh nghiệp đánh giá … tốt hơn, 25% doanh nghiệp đánh giá … khó khăn
  // hơn": a survey's answers) are items of a list when those words differ, however alike their cut names are.
  const tailA = tailOf(text, a.end);
  const tailB = tailOf(text, b.end);
  return tailA !== '' && tailB !== '' && tailA !== tailB ? 'list' : null;
}

// Grammar: tail := space+ ( letter | mark | space | "/" | digit )+ up to the next "," ";" "." "(" or end — the words
//   printed right after a value, when the value comes before its name
// Example: " doanh nghiệp đánh giá tình hình sản xuất kinh doanh khó khăn hơn" after "25%"; nothing after "100 tỷ đồng,".
const TAIL = /^\s+([\p{L}\p{M}][\p{L}\p{M}\p{N}\s/]*)/u;

/** The words right after a value, folded (see TAIL); '' when punctuation follows it. */
function tailOf(text: string, end: number): string {
  const words = TAIL.exec(text.slice(end, end + 200))?.[1] ?? '';
  return foldDiacritics(words).replace(/\s+/gu, ' ').trim();
}

function apartMessage(shown: (lang: Lang) => string, why: ApartWhy): { vi: string; en: string } {
  switch (why) {
    case 'respectively':
      return {
        vi: `${shown('vi')}: câu dùng “tương ứng”/“lần lượt”, ghép từng giá trị với từng mục theo thứ tự, nên đây không phải hai giá trị của một chỉ tiêu`,
        en: `${shown('en')}: the sentence says “tương ứng”/“lần lượt” (respectively), pairing each value with one item in order, so these are not two values of one indicator`,
      };
    case 'paired-list':
      return {
        vi: `${shown('vi')}: hai giá trị in liền nhau thành một danh sách, mỗi giá trị của một mục được nêu trước đó, nên đây không phải hai giá trị của một chỉ tiêu`,
        en: `${shown('en')}: two values printed one after the other as a list, each of one item named before them, so these are not two values of one indicator`,
      };
    case 'scope':
      return {
        vi: `${shown('vi')}: hai giá trị có ghi chú phạm vi khác nhau (như “tính cả”/“không tính” dầu khí), nên là hai chỉ tiêu, không so với nhau`,
        en: `${shown('en')}: the two values carry different scope notes (such as “tính cả”/“không tính”, with or without oil and gas), so they are two indicators and are not compared`,
      };
    case 'cumulative':
      return {
        vi: `${shown('vi')}: một giá trị ghi “lũy kế”/“cộng dồn” (từ đầu năm), giá trị kia của riêng một kỳ; hai kỳ khác nhau nên không so với nhau`,
        en: `${shown('en')}: one value is cumulative (“lũy kế”/“cộng dồn”, from the start of the year), the other of one period only; two periods, so they are not compared`,
      };
    case 'whole':
      return {
        vi: `${shown('vi')}: hai giá trị là phần “trong đó” của hai tổng khác nhau, nên là hai chỉ tiêu, không so với nhau`,
        en: `${shown('en')}: the two values are parts (“trong đó”) of two different totals, so they are two indicators and are not compared`,
      };
    case 'only':
      return {
        vi: `${shown('vi')}: câu mở đầu bằng “Riêng …,” chỉ nói về một phần, nên hai giá trị thuộc hai phạm vi khác nhau, là hai chỉ tiêu, không so với nhau`,
        en: `${shown('en')}: a sentence that opens “Riêng …,” (only …) speaks of one part, so the two values are of two scopes: two indicators, not compared`,
      };
    case 'price-basis':
      return {
        vi: `${shown('vi')}: một giá trị theo giá hiện hành, một theo giá so sánh; hai chuỗi khác nhau nên không so với nhau`,
        en: `${shown('en')}: one value is at current prices, the other at constant prices; two different series, so they are not compared`,
      };
  }
}

function apartExplanation(a: TextLevel, b: TextLevel, why: ApartWhy): ConsistencyExplanation {
  const shown = (lang: Lang) => `${figureText(a.value.value, a.value.decimals, a.value.unit, lang)} / ${figureText(b.value.value, b.value.decimals, b.value.unit, lang)}`;
  return { kind: 'conflicting-values', claims: [a.index, b.index], places: [], message: apartMessage(shown, why) };
}

function conflictFinding(a: TextLevel, b: TextLevel, same: boolean): ConsistencyFinding {
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
  return {
    kind: 'conflicting-values',
    severity: same ? 'error' : 'warning',
    claims: [a.index, b.index],
    places: [],
    indicator: a.indicator,
    year: a.value.year,
    computed: gap,
    message: {
      vi: `${names} ${a.part === '' ? 'năm ' : ''}${yearPartText(String(a.value.year), a.part, 'vi')} được ghi hai giá trị khác nhau: ${vi.first} và ${vi.second} (chênh ${vi.arithmetic})`,
      en: `${names} for ${yearPartText(String(a.value.year), a.part, 'en')} is printed with two different values: ${en.first} and ${en.second} (a gap of ${en.arithmetic})`,
    },
  };
}

/**
 * One indicator and year printed with two different values in the text. Names that say the same thing once
 * filler and place names are dropped make it an error; names that only look alike ("thu ngân sách" and "thu
 * ngân sách trên địa bàn") a warning. Never a pair: two values of one list (items of one sentence, a
 * "tương ứng" list, two values printed one after the other), contributions ("đóng góp 0,34 điểm phần trăm"), or
 * two units. Each value is held to the earliest value it contradicts, and reported once: a third value is not
 * reported again against the second, so a text that prints one indicator n times gives at most n − 1 findings.
 *
 * @example
 * checkConflicts(extractClaims('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.'));
 * // { findings: [{ kind: 'conflicting-values', severity: 'error', claims: [0, 1], computed: 9, … }], explanations: [] }
 */
export function checkConflicts(claims: readonly ExtractedClaim[], text = ''): CheckOutcome {
  const levels = textLevels(claims).filter((l) => !isContribution(l) && !namesNoSeries(l));
  const sentences = sentenceSpans(text);
  const places = new Map<TextLevel, LevelPlace>();
  const place = (level: TextLevel): LevelPlace => {
    const known = places.get(level) ?? placeOf(level, claims, text, sentences);
    places.set(level, known);
    return known;
  };
  const found: { first: number; second: number; finding: ConsistencyFinding }[] = [];
  const explanations: ConsistencyExplanation[] = [];
  const explained = new Set<SentenceSpan>();
  // Only levels of one year, part and unit can conflict: each is held to the earlier ones of its group, in order.
  const groups = new Map<string, number[]>();
  levels.forEach((l, i) => {
    const key = `${l.value.year}\u0000${l.part}\u0000${l.value.unit ?? ''}`;
    const group = groups.get(key) ?? [];
    group.push(i);
    groups.set(key, group);
  });
  for (const group of groups.values()) {
    for (let k = 1; k < group.length; k++) {
      const j = group[k] ?? 0;
      const b = levels[j];
      for (let h = 0; h < k && b !== undefined; h++) {
        const i = group[h] ?? 0;
        const a = levels[i];
        if (a === undefined || a.index === b.index) continue;
        if (!valuesDiffer(a.value, b.value)) continue;
        const same = sameCoreName(a.indicator, b.indicator);
        if (!same && !sameIndicator(a.indicator, b.indicator)) continue;
        if (partOfEarlier(a, b, text)) continue;
        const separate = apart(a, b, place(a), place(b), text);
        if (separate === 'list') continue;
        if (separate !== null) {
          // One explanation per sentence: a list of four values would otherwise give six.
          if (!explained.has(separate.sentence)) explanations.push(apartExplanation(a, b, separate.why));
          explained.add(separate.sentence);
          continue;
        }
        found.push({ first: i, second: j, finding: conflictFinding(a, b, same) });
        break;
      }
    }
  }
  // In the order the text prints them: by the first value, then the second.
  found.sort((x, y) => x.first - y.first || x.second - y.second);
  return { findings: found.map((f) => f.finding), explanations };
}
