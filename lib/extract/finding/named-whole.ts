import { foldDiacritics } from '../../claims/normalize-text';
import type { ExtractedClaim } from '../types';

// Grammar: named-whole := space+ letter, where the words from there are not ( ( "trên" | "trong" | "của" ) space+ )? then
//   "và", "so", "tăng", "giảm", "bằng", "đạt", "cơ cấu" or "tỷ trọng" — the whole a share names right after its figure
// Example: " diện tích gieo cấy" in "chiếm 85,4% diện tích gieo cấy"; " trên tổng số dư nguồn vốn" in "chiếm 72,19% trên
//          tổng số dư nguồn vốn"; not ", tăng 3,73%" (no whole), " và bằng 101,2%" or " trong cơ cấu kinh tế" (a structure).
const NAMED_WHOLE = /^\s+(?!(?:(?:trên|trong|của)\s+)?(?:và|so|tăng|giảm|bằng|đạt|cơ\s+cấu|tỷ\s+trọng|tỉ\s+trọng)(?![\p{L}\p{M}]))[\p{L}]/iu;

/**
 * Marks each share that names its whole right after its figure ("1.326,7 nghìn ha lúa mùa, chiếm 85,4% diện tích gieo
 * cấy và bằng 101,2% cùng kỳ"): the subject is an amount measured against that whole, so a change in % after it is a
 * change of the amount, not of the share (sentence-levels.ts). A share without a whole ("công nghiệp - xây dựng chiếm
 * 58,66%, tăng 3,73%") is a structure's, and stays the level of a change after it. Offsets into `raw`.
 *
 * @example
 * markNamedWholes(raw, claims).find((c) => c.kind === 'share')?.namesWhole // true for "chiếm 85,4% diện tích gieo cấy"
 */
export function markNamedWholes(raw: string, claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  return claims.map((claim) =>
    claim.kind === 'share' && claim.counts === undefined && NAMED_WHOLE.test(raw.slice(claim.end, claim.end + 40)) ? { ...claim, namesWhole: true } : claim,
  );
}

// Grammar: whole-words := ( letter | mark | space )+ — the words of a named whole, up to the first other character
// Example: " tổng sản phẩm trên địa bàn tỉnh" of " tổng sản phẩm trên địa bàn tỉnh, trong đó …".
const WHOLE_WORDS = /^[\p{L}\p{M}\s]+/u;

/** The first words of a named whole that say what it is: "tổng sản phẩm trên địa bàn" → "tong san pham". */
const WHOLE_KEY_WORDS = 3;

/**
 * The whole a share names right after its figure (see NAMED_WHOLE), by its first words, folded; `null` when it names
 * none.
 *
 * @example
 * namedWholeAt('bằng 47,97% tổng sản phẩm trên địa bàn tỉnh, trong đó', 11); // 'tong san pham'
 */
export function namedWholeAt(raw: string, end: number): string | null {
  const after = raw.slice(end, end + 80);
  if (!NAMED_WHOLE.test(after)) return null;
  const words = (WHOLE_WORDS.exec(after)?.[0] ?? '').trim().split(/\s+/u).slice(0, WHOLE_KEY_WORDS);
  return foldDiacritics(words.join(' ').toLowerCase());
}
