import { foldDiacritics } from '../../claims/normalize-text';

/** Words that qualify an indicator's name without changing what it measures ("quy mô GRDP của tỉnh" is "GRDP"). */
const NAME_FILLER = new Set([
  'tong', 'quy', 'mo', 'gia', 'tri', 'cua', 'tren', 'dia', 'ban', 'toan', 'tinh', 'thanh', 'pho', 'ca', 'nuoc', 'cac', 'va',
  'nam', 'trong', 'khu', 'vuc', 'chi', 'tieu', 'dat', 'la', 'chung',
]);

// Grammar: word := letter-or-digit+ ; a proper name word := uppercase letter, then at least one lowercase letter
// Example: in "GRDP tỉnh Hưng Yên" the words are GRDP, tỉnh, Hưng, Yên; Hưng and Yên are proper-name words.
const NAME_WORD = /[\p{L}\p{N}]+/gu;
const PROPER_NAME = /^\p{Lu}\p{Ll}/u;

/** Core words by indicator text: a text names few indicators and compares each of them many times. */
const cache = new Map<string, readonly string[]>();
const MAX_CACHED = 10_000;

/** The words that say what an indicator measures: no filler, no place name after the first word. */
function coreList(indicator: string): readonly string[] {
  const known = cache.get(indicator);
  if (known !== undefined) return known;
  const list = readCoreList(indicator);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(indicator, list);
  return list;
}

function readCoreList(indicator: string): string[] {
  const words = indicator.normalize('NFC').match(NAME_WORD) ?? [];
  const kept = words.filter((w, i) => !(i > 0 && PROPER_NAME.test(w))).map((w) => foldDiacritics(w)).filter((w) => !NAME_FILLER.has(w));
  return [...new Set(kept)].sort();
}

/**
 * Whether two names say the same thing once filler and place names are dropped: "GRDP tỉnh Hưng Yên" and
 * "quy mô GRDP của tỉnh", "GRDP bình quân đầu người của tỉnh" and "GRDP bình quân đầu người".
 *
 * @example
 * sameCoreName('GRDP tỉnh Hưng Yên', 'quy mô GRDP của tỉnh'); // true
 */
export function sameCoreName(a: string, b: string): boolean {
  const ca = coreList(a).join(' ');
  return ca !== '' && ca === coreList(b).join(' ');
}

/**
 * Whether every word that says what `narrow` measures is in `wide` too: "năng suất lao động" is named by
 * "Năng suất lao động toàn nền kinh tế", "GRDP Bình Dương" by "GRDP Bình Dương".
 *
 * @example
 * namesWithin('năng suất lao động', 'Năng suất lao động toàn nền kinh tế'); // true
 */
export function namesWithin(narrow: string, wide: string): boolean {
  const words = coreList(narrow);
  const all = new Set(coreList(wide));
  return words.length > 0 && words.every((w) => all.has(w));
}
