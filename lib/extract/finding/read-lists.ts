import type { Claim, Direction } from '../../claims/types';
import { sameBaseUnit } from './align-scale';
import { readCompareTail } from './read-compare-tail';
import { carriedClaim } from './carry-list-direction';
import { findTimePhrases } from './find-time-phrases';
import type { ExtractedClaim } from '../types';

/**
 * Lists that real reports spread over a sentence (spec §2b): the shares of a structure ("Cơ cấu kinh tế: công
 * nghiệp, xây dựng 63,91%; dịch vụ 28,60%; …"), a "tương ứng" / "lần lượt" list that pairs its values with the
 * items named before it, and a list of changes after one verb ("tốc độ tăng 4,7% và 5,17% của …"). Each value of
 * such a list is one item, never a second value of one indicator.
 */

// Grammar: structure-word := "cơ cấu" | "tỷ trọng" | "tỉ trọng" | "chiếm", as whole words
// Example: "Cơ cấu giá trị tăng thêm năm 2013: nông nghiệp 26,00%, …" — the percentages that follow are shares.
const STRUCTURE_WORD = /(?<![\p{L}\p{M}])(?:cơ\s+cấu|tỷ\s+trọng|tỉ\s+trọng|chiếm)(?![\p{L}\p{M}])/iu;

// Grammar: respectively := "tương ứng" | "lần lượt", as whole words
// Example: "(cùng kỳ năm 2022 tương ứng là 11,57%; …)".
const RESPECTIVELY = /(?<![\p{L}\p{M}])(?:tương\s+ứng|lần\s+lượt)(?![\p{L}\p{M}])/iu;

// Grammar: verb-before-respectively := ( "tăng" | "giảm" ) space ( "tương ứng" | "lần lượt" ) ( space "là" )? space* end
// Example: "lao động nam và nữ tăng tương ứng " → "tăng".
const VERB_RESPECTIVELY = /(?<![\p{L}\p{M}])(?<verb>tăng|giảm)\s+(?:tương\s+ứng|lần\s+lượt)(?:\s+là)?\s*$/iu;

// Grammar: has-before := "có" space* end. Example: "trong dân số từ 15 tuổi trở lên có " before "16,9% không có bằng cấp".
const HAS_BEFORE = /(?<![\p{L}\p{M}])có\s*$/iu;

