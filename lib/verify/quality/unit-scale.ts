import { foldDiacritics, normalizeText } from '../../claims/normalize-text';
import { baseOfUnit, scaleOfUnit } from '../../claims/scale-words';

// Grammar: "ngan" → "nghin" and "ti" → "ty" as whole words (spellings of one scale word).
// Example: "ngan tan" → "nghin tan"; "ti dong" → "ty dong".
const SPELLING = /(?<![a-z])(ngan|ti)(?![a-z])/gu;

/**
 * The comparable form of a unit: NFC, lower case, no diacritics, whitespace collapsed, one
 * spelling per scale word (`tỉ` = `tỷ`, `ngàn` = `nghìn`), outer brackets dropped.
 *
 * @example
 * unitKey('Tỉ đồng')     // 'ty dong'
 * unitKey(' (Nghìn tấn)') // 'nghin tan'
 */
export function unitKey(unit: string): string {
  // A dataset repeats a handful of unit texts on every value: each is folded once.
  const known = keys.get(unit);
  if (known !== undefined) return known;
  const key = foldUnit(unit);
  if (keys.size < 1000) keys.set(unit, key);
  return key;
}

const keys = new Map<string, string>();

function foldUnit(unit: string): string {
  // Grammar: one leading "(" and one trailing ")" with the spaces next to them. Example: "(nghin tan)" → "nghin tan".
  const bare = normalizeText(foldDiacritics(normalizeText(unit).toLowerCase())).replace(/^\(\s*|\s*\)$/gu, '');
  return bare.replace(SPELLING, (w) => (w === 'ngan' ? 'nghin' : 'ty'));
}

/**
 * How many times a value in `to` is worth one in `from`, when the two units differ only by scale
 * words; `null` when their base units differ (`USD` and `đồng`).
 *
 * @example
 * scaleBetween('Tỷ đồng', 'Triệu đồng') // 0.001
 * scaleBetween('Tấn', 'Nghìn tấn')      // 1000
 * scaleBetween('USD', 'Triệu đồng')     // null
 */
export function scaleBetween(from: string, to: string): number | null {
  if (baseOfUnit(from) !== baseOfUnit(to)) return null;
  return scaleOfUnit(to) / scaleOfUnit(from);
}

const SCALE_NAMES: readonly (readonly [number, string])[] = [
  [1e12, 'nghìn tỷ'],
  [1e9, 'tỷ'],
  [1e6, 'triệu'],
  [1e3, 'nghìn'],
  [1, ''],
];

/**
 * The unit with its scale multiplied by `factor` (`Tỷ đồng` × 0,001 → `Triệu đồng`); `null` when
 * the new scale has no usual name or the unit has no scale word to replace and no base.
 *
 * @example
 * rescaleUnit('Tỷ đồng', 1e-3) // 'Triệu đồng'
 * rescaleUnit('Tấn', 1e3)      // 'Nghìn tấn'
 * rescaleUnit('Tấn', 1e-3)     // null
 */
export function rescaleUnit(unit: string, factor: number): string | null {
  const target = scaleOfUnit(unit) * factor;
  const name = SCALE_NAMES.find(([scale]) => Math.abs(scale / target - 1) < 1e-9)?.[1];
  if (name === undefined) return null;
  // Grammar: the scale words of the unit as written, with the spaces after them (any case, any diacritics).
  // Example: "Nghìn tỷ đồng" → "đồng"; "Tấn" → "Tấn".
  const base = normalizeText(unit.normalize('NFC').replace(/(?<![\p{L}])(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?![\p{L}])\s*/giu, ''));
  if (base === '') return null;
  const text = name === '' ? base : `${name} ${base.charAt(0).toLowerCase()}${base.slice(1)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
