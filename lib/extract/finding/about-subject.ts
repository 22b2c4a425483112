import { foldDiacritics } from '../../claims/normalize-text';
import type { ClaimMatch } from './claim-match';
import type { ExtractedClaim } from '../types';

/*
 * A change that names what it measures after its figure: "tăng 21,2% về số doanh nghiệp và tăng 87,01% về số vốn
 * đăng ký", "tăng 14,4% về lượng và tăng 35,3% về trị giá". GSO releases print one such pair in nearly every
 * paragraph on enterprises and on exports: each change belongs to the level it names, not to the level printed last.
 * Plans and resolutions put the object after the verb without "về": "giảm 5% số hộ nghèo", "tăng 2% tỷ lệ che phủ".
 */

// Grammar: about := space* ( "về" space+ | before ( "số" | "tỷ lệ" | "tỉ lệ" ) space ) word ( space+ word ){0,7}, followed by a stop;
//   word := letters ( "." letters )? (a unit such as "tấn.km"); stop := space* ( "," | ";" | "." | "(" | ")" | end )
//   | space+ ( "và" | "so" | "nhưng" | "còn" ) space
// Example: " về số doanh nghiệp và tăng 87,01% …" → "số doanh nghiệp"; " về trị giá so với năm 2022" → "trị giá";
// " về tấn.km so với …" → "tấn.km"; " về số lượng doanh nghiệp mới thành lập, …" → its seven words; not " về đích sớm
// 2 năm" (a digit before any stop) nor " về trước" followed by more than eight words; " số hộ nghèo so với năm 2009"
// after "giảm 5%" → "số hộ nghèo" (the verb before its object).
const ABOUT = /^\s*(?:về\s+|(?=(?:số|tỷ\s+lệ|tỉ\s+lệ)\s))(\p{L}+(?:\.\p{L}+)?(?:\s+\p{L}+){0,7}?)(?=\s*(?:[,;.()]|$)|\s+(?:và|so|nhưng|còn)\s)/iu;

/** What the words after "về" name, once folded: the physical quantity, the money value, or other words. */
type AboutKind = 'quantity' | 'value' | 'words';

/** Words that name the quantity of what is counted or weighed ("về lượng", "về số lượng"). */
const QUANTITY = new Set(['luong', 'so luong', 'san luong', 'khoi luong']);

// Grammar (folded): value-name := ( "tổng" space )? ( "trị giá" | "giá trị" | "kim ngạch" | "giá trị kim ngạch" ), the
//   whole phrase — the money value of what a sentence counts
// Example: "về trị giá", "về kim ngạch" name it; so does a level named only "trị giá 4,06 tỷ USD".
const VALUE_NAME = /^(?:tong )?(?:tri gia|gia tri kim ngach|gia tri|kim ngach)$/u;

// Grammar: lead := ( "tổng số" | "tổng" | "số" | "mức" ) space, at the start, folded
// Example: "so von dang ky" → "von dang ky"; "tong so lao dong" → "lao dong".
const LEAD = /^(?:tong so|tong|so|muc)\s+/u;

// Grammar: money := "đồng" | "usd" | "đô la" as a word of the unit, folded
// Example: "tỷ đồng", "triệu USD" are money; "triệu tấn", "doanh nghiệp" are not.
const MONEY = /(?:^|\s)(?:dong|usd|do la)(?:\s|$)/u;

export interface About {
  /** The words after "về", as printed ("số vốn đăng ký"). */
  readonly words: string;
  /** Offset just past them, relative to the text given. */
  readonly end: number;
}

/**
 * The "về …" phrase right after a change's figure, or `null`.
 *
 * @example
 * readAbout(' về số doanh nghiệp và tăng 87,01% về số vốn đăng ký') // { words: 'số doanh nghiệp', end: 19 }
 * readAbout(', so với năm 2022') // null
 */
export function readAbout(text: string): About | null {
  const m = ABOUT.exec(text);
  const words = m?.[1];
  return m === null || words === undefined ? null : { words, end: m[0].length };
}

// Grammar: about-after-base := space* "về" space — the "về …" of a change printed after its base
// Example: " về số lượng doanh nghiệp mới thành lập, giảm 24,1% về vốn đăng ký" after "giảm 15,8% so với cùng kỳ".
const ABOUT_AFTER_BASE = /^\s*về\s/u;

/**
 * The "về …" phrase right after a change's base, or `null`: only with "về" (after a base, "số …" starts the next subject).
 *
 * @example
 * aboutAfterBase(' về số lượng doanh nghiệp mới thành lập, giảm 24,1%') // { words: 'số lượng doanh nghiệp mới thành lập', end: 39 }
 * aboutAfterBase(' số hộ nghèo') // null
 */
export function aboutAfterBase(text: string): About | null {
  return ABOUT_AFTER_BASE.test(text) ? readAbout(text) : null;
}

function fold(text: string): string {
  return foldDiacritics(text.normalize('NFC')).toLowerCase().trim();
}

