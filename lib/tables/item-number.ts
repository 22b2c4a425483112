import { collapseWhitespace } from './collapse-whitespace';

// Grammar: item-number := digits{1,2} ( "." | ")" ) space — a top-level item of a numbered list, not "1.1." or "a)"
// Example: "2. Tỷ lệ tăng tự nhiên dân số" → 2; "1. Thành phố Vĩnh Yên" → 1; "1.1. Phường …" and "- Nam" are no item.
const ITEM_NUMBER = /^(\d{1,2})[.)]\s/u;

/**
 * The number of a row named as a top-level item of a numbered list, or null.
 *
 * @example
 * itemNumber('2. Tỷ lệ tăng tự nhiên dân số') // 2
 * itemNumber('1.1. Phường Ngô Quyền') // null
 */
export function itemNumber(name: string): number | null {
  const digits = ITEM_NUMBER.exec(collapseWhitespace(name))?.[1];
  return digits === undefined ? null : Number(digits);
}