// Grammar: opens-bracket := "(" space* end. Example: "218.736 người (" before "16,8%)".
const OPENS_BRACKET = /^\s*\(\s*$/u;

// Grammar: list-gap := space* ( "," | ";" | "và" ) space*   (nothing else between two listed figures)
// Example: "; " or " và " between "4,7%" and "5,17%".
const LIST_GAP = /^\s*(?:,|;|và)\s*$/u;

// Grammar: digit. Example: a gap holding "năm 2022" is not a plain gap between items.
const DIGIT = /\d/u;

// Grammar: item-junk := leading or trailing spaces and punctuation "," ";" ":" "(" ")" "-", and a leading "và"
// Example: "; công nghiệp và xây dựng " → "công nghiệp và xây dựng".
const ITEM_JUNK = /^[\s,;:()\-–]+|[\s,;:()\-–]+$/gu;
const LEADING_AND = /^và\s+/iu;

// Grammar: item-separator := space* ( "," | "và" ) space*. Example: "nông thôn và thành thị" → two items.
const ITEM_SEPARATOR = /\s*(?:,|\s+và\s+)\s*/u;

function isPercentValue(claim: ExtractedClaim): boolean {
  return claim.kind === 'value' && (claim.figures[0]?.unit ?? null) === '%';
}

function countOrMoney(claim: ExtractedClaim | undefined): boolean {
  const unit = claim?.figures[0]?.unit ?? null;
  return claim !== undefined && claim.kind === 'value' && unit !== null && !unit.startsWith('%') && !unit.startsWith('‰');
}

// Grammar: verb-only := ( "ước" space )? ( "bằng" | "đạt" | "là" ), the whole gap: a comparison's verb names no item.
// Example: ", bằng " before "99,86% (-0,07 tạ/ha)" (a yield index after "chiếm 98,47%" in Lâm Đồng's crops, 2018).
const VERB_ONLY = /^(?:ước\s+)?(?:bằng|đạt|là)$/iu;

/** The item named between two figures ("; dịch vụ " → "dịch vụ"), or `null` when none is. */
function itemBetween(gap: string): string | null {
  // After a heading ("Cơ cấu kinh tế năm 2022: công nghiệp, xây dựng ") the item is what follows the colon.
  const item = gap.slice(gap.lastIndexOf(':') + 1).replace(ITEM_JUNK, '').replace(LEADING_AND, '').replace(ITEM_JUNK, '').trim();
  return !LETTER.test(item) || DIGIT.test(item) || VERB_ONLY.test(item) ? null : item;
}

// Grammar: letter := any letter. Example: " (+" before "136%)" holds none: a sign, no item ("tăng 208 tỷ đồng (+136%)",
// Tuyên Quang's bad debt, September 2022, after "chiếm 1,46% tổng dư nợ").
const LETTER = /\p{L}/u;

/** How far from 100 a "có X% A, Y% B …" breakdown may sum and still be one whole's parts (rounded parts). */
const WHOLE_SLACK = 1;

/**
 * "có 16,9% A, 20,2% B, …" lists parts of one whole only when they add up to it; "có 88% hộ gia đình, 85% làng"
 * lists rates of different wholes. The indices of the list's percent values, when they are parts of one whole.
 */
function breakdownAfterHas(raw: string, claims: readonly ExtractedClaim[], first: number): number[] {
  const list = [first];
  for (let j = first + 1; j < claims.length; j++) {
    const item = claims[j];
    const last = claims[list[list.length - 1] ?? first];
    if (item === undefined || last === undefined || !isPercentValue(item)) break;
    if (DIGIT.test(raw.slice(last.end, item.start)) || raw.slice(last.end, item.start).includes(';')) break;
    list.push(j);
  }
  const sum = list.reduce((total, j) => total + (claims[j]?.figures[0]?.value ?? 0), 0);
  return list.length > 1 && Math.abs(sum - 100) <= WHOLE_SLACK ? list : [];
}

/**
 * Percent values of a structure become shares, each named by the item before it ("…; dịch vụ 28,60%"); so do
 * a percentage in brackets after a count or amount ("218.736 người (16,8%)") and a "có X% A, Y% B" breakdown
 * that sums to 100, named by the phrase after each figure.
 */
function markShares(raw: string, sentenceStart: number, claims: ExtractedClaim[]): void {
  let inStructure = false;
  let respectivelyRun = false;
  let previousEnd = sentenceStart;
  const breakdown = new Set<number>();
  claims.forEach((claim, i) => {
    const gap = raw.slice(previousEnd, claim.start);
    previousEnd = claim.end;
    if (STRUCTURE_WORD.test(gap) || claim.kind === 'share') inStructure = true;
    respectivelyRun = inStructure && (RESPECTIVELY.test(gap) || (respectivelyRun && LIST_GAP.test(gap)));
    if (!isPercentValue(claim)) return;
    if (HAS_BEFORE.test(gap)) for (const j of breakdownAfterHas(raw, claims, i)) breakdown.add(j);
    const before = claims[i - 1];
    const bracketed = OPENS_BRACKET.test(gap) && countOrMoney(before);
    // In a structure, an item is named before its share ("; dịch vụ 28,60%") or pairs with one ("tương ứng là …");
    // "Tỷ trọng … là 10,4% năm 2006 và 13,3% năm 2016" names no items: one indicator over years, not a structure.
    const item = itemBetween(gap);
    if (bracketed) claims[i] = { ...claim, kind: 'share', indicator: before?.indicator ?? claim.indicator };
    else if (breakdown.has(i)) claims[i] = { ...claim, kind: 'share' };
    else if (inStructure && (item !== null || respectivelyRun)) claims[i] = { ...claim, kind: 'share', indicator: item ?? claim.indicator };
  });
}

/**
 * A "tương ứng" / "lần lượt" list: its values pair, in order, with the items of the same kind listed before it in
 * the sentence (shares with shares), or with the items named before the verb ("nông thôn và thành thị tăng tương
 * ứng 0,3 triệu người và 0,1 triệu người" → two changes).
 */
function pairRespectively(raw: string, claims: ExtractedClaim[]): void {
  for (let i = 1; i < claims.length; i++) {
    const head = claims[i];
    const previous = claims[i - 1];
    if (head === undefined || previous === undefined) continue;
    const gap = raw.slice(previous.end, head.start);
    if (!RESPECTIVELY.test(gap)) continue;
    const list = [i];
    for (let j = i + 1; j < claims.length; j++) {
      const item = claims[j];
      const last = claims[list[list.length - 1] ?? i];
      if (item === undefined || last === undefined || item.kind !== head.kind) break;
      if (!LIST_GAP.test(raw.slice(last.end, item.start))) break;
      list.push(j);
    }
    const years = findTimePhrases(gap).at(-1)?.years ?? null;
    const verb = VERB_RESPECTIVELY.exec(gap)?.groups?.verb?.toLowerCase();
    if (verb !== undefined && head.kind === 'value') {
      const direction: Direction = verb === 'giảm' ? 'down' : 'up';
      const named = gap.slice(0, gap.length - (VERB_RESPECTIVELY.exec(gap)?.[0].length ?? 0));
      const items = named.replace(ITEM_JUNK, '').split(ITEM_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');
      const names = items.slice(-list.length);
      // "vận chuyển 45 triệu lượt người và 259.000 tấn hàng hóa, tăng lần lượt là 217,1% và 2,4%": no names before the
      // verb, so the changes pair with the levels printed before it.
      const levels = claims.slice(0, i).filter((c) => countOrMoney(c)).slice(-list.length);
      // Levels that share one name cannot tell the changes apart.
      const distinct = new Set(levels.map((l) => l.indicator)).size === levels.length;
      list.forEach((index, k) => {
        const c = claims[index];
        if (c === undefined) return;
        const paired = distinct && levels.length === list.length ? (levels[k]?.indicator ?? null) : null;
        const indicator = names.length === list.length ? (names[k] ?? c.indicator) : (paired ?? c.indicator);
        claims[index] = { ...c, kind: 'comparison', claim: carriedClaim(c.text, direction), direction, indicator, inherited: true };
      });
    } else {
      const earlier = claims.slice(0, i).filter((c) => c.kind === head.kind);
      const partners = earlier.slice(-list.length);
      if (partners.length !== list.length || correspondsTo(head, partners)) continue;
      list.forEach((index, k) => {
        const c = claims[index];
        const partner = partners[k];
        if (c === undefined || partner === undefined) return;
        claims[index] = { ...c, indicator: partner.indicator, years: years ?? c.years, inherited: true };
      });
    }
    i = list[list.length - 1] ?? i;
  }
}

/**
 * One value "tương ứng" after a level in another unit is what that level corresponds to, not its partner in a list: "đạt
 * 135.714 tấn, tương ứng giá trị kim ngạch 424 triệu USD" prints the coffee's tonnes and their value (the value keeps its
 * own name, and "tăng 15% về lượng" measures the tonnes).
 */
function correspondsTo(head: ExtractedClaim, partners: readonly ExtractedClaim[]): boolean {
  const unit = head.figures[0]?.unit ?? null;
  const other = partners[0]?.figures[0]?.unit ?? null;
  // A rate and its change in points pair ("3,6% …, lần lượt giảm … 0,7 điểm phần trăm"): only amounts correspond.
  return partners.length === 1 && unit !== null && other !== null && isAmount(unit) && isAmount(other) && !sameBaseUnit(unit, other);
}

// Grammar: rate-unit := "%" | "‰" | "điểm" at the start of a unit
// Example: "%", "điểm phần trăm" are rates or their changes; "tấn", "triệu USD" are amounts.
const RATE_UNIT = /^(?:%|‰|điểm)/iu;

function isAmount(unit: string): boolean {
  return !RATE_UNIT.test(unit.trim());
}

/**
 * Bare percentages listed right after a percent change take its verb: "cao hơn tốc độ tăng 4,7% và 5,17% của
 * cùng kỳ năm 2020 và 2021" states two rates, not a rate and a level.
 */
function carryChanges(raw: string, claims: ExtractedClaim[]): void {
  for (let i = 1; i < claims.length; i++) {
    const head = claims[i - 1];
    const item = claims[i];
    if (head === undefined || item === undefined || head.kind !== 'comparison' || head.direction === null) continue;
    if ((head.figures[0]?.unit ?? null) !== '%' || !isPercentValue(item) || item.qualifier !== null) continue;
    if (!LIST_GAP.test(raw.slice(head.end, item.start))) continue;
    const direction = head.direction;
    const carried = { ...item, kind: 'comparison' as const, claim: carriedClaim(item.text, direction), direction, inherited: true, years: head.years };
    // "tăng 7,64% so với tháng trước và 13,14% so với cùng kỳ năm trước": the second rate names its own base.
    const tail = readCompareTail(raw.slice(item.end, item.end + TAIL_WINDOW));
    claims[i] =
      tail === null
        ? { ...carried, compareTo: head.compareTo }
        : { ...carried, compareTo: tail.compareTo, text: raw.slice(item.start, item.end + tail.end), end: item.end + tail.end };
  }
}

/** How far after a listed rate its own base ("so với cùng kỳ năm trước") is looked for. */
const TAIL_WINDOW = 120;

// Grammar: plan-verb-before := ( "đạt" | "bằng" ) space* end. Example: "riêng thu nội địa đạt " before "52,1%".
const PLAN_VERB_BEFORE = /(?<![\p{L}\p{M}])(?<verb>đạt|bằng)\s*$/iu;

/**
 * After a plan claim, "… đạt 52,1% và … đạt 64%" in the same sentence states the same plan for other items
 * ("ước đạt 53,8% dự toán cả năm; riêng thu nội địa đạt 52,1% và thu dầu thô đạt 64%").
 */
function carryPlan(raw: string, claims: ExtractedClaim[]): void {
  let planSeen = false;
  claims.forEach((claim, i) => {
    if (claim.kind === 'plan' && claim.claim?.ok === true) planSeen = true;
    const figure = claim.figures[0];
    if (!planSeen || !isPercentValue(claim) || claim.qualifier !== null || figure === undefined) return;
    const previous = claims[i - 1];
    const verb = PLAN_VERB_BEFORE.exec(raw.slice(previous?.end ?? 0, claim.start))?.groups?.verb?.toLowerCase();
    if (verb === undefined) return;
    const plan: Claim = {
      ok: true,
      kind: 'plan',
      direction: null,
      figure: { value: figure.value, decimals: figure.decimals },
      unitSign: '%',
      unitWord: null,
      qualifier: null,
      qualifierWord: null,
      planVerb: verb === 'bằng' ? 'bang' : 'dat',
      fromTo: null,
      text: claim.text,
    };
    claims[i] = { ...claim, kind: 'plan', claim: plan, inherited: true };
  });
}

/**
 * Reads the lists of one sentence's claims (in text order, offsets into `raw`): structure shares, respectively
 * lists, changes listed after one verb and plan figures after a plan claim. `sentenceStart` is where the sentence starts in `raw`.
 *
 * @example
 * readLists(raw, 0, extracted).map((c) => c.kind);
 * // 'Cơ cấu kinh tế: công nghiệp 63,91%; dịch vụ 28,60%.' → ['share', 'share']
 */
export function readLists(raw: string, sentenceStart: number, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const out = [...claims];
  markShares(raw, sentenceStart, out);
  pairRespectively(raw, out);
  carryChanges(raw, out);
  carryPlan(raw, out);
  return out;
}
