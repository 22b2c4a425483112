import { describe, expect, it } from 'vitest';
import { checkConsistency } from './check-consistency';
import { extractClaims } from '../finding/extract-claims';
import type { KnownSource } from '../finding/known-values';

function kinds(raw: string, sources: KnownSource[] = []): string[] {
  return checkConsistency(extractClaims(raw), sources, raw).findings.map((f) => `${f.kind}/${f.severity}`);
}

const TABLES: KnownSource = {
  origin: 'tables',
  label: 'Dữ liệu kèm theo',
  values: [{ indicatorId: null, names: ['Doanh thu bưu chính'], unit: 'Tỷ đồng', year: 2023, value: 421.7, decimals: 1, source: '' }],
};

describe('checkConsistency', () => {
  it.each<[string, string, string[]]>([
    ['shares that miss 100', 'Cơ cấu kinh tế: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).', ['shares-not-100/error']],
    ['a direction word against its values', 'Tỷ trọng dịch vụ tăng từ 54% (năm 2018) lên 53% (năm 2023).', ['direction-contradicts-values/error']],
    ['an average rate against the total change', 'Vốn đầu tư bình quân tăng trên 9%/năm; năm 2023 đạt 6.210 tỷ đồng, tăng 24% so với năm 2018.', ['average-contradicts-total/error']],
    ['one indicator printed twice', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.', ['conflicting-values/error']],
    ['a consistent text', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng, tăng 9,2% so với năm 2020; bình quân tăng 3%/năm.', []],
  ])('%s', (_name, raw, expected) => {
    expect(kinds(raw)).toEqual(expected);
  });

  it('compares the text with the datasets given', () => {
    expect(kinds('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.', [TABLES])).toEqual(['conflicting-values/warning']);
    expect(kinds('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.')).toEqual([]);
  });

  it('puts errors before warnings, each in text order', () => {
    const raw =
      'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. ' +
      'Tỷ trọng dịch vụ tăng từ 54% (năm 2018) lên 53% (năm 2023). ' +
      'Doanh thu lữ hành tăng từ 10 tỷ đồng (năm 2018) lên 9 tỷ đồng (năm 2023).';
    expect(kinds(raw, [TABLES])).toEqual(['direction-contradicts-values/error', 'direction-contradicts-values/error', 'conflicting-values/warning']);
  });
});

describe('edge cases', () => {
  it.each([
    ['no claims', ''],
    ['a single share', 'Tỷ trọng dịch vụ tăng từ 40% (năm 2018) lên 45% (năm 2023).'],
    ['a bound is no conflict', 'Năm 2023 doanh thu bưu chính đạt trên 400 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.'],
  ])('%s gives no findings', (_name, raw) => {
    expect(checkConsistency(extractClaims(raw), [], raw).findings).toEqual([]);
  });
});
