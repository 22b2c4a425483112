import type { Lang } from '../../i18n/lang';
import { formatNumber } from '../../numbers/format-number';
import { scaledUnit } from './unit-scale';

/**
 * A printed figure as a message shows it: the number in the Vietnamese style at its own decimals, then the
 * unit, glued for `%` and `‰` ("35,25%"), after a space otherwise ("412,7 tỷ đồng"). In English the unit is
 * translated where it is a common one ("412,7 billion dong"), and otherwise kept as printed, in quotes.
 *
 * @example
 * figureText(412.7, 1, 'tỷ đồng'); // '412,7 tỷ đồng'
 * figureText(412.7, 1, 'tỷ đồng', 'en'); // '412,7 billion dong'
 * figureText(35.25, 2, '%'); // '35,25%'
 */
export function figureText(value: number, decimals: number | undefined, unit: string | null, lang: Lang = 'vi'): string {
  return `${formatNumber(value, decimals)}${unitSuffix(unit, lang)}`;
}

/**
 * The unit as it follows a number: nothing, glued `%`/`‰`, or a space and the unit (in English, translated or quoted).
 *
 * @example
 * unitSuffix('tỷ đồng'); // ' tỷ đồng'
 * unitSuffix('người/km2', 'en'); // ' persons/km²'
 */
export function unitSuffix(unit: string | null, lang: Lang = 'vi'): string {
  if (unit === null || unit === '') return '';
  if (lang === 'en') return englishSuffix(unit);
  return unit.startsWith('%') || unit.startsWith('‰') ? unit : ` ${unit}`;
}

/**
 * Half a unit of the last printed digit: the most a printed figure can be off by rounding ("3,8" → 0,05).
 *
 * @example
 * halfUnit(2); // 0.005
 */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

const SCALE_NAMES: ReadonlyMap<number, string> = new Map([
  [1e3, 'thousand'],
  [1e4, 'ten thousand'],
  [1e6, 'million'],
  [1e9, 'billion'],
  [1e12, 'trillion'],
  [1e15, 'quadrillion'],
]);

/** Counted units in English, by their folded Vietnamese name: the first form after a number, the second after "/". */
const COUNTED: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['dong', ['dong', 'dong']],
  ['usd', ['USD', 'USD']],
  ['do la', ['USD', 'USD']],
  ['nguoi', ['persons', 'person']],
  ['ho', ['households', 'household']],
  ['lao dong', ['workers', 'worker']],
  ['doanh nghiep', ['enterprises', 'enterprise']],
  ['tan', ['tonnes', 'tonne']],
  ['ha', ['ha', 'ha']],
  ['km2', ['km²', 'km²']],
  ['nam', ['years', 'year']],
  ['thang', ['months', 'month']],
  ['luot khach', ['visitors', 'visitor']],
  ['lan', ['times', 'time']],
  ['diem phan tram', ['percentage points', 'percentage point']],
]);

function englishSuffix(unit: string): string {
  if (unit.startsWith('%') || unit.startsWith('‰')) {
    const rest = unit.slice(1);
    if (rest === '') return unit;
    return rest === '/năm' ? `${unit.charAt(0)} a year` : `${unit.charAt(0)} “${rest}”`;
  }
  const { scale, base } = scaledUnit(unit);
  const scaleName = scale === 1 ? '' : SCALE_NAMES.get(scale);
  const [head, ...per] = base.split('/');
  const counted = COUNTED.get(head ?? '');
  const pers = per.map((p) => COUNTED.get(p)?.[1]);
  if (scaleName === undefined || counted === undefined || pers.some((p) => p === undefined)) return ` “${unit}”`;
  const words = [scaleName, [counted[0], ...pers].join('/')].filter((w) => w !== '').join(' ');
  return ` ${words}`;
}

/**
 * Whether a unit is money (đồng, USD), whatever its scale words and per-units.
 *
 * @example
 * isMoneyUnit('triệu đồng/người'); // true
 */
export function isMoneyUnit(unit: string | null): boolean {
  const head = scaledUnit(unit).base.split('/')[0] ?? '';
  return head === 'dong' || head === 'usd' || head === 'do la' || head === 'vnd';
}
