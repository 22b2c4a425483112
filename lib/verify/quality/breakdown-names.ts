import { headerKey } from '../../tables/header-key';
import type { TableRow } from '../../tables/types';

/*
 * A row's name as the yearbooks' breakdowns read it (standard-breakdowns.ts): without its numbering or bullet, its English
 * translation or the block a years-down yearbook adds to it, folded.
 */

// Grammar: bullet := ( digits ( "." | ")" ) | roman "." | "-" | "+" | "*" | "•" ) space+ at the start
// Example: "1. Nhà nước" → "Nhà nước"; "- Tư nhân" → "Tư nhân"; "II. Dịch vụ" → "Dịch vụ".
const BULLET = /^(?:\d{1,2}[.)]|[IVX]{1,4}\.|[-+*•])\s+/u;

// Grammar: english := space* "-" space* ascii-letter ascii* at the end — a bilingual yearbook's English name after the
//   Vietnamese, the dash spaced on both sides or on one only
// Example: "Nhà nước - State" → "Nhà nước"; "Khu vực có vốn đầu tư nước ngoài - Foreign investment sector" → its first part;
// "Trung ương quản lý- Central" and "Địa phương quản lý -Local" (Lâm Đồng's yearbook 2011) → "Trung ương quản lý", "Địa
// phương quản lý"; "Công nghiệp - Xây dựng" keeps its second word (Vietnamese).
const ENGLISH_PART = /\s*-\s*[A-Za-z][\x00-\x7f]*$/u;

/**
 * A row's name as the breakdowns read it: without its numbering or bullet and its English part, folded.
 *
 * @example
 * breakdownName('1. Nhà nước - State') // 'nha nuoc'
 */
export function breakdownName(indicator: string): string {
  return headerKey(withoutBlock(indicator).replace(BULLET, '').replace(ENGLISH_PART, ''));
}

// Grammar: block := space "–" space any+ at the end — the later block of a yearbook with the years down the rows, which
//   the reader adds to the column's name (read-years-down.ts)
// Example: "Nam Male – Cơ cấu - Structure (%)" → "Nam Male".
const BLOCK_SUFFIX = / – .*$/u;

/**
 * A row's name without the block a yearbook with the years down the rows prints it in.
 *
 * @example
 * withoutBlock('Tổng số Total – Cơ cấu - Structure (%)') // 'Tổng số Total'
 */
export function withoutBlock(indicator: string): string {
  return indicator.replace(BLOCK_SUFFIX, '');
}

// Grammar: vietnamese-letter := a letter outside ASCII; english-word := ASCII letters, digits and punctuation only
// Example: in "Doanh nghiệp Nhà nước State owned enterprise" the last word with a Vietnamese letter is "nước".
const VIETNAMESE_LETTER = /[^\x00-\x7f]/u;

/**
 * A name without the English words a bilingual yearbook prints after the Vietnamese on the same line (its header cell's
 * two lines joined by a space): every word after the last one holding a Vietnamese letter; unchanged when none follows.
 *
 * @example
 * withoutEnglishTail('Doanh nghiệp Nhà nước State owned enterprise') // 'Doanh nghiệp Nhà nước'
 * withoutEnglishTail('Nam Male') // 'Nam Male' (no word holds a Vietnamese letter)
 */
export function withoutEnglishTail(name: string): string {
  const words = name.split(' ');
  let last = -1;
  words.forEach((word, i) => {
    if (VIETNAMESE_LETTER.test(word)) last = i;
  });
  return last < 0 ? name : words.slice(0, last + 1).join(' ');
}

/** A row's name folded the ways the review reads it. */
export interface FoldedNames {
  /** The name without its block, folded (headerKey): what totals and "Chia ra" parts are told by. */
  readonly key: string;
  /** breakdownName of the name. */
  readonly breakdown: string;
  /**
   * The breakdown name as printed, without an English tail, and with its dashes read as spaces ("Nam Male" needs the
   * first, "… Nhà nước State" the second, "Phân theo giới tính - By sex Nam - Male" the third: a yearbook with the years
   * down the rows, whose column group and column each print their English after " - ").
   */
  readonly names: readonly string[];
}

// Grammar: dashes := space+ "-" space+ — between a Vietnamese name and its English in a bilingual header
// Example: "Phân theo giới tính - By sex Nam - Male" → "Phân theo giới tính By sex Nam Male".
const DASHES = /\s+-\s+/gu;

/** Each row's folded names, made once: the review looks at every row from each of the rows above it that could be its total. */
const FOLDED = new WeakMap<TableRow, FoldedNames>();

/**
 * A row's name folded the ways the quality review reads it, made once per row.
 *
 * @example
 * foldedNamesOf(row).breakdown // 'nha nuoc' (for "1. Nhà nước - State")
 */
export function foldedNamesOf(row: TableRow): FoldedNames {
  let folded = FOLDED.get(row);
  if (folded === undefined) {
    const breakdown = breakdownName(row.indicator);
    const plain = withoutBlock(row.indicator);
    const names = [breakdown, breakdownName(withoutEnglishTail(plain)), headerKey(plain.replace(BULLET, '').replace(DASHES, ' '))];
    folded = { key: headerKey(plain), breakdown, names };
    FOLDED.set(row, folded);
  }
  return folded;
}
