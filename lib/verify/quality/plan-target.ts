import { foldDiacritics, normalizeText } from '../../claims/normalize-text';
import { parseNumber } from '../../numbers/parse-number';
import type { NumberStyle } from '../../numbers/types';
import type { PlanTarget } from './types';

// Grammar: [ "tu " ] NUMBER [ "%" ] SEP NUMBER [ "%" ] ; SEP = "-" | "–" | "—" | " den " | " toi " (spaces optional
// around dashes); NUMBER = digit { digit | "." | "," }.
// Example: "7,5-8,0", "7,5 – 8%", "tu 7,5 den 8" match (groups 1 and 2 the bounds).
const RANGE = /^(?:tu )?(\d[\d.,]*)\s*%?\s*(?:[-–—]|\sden\s|\stoi\s)\s*(\d[\d.,]*)\s*%?$/u;

// Grammar: WORD [" "] NUMBER ["%"] [" tro len" | " tro xuong"] ; WORD = "<=" | "≤" | "<" | ">=" | "≥" | ">" | "duoi" |
// "khong qua" | "toi da" | "tren" | "hon" | "khong duoi" | "it nhat" | "toi thieu" | "tu".
// Example: "< 7,6" (group 1 "<", group 2 "7,6"), "≥ 8%", "tren 8", "khong qua 4", "tu 8 tro len" match.
const BOUND = /^(<=|≤|<|>=|≥|>|duoi|khong qua|toi da|tren|hon|khong duoi|it nhat|toi thieu|tu)\s*(\d[\d.,]*)\s*%?(?:\s+(tro len|tro xuong))?$/u;

// Grammar: NUMBER ["%"]. Example: "8", "8,5%" match.
const PLAIN = /^(\d[\d.,]*)\s*%?$/u;

const AT_MOST = new Set(['<=', '≤', '<', 'duoi', 'khong qua', 'toi da']);
const STRICT = new Set(['<', '>', 'duoi', 'tren', 'hon']);

function numberOf(text: string, style: NumberStyle): { value: number; decimals: number } | null {
  const parsed = parseNumber(text, style);
  return parsed.ok ? { value: parsed.value, decimals: parsed.decimals } : null;
}

/**
 * A plan cell read as a target: a range (`7,5-8,0`), a bound (`< 7,6`, `≥ 8`, `trên 8`, `không
 * quá 4`), or a plain number (`8`), read as a minimum unless `lowerIsBetter` (then a maximum).
 * `null` for anything else (an empty cell, words). A target is a set threshold, not a rounded
 * measurement: its bounds are exact.
 *
 * @example
 * readPlanTarget('7,5-8,0')  // { kind: 'range', low: 7.5, high: 8, decimals: 1 }
 * readPlanTarget('< 7,6')    // { kind: 'at-most', high: 7.6, decimals: 1, strict: true, plain: false }
 * readPlanTarget('≥ 8')      // { kind: 'at-least', low: 8, decimals: 0, strict: false, plain: false }
 * readPlanTarget('8')        // { kind: 'at-least', low: 8, decimals: 0, strict: false, plain: true }
 */
export function readPlanTarget(raw: string, style: NumberStyle = 'vi', lowerIsBetter = false): PlanTarget | null {
  const text = foldDiacritics(normalizeText(raw));
  if (text.length > 60) return null;
  const range = RANGE.exec(text);
  if (range) {
    const low = numberOf(range[1] ?? '', style);
    const high = numberOf(range[2] ?? '', style);
    if (!low || !high || low.value > high.value) return null;
    return { kind: 'range', low: low.value, high: high.value, decimals: Math.max(low.decimals, high.decimals) };
  }
  const bound = BOUND.exec(text);
  if (bound) {
    const n = numberOf(bound[2] ?? '', style);
    const word = bound[1] ?? '';
    if (!n) return null;
    const atMost = bound[3] === 'tro xuong' || (AT_MOST.has(word) && bound[3] !== 'tro len');
    const strict = STRICT.has(word);
    return atMost
      ? { kind: 'at-most', high: n.value, decimals: n.decimals, strict, plain: false }
      : { kind: 'at-least', low: n.value, decimals: n.decimals, strict, plain: false };
  }
  const plain = PLAIN.exec(text);
  const n = plain ? numberOf(plain[1] ?? '', style) : null;
  if (!n) return null;
  return lowerIsBetter
    ? { kind: 'at-most', high: n.value, decimals: n.decimals, strict: false, plain: true }
    : { kind: 'at-least', low: n.value, decimals: n.decimals, strict: false, plain: true };
}

// Grammar: a folded indicator name of which less is better: poverty, unemployment, malnutrition, birth or death
// rates, accidents, pollution, consumer prices (chi so gia tieu dung, CPI), inflation; not a "giam …" (reduction) row.
// Example: "ty le ho ngheo", "chi so gia tieu dung (cpi)" match; "giam ty le ho ngheo" is excluded by the caller.
const LOWER_BETTER = /ngheo|that nghiep|suy dinh duong|t[yi] suat sinh|t[yi] le sinh|tu vong|tai nan|o nhiem|chi so gia tieu dung|\bcpi\b|lam phat/u;

/**
 * True when less of the indicator is better (a plain plan number is then a maximum): poverty,
 * unemployment, malnutrition, birth and death rates, accidents, consumer prices. A row that
 * names a reduction (`Giảm tỷ lệ hộ nghèo`) counts the reduction, of which more is better.
 *
 * @example
 * lowerIsBetter('Tỷ lệ hộ nghèo')      // true
 * lowerIsBetter('Giảm tỷ lệ hộ nghèo') // false
 * lowerIsBetter('Tốc độ tăng GRDP')    // false
 */
export function lowerIsBetter(indicator: string): boolean {
  const folded = foldDiacritics(normalizeText(indicator));
  return !folded.startsWith('giam') && LOWER_BETTER.test(folded);
}
