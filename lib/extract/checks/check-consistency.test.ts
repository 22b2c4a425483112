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
  labelEn: 'Bundled data',
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
    'GRDP của tỉnh 6 tháng đầu năm 2024 tăng 6,8% so với cùng kỳ. Với mức tăng chung 5,8% thì khu vực dịch vụ tăng 7,1%.',
    'Tỷ lệ thiếu việc làm năm 2015 là 3,52%, khu vực thành thị là 1,29%, còn khu vực nông thôn là 3,11%.',
    'Tháng 5, tổng thu ngân sách ước đạt 1.790 tỷ đồng. Tính chung 5 tháng, tổng thu ngân sách ước đạt 1.579 tỷ đồng.',
    'Năm 2023 kim ngạch xuất nhập khẩu tăng 12,4%, trong đó xuất khẩu tăng 10,2%, nhập khẩu tăng 6,2%.',
    'Năm 2012, nhóm hàng ăn tăng cao nhất với 5,1%; nhóm đồ uống tăng 6,4%.',
    'Quý II/2024 có 23,5% doanh nghiệp đánh giá tốt hơn quý I/2024; 64,7% doanh nghiệp đánh giá ổn định; 21,7% doanh nghiệp đánh giá khó khăn hơn.',
    'Quý I năm 2024, khu vực nông, lâm nghiệp và thủy sản tăng 2,98%. Ngành nông nghiệp tăng 3,81%, ngành lâm nghiệp tăng 4,08%, ngành thủy sản tăng 3,46%.',
  ])('%s', (raw) => {
    const { findings } = checkConsistency(extractClaims(raw), [], raw);
    expect(findings).toHaveLength(1);
    const english = findings[0]?.message.en ?? '';
    expect(findVietnamese(english.replace(QUOTED, '""'))).toBeNull();
  });
});

describe('explanations', () => {
  // What a careful reader might expect to be reported, and is not: sentences written for the test with real figures
  // (GSO Q1/2023 structure and its "tương ứng" list for 2022; HCM City budget revenue 2016–2020 against 2011–2015;
  // Census 2019 population by sex; GSO H1/2005 contributions in points).
  it.each<[string, string, string[]]>([
    ['shares and a "tương ứng" list that add up', 'Cơ cấu kinh tế quý I/2023: dịch vụ chiếm 43,65%; các ngành còn lại 56,35% (cùng kỳ năm 2022 tương ứng là 42,06%; 57,94%).', ['shares-not-100', 'shares-not-100']],
    ['a period compared with a period beside an average rate', 'Giai đoạn 2016 - 2020 tổng thu ngân sách ước hơn 1,85 triệu tỉ đồng, tăng 55,49% so với giai đoạn 2011 - 2015; tốc độ tăng thu bình quân là 7,59%.', ['average-contradicts-total']],
    ['parts that add up to their total', 'Dân số cả nước năm 2019 có 96.208.984 người, trong đó nam 47.881.061 người và nữ 48.327.923 người.', ['parts-not-total']],
    ['contributions that add up to the growth', 'Nửa đầu năm 2005 GDP tăng 7,63%, trong đó công nghiệp và xây dựng đóng góp 3,68 điểm phần trăm, dịch vụ đóng góp 3,07 điểm phần trăm, nông nghiệp đóng góp 0,88 điểm phần trăm.', ['contributions-not-total']],
  ])('%s', (_name, raw, kinds) => {
    const outcome = checkConsistency(extractClaims(raw), [], raw);
    expect(outcome.findings).toEqual([]);
    expect(outcome.explanations.map((e) => e.kind)).toEqual(kinds);
  });
});
