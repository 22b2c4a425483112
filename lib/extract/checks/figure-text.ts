import { formatNumber } from '../../numbers/format-number';

/**
 * A printed figure as a message shows it: the number in the Vietnamese style at its own decimals, then the
 * unit, glued for `%` and `‰` ("35,25%"), after a space otherwise ("412,7 tỷ đồng").
 *
 * @example
 * figureText(412.7, 1, 'tỷ đồng'); // '412,7 tỷ đồng'
 * figureText(35.25, 2, '%'); // '35,25%'
 */
export function figureText(value: number, decimals: number, unit: string | null): string {
  return `${formatNumber(value, decimals)}${unitSuffix(unit)}`;
}

/**
 * The unit as it follows a number: nothing, glued `%`/`‰`, or a space and the unit.
 *
 * @example
 * unitSuffix('tỷ đồng'); // ' tỷ đồng'
 */
export function unitSuffix(unit: string | null): string {
  if (unit === null || unit === '') return '';
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
