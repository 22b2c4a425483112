import type { QualityPoint, QualityValue } from './types';

/**
 * A point as the value a warning names.
 *
 * @example
 * valueOf({ year: 2020, value: 1234.5, decimals: 1, raw: '1.234,5', unit: 'Tỷ đồng' }) // { year: 2020, raw: '1.234,5', value: 1234.5, unit: 'Tỷ đồng' }
 */
export function valueOf(point: QualityPoint): QualityValue {
  return { year: point.year, raw: point.raw, value: point.value, unit: point.unit };
}

/**
 * The stable id of a warning: its code, its indicators and its years.
 *
 * @example
 * warningId('scale-slip', ['thu-ngan-sach'], [2020]) // 'scale-slip:thu-ngan-sach:2020'
 */
export function warningId(code: string, indicatorIds: readonly string[], years: readonly number[], extra = ''): string {
  return `${code}:${indicatorIds.join('+')}:${years.join('-')}${extra === '' ? '' : `:${extra}`}`;
}
