import { foldDiacritics } from '../../claims/normalize-text';
import { hasExactFigure } from './exact-figure';
import { yearsFit } from './find-time-phrases';
import { partIndexOf, withCounts } from './link-share-counts';
import type { ExtractedClaim, Figure } from '../types';

/*
 * A share that names its whole, a level printed a sentence or a paragraph before it: "Vụ lúa mùa năm 2020 cả nước gieo
 * cấy được 1.585,2 nghìn ha, … . Tính đến trung tuần tháng Mười, cả nước thu hoạch được 990,7 nghìn ha lúa mùa, chiếm
 * 62,5% diện tích gieo cấy" (GSO, October 2020): 990,7 / 1.585,2 × 100 = 62,50. The share is read against the level right
 * before it (its part) and the nearest earlier level named by the whole's own words (its whole).
 *
 * The link is made only when every sign points to it:
 * - the whole's name has a word of its own, past the words any measure or total uses ("diện tích", "tổng", "số"):
 *   "tổng kim ngạch" names no level by itself;
 * - the level's name, past the words of a place or a total ("cả nước", "toàn tỉnh"), says nothing the whole's name does
 *   not ("vốn đầu tư nhà nước" is no "tổng vốn đầu tư"), and holds each of the whole's own words;
 * - the level counts what the part counts, is larger, of the same year (or either has none), a few sentences back;
 * - the share it gives is within half of the printed one: a level so far off is another quantity.
 */

// Grammar: whole-words := ( letter | mark | space )+ — the words of a named whole, up to the first other character
// Example: " diện tích gieo cấy và bằng 97,2% …" → " diện tích gieo cấy và bằng ", cut at "và" below.
const WHOLE_WORDS = /^[\p{L}\p{M}\s]+/u;

/** Words that end a whole's name: what follows them says something else of the part ("và bằng 97,2%"). */
const NAME_ENDS = new Set(['va', 'tang', 'giam', 'bang', 'dat', 'so', 'voi', 'trong', 'con']);

/** Folded words a measure or a total shares with every other: they name no level by themselves. */
const MEASURE_WORDS = new Set(['tong', 'so', 'dien', 'tich', 'san', 'luong', 'gia', 'tri', 'kim', 'ngach', 'quy', 'mo', 'muc', 'cua', 'tren', 'toan', 'bo']);

/** Folded words of a place or a total in a level's name ("cả nước gieo cấy", "toàn tỉnh"). */
const PLACE_WORDS = new Set(['ca', 'nuoc', 'toan', 'tinh', 'tong', 'so', 'tren', 'dia', 'ban', 'chung']);

/** How many sentences back the whole may be printed, and how many claims back at most (a long list stays linear). */
const MAX_SENTENCES_BACK = 6;
const MAX_CLAIMS_BACK = 40;

// Grammar: part-to-share := ( space+ word ){0,4} space* "," space* — the words after the part's unit, then the comma
// Example: " lúa mùa, " between "990,7 nghìn ha" and "chiếm 62,5%".
const PART_TO_SHARE = /^(?:\s+[\p{L}\p{M}]+){0,4}\s*,\s*$/u;

function foldedWords(text: string): string[] {
  return foldDiacritics(text.toLowerCase()).split(/[^a-z0-9]+/u).filter((w) => w !== '');
}

/** The folded words of the whole a share names right after its figure, up to a word that ends the name. */
function wholeNameAt(raw: string, end: number): string[] {
  const words = foldedWords(WHOLE_WORDS.exec(raw.slice(end, end + 80))?.[0] ?? '');
  const stop = words.findIndex((w) => NAME_ENDS.has(w));
  return stop < 0 ? words : words.slice(0, stop);
}

/** A level with one figure in a unit that is no rate, printed as it is (no "gần", "hơn"). */
function levelFigure(claim: ExtractedClaim | undefined): Figure | null {
  const figure = claim?.figures[0];
  if (claim === undefined || figure === undefined || claim.kind !== 'value' || claim.figures.length !== 1 || !hasExactFigure(claim)) return null;
  return figure.unit === null || figure.unit.includes('%') ? null : figure;
}

