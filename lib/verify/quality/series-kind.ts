import { foldDiacritics } from '../../claims/normalize-text';
import { readValueUnitSign } from '../value-unit';

// Grammar: a rate or change word in a folded indicator name or unit, as a whole word group:
// "toc do" | "tang truong" | "ty le" | "ti le" | "ty suat" | "ti suat" | "co cau" | "ty trong" | "ti trong" | "chi so" | "diem" | "lan".
// Example: "toc do tang truong grdp" and "ty le ho ngheo" match; "tong von dau tu" does not.
const RATE_WORDS = /(?<![a-z])(?:toc do|tang truong|t[yi] le|t[yi] suat|co cau|t[yi] trong|chi so|diem|lan)(?![a-z])/u;

/**
 * True when a series holds levels (tonnes, billion đồng, people) whose ratios between years mean
 * something: not a rate, share, index or change, whose values may legitimately be small, zero or
 * jump (a growth rate of 0,5 % after 7 %).
 *
 * @example
 * isLevelSeries('Thu ngân sách trên địa bàn', 'Tỷ đồng') // true
 * isLevelSeries('Tốc độ tăng trưởng GRDP', '%')          // false
 * isLevelSeries('Tỷ lệ hộ nghèo', '')                    // false
 */
export function isLevelSeries(indicator: string, unit: string): boolean {
  if (readValueUnitSign(unit) !== null || unit.includes('%') || unit.includes('‰')) return false;
  return !RATE_WORDS.test(foldDiacritics(`${indicator} ${unit}`.toLowerCase()));
}
