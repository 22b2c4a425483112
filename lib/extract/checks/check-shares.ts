import { foldDiacritics } from '../../claims/normalize-text';
import { announcingStructure } from './structure-word';
import { GDP, namesThreeSectors } from './known-splits';
import type { CheckOutcome, ConsistencyExplanation, ConsistencyFinding } from './consistency-types';
import { farExplanation, finding, remainderExplanation, wholeExplanation, type ShareList, type Sum } from './share-messages';
import { claimYear } from './claim-year';
import { announcedSome, levelsShortOfWhole, partialExplanation } from './partial-list';
import { sentenceAt, sentenceSpans, type SentenceSpan } from './sentence-spans';
import { MIN_SHARES, subPartsFinding, sumOf, withoutSubParts, type SubParts } from './share-sub-parts';
import type { ExtractedClaim, YearValue } from '../types';

function isWhole(total: Sum): boolean {
  return Math.abs(total.sum - 100) <= total.tolerance;
}

/**
 * How far from 100 a lone list may sum and still be read as the shares of one whole with a part left out (the
 * taxes on products are about a tenth of GDP); a list further off is read as rates that share no whole.
 */
const LEFT_OUT = 20;

function nearWhole(total: Sum): boolean {
  return Math.abs(total.sum - 100) <= LEFT_OUT;
}

/** Shares printed as from–to statements in one sentence: the earlier ends are one list, the later ends another. */
function fromToLists(claims: readonly ExtractedClaim[]): ShareList[][] {
  const bySentence = new Map<number, number[]>();
  claims.forEach((claim, index) => {
    if (claim.kind !== 'from-to' || claim.endpoints === null || claim.figures[0]?.unit !== '%') return;
    bySentence.set(claim.sentence, [...(bySentence.get(claim.sentence) ?? []), index]);
  });
  const out: ShareList[][] = [];
  for (const members of bySentence.values()) {
    if (members.length < MIN_SHARES) continue;
    const group = members.map((i) => claims[i]).filter((c): c is ExtractedClaim => c !== undefined);
    const froms = group.map((c) => c.endpoints?.from).filter((e): e is YearValue => e !== undefined);
    const tos = group.map((c) => c.endpoints?.to).filter((e): e is YearValue => e !== undefined);
    out.push([
      { members, ends: froms, total: sumOf(froms) },
      { members, ends: tos, total: sumOf(tos) },
    ]);
  }
  return out;
}

// Grammar: respectively := "tương ứng" | "lần lượt" (folded)
// Example: "năm 2010 các tỷ trọng tương ứng là 28,27%, 31,48% và 40,25%" starts the list of another year.
const RESPECTIVELY = /tuong ung|lan luot/u;

// Grammar: rate-name := ( "tỷ lệ" | "tỉ lệ" | "tốc độ" | "chỉ số" ) at the start of the name (folded)
// Example: "tỷ lệ hộ nghèo 10,5%" is a rate of its own population, not a share of the structure beside it.
const RATE_NAME = /^(?:t[yi] le|toc do|chi so)(?![\p{L}])/u;

// Grammar: ratio-verb := "bang" space* end (folded), right before the figure: "bằng X%" holds a figure to another
// figure (last year's, the plan's, another whole's), never a part of the structure the sentence lists.
// Example: "năng suất … đạt 51,22 tạ/ha, bằng 99,86% (-0,07 tạ/ha)" after "ngô 3.511,9 ha, chiếm 98,47%" (Lâm Đồng's
// crops, January 2018): the yield's index, no second share of the area.
const RATIO_VERB = /(?<![\p{L}])bang\s*$/u;

function isPrintedShare(claim: ExtractedClaim, text: string): boolean {
  const unit = claim.figures[0]?.unit;
  if (RATE_NAME.test(foldDiacritics(claim.indicator ?? '').trim())) return false;
  if (RATIO_VERB.test(foldDiacritics(text.slice(Math.max(0, claim.start - 8), claim.start)))) return false;
  return (claim.kind === 'share' || claim.kind === 'value') && unit === '%';
}

