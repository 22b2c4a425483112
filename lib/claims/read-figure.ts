import type { Measured } from '../numbers/types';

/**
 * The figure of a claim, as the claim grammar captures it. Claims are written Vietnamese
 * style: `.` or a space groups thousands, `,` is the decimal mark. A single `.` that is not
 * followed by exactly three digits can only be an English decimal point (spec §1) and is
 * read as one.
 */

// Grammar: GROUPED = first group of 1–3 digits not starting with 0, then one or more
// groups of exactly 3 digits each led by "." or " ", then optionally "," and decimals.
// Example: "1.042.100" → groups "1", "042", "100"; "12 500,5" → "12", "500", decimals "5".
const GROUPED = /^([1-9]\d{0,2}(?:[. ]\d{3})+)(?:,(\d+))?$/;

// Grammar: PLAIN = digits, then optionally one "," or "." and decimal digits.
// Example: "51,8" → integer "51", decimals "8"; "0.4" → integer "0", decimals "4".
const PLAIN = /^(\d+)(?:[,.](\d+))?$/;

// Grammar: a grouping separator inside GROUPED, "." or " ".
// Example: "1.042.100" → "1042100".
const GROUP_SEPARATOR = /[. ]/g;

/**
 * Reads a claim figure, keeping the number of decimals written. `null` when the text is not
 * such a figure or is too large to be a finite number.
 *
 * @example
 * readFigure('3,8')       // → { value: 3.8, decimals: 1 }
 * readFigure('1.042.100') // → { value: 1042100, decimals: 0 }
 * readFigure('tăng')      // → null
 */
export function readFigure(raw: string): Measured | null {
  let integer: string;
  let fraction: string;
  const grouped = GROUPED.exec(raw);
  if (grouped) {
    integer = (grouped[1] ?? '').replace(GROUP_SEPARATOR, '');
    fraction = grouped[2] ?? '';
  } else {
    const plain = PLAIN.exec(raw);
    if (!plain) return null;
    integer = plain[1] ?? '';
    fraction = plain[2] ?? '';
  }
  const value = Number(fraction === '' ? integer : `${integer}.${fraction}`);
  if (!Number.isFinite(value)) return null;
  return { value, decimals: fraction.length };
}
