import { describe, expect, it } from 'vitest';
import { checkShares } from './check-shares';
import { extractClaims } from '../finding/extract-claims';

function shares(raw: string) {
  return checkShares(extractClaims(raw));
}

describe('checkShares', () => {
  it.each<[string, string, (number | null)[]]>([
    ['three shares whose later end misses 100', 'Cơ cấu kinh tế: công nghiệp tăng từ 20% (năm 2018) lên 22,5% (năm 2023); dịch vụ tăng từ 50% (năm 2018) lên 51% (năm 2023); nông nghiệp giảm từ 30% (năm 2018) xuống 22,75% (năm 2023).', [2023]],
    ['an earlier end that misses 100', 'Cơ cấu lao động: nông nghiệp giảm từ 45% (năm 2018) xuống 35% (năm 2023); phi nông nghiệp tăng từ 50% (năm 2018) lên 65% (năm 2023).', [2018]],
    ['both ends add up', 'Cơ cấu lao động: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 65% (năm 2023).', []],
    ['a sum within the rounding of its terms', 'Cơ cấu: nông nghiệp giảm từ 33,3% (năm 2018) xuống 30% (năm 2023); dịch vụ tăng từ 66,7% (năm 2018) lên 70% (năm 2023).', []],
    ['rates that are not shares of one whole', 'Tỷ lệ hộ nghèo giảm từ 19,5% năm 2018 xuống 11,2% năm 2023; tỷ lệ hộ dùng điện tăng từ 90% năm 2018 lên 99,1% năm 2023.', []],
    ['shares in two sentences are two wholes', 'Nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023). Dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).', []],
  ])('%s', (_name, raw, years) => {
    expect(shares(raw).map((f) => f.year)).toEqual(years);
  });

  it('writes the sum out, and the end that does add up', () => {
    const [finding] = shares('Cơ cấu: nông nghiệp giảm từ 40,5% (năm 2018) xuống 35,25% (năm 2023); dịch vụ tăng từ 59,5% (năm 2018) lên 61% (năm 2023).');
    expect(finding).toMatchObject({ kind: 'shares-not-100', severity: 'error', year: 2023, claims: [0, 1] });
    expect(finding?.computed).toBeCloseTo(96.25, 9);
    expect(finding?.message).toBe('Các tỷ trọng năm 2023: 35,25% + 61% = 96,25%, không phải 100% (năm 2018: 40,5% + 59,5% = 100,0%)');
  });
});

describe('edge cases', () => {
  it.each([
    ['no claims', ''],
    ['a single share', 'Tỷ trọng dịch vụ tăng từ 40% (năm 2018) lên 45% (năm 2023).'],
    ['from–to statements in another unit', 'Doanh thu lữ hành tăng từ 40 tỷ đồng (năm 2018) lên 45 tỷ đồng (năm 2023); doanh thu vận tải tăng từ 60 tỷ đồng (năm 2018) lên 61 tỷ đồng (năm 2023).'],
  ])('%s gives no findings', (_name, raw) => {
    expect(shares(raw)).toEqual([]);
  });
});
