import { parseNumber } from '../../numbers/parse-number';
import type { NumberStyle } from '../../numbers/types';
import type { QualityPoint, QualitySeries } from './types';

/**
 * A series for tests from printed cells: `[year, raw]` or `[year, raw, unit]` (the unit overrides
 * the series' own). Cells that do not read as numbers are left out, as the dataset does.
 *
 * @example
 * testSeries('Thu ngân sách', 'Tỷ đồng', [[2019, '1.234,5'], [2020, '1.310,2']])
 */
export function testSeries(
  indicator: string,
  unit: string,
  cells: readonly (readonly [number, string] | readonly [number, string, string])[],
  style: NumberStyle = 'vi',
): QualitySeries {
  const points: QualityPoint[] = [];
  for (const [year, raw, own] of cells) {
    const parsed = parseNumber(raw, style);
    if (parsed.ok) points.push({ year, raw, value: parsed.value, decimals: parsed.decimals, unit: own ?? unit });
  }
  // Grammar: a run of whitespace. Example: "Doanh thu du lịch" → "doanh-thu-du-lịch".
  return { indicatorId: indicator.toLowerCase().replace(/\s+/g, '-'), indicator, points };
}
