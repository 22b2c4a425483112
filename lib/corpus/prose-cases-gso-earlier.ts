import { fig, implied, part, rate } from './build';
import type { ProseCase } from './types';

/** Earlier national releases (2005, 2021, the 2022 retail chapter). Our wording, the releases' figures. */
export const GSO_EARLIER_CASES: readonly ProseCase[] = [
  {
    // Source: gso-2021-h1 (Tổng cục Thống kê, 29/6/2021, via Thanh Niên). "7,05% và 6,77% ... 2018 và 2019" pair in order.
    id: 'gso21h1-pairing',
    doc: 'gso-2021-h1',
    text:
      'GDP 6 tháng đầu năm 2021 tăng 5,64%, cao hơn mức tăng 1,82% của 6 tháng đầu năm 2020 nhưng thấp hơn mức tăng 7,05% và ' +
      '6,77% của cùng kỳ các năm 2018 và 2019.',
    claims: [
      rate({ span: 'tăng 5,64%', indicator: 'GDP', period: '6T/2021' }, '5,64', 5.64),
      rate({ span: 'mức tăng 1,82%', indicator: 'GDP', period: '6T/2020' }, '1,82', 1.82),
      rate({ span: 'mức tăng 7,05%', indicator: 'GDP', period: '6T/2018', forms: ['percent-change', 'respectively', 'two-years'] }, '7,05', 7.05),
      rate({ span: '6,77%', indicator: 'GDP', period: '6T/2019', forms: ['percent-change', 'respectively', 'two-years'] }, '6,77', 6.77),
    ],
    findings: [],
    quiet: [{ situation: 'direction', why: '5,64 > 1,82 ("cao hơn") and 5,64 < 7,05, 6,77 ("thấp hơn")' }],
  },
  {
    // Source: gso-2021-h1. 157,63 + 159,1 = 316,73 and 159,1 − 157,63 = 1,47: consistent.
    id: 'gso21h1-trade',
    doc: 'gso-2021-h1',
    text:
      'Sáu tháng đầu năm 2021, tổng kim ngạch xuất nhập khẩu hàng hóa đạt 316,73 tỉ USD, tăng 32,2% so với cùng kỳ năm trước; ' +
      'xuất khẩu đạt 157,63 tỉ USD (tăng 28,4%), nhập khẩu đạt 159,1 tỉ USD; nhập siêu 1,47 tỉ USD.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 32,2% so với cùng kỳ năm trước', indicator: 'tổng kim ngạch xuất nhập khẩu', period: '6T/2021', forms: ['percent-change', 'same-period'] },
        fig('32,2', 32.2, '%'),
        239.58,
        '6T/2020 = 316,73 / 1,322 = 239,58 tỉ USD',
      ),
      implied({ kind: 'comparison', span: 'tăng 28,4%', indicator: 'xuất khẩu', period: '6T/2021' }, fig('28,4', 28.4, '%'), 122.76, '6T/2020 = 157,63 / 1,284 = 122,76 tỉ USD'),
    ],
    findings: [],
    quiet: [{ situation: 'parts-total', why: '157,63 + 159,1 = 316,73 (tolerance ±0,06); 159,1 − 157,63 = 1,47' }],
  },
  {
    // Source: gso-2021-h1. Enterprises entering and leaving the market.
    id: 'gso21h1-enterprises',
    doc: 'gso-2021-h1',
    text:
      'Sáu tháng đầu năm 2021 có 93.200 doanh nghiệp thành lập mới và quay lại hoạt động, tăng 6,9% so với cùng kỳ năm 2020; ' +
      '70.200 doanh nghiệp tạm ngừng kinh doanh hoặc giải thể, tăng 24,9%. CPI tháng 6/2021 tăng 0,19% so với tháng trước và tăng ' +
      '2,41% so với cùng kỳ năm 2020.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 6,9% so với cùng kỳ năm 2020', indicator: 'doanh nghiệp thành lập mới và quay lại hoạt động', period: '6T/2021', forms: ['percent-change', 'same-period'] },
        fig('6,9', 6.9, '%'),
        87184,
        '6T/2020 = 93.200 / 1,069 = 87.184 doanh nghiệp',
      ),
      implied({ kind: 'comparison', span: 'tăng 24,9%', indicator: 'doanh nghiệp tạm ngừng kinh doanh hoặc giải thể', period: '6T/2021' }, fig('24,9', 24.9, '%'), 56205, '6T/2020 = 70.200 / 1,249 = 56.205 doanh nghiệp'),
      rate({ span: 'tăng 0,19% so với tháng trước', indicator: 'CPI', period: 'T6/2021' }, '0,19', 0.19),
      rate({ span: 'tăng 2,41% so với cùng kỳ năm 2020', indicator: 'CPI', period: 'T6/2021', forms: ['percent-change', 'same-period'] }, '2,41', 2.41),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-2005-h1 (Tổng cục Thống kê, KT-XH 6 tháng 2005). Contributions in points: 3,68 + 3,07 + 0,88 = 7,63.
    id: 'gso05h1-contribution-points',
    doc: 'gso-2005-h1',
    text:
      'Sáu tháng đầu năm 2005, GDP tăng 7,63%; trong 7,63 điểm phần trăm tăng trưởng đó, công nghiệp và xây dựng đóng góp 3,68 điểm ' +
      'phần trăm, dịch vụ đóng góp 3,07 điểm phần trăm, nông, lâm nghiệp và thủy sản đóng góp 0,88 điểm phần trăm.',
    claims: [
      rate({ span: 'GDP tăng 7,63%', indicator: 'GDP', period: '6T/2005' }, '7,63', 7.63),
      part('contribution', { span: 'đóng góp 3,68 điểm phần trăm', indicator: 'công nghiệp và xây dựng', period: '6T/2005' }, '3,68', 3.68, 'điểm phần trăm'),
      part('contribution', { span: 'đóng góp 3,07 điểm phần trăm', indicator: 'dịch vụ', period: '6T/2005' }, '3,07', 3.07, 'điểm phần trăm'),
      part('contribution', { span: 'đóng góp 0,88 điểm phần trăm', indicator: 'nông, lâm nghiệp và thủy sản', period: '6T/2005' }, '0,88', 0.88, 'điểm phần trăm'),
    ],
    findings: [],
    quiet: [{ situation: 'contributions', why: '3,68 + 3,07 + 0,88 = 7,63 = the stated growth (tolerance ±0,02)' }],
  },
  {
    // Source: gso-2005-h1. Issue 12 pattern 7: "đạt 53,8% dự toán" is a plan (estimate) claim.
    id: 'gso05h1-budget-estimate',
    doc: 'gso-2005-h1',
    text: 'Thu ngân sách Nhà nước 6 tháng đầu năm 2005 ước đạt 53,8% dự toán cả năm; riêng thu nội địa đạt 52,1% và thu dầu thô đạt 64%.',
    claims: [
      rate({ span: 'đạt 53,8% dự toán', indicator: 'thu ngân sách Nhà nước', period: '6T/2005', forms: ['plan-estimate'] }, '53,8', 53.8, '%', 'plan'),
      rate({ span: 'đạt 52,1%', indicator: 'thu nội địa', period: '6T/2005', forms: ['plan-estimate'] }, '52,1', 52.1, '%', 'plan'),
      rate({ span: 'đạt 64%', indicator: 'thu dầu thô', period: '6T/2005', forms: ['plan-estimate'] }, '64', 64, '%', 'plan'),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-2005-h1. Four earlier years, each its own value; 2001 and 2004 share 7,1% without conflict.
    id: 'gso05h1-earlier-years',
    doc: 'gso-2005-h1',
    text: 'Mức tăng này cao hơn 6 tháng đầu các năm trước: năm 2001 tăng 7,1%, năm 2002 tăng 6,5%, năm 2003 tăng 7,0% và năm 2004 tăng 7,1%.',
    claims: [
      rate({ span: 'năm 2001 tăng 7,1%', indicator: 'GDP', period: '6T/2001' }, '7,1', 7.1),
      rate({ span: 'năm 2002 tăng 6,5%', indicator: 'GDP', period: '6T/2002' }, '6,5', 6.5),
      rate({ span: 'năm 2003 tăng 7,0%', indicator: 'GDP', period: '6T/2003' }, '7,0', 7.0),
      rate({ span: 'năm 2004 tăng 7,1%', indicator: 'GDP', period: '6T/2004' }, '7,1', 7.1),
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: 'four years, four values; equal values in different years are no conflict' }],
  },
  {
    // Source: gso-2005-h1. A bracketed same-period figure beside this year's: two periods, not two values.
    id: 'gso05h1-same-period-brackets',
    doc: 'gso-2005-h1',
    text:
      'Ngành vận tải, bưu điện, du lịch tăng 7,7% (cùng kỳ năm trước tăng 7,3%); tài chính, ngân hàng, bảo hiểm tăng 8,5% (cùng kỳ ' +
      'năm trước tăng 7,5%).',
    claims: [
      rate({ span: 'tăng 7,7%', indicator: 'vận tải, bưu điện, du lịch', period: '6T/2005' }, '7,7', 7.7),
      rate({ span: 'cùng kỳ năm trước tăng 7,3%', indicator: 'vận tải, bưu điện, du lịch', period: '6T/2004', forms: ['percent-change', 'same-period'] }, '7,3', 7.3),
      rate({ span: 'tăng 8,5%', indicator: 'tài chính, ngân hàng, bảo hiểm', period: '6T/2005' }, '8,5', 8.5),
      rate({ span: 'cùng kỳ năm trước tăng 7,5%', indicator: 'tài chính, ngân hàng, bảo hiểm', period: '6T/2004', forms: ['percent-change', 'same-period'] }, '7,5', 7.5),
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: 'the bracketed rates are the same half-year of 2004' }],
  },
  {
    // Source: gso-2022-retail. Parts 1.180,4 + 147,7 + 6,5 + 180 = 1.514,6; "giảm ... và tăng ..." pair with two bases.
    id: 'gso22-retail-q4',
    doc: 'gso-2022-retail',
    text:
      'Quý IV/2022, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 1.514,6 nghìn tỷ đồng, tăng 4,8% so với quý trước ' +
      'và tăng 17,1% so với cùng kỳ năm trước; trong đó bán lẻ hàng hóa 1.180,4 nghìn tỷ đồng, lưu trú và ăn uống 147,7 nghìn tỷ ' +
      'đồng (giảm 7,7% so với quý trước và tăng 46,3% so với cùng kỳ), du lịch lữ hành 6,5 nghìn tỷ đồng và dịch vụ khác 180 nghìn tỷ đồng.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 4,8% so với quý trước', indicator: 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', period: 'Q4/2022', forms: ['percent-change', 'scale-words'] },
        fig('4,8', 4.8, '%'),
        1445.2,
        'Q3/2022 = 1.514,6 / 1,048 = 1.445,2 nghìn tỷ đồng',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 17,1% so với cùng kỳ năm trước', indicator: 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', period: 'Q4/2022', forms: ['percent-change', 'same-period'] },
        fig('17,1', 17.1, '%'),
        1293.4,
        'Q4/2021 = 1.514,6 / 1,171 = 1.293,4 nghìn tỷ đồng',
      ),
      implied(
        { kind: 'comparison', span: 'giảm 7,7% so với quý trước', indicator: 'lưu trú và ăn uống', period: 'Q4/2022', forms: ['percent-change', 'respectively'] },
        fig('7,7', 7.7, '%'),
        160.02,
        'Q3/2022 = 147,7 / 0,923 = 160,02 nghìn tỷ đồng',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 46,3% so với cùng kỳ', indicator: 'lưu trú và ăn uống', period: 'Q4/2022', forms: ['percent-change', 'same-period', 'respectively'] },
        fig('46,3', 46.3, '%'),
        100.96,
        'Q4/2021 = 147,7 / 1,463 = 100,96 nghìn tỷ đồng',
      ),
    ],
    findings: [],
    quiet: [
      { situation: 'parts-total', why: '1.180,4 + 147,7 + 6,5 + 180 = 1.514,6 exactly' },
      { situation: 'direction', why: 'the fall against the previous quarter and the rise against the same quarter use two bases' },
    ],
  },
  {
    // Source: gso-2022-retail. Issue 12 §2b "signed bracket": the bracketed minus repeats "giảm"; we put the sign in brackets.
    id: 'gso22-retail-signed-bracket',
    doc: 'gso-2022-retail',
    text: 'Doanh thu du lịch lữ hành quý IV/2022 đạt 6,5 nghìn tỷ đồng, giảm (-29,4%) so với quý trước.',
    claims: [
      implied(
        { kind: 'comparison', span: 'giảm (-29,4%) so với quý trước', indicator: 'doanh thu du lịch lữ hành', period: 'Q4/2022', forms: ['percent-change', 'signed-bracket', 'scale-words'] },
        fig('29,4', 29.4, '%'),
        9.207,
        'Q3/2022 = 6,5 / (1 − 0,294) = 9,207 nghìn tỷ đồng (a fall of 29,4%, never a rise)',
      ),
    ],
    findings: [],
    quiet: [{ situation: 'direction', why: 'the minus in brackets repeats "giảm": one fall, not a double negative' }],
  },
];
