import { describe, expect, it } from 'vitest';
import { checkKnown } from './check-known';
import { extractClaims } from '../finding/extract-claims';
import type { KnownSource, KnownValue } from '../finding/known-values';

function known(names: string[], year: number, value: number, decimals: number, unit = 'Tỷ đồng'): KnownValue {
  return { indicatorId: null, names, unit, year, value, decimals, source: 'Mục II.6, bảng 2' };
}

const TABLES: KnownSource = {
  origin: 'tables',
  label: 'Dữ liệu kèm theo',
  labelEn: 'Bundled data',
  values: [known(['Thu ngân sách trên địa bàn'], 2022, 3957.9, 1), known(['Sản lượng lương thực'], 1991, 147.21, 3, 'Nghìn tấn')],
};

describe('checkKnown', () => {
  it.each<[string, string, number]>([
    ['a value the tables print differently', 'Năm 2022 thu ngân sách trên địa bàn đạt 3.975,9 tỷ đồng.', 1],
    ['the same value', 'Năm 2022 thu ngân sách trên địa bàn đạt 3.957,9 tỷ đồng.', 0],
    ['the same value rounded', 'Năm 2022 thu ngân sách trên địa bàn đạt 3.958 tỷ đồng.', 0],
    ['another year', 'Năm 2021 thu ngân sách trên địa bàn đạt 3.000 tỷ đồng.', 0],
    ['the ambiguous cell read as thousands', 'Năm 1991 sản lượng lương thực đạt 147.210 nghìn tấn.', 0],
    ['an end of a from–to statement', 'Thu ngân sách trên địa bàn tăng từ 390 tỷ đồng (năm 2009) lên 3.975,9 tỷ đồng (năm 2022).', 1],
  ])('%s', (_name, raw, count) => {
    expect(checkKnown(extractClaims(raw), [TABLES])).toHaveLength(count);
  });

  it('names the dataset and its source, with the gap', () => {
    const [finding] = checkKnown(extractClaims('Năm 2022 thu ngân sách trên địa bàn đạt 3.975,9 tỷ đồng.'), [TABLES]);
    expect(finding).toMatchObject({ kind: 'conflicting-values', severity: 'warning', claims: [0], year: 2022 });
    expect(finding?.message).toEqual({
      vi: '“thu ngân sách trên địa bàn” năm 2022: văn bản ghi 3.975,9 tỷ đồng, Dữ liệu kèm theo — Mục II.6, bảng 2 ghi 3.957,9 Tỷ đồng (chênh 3.975,9 − 3.957,9 = 18,0)',
      en: '“thu ngân sách trên địa bàn” in 2022: the text prints 3.975,9 billion dong, Bundled data (“Mục II.6, bảng 2”) prints 3.957,9 billion dong (a gap of 3.975,9 − 3.957,9 = 18,0)',
    });
  });
});

describe('edge cases', () => {
  it('checks nothing without sources', () => {
    expect(checkKnown(extractClaims('Năm 2022 thu ngân sách trên địa bàn đạt 3.975,9 tỷ đồng.'), [])).toEqual([]);
  });
});
