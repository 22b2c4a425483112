import type { Lang } from '../../i18n/lang';
import { foldDiacriticsAligned } from '../../claims/normalize-text';
import type { ConsistencyExplanation } from './consistency-types';
import { namesWithin } from './core-name';
import { figureText, isMoneyUnit } from './figure-text';
import { claimsBySentence, sentenceAt, sentenceSpans, type SentenceSpan } from './sentence-spans';
import type { ExtractedClaim } from '../types';
import { namesAggregate, namesPerHead } from '../finding/real-growth';
import { priceBaseIn } from '../../verify/price-base';

/** Constant prices ("giá so sánh 2010") or current prices ("giá hiện hành"). */
export type PriceBasis = 'constant' | 'current';
type Basis = PriceBasis;



/** How far before a claim, in characters, its sentence may name its price base ("theo giá so sánh 2010 …"). */
export const BASIS_REACH = 1000;

/**
 * The price basis named last before `offset` in the sentence (within BASIS_REACH characters), if any.
 *
 * @example
 * basisBefore(t, sentenceSpans(t)[0]!, t.length); // t = 'GRDP theo giá so sánh 2010 đạt 1.021.894 tỷ đồng' → 'constant'
 */
export function basisBefore(text: string, sentence: SentenceSpan, offset: number): Basis | null {
  return priceBaseIn(text.slice(Math.max(sentence.start, offset - BASIS_REACH), offset))?.kind ?? null;
}

// Grammar: paragraph-break := "\n" ( space | tab )* "\n" — a blank line of the text as read
// Example: "… 1,23 điểm phần trăm.\n\nTính theo giá hiện hành, …" starts a paragraph at "Tính".
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/**
 * The price basis named last before `offset` in its paragraph (within BASIS_REACH characters), if any: a paragraph
 * that opens "GRDP … (theo giá so sánh 2010) …" speaks of constant prices in the sentences that break it down.
 *
 * @example
 * // t = 'GRDP (theo giá so sánh 2010) tăng 11,51%. Khu vực dịch vụ đạt 13.483,5 tỷ đồng.'
 * paragraphBasisBefore(t, t.indexOf('13.483')); // 'constant'
 */
export function paragraphBasisBefore(text: string, offset: number): Basis | null {
  const from = Math.max(0, offset - BASIS_REACH);
  let start = from;
  for (const m of text.slice(from, offset).matchAll(PARAGRAPH_BREAK)) start = from + m.index + m[0].length;
  return basisBefore(text, { start, end: offset, text: text.slice(start, offset) }, offset);
}

// Grammar: size := "quy mô" | "nền kinh tế" (folded): the level of GDP named by what it measures
// Example: "quy mô nền kinh tế theo giá hiện hành đạt 10.221,8 nghìn tỷ đồng" is the size of GDP.
const ECONOMY_SIZE = /quy mo|nen kinh te/u;


/**
 * Whether a level measures what the rate grows: one name within the other (both per head, or neither), or the
 * size of the economy for GDP.
 */
function measuresSame(rate: ExtractedClaim, level: ExtractedClaim): boolean {
  const a = rate.indicator ?? '';
  const b = level.indicator ?? '';
  if (namesPerHead(a) !== namesPerHead(b)) return false;
  if (namesWithin(a, b) || namesWithin(b, a)) return true;
  return namesAggregate(a) && ECONOMY_SIZE.test(foldDiacriticsAligned(b));
}

// Grammar: basis-bracket := ( space | "," )* "(" not-bracket* ")" — a bracket right after a level, which may name its price base
// Example: "ước đạt 32.976 tỷ đồng, (giá so sánh năm 2010) tăng 5,56%" (Tiền Giang, first half of 2024) → "(giá so sánh năm 2010)".
const BASIS_BRACKET = /^[\s,]*\([^()]*\)/u;

/** A level's price basis: named before it in its sentence, else in the bracket right after it, else current prices. */
function levelBasis(text: string, sentence: SentenceSpan, level: ExtractedClaim): Basis {
  const bracket = BASIS_BRACKET.exec(text.slice(level.end, sentence.end));
  return basisBefore(text, sentence, level.start) ?? (bracket === null ? null : priceBaseIn(bracket[0])?.kind) ?? 'current';
}

function isGrowthRate(claim: ExtractedClaim): boolean {
  return claim.kind === 'comparison' && claim.claim?.ok === true && claim.claim.kind === 'percent' && claim.endpoints === null;
}

/**
 * A growth rate at constant prices printed beside levels at current prices (spec §2b: two series, never compared):
 * "năng suất lao động đạt 199,3 triệu đồng/lao động …; tính theo giá so sánh, tăng 3,65%", or a GDP/GRDP growth
 * rate (real by convention) beside the nominal size of the economy. A careful reader might expect the rate to be
 * checked against the levels; this says why it is not, for `claims --explain`.
 *
 * @example
 * explainPriceBasis(extractClaims(t), t)[0]?.kind; // t = 'GRDP Bình Dương ước tăng 8,01%, đạt 459 nghìn tỷ đồng.' → 'price-basis'
 */
export function explainPriceBasis(claims: readonly ExtractedClaim[], text: string): ConsistencyExplanation[] {
  const sentences = sentenceSpans(text);
  const bySentence = claimsBySentence(sentences, claims);
  const out: ConsistencyExplanation[] = [];
  claims.forEach((rate, index) => {
    if (!isGrowthRate(rate)) return;
    const sentence = sentenceAt(sentences, rate.start);
    if (sentence === null) return;
    const named = basisBefore(text, sentence, rate.start);
    const rateBasis: Basis | null = named ?? (namesAggregate(rate.indicator) ? 'constant' : null);
    if (rateBasis !== 'constant') return;
    const nominal = (bySentence.get(sentence) ?? [])
      .filter(({ claim }) => claim.kind === 'value' && isMoneyUnit(claim.figures[0]?.unit ?? null))
      .filter(({ claim }) => levelBasis(text, sentence, claim) === 'current')
      .filter(({ claim }) => measuresSame(rate, claim));
    if (nominal.length === 0) return;
    const levels = (lang: Lang) =>
      nominal.map(({ claim }) => claim.figures[0]).filter((f) => f !== undefined).map((f) => figureText(f.value, f.decimals, f.unit, lang)).join(', ');
    out.push({
      kind: 'price-basis',
      claims: [index, ...nominal.map((n) => n.index)].sort((a, b) => a - b),
      places: [],
      message: {
        vi: `“${rate.text}” là tốc độ tăng theo giá so sánh (đã loại trừ biến động giá), còn ${levels('vi')} là mức theo giá hiện hành: hai chuỗi khác nhau nên không đối chiếu với nhau`,
        en: `“${rate.text}” is a growth rate at constant prices (price changes removed), while ${levels('en')} is at current prices: two different series, so they are not compared`,
      },
    });
  });
  return out;
}
