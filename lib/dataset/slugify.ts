import { foldDiacritics } from '../claims/normalize-text';

/** Each non-ASCII code unit folded (lower case, no diacritics, đ → d); bounded by the 65 536 code units. */
const foldedUnits = new Map<number, string>();

function foldUnit(code: number): string {
  let folded = foldedUnits.get(code);
  if (folded === undefined) {
    folded = foldDiacritics(String.fromCharCode(code));
    foldedUnits.set(code, folded);
  }
  return folded;
}

const isSlugChar = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/**
 * An ASCII kebab-case slug for ids and file names: the text folded (lower case, diacritics dropped,
 * đ → d), every run of characters that are not ASCII letters or digits one hyphen, none at the ends;
 * `chi-tieu` when nothing is left. One pass, each code unit folded once (a 100 000-row upload slugs
 * every indicator name several times).
 *
 * @example
 * slugify('GDP bình quân đầu người 2009–2022') // 'gdp-binh-quan-dau-nguoi-2009-2022'
 */
export function slugify(text: string): string {
  let slug = '';
  let gap = false;
  const put = (char: string, code: number): void => {
    if (!isSlugChar(code)) {
      gap = true;
      return;
    }
    if (gap && slug !== '') slug += '-';
    gap = false;
    slug += char;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
      put(String.fromCharCode(lower), lower);
      continue;
    }
    // A folded unit may be empty (a combining mark) or longer than one character.
    const folded = foldUnit(code);
    for (let j = 0; j < folded.length; j++) put(folded.charAt(j), folded.charCodeAt(j));
  }
  return slug === '' ? 'chi-tieu' : slug;
}
