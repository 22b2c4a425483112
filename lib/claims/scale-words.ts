import { foldDiacritics, normalizeText } from './normalize-text';

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

// Grammar: one leading "(" and one trailing ")" with the spaces next to them. Example: "(nghin tan)" → "nghin tan".
const OUTER_BRACKETS = /^\(\s*|\s*\)$/gu;

/**
 * What a unit counts: the unit folded (lower case, no diacritics, one space), without its outer brackets and its
 * scale words, so that two units that differ by scale only have one base ("tỷ đồng" and "triệu tỉ đồng"); the empty
 * text for a unit that is only scale words ("triệu") or none.
 *
 * @example
 * baseOfUnit('Nghìn tỷ đồng') // → 'dong'
 * baseOfUnit('(Triệu người)') // → 'nguoi'
 * baseOfUnit('USD/lao động')  // → 'usd/lao dong'
 * baseOfUnit('%')             // → '%'
 * baseOfUnit('triệu lượt khách') // → 'luot'
 */
export function baseOfUnit(unit: string): string {
  // A document prints few units and compares each of them many times: each is read once.
  const known = bases.get(unit);
  if (known !== undefined) return known;
  const read = normalizeText(normalizeText(foldDiacritics(unit.normalize('NFC'))).replace(OUTER_BRACKETS, '').replace(SCALE_WORD, ' '));
  const base = SAME_COUNT[read] ?? read;
  if (bases.size >= MAX_KNOWN) bases.clear();
  bases.set(unit, base);
  return base;
}

/** Units that count one thing under two names, by base: a visit is a "lượt", whoever makes it ("2,58 triệu lượt khách" is
 * "2,48 triệu lượt" of domestic and "100 nghìn lượt" of international visitors). */
const SAME_COUNT: Readonly<Record<string, string>> = { 'luot khach': 'luot', 'luot nguoi': 'luot' };

const bases = new Map<string, string>();
const MAX_KNOWN = 10_000;
