import { describe, expect, it } from 'vitest';
import type { IndicatorView } from '../../dataset/types';
import { NO_RULES } from '../../verify/reference-types';
import type { KnownSource } from '../finding/known-values';
import { compareDatasetWithReference } from './dataset-reference';

// Figures: Nam Định statistical yearbook 2022, Biểu 30, GRDP at current prices (triệu đồng), as in
// testing/nien-giam-nam-dinh-2022.csv; the datasets below print some of them, one with a slip.
const YEARBOOK: KnownSource = {
  origin: 'reference',
  label: 'Niên giám Nam Định 2022',
  labelEn: 'Nam Định yearbook 2022',
  id: 'nien-giam',
  values: [
    [2020, 76958674],
    [2021, 84096818],
    [2022, 91965673],
  ].map(([year, value]) => ({ indicatorId: null, names: ['Tổng sản phẩm trên địa bàn theo giá hiện hành'], unit: 'Triệu đồng', year: year!, value: value!, decimals: 0, source: 'Biểu 30' })),
};

function indicator(points: ReadonlyArray<readonly [number, number]>): IndicatorView {
  return {
    id: 'tong-san-pham',
    name: 'Tổng sản phẩm trên địa bàn theo giá hiện hành',
    names: ['Tổng sản phẩm trên địa bàn theo giá hiện hành'],
    unit: 'Triệu đồng',
    points: points.map(([year, value]) => ({ year, value, decimals: 0, raw: String(value), source: null, name: 'Tổng sản phẩm trên địa bàn theo giá hiện hành', warning: null })),
    claims: [],
    warnings: [],
  };
}

describe('compareDatasetWithReference', () => {
  it.each([
    { name: 'every value agrees', points: [[2020, 76958674], [2021, 84096818]] as const, differing: 0, agreeing: 2, firstYear: 2020 },
    { name: 'a slip differs and comes first', points: [[2020, 76958674], [2021, 84069818], [2022, 91965673]] as const, differing: 1, agreeing: 2, firstYear: 2021 },
    { name: 'a year the reference lacks is not counted', points: [[2019, 70208151], [2022, 91965673]] as const, differing: 0, agreeing: 1, firstYear: 2022 },
  ])('$name', ({ points, differing, agreeing, firstYear }) => {
    const result = compareDatasetWithReference('mine', [indicator(points)], [YEARBOOK], NO_RULES);
    expect({ differing: result.differing, agreeing: result.agreeing }).toEqual({ differing, agreeing });
    expect(result.rows).toHaveLength(differing + agreeing);
    expect(result.rows[0]?.year).toBe(firstYear);
  });

  describe('edge cases', () => {
    it('counts every value but keeps at most the limit, those that differ first', () => {
      const points = [[2020, 76958674], [2021, 84096818], [2022, 91956673]] as const;
      const result = compareDatasetWithReference('mine', [indicator(points)], [YEARBOOK], NO_RULES, 2);
      expect({ differing: result.differing, agreeing: result.agreeing }).toEqual({ differing: 1, agreeing: 2 });
      expect(result.rows.map((r) => [r.year, r.reference.agrees])).toEqual([
        [2022, false],
        [2020, true],
      ]);
      expect(result.rows[0]?.reference.gap).toBe(91956673 - 91965673);
    });
    it('never compares a dataset with itself', () => {
      const result = compareDatasetWithReference('nien-giam', [indicator([[2020, 1]])], [YEARBOOK], NO_RULES);
      expect(result).toEqual({ rows: [], differing: 0, agreeing: 0 });
    });
  });
});
