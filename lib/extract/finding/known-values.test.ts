import { describe, expect, it } from 'vitest';
import type { IndicatorView } from '../../dataset/types';
import { findKnownValue, knownValuesFromIndicators, unitKey, type KnownSource, type KnownValue } from './known-values';

function value(names: string[], year: number, v: number, decimals: number, unit = 'Tỷ đồng', source = 'Mục II.6'): KnownValue {
  return { indicatorId: null, names, unit, year, value: v, decimals, source };
}

const TABLES: KnownSource = {
  origin: 'tables',
  label: 'Dữ liệu kèm theo',
  labelEn: 'Bundled data',
  values: [
    value(['Thu ngân sách trên địa bàn'], 2009, 393.6, 1),
    value(['Thu ngân sách trên địa bàn'], 2022, 3957.9, 1),
    value(['Tổng vốn đầu tư toàn xã hội'], 2015, 7600, 0),
    value(['Tỷ lệ che phủ rừng'], 2009, 51, 0, '%'),
    value(['Doanh thu bưu chính'], 2019, 300, 0),
    value(['Doanh thu bưu chính từ dịch vụ chuyển phát'], 2019, 120, 0),
  ],
};

const UPLOAD: KnownSource = {
  origin: 'upload',
  label: 'Bảng tải lên',
  labelEn: 'Uploaded table',
  values: [value(['Thu ngân sách trên địa bàn'], 2015, 1382.08, 2), value(['Tổng vốn đầu tư toàn xã hội'], 2015, 7599, 0)],
};

describe('findKnownValue', () => {
  it.each<[string, string, number, string | null, number | null, string | null]>([
    ['the same name', 'Thu ngân sách trên địa bàn', 2009, 'Tỷ đồng', 393.6, 'tables'],
    ['a name in another case and without diacritics', 'thu ngan sach tren dia ban', 2022, null, 3957.9, 'tables'],
    ['a rephrased name', 'tổng vốn đầu tư toàn xã hội trên địa bàn tỉnh', 2015, null, 7600, 'tables'],
    ['a unit written in lower case', 'Thu ngân sách trên địa bàn', 2009, 'tỷ đồng', 393.6, 'tables'],
    ['another unit', 'Thu ngân sách trên địa bàn', 2009, 'triệu USD', null, null],
    ['a year no source has', 'Thu ngân sách trên địa bàn', 2010, null, null, null],
    ['a year only the upload has', 'Thu ngân sách trên địa bàn', 2015, null, 1382.08, 'upload'],
    ['the exact name wins over a longer look-alike', 'doanh thu bưu chính', 2019, null, 300, 'tables'],
    ['another indicator', 'Tỷ lệ hộ nghèo', 2009, null, null, null],
  ])('%s', (_name, indicator, year, unit, expected, origin) => {
    const match = findKnownValue([TABLES, UPLOAD], { indicator, year, part: '', unit });
    expect(match?.value.value ?? null).toBe(expected);
    expect(match?.source.origin ?? null).toBe(origin);
  });

  it('takes the bundled tables before the upload when both have the value', () => {
    const match = findKnownValue([TABLES, UPLOAD], { indicator: 'Tổng vốn đầu tư toàn xã hội', year: 2015, part: '', unit: null });
    expect(match?.value.value).toBe(7600);
    expect(findKnownValue([UPLOAD, TABLES], { indicator: 'Tổng vốn đầu tư toàn xã hội', year: 2015, part: '', unit: null })?.value.value).toBe(7599);
  });
});

describe('edge cases', () => {
  it('skips a source whose look-alike values disagree, rather than guess', () => {
    const twoReadings: KnownSource = {
      origin: 'tables',
      label: 'hai cách ghi', labelEn: 'two spellings',
      values: [value(['vốn đầu tư công trên địa bàn'], 2020, 500, 0), value(['tổng vốn đầu tư công'], 2020, 650, 0)],
    };
    expect(findKnownValue([twoReadings], { indicator: 'vốn đầu tư công', year: 2020, part: '', unit: null })).toBeNull();
    expect(findKnownValue([twoReadings, UPLOAD], { indicator: 'vốn đầu tư công', year: 2020, part: '', unit: null })).toBeNull();
  });

  it('accepts look-alike values that agree within rounding', () => {
    const agreeing: KnownSource = {
      origin: 'tables',
      label: 'cùng số',
      labelEn: 'same figure',
      values: [value(['vốn đầu tư công trên địa bàn'], 2020, 500, 0), value(['tổng vốn đầu tư công'], 2020, 500.2, 1)],
    };
    expect(findKnownValue([agreeing], { indicator: 'vốn đầu tư công', year: 2020, part: '', unit: null })?.value.value).toBe(500);
  });

  it('finds nothing without sources', () => {
    expect(findKnownValue([], { indicator: 'Thu ngân sách trên địa bàn', year: 2009, part: '', unit: null })).toBeNull();
  });

  it.each([
    [' Triệu  USD', 'triệu usd'],
    ['%', '%'],
    ['Tỷ đồng'.normalize('NFD'), 'tỷ đồng'],
  ])('unitKey(%j) is %j', (unit, key) => {
    expect(unitKey(unit)).toBe(key);
  });
});

describe('knownValuesFromIndicators', () => {
  const indicator: IndicatorView = {
    id: 'thu-ngan-sach',
    name: 'Thu ngân sách Nhà nước',
    names: ['Thu ngân sách trên địa bàn', 'Thu ngân sách Nhà nước'],
    unit: 'Tỷ đồng',
    points: [
      { year: 2009, value: 393.6, decimals: 1, raw: '393,6', source: 'Mục II.6, bảng 2', name: 'Thu ngân sách trên địa bàn', warning: null },
      { year: 2022, value: 3957.9, decimals: 1, raw: '3.957,9', source: null, name: 'Thu ngân sách Nhà nước', warning: null },
    ],
    claims: [],
    warnings: [],
  };

  it('keeps every point with all the names of its series', () => {
    expect(knownValuesFromIndicators([indicator])).toEqual([
      { indicatorId: 'thu-ngan-sach', names: ['Thu ngân sách trên địa bàn', 'Thu ngân sách Nhà nước'], unit: 'Tỷ đồng', year: 2009, value: 393.6, decimals: 1, source: 'Mục II.6, bảng 2' },
      { indicatorId: 'thu-ngan-sach', names: ['Thu ngân sách Nhà nước', 'Thu ngân sách trên địa bàn'], unit: 'Tỷ đồng', year: 2022, value: 3957.9, decimals: 1, source: '' },
    ]);
  });

  it('gives nothing for no indicators', () => {
    expect(knownValuesFromIndicators([])).toEqual([]);
  });
});
