import { describe, expect, it } from 'vitest';
import { explainPriceBasis } from './explain-price-basis';
import { extractClaims } from '../finding/extract-claims';

function explained(raw: string): string[] {
  const claims = extractClaims(raw);
  return explainPriceBasis(claims, raw).map((e) => e.claims.map((i) => claims[i]?.text ?? '').join(' | '));
}

// Written for these tests with real figures: GSO 2023 (GDP +5,05%, 10.221,8 nghìn tỷ đồng at current prices; labour
// productivity 199,3 triệu đồng/lao động, +3,65% at constant prices); Bình Dương 2022 (GRDP +8,01%, 459 nghìn tỷ đồng).
describe('explainPriceBasis', () => {
  it.each<[string, string, string[]]>([
    ['a real rate named as such beside a nominal level', 'Năm 2023 năng suất lao động đạt 199,3 triệu đồng/lao động; tính theo giá so sánh, năng suất lao động tăng 3,65%.', ['199,3 triệu đồng/lao động | tăng 3,65%']],
    ['a GRDP rate, real by convention, beside the nominal size', 'GRDP Bình Dương năm 2022 ước tăng 8,01%, đạt 459 nghìn tỷ đồng.', ['tăng 8,01% | 459 nghìn tỷ đồng']],
    // Tiền Giang, first half of 2024 (Cục Thống kê; our words, its figures): the basis in a bracket right after the level.
    ['a level whose bracket names constant prices is the same series', 'GRDP 6 tháng đầu năm 2024 ước đạt 32.976 tỷ đồng, (giá so sánh năm 2010) tăng 5,56% so với cùng kỳ.', []],
    ['a level at constant prices is the same series', 'Năm 2022 GRDP theo giá so sánh 2010 đạt 1.021.894 tỷ đồng, tăng 9,03% so với năm 2021.', []],
    ['another indicator\'s level is not explained', 'GRDP Hà Nội năm 2022 tăng 8,89%; thu ngân sách đạt 333.000 tỷ đồng.', []],
    ['a rate without a named basis is no real rate', 'Năm 2022 doanh thu bán lẻ đạt 5.679,9 nghìn tỷ đồng, tăng 19,8% so với năm trước.', []],
  ])('%s', (_name, raw, expected) => {
    expect(explained(raw)).toEqual(expected);
  });

  it('says why the two are not compared, in both languages', () => {
    const raw = 'GRDP Bình Dương năm 2022 ước tăng 8,01%, đạt 459 nghìn tỷ đồng.';
    const [explanation] = explainPriceBasis(extractClaims(raw), raw);
    expect(explanation?.kind).toBe('price-basis');
    expect(explanation?.message.vi).toContain('theo giá so sánh');
    expect(explanation?.message.en).toContain('459 trillion dong is at current prices');
  });
});

describe('edge cases', () => {
  it.each([
    ['no text', ''],
    ['a per-head rate is not the size of GRDP', 'Năm 2022 GRDP bình quân đầu người đạt 3.400 USD, tăng 15,3%.'],
  ])('%s explains nothing', (_name, raw) => {
    expect(explained(raw)).toEqual([]);
  });
});
