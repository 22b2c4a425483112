import type { UnitSign } from '../numbers/types';

const PERCENT_NAMES = new Set(['%', 'phần trăm', 'phan tram']);
const PER_MILLE_NAMES = new Set(['‰', 'phần nghìn', 'phan nghin', 'phần ngàn', 'phan ngan', '%o']);

/**
 * Whether a table's unit column says the values are percentages or per-mille rates.
 * Case, NFC form, surrounding brackets and extra whitespace are ignored.
 *
 * @example
 * readValueUnitSign('Phần trăm'); // '%'
 * readValueUnitSign('(‰)'); // '‰'
 * readValueUnitSign('Tỷ đồng'); // null
 */
export function readValueUnitSign(unit: string): UnitSign | null {
  // A table repeats a handful of unit texts on every row: read each text once.
  const known = cache.get(unit);
  if (known !== undefined) return known;
  const sign = readUncached(unit);
  if (cache.size < 1000) cache.set(unit, sign);
  return sign;
}

const cache = new Map<string, UnitSign | null>();

function readUncached(unit: string): UnitSign | null {
  // Grammar: whitespace run → one space; then strip one leading "(" / "[" and trailing ")" / "]".
  // Example: " ( Phần   trăm ) " → "( phần trăm )" → "phần trăm".
  const collapsed = unit.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  // Grammar: ^[([]\s*  (opening bracket)  …  \s*[)\]]$ (closing bracket).
  // Example: "(%)" → "%".
  const bare = collapsed.replace(/^[([]\s*/u, '').replace(/\s*[)\]]$/u, '');
  if (PERCENT_NAMES.has(bare)) return '%';
  if (PER_MILLE_NAMES.has(bare)) return '‰';
  return null;
}