function kindOf(folded: string): AboutKind {
  if (QUANTITY.has(folded)) return 'quantity';
  if (VALUE_NAME.test(folded)) return 'value';
  return 'words';
}

function isMoney(claim: ExtractedClaim): boolean {
  return MONEY.test(fold(claim.figures[0]?.unit ?? ''));
}

function isPercent(claim: ExtractedClaim): boolean {
  const unit = claim.figures[0]?.unit ?? '';
  return unit.includes('%') || unit.includes('‰');
}

// Grammar: firm := "doanh nghiệp" | "công ty" | "DN" as words, folded
// Example: "44.200 công ty ra đời" is of "số doanh nghiệp".
const FIRM = /(?:^|\s)(?:doanh nghiep|cong ty|dn)(?:\s|$)/u;

/**
 * Whether a level is of what the folded words name: its indicator says them, or its unit ends in them as whole words
 * ("về tấn" is "17.861 ngàn tấn", not "1.307 triệu tấn.km"); a firm by any of its names.
 */
function names(claim: ExtractedClaim, core: string): boolean {
  const indicator = fold(claim.indicator ?? '').replace(LEAD, '');
  const unit = fold(claim.figures[0]?.unit ?? '');
  if (FIRM.test(core) && (FIRM.test(indicator) || FIRM.test(unit))) return true;
  return indicator.includes(core) || ` ${unit}`.endsWith(` ${core}`) || (indicator !== '' && core.includes(indicator));
}

/**
 * The indicator a change "về …" speaks of: the nearest level before it in its sentence that the words name (for
 * "lượng" the level that is not money, for "trị giá" the one that is), else the words themselves without "số" or
 * "tổng" in front.
 *
 * @example
 * // levels: 8.320 "doanh nghiệp thành lập mới", 59.283 tỷ đồng "số vốn đăng ký"
 * indicatorAbout('số doanh nghiệp', levels) // 'doanh nghiệp thành lập mới'
 * indicatorAbout('lượng', levels) // 'doanh nghiệp thành lập mới'
 * indicatorAbout('số lao động', levels) // 'lao động' (no level names it)
 */
export function indicatorAbout(words: string, before: readonly ExtractedClaim[]): { indicator: string; level: boolean } {
  const folded = fold(words);
  const kind = kindOf(folded);
  const core = folded.replace(LEAD, '');
  const levels = before.filter((c) => c.kind === 'value' && c.indicator !== null && !isPercent(c));
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i];
    if (level === undefined || level.indicator === null) continue;
    const fits = kind === 'quantity' ? !isMoney(level) : kind === 'value' ? isMoney(level) : names(level, core);
    if (fits) return { indicator: level.indicator, level: true };
  }
  // Grammar: lead words as printed := ( "tổng số" | "tổng" | "số" | "mức" ) space+, at the start, any case
  // Example: "số lao động" → "lao động".
  return { indicator: words.replace(/^(?:tổng\s+số|tổng|số|mức)\s+/iu, ''), level: false };
}

// Grammar: joiner := space* ( "," | "và" | "," space* "và" ) space*
// Example: " và " between "tăng 14,4% về lượng" and "tăng 35,3% về trị giá so với năm 2022".
const JOINER = /^\s*(?:,\s*)?(?:và|nhưng)?\s*$/u;

/**
 * Changes "về …" joined in one predicate share the base the last of them names: in "tăng 14,4% về lượng và tăng
 * 35,3% về trị giá so với năm 2022" both compare with 2022. Matches are those of one clause, sorted by start.
 *
 * @example
 * shareAboutBases(matches, text)[0]?.compareTo // { year: 2022 }
 */
export function shareAboutBases(matches: readonly ClaimMatch[], text: string): ClaimMatch[] {
  const out = [...matches];
  for (let i = out.length - 2; i >= 0; i--) {
    const m = out[i];
    const next = out[i + 1];
    if (m === undefined || next === undefined || m.about === undefined || next.about === undefined) continue;
    if (m.compareTo !== null || next.compareTo === null || !JOINER.test(text.slice(m.end, next.start))) continue;
    out[i] = { ...m, compareTo: next.compareTo };
  }
  return out;
}

/**
 * A level named only by its money value ("trị giá 4,06 tỷ USD", "kim ngạch") after another level of its sentence is
 * that level's value: "xuất khẩu cà phê (trị giá)". Named alone, the values of coffee and of rice in one paragraph
 * were one indicator "trị giá", with two values for a year and changes checked against the other good.
 *
 * @example
 * // before: 1,78 triệu tấn "xuất khẩu cà phê"
 * valueOfSubject('trị giá', before) // 'xuất khẩu cà phê (trị giá)'
 */
export function valueOfSubject(indicator: string | null, before: readonly ExtractedClaim[]): string | null {
  if (indicator === null || !VALUE_NAME.test(fold(indicator))) return indicator;
  const subject = [...before].reverse().find((c) => c.kind === 'value' && c.indicator !== null && !VALUE_NAME.test(fold(c.indicator)));
  const name = subject?.indicator ?? null;
  return name === null ? indicator : `${name} (${indicator})`;
}
