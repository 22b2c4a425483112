import { describe, expect, it } from 'vitest';
import { formatImplied } from './format-computed';
import { makeRow } from './test-rows';

describe('formatImplied', () => {
  const tourists = makeRow({
    from: { year: 2015, value: null },
    to: { year: 2022, value: 1042100 },
    implied: { side: 'from', value: 400807.6923 },
    cells: [
      { year: 2015, raw: '', value: null, decimals: 0, warning: null },
      { year: 2022, raw: '1.042.100', value: 1042100, decimals: 0, warning: null },
    ],
  });

  it.each([
    ['base year missing, rounded like the printed value', tourists, '2015: ≈ 400.808'],
    [
      'later year missing, one decimal like the printed value',
      makeRow({
        from: { year: 2015, value: 21.7 },
        to: { year: 2022, value: null },
        implied: { side: 'to', value: 86.8333 },
        cells: [
          { year: 2015, raw: '21,7', value: 21.7, decimals: 1, warning: null },
          { year: 2022, raw: '', value: null, decimals: 0, warning: null },
        ],
      }),
      '2022: ≈ 86,8',
    ],
    [
      'the plan of a plan claim',
      makeRow({
        from: { year: 2015, value: null },
        to: { year: 2015, value: 21.7 },
        implied: { side: 'from', value: 20.8654 },
        figure: { kind: 'plan', direction: null, value: 104, decimals: 0, qualifier: null, unitSign: '%', unitWord: null },
        cells: [{ year: 2015, raw: '21,7', value: 21.7, decimals: 1, warning: null }],
      }),
      'kế hoạch: ≈ 20,9',
    ],
    [
      // Thừa Thiên Huế, bán lẻ tháng 10/2023: 4.671,4 at 113,0% of October 2022
      'a monthly report names the month of the base',
      makeRow({
        from: { year: 2022, value: null },
        to: { year: 2023, value: 4671.4 },
        period: 'T10',
        implied: { side: 'from', value: 4133.9823 },
        cells: [{ year: 2023, raw: '4671,4', value: 4671.4, decimals: 1, warning: null }],
      }),
      'tháng 10 năm 2022: ≈ 4.134,0',
    ],
  ])('%s', (_name, row, expected) => {
    expect(formatImplied(row, 'vi')).toBe(expected);
  });

  describe('edge cases', () => {
    it('gives null when nothing is implied', () => {
      expect(formatImplied(makeRow(), 'vi')).toBeNull();
    });
    it('without years it still gives the value', () => {
      expect(formatImplied({ ...tourists, from: null, to: null }, 'en')).toBe('≈ 400.808');
    });
  });
});
