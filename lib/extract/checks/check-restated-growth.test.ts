import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkRestatedGrowth } from './check-restated-growth';

/** Each finding's severity and the two printed figures' claim texts. */
function outcome(text: string): [string, string[]][] {
  const claims = extractClaims(text);
  return checkRestatedGrowth(claims, text).map((f) => [f.severity, f.claims.map((i) => claims[i]?.text ?? '')]);
}

// Sentences written for these tests with the figures of Đồng Nai's first half of 2024 (GRDP +6,8 %, agriculture +3,19 %,
// 0,32 points; the same half of 2023 +4,01 %) and Bình Định's (GRDP +7,6 %, trade and services 3,07 points).
const DONG_NAI = (restated: string, remark = '') =>
  `GRDP của tỉnh 6 tháng đầu năm 2024 theo giá so sánh 2010 ước đạt 122.941,06 tỷ đồng, tăng 6,8% so với cùng kỳ.${remark} Với mức tăng chung ${restated}% thì khu vực nông, lâm nghiệp và thủy sản tăng 3,19%, đóng góp 0,32 điểm phần trăm.`;
const REMARK = ' Tốc độ này cao hơn nhiều mức tăng của cùng kỳ năm trước (6 tháng năm 2023 tăng 4,01%).';
const BINH_DINH = (restated: string) =>
  `Sáu tháng đầu năm 2024, tổng sản phẩm trên địa bàn tỉnh tăng 7,6% so với cùng kỳ năm trước. Trong mức tăng trưởng chung ${restated}% này của kinh tế tỉnh thì khu vực thương mại dịch vụ đóng góp 3,07 điểm phần trăm.`;

// GSO's first quarter of 2018 (VOV, citing GSO; our words, its figures: GDP +7,38 %, services +6,7 %, 2,75 points): the
// overall growth named again as "mức tăng … của toàn nền kinh tế", read as a rise ("tăng 7,38%") of no subject of its own.
const GSO_2018_Q1 = (restated: string, whole = 'của toàn nền kinh tế') =>
  `GDP quý I/2018 tăng 7,38% so với cùng kỳ năm trước. Trong mức tăng ${restated}% ${whole}, khu vực dịch vụ tăng 6,7%, đóng góp 2,75 điểm phần trăm.`;

describe('checkRestatedGrowth', () => {
  it.each<[string, string, [string, string[]][]]>([
    ['the growth restated as printed', DONG_NAI('6,8'), []],
    ['restated as 5,8', DONG_NAI('5,8'), [['error', ['tăng 6,8% so với cùng kỳ', '5,8%']]]],
    ['restated past a remark on last year', DONG_NAI('5,8', REMARK), [['error', ['tăng 6,8% so với cùng kỳ', '5,8%']]]],
    ['"Trong mức tăng trưởng chung … này" as printed', BINH_DINH('7,6'), []],
    ['"Trong mức tăng trưởng chung … này" as 7,9', BINH_DINH('7,9'), [['error', ['tăng 7,6% so với cùng kỳ năm trước', '7,9%']]]],
    ['"Trong mức tăng … của toàn nền kinh tế" as printed', GSO_2018_Q1('7,38'), []],
    ['"Trong mức tăng … của toàn nền kinh tế" as 7,83', GSO_2018_Q1('7,83'), [['error', ['tăng 7,38% so với cùng kỳ năm trước', 'tăng 7,83%']]]],
    // Đà Nẵng's 9 months of 2023 print it without "của"
    ['"Trong mức tăng … toàn nền kinh tế" as 7,83', GSO_2018_Q1('7,83', 'toàn nền kinh tế'), [['error', ['tăng 7,38% so với cùng kỳ năm trước', 'tăng 7,83%']]]],
    ['constructed: the quarter and the months so far, neither restated', 'GRDP quý III năm 2023 ước tăng 7,8%; tính chung 9 tháng năm 2023 tăng 7,2% so với cùng kỳ. Với mức tăng chung 6,2%, khu vực dịch vụ đóng góp 3,1 điểm phần trăm.', [['error', ['tăng 7,8%', '6,2%']]]],
  ])('%s', (_name, text, findings) => {
    expect(outcome(text)).toEqual(findings);
  });
});

describe('edge cases', () => {
  it.each([
    ['more decimals within rounding', DONG_NAI('6,80')],
    ['a value whose rounding meets the headline\'s', DONG_NAI('6,75')],
    ['the headline a fall', DONG_NAI('5,8').replace('tăng 6,8% so với cùng kỳ', 'giảm 5,8% so với cùng kỳ')],
    ['a restatement of another year', `Năm 2023, GRDP của tỉnh tăng 6,8%. Năm 2024, với mức tăng chung 7,2% thì khu vực dịch vụ tăng 8,1%, đóng góp 3,1 điểm phần trăm.`],
    ['the growth of a quarter inside a half year', 'GRDP 6 tháng năm 2024 tăng 6,8% so với cùng kỳ, trong đó quý I tăng 6,1%, quý II tăng 7,5%. Trong mức tăng trưởng chung 7,5% của quý II, khu vực dịch vụ đóng góp 3 điểm phần trăm.'],
    ['the quarter printed before the months so far, the latter restated', 'GRDP quý III năm 2023 ước tăng 7,8%; tính chung 9 tháng năm 2023 tăng 7,2% so với cùng kỳ. Với mức tăng chung 7,2%, khu vực dịch vụ đóng góp 3,1 điểm phần trăm.'],
    // GSO's CPI, February 2023 (our words, its 0,45 %; the headline invented): a price index's rise named again is no
    // growth of the economy
    ['a rise of another whole named after "Trong mức tăng"', 'GDP quý I/2023 tăng 3,32% so với cùng kỳ. Trong mức tăng 0,45% của CPI tháng 2/2023 so với tháng trước, có 5 nhóm hàng tăng giá.'],
    ['"mức tăng" without "chung" nor the economy after it', GSO_2018_Q1('7,83', 'của khu vực công nghiệp')],
    ['no headline', 'Với mức tăng chung 5,8% thì khu vực dịch vụ tăng 7,1%, đóng góp 3,1 điểm phần trăm.'],
    ['the headline too far back', `GRDP năm 2024 tăng 6,8%. Vốn đầu tư tăng 9,1%. Xuất khẩu tăng 12,4%. Nhập khẩu tăng 8,2%. Thu ngân sách tăng 5,5%. Với mức tăng chung 5,8% thì khu vực dịch vụ tăng 7,1%.`],
  ])('%s: no finding', (_name, text) => {
    expect(outcome(text)).toEqual([]);
  });
});
