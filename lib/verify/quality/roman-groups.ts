import { collapseWhitespace } from '../../tables/collapse-whitespace';
import type { TableRow } from '../../tables/types';
import { breakdownName, foldedNamesOf } from './breakdown-names';

/*
 * A statistics office's table groups its rows under Roman numerals, each a total, with its parts after a dash and the
 * parts' own splits under them unmarked (Kiên Giang's health establishments, 2006–2011):
 *
 *   I. Cơ sở phòng và chữa bệnh      158
 *    - Bệnh viện                      14
 *   Nhà nước                          13
 *   Ngoài Nhà nước                     1
 *    - Phòng khám khu vực             15
 *    - Trạm y tế xã, phường          129
 *   II. Giường bệnh                 3.970
 *
 * The dashed rows may be a whole list or only some of the parts (the beds of the communes' stations left out); the
 * caller reads them as a whole list only where they add up in most years. So is the split by ownership under a dashed
 * part ("Nhà nước", "Ngoài Nhà nước" under "- Bệnh viện").
 */

// Grammar: roman-item := ( "I" | "V" | "X" ){1,4} "." space — a top-level group numbered in Roman numerals
// Example: "I. Cơ sở phòng và chữa bệnh - Health establishments", "II. Giừơng bệnh (Giường)"; not "Iốt …", "1. Huyện A".
const ROMAN_ITEM = /^[IVX]{1,4}\.\s/u;

// Grammar: dash-part := ( "-" | "–" ) space — a part printed after a dash (the space keeps out a negative number)
// Example: "- Bệnh viện - Hospital", "– Trạm y tế xã, phường"; not "Nhà nước - State", nor "-5".
const DASH_PART = /^[-–]\s/u;

/**
 * Whether a row is numbered in Roman numerals ("I. Cơ sở y tế").
 *
 * @example
 * isRomanItem('II. Giừơng bệnh (Giường)') // true
 * isRomanItem('1. Huyện A') // false
 */
export function isRomanItem(name: string): boolean {
  return ROMAN_ITEM.test(collapseWhitespace(name));
}

/**
 * The rows after a dash under row `at` when it is numbered in Roman numerals, up to the next such row or the end of its
 * section, passing over the unmarked rows under each (a part's own split); null when there are fewer than two.
 *
 * @example
 * dashPartsUnder(rows, 0)?.map((r) => r.indicator) // ['- Bệnh viện - Hospital', '- Phòng khám khu vực - Health room', '- Trạm y tế xã, phường - …']
 */
export function dashPartsUnder(rows: readonly TableRow[], at: number): TableRow[] | null {
  const row = rows[at];
  if (row === undefined || !isRomanItem(row.indicator)) return null;
  const parts: TableRow[] = [];
  for (const next of rows.slice(at + 1)) {
    if (isRomanItem(next.indicator) || next.section !== row.section) break;
    if (DASH_PART.test(collapseWhitespace(next.indicator))) parts.push(next);
  }
  return parts.length >= 2 ? parts : null;
}

// Grammar (folded): of-which := "trong do" | "trong so" at the start — a row that names some of the parts only
// Example: "Trong đó: Quốc doanh - Of which: State - managed" under "I. Diện tích trồng (Ha)".
const OF_WHICH = /^trong (?:do|so)(?![a-z])/u;

/**
 * The unmarked rows under row `at` when it is numbered in Roman numerals and no row under it prints a dash, up to the
 * next such row or the end of its section, its "Trong đó" rows aside; null when there are fewer than two. Lâm Đồng's
 * yearbook 2005 (biểu 61) prints the tea area so: "I. Diện tích trồng (Ha)" over "Trong đó: Quốc doanh" and the ten
 * districts by name alone ("Đà Lạt", "Bảo Lộc", …). The caller reads them as a whole list only where they add up in most
 * years.
 *
 * @example
 * plainPartsUnder(rows, 0)?.length // 10
 */
export function plainPartsUnder(rows: readonly TableRow[], at: number): TableRow[] | null {
  const row = rows[at];
  if (row === undefined || !isRomanItem(row.indicator)) return null;
  const parts: TableRow[] = [];
  for (const next of rows.slice(at + 1)) {
    if (isRomanItem(next.indicator) || next.section !== row.section) break;
    const name = collapseWhitespace(next.indicator);
    if (DASH_PART.test(name)) return null;
    if (!OF_WHICH.test(breakdownName(name))) parts.push(next);
  }
  return parts.length >= 2 ? parts : null;
}

// Grammar (folded), each the whole name, its bullet and English aside (breakdownName): state := "nha nuoc"; non-state :=
//   "ngoai nha nuoc"; foreign := [ "khu vuc" space ] [ "co" space ] [ "von" space ] "dau tu nuoc ngoai" — a part's split by ownership
// Example: "Nhà nước - State", "Ngoài Nhà nước - Non-state", "Có vốn đầu tư nước ngoài"; not "Kinh tế Nhà nước" (a sector
//          of a GRDP table, whose split the standard breakdowns read).
const OWNERS: readonly RegExp[] = [/^nha nuoc$/u, /^ngoai nha nuoc$/u, /^(?:khu vuc )?(?:co )?(?:von )?dau tu nuoc ngoai$/u];

/** Which of OWNERS a row's name is, or -1. */
function ownerOf(row: TableRow): number {
  const name = foldedNamesOf(row).breakdown;
  return OWNERS.findIndex((owner) => owner.test(name));
}

/**
 * The split by ownership printed right under a dashed part (" - Bệnh viện" over "Nhà nước", "Ngoài Nhà nước", maybe
 * "Có vốn đầu tư nước ngoài"): the state's and the non-state's rows, each once, and the foreign one when printed; null
 * for a row not after a dash, or any other rows under it.
 *
 * @example
 * ownersUnderDash(rows, 1)?.map((r) => r.indicator) // ['Nhà nước - State', 'Ngoài Nhà nước - Non-state']
 */
export function ownersUnderDash(rows: readonly TableRow[], at: number): TableRow[] | null {
  const row = rows[at];
  if (row === undefined || !DASH_PART.test(collapseWhitespace(row.indicator))) return null;
  const parts: TableRow[] = [];
  const seen = new Set<number>();
  for (const next of rows.slice(at + 1)) {
    const owner = ownerOf(next);
    if (owner < 0 || next.section !== row.section) break;
    if (seen.has(owner)) return null;
    seen.add(owner);
    parts.push(next);
  }
  return seen.has(0) && seen.has(1) ? parts : null;
}
