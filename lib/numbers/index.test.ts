import { describe, expect, it } from 'vitest';
import * as numbers from './index';

describe('lib/numbers public API', () => {
  it.each([
    'parseNumber',
    'detectNumberStyle',
    'repairSeries',
    'formatNumber',
    'formatMeasured',
    'formatPercent',
    'roundTo',
    'truncateTo',
    'clampDecimals',
  ])('exports the function %s', (name) => {
    expect(typeof (numbers as Record<string, unknown>)[name]).toBe('function');
  });
});

describe('edge cases', () => {
  it('works end to end: parse, repair, format', () => {
    const cells = ['147.210', '228,59'];
    const style = numbers.detectNumberStyle(cells).style;
    const points = cells.flatMap((text, i) => {
      const parsed = numbers.parseNumber(text, style);
      return parsed.ok ? [{ year: 2000 + i, parsed }] : [];
    });
    expect(numbers.repairSeries(points).map(numbers.formatMeasured)).toEqual(['147,210', '228,59']);
  });
});
