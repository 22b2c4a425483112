import { readFigure } from './read-figure';
import type { Claim, ClaimKind, Direction } from './types';

/**
 * A fast path for the claim forms that fill large tables, read without folding the text or
 * running the claim grammar's large regular expression. It answers exactly what parseClaim's
 * full grammar gives for these forms (read-common-claim.test.ts checks that), and `null` for
 * anything else, which the full grammar then reads.
 *
 * Grammar (on the NFC, whitespace-collapsed text; one scan, no regular expression):
 *
 *   common = VERB " " NUM (" lần" | "%")
 *   VERB   = "Tăng" | "tăng" | "Giảm" | "giảm"
 *   NUM    = 1–15 DIGIT ["," 1–15 DIGIT]
 *
 * Example: "Tăng 3,8 lần" → ratio, up, 3,8; "Giảm 20%" → percent, down, 20, `%`.
 */

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_COMMA = 44;
const CODE_SPACE = 32;
const MAX_RUN = 15;

const VERBS: readonly (readonly [string, Direction])[] = [
  ['Tăng ', 'up'],
  ['tăng ', 'up'],
  ['Giảm ', 'down'],
  ['giảm ', 'down'],
];

const LAN = ' lần';

function isDigit(code: number): boolean {
  return code >= CODE_0 && code <= CODE_9;
}

/** The end of a digit run starting at `from` (at most MAX_RUN digits), or -1 when there is none. */
function digitRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  const length = i - from;
  return length === 0 || length > MAX_RUN ? -1 : i;
}

/**
 * The claim for the common forms, or `null` when the text is not one of them.
 *
 * @example
 * readCommonClaim('Tăng 3,8 lần'); // { ok: true, kind: 'ratio', direction: 'up', figure: { value: 3.8, decimals: 1 }, … }
 * readCommonClaim('tăng gấp 3 lần'); // null (the full grammar reads it)
 */
export function readCommonClaim(text: string): Claim | null {
  let direction: Direction | null = null;
  let at = 0;
  for (const [verb, dir] of VERBS) {
    if (text.startsWith(verb)) {
      direction = dir;
      at = verb.length;
      break;
    }
  }
  if (direction === null) return null;
  const numStart = at;
  let numEnd = digitRunEnd(text, at);
  if (numEnd < 0) return null;
  if (text.charCodeAt(numEnd) === CODE_COMMA) {
    numEnd = digitRunEnd(text, numEnd + 1);
    if (numEnd < 0) return null;
  }
  let kind: ClaimKind;
  let unitSign: '%' | null;
  const rest = text.length - numEnd;
  if (rest === 1 && text.charCodeAt(numEnd) === 37) {
    kind = 'percent';
    unitSign = '%';
  } else if (rest === LAN.length && text.charCodeAt(numEnd) === CODE_SPACE && text.endsWith(LAN)) {
    kind = direction === 'up' ? 'ratio' : 'ratio-down';
    unitSign = null;
  } else {
    return null;
  }
  const figure = readFigure(text.slice(numStart, numEnd));
  if (figure === null) return null;
  return { ok: true, kind, direction, figure, unitSign, unitWord: null, qualifier: null, fromTo: null, text };
}