/**
 * Whether a list names a different item for every share, as the parts of one whole do; one name printed with
 * several shares is one item over several years ("tỷ trọng dân số từ 60 tuổi là 10,4% năm 2006 và 13,3% năm
 * 2016"). A "tương ứng" list names its items elsewhere.
 */
function namesDistinctItems(list: readonly (ExtractedClaim | undefined)[]): boolean {
  const names = list.map((c) => c?.indicator ?? '').filter((n) => !RESPECTIVELY.test(foldDiacritics(n)));
  return new Set(names).size === names.length;
}


/**
 * Shares printed as a list in a sentence that announces a structure ("Cơ cấu kinh tế …: A chiếm x%; B y%"),
 * one list per year: a "tương ứng" list or a change of year starts the next one ("năm 2010 các tỷ trọng tương
 * ứng là …"). A sentence without a structure word needs two "chiếm" shares to count.
 */
function printedLists(claims: readonly ExtractedClaim[], text: string): { lists: ShareList[][]; inside: SubParts[] } {
  const inside: SubParts[] = [];
  const sentences = sentenceSpans(text);
  const bySentence = new Map<SentenceSpan, number[]>();
  claims.forEach((claim, index) => {
    if (!isPrintedShare(claim, text)) return;
    const sentence = sentenceAt(sentences, claim.start);
    if (sentence !== null) bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), index]);
  });
  const out: ShareList[][] = [];
  for (const [sentence, all] of bySentence) {
    // The shares a structure word announces follow it; without one, two "chiếm" shares make the list.
    // A share that prints the word itself ("chiếm tỷ trọng 16,18%") is one of them.
    const announced = announcingStructure(sentence.text, all.map((i) => (claims[i]?.start ?? 0) - sentence.start));
    const split = withoutSubParts(announced === null ? all : all.filter((i) => (claims[i]?.end ?? 0) > sentence.start + announced), claims, text);
    if (split.rates) continue;
    const members = split.kept;
    inside.push(...split.inside);
    const chiem = members.filter((i) => claims[i]?.kind === 'share').length;
    if (announced === null && chiem < MIN_SHARES) continue;
    const lists: number[][] = [];
    let previous: ExtractedClaim | null = null;
    for (const i of members) {
      const claim = claims[i];
      if (claim === undefined) continue;
      const startsList =
        previous === null ||
        (RESPECTIVELY.test(foldDiacritics(claim.indicator ?? '')) && !RESPECTIVELY.test(foldDiacritics(previous.indicator ?? ''))) ||
        (claimYear(claim) !== null && claimYear(previous) !== null && claimYear(claim) !== claimYear(previous)) ||
        // An item named again starts the list of another year ("… (cùng kỳ năm 2022 tương ứng là …)" read item by item).
        (claim.indicator !== null && (lists[lists.length - 1] ?? []).some((j) => claims[j]?.indicator === claim.indicator));
      if (startsList) lists.push([i]);
      else lists[lists.length - 1]?.push(i);
      previous = claim;
    }
    const shareLists = (interleavedYears(lists, members, claims) ?? lists)
      // "ngành nông, lâm nghiệp chiếm gần 2,5%; …": a share printed only about has no rounding interval to add up.
      .filter((l) => l.length >= MIN_SHARES && namesDistinctItems(l.map((i) => claims[i])) && l.every((i) => claims[i]?.qualifier === null))
      .map((l) => {
        const ends = l.map((i) => claims[i]).filter((c): c is ExtractedClaim => c !== undefined)
          .map((c): YearValue | undefined => (c.figures[0] === undefined ? undefined : { ...c.figures[0], year: claimYear(c) }))
          .filter((e): e is YearValue => e !== undefined);
        return { members: l, ends, total: sumOf(ends) };
      });
    if (shareLists.length > 0) out.push(shareLists);
  }
  return { lists: out, inside };
}

