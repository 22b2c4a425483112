import { foldDiacritics } from './normalize-text';

/**
 * Scale words are part of a number (spec §2b): `nghìn`/`ngàn` 10^3, `vạn` 10^4, `triệu` 10^6, `tỷ`/`tỉ` 10^9,
 * and their combinations (`nghìn tỷ` 10^12, `triệu tỉ` 10^15).
 */

// Grammar: SCALE_WORD = ("nghin" | "ngan" | "van" | "trieu" | "ty" | "ti") as a whole word, on folded text.
// Example: "trieu nguoi" holds "trieu"; "nghin ty dong" holds "nghin" and "ty"; "tieu" holds none.
const SCALE_WORD = /(?<![a-z])(nghin|ngan|van|trieu|ty|ti)(?![a-z])/gu;

const FACTORS: Readonly<Record<string, number>> = { nghin: 1e3, ngan: 1e3, van: 1e4, trieu: 1e6, ty: 1e9, ti: 1e9 };

/**
 * The power of ten that the scale words of a unit give; 1 for a unit without any (or none).
 *
 * @example
 * scaleOfUnit('triệu người')   // → 1e6
 * scaleOfUnit('nghìn tỷ đồng') // → 1e12
 * scaleOfUnit('Người/km2')     // → 1
 */
export function scaleOfUnit(unit: string | null | undefined): number {
  if (!unit) return 1;
  let scale = 1;
  for (const m of foldDiacritics(unit).matchAll(SCALE_WORD)) scale *= FACTORS[m[1] ?? ''] ?? 1;
  return scale;
}
