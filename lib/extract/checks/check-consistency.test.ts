import { describe, expect, it } from 'vitest';
import { checkConsistency } from './check-consistency';
import { extractClaims } from '../finding/extract-claims';
import type { KnownSource } from '../finding/known-values';
import { findVietnamese } from '../../i18n/vietnamese-letters';

// Grammar: a run in curly double quotes (document text quoted in a message). Example: '“tăng 39%” over' → '"" over'.
const QUOTED = /“[^”]*”/g;

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

describe('messages in English', () => {
  // Every finding kind on a sentence written for the test; none of the English words may be Vietnamese outside quotes.
  it.each([
    'Cơ cấu kinh tế: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).',
    'Tỷ trọng dịch vụ tăng từ 54% (năm 2018) lên 53% (năm 2023).',
    'Vốn đầu tư bình quân tăng trên 9%/năm; năm 2023 đạt 6.210 tỷ đồng, tăng 24% so với năm 2018.',
    'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.',
    'Tính chung 9 tháng năm 2023, kim ngạch xuất nhập khẩu đạt 494,66 tỷ USD, gồm xuất khẩu 259,67 tỷ USD và nhập khẩu 237,99 tỷ USD.',
    'Quý I/2022 GDP tăng 5,03%, trong đó nông nghiệp đóng góp 0,29 điểm phần trăm, công nghiệp đóng góp 2,57 điểm phần trăm, dịch vụ đóng góp 2,71 điểm phần trăm.',
    'Sáu tháng đầu năm 2023, chỉ số sản xuất công nghiệp ước tăng 6,25 triệu đồng so với cùng kỳ.',
  ])('%s', (raw) => {
    const { findings } = checkConsistency(extractClaims(raw), [], raw);
    expect(findings).toHaveLength(1);
    const english = findings[0]?.message.en ?? '';
    expect(findVietnamese(english.replace(QUOTED, '""'))).toBeNull();
  });
});
