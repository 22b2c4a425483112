import { describe, expect, it } from 'vitest';
import { checkShares } from './check-shares';
import { extractClaims } from '../finding/extract-claims';

function shares(raw: string) {
  return checkShares(extractClaims(raw)).findings;
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
    expect(finding?.message).toEqual({
      vi: 'Các tỷ trọng năm 2023: 35,25% + 61% = 96,25%, không phải 100% (năm 2018: 40,5% + 59,5% = 100,0%)',
      en: 'The shares for 2023: 35,25% + 61% = 96,25%, not 100%, while the same list for 2018 adds up: 40,5% + 59,5% = 100,0%',
    });
  });
});

// Lists written for these tests with real figures: GSO quarterly structure (Q1/2023 and the same quarter of 2022,
// "Báo cáo tình hình kinh tế - xã hội quý I năm 2023"); Bắc Giang value-added structure 2013 and 2010 (Bắc Giang
// socio-economic indicator database, where 2013 prints 26,00 + 39,31 + 34,72 = 100,03); Hưng Yên 2022 (HĐND resolution).
describe('checkShares on printed lists', () => {
  function severities(raw: string): string[] {
    return checkShares(extractClaims(raw), raw).findings.map((f) => `${f.year ?? '-'}/${f.severity}`);
  }

  it.each<[string, string, string[]]>([
    ['a list over 100 beside another year that adds up', 'Cơ cấu giá trị tăng thêm năm 2013: nông nghiệp 26,00%, công nghiệp - xây dựng 39,31%, dịch vụ 34,72%; năm 2010 các tỷ trọng tương ứng là 28,27%, 31,48% và 40,25%.', ['2013/error']],
    ['both years add up', 'Cơ cấu kinh tế quý I/2023: nông, lâm nghiệp và thủy sản chiếm 11,66%; công nghiệp và xây dựng 35,47%; dịch vụ 43,65%; thuế sản phẩm 9,22% (cùng kỳ năm 2022 tương ứng là 11,57%; 37,08%; 42,06%; 9,29%).', []],
    // TP Hồ Chí Minh's GRDP structure (Cục Thống kê, as a paper reported it; our words, its figures): industry and
    // construction 21,6%, of which industry 18,2% and construction 3,4%; the planted copy prints construction 4,4%
    ['shares inside a share that add up to it', 'Cơ cấu GRDP: nông lâm thuỷ sản chiếm 0,5%; công nghiệp và xây dựng chiếm 21,6%, trong đó công nghiệp chiếm 18,2%, xây dựng chiếm 3,4%; dịch vụ chiếm 64,6%; thuế sản phẩm chiếm 13,3%.', []],
    ['shares inside a share that exceed it (4,4% planted)', 'Cơ cấu GRDP: nông lâm thuỷ sản chiếm 0,5%; công nghiệp và xây dựng chiếm 21,6%, trong đó công nghiệp chiếm 18,2%, xây dựng chiếm 4,4%; dịch vụ chiếm 64,6%; thuế sản phẩm chiếm 13,3%.', ['-/error']],
    // Đà Nẵng's GDP structure, first half of 2013 (Cục Thống kê; our words, its figures): each share with the year
    // before's in brackets; the planted copy prints 42,88% for 40,88% in 2012
    ['two years printed item by item, both adding up', 'Cơ cấu GDP 6 tháng đầu năm 2013: khu vực nông, lâm, thủy sản 3,09% (6 tháng đầu năm 2012 là 3,31%); khu vực công nghiệp, xây dựng 37,88% (6 tháng đầu năm 2012 là 40,88%) và khu vực dịch vụ 59,03% (6 tháng đầu năm 2012 là 55,81%).', []],
    ['two years printed item by item, one missing 100', 'Cơ cấu GDP 6 tháng đầu năm 2013: khu vực nông, lâm, thủy sản 3,09% (6 tháng đầu năm 2012 là 3,31%); khu vực công nghiệp, xây dựng 37,88% (6 tháng đầu năm 2012 là 42,88%) và khu vực dịch vụ 59,03% (6 tháng đầu năm 2012 là 55,81%).', ['2012/error']],
    ['one year that misses 100 alone is a warning', 'Cơ cấu kinh tế năm 2022: công nghiệp, xây dựng 63,91%; thương mại, dịch vụ 26,60%; nông nghiệp, thủy sản 7,49%.', ['2022/warning']],
    ['one year that adds up', 'Cơ cấu kinh tế năm 2022: công nghiệp, xây dựng 63,91%; thương mại, dịch vụ 28,60%; nông nghiệp, thủy sản 7,49%.', []],
    // Quảng Ngãi's GRDP structure, first half of 2025 (our words): the first share prints "tỷ trọng" itself, and the
    // share after "trong đó" is inside the one before it.
    ['a share that says "chiếm tỷ trọng", and one inside another', 'Khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 16,18%; khu vực công nghiệp - xây dựng chiếm 40,09%, trong đó công nghiệp chiếm 33,71%; khu vực dịch vụ chiếm 30,39%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 13,34%.', []],
    ['the same with a planted 31,39 for 30,39', 'Khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 16,18%; khu vực công nghiệp - xây dựng chiếm 40,09%, trong đó công nghiệp chiếm 33,71%; khu vực dịch vụ chiếm 31,39%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 13,34%.', ['-/warning']],
    ['sectors without taxes: a warning, not an error', 'Cơ cấu kinh tế năm 2023: nông, lâm nghiệp và thủy sản chiếm 11,96%; công nghiệp và xây dựng chiếm 37,12%; dịch vụ chiếm 42,54%.', ['2023/warning']],
    // Tuyên Quang, 9 months of 2024 (Cục Thống kê; our words, its figures): a remark naming the structure in passing
    // ("trong cơ cấu nội hàm … tỷ trọng …") inside the list announces no new list; the planted copy prints 27,44.
    [
      'a remark on the structure inside the list',
      'Cụ thể khu vực nông, lâm nghiệp và thủy sản chiếm 23,30%; khu vực công nghiệp và xây dựng chiếm 29,44%, trong cơ cấu nội hàm ngành công nghiệp tỷ trọng công nghiệp chế biến, chế tạo tăng dần; khu vực dịch vụ chiếm 43,11%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 4,15%.',
      [],
    ],
    [
      'a remark on the structure inside the list, one share wrong',
      'Cụ thể khu vực nông, lâm nghiệp và thủy sản chiếm 23,30%; khu vực công nghiệp và xây dựng chiếm 27,44%, trong cơ cấu nội hàm ngành công nghiệp tỷ trọng công nghiệp chế biến, chế tạo tăng dần; khu vực dịch vụ chiếm 43,11%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 4,15%.',
      ['-/warning'],
    ],
  ])('%s', (_name, raw, expected) => {
    expect(severities(raw)).toEqual(expected);
  });

  it('explains, and does not report, a list too far from 100 to be one whole', () => {
    const raw = 'Về cơ cấu, năm 2022 khu vực đô thị 18,7% và khu vực biên giới 12,1%.';
    const { findings, explanations } = checkShares(extractClaims(raw), raw);
    expect(findings).toEqual([]);
    expect(explanations.map((e) => e.message.vi)).toEqual([expect.stringContaining('18,7% + 12,1% = 30,8%, quá xa 100%')]);
  });

  it('says why a lone list is only a warning', () => {
    const raw = 'Cơ cấu kinh tế năm 2023: nông, lâm nghiệp và thủy sản chiếm 11,96%; công nghiệp và xây dựng chiếm 37,12%; dịch vụ chiếm 42,54%.';
    expect(checkShares(extractClaims(raw), raw).findings[0]?.message).toEqual({
      vi: 'Các tỷ trọng năm 2023: 11,96% + 37,12% + 42,54% = 91,62%, không phải 100% (sai số làm tròn tối đa ±0,015); có thể danh sách thiếu một thành phần (như thuế sản phẩm)',
      en: 'The shares for 2023: 11,96% + 37,12% + 42,54% = 91,62%, not 100% (rounding allows ±0,015); the list may leave out a component (such as product taxes)',
    });
  });

  // TP. Hồ Chí Minh, first half of 2023 (the city's release; our words, its figures, the services' share planted 66,19 for
  // 69,19): the product taxes are in the list, so the hint does not name them.
  it('names no product taxes as missing when the list holds them', () => {
    const raw = 'Trong 6 tháng năm 2023, cơ cấu kinh tế: khu vực nông, lâm nghiệp và thủy sản chiếm 2,15%; khu vực công nghiệp và xây dựng chiếm 18,73%; khu vực dịch vụ chiếm 66,19%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 9,93%.';
    const message = checkShares(extractClaims(raw), raw).findings[0]?.message;
    expect(message?.vi.endsWith('có thể danh sách thiếu một thành phần')).toBe(true);
    expect(message?.en.endsWith('the list may leave out a component')).toBe(true);
  });

  // Cần Thơ's plan for 2018 (our words, its figures): three ranges of shares (99,97 to 100,03) are no list of shares; the
  // upper end of one and the lower end of the next made a false 91,92%.
  it('reads no list of shares from ranges', () => {
    const raw = 'Trong cơ cấu GRDP năm 2018, nông nghiệp - thủy sản chiếm từ 8,07% đến 8,10%, công nghiệp - xây dựng chiếm 32,77% đến 32,79% và thương mại dịch vụ chiếm 59,13% đến 59,14%.';
    expect(checkShares(extractClaims(raw), raw).findings).toEqual([]);
  });

  // Thái Nguyên's retail, Q1/2019 (our words, its figures): the sentence names the rest without a figure.
  it('explains, and does not report, a list whose sentence names the rest', () => {
    const raw = 'Trong đó, khu vực kinh tế nhà nước chiếm 5,3%; khu vực kinh tế ngoài nhà nước chiếm 94,2%; còn lại khu vực có vốn đầu tư nước ngoài.';
    const { findings, explanations } = checkShares(extractClaims(raw), raw);
    expect(findings).toEqual([]);
    expect(explanations.map((e) => e.message.vi)).toEqual(['Các tỷ trọng: 5,3% + 94,2% = 99,5%; phần “còn lại” mà câu nêu không kèm số là khoảng 0,5%']);
    // Without "còn lại" the same list is a warning.
    const cut = raw.replace('; còn lại khu vực có vốn đầu tư nước ngoài', '');
    expect(checkShares(extractClaims(cut), cut).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  // Thái Bình's exports by market, first half of 2023 (Cục Thống kê; our words, its figures): the largest markets ranked.
  it('explains, and does not report, a list that ranks the largest parts only', () => {
    const raw = 'Sáu tháng đầu năm 2023, châu Á là thị trường xuất khẩu lớn nhất của tỉnh, đạt 593 triệu USD (chiếm 50,7%); tiếp đến là châu Mỹ đạt 329 triệu USD (chiếm 28,2%); châu Âu đạt 106 triệu USD (chiếm 9,1%).';
    const { findings, explanations } = checkShares(extractClaims(raw), raw);
    expect(findings).toEqual([]);
    expect(explanations.map((e) => e.message.en)).toEqual([
      'The shares for 2023: 50,7% + 28,2% + 9,1% = 88,0%; the sentence ranks the largest parts only (“lớn nhất”, “tiếp đến”), not all of them, so the other 12,0% or so is the rest\'s',
    ]);
    // Ranked but over 100: still a warning.
    const over = raw.replace('9,1%', '29,1%');
    expect(checkShares(extractClaims(over), over).findings.map((f) => f.severity)).toEqual(['warning']);
    // Without the ranking words the same list is a warning.
    const plain = raw.replace('là thị trường xuất khẩu lớn nhất của tỉnh, ', '').replace('tiếp đến là ', '');
    expect(checkShares(extractClaims(plain), plain).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  // Lâm Đồng's maize and rice, July 2015 (Cục Thống kê Lâm Đồng; our words, its figures): some districts only.
  it.each<[string, string, string, string]>([
    [
      'shares that each match their level, the levels short of the whole',
      'Diện tích ngô gieo trồng đạt 8.543,2 ha. Trong đó, Đức Trọng 2.400 ha, chiếm 28,09%; Di Linh 1.670 ha, chiếm 19,55%; Đam Rông 1.350 ha, chiếm 15,8%; Lâm Hà 1.030 ha, chiếm 12,06%; Đơn Dương 480 ha, chiếm 5,62%.',
      'Các tỷ trọng: 28,09% + 19,55% + 15,8% + 12,06% + 5,62% = 81,12%; mỗi tỷ trọng khớp với số liệu của nó trên tổng 8.543,2 ha, và các số liệu này cộng lại 6.930 ha, ít hơn tổng: danh sách không kể hết, khoảng 18,88% còn lại là của các phần khác',
      // One share off its level: the list is no longer explained by its levels.
      'Đam Rông 1.350 ha, chiếm 15,9%',
    ],
    [
      'a sentence that announces where the area is concentrated',
      'Lúa gieo trồng 5.954,3 ha, tập trung ở Cát Tiên 3.721 ha, chiếm 62,49%; Đạ Tẻh 2.100 ha, chiếm 35,27%; Đạ Huoai 126,6 ha, chiếm 2,13% diện tích gieo cấy toàn tỉnh.',
      'Các tỷ trọng: 62,49% + 35,27% + 2,13% = 99,89%; câu chỉ nêu một số thành phần (“tập trung”), không kể hết, nên khoảng 0,11% còn lại là của các phần khác',
      'Lúa gieo trồng 5.954,3 ha, Cát Tiên',
    ],
  ])('explains, and does not report, %s', (_name, raw, explained, changed) => {
    const { findings, explanations } = checkShares(extractClaims(raw), raw);
    expect(findings).toEqual([]);
    expect(explanations.map((e) => e.message.vi)).toEqual([explained]);
    const cut = changed.startsWith('Lúa') ? raw.replace('Lúa gieo trồng 5.954,3 ha, tập trung ở Cát Tiên', changed) : raw.replace('Đam Rông 1.350 ha, chiếm 15,8%', changed);
    expect(checkShares(extractClaims(cut), cut).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  // Lâm Đồng's maize, January 2018 (Cục Thống kê Lâm Đồng; our words, its figures): "bằng 99,86% (-0,07 tạ/ha)" is the
  // yield's index, no second share inside the area's "đạt 100%".
  it('reads no share in a figure after "bằng"', () => {
    const raw = 'Ngô thu hoạch 3.566,5 ha, đạt 100% diện tích gieo trồng; trong đó chủ yếu là ngô 3.511,9 ha, chiếm 98,47%, năng suất đạt 51,22 tạ/ha, bằng 99,86% (-0,07 tạ/ha).';
    const claims = extractClaims(raw);
    expect(checkShares(claims, raw).findings).toEqual([]);
    expect(claims.find((c) => c.figures[0]?.value === 99.86)).toMatchObject({ kind: 'value', indicator: 'năng suất' });
  });

  // Thừa Thiên Huế's retail, 9 months of 2018 (our words, its figures; the foreign-invested sector's share left out): the
  // product taxes are named only for the economy's shares.
  it('names no product taxes for a list of another whole', () => {
    const raw = 'Chín tháng năm 2018, tổng mức bán lẻ đạt 28.476,59 tỷ đồng; kinh tế Nhà nước chiếm 7,39%; kinh tế ngoài Nhà nước chiếm 89,80%.';
    const [finding] = checkShares(extractClaims(raw), raw).findings;
    expect(finding?.message.vi).toMatch(/có thể danh sách thiếu một thành phần$/u);
    expect(finding?.message.en).toMatch(/the list may leave out a component$/u);
  });

  // Phú Yên, 2023 (our words; the taxes' 4,33 changed to 4,83): a sum over 100 is never a left-out component.
  it('says a lone list over 100 cannot be missing a component', () => {
    const raw = 'Cơ cấu kinh tế năm 2023: nông, lâm nghiệp và thủy sản chiếm 24,17%; công nghiệp - xây dựng chiếm 29,42%; dịch vụ chiếm 42,08%; thuế sản phẩm chiếm 4,83%.';
    const [finding] = checkShares(extractClaims(raw), raw).findings;
    expect([finding?.severity, finding?.message.vi]).toEqual([
      'warning',
      'Các tỷ trọng năm 2023: 24,17% + 29,42% + 42,08% + 4,83% = 100,50%, không phải 100% (sai số làm tròn tối đa ±0,020); vượt 100% nên không thể do thiếu thành phần: có thể một tỷ trọng bị ghi sai hoặc một phần được tính hai lần',
    ]);
    expect(finding?.message.en).toContain('over 100%, so no left-out component explains it');
  });

  it.each([
    ['one item over several years', 'Tỷ trọng dân số từ 60 tuổi trở lên là 10,4% năm 2006 và 13,3% năm 2016.'],
    ['percentages without a structure word', 'Năm 2018 có 16,9% không có bằng cấp và 20,2% tốt nghiệp tiểu học.'],
    ['rates before the structure word', 'Năm 2022 hộ nghèo còn 10,5%, hộ cận nghèo 8,2%; cơ cấu lao động tiếp tục chuyển dịch.'],
    ['rates named as rates', 'Cơ cấu dân số năm 2022: tỷ lệ hộ nghèo 10,5%, tỷ lệ hộ cận nghèo 8,2%.'],
  ])('%s is no list of shares', (_name, raw) => {
    expect(checkShares(extractClaims(raw), raw)).toEqual({ findings: [], explanations: [] });
  });
});

describe('edge cases', () => {
  it.each([
    ['no claims', ''],
    ['a single share', 'Tỷ trọng dịch vụ tăng từ 40% (năm 2018) lên 45% (năm 2023).'],
    ['from–to statements in another unit', 'Doanh thu lữ hành tăng từ 40 tỷ đồng (năm 2018) lên 45 tỷ đồng (năm 2023); doanh thu vận tải tăng từ 60 tỷ đồng (năm 2018) lên 61 tỷ đồng (năm 2023).'],
    // Thái Nguyên's investment by field (thainguyentv.vn), our sentence: "gần 2,5%" is printed only about.
    ['a list with a share printed only about', 'Chia theo lĩnh vực, ngành nông, lâm nghiệp chiếm gần 2,5%; ngành công nghiệp - xây dựng chiếm 46,5%; thương mại, dịch vụ và các ngành khác chiếm 51%.'],
  ])('%s gives no findings', (_name, raw) => {
    expect(shares(raw)).toEqual([]);
  });
});

// GSO, rice harvest of October 2020 (our words, its figures): each region's harvested share is of its own planted area.
describe('shares after "trong đó" larger than the share before', () => {
  const HARVEST = (north: string) =>
    `Đến giữa tháng Mười năm 2020, cả nước thu hoạch được 990,7 nghìn ha lúa mùa, chiếm 62,5% diện tích gieo cấy, trong đó phía Bắc thu hoạch được 762,3 nghìn ha, chiếm ${north}%; phía Nam thu hoạch được 228,4 nghìn ha, chiếm 42,7%.`;
  it.each<[string, string, number]>([
    ['a region above the whole: rates of their own wholes, no structure', HARVEST('72,5'), 0],
    // Invented structure: a part inside the share before it stays inside, and the top list is still added up.
    ['a part inside the share before: the list of the others is checked', 'Năm 2024, nông nghiệp chiếm 20,0%; công nghiệp, xây dựng chiếm 40,0%, trong đó công nghiệp chiếm 33,0%; dịch vụ chiếm 45,0%.', 1],
  ])('%s', (_name, raw, count) => {
    expect(checkShares(extractClaims(raw), raw).findings).toHaveLength(count);
  });
});