/**
 * The shares of two years printed item by item, each with the other year's in brackets ("nông, lâm, thủy sản 3,09% (6
 * tháng đầu năm 2012 là 3,31%); công nghiệp, xây dựng 37,88% (… 40,88%) …": Đà Nẵng, first half of 2013): one list a
 * year, when the lists read in order are all single items and the shares hold exactly two years, each at least twice;
 * else null.
 */
function interleavedYears(lists: readonly number[][], members: readonly number[], claims: readonly ExtractedClaim[]): number[][] | null {
  if (lists.some((l) => l.length > 1)) return null;
  const byYear = new Map<number, number[]>();
  for (const i of members) {
    const claim = claims[i];
    const year = claim === undefined ? null : claimYear(claim);
    if (year === null) return null;
    byYear.set(year, [...(byYear.get(year) ?? []), i]);
  }
  const years = [...byYear.values()];
  return years.length === 2 && years.every((l) => l.length >= MIN_SHARES) ? years : null;
}

/**
 * The shares of one whole that do not sum to 100 within rounding (the half-units of every printed share).
 * Two shapes are read: a sentence of two or more from–to statements in % (the earlier ends are one list, the
 * later ends another), and a list of printed shares in a sentence that announces a structure ("cơ cấu",
 * "tỷ trọng", or two "chiếm"), one list per year. The severity follows spec §5: `error` when the same list in
 * another year printed beside it sums to 100 (so the list is known to be the whole), else `warning`, because
 * the parts may leave out a component such as taxes on products. From–to statements in % whose ends both
 * miss 100 are rates, not shares, and are not reported.
 *
 * @example
 * checkShares(extractClaims('Cơ cấu: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).'));
 * // { findings: [{ kind: 'shares-not-100', severity: 'error', year: 2023, computed: 96, … }], explanations: [ the 2018 list ] }
 */
export function checkShares(claims: readonly ExtractedClaim[], text = ''): CheckOutcome {
  const findings: ConsistencyFinding[] = [];
  const explanations: ConsistencyExplanation[] = [];
  for (const sides of fromToLists(claims)) {
    const whole = sides.find((s) => isWhole(s.total));
    if (whole === undefined) continue;
    for (const side of sides) {
      if (isWhole(side.total)) explanations.push(wholeExplanation(side));
      else findings.push(finding(side, whole, side.members));
    }
  }
  const printed = printedLists(claims, text);
  for (const group of printed.inside) {
    const over = subPartsFinding(group, claims);
    if (over !== null) findings.push(over);
  }
  for (const lists of printed.lists) {
    for (const list of lists) {
      if (isWhole(list.total)) {
        explanations.push(wholeExplanation(list));
        continue;
      }
      const whole = lists.find((l) => l !== list && l.ends.length === list.ends.length && isWhole(l.total)) ?? null;
      const short = whole === null && list.total.sum < 100 ? levelsShortOfWhole(claims, list) : null;
      const some = announcedSome(text, claims, list);
      if (short !== null) explanations.push(partialExplanation(list, { why: 'levels', ...short }));
      else if (whole === null && list.total.sum < 100 && some !== null) explanations.push(partialExplanation(list, { why: 'some', words: some }));
      else if (whole === null && !nearWhole(list.total)) explanations.push(farExplanation(list));
      else if (whole === null && list.total.sum < 100 && namesRemainder(text, claims, list)) explanations.push(remainderExplanation(list, 'remainder'));
      else if (whole === null && list.total.sum < 100 && ranksLargest(text, claims, list)) explanations.push(remainderExplanation(list, 'ranking'));
      else findings.push(finding(list, whole, list.members, ofEconomy(text, claims, list)));
    }
  }
  return { findings, explanations };
}

