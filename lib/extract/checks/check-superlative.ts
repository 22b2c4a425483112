import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import { claimInterval } from '../../verify/interval';
import type { ExtractedClaim } from '../types';
import { rateOf, type Rate } from './check-growth-range';
import { comparisonBaseOf } from '../finding/comparison-base';
import type { ConsistencyFinding } from './consistency-types';
import { EPSILON } from './contribution-terms';
import { yearsFit } from '../finding/find-time-phrases';

/*
 * A rise said to be the highest (or the lowest) of a list, against the other rises the sentence prints after it: "Nhóm
 * hàng có chỉ số giá tăng cao nhất là ăn uống ngoài gia đình, tăng 20,59%; nhóm nhà ở … tăng 19,91%; nhóm thực phẩm
 * tăng 18,3%" (Đồng Tháp's CPI, May 2012). A later rise above the highest one says the word or a figure is wrong.
 *
 * Read only for a superlative printed right before its own rise, in its clause or its words ("tăng cao nhất với 7,22%");
 * the others are the rises after it in its sentence (and in the next when that opens "Tiếp theo"), of its time and base (the base its words name: "so với tháng trước" is no "so với cùng kỳ"), outside
 * brackets and before any "trong đó" (a part of the highest group may rise faster than the group) or a word that makes
 * the next rise an effect or a cause ("kéo theo"). A superlative in time ("cao nhất trong 5 năm", "cao nhất kể từ năm 2011") ranks no list.
 */

// Grammar (folded): superlative := ( "cao" | "thap" ) space "nhat" not followed by ( space? ","? space? ( "trong" | "ke tu"
//   | "cua" | "so voi" | "tu" ) ) — in the words between the claim before (or its sentence's start) and this rise
// Example: "nhom hang co chi so gia tang cao nhat la an uong ngoai gia dinh, " before "tăng 20,59%"; "nganh thuy san co muc
//   tang cao nhat voi " before "5,08%"; not "muc tang cao nhat trong 5 nam" (a rank in time).
const SUPERLATIVE = /(?:^|[^a-z])(cao|thap) nhat(?! ?,? ?(?:trong|ke tu|cua|so voi|tu)(?:[^a-z]|$))/u;

// Grammar: superlative-hint := "nhất" (any case) — printed by every superlative, tested before folding
// Example: "tăng cao nhất với 7,22%".
const SUPERLATIVE_HINT = /nhất/iu;

// Grammar (folded): of-which := "trong do" | "trong so do" as words — the parts of an item, which may rise faster than it
// Example: "…, trong đó thực phẩm tăng 3,1%".
const OF_WHICH = /(?:^|[^a-z])trong (?:so )?do(?:[^a-z]|$)/u;

// Grammar (folded): another-subject := "keo theo" | "khien" | "dan den" | "lam cho" | "nho" as words — what the next
//   rise is the effect or the cause of, no item of the list
// Example: "Hà Nội có mức tăng cao nhất với 12%, kéo theo doanh thu tăng 15%": the revenue is no city.
const ANOTHER_SUBJECT = /(?:^|[^a-z])(?:keo theo|khien|dan den|lam cho|nho)(?:[^a-z]|$)/u;

// Grammar (not folded: "do" is not "đó", "độ" or "đô"): cause := ( "do" | "bởi" | "vì" | "nguyên nhân" ) as words — the
//   rises after it are what made the highest rise, its items, no peers of it
// Example: "nhóm giao thông có mức tăng cao nhất với 3,85% (làm CPI chung tăng 0,37%), chủ yếu do giá xăng tăng 9,85%" (GSO's
//          CPI of August 2023): petrol is an item of the transport group.
const CAUSE = /(?<![\p{L}\p{M}])(?:do|bởi|vì|nguyên\s+nhân)(?![\p{L}\p{M}])/iu;

// Grammar (folded): next-in-list := ( "." | "!" | "?" ) space+ ( "tiep theo" | "tiep den" | "ke den" | "ke tiep" ) not-before-letter
//   — a sentence that goes on with the list after the highest
// Example: ". Tiếp theo, nhóm nhà ở và vật liệu xây dựng " before "tăng 3,46%".
const NEXT_IN_LIST = /[.!?]\s+(?:tiep theo|tiep den|ke den|ke tiep)(?![a-z])/u;

// Grammar (folded): rise-word := "muc tang" | "tang" as words, before the superlative — a level in % that is a rise
// Example: "nhóm giao thông có mức tăng so với tháng trước cao nhất với " before "3,11%" (GSO's CPI of November 2021).
const RISE_WORD = /(?:^|[^a-z])(?:muc )?tang(?! truong)(?:[^a-z]|$)/u;

