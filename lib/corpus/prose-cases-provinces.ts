import { fig, implied, part, rate } from './build';
import type { ProseCase } from './types';

/** Provincial and city reports, plan reviews and reference pages. Our wording, the documents' figures. */
export const PROVINCE_CASES: readonly ProseCase[] = [
  {
    // Source: thainguyen-2022-h1 (Cục Thống kê Thái Nguyên). Same period and plan; the base values are not printed.
    id: 'thainguyen22h1-export',
    doc: 'thainguyen-2022-h1',
    text:
      'Sáu tháng đầu năm 2022, GRDP của tỉnh ước tăng 7,08% so với cùng kỳ; giá trị xuất khẩu ước đạt 16,8 tỷ USD, tăng 29,9% so ' +
      'với cùng kỳ và bằng 52,6% kế hoạch năm.',
    claims: [
      rate({ span: 'tăng 7,08% so với cùng kỳ', indicator: 'GRDP', period: '6T/2022', forms: ['percent-change', 'same-period'] }, '7,08', 7.08),
      implied(
        { kind: 'comparison', span: 'tăng 29,9% so với cùng kỳ', indicator: 'giá trị xuất khẩu', period: '6T/2022', forms: ['percent-change', 'same-period'] },
        fig('29,9', 29.9, '%'),
        12.933,
        '6T/2021 = 16,8 / 1,299 = 12,93 tỷ USD',
      ),
      implied(
        { kind: 'plan', span: 'bằng 52,6% kế hoạch năm', indicator: 'giá trị xuất khẩu', period: '6T/2022', forms: ['plan-estimate'] },
        fig('52,6', 52.6, '%'),
        31.939,
        'plan = 16,8 / 0,526 = 31,94 tỷ USD',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: thainguyen-2022-h1. Budget against the estimate (dự toán) and grain against the plan.
    id: 'thainguyen22h1-budget',
    doc: 'thainguyen-2022-h1',
    text:
      'Thu ngân sách nhà nước trên địa bàn ước đạt 9.528,3 tỷ đồng, tăng 29,3% so với cùng kỳ và bằng 52,9% dự toán cả năm; sản ' +
      'lượng lương thực có hạt vụ Đông Xuân ước 220 nghìn tấn, bằng 50,4% kế hoạch năm.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 29,3% so với cùng kỳ', indicator: 'thu ngân sách nhà nước', period: '6T/2022', forms: ['percent-change', 'same-period'] },
        fig('29,3', 29.3, '%'),
        7369.14,
        '6T/2021 = 9.528,3 / 1,293 = 7.369,1 tỷ đồng',
      ),
      implied(
        { kind: 'plan', span: 'bằng 52,9% dự toán cả năm', indicator: 'thu ngân sách nhà nước', period: '2022', forms: ['plan-estimate'] },
        fig('52,9', 52.9, '%'),
        18011.9,
        'dự toán = 9.528,3 / 0,529 = 18.011,9 tỷ đồng',
      ),
      implied(
        { kind: 'plan', span: 'bằng 50,4% kế hoạch năm', indicator: 'sản lượng lương thực có hạt', period: '2022', forms: ['plan-estimate', 'scale-words'] },
        fig('50,4', 50.4, '%'),
        436.51,
        'plan = 220 / 0,504 = 436,5 nghìn tấn',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: thainguyen-2022-h1 (retail page). Parts are lower bounds ("trên"): 18.800 + 2.200 + 3.124 = 24.124 ≤ 24.209.
    id: 'thainguyen22h1-retail',
    doc: 'thainguyen-2022-h1',
    text:
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 6 tháng đầu năm 2022 ước đạt 24.209 tỷ đồng, tăng 13,2%; trong đó ' +
      'bán lẻ hàng hóa trên 18.800 tỷ đồng (hơn 77%), tăng 12,5%; lưu trú, ăn uống và lữ hành trên 2.200 tỷ đồng, tăng 15,3%; dịch ' +
      'vụ khác 3.124 tỷ đồng, tăng 15,9%.',
    claims: [
      implied({ kind: 'comparison', span: 'tăng 13,2%', indicator: 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', period: '6T/2022' }, fig('13,2', 13.2, '%'), 21386, '6T/2021 = 24.209 / 1,132 = 21.386 tỷ đồng'),
      part('share', { span: 'hơn 77%', indicator: 'bán lẻ hàng hóa', period: '6T/2022', forms: ['share', 'qualifier'] }, '77', 77),
      implied({ kind: 'comparison', span: 'tăng 12,5%', indicator: 'bán lẻ hàng hóa', period: '6T/2022', forms: ['percent-change', 'qualifier'] }, fig('12,5', 12.5, '%'), 16711, '6T/2021 above 18.800 / 1,125 = 16.711 tỷ đồng ("trên 18.800")'),
      implied({ kind: 'comparison', span: 'tăng 15,3%', indicator: 'lưu trú, ăn uống và lữ hành', period: '6T/2022', forms: ['percent-change', 'qualifier'] }, fig('15,3', 15.3, '%'), 1908, '6T/2021 above 2.200 / 1,153 = 1.908 tỷ đồng'),
      implied({ kind: 'comparison', span: 'tăng 15,9%', indicator: 'dịch vụ khác', period: '6T/2022' }, fig('15,9', 15.9, '%'), 2695, '6T/2021 = 3.124 / 1,159 = 2.695 tỷ đồng'),
    ],
    findings: [],
    quiet: [
      { situation: 'parts-total', why: 'the parts are lower bounds ("trên") summing to 24.124 ≤ 24.209' },
      { situation: 'shares', why: '18.800 / 24.209 = 77,66% ≥ 77 ("hơn 77%")' },
    ],
  },
  {
    // Source: hcm-2020-draft (Thanh Niên, 8/2020). Issue 12 pattern 1: the base in brackets; and a 2025 target
    // "gấp 1,3 lần năm 2020" whose base is the 6.799 of the previous sentence: 8.500 / 6.799 = 1,2502 → 1,3 at the edge.
    id: 'hcm20-per-capita',
    doc: 'hcm-2020-draft',
    text:
      'Đến năm 2020, GRDP bình quân đầu người của Thành phố ước đạt 6.799 USD, gấp 1,3 lần năm 2015 (5.104 USD) và gấp 2,3 lần bình ' +
      'quân cả nước. Mục tiêu đến cuối năm 2025, GRDP bình quân đầu người trên 8.500 USD, gấp 1,3 lần năm 2020; dân số dự kiến lần ' +
      'lượt 9,2 triệu người năm 2020 và 10,2 triệu người năm 2025.',
    claims: [
      {
        kind: 'comparison',
        span: 'gấp 1,3 lần năm 2015 (5.104 USD)',
        figure: fig('1,3', 1.3, 'lần'),
        indicator: 'GRDP bình quân đầu người',
        period: '2020',
        forms: ['ratio', 'bracketed-base'],
        verdict: 'match',
        computed: 1.3321,
        why: '6.799 / 5.104 = 1,3321 → 1,3',
      },
      implied(
        { kind: 'comparison', span: 'gấp 2,3 lần bình quân cả nước', indicator: 'GRDP bình quân đầu người', period: '2020', forms: ['ratio'] },
        fig('2,3', 2.3, 'lần'),
        2956,
        'national average = 6.799 / 2,3 = 2.956 USD',
      ),
      {
        kind: 'comparison',
        span: 'gấp 1,3 lần năm 2020',
        figure: fig('1,3', 1.3, 'lần'),
        indicator: 'GRDP bình quân đầu người (mục tiêu)',
        period: '2025',
        forms: ['ratio', 'two-years'],
        verdict: 'match',
        computed: 1.2502,
        why: '8.500 / 6.799 = 1,2502 ∈ [1,25; 1,35]; the value intervals give [1,25002; 1,25035]',
      },
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: '9,2 and 10,2 triệu người are 2020 and 2025 respectively ("lần lượt")' }],
  },
  {
    // Source: hcm-2020-draft. Issue 12 pattern 2: scale words; 919.000 tỉ → 1,49 triệu tỉ = 1.490.000 tỉ is a rise.
    id: 'hcm20-scale-words',
    doc: 'hcm-2020-draft',
    text: 'Quy mô GRDP của Thành phố tăng từ 919.000 tỉ đồng năm 2015 lên 1,49 triệu tỉ đồng năm 2020.',
    claims: [
      {
        kind: 'from-to',
        span: 'tăng từ 919.000 tỉ đồng năm 2015 lên 1,49 triệu tỉ đồng năm 2020',
        figure: fig('1,49', 1.49, 'triệu tỉ đồng'),
        indicator: 'quy mô GRDP',
        period: '2015-2020',
        forms: ['from-to', 'scale-words'],
        verdict: 'match',
        computed: null,
        why: '919.000 tỉ → 1.490.000 tỉ rises, as "tăng" says (direction only)',
      },
    ],
    findings: [],
    quiet: [{ situation: 'direction', why: 'after converting "triệu tỉ" the later value is larger' }],
  },
  {
    // Source: hcm-2020-draft. 55,49% compares two five-year totals; 7,59% is a yearly rate of a different series.
    id: 'hcm20-budget-period',
    doc: 'hcm-2020-draft',
    text:
      'Tổng thu ngân sách trên địa bàn giai đoạn 2016 - 2020 ước hơn 1,85 triệu tỉ đồng, đạt 101,6% dự toán và tăng 55,49% so với ' +
      'giai đoạn 2011 - 2015; tốc độ tăng thu bình quân là 7,59%.',
    claims: [
      implied(
        { kind: 'plan', span: 'đạt 101,6% dự toán', indicator: 'tổng thu ngân sách', period: '2016-2020', forms: ['plan-estimate', 'scale-words'] },
        fig('101,6', 101.6, '%'),
        1.8209,
        'dự toán = 1,85 / 1,016 = 1,82 triệu tỉ đồng',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 55,49% so với giai đoạn 2011 - 2015', indicator: 'tổng thu ngân sách', period: '2016-2020', forms: ['percent-change'] },
        fig('55,49', 55.49, '%'),
        1.1898,
        '2011-2015 total = 1,85 / 1,5549 = 1,19 triệu tỉ đồng',
      ),
      rate({ span: 'bình quân là 7,59%', indicator: 'tốc độ tăng thu', period: '2016-2020', forms: ['average-annual'] }, '7,59', 7.59, '%', 'average-annual'),
    ],
    findings: [],
    quiet: [{ situation: 'average-total', why: '55,49% compares two five-year totals, not the first and last year: 1,0759^5 = 1,44 is no contradiction' }],
  },
  {
    // Source: brvt-2020 (Báo Bà Rịa - Vũng Tàu, 9/2020). Shares sum to 100,00; "tăng 3,73%" on a share is a points change
    // (2015: 54,93 + 32,24 + 12,83 = 100,00 under the points reading; 98,86 under the relative reading).
    id: 'brvt20-structure',
    doc: 'brvt-2020',
    text:
      'Cơ cấu kinh tế năm 2020 của tỉnh: công nghiệp - xây dựng chiếm 58,66%, tăng 3,73% so với năm 2015; dịch vụ chiếm 29,36%, ' +
      'giảm 2,88% so với năm 2015; nông nghiệp chiếm 11,98%, giảm 0,85% so với năm 2015.',
    claims: [
      part('share', { span: 'chiếm 58,66%', indicator: 'công nghiệp - xây dựng', period: '2020' }, '58,66', 58.66),
      implied(
        { kind: 'comparison', span: 'tăng 3,73% so với năm 2015', indicator: 'tỷ trọng công nghiệp - xây dựng', period: '2020', forms: ['percent-change', 'points'] },
        fig('3,73', 3.73, '%'),
        54.93,
        '2015 = 58,66 − 3,73 = 54,93 under the points reading that makes the 2015 shares sum to 100 (advise "điểm phần trăm")',
      ),
      part('share', { span: 'chiếm 29,36%', indicator: 'dịch vụ', period: '2020' }, '29,36', 29.36),
      implied(
        { kind: 'comparison', span: 'giảm 2,88% so với năm 2015', indicator: 'tỷ trọng dịch vụ', period: '2020', forms: ['percent-change', 'points'] },
        fig('2,88', 2.88, '%'),
        32.24,
        '2015 = 29,36 + 2,88 = 32,24 (points reading)',
      ),
      part('share', { span: 'chiếm 11,98%', indicator: 'nông nghiệp', period: '2020' }, '11,98', 11.98),
      implied(
        { kind: 'comparison', span: 'giảm 0,85% so với năm 2015', indicator: 'tỷ trọng nông nghiệp', period: '2020', forms: ['percent-change', 'points'] },
        fig('0,85', 0.85, '%'),
        12.83,
        '2015 = 11,98 + 0,85 = 12,83 (points reading)',
      ),
    ],
    findings: [],
    quiet: [{ situation: 'shares', why: '58,66 + 29,36 + 11,98 = 100,00' }],
  },
  {
    // Source: brvt-2020. "tăng 1,3 lần" (ratio) with only the later value printed.
    id: 'brvt20-per-capita',
    doc: 'brvt-2020',
    text:
      'Nhiệm kỳ 2015 - 2020, GRDP trừ dầu thô và khí đốt tăng bình quân 6,1%/năm; GRDP bình quân đầu người năm 2020 ước đạt 6.903 ' +
      'USD/người, tăng 1,3 lần so với năm 2015.',
    claims: [
      rate({ span: 'tăng bình quân 6,1%/năm', indicator: 'GRDP trừ dầu thô và khí đốt', period: '2015-2020', forms: ['average-annual'] }, '6,1', 6.1, '%/năm', 'average-annual'),
      implied(
        { kind: 'comparison', span: 'tăng 1,3 lần so với năm 2015', indicator: 'GRDP bình quân đầu người', period: '2020', forms: ['ratio', 'slash-unit'] },
        fig('1,3', 1.3, 'lần'),
        5310,
        '2015 = 6.903 / 1,3 = 5.310 USD/người',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: provinces-2022 (Khánh Hòa, via Markettimes 22/12/2022). "tăng 5,6 lần" and "vượt 33,3% dự toán".
    id: 'khanhhoa22',
    doc: 'provinces-2022',
    text:
      'Năm 2022, GRDP Khánh Hòa ước tăng 20,7%; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 84.050 tỷ đồng, tăng 52,4%; ' +
      'doanh thu du lịch ước 13.500 tỷ đồng, tăng 5,6 lần so với cùng kỳ. Thu ngân sách ước 16.016 tỷ đồng, vượt 33,3% dự toán và ' +
      'tăng 13,8% so với cùng kỳ.',
    claims: [
      rate({ span: 'tăng 20,7%', indicator: 'GRDP', period: '2022' }, '20,7', 20.7),
      implied({ kind: 'comparison', span: 'tăng 52,4%', indicator: 'tổng mức bán lẻ', period: '2022' }, fig('52,4', 52.4, '%'), 55150.9, '2021 = 84.050 / 1,524 = 55.151 tỷ đồng'),
      implied(
        { kind: 'comparison', span: 'tăng 5,6 lần so với cùng kỳ', indicator: 'doanh thu du lịch', period: '2022', forms: ['ratio', 'same-period'] },
        fig('5,6', 5.6, 'lần'),
        2410.7,
        '2021 = 13.500 / 5,6 = 2.410,7 tỷ đồng',
      ),
      implied(
        { kind: 'plan', span: 'vượt 33,3% dự toán', indicator: 'thu ngân sách', period: '2022', forms: ['plan-exceed'] },
        fig('33,3', 33.3, '%'),
        12015,
        'dự toán = 16.016 / 1,333 = 12.015 tỷ đồng ("vượt": value / plan × 100 − 100)',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 13,8% so với cùng kỳ', indicator: 'thu ngân sách', period: '2022', forms: ['percent-change', 'same-period'] },
        fig('13,8', 13.8, '%'),
        14073.8,
        '2021 = 16.016 / 1,138 = 14.073,8 tỷ đồng',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: provinces-2022 (Bắc Giang). "gấp gần 2,5 lần" the national rate (not printed here); two "vượt … kế hoạch".
    id: 'bacgiang22',
    doc: 'provinces-2022',
    text:
      'GRDP Bắc Giang năm 2022 ước tăng 19,8%, gấp gần 2,5 lần mức bình quân cả nước; quy mô GRDP ước 155,6 nghìn tỷ đồng, khoảng ' +
      '6,5 tỷ USD, vượt 2,5% kế hoạch; GRDP bình quân đầu người 3.400 USD, tăng 15,3% và vượt 3% kế hoạch.',
    claims: [
      rate({ span: 'tăng 19,8%', indicator: 'GRDP', period: '2022' }, '19,8', 19.8),
      implied(
        { kind: 'comparison', span: 'gấp gần 2,5 lần', indicator: 'tốc độ tăng GRDP so với cả nước', period: '2022', forms: ['ratio', 'qualifier'] },
        fig('2,5', 2.5, 'lần'),
        7.92,
        'national rate ≈ 19,8 / 2,5 = 7,92% ("gần": ±5%)',
      ),
      implied(
        { kind: 'plan', span: 'vượt 2,5% kế hoạch', indicator: 'quy mô GRDP', period: '2022', forms: ['plan-exceed', 'scale-words'] },
        fig('2,5', 2.5, '%'),
        151.8,
        'plan = 155,6 / 1,025 = 151,8 nghìn tỷ đồng',
      ),
      implied({ kind: 'comparison', span: 'tăng 15,3%', indicator: 'GRDP bình quân đầu người', period: '2022' }, fig('15,3', 15.3, '%'), 2948.8, '2021 = 3.400 / 1,153 = 2.949 USD'),
      implied(
        { kind: 'plan', span: 'vượt 3% kế hoạch', indicator: 'GRDP bình quân đầu người', period: '2022', forms: ['plan-exceed'] },
        fig('3', 3, '%'),
        3301,
        'plan = 3.400 / 1,03 = 3.301 USD',
      ),
    ],
    findings: [],
    quiet: [],
  },
];
