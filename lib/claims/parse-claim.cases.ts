import type { ClaimKind, Direction, Qualifier } from './types';
import type { UnitSign } from '../numbers/types';

/*
 * The claims parse-claim.test.ts reads, one per form of every kind, as real reports print them: test data only.
 */

export interface Case {
  readonly text: string;
  readonly kind: ClaimKind;
  readonly direction: Direction | null;
  /** [value, decimals] or null. */
  readonly figure: readonly [number, number] | null;
  readonly unitSign?: UnitSign | null;
  readonly unitWord?: string | null;
  readonly qualifier?: Qualifier | null;
  readonly fromTo?: readonly [number, number, number, number] | null;
}

const c = (
  text: string,
  kind: ClaimKind,
  direction: Direction | null,
  figure: readonly [number, number] | null,
  extra: Partial<Pick<Case, 'unitSign' | 'unitWord' | 'qualifier' | 'fromTo'>> = {},
): Case => ({ text, kind, direction, figure, ...extra });

export const CASES: readonly Case[] = [
  // ratio
  c('tăng 3,8 lần', 'ratio', 'up', [3.8, 1]),
  c('tăng gấp 4,8 lần', 'ratio', 'up', [4.8, 1]),
  c('gấp 1,7 lần', 'ratio', null, [1.7, 1]),
  c('tăng gấp 10 lần', 'ratio', 'up', [10, 0]),
  c('Tăng\n1,6 lần', 'ratio', 'up', [1.6, 1]),
  c('Tăng 102,2 lần', 'ratio', 'up', [102.2, 1]),
  c('tăng lên 3 lần', 'ratio', 'up', [3, 0]),
  c('tăng lên gấp 3 lần', 'ratio', 'up', [3, 0]),
  c('tăng 3,8lần', 'ratio', 'up', [3.8, 1]),
  c('tăng gấp 4,8 lần so với năm 2015', 'ratio', 'up', [4.8, 1]),
  c('tăng 11 lần so với năm 2015', 'ratio', 'up', [11, 0]),
  c('tăng 3,8 lần.', 'ratio', 'up', [3.8, 1]),
  // ratio-down
  c('giảm 2 lần', 'ratio-down', 'down', [2, 0]),
  c('giảm gấp 2,5 lần', 'ratio-down', 'down', [2.5, 1]),
  c('giảm đi 3 lần', 'ratio-down', 'down', [3, 0]),
  // ratio-minus-one
  c('tăng thêm 2 lần', 'ratio-minus-one', 'up', [2, 0]),
  c('tăng thêm 1,25 lần', 'ratio-minus-one', 'up', [1.25, 2]),
  // percent
  c('tăng 51,8%', 'percent', 'up', [51.8, 1], { unitSign: '%' }),
  c('giảm 20%', 'percent', 'down', [20, 0], { unitSign: '%' }),
  c('Giảm 28,75%', 'percent', 'down', [28.75, 2], { unitSign: '%' }),
  c('Giảm 0,4‰', 'percent', 'down', [0.4, 1], { unitSign: '‰' }),
  c('tăng 51,8 %', 'percent', 'up', [51.8, 1], { unitSign: '%' }),
  c('tăng 160 phần trăm', 'percent', 'up', [160, 0], { unitSign: '%' }),
  c('giảm 1,5 phần nghìn', 'percent', 'down', [1.5, 1], { unitSign: '‰' }),
  c('tăng thêm 20%', 'percent', 'up', [20, 0], { unitSign: '%' }),
  c('giảm đi 20%', 'percent', 'down', [20, 0], { unitSign: '%' }),
  c('tăng 51,8% so với năm 2015', 'percent', 'up', [51.8, 1], { unitSign: '%' }),
  // points
  c('tăng 6 điểm phần trăm', 'points', 'up', [6, 0], { unitSign: '%' }),
  c('giảm 1,2 điểm %', 'points', 'down', [1.2, 1], { unitSign: '%' }),
  c('giảm 1,2 điểm%', 'points', 'down', [1.2, 1], { unitSign: '%' }),
  c('giảm 1,2 điểm', 'points', 'down', [1.2, 1], { unitSign: null }),
  c('tăng 2 điểm phần nghìn', 'points', 'up', [2, 0], { unitSign: '‰' }),
  c('giảm 0,3 điểm ‰', 'points', 'down', [0.3, 1], { unitSign: '‰' }),
  // absolute
  c('tăng 785 doanh nghiệp', 'absolute', 'up', [785, 0], { unitWord: 'doanh nghiệp' }),
  c('tăng 104 trường', 'absolute', 'up', [104, 0], { unitWord: 'trường' }),
  c('tăng 3,5 bác sĩ', 'absolute', 'up', [3.5, 1], { unitWord: 'bác sĩ' }),
  // A unit stuck to its number (Nam Định farm reports): "giảm 1.686ha".
  c('giảm 1.686ha', 'absolute', 'down', [1686, 0], { unitWord: 'ha' }),
  c('giảm 1.042.100 người', 'absolute', 'down', [1042100, 0], { unitWord: 'người' }),
  c('tăng 785 doanh nghiệp so với năm 2015', 'absolute', 'up', [785, 0], { unitWord: 'doanh nghiệp' }),
  c('tăng 785 doanh nghiệp, chủ yếu', 'absolute', 'up', [785, 0], { unitWord: 'doanh nghiệp' }),
  c('tăng 12', 'absolute', 'up', [12, 0], { unitWord: null }),
  c('tăng thêm 785 doanh nghiệp', 'absolute', 'up', [785, 0], { unitWord: 'doanh nghiệp' }),
  // average-annual
  c('bình quân tăng 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%' }),
  c('tăng bình quân 7%/năm', 'average-annual', 'up', [7, 0], { unitSign: '%' }),
  c('bình quân tăng trên 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%', qualifier: 'lower' }),
  c('bình quân mỗi năm tăng 7%', 'average-annual', 'up', [7, 0], { unitSign: '%' }),
  c('tăng bình quân 7% mỗi năm', 'average-annual', 'up', [7, 0], { unitSign: '%' }),
  c('tăng trung bình 7%/năm', 'average-annual', 'up', [7, 0], { unitSign: '%' }),
  c('tăng gần 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%', qualifier: 'about' }),
  c('tăng bình quân hơn 10%', 'average-annual', 'up', [10, 0], { unitSign: '%', qualifier: 'lower' }),
  c('hằng năm tăng 6,5%', 'average-annual', 'up', [6.5, 1], { unitSign: '%' }),
  c('giảm bình quân 2,1% / năm', 'average-annual', 'down', [2.1, 1], { unitSign: '%' }),
  c('tăng 8,2%/1 năm', 'average-annual', 'up', [8.2, 1], { unitSign: '%' }),
  // plan
  c('bằng 104% kế hoạch', 'plan', null, [104, 0], { unitSign: '%' }),
  c('đạt 110,6% kế hoạch', 'plan', null, [110.6, 1], { unitSign: '%' }),
  c('đạt 100% KH', 'plan', null, [100, 0], { unitSign: '%' }),
  // Ninh Giang district, nine months of 2023 (haiduong.gov.vn): the plan's abbreviation glued to the sign.
  c('đạt 65,9%KH', 'plan', null, [65.9, 1], { unitSign: '%' }),
  // How strongly a verb moves is no part of the claim (Quảng Trị retail, October 2024, via qrt.vn; our words).
  c('tăng cao 14,6%', 'percent', 'up', [14.6, 1], { unitSign: '%' }),
  c('tăng mạnh 20%', 'percent', 'up', [20, 0], { unitSign: '%' }),
  c('giảm nhẹ 0,5%', 'percent', 'down', [0.5, 1], { unitSign: '%' }),
  // …said by degree or stress (Hưng Yên's IIP, 6 months of 2024; Bình Thuận's visitors, 2020; Bắc Ninh's budget,
  // first quarter of 2023; our words)
  c('tăng khá ấn tượng 11,13%', 'percent', 'up', [11.13, 2], { unitSign: '%' }),
  c('giảm đến 64,4%', 'percent', 'down', [64.4, 1], { unitSign: '%' }),
  c('tăng đột biến (+52,2%)', 'percent', 'up', [52.2, 1], { unitSign: '%' }),
  c('tăng rất mạnh 20%', 'percent', 'up', [20, 0], { unitSign: '%' }),
  // the level said "ở mức", after "khá" or a manner (GSO's first half of 2017: agriculture; our words)
  c('tăng khá ở mức 2,01%', 'percent', 'up', [2.01, 2], { unitSign: '%' }),
  // a low rise said "ở mức" (GSO's 2016: agriculture; our words)
  c('tăng thấp ở mức 0,72%', 'percent', 'up', [0.72, 2], { unitSign: '%' }),
  c('tăng thấp nhất với 1,2%', 'percent', 'up', [1.2, 1], { unitSign: '%' }),
  c('giảm mạnh ở mức 12%', 'percent', 'down', [12, 0], { unitSign: '%' }),
  // an index whose base is named before it: "so với tháng trước bằng 101,72%" (Hậu Giang's passengers, February 2024)
  c('bằng 101,72%', 'index', null, [101.72, 2], { unitSign: '%' }),
  c('bằng khoảng 95,4%', 'index', null, [95.4, 1], { unitSign: '%', qualifier: 'about' }),
  // the base named right after, without "so với" (the Ministry of Finance's budget of 2023; our words)
  c('bằng 89,7% cùng kỳ năm 2022', 'index', null, [89.7, 1], { unitSign: '%' }),
  // …or the same season a year before (GSO's autumn rice of October 2020; our words)
  c('bằng 98,4% vụ mùa năm trước', 'index', null, [98.4, 1], { unitSign: '%' }),
  // "tương đương" for "bằng" (Hà Nội's budget revenue, 9 months; our words)
  c('tương đương 84,74% so với cùng kỳ năm trước', 'index', null, [84.74, 2], { unitSign: '%' }),
  // a fall said strongly, its sign repeated in brackets (Bắc Ninh's GRDP of 2023; our words)
  c('giảm nhiều (-9,28%)', 'percent', 'down', [9.28, 2], { unitSign: '%' }),
  // growth said as such (GSO's 6 months of 2005: the services "tăng trưởng 7,6%"; negative growth in our words)
  c('tăng trưởng 7,6%', 'percent', 'up', [7.6, 1], { unitSign: '%' }),
  c('Tăng trưởng âm 1,2%', 'percent', 'down', [1.2, 1], { unitSign: '%' }),
  c('tăng trưởng 7,5% so với năm 2022', 'percent', 'up', [7.5, 1], { unitSign: '%' }),
  c('nhiều hơn 5%', 'percent', 'up', [5, 0], { unitSign: '%' }),
  // the largest rise of a list (GSO's CPI release of October 2019, via thanhnien.vn; our words)
  c('tăng cao nhất với 1,04%', 'percent', 'up', [1.04, 2], { unitSign: '%' }),
  c('tăng mạnh nhất là 0,66%', 'percent', 'up', [0.66, 2], { unitSign: '%' }),
  c('bằng 85,1% so với kế hoạch', 'plan', null, [85.1, 1], { unitSign: '%' }),
  c('ước đạt 102% kế hoạch', 'plan', null, [102, 0], { unitSign: '%', qualifier: 'about' }),
  c('104,3% kế hoạch', 'plan', null, [104.3, 1], { unitSign: '%' }),
  c('bằng 104% dự toán', 'plan', null, [104, 0], { unitSign: '%' }),
  c('đạt 95% chỉ tiêu', 'plan', null, [95, 0], { unitSign: '%' }),
  c('đạt 53,8% mục tiêu', 'plan', null, [53.8, 1], { unitSign: '%' }),
  // a resolution's target (Hòa Bình's budget, first quarter of 2019: "bằng 24% so với Nghị quyết HĐND tỉnh")
  c('bằng 24% so với Nghị quyết', 'plan', null, [24, 0], { unitSign: '%' }),
  // "vượt N%": value / plan × 100 − 100 = N (spec §2b), the figure kept as printed
  // Đắk Lắk's budget, 6 months of 2024: "tương đương" says what "bằng" does
  c('tương đương gần 39,3% kế hoạch', 'plan', null, [39.3, 1], { unitSign: '%', qualifier: 'about' }),
  c('tương đương với 39,3% dự toán', 'plan', null, [39.3, 1], { unitSign: '%' }),
  c('vượt 4% kế hoạch', 'plan-excess', null, [4, 0], { unitSign: '%' }),
  c('vượt 2,5% dự toán', 'plan-excess', null, [2.5, 1], { unitSign: '%' }),
  // "tăng N% so với dự toán" is the same excess (Bà Rịa - Vũng Tàu's crude oil revenue, 10 months of 2023)
  c('tăng 14,7% so với dự toán', 'plan-excess', null, [14.7, 1], { unitSign: '%' }),
  c('ước tăng 14,7% so với dự toán', 'plan-excess', null, [14.7, 1], { unitSign: '%', qualifier: 'about' }),
  // a yearly rate stated as a level
  c('bình quân đạt 12,5%/năm', 'average-annual', 'up', [12.5, 1], { unitSign: '%' }),
  c('đạt 6,8%/năm', 'average-annual', 'up', [6.8, 1], { unitSign: '%' }),
  // an upper bound
  c('tăng chưa đến 5%', 'percent', 'up', [5, 0], { unitSign: '%', qualifier: 'upper' }),
  c('tăng chưa tới 2 lần', 'ratio', 'up', [2, 0], { qualifier: 'upper' }),
  // "điểm" followed by a noun counts that noun
  c('tăng 40 điểm trường', 'absolute', 'up', [40, 0], { unitWord: 'điểm trường' }),
  // from–to with a slash unit (spec §2b: a unit, not a separator)
  c('giảm từ 259 người/km2 năm 2009 xuống 290 người/km2 năm 2019', 'direction', 'down', null, { fromTo: [259, 0, 290, 0] }),
  // direction
  c('tăng', 'direction', 'up', null),
  c('giảm', 'direction', 'down', null),
  c('Tăng', 'direction', 'up', null),
  c('tăng so với năm 2015', 'direction', 'up', null),
  c('giảm (so với 2015)', 'direction', 'down', null),
  c('tăng từ 54,06% lên 53,75%', 'direction', 'up', null, { unitSign: '%', fromTo: [54.06, 2, 53.75, 2] }),
  c('giảm từ 19,9% xuống còn 16,4%', 'direction', 'down', null, { unitSign: '%', fromTo: [19.9, 1, 16.4, 1] }),
  c('giảm từ 28,05% xuống 21,74%', 'direction', 'down', null, { unitSign: '%', fromTo: [28.05, 2, 21.74, 2] }),
  c('từ 34% lên 48,2%', 'direction', 'up', null, { unitSign: '%', fromTo: [34, 0, 48.2, 1] }),
  c('từ 5 xuống 3', 'direction', 'down', null, { unitSign: null, fromTo: [5, 0, 3, 0] }),
  c('tăng từ 17,89% (năm 2015) lên 20,76% (năm 2022)', 'direction', 'up', null, {
    unitSign: '%',
    fromTo: [17.89, 2, 20.76, 2],
  }),
  c('giảm từ 19,9% năm 2015 xuống còn 16,4% năm 2022', 'direction', 'down', null, {
    unitSign: '%',
    fromTo: [19.9, 1, 16.4, 1],
  }),
  c('tăng từ 10,6 triệu đồng lên 39,8 triệu đồng', 'direction', 'up', null, { fromTo: [10.6, 1, 39.8, 1] }),
  c('tăng từ 1.042 lên 1.100 người', 'direction', 'up', null, { fromTo: [1042, 0, 1100, 0] }),
  // qualifiers
  c('tăng trên 10%', 'percent', 'up', [10, 0], { unitSign: '%', qualifier: 'lower' }),
  c('tăng hơn 2 lần', 'ratio', 'up', [2, 0], { qualifier: 'lower' }),
  c('giảm dưới 5%', 'percent', 'down', [5, 0], { unitSign: '%', qualifier: 'upper' }),
  c('tăng khoảng 2 lần', 'ratio', 'up', [2, 0], { qualifier: 'about' }),
  c('tăng xấp xỉ 3 lần', 'ratio', 'up', [3, 0], { qualifier: 'about' }),
  c('tăng gấp gần 3 lần', 'ratio', 'up', [3, 0], { qualifier: 'about' }),
  c('ước tăng 7,5%', 'percent', 'up', [7.5, 1], { unitSign: '%', qualifier: 'about' }),
  c('tăng ước tính 7,5%', 'percent', 'up', [7.5, 1], { unitSign: '%', qualifier: 'about' }),
  c('đạt trên 100% kế hoạch', 'plan', null, [100, 0], { unitSign: '%', qualifier: 'lower' }),
];