/** A level in % said to be the highest rise ("có mức tăng … cao nhất với 3,11%"), as a rise; else null. */
function levelOfRise(claim: ExtractedClaim, before: string): Rate | null {
  const figure = claim.figures[0];
  if (claim.kind !== 'value' || claim.figures.length !== 1 || figure?.unit !== '%' || !RISE_WORD.test(before)) return null;
  const { lo, hi } = claimInterval(figure, claim.qualifier);
  return { lo, hi, text: `${formatNumber(figure.value, figure.decimals)}%` };
}

/** Of one time: the same years and part, or one of them names none ("tháng 11/2021" beside a superlative of no date). */
function timesFit(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return yearsFit(a.years, b.years) && (a.part === b.part || a.part === '' || b.part === '');
}

/** How many rises after the highest are read as its list (a sentence of a whole report stays linear). */
const LIST_REACH = 40;

/** How far before its rise a superlative is read, and how far between two rises of its list. */
const REACH = 90;

/**
 * Each rise said "cao nhất" that a later rise of its list exceeds (or "thấp nhất" that one undercuts), beyond rounding:
 * an error (spec §5, direction words against values).
 *
 * @example
 * checkSuperlative(extractClaims(t), t)[0]?.kind // 'direction-contradicts-values'
 * // t = 'Nhóm ăn uống ngoài gia đình tăng cao nhất với 20,59%; nhóm nhà ở tăng 21,91%.'
 */
export function checkSuperlative(claims: readonly ExtractedClaim[], text: string): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  claims.forEach((claim, index) => {
    const previous = claims[index - 1];
    const from = Math.max(claim.start - REACH, previous !== undefined && previous.sentence === claim.sentence ? previous.end : 0);
    const raw = text.slice(from, claim.end);
    // Most rises say no superlative: the fold is only for those that print "nhất".
    const before = SUPERLATIVE_HINT.test(raw) ? foldDiacritics(raw).toLowerCase() : '';
    const words = SUPERLATIVE.exec(before);
    const rate = words === null ? null : (rateOf(claim) ?? levelOfRise(claim, before));
    if (words === null || rate === null || rate.lo < 0) return;
    const highest = words[1] === 'cao';
    // Its base, named in its clause before or after its figure ("có mức tăng so với tháng trước cao nhất với 3,11%").
    const tail = text.slice(claim.end, claim.end + REACH);
    const clauseEnd = tail.search(/[.;]/u);
    const base = comparisonBaseOf(text.slice(from, claim.end + (clauseEnd < 0 ? tail.length : clauseEnd)));
    // The base the list's rises are on: the superlative's, until the sentence names another ("; so với cùng kỳ năm
    // trước, nhóm nhà ở tăng 5,2%, …").
    let current = base;
    let sentence = claim.sentence;
    for (let k = index + 1; k < Math.min(claims.length, index + 1 + LIST_REACH); k++) {
      const other = claims[k];
      const printed = text.slice(claims[k - 1]?.end ?? claim.end, Math.min(other?.start ?? claim.end, (claims[k - 1]?.end ?? claim.end) + REACH));
      if (CAUSE.test(printed)) break;
      const between = foldDiacritics(printed).toLowerCase();
      // The list goes on in a sentence that opens "Tiếp theo," (GSO's CPI: "… cao nhất với 3,11%. Tiếp theo, nhóm nhà ở …").
      if (other !== undefined && other.sentence === sentence + 1 && NEXT_IN_LIST.test(between)) sentence = other.sentence;
      if (other === undefined || other.sentence !== sentence || OF_WHICH.test(between) || ANOTHER_SUBJECT.test(between)) break;
      current = comparisonBaseOf(between) ?? current;
      const sameBase = (comparisonBaseOf(other.text) ?? current) === base;
      const otherRate = other.inBrackets === true || !sameBase || !timesFit(claim, other) ? null : rateOf(other);
      if (otherRate === null || otherRate.hi < 0) continue;
      const beaten = highest ? otherRate.lo > rate.hi + EPSILON : otherRate.hi < rate.lo - EPSILON;
      if (beaten) {
        findings.push(findingOf(claim, rate, other, otherRate, highest, [index, k]));
        return;
      }
    }
  });
  return findings;
}

function findingOf(claim: ExtractedClaim, rate: Rate, other: ExtractedClaim, otherRate: Rate, highest: boolean, at: readonly [number, number]): ConsistencyFinding {
  const said = highest ? 'cao nhất' : 'thấp nhất';
  const name = claim.indicator === null ? '' : `“${claim.indicator}”: `;
  return {
    kind: 'direction-contradicts-values',
    severity: 'error',
    claims: [...at],
    places: [],
    indicator: claim.indicator,
    year: null,
    computed: null,
    message: {
      vi: `${name}ghi tăng “${said}” với ${rate.text}, nhưng ${other.indicator ?? ''} tăng ${otherRate.text}, ${highest ? 'cao' : 'thấp'} hơn`,
      en: `${name}the text says the ${highest ? 'highest' : 'lowest'} rise, ${rate.text}, but “${other.indicator ?? ''}” rose ${otherRate.text}, ${highest ? 'more' : 'less'}`,
    },
  };
}
