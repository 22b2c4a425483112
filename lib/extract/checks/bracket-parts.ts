import { foldDiacriticsAligned } from '../../claims/normalize-text';
import type { ExtractedClaim } from '../types';
import { CHANGE_WORD, MIN_PARTS, baseOf, inBrackets, isRateUnit, knownPartition, termOf, type Listed, type Term } from './parts-terms';
import type { IndexedClaim, SentenceSpan } from './sentence-spans';
import { scaledUnit } from './unit-scale';

/*
 * A total's parts listed in brackets right after it, with no marker: "đạt 1,25 triệu lượt (khách quốc tế 210 nghìn
 * lượt; khách nội địa 1,04 triệu lượt)", "thu 5.200 tỷ đồng (lưu trú 1.800 tỷ đồng, ăn uống 2.100 tỷ đồng, thu khác
 * 1.300 tỷ đồng)". Provinces print tourism, investment and budget totals so. A bracket is read as a list only when
 * every sign says so:
 * - it holds at least two levels in the total's unit, and no list marker ("trong đó", "gồm": check-parts-total.ts reads those);
 * - each level is named by the words since the figure before it, and no name speaks of a time, a plan or a change
 *   ("năm 2022 đạt …", "kế hoạch …", "tăng …"): such a bracket compares the total, it does not split it; a part's own
 *   change may follow it ("khách quốc tế khoảng 210.000 lượt, tăng 7,45%; …");
 * - the total is the last level before the bracket in its unit, outside brackets, with no other level between them.
 * The list is whole when its names are a known split (parts-terms.ts) or its last part is the rest ("thu khác", "còn
 * lại"); otherwise it may name only some parts, and only parts above the total are wrong.
 */

// Grammar: not-a-part := not-after-letter ( "năm" | "tháng" | "quý" | "kỳ" | "kế hoạch" | "dự toán" | "so với" | "cùng kỳ"
//   | "bằng" | "chiếm" | "trong đó" | "gồm" | "chia ra" ) not-before-letter   (lower case, with diacritics: folded, "năm"
//   would be "nam", the male part)
// Example: "(năm 2022 đạt 1.116.000 lượt)" compares the total with a year; "(kế hoạch 6.000 tỷ đồng)" with a plan;
//   "(trong đó khách quốc tế …)" is the marker's list; "(nam 512 người, nữ 604 người)" is a list.
const NOT_A_PART = /(?<![\p{L}\p{M}])(?:năm|tháng|quý|kỳ|kế hoạch|dự toán|so với|cùng kỳ|bằng|chiếm|trong đó|gồm|chia ra)(?![\p{L}\p{M}])/u;

// Grammar: rest := not-after-letter ( "khác" | "còn lại" ) not-before-letter   (folded)
// Example: "thu khác 1.300 tỷ đồng" and "còn lại 200 tỷ đồng" name what the other parts leave.
const REST = /(?<![\p{L}\p{M}])(?:khac|con lai)(?![\p{L}\p{M}])/u;

// Grammar: letter := \p{L}
// Example: "khách quốc tế khoảng " names its part; " ; " does not.
const LETTER = /\p{L}/u;

/** The top-level brackets of a sentence: where each "(" opens and its ")" closes (a bracket left open is not read). */
function bracketsOf(text: string, sentence: SentenceSpan): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  let depth = 0;
  let open = -1;
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i];
    if (ch === '(' && depth++ === 0) open = i;
    else if (ch === ')' && depth > 0 && --depth === 0) out.push({ open, close: i });
  }
  return out;
}

const isLevel = (claim: ExtractedClaim): boolean => claim.kind === 'value' && !isRateUnit(claim.figures[0]?.unit ?? null);

/** The parts of one bracket, or null when it is no list (see the module comment). */
function partsIn(text: string, open: number, close: number, inSentence: readonly IndexedClaim<ExtractedClaim>[]): IndexedClaim<ExtractedClaim>[] | null {
  const inside = inSentence.filter(({ claim }) => claim.start > open && claim.end <= close && !inBrackets(text, open + 1, claim.start));
  const levels = inside.filter(({ claim }) => isLevel(claim));
  const first = levels[0];
  if (first === undefined || levels.length < MIN_PARTS || levels.some(({ claim }) => baseOf(claim) !== baseOf(first.claim))) return null;
  // Each level's name: the words since the figure before it ("; khách trong nước khoảng " after "tăng 7,45%").
  const named = inside.every(({ claim }, i) => {
    if (!isLevel(claim)) return true;
    const lead = text.slice(i === 0 ? open + 1 : (inside[i - 1]?.claim.end ?? open + 1), claim.start);
    return LETTER.test(lead) && !CHANGE_WORD.test(foldDiacriticsAligned(lead)) && !NOT_A_PART.test(lead.toLowerCase());
  });
  return named ? levels : null;
}

function isRest(part: Term): boolean {
  return REST.test(foldDiacriticsAligned(part.claim.indicator ?? ''));
}

/**
 * Every total of a sentence with its parts listed in brackets right after it (see the module comment).
 *
 * @example
 * // "… đạt 1.250.000 lượt, tăng 12% (khách quốc tế 210.000 lượt; khách nội địa 1.100.000 lượt)"
 * bracketLists(text, sentence, inSentence)[0]?.parts.length // 2
 */
export function bracketLists(text: string, sentence: SentenceSpan, inSentence: readonly IndexedClaim<ExtractedClaim>[]): Listed[] {
  const out: Listed[] = [];
  for (const { open, close } of bracketsOf(text, sentence)) {
    const listed = partsIn(text, open, close, inSentence);
    const first = listed?.[0];
    if (listed === null || first === undefined) continue;
    const before = inSentence.filter(({ claim }) => claim.end <= open && isLevel(claim) && !inBrackets(text, sentence.start, claim.start));
    const owner = before[before.length - 1];
    if (owner === undefined || baseOf(owner.claim) !== baseOf(first.claim)) continue;
    const scale = scaledUnit(owner.claim.figures[0]?.unit ?? null).scale;
    const total = termOf(owner.claim, owner.index, scale);
    const parts = listed.map(({ claim, index }) => termOf(claim, index, scale)).filter((t): t is Term => t !== null);
    const last = parts[parts.length - 1];
    if (total === null || last === undefined || parts.length < MIN_PARTS) continue;
    out.push({ total, parts, exhaustive: knownPartition(parts) || isRest(last), changes: false, marker: '(' });
  }
  return out;
}
