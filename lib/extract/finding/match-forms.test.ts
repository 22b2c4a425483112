import { describe, expect, it } from 'vitest';
import { matchClaims } from './match-claims';
import type { ExtractedKind } from '../types';

/**
 * Where prose prints the forms of spec §2b, in our own words with the real figures of the issue-12 corpus
 * documents (named per case): the kind read, the claimed figure and the claim text lib/claims took.
 */
const CASES: readonly (readonly [string, string, ExtractedKind, number, string | null])[] = [
  // gso-2023-q3: sector contributions to GDP growth
  ['gso-2023-q3', 'dịch vụ tăng 6,32%, đóng góp 68,57% vào mức tăng chung', 'contribution', 68.57, null],
  // gso-2005-h1: contributions in percentage points
  ['gso-2005-h1', 'dịch vụ đóng góp 3,07 điểm phần trăm', 'contribution', 3.07, null],
  ['gso-2005-h1', 'công nghiệp, xây dựng đóng góp tới 3,68 điểm phần trăm', 'contribution', 3.68, null],
  // gso-2023-q1: a negative contribution
  ['gso-2023-q1', 'xây dựng giảm 0,4%, làm giảm 4,76%', 'contribution', 4.76, null],
  // Hà Nội, 9 months of 2024 (cafef.vn): a share of the growth in points said with "chiếm"
  ['hanoi-2024-9m', 'thuế sản phẩm tăng 3,54%, chiếm 0,39 điểm % mức tăng GRDP chung', 'contribution', 0.39, null],
  // Kiên Giang, 9 months of 2015 (Cục Thống kê Kiên Giang): what the contribution goes to, between the verb and its figure
  ['kiengiang-2015-9m', 'công nghiệp, xây dựng tăng 11,14%, đóng góp cho tăng trưởng chung 2,58 điểm %', 'contribution', 2.58, null],
  ['kiengiang-2015-9m', 'nông, lâm nghiệp, thủy sản đóng góp vào mức tăng trưởng chung của nền kinh tế 1,94 điểm phần trăm', 'contribution', 1.94, null],
  // GSO, 6 months of 2005: a sector's growth said as such
  ['gso-2005-h1', 'khu vực dịch vụ tăng trưởng 7,6%', 'comparison', 7.6, 'tăng trưởng 7,6%'],
  ['gso-2005-h1', 'kinh tế tăng trưởng âm 1,2% so với cùng kỳ', 'comparison', 1.2, 'tăng trưởng âm 1,2%'],
  // Quảng Ninh, 9 months of 2025 (tracuuquyhoach.com, citing the province): how strongly a sector grew
  ['quangninh-2025-9m', 'riêng khu vực dịch vụ tăng trưởng mạnh 15,18%', 'comparison', 15.18, 'tăng trưởng mạnh 15,18%'],
  // GSO's poverty rates 2006–2021 (our words, its figures): Lai Châu's rate fell by 30,3 points, said "giảm đi"
  ['gso-poverty-2006-2021', 'tỷ lệ hộ nghèo của Lai Châu đã giảm đi 30,3%', 'comparison', 30.3, 'giảm đi 30,3%'],
  // constructed (our words and figures): what the subject did, said with "mức" or "tốc độ"
  ['constructed', 'GRDP năm 2023 đạt mức tăng trưởng 6,4% so với năm 2022', 'comparison', 6.4, 'tăng trưởng 6,4%'],
  ['constructed', 'khu vực dịch vụ có tốc độ tăng trưởng 8,3%', 'comparison', 8.3, 'tăng trưởng 8,3%'],
  ['constructed', 'công nghiệp đạt 12.000 tỷ đồng, với mức tăng trưởng 9,1%', 'comparison', 9.1, 'tăng trưởng 9,1%'],
  // thainguyen-2022-h1 (base derived): an index against the same period
  ['thainguyen-2022-h1', 'thu ngân sách bằng 129,3% so với cùng kỳ năm trước', 'index', 129.3, 'bằng 129,3%'],
  // Hà Nội, 9 months (Cục Thống kê, as a paper reported it): the index said with "tương đương"
  ['hanoi-9m', 'thu ngân sách đạt 57,29% dự toán, đồng thời tương đương 84,74% so với cùng kỳ năm trước', 'index', 84.74, 'tương đương 84,74%'],
  ['gso-2022-retail', 'doanh thu quý IV có tốc độ phát triển 104,8%', 'index', 104.8, 'tốc độ phát triển 104,8%'],
  // census-2019: comparatives
  ['census-2019', 'bình quân 3,6 người/hộ, thấp hơn 0,2 người/hộ so với năm 2009', 'comparison', 0.2, 'thấp hơn 0,2 người/hộ'],
  ['lfs-2023-q1', 'tỷ lệ 26,4%, cao hơn 0,3 điểm phần trăm so với cùng kỳ', 'comparison', 0.3, 'cao hơn 0,3 điểm phần trăm'],
  ['vhlss-2018', 'nhóm nghèo nhất 4,0 người, cao gấp hơn 1,2 lần nhóm giàu nhất', 'comparison', 1.2, 'cao gấp hơn 1,2 lần'],
  // gso-2022-retail: a bracketed sign that repeats the verb
  ['gso-2022-retail', 'lữ hành đạt 6,5 nghìn tỷ đồng, giảm (-29,4%) so với quý trước', 'comparison', 29.4, 'giảm (-29,4%)'],
  // constructed range with a real export level
  ['constructed', 'xuất khẩu đạt 16,8 tỷ USD, tăng 7-8% so với cùng kỳ', 'comparison', 7, 'tăng 7-8%'],
  // hanoi-2022 and mpi-2018: targets stated as ranges, compared with nothing
  ['hanoi-2022', 'GRDP tăng 8,89%, vượt kế hoạch đề ra từ 7,0% đến 7,5%', 'plan', 7, null],
  ['mpi-2018', 'mục tiêu kế hoạch 5 năm là 6,5% - 7%/năm', 'plan', 6.5, null],
  // mpi-2018: yearly rates named by a period or by "mức"
  ['mpi-2018', 'tăng trưởng bình quân 3 năm 2016 - 2018 đạt 6,57%', 'average-annual', 6.57, 'bình quân 3 năm 2016 - 2018 đạt 6,57%'],
  ['mpi-2018', 'cao hơn mức 5,91%/năm của giai đoạn trước', 'average-annual', 5.91, 'mức 5,91%/năm'],
  // laocai-2025-budget (baolaocai.vn) and vungtau-budget-10t (tapchitaichinh.vn): plans named by who set them, "so dự toán"
  ['laocai-2025-budget', 'thu nội địa đạt 2.433 tỷ đồng, bằng 19,2% dự toán tỉnh giao', 'plan', 19.2, 'bằng 19,2% dự toán'],
  ['vungtau-budget-10t', 'lũy kế 10 tháng 3.798,254 tỷ đồng (đạt 101,1% so dự toán tỉnh giao', 'plan', 101.1, 'đạt 101,1% so dự toán'],
  // caav-2023 (Cục Hàng không, via vneconomy.vn): an index against a year, "so" without "với"
  ['caav-2023', 'ước đạt xấp xỉ 74 triệu khách, tăng 34,5% so năm 2022, bằng 93,6% so năm 2019', 'index', 93.6, 'bằng 93,6%'],
  // Lào Cai's crops, 2022 (the province's report; our words): "CK" alone for "cùng kỳ", after a plan "KH"
  ['laocai-2022', 'sản lượng lương thực ước đạt 338.606 tấn, bằng 101,8% KH, bằng 100,5% CK', 'index', 100.5, 'bằng 100,5%'],
  // kontum-budget-8t (kontumtv.vn): the spending task is the plan of spending
  ['kontum-budget-8t', 'chi ngân sách khoảng 5.000 tỷ đồng, đạt gần 48% nhiệm vụ chi', 'plan', 48, 'đạt gần 48% nhiệm vụ chi'],
  // Đắk Lắk's budget, 6 months of 2024 (our words, its figures): "tương đương" before a rate of the plan
  ['daklak-2024-6m', 'tổng thu ngân sách ước đạt 25.493 tỷ đồng (tương đương gần 39,3% kế hoạch, tăng 4,13%)', 'plan', 39.3, 'tương đương gần 39,3% kế hoạch'],
  // ninhgiang-2023-9m (haiduong.gov.vn): the plan's abbreviation glued to the sign
  ['ninhgiang-2023-9m', 'giá trị sản xuất ngành dịch vụ 3.327 tỷ đồng, đạt 75,6%KH', 'plan', 75.6, 'đạt 75,6%KH'],
  // Vĩnh Linh district, 2022 (tinhuyquangtri.vn; our words): the plan beside the figure it judges, "actual/KH plan"
  ['vinhlinh-2022', 'khu vực nông, lâm nghiệp và thủy sản ước tăng 8,31%/KH tăng 3-4%', 'comparison', 8.31, 'tăng 8,31%'],
  // gso-2024-q1 (GSO's release of the first quarter of 2024; our words): a footnote mark glued to the figure
  ['gso-2024-q1', 'khu vực dịch vụ tăng 6,12%[2], đóng góp 52,23%', 'comparison', 6.12, 'tăng 6,12%'],
  ['vinhlinh-2022', 'khu vực nông, lâm nghiệp và thủy sản ước tăng 8,31%/KH tăng 3-4%', 'plan', 3, null],
  ['vinhlinh-2022', 'thu nhập bình quân đầu người ước đạt 55,3 triệu đồng/KH 55-56 triệu đồng', 'plan', 55, null],
  ['vinhlinh-2022', 'năng suất lúa bình quân đạt 50,4 tạ/ha/KH 55 - 56 tạ/ha', 'plan', 55, null],
  ['vinhlinh-2022', 'tổng giá trị sản xuất ước tăng 11,07% so với năm 2021 (KH tăng 8-9%)', 'plan', 8, null],
  // Hậu Giang's CPI, first half of 2022 (our words, its figure): an average of months against the same months a year
  // before is a change in %, not a rate a year
  ['haugiang-2022-h1', 'chỉ số giá tiêu dùng bình quân tăng 3,31% so với cùng kỳ', 'comparison', 3.31, 'bình quân tăng 3,31%'],
  ['constructed', 'doanh thu bình quân mỗi năm tăng 8% so với cùng kỳ', 'average-annual', 8, 'bình quân mỗi năm tăng 8%'],
  // Yên Bái's industry, eleven months (our words, its figures): the share of a scenario is a plan, not a level
  ['yenbai-11m', 'giá trị sản xuất công nghiệp đạt 14.150 tỷ đồng, bằng 100,3% kịch bản, đạt 91,3% kế hoạch năm', 'plan', 100.3, 'bằng 100,3% kịch bản'],
  // Đức Trọng's budget, first half of 2020 (our words, its figures): the plan named before its share
  ['ductrong-2020-h1', 'thu ngân sách được 404 tỷ đồng, so dự toán giao đạt 42% và bằng 96% so với cùng kỳ', 'plan', 42, 'so dự toán giao đạt 42%'],
  // Yên Bái, GRDP of the first half of 2023 (baoyenbai.com.vn): the thousands said as a word before the rest
  ['yenbai-2023-h1', 'GRDP đạt 10 nghìn 537 tỷ đồng theo giá so sánh 2010', 'value', 10537, null],
  ['constructed', 'đàn bò có 2 nghìn 50 con', 'value', 2050, null],
  ['constructed', 'doanh thu đạt 1.097 tỷ 386 triệu đồng', 'value', 1097.386, null],
  // TP. Hồ Chí Minh's credit, September 2021 (VnExpress; our words, its figures): "đóng góp" with the total it is a part of
  // is a share, as "chiếm" is
  ['hcm-credit-2021', 'dư nợ ngắn hạn đạt hơn 1,22 triệu tỷ đồng, đóng góp 45,5% tổng dư nợ tín dụng', 'share', 45.5, null],
  ['constructed', 'thu từ doanh nghiệp nhà nước đóng góp 30,2% vào tổng thu ngân sách', 'share', 30.2, null],
];