// Grammar: remainder := ( start | "," | ";" | ":" ) space* ( "phần" space+ )? "còn lại" as words, before the end of the sentence
// Example: "…; khu vực kinh tế ngoài nhà nước chiếm 94,2%; còn lại khu vực có vốn đầu tư nước ngoài." names the last part
//          without its figure (Thái Nguyên's retail, Q1/2019); "phần còn lại là thuế sản phẩm" too.
const REMAINDER = /(?:^|[,;:])\s*(?:phần\s+)?còn\s+lại(?![\p{L}\p{M}])/iu;
const SENTENCE_END = /[.!?\n]/u;

// Grammar: top := ( "lớn nhất" | "cao nhất" | "dẫn đầu" ) as words;  next := ( "tiếp đến" | "tiếp theo" | "đứng thứ" ) as words
// Example: "châu Á là thị trường xuất khẩu lớn nhất …, đạt 593 triệu USD (chiếm 50,7%) …; tiếp đến là châu Mỹ … (chiếm
//          28,2%); châu Âu … (chiếm 9,1%)" ranks the largest markets (Thái Bình, first half of 2023): the rest are others.
const TOP = /(?<![\p{L}\p{M}])(?:lớn\s+nhất|cao\s+nhất|dẫn\s+đầu)(?![\p{L}\p{M}])/iu;
const NEXT = /(?<![\p{L}\p{M}])(?:tiếp\s+đến|tiếp\s+theo|đứng\s+thứ)(?![\p{L}\p{M}])/iu;

/** Whether the list's sentence ranks its parts, the largest first and then the next ones: the largest, not all. */
function ranksLargest(text: string, claims: readonly ExtractedClaim[], list: ShareList): boolean {
  const first = claims[list.members[0] ?? -1];
  const last = claims[list.members[list.members.length - 1] ?? -1];
  if (first === undefined || last === undefined) return false;
  const sentence = sentenceAt(sentenceSpans(text), first.start);
  const ranked = text.slice(sentence?.start ?? first.start, last.end);
  const top = TOP.exec(ranked);
  return top !== null && NEXT.test(ranked.slice(top.index));
}

// Grammar (folded): economy := "co cau kinh te" | "nen kinh te" — the sentence is of the economy's structure
// Example: "Cơ cấu kinh tế tiếp tục chuyển dịch …, tỷ trọng khu vực nông, lâm nghiệp, thủy sản chiếm 23,68%; …" (Phú Yên, 2019).
const ECONOMY = /co cau kinh te|nen kinh te/u;

// Grammar (folded): product-taxes := "thue san pham" anywhere in a share's name
// Example: "thuế sản phẩm trừ trợ cấp sản phẩm" (TP. Hồ Chí Minh, first half of 2023) is the part the hint would name.
const PRODUCT_TAXES = /thue san pham/u;

/**
 * Whether a list's shares are of the economy, where the product taxes may be the part left out: its sentence names the
 * economy or its GDP, or its shares name the three sectors; not a retail total by ownership (Thừa Thiên Huế, 9 months
 * of 2018), nor a list that holds the product taxes already.
 */
function ofEconomy(text: string, claims: readonly ExtractedClaim[], list: ShareList): boolean {
  const members = list.members.flatMap((m) => claims[m] ?? []);
  const first = members[0];
  if (first === undefined) return false;
  const names = members.map((c) => foldDiacritics(c.indicator ?? '').toLowerCase());
  if (names.some((name) => PRODUCT_TAXES.test(name))) return false;
  const folded = foldDiacritics(sentenceAt(sentenceSpans(text), first.start)?.text ?? '').toLowerCase();
  return GDP.test(folded) || ECONOMY.test(folded) || namesThreeSectors(names);
}

/** Whether the sentence goes on after the list's last share to name the rest without a figure ("còn lại …"). */
function namesRemainder(text: string, claims: readonly ExtractedClaim[], list: ShareList): boolean {
  const last = claims[list.members[list.members.length - 1] ?? -1];
  if (last === undefined) return false;
  const after = text.slice(last.end);
  const end = after.search(SENTENCE_END);
  return REMAINDER.test(end < 0 ? after : after.slice(0, end));
}