/** Folded words that join another quantity to a total's name ("tổng số vốn đăng ký cấp mới và vốn tăng thêm"). */
const JOINING_WORDS = new Set(['va', 'cung', 'kem', 'cong']);

/**
 * Whether a level's name is the named whole's: every word of the whole's own in it, and its own words among the whole's
 * unless it names itself a total and joins nothing to it ("tổng dư nợ cho vay nền kinh tế" is the "tổng dư nợ" a share
 * names: a province's banks, Báo Mới, November 2024; "tổng số vốn đăng ký cấp mới và vốn tăng thêm" is not the "tổng
 * vốn đăng ký cấp mới": GSO's FDI, 7 months of 2018).
 */
function namesLevel(whole: readonly string[], own: readonly string[], level: ExtractedClaim): boolean {
  const all = foldedWords(level.indicator ?? '');
  const words = all.filter((w) => !PLACE_WORDS.has(w));
  const extra = words.filter((w) => !whole.includes(w));
  const total = all[0] === 'tong' && !extra.some((w) => JOINING_WORDS.has(w));
  return words.length > 0 && (total || extra.length === 0) && own.every((w) => words.includes(w));
}

/** The share at `index` read against its part and the earlier level its whole's name names (module comment), or `null`. */
function shareOfNamedWhole(raw: string, claims: readonly ExtractedClaim[], index: number): ExtractedClaim | null {
  const share = claims[index];
  // The part, past its own changes printed before the share ("Nợ xấu 179,2 tỷ đồng, tăng 63,6 tỷ đồng so với đầu năm,
  // chiếm 1,09% trên tổng dư nợ").
  const at = partIndexOf(claims, index);
  const part = claims[at];
  const printed = share?.figures[0];
  if (share === undefined || share.kind !== 'share' || share.counts !== undefined || share.namesWhole !== true || printed?.unit !== '%') return null;
  const partFigure = levelFigure(part);
  const last = claims[index - 1];
  if (part === undefined || last === undefined || partFigure === null || part.sentence !== share.sentence || !PART_TO_SHARE.test(raw.slice(last.end, share.start))) return null;
  const whole = wholeNameAt(raw, share.end);
  const own = whole.filter((w) => !MEASURE_WORDS.has(w));
  if (own.length === 0) return null;
  for (let k = at - 1; k >= Math.max(0, index - MAX_CLAIMS_BACK); k--) {
    const level = claims[k];
    if (level === undefined || level.sentence < share.sentence - MAX_SENTENCES_BACK) return null;
    const wholeFigure = levelFigure(level);
    if (wholeFigure === null || wholeFigure.unit !== partFigure.unit || !(wholeFigure.value > partFigure.value)) continue;
    if (!namesLevel(whole, own, level) || !yearsFit(level.years, part.years)) continue;
    const computed = (partFigure.value / wholeFigure.value) * 100;
    return computed >= printed.value / 2 && computed <= printed.value * 1.5 ? withCounts(share, partFigure, wholeFigure) : null;
  }
  return null;
}

/**
 * Each share that names its whole read against the level right before it and the nearest earlier level of that name
 * (module comment), as a `share` claim with `counts`; claims of the whole text, in order (after markNamedWholes).
 * Everything else is returned as it was.
 *
 * @example
 * // raw = 'Cả nước gieo cấy được 1.585,2 nghìn ha. Cả nước thu hoạch được 990,7 nghìn ha lúa mùa, chiếm 62,5% diện tích gieo cấy.'
 * linkSharesOfNamedWhole(raw, claims)[2]?.counts // { part: 990,7 nghìn ha, whole: 1.585,2 nghìn ha }
 */
export function linkSharesOfNamedWhole(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.map((claim, i) => (claim.kind === 'share' && claim.namesWhole === true && claim.counts === undefined ? (shareOfNamedWhole(raw, claims, i) ?? claim) : claim));
}
