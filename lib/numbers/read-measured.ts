import { parseNumber } from './parse-number';
import type { Measured } from './types';

/**
 * A figure written in a claim or in prose, read by parseNumber (spec §1, Vietnamese style), keeping
 * the decimals written. `null` when the text is not a plain unsigned number (no sign, no `%`, not
 * both marks: `1,234.56` is a table reading with a warning, never a claim figure).
 *
 * @example
 * readMeasured('3,8')       // → { value: 3.8, decimals: 1 }
 * readMeasured('1.042.100') // → { value: 1042100, decimals: 0 }
 * readMeasured('0.125')     // → { value: 0.125, decimals: 3 }
 * readMeasured('tăng')      // → null
 */
export function readMeasured(text: string): Measured | null {
  const parsed = parseNumber(text);
  if (!parsed.ok || parsed.unit !== undefined || parsed.value < 0 || parsed.warning !== undefined) return null;
  return { value: parsed.value, decimals: parsed.decimals };
}