describe('matchClaims: the forms of spec §2b in prose', () => {
  it.each(CASES)('%s: %s', (_source, text, kind, figure, claimText) => {
    const found = matchClaims(text).find((m) => m.kind === kind);
    expect(found?.figures[0]?.value).toBe(figure);
    if (claimText === null) expect(found?.claim).toBeNull();
    else expect(found?.claim?.ok && found.claim.text).toBe(claimText);
  });
});

describe('edge cases', () => {
  it.each([
    // the traps of the corpus (vaccination age bands; hungyen-2022 ranking)
    ['an age band', 'trẻ từ 05 đến 11 tuổi được tiêm mũi 1', 'from-to'],
    ['a rank among provinces', 'vươn lên xếp thứ 7/63 tỉnh, thành phố', 'part-whole'],
    ['a share of a total', 'vốn khu vực nhà nước chiếm 30,2% tổng vốn', 'contribution'],
    // a rate's name before its level: "tốc độ tăng trưởng 7,5%" is the rate's value, not growth of 7,5 %
    ['the name of a rate', 'năm 2023 tốc độ tăng trưởng 7,5%, cao nhất vùng', 'comparison'],
    ['the name of a level of growth', 'mức tăng trưởng 6,8% của năm 2022', 'comparison'],
    // Sơn La's GRDP of 2018: the target is no growth (our words)
    ['a target of growth', 'kết quả năm 2018 chưa đạt mục tiêu tăng trưởng 8,5% đề ra', 'comparison'],
    // "hai con số" counts the digits of a rate (our words)
    ['the digits of a rate', 'công nghiệp duy trì tăng trưởng 2 con số', 'value'],
    ['growth in times', 'kinh tế tăng trưởng 1,5 lần so với năm 2015', 'comparison'],
    // Bắc Kạn, first half of 2018 (our words, its figure): value added is a level, not a rise
    ['value added', 'Tổng giá trị gia tăng khoảng 4.206.175 triệu đồng, đạt 46,27% kế hoạch', 'comparison'],
    // Tây Ninh's GRDP, first half (our words, its figure): the bracket after "thấp hơn" prints the quarter's own rate
    ['a rate in brackets after a comparative', 'quý I có tốc độ tăng thấp hơn (+4,21%), khởi sắc trong quý II', 'comparison'],
    ['a share of the same time a year before, named before it', 'so cùng kỳ đạt 42%', 'plan'],
    // hcm-credit-2021 (our words): a share of a named total is no contribution to growth
    ['a share of a named total', 'dư nợ ngắn hạn đạt hơn 1,22 triệu tỷ đồng, đóng góp 45,5% tổng dư nợ tín dụng', 'contribution'],
    // Đà Nẵng, 9 months of 2025 and GSO's first quarter of 2018 (our words): contributions to the growth stay contributions
    ['a share of the growth', 'khu vực dịch vụ tăng 7,2%, đóng góp 62,76% trong mức tăng trưởng chung', 'share'],
    ['a share of the total growth', 'khu vực dịch vụ đóng góp 60% tổng mức tăng', 'share'],
    ['a contribution to growth', 'khu vực dịch vụ đóng góp 45,5% vào tăng trưởng tổng sản phẩm', 'share'],
    ['a contribution in points', 'khu vực dịch vụ tăng 6,7%, đóng góp 2,75 điểm phần trăm tổng mức tăng', 'share'],
  ])('%s is no claim: %s', (_name, text, kind) => {
    expect(matchClaims(text).filter((m) => m.kind === kind)).toEqual([]);
  });

  it.each([
    ['a list of two figures', 'đạt 10 nghìn, 537 tỷ đồng'],
    ['a thousands part of four digits', 'đạt 10 nghìn 5370 tỷ đồng'],
    ['a decimal before "nghìn"', 'đạt 1,5 nghìn 537 tỷ đồng'],
  ])('%s is no compound: %s', (_name, text) => {
    expect(matchClaims(text).flatMap((m) => m.figures.map((f) => f.value))).not.toContain(10537);
    expect(matchClaims(text).flatMap((m) => m.figures.map((f) => f.value))).not.toContain(1537);
  });

  it('reads the plan of a year as no target figure: "(KH 2023)"', () => {
    expect(matchClaims('giải ngân đạt 95% (KH 2023) trong tháng').flatMap((m) => m.figures.map((f) => f.value))).not.toContain(2023);
  });

  it('does not take a closing bracket it did not open', () => {
    const [change] = matchClaims('Có 95 trạm (tăng 6 trạm), 2 phòng khám').filter((m) => m.kind === 'comparison');
    expect(change?.end).toBe('Có 95 trạm (tăng 6 trạm'.length);
  });

  it('reads "so với kế hoạch" as a plan, not an index', () => {
    expect(matchClaims('đạt 109% so với mức được giao').map((m) => m.kind)).toEqual(['plan']);
  });

  it('takes who set the plan as part of its name, so the next claim keeps the subject (laocai-2025-budget)', () => {
    const text = 'thu nội địa đạt 2.433 tỷ đồng, bằng 28,4% dự toán Trung ương giao, bằng 19,2% dự toán HĐND tỉnh giao, tăng 75,6%';
    const plans = matchClaims(text).filter((m) => m.kind === 'plan');
    expect(plans.map((m) => text.slice(m.start, m.end))).toEqual(['bằng 28,4% dự toán Trung ương giao', 'bằng 19,2% dự toán HĐND tỉnh giao']);
  });

  it('reads a second plan whose verb is not printed again (dailoc-2023-q1)', () => {
    const plans = (text: string) => matchClaims(text).filter((m) => m.kind === 'plan').map((m) => text.slice(m.start, m.end));
    expect(plans('thu 401.279 triệu đồng, đạt 49% dự toán tỉnh, 42% dự toán huyện giao')).toEqual(['đạt 49% dự toán tỉnh', '42% dự toán huyện giao']);
    expect(plans('chi 257.343 triệu đồng, bằng 29% dự toán tỉnh giao và 28% dự toán huyện giao')).toEqual([
      'bằng 29% dự toán tỉnh giao',
      '28% dự toán huyện giao',
    ]);
    // A decimal comma is no list comma: "105,42%" is one figure.
    expect(plans('thu 500 tỷ đồng, đạt 105,42% dự toán')).toEqual(['đạt 105,42% dự toán']);
  });

  it('stops a comparison tail before the next claim of the clause', () => {
    const kinds = matchClaims('tăng 29,9% so với cùng kỳ và bằng 52,6% kế hoạch năm').map((m) => m.kind);
    expect(kinds).toEqual(['comparison', 'plan']);
  });
});
