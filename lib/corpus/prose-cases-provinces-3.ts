import { fig, implied, part, rangeFig, rate } from './build';
import type { ProseCase } from './types';

/** Provincial resolutions, yearbook-derived sentences, databases and plan reviews. Our wording, the documents' figures. */
export const PROVINCE_CASES_3: readonly ProseCase[] = [
  {
    // Source: hungyen-2022-hdnd (Nghị quyết HĐND tỉnh Hưng Yên 9/12/2022, via Nhân Dân). Shares 63,91 + 28,60 + 7,49 = 100,00.
    id: 'hungyen22-resolution',
    doc: 'hungyen-2022-hdnd',
    text:
      'Năm 2022, GRDP tỉnh Hưng Yên tăng 13,4%, cao nhất trong 12 năm; chỉ số công nghiệp tăng 10,5%, giá trị sản xuất xây dựng tăng ' +
      '41,52%, thương mại dịch vụ tăng 19,32%, nông nghiệp thủy sản tăng 2,5%. Cơ cấu kinh tế: công nghiệp, xây dựng 63,91%; thương ' +
      'mại, dịch vụ 28,60%; nông nghiệp, thủy sản 7,49%.',
    claims: [
      rate({ span: 'GRDP tỉnh Hưng Yên tăng 13,4%', indicator: 'GRDP', period: '2022' }, '13,4', 13.4),
      rate({ span: 'chỉ số công nghiệp tăng 10,5%', indicator: 'chỉ số công nghiệp', period: '2022' }, '10,5', 10.5),
      rate({ span: 'tăng 41,52%', indicator: 'giá trị sản xuất xây dựng', period: '2022' }, '41,52', 41.52),
      rate({ span: 'tăng 19,32%', indicator: 'thương mại dịch vụ', period: '2022' }, '19,32', 19.32),
      rate({ span: 'tăng 2,5%', indicator: 'nông nghiệp thủy sản', period: '2022' }, '2,5', 2.5),
      part('share', { span: 'công nghiệp, xây dựng 63,91%', indicator: 'công nghiệp, xây dựng', period: '2022' }, '63,91', 63.91),
      part('share', { span: 'dịch vụ 28,60%', indicator: 'thương mại, dịch vụ', period: '2022' }, '28,60', 28.6),
      part('share', { span: 'nông nghiệp, thủy sản 7,49%', indicator: 'nông nghiệp, thủy sản', period: '2022' }, '7,49', 7.49),
    ],
    findings: [],
    quiet: [{ situation: 'shares', why: '63,91 + 28,60 + 7,49 = 100,00' }],
  },
  {
    // Source: hungyen-wiki (Wikipedia tiếng Việt). REAL inconsistency: two values of GRDP 2022 on one page.
    id: 'hungyen22-two-values',
    doc: 'hungyen-wiki',
    text:
      'Năm 2022, GRDP tỉnh Hưng Yên đạt 131.642 tỉ đồng (5,72 tỉ USD), bình quân đầu người 102,3 triệu đồng; dân số khoảng 1.302.000 ' +
      'người, mật độ 1.400 người/km2. Cũng trong năm 2022, quy mô GRDP của tỉnh đạt 132.176 tỉ đồng.',
    claims: [],
    findings: [
      {
        situation: 'two-values',
        severity: 'error',
        spans: ['131.642 tỉ đồng', '132.176 tỉ đồng'],
        computed: 534,
        why: 'one indicator, year, unit and price basis printed as 131.642 and 132.176 tỉ đồng (gap 534, tolerance ±1)',
        planted: false,
      },
    ],
    quiet: [],
  },
  {
    // Source: hungyen-wiki. 218.736 + 1.083.264 = 1.302.000; 218.736 / 1.302.000 = 16,80%.
    id: 'hungyen22-urban',
    doc: 'hungyen-wiki',
    text: 'Dân số Hưng Yên năm 2022 là 1.302.000 người, trong đó thành thị 218.736 người (16,8%) và nông thôn 1.083.264 người (83,2%).',
    claims: [
      part('share', { span: '(16,8%)', indicator: 'dân số thành thị', period: '2022' }, '16,8', 16.8),
      part('share', { span: '(83,2%)', indicator: 'dân số nông thôn', period: '2022' }, '83,2', 83.2),
    ],
    findings: [],
    quiet: [
      { situation: 'parts-total', why: '218.736 + 1.083.264 = 1.302.000' },
      { situation: 'shares', why: '16,8 + 83,2 = 100,0 and 218.736 / 1.302.000 = 16,80%' },
    ],
  },
  {
    // Source: hungyen-yearbook-2022 (Niên giám Hưng Yên 2022, biểu 39). Parts 4.897.433 + 17.986.819 + 8.974.665 + 2.068.959
    // = 33.927.876 against the printed total 33.927.875: within the ±2,5 of five values rounded to the million đồng.
    id: 'hungyen13-parts-rounding',
    doc: 'hungyen-yearbook-2022',
    text:
      'Năm 2013, GRDP theo giá so sánh 2010 của Hưng Yên đạt 33.927.875 triệu đồng, gồm nông, lâm nghiệp và thủy sản 4.897.433 triệu ' +
      'đồng, công nghiệp và xây dựng 17.986.819 triệu đồng, dịch vụ 8.974.665 triệu đồng và thuế sản phẩm trừ trợ cấp sản phẩm ' +
      '2.068.959 triệu đồng.',
    claims: [],
    findings: [],
    quiet: [{ situation: 'parts-total', why: 'sum of parts 33.927.876 vs total 33.927.875: within ±2,5 (rounding of each printed value)' }],
  },
  {
    // Source: bacgiang-ktxh-db (CSDL KT-XH Bắc Giang, target 327). REAL inconsistency: 2013 shares sum to 100,03 while the 2010
    // shares printed beside them sum to 100,00 (issue 12 severity rule: error). 10.259,2 / 39.495,8 = 25,975%, not 26,00%.
    id: 'bacgiang13-shares',
    doc: 'bacgiang-ktxh-db',
    text:
      'Cơ cấu giá trị tăng thêm theo giá hiện hành năm 2013: nông, lâm nghiệp và thủy sản 26,00%, công nghiệp - xây dựng 39,31%, dịch ' +
      'vụ 34,72%; năm 2010 các tỷ trọng tương ứng là 28,27%, 31,48% và 40,25%.',
    claims: [
      part('share', { span: 'thủy sản 26,00%', indicator: 'nông, lâm nghiệp và thủy sản', period: '2013' }, '26,00', 26),
      part('share', { span: 'công nghiệp - xây dựng 39,31%', indicator: 'công nghiệp - xây dựng', period: '2013' }, '39,31', 39.31),
      part('share', { span: 'dịch vụ 34,72%', indicator: 'dịch vụ', period: '2013' }, '34,72', 34.72),
      part('share', { span: '28,27%', indicator: 'nông, lâm nghiệp và thủy sản', period: '2010', forms: ['share', 'respectively', 'two-years'] }, '28,27', 28.27),
      part('share', { span: '31,48%', indicator: 'công nghiệp - xây dựng', period: '2010', forms: ['share', 'respectively', 'two-years'] }, '31,48', 31.48),
      part('share', { span: '40,25%', indicator: 'dịch vụ', period: '2010', forms: ['share', 'respectively', 'two-years'] }, '40,25', 40.25),
    ],
    findings: [
      {
        situation: 'shares',
        severity: 'error',
        spans: ['26,00%', '39,31%', '34,72%'],
        computed: 100.03,
        why: '26,00 + 39,31 + 34,72 = 100,03 ∉ 100 ± 0,015, while 2010 (28,27 + 31,48 + 40,25 = 100,00) sums to 100',
        planted: false,
      },
    ],
    quiet: [],
  },
  {
    // Source: bacgiang-ktxh-db (target 509). REAL inconsistency: 44.541 / 423.400 = 10,52%, printed 10,44%; 2014 agrees.
    id: 'bacgiang-poverty-rate',
    doc: 'bacgiang-ktxh-db',
    text:
      'Năm 2012 tỉnh có 44.541 hộ nghèo trong tổng số 423.400 hộ, tỷ lệ hộ nghèo 10,44%; năm 2014 có 32.772 hộ nghèo trên 436.960 hộ, ' +
      'tỷ lệ hộ nghèo 7,50%.',
    claims: [
      {
        kind: 'share',
        span: 'tỷ lệ hộ nghèo 10,44%',
        figure: fig('10,44', 10.44, '%'),
        indicator: 'tỷ lệ hộ nghèo',
        period: '2012',
        forms: ['share'],
        verdict: 'mismatch',
        computed: 10.52,
        why: '44.541 / 423.400 × 100 = 10,5198 → 10,52, outside [10,435; 10,445]',
      },
      {
        kind: 'share',
        span: 'tỷ lệ hộ nghèo 7,50%',
        figure: fig('7,50', 7.5, '%'),
        indicator: 'tỷ lệ hộ nghèo',
        period: '2014',
        forms: ['share'],
        verdict: 'match',
        computed: 7.5,
        why: '32.772 / 436.960 × 100 = 7,4999 → 7,50',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: laocai-2020-poverty (Dân Việt 6/8/2020). 5,02 / 4 = 125,5%: the plan is the upper end of "3-4%/năm".
    id: 'laocai20-poverty',
    doc: 'laocai-2020-poverty',
    text:
      'Ước đến hết năm 2020, tỷ lệ giảm nghèo bình quân của tỉnh đạt 5,02%/năm, bằng 125,5% kế hoạch, vượt mục tiêu của Nghị quyết ' +
      'Đại hội Đảng bộ tỉnh lần thứ XV là giảm tỷ lệ hộ nghèo bình quân 3-4%/năm.',
    claims: [
      rate({ span: 'đạt 5,02%/năm', indicator: 'tỷ lệ giảm nghèo bình quân', period: '2016-2020', forms: ['average-annual'] }, '5,02', 5.02, '%/năm', 'average-annual'),
      implied(
        { kind: 'plan', span: 'bằng 125,5% kế hoạch', indicator: 'tỷ lệ giảm nghèo bình quân', period: '2016-2020', forms: ['plan-estimate'] },
        fig('125,5', 125.5, '%'),
        4.0,
        'plan = 5,02 / 1,255 = 4,0%/năm, the upper end of the 3-4%/năm target',
      ),
      {
        kind: 'plan',
        span: 'bình quân 3-4%/năm',
        figure: rangeFig('3-4', 3, 4, '%/năm'),
        indicator: 'tỷ lệ giảm nghèo (mục tiêu)',
        period: '2016-2020',
        forms: ['range'],
        verdict: 'none',
        computed: null,
        why: 'a target range: its claim interval is [2,5; 4,5], never "4%" alone',
      },
    ],
    findings: [],
    quiet: [{ situation: 'direction', why: '5,02 is above the target range, as "vượt" says' }],
  },
  {
    // Source: mpi-2018-midterm (Bộ KH&ĐT dự thảo, via Báo Đấu thầu). Ranges in a plan, averages against earlier periods.
    id: 'mpi18-midterm',
    doc: 'mpi-2018-midterm',
    text:
      'Theo giá hiện hành, GDP năm 2018 ước 5.555 nghìn tỷ đồng (khoảng 240,5 tỷ USD), gấp 1,33 lần quy mô năm 2015, thấp hơn nhiều so ' +
      'với mức 6.030 - 6.175 nghìn tỷ đồng dự kiến. Tăng trưởng bình quân 3 năm 2016 - 2018 đạt 6,57%, cao hơn mức 5,91%/năm của giai ' +
      'đoạn 2011 - 2015; mục tiêu kế hoạch 5 năm là 6,5% - 7%/năm.',
    claims: [
      implied(
        { kind: 'comparison', span: 'gấp 1,33 lần quy mô năm 2015', indicator: 'GDP (giá hiện hành)', period: '2018', forms: ['ratio', 'scale-words'] },
        fig('1,33', 1.33, 'lần'),
        4176.7,
        '2015 = 5.555 / 1,33 = 4.176,7 nghìn tỷ đồng',
      ),
      rate({ span: 'bình quân 3 năm 2016 - 2018 đạt 6,57%', indicator: 'tăng trưởng GDP', period: '2016-2018', forms: ['average-annual'] }, '6,57', 6.57, '%', 'average-annual'),
      rate({ span: 'mức 5,91%/năm', indicator: 'tăng trưởng GDP', period: '2011-2015', forms: ['average-annual'] }, '5,91', 5.91, '%/năm', 'average-annual'),
      {
        kind: 'plan',
        span: 'mục tiêu kế hoạch 5 năm là 6,5% - 7%/năm',
        figure: rangeFig('6,5% - 7', 6.5, 7, '%/năm'),
        indicator: 'tăng trưởng GDP (mục tiêu)',
        period: '2016-2020',
        forms: ['range', 'average-annual'],
        verdict: 'none',
        computed: null,
        why: 'a target range [6,45; 7,5], not a change',
      },
    ],
    findings: [],
    quiet: [
      { situation: 'direction', why: '6,57 > 5,91 as "cao hơn" says; 5.555 < 6.030 as "thấp hơn" says' },
      { situation: 'two-values', why: '6.030 - 6.175 is one planned range, not two values of GDP 2018' },
    ],
  },
  {
    // Source: ninhthuan-2020-mountain (Báo Ninh Thuận). 3.045 / 5 = 609 per year; 7 xã = 58,33% of 12.
    id: 'ninhthuan20-average',
    doc: 'ninhthuan-2020-mountain',
    text:
      'Qua 5 năm 2016 - 2020, tỉnh huy động hơn 3.045 tỷ đồng (bình quân 609 tỷ đồng/năm) cho 476 hạng mục hạ tầng vùng miền núi; thu ' +
      'nhập bình quân đầu người vùng này đạt 29,21 triệu đồng/người/năm và có 7 xã đạt chuẩn nông thôn mới, bằng 58,33% số xã.',
    claims: [
      part('share', { span: 'bằng 58,33% số xã', indicator: 'xã đạt chuẩn nông thôn mới', period: '2020' }, '58,33', 58.33),
    ],
    findings: [],
    quiet: [
      { situation: 'average-total', why: '3.045 / 5 = 609 tỷ đồng/năm' },
      { situation: 'unit', why: '29,21 triệu đồng/người/năm is a slash unit, not three numbers' },
    ],
  },
  {
    // Source: kongchro-2023-9m (UBND huyện Kông Chro, via Đài Gia Lai 9/2023). Plans not printed: every base is implied.
    id: 'kongchro23-plan',
    doc: 'kongchro-2023-9m',
    text:
      'Chín tháng năm 2023, tổng giá trị sản xuất của huyện ước trên 4,6 nghìn tỷ đồng, đạt 75,3% kế hoạch, tăng 7,92% so với cùng kỳ ' +
      'năm 2022; tổng thu ngân sách 20,8 tỷ đồng, đạt 80,1% kế hoạch; diện tích gieo trồng trên 41,8 nghìn ha, đạt 97,6% kế hoạch, ' +
      'tăng hơn 1% so với cùng kỳ.',
    claims: [
      implied({ kind: 'plan', span: 'đạt 75,3% kế hoạch', indicator: 'tổng giá trị sản xuất', period: '9T/2023', forms: ['plan-estimate', 'scale-words'] }, fig('75,3', 75.3, '%'), 6.109, 'plan = 4,6 / 0,753 = 6,11 nghìn tỷ đồng'),
      implied({ kind: 'comparison', span: 'tăng 7,92% so với cùng kỳ năm 2022', indicator: 'tổng giá trị sản xuất', period: '9T/2023', forms: ['percent-change', 'same-period'] }, fig('7,92', 7.92, '%'), 4.262, '9T/2022 = 4,6 / 1,0792 = 4,26 nghìn tỷ đồng'),
      implied({ kind: 'plan', span: 'đạt 80,1% kế hoạch', indicator: 'tổng thu ngân sách', period: '9T/2023', forms: ['plan-estimate'] }, fig('80,1', 80.1, '%'), 25.97, 'plan = 20,8 / 0,801 = 25,97 tỷ đồng'),
      implied({ kind: 'plan', span: 'đạt 97,6% kế hoạch', indicator: 'diện tích gieo trồng', period: '9T/2023', forms: ['plan-estimate', 'scale-words'] }, fig('97,6', 97.6, '%'), 42.83, 'plan = 41,8 / 0,976 = 42,83 nghìn ha'),
      implied({ kind: 'comparison', span: 'tăng hơn 1% so với cùng kỳ', indicator: 'diện tích gieo trồng', period: '9T/2023', forms: ['percent-change', 'qualifier', 'same-period'] }, fig('1', 1, '%'), 41.39, '9T/2022 below 41,8 / 1,01 = 41,39 nghìn ha'),
    ],
    findings: [],
    quiet: [],
  },
];
