import { fig, implied, rangeFig, rate } from './build';
import type { ProseCase } from './types';

/** More provincial reports, plan reviews and reference pages. Our wording, the documents' figures. */
export const PROVINCE_CASES_2: readonly ProseCase[] = [
  {
    // Source: dailoc-2023-q1 (Q1 2023: revenue 401.279 triệu đồng, 49% of the province's estimate and 42% of the
    // district's; spending 257.343 triệu đồng, 29% and 28%). Our sentences. The second share of each pair drops its verb.
    id: 'dailoc23-two-plans',
    doc: 'dailoc-2023-q1',
    text:
      'Quý I/2023, tổng thu ngân sách nhà nước trên địa bàn huyện được 401.279 triệu đồng, đạt 49% dự toán tỉnh, 42% dự toán ' +
      'huyện giao. Chi ngân sách địa phương quý I/2023 ước 257.343 triệu đồng, bằng 29% dự toán tỉnh giao và 28% dự toán huyện giao.',
    claims: [
      implied(
        { kind: 'plan', span: 'đạt 49% dự toán tỉnh', indicator: 'tổng thu ngân sách nhà nước', period: 'Q1/2023', forms: ['plan-estimate'] },
        fig('49', 49, '%'),
        818937,
        'plan = 401.279 / 0,49 = 818.937 triệu đồng',
      ),
      implied(
        { kind: 'plan', span: '42% dự toán huyện giao', indicator: 'tổng thu ngân sách nhà nước', period: 'Q1/2023', forms: ['plan-estimate'] },
        fig('42', 42, '%'),
        955426,
        'the district\'s plan = 401.279 / 0,42 = 955.426 triệu đồng',
      ),
      implied(
        { kind: 'plan', span: '28% dự toán huyện giao', indicator: 'Chi ngân sách địa phương', period: 'Q1/2023', forms: ['plan-estimate'] },
        fig('28', 28, '%'),
        919082,
        'the district\'s plan = 257.343 / 0,28 = 919.082 triệu đồng',
      ),
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: '42% and 28% are shares of two plans, not two values of an indicator "dự toán huyện giao"' }],
  },
  {
    // Source: dailoc-2023-q1. REAL inconsistency: the district's own spending (269.490 triệu đồng) alone exceeds the
    // total it is printed under (257.343 triệu đồng). Our sentences, the figures as printed.
    id: 'dailoc23-parts-above-total',
    doc: 'dailoc-2023-q1',
    text:
      'Chi ngân sách địa phương quý I/2023 ước 257.343 triệu đồng, bằng 29% dự toán tỉnh giao. Trong đó, chi ngân sách huyện ' +
      'là 269.490 triệu đồng, chi ngân sách xã 77.650 triệu đồng.',
    claims: [],
    findings: [
      {
        situation: 'parts-total',
        severity: 'error',
        spans: ['257.343 triệu đồng', '269.490 triệu đồng'],
        computed: 347140,
        why: '269.490 + 77.650 = 347.140 triệu đồng, above the total 257.343 printed in the sentence before "Trong đó"',
        planted: false,
      },
    ],
    quiet: [],
  },
  {
    // Source: quangtri-2024-10-retail (ten months of 2024: retail sales of goods 42,3 nghìn tỷ đồng, +6,4%; cars +14,6%,
    // clothing −6,7%). Our sentence; "tăng cao" says how strongly sales of cars rose, not another figure.
    id: 'quangtri24-manner-words',
    doc: 'quangtri-2024-10-retail',
    text:
      'Tính chung 10 tháng năm 2024, doanh thu bán lẻ hàng hóa ước đạt 42,3 nghìn tỷ đồng, tăng 6,4% so với cùng kỳ năm trước; ' +
      'doanh thu nhóm hàng ô tô các loại tăng cao 14,6%, hàng may mặc giảm 6,7%.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 6,4% so với cùng kỳ năm trước', indicator: 'doanh thu bán lẻ hàng hóa', period: '10T/2024', forms: ['percent-change', 'same-period'] },
        fig('6,4', 6.4, '%'),
        39.7556,
        'the same months of 2023 = 42,3 / 1,064 = 39,76 nghìn tỷ đồng',
      ),
      rate({ span: 'tăng cao 14,6%', indicator: 'doanh thu nhóm hàng ô tô các loại', period: '10T/2024' }, '14,6', 14.6),
      rate({ span: 'giảm 6,7%', indicator: 'hàng may mặc', period: '10T/2024' }, '6,7', 6.7),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: quangnam-2024-10t-iip (ten months of 2024: cars 65,7 nghìn chiếc, +23%; work clothes 4,5 triệu cái,
    // +488,5%; tyre cord fabric 51,2 triệu mét vuông, +69,8%; soft drinks 262,6 triệu lít, +3,5%). Our sentence. Each
    // product is counted in its own unit, and the change in brackets is measured from its level.
    id: 'quangnam24-product-units',
    doc: 'quangnam-2024-10t-iip',
    text:
      'Mười tháng năm 2024, ô tô sản xuất, lắp ráp ước đạt hơn 65,7 nghìn chiếc (tăng 23% so với cùng kỳ); quần áo nghề nghiệp ' +
      'đạt 4,5 triệu cái (tăng 488,5%); vải mành dùng làm lốp đạt hơn 51,2 triệu mét vuông (tăng 69,8%); nước ngọt đạt 262,6 ' +
      'triệu lít (tăng 3,5%).',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 488,5%', indicator: 'quần áo nghề nghiệp', period: '10T/2024', forms: ['percent-change', 'bracketed-base'] },
        fig('488,5', 488.5, '%'),
        0.7647,
        'the same months of 2023 = 4,5 / 5,885 = 0,765 triệu cái',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 3,5%', indicator: 'nước ngọt', period: '10T/2024', forms: ['percent-change', 'bracketed-base'] },
        fig('3,5', 3.5, '%'),
        253.7,
        'the same months of 2023 = 262,6 / 1,035 = 253,7 triệu lít',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: ninhgiang-2023-9m (nine months of 2023: industry and handicrafts 6.110 tỷ đồng, 74,5% of plan, up 1.240
    // tỷ đồng). Our sentence; the plan's abbreviation is glued to the sign as the district printed it.
    id: 'ninhgiang23-glued-plan',
    doc: 'ninhgiang-2023-9m',
    text: 'Chín tháng năm 2023, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp đạt 6.110 tỷ đồng, bằng 74,5%KH, tăng 1.240 tỷ đồng so với cùng kỳ.',
    claims: [
      implied(
        { kind: 'plan', span: 'bằng 74,5%KH', indicator: 'giá trị sản xuất công nghiệp - tiểu thủ công nghiệp', period: '9T/2023', forms: ['plan-estimate'] },
        fig('74,5', 74.5, '%'),
        8201.3,
        'plan = 6.110 / 0,745 = 8.201,3 tỷ đồng',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: cities-2022 (Cục Thống kê TP.HCM, via CafeF 4/1/2023). REAL rounding error: 457.500 / 386.568 = 1,183491,
    // so "vượt 18,4%" should read 18,3 (the value intervals give [18,3489; 18,3494]).
    id: 'hcm22-budget',
    doc: 'cities-2022',
    text:
      'Năm 2022 Thành phố được giao thu ngân sách 386.568 tỷ đồng; đến giữa tháng 12/2022 đã thu 457.500 tỷ đồng, vượt 18,4% dự toán ' +
      'được giao và tăng hơn 17% so với cùng kỳ.',
    claims: [
      {
        kind: 'plan',
        span: 'vượt 18,4% dự toán',
        figure: fig('18,4', 18.4, '%'),
        indicator: 'thu ngân sách',
        period: '2022',
        forms: ['plan-exceed'],
        verdict: 'mismatch',
        computed: 18.349,
        why: '457.500 / 386.568 × 100 − 100 = 18,349 ∈ [18,3489; 18,3494], outside [18,35; 18,45]: should read 18,3',
      },
      implied(
        { kind: 'comparison', span: 'tăng hơn 17% so với cùng kỳ', indicator: 'thu ngân sách', period: '2022', forms: ['percent-change', 'qualifier', 'same-period'] },
        fig('17', 17, '%'),
        391026,
        '2021 below 457.500 / 1,17 = 391.026 tỷ đồng',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: cities-2022 (TP.HCM). Two price bases for one year's GRDP: never two conflicting values.
    id: 'hcm22-price-bases',
    doc: 'cities-2022',
    text:
      'Năm 2022, GRDP của TP.HCM theo giá hiện hành ước hơn 1,4 triệu tỷ đồng; tính theo giá so sánh 2010 đạt 1.021.894 tỷ đồng, ' +
      'tăng 9,03% so với năm 2021.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 9,03% so với năm 2021', indicator: 'GRDP (giá so sánh 2010)', period: '2022', forms: ['percent-change', 'price-basis'] },
        fig('9,03', 9.03, '%'),
        937259,
        '2021 = 1.021.894 / 1,0903 = 937.259 tỷ đồng at 2010 prices',
      ),
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: '"giá hiện hành" and "giá so sánh 2010" are two series' }],
  },
  {
    // Source: cities-2022 (Hà Nội, Bình Dương). The target "từ 7,0% đến 7,5%" is a range, not a change.
    id: 'hanoi-binhduong22',
    doc: 'cities-2022',
    text:
      'GRDP Hà Nội năm 2022 tăng 8,89%, vượt kế hoạch đề ra từ 7,0% đến 7,5%; thu ngân sách ước 333.000 tỷ đồng, bằng 106,8% dự toán ' +
      'và tăng 2,7% so với cùng kỳ. GRDP Bình Dương ước tăng 8,01%, đạt 459 nghìn tỷ đồng; thu ngân sách hơn 66.000 tỷ đồng, đạt ' +
      '110% dự toán đầu năm.',
    claims: [
      rate({ span: 'tăng 8,89%', indicator: 'GRDP Hà Nội', period: '2022' }, '8,89', 8.89),
      {
        kind: 'plan',
        span: 'kế hoạch đề ra từ 7,0% đến 7,5%',
        figure: rangeFig('7,0% đến 7,5', 7.0, 7.5, '%'),
        indicator: 'GRDP Hà Nội (kế hoạch)',
        period: '2022',
        forms: ['range', 'plan-exceed'],
        verdict: 'none',
        computed: null,
        why: 'a target range, not a change from 7,0 to 7,5: nothing to verify against values',
      },
      implied(
        { kind: 'plan', span: 'bằng 106,8% dự toán', indicator: 'thu ngân sách Hà Nội', period: '2022', forms: ['plan-estimate'] },
        fig('106,8', 106.8, '%'),
        311798,
        'dự toán = 333.000 / 1,068 = 311.798 tỷ đồng',
      ),
      implied({ kind: 'comparison', span: 'tăng 2,7% so với cùng kỳ', indicator: 'thu ngân sách Hà Nội', period: '2022', forms: ['percent-change', 'same-period'] }, fig('2,7', 2.7, '%'), 324245, '2021 = 333.000 / 1,027 = 324.245 tỷ đồng'),
      rate({ span: 'tăng 8,01%', indicator: 'GRDP Bình Dương', period: '2022', forms: ['percent-change', 'price-basis'] }, '8,01', 8.01),
      implied(
        { kind: 'plan', span: 'đạt 110% dự toán', indicator: 'thu ngân sách Bình Dương', period: '2022', forms: ['plan-estimate', 'qualifier'] },
        fig('110', 110, '%'),
        60000,
        'dự toán ≈ 66.000 / 1,10 = 60.000 tỷ đồng',
      ),
    ],
    findings: [],
    quiet: [
      { situation: 'direction', why: '8,89 exceeds the whole target range, as "vượt" says' },
      { situation: 'average-total', why: '8,01% is a real rate; 459 nghìn tỷ is a nominal level without a base: nothing to compare' },
    ],
  },
  {
    // Source: nghean-2020-budget (Báo Nghệ An, 1/2021). REAL inconsistency: 16.186 − 5.056 = 11.130, not 11.104.
    id: 'nghean20-budget',
    doc: 'nghean-2020-budget',
    text:
      'Năm 2020, tổng thu ngân sách toàn tỉnh đạt 17.363 tỷ đồng, bằng 111,6% dự toán HĐND tỉnh điều chỉnh và tăng 7,3% so với năm ' +
      '2019; thu nội địa 16.186 tỷ đồng, đạt 117,6% dự toán, tăng 11,3%. Không tính tiền sử dụng đất và xổ số kiến thiết (5.056 tỷ ' +
      'đồng), thu nội địa còn 11.104 tỷ đồng, đạt 100,7% dự toán và tăng 4,8%.',
    claims: [
      implied({ kind: 'plan', span: 'bằng 111,6% dự toán', indicator: 'tổng thu ngân sách', period: '2020', forms: ['plan-estimate'] }, fig('111,6', 111.6, '%'), 15558, 'dự toán = 17.363 / 1,116 = 15.558 tỷ đồng'),
      implied({ kind: 'comparison', span: 'tăng 7,3% so với năm 2019', indicator: 'tổng thu ngân sách', period: '2020' }, fig('7,3', 7.3, '%'), 16182, '2019 = 17.363 / 1,073 = 16.182 tỷ đồng'),
      implied({ kind: 'plan', span: 'đạt 117,6% dự toán', indicator: 'thu nội địa', period: '2020', forms: ['plan-estimate'] }, fig('117,6', 117.6, '%'), 13764, 'dự toán = 16.186 / 1,176 = 13.764 tỷ đồng'),
      implied({ kind: 'comparison', span: 'tăng 11,3%', indicator: 'thu nội địa', period: '2020' }, fig('11,3', 11.3, '%'), 14543, '2019 = 16.186 / 1,113 = 14.543 tỷ đồng'),
      implied({ kind: 'plan', span: 'đạt 100,7% dự toán', indicator: 'thu nội địa trừ đất và xổ số', period: '2020', forms: ['plan-estimate'] }, fig('100,7', 100.7, '%'), 11027, 'dự toán = 11.104 / 1,007 = 11.027 tỷ đồng'),
      implied({ kind: 'comparison', span: 'tăng 4,8%', indicator: 'thu nội địa trừ đất và xổ số', period: '2020' }, fig('4,8', 4.8, '%'), 10595, '2019 = 11.104 / 1,048 = 10.595 tỷ đồng'),
    ],
    findings: [
      {
        situation: 'parts-total',
        severity: 'error',
        spans: ['16.186 tỷ đồng', '5.056 tỷ', '11.104 tỷ đồng'],
        computed: 11130,
        why: '16.186 − 5.056 = 11.130, not 11.104: a gap of 26 tỷ đồng against a rounding tolerance of ±1,5',
        planted: false,
      },
    ],
    quiet: [],
  },
];
