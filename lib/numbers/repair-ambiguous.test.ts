import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';
import { repairSeries, type SeriesPoint } from './repair-ambiguous';
import type { RepairedValue } from './types';

function point(year: number, text: string): SeriesPoint {
  const parsed = parseNumber(text);
  if (!parsed.ok) throw new Error(`test data must parse: ${text}`);
  return { year, parsed };
}

const series = (cells: [number, string][]): SeriesPoint[] => cells.map(([year, text]) => point(year, text));

describe('repairSeries', () => {
  it.each<[string, [number, string][], (Pick<RepairedValue, 'value' | 'decimals' | 'repair'>)[]]>([
    [
      'seed grain output: both ambiguous cells become decimal readings',
      [
        [1991, '147.210'],
        [2008, '236.625'],
        [2009, '228,59'],
        [2015, '262,6'],
        [2022, '296,3'],
      ],
      [
        { value: 147.21, decimals: 3, repair: 'decimal-reading' },
        { value: 236.625, decimals: 3, repair: 'decimal-reading' },
        { value: 228.59, decimals: 2 },
        { value: 262.6, decimals: 1 },
        { value: 296.3, decimals: 1 },
      ],
    ],
    [
      'two ambiguous values alone stay thousands',
      [
        [1991, '147.210'],
        [2008, '236.625'],
      ],
      [
        { value: 147210, decimals: 0 },
        { value: 236625, decimals: 0 },
      ],
    ],
    [
      'thousands reading consistent with the series stays',
      [
        [2009, '10.248'],
        [2015, '10.607'],
        [2022, '14.000'],
        [2010, '9.876,5'],
      ],
      [
        { value: 10248, decimals: 0 },
        { value: 10607, decimals: 0 },
        { value: 14000, decimals: 0 },
        { value: 9876.5, decimals: 1 },
      ],
    ],
    [
      'thousands reading 100× or less away from a reference stays (factor-100 boundary)',
      [
        [2009, '1.000'],
        [2022, '10'],
      ],
      [
        { value: 1000, decimals: 0 },
        { value: 10, decimals: 0 },
      ],
    ],
    [
      'decimal reading more than 10× from every reference: keep thousands',
      [
        [2009, '5.000'],
        [2022, '0,2'],
      ],
      [
        { value: 5000, decimals: 0 },
        { value: 0.2, decimals: 1 },
      ],
    ],
    [
      'thousands reading below the references: the decimal reading would be worse, keep it',
      [
        [2009, '1.500'],
        [2022, '2.500.000'],
      ],
      [
        { value: 1500, decimals: 0 },
        { value: 2500000, decimals: 0 },
      ],
    ],
    [
      'one plausible reference is enough to keep thousands',
      [
        [2000, '2,5'],
        [2009, '3.200'],
        [2022, '41.000,5'],
      ],
      [
        { value: 2.5, decimals: 1 },
        { value: 3200, decimals: 0 },
        { value: 41000.5, decimals: 1 },
      ],
    ],
    [
      'negative values compare by magnitude',
      [
        [2009, '-12,5'],
        [2022, '-15.250'],
      ],
      [
        { value: -12.5, decimals: 1 },
        { value: -15.25, decimals: 3, repair: 'decimal-reading' },
      ],
    ],
  ])('%s', (_name, cells, expected) => {
    const out = repairSeries(series(cells));
    expect(out.map(({ value, decimals, repair }) => ({ value, decimals, ...(repair ? { repair } : {}) }))).toEqual(
      expected,
    );
  });
});

describe('edge cases', () => {
  it('returns an empty array for an empty series', () => {
    expect(repairSeries([])).toEqual([]);
  });

  it('keeps `ambiguous` on every ambiguous output, repaired or not', () => {
    const repaired = repairSeries(series([[1991, '147.210'], [2009, '228,59']]));
    expect(repaired[0]?.ambiguous).toEqual({
      thousands: { value: 147210, decimals: 0 },
      decimal: { value: 147.21, decimals: 3 },
    });
    const kept = repairSeries(series([[1991, '147.210'], [2008, '236.625']]));
    expect(kept.every((v) => v.ambiguous !== undefined && v.repair === undefined)).toBe(true);
  });

  it('does not put `ambiguous` or `repair` on unambiguous values', () => {
    const [, plain] = repairSeries(series([[1991, '147.210'], [2009, '228,59']]));
    expect(plain).toEqual({ value: 228.59, decimals: 2 });
  });

  it('ignores zero values as references', () => {
    const out = repairSeries(series([[2009, '0'], [2022, '147.210']]));
    expect(out[1]).toMatchObject({ value: 147210, decimals: 0 });
    expect(out[1]?.repair).toBeUndefined();
  });

  it('uses unambiguous values from any position, before or after the ambiguous one', () => {
    const out = repairSeries(series([[2022, '296,3'], [1991, '147.210']]));
    expect(out[1]).toMatchObject({ value: 147.21, repair: 'decimal-reading' });
  });

  it('does not change the input order or length', () => {
    const input = series([[2022, '296,3'], [1991, '147.210'], [2009, '228,59']]);
    expect(repairSeries(input).map((v) => v.value)).toEqual([296.3, 147.21, 228.59]);
  });
});
