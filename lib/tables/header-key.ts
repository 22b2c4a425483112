import { foldDiacritics, normalizeText } from '../claims/normalize-text';

// Grammar: one or more "_" characters.
// Example: "indicator_id" → "indicator id".
const UNDERSCORES = /_+/g;

// Grammar: optional spaces, then one or more ":" or "*" at the very end.
// Example: "Đơn vị tính:" → "Đơn vị tính"; "Năm 2022*" → "Năm 2022".
const TRAILING_MARKS = /\s*[:*]+$/;

/**
 * The comparable form of a header cell: NFC, whitespace collapsed, lower case, without
 * diacritics (đ → d), underscores as spaces, trailing `:`/`*` removed.
 *
 * @example
 * headerKey('Đơn vị\ntính:'); // 'don vi tinh'
 * headerKey('Năm 2022\nso sánh với\nnăm 2009'); // 'nam 2022 so sanh voi nam 2009'
 */
export function headerKey(header: string): string {
  return normalizeText(foldDiacritics(normalizeText(header)).replace(UNDERSCORES, ' ').replace(TRAILING_MARKS, ''));
}
