import { withoutPriceBase } from './price-base';
import type { Synonym } from './reference-types';

/**
 * Built-in synonyms (folded phrases, written form → meaning): the abbreviations and spellings officials mix.
 * An admin adds more in the UI; these always apply.
 */
export const DEFAULT_SYNONYMS: readonly Synonym[] = [
  { from: 'gdp', to: 'grdp' },
  { from: 'tong san pham tren dia ban', to: 'grdp' },
  { from: 'quy mo grdp', to: 'grdp' },
  { from: 'quy mo nen kinh te', to: 'grdp' },
  { from: 'ti', to: 'ty' },
  { from: 'th', to: 'thuc hien' },
  { from: 'kh', to: 'ke hoach' },
  { from: 'xnk', to: 'xuat nhap khau' },
  { from: 'nsnn', to: 'ngan sach nha nuoc' },
];

// Grammar: word := ( letter | digit )+
// Example: "GRDP (giá so sánh 2010)" has the words "grdp" once the price base is taken out.
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Normalises a synonym phrase as the matcher compares it: folded, punctuation dropped, one space.
 *
 * @example
 * synonymPhrase('  Tổng sản phẩm trên địa bàn '); // 'tong san pham tren dia ban'
 */
export function synonymPhrase(text: string): string {
  return words(withoutPriceBase(text)).join(' ');
}

function replacePhrase(tokens: readonly string[], from: readonly string[], to: readonly string[]): string[] {
  if (from.length === 0) return [...tokens];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (from.every((w, k) => tokens[i + k] === w)) {
      out.push(...to);
      i += from.length;
    } else {
      out.push(tokens[i] ?? '');
      i += 1;
    }
  }
  return out;
}

const NO_SYNONYMS: readonly Synonym[] = [];
/** Keys already made, per synonym list: a page compares thousands of names with the same few series. */
const memo = new WeakMap<readonly Synonym[], Map<string, string>>();
/** Most keys kept per synonym list, so a long-lived list cannot grow without bound. */
const MEMO_LIMIT = 100_000;

/**
 * The key an indicator name is compared by: folded (no diacritics, lower case), the price base and punctuation
 * taken out, and every synonym (the built-in ones, then the admin's, longest phrase first) replaced by its meaning.
 *
 * @example
 * indicatorKey('Tổng sản phẩm trên địa bàn (GDP) theo giá hiện hành'); // 'grdp'
 * indicatorKey('Tỉ lệ hộ nghèo'); // 'ty le ho ngheo'
 * indicatorKey('Thu NSNN', [{ from: 'thu nsnn', to: 'thu ngan sach' }]); // 'thu ngan sach'
 */
export function indicatorKey(name: string, synonyms: readonly Synonym[] = NO_SYNONYMS): string {
  let keys = memo.get(synonyms);
  if (keys === undefined) {
    keys = new Map();
    memo.set(synonyms, keys);
  }
  const known = keys.get(name);
  if (known !== undefined) return known;
  const all = [...synonyms, ...DEFAULT_SYNONYMS]
    .map((s) => ({ from: words(s.from), to: words(s.to) }))
    .sort((a, b) => b.from.length - a.from.length);
  let tokens = words(withoutPriceBase(name));
  for (const s of all) tokens = replacePhrase(tokens, s.from, s.to);
  // A phrase and its abbreviation side by side ("tổng sản phẩm (GRDP)") name one thing once.
  const key = tokens.filter((w, i) => w !== tokens[i - 1]).join(' ');
  if (keys.size >= MEMO_LIMIT) keys.clear();
  keys.set(name, key);
  return key;
}
