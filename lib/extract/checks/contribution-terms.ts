import { foldDiacritics } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import type { TextPlace } from './consistency-types';
import { CONTRIBUTION_VERB_SOURCE, GROWTH_OBJECT_SOURCE, NAMED_WHOLE_SOURCE } from '../finding/claim-patterns';
import { NUMBER_SOURCE, makeFigure } from '../finding/figure-grammar';

/*
 * The contributions a sentence prints, in points ("đóng góp 2,71 điểm phần trăm") or as shares of the growth ("đóng góp
 * 68,57%"), read for the checks of check-contributions.ts and shares-of-growth.ts.
 */

/** Slack for binary floating point when comparing sums. */
export const EPSILON = 1e-9;
/** Fewest contributions worth adding up. */
export const MIN_PARTS = 2;

// Grammar: contribution := verb growth-object? space+ ( degree space+ )? ( ( "thêm" | "tới" | "đến" | "được" | "với" ) space+ )?
//   ( "(" space* minus? space* )? number ( space* ")" )? space* ( "%" space* )? points      minus := "-" | "−" (a fall)
//   | direction space+ number space* "%" space* "(" space* number space* points space* ")" — a sector's change with its points
//   in brackets
//   degree := ( "nhiều" | "lớn" | "cao" | "thấp" | "ít" ) space+ "nhất" — the part that contributed most or least
//   verb := contribution-verb (claim-patterns.ts: "đóng góp", "làm giảm", …)      points := "điểm phần trăm" | "điểm %"
//   | "điểm" not before a letter (the points said short: "đóng góp 0,15 điểm", Đà Nẵng, 9 months of 2023)
//   growth-object := see claim-patterns.ts ("cho tăng trưởng chung")      direction := "tăng" | "giảm"
// Example: "dịch vụ đóng góp 2,71 điểm phần trăm" → verb "đóng góp", number "2,71";
//          "làm giảm 0,35 điểm phần trăm" counts against the growth; "đóng góp cho tăng trưởng chung 1,94 điểm %" → 1,94;
//          "đóng góp 1,68% điểm phần trăm" (a stray "%": Bắc Kạn, 2021) → 1,68; "đóng góp được 0,51 điểm %" (Nghệ An, 2019) → 0,51;
//          "đóng góp nhiều nhất 3,38 điểm phần trăm", "đóng góp cao nhất với 2,84 điểm phần trăm" (Bình Định, Đắk Nông) → 3,38, 2,84;
//          "khu vực nông, lâm nghiệp, thủy sản tăng 2,13% (0,33 điểm phần trăm)" (Hà Tĩnh, first half of 2021) → 0,33;
//          "thuế sản phẩm đã kéo giảm (-0,20) điểm %" (Tây Ninh, first half of 2022) → 0,20 against the growth.
const CONTRIBUTION = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?<verb>${CONTRIBUTION_VERB_SOURCE})${GROWTH_OBJECT_SOURCE}?\\s+(?:(?:nhiều|lớn|cao|thấp|ít)\\s+nhất\\s+)?(?:(?:thêm|tới|đến|được|với)\\s+)?(?:\\(\\s*(?<minus>[-−])?\\s*)?(?<n>${NUMBER_SOURCE})(?:\\s*\\))?\\s*(?:%\\s*)?(?:điểm\\s+phần\\s+trăm|điểm\\s*%|điểm(?![\\p{L}\\p{M}]))` +
    `|(?<direction>tăng|giảm)\\s+${NUMBER_SOURCE}\\s*%\\s*\\(\\s*(?<bracketed>${NUMBER_SOURCE})\\s*(?:điểm\\s+phần\\s+trăm|điểm\\s*%)\\s*\\))`,
  'giu',
);

/** One contribution: where it is printed, its figure, and −1 for one that pulls the growth down. */
export interface Contribution {
  readonly place: TextPlace;
  readonly value: number;
  readonly decimals: number;
  readonly sign: 1 | -1;
}

// Grammar: verb-word := "góp" | "làm" | "kéo" | ( "điểm phần trăm" | "điểm %" ) space* ")", any case — what every contribution
//   holds (a verb, or the points of one that closes its bracket)
// Example: "dịch vụ đóng góp 2,71 điểm phần trăm" has "góp", "tăng 2,13% (0,33 điểm phần trăm)" its closing points; "thu
// ngân sách tăng 5%" has none, so it holds no contribution and the patterns above need not run over it.
const VERB_WORD = /góp|làm|kéo|điểm\s+phần\s+trăm\s*\)|điểm\s*%\s*\)/iu;

// Grammar: sub-part := ( ( start | "," | ";" | "(" | ")" ) space* "trong đó" | ( start | "," | "(" | ")" ) space* "riêng" )
//   followed by a space or ":"
// Example: "(đóng góp 81%), riêng khu vực công nghiệp … (đóng góp 79,3%)": the industry is a part of the 81%, not a
//          peer of it; "; trong đó công nghiệp chế biến, chế tạo … đóng góp 2,35 điểm phần trăm" likewise. After a ";" that
//          ends a peer, "riêng" sets the next peer apart: "…; riêng ngành khai khoáng giảm 51,23%, làm giảm 0,19 điểm phần
//          trăm" (Nam Định's industrial production index, four months of 2025) is the fourth section, no part of the third.
const SUB_PART = /(?:(?:^|[,;()])\s*trong\s+đó|(?:^|[,()])\s*riêng)(?=[\s:])/iu;

// Grammar: peer-break := ";" | "." — the end of a sub-list: what follows is a peer of the parts before it again
// Example: "riêng khu vực công nghiệp … (đóng góp 79,3%); Khu vực dịch vụ … (đóng góp 15,2%)" → services is a peer.
const PEER_BREAK = /[;.]/u;

// Grammar: other-time := ( "cùng" space+ "kỳ" | ( "năm" | "kỳ" ) space+ "trước" | digit{4} ) — in a bracket before a
//   contribution, the time of another period than the sentence's
// Example: "(6 tháng/2018 đóng góp 2,98 điểm %)" and "(cùng kỳ năm 2014 tăng 7,09%, đóng góp 2,98 điểm %)" are of the year
//          before (Nghệ An, 6 months of 2019; Kiên Giang, 9 months of 2015); "(đóng góp 79,3%)" is not.
const OTHER_TIME = /cùng\s+kỳ|(?:năm|kỳ)\s+trước|(?<!\d)(?:19|20)\d\d(?!\d)/iu;

/** Where the bracket that holds offset `at` of `sentence` opens, or −1 when `at` is in none. */
function openBracketAt(sentence: string, at: number): number {
  const open = sentence.lastIndexOf('(', at);
  return open >= 0 && sentence.lastIndexOf(')', at) < open ? open : -1;
}

/** Whether the offset `at` of `sentence` is in a bracket that names another time before it (see OTHER_TIME). */
function inBracketOfOtherTime(sentence: string, at: number): boolean {
  const open = openBracketAt(sentence, at);
  return open >= 0 && OTHER_TIME.test(sentence.slice(open, at));
}

// Grammar: detail-gap := ( space | "," )* — all that stands between a contribution and a bracket that details it
// Example: " " between "đóng góp 2,58 điểm %" and "(công nghiệp đóng góp 0,79 điểm %, …)"; not "; công nghiệp tăng 8% "
//          before "(3,5 điểm phần trăm)", a peer's own points.
const DETAIL_GAP = /^[\s,]*$/u;

/**
 * The contributions printed between `from` and `to` (a sentence), by `pattern` (in points by default), leaving out the
 * parts of a part ("riêng …", "trong đó …") and those of another period, in brackets ("(6 tháng/2018 đóng góp 2,98
 * điểm %)").
 *
 * @example
 * contributionsIn(t, 0, t.length).map((c) => c.value) // [0,29, 2,57, 2,71] for the three sectors of GSO's Q1/2022
 */
export function contributionsIn(text: string, from: number, to: number, pattern: RegExp = CONTRIBUTION): Contribution[] {
  const out: Contribution[] = [];
  const sentence = text.slice(from, to);
  if (!VERB_WORD.test(sentence)) return out;
  let previousEnd = -1;
  let inSubList = false;
  let detailOpen = -1;
  for (const m of sentence.matchAll(pattern)) {
    // A part named after "riêng" or "trong đó" is within the part before it: adding it would count it twice.
    // What was printed since the contribution before (its part's name and change), never the sentence again.
    const since = sentence.slice(Math.max(previousEnd, 0), m.index);
    if (previousEnd >= 0) inSubList = SUB_PART.test(since) || (inSubList && !PEER_BREAK.test(since));
    // So are the parts in a bracket that opens right after a contribution: "đóng góp 2,58 điểm % (công nghiệp đóng góp
    // 0,79 điểm %, xây dựng đóng góp 1,79 điểm %)".
    const open = openBracketAt(sentence, m.index);
    if (open >= 0 && open !== detailOpen && previousEnd >= 0 && previousEnd <= open && DETAIL_GAP.test(sentence.slice(previousEnd, open))) detailOpen = open;
    previousEnd = m.index + m[0].length;
    if (inSubList || (open >= 0 && open === detailOpen) || inBracketOfOtherTime(sentence, m.index)) continue;
    const n = m.groups?.n ?? m.groups?.bracketed;
    const figure = n === undefined ? null : makeFigure(n, undefined);
    if (figure === null) continue;
    const start = from + m.index;
    // "giảm 1,2% (0,1 điểm phần trăm)": a sector that fell pulls the growth down.
    const direction = m.groups?.direction;
    // "kéo giảm (-0,20) điểm %": the sign repeats what the verb says; "đóng góp (-0,20) điểm %" says it alone.
    const signed = m.groups?.minus !== undefined ? -1 : signOf(foldDiacritics(m.groups?.verb ?? ''), since);
    const sign = direction === undefined ? signed : foldDiacritics(direction).toLowerCase() === 'giam' ? -1 : 1;
    out.push({ place: { start, end: start + m[0].length }, value: figure.value, decimals: figure.decimals, sign });
  }
  return out;
}

// Grammar: part-direction := ( "tăng" | "giảm" ) as a word (folded); the last one of the clause before the contribution,
//   after the contribution before it
// Example: "thuế sản phẩm tăng 0,90% , " before "đóng góp giảm 0,04 điểm phần trăm" → "tang".
const PART_DIRECTION = /(?<![a-z])(tang|giam)(?![a-z])/gu;

/**
 * Whether a contribution adds to the growth (1) or pulls it down (−1): "làm giảm" and "kéo giảm" pull it down; "đóng góp
 * giảm" goes the way its part went ("thuế sản phẩm tăng 0,90%, đóng góp giảm 0,04 điểm phần trăm" adds 0,04: Ninh
 * Thuận's four components sum so to its GRDP's 8,26% in the first quarter of 2024); any other adds.
 */
function signOf(verb: string, before: string): 1 | -1 {
  if (verb.startsWith('dong gop')) {
    if (!verb.endsWith('giam')) return 1;
    const clause = foldDiacritics(before.slice(before.lastIndexOf(';') + 1));
    return [...clause.matchAll(PART_DIRECTION)].at(-1)?.[1] === 'tang' ? 1 : -1;
  }
  return verb.endsWith('giam') ? -1 : 1;
}

// Grammar: share-of-growth := verb growth-object? space+ number space* "%" not-followed-by ( space* "/" | named-whole )
//   verb := contribution-verb      named-whole := see claim-patterns.ts ("tổng dư nợ": a share of a level, no growth)
// Example: "dịch vụ tăng 6,32%, đóng góp 68,57%" → 68,57 (a share of the growth); "làm giảm 4,76%" counts against it;
//          not "đóng góp 45,5% tổng dư nợ tín dụng" (TP. Hồ Chí Minh's credit, September 2021).
export const SHARE_OF_GROWTH = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<verb>${CONTRIBUTION_VERB_SOURCE})${GROWTH_OBJECT_SOURCE}?\\s+(?<n>${NUMBER_SOURCE})\\s*%(?!\\s*\\/|${NAMED_WHOLE_SOURCE})`,
  'giu',
);

/**
 * The contributions written as a sum: "0,29 + 2,57 − 0,35".
 *
 * @example
 * termsText(parts) // '0,29 + 2,57 + 2,71'
 */
export function termsText(parts: readonly Contribution[]): string {
  return parts.map((p, i) => `${i === 0 ? (p.sign < 0 ? '−' : '') : p.sign < 0 ? ' − ' : ' + '}${formatNumber(p.value, p.decimals)}`).join('');
}
