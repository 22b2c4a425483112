import { describe, expect, it } from 'vitest';
import { indicatorKey } from './indicator-key';
import { matchIndicator, unitsCompatible, type SeriesName } from './match-indicator';
import { NO_RULES } from './reference-types';

const series: readonly SeriesName[] = [
  { name: 'Thu ngân sách trên địa bàn', unit: 'Tỷ đồng', priceBase: null },
  { name: 'Tổng sản phẩm trên địa bàn theo giá hiện hành', unit: 'Triệu đồng', priceBase: { kind: 'current' } },
  { name: 'GRDP bình quân đầu người', unit: 'Triệu đồng', priceBase: null },
  { name: 'Sản lượng lương thực có hạt', unit: 'Nghìn tấn', priceBase: null },
  { name: 'Giá trị tăng thêm khu vực nông, lâm nghiệp và thủy sản', unit: 'Triệu đồng', priceBase: null },
];

describe('indicatorKey', () => {
  it.each([
    ['Tổng sản phẩm trên địa bàn (GDP) theo giá hiện hành', 'grdp'],
    ['quy mô GRDP', 'grdp'],
    ['Tỉ lệ hộ nghèo', 'ty le ho ngheo'],
    ['Giá trị TH', 'gia tri thuc hien'],
  ])('“%s” → “%s”', (name, key) => {
    expect(indicatorKey(name)).toBe(key);
  });

  describe('edge cases', () => {
    it('applies an admin synonym before the built-in ones', () => {
      expect(indicatorKey('Thu NSNN', [{ from: 'thu nsnn', to: 'thu ngan sach' }])).toBe('thu ngan sach');
    });
  });
});

describe('matchIndicator', () => {
  it.each([
    ['thu ngân sách trên địa bàn', 'tỷ đồng', null, 'Thu ngân sách trên địa bàn', 'exact'],
    ['thu ngân sách', 'triệu đồng', null, 'Thu ngân sách trên địa bàn', 'similar'],
    ['GDP', 'tỷ đồng', { kind: 'current' }, 'Tổng sản phẩm trên địa bàn theo giá hiện hành', 'exact'],
    ['tổng sản lượng lương thực có hạt', 'tấn', null, 'Sản lượng lương thực có hạt', 'similar'],
    ['lâm nghiệp và thủy sản', null, null, 'Giá trị tăng thêm khu vực nông, lâm nghiệp và thủy sản', 'similar'],
  ] as const)('links “%s” (%s) to “%s”', (name, unit, priceBase, expected, how) => {
    const match = matchIndicator({ name, unit, priceBase }, series, NO_RULES);
    expect(match).toMatchObject({ kind: 'match', how, series: { name: expected } });
  });

  it.each([
    ['thu nội địa', null, null],
    ['GRDP', 'tỷ đồng', { kind: 'constant', year: 2010 }],
    ['thu ngân sách', 'tỷ USD', null],
    ['kim ngạch xuất khẩu', null, null],
    // A number other than a year names another thing: a numbered row, an age bound.
    ['Thu ngân sách trên địa bàn 17', 'tỷ đồng', null],
    ['Sản lượng lương thực có hạt vụ 2', null, null],
    // A measure alone is no series's name.
    ['sản lượng', 'nghìn tấn', null],
  ] as const)('links “%s” (%s, %j) to nothing', (name, unit, priceBase) => {
    expect(matchIndicator({ name, unit, priceBase }, series, NO_RULES)).toEqual({ kind: 'none' });
  });

  describe('edge cases', () => {
    it('ignores years in either name, which price bases and periods print', () => {
      const yearly: readonly SeriesName[] = [{ name: 'Dân số trung bình năm 2022', unit: 'Nghìn người', priceBase: null }];
      expect(matchIndicator({ name: 'dân số trung bình', unit: 'người', priceBase: null }, yearly, NO_RULES)).toMatchObject({ kind: 'match', how: 'similar' });
      const aged: readonly SeriesName[] = [{ name: 'Lực lượng lao động từ 15 tuổi trở lên', unit: 'Nghìn người', priceBase: null }];
      expect(matchIndicator({ name: 'lực lượng lao động từ 15 tuổi trở lên', unit: 'nghìn người', priceBase: null }, aged, NO_RULES)).toMatchObject({ kind: 'match', how: 'exact' });
    });
    const rivals: readonly SeriesName[] = [
      { name: 'Thu ngân sách nhà nước trên địa bàn', unit: 'Tỷ đồng', priceBase: null },
      { name: 'Thu ngân sách địa phương', unit: 'Tỷ đồng', priceBase: null },
    ];
    it('asks when several series fit, and never gives one', () => {
      const match = matchIndicator({ name: 'thu ngân sách', unit: null, priceBase: null }, rivals, NO_RULES);
      expect(match).toMatchObject({ kind: 'ambiguous', printed: 'thu ngan sach' });
      expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.name)).toEqual(rivals.map((r) => r.name));
    });
    it('reuses the stored answer', () => {
      const rules = { synonyms: [], answers: [{ printed: 'thu ngan sach', choice: indicatorKey('Thu ngân sách địa phương') }] };
      expect(matchIndicator({ name: 'Thu ngân sách', unit: null, priceBase: null }, rivals, rules)).toMatchObject({ kind: 'match', how: 'answer', series: { name: 'Thu ngân sách địa phương' } });
    });
    it('keeps “none of them” as an answer', () => {
      const rules = { synonyms: [], answers: [{ printed: 'thu ngan sach', choice: null }] };
      expect(matchIndicator({ name: 'thu ngân sách', unit: null, priceBase: null }, rivals, rules)).toEqual({ kind: 'none' });
    });
    it('never links a total to its per-head figure', () => {
      expect(matchIndicator({ name: 'GRDP', unit: 'triệu đồng', priceBase: null }, [series[2] as SeriesName], NO_RULES)).toEqual({ kind: 'none' });
    });
    it.each([
      ['tỷ đồng', 'Triệu đồng', true],
      ['tấn', 'nghìn tấn', true],
      ['tỷ đồng', 'tỷ USD', false],
      [null, '%', true],
    ] as const)('units %s and %s compatible: %s', (a, b, ok) => {
      expect(unitsCompatible(a, b)).toBe(ok);
    });
  });
});
