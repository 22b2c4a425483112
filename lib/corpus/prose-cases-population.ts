import { fig, implied, part, rate } from './build';
import type { ProseCase } from './types';

/** Censuses and household/labour surveys. Our wording, the publications' figures. */
export const POPULATION_CASES: readonly ProseCase[] = [
  {
    // Source: census-2019 (kết quả toàn bộ, 19/12/2019). 47.881.061 + 48.327.923 = 96.208.984; shares 49,77 → 49,8 and 50,23 → 50,2.
    id: 'census19-sex',
    doc: 'census-2019',
    text: 'Tổng số dân của cả nước năm 2019 là 96.208.984 người, trong đó nam 47.881.061 người, chiếm 49,8%, và nữ 48.327.923 người, chiếm 50,2%.',
    claims: [
      part('share', { span: 'chiếm 49,8%', indicator: 'dân số nam', period: '2019' }, '49,8', 49.8),
      part('share', { span: 'chiếm 50,2%', indicator: 'dân số nữ', period: '2019' }, '50,2', 50.2),
    ],
    findings: [],
    quiet: [
      { situation: 'parts-total', why: '47.881.061 + 48.327.923 = 96.208.984 exactly' },
      { situation: 'shares', why: '49,8 + 50,2 = 100,0; each share matches its count (49,768 → 49,8; 50,232 → 50,2)' },
    ],
  },
  {
    // Source: census-2019. Scale words, an average annual rate against the total change (interval rule), a points
    // comparison with a slash unit. 2009 = 96.208.984 − 10,4 triệu ∈ [85,76; 85,86] triệu → rate ∈ [1,1447; 1,1565]%/năm.
    id: 'census19-growth',
    doc: 'census-2019',
    text:
      'Năm 2019 dân số cả nước là 96.208.984 người, tăng thêm 10,4 triệu người sau 10 năm; tỷ lệ tăng dân số bình quân giai đoạn ' +
      '2009 - 2019 là 1,14%/năm, thấp hơn giai đoạn 1999 - 2009 (1,18%/năm). Cả nước có 26.870.079 hộ, tăng 4,4 triệu hộ so với năm ' +
      '2009; bình quân 3,6 người/hộ, thấp hơn 0,2 người/hộ so với năm 2009.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng thêm 10,4 triệu người', indicator: 'dân số', period: '2009-2019', forms: ['comparative-difference', 'scale-words'] },
        fig('10,4', 10.4, 'triệu người'),
        85808984,
        '2009 = 96.208.984 − 10.400.000 = 85.808.984 người (10,4 triệu stands for [10,35; 10,45] triệu)',
      ),
      {
        kind: 'average-annual',
        span: 'bình quân giai đoạn 2009 - 2019 là 1,14%/năm',
        figure: fig('1,14', 1.14, '%/năm'),
        indicator: 'tỷ lệ tăng dân số',
        period: '2009-2019',
        forms: ['average-annual'],
        verdict: 'match',
        computed: 1.1506,
        why: 'from the total change: 2009 ∈ [85.758.984; 85.858.984] → ((96.208.984 / 2009)^(1/10) − 1) ∈ [1,1447; 1,1565]%, meets [1,135; 1,145]',
      },
      implied(
        { kind: 'comparison', span: 'tăng 4,4 triệu hộ so với năm 2009', indicator: 'số hộ dân cư', period: '2019', forms: ['absolute', 'scale-words'] },
        fig('4,4', 4.4, 'triệu hộ'),
        22470079,
        '2009 = 26.870.079 − 4.400.000 = 22.470.079 hộ',
      ),
      implied(
        { kind: 'comparison', span: 'thấp hơn 0,2 người/hộ so với năm 2009', indicator: 'số người bình quân một hộ', period: '2019', forms: ['comparative-difference', 'slash-unit'] },
        fig('0,2', 0.2, 'người/hộ'),
        3.8,
        '2009 = 3,6 + 0,2 = 3,8 người/hộ ("thấp hơn": the 2019 value is the lower one)',
      ),
    ],
    findings: [],
    quiet: [
      { situation: 'average-total', why: '1,14%/năm agrees with "tăng thêm 10,4 triệu" at the printed precision (the point estimate 1,15 does not)' },
      { situation: 'direction', why: '1,14 < 1,18 as "thấp hơn" says' },
    ],
  },
  {
    // Source: census-2019 (preliminary results 11/7/2019, via Đắk Lắk 24h). From-to with a slash unit.
    id: 'census19-density',
    doc: 'census-2019',
    text: 'Mật độ dân số cả nước tăng từ 259 người/km2 năm 2009 lên 290 người/km2 năm 2019.',
    claims: [
      {
        kind: 'from-to',
        span: 'tăng từ 259 người/km2 năm 2009 lên 290 người/km2 năm 2019',
        figure: fig('290', 290, 'người/km2'),
        indicator: 'mật độ dân số',
        period: '2009-2019',
        forms: ['from-to', 'slash-unit'],
        verdict: 'match',
        computed: null,
        why: '259 → 290 rises, as "tăng" says (direction only)',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: census-2009 (preliminary, 13/8/2009). 42.482.549 + 43.307.024 = 85.789.573; 9,47 triệu / 10 năm = 947 nghìn/năm.
    id: 'census09-totals',
    doc: 'census-2009',
    text:
      'Lúc 0 giờ ngày 1/4/2009 dân số cả nước là 85.789.573 người, gồm 42.482.549 nam (chiếm 49,5%) và 43.307.024 nữ (chiếm 50,5%); ' +
      'so với năm 1999 dân số tăng 9,47 triệu người, bình quân mỗi năm tăng 947 nghìn người.',
    claims: [
      part('share', { span: 'chiếm 49,5%', indicator: 'dân số nam', period: '2009' }, '49,5', 49.5),
      part('share', { span: 'chiếm 50,5%', indicator: 'dân số nữ', period: '2009' }, '50,5', 50.5),
      implied(
        { kind: 'comparison', span: 'tăng 9,47 triệu người', indicator: 'dân số', period: '1999-2009', forms: ['absolute', 'scale-words'] },
        fig('9,47', 9.47, 'triệu người'),
        76319573,
        '1999 = 85.789.573 − 9.470.000 = 76.319.573 người',
      ),
    ],
    findings: [],
    quiet: [
      { situation: 'parts-total', why: '42.482.549 + 43.307.024 = 85.789.573 exactly' },
      { situation: 'average-total', why: '9,47 triệu over 10 years = 947 nghìn per year (scale words: triệu vs nghìn)' },
    ],
  },
  {
    // Source: vhlss-2018 (Khảo sát mức sống 2018). "cao gấp hơn 1,2 lần" with no base printed; a three-year from-to.
    id: 'vhlss18-households',
    doc: 'vhlss-2018',
    text:
      'Năm 2018, nhân khẩu bình quân một hộ của nhóm nghèo nhất là 4,0 người, cao gấp hơn 1,2 lần nhóm giàu nhất. Tỷ trọng dân số ' +
      'từ 60 tuổi trở lên là 10,4% năm 2006 và 13,3% năm 2016, đến năm 2018 tăng lên 14,8%.',
    claims: [
      implied(
        { kind: 'comparison', span: 'cao gấp hơn 1,2 lần', indicator: 'nhân khẩu bình quân một hộ', period: '2018', forms: ['ratio', 'qualifier'] },
        fig('1,2', 1.2, 'lần'),
        3.333,
        'richest group below 4,0 / 1,2 = 3,33 người ("hơn": a lower bound on the ratio)',
      ),
      {
        kind: 'from-to',
        span: 'đến năm 2018 tăng lên 14,8%',
        figure: fig('14,8', 14.8, '%'),
        indicator: 'tỷ trọng dân số từ 60 tuổi trở lên',
        period: '2016-2018',
        forms: ['from-to'],
        verdict: 'match',
        computed: null,
        why: '13,3 (2016) → 14,8 (2018) rises, as "tăng lên" says',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: vhlss-2018. Education shares 16,9 + 20,2 + 28,3 + 16,3 + 18,4 = 100,1, within 5 × 0,05 = 0,25.
    id: 'vhlss18-education',
    doc: 'vhlss-2018',
    text:
      'Năm 2018, trong dân số từ 15 tuổi trở lên có 16,9% không có bằng cấp, 20,2% tốt nghiệp tiểu học, 28,3% tốt nghiệp trung học ' +
      'cơ sở, 16,3% tốt nghiệp trung học phổ thông và 18,4% có bằng cấp cao hơn.',
    claims: [
      part('share', { span: '16,9%', indicator: 'không có bằng cấp', period: '2018' }, '16,9', 16.9),
      part('share', { span: '20,2%', indicator: 'tốt nghiệp tiểu học', period: '2018' }, '20,2', 20.2),
      part('share', { span: '28,3%', indicator: 'tốt nghiệp trung học cơ sở', period: '2018' }, '28,3', 28.3),
      part('share', { span: '16,3%', indicator: 'tốt nghiệp trung học phổ thông', period: '2018' }, '16,3', 16.3),
      part('share', { span: '18,4%', indicator: 'có bằng cấp cao hơn', period: '2018' }, '18,4', 18.4),
    ],
    findings: [],
    quiet: [{ situation: 'shares', why: 'sum 100,1 lies within 100 ± 0,25 (five one-decimal shares)' }],
  },
  {
    // Source: lfs-2023-q1 (Tổng cục Thống kê, 6/4/2023). Scale words (đồng vs triệu đồng) and a bracketed pair of values.
    id: 'lfs23q1-income',
    doc: 'lfs-2023-q1',
    text:
      'Quý I/2023, thu nhập bình quân tháng của người lao động là 7 triệu đồng, tăng 197.000 đồng so với quý trước và tăng 640.000 ' +
      'đồng so với cùng kỳ năm trước; thu nhập của lao động nam cao gấp 1,36 lần lao động nữ (8 triệu đồng so với 5,9 triệu đồng).',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 197.000 đồng so với quý trước', indicator: 'thu nhập bình quân tháng', period: 'Q1/2023', forms: ['absolute', 'scale-words'] },
        fig('197.000', 197000, 'đồng'),
        6.803,
        'Q4/2022 = 7 − 0,197 = 6,803 triệu đồng',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 640.000 đồng so với cùng kỳ năm trước', indicator: 'thu nhập bình quân tháng', period: 'Q1/2023', forms: ['absolute', 'scale-words', 'same-period'] },
        fig('640.000', 640000, 'đồng'),
        6.36,
        'Q1/2022 = 7 − 0,64 = 6,36 triệu đồng',
      ),
      {
        kind: 'comparison',
        span: 'cao gấp 1,36 lần lao động nữ (8 triệu đồng so với 5,9 triệu đồng)',
        figure: fig('1,36', 1.36, 'lần'),
        indicator: 'thu nhập bình quân tháng (nam so với nữ)',
        period: 'Q1/2023',
        forms: ['ratio', 'bracketed-base'],
        verdict: 'match',
        computed: 1.3559,
        why: '8 / 5,9 = 1,3559; over [7,5; 8,5] / [5,85; 5,95] the ratio spans [1,2605; 1,4530], meeting [1,355; 1,365]',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: lfs-2023-q1. 121.000 − 32.300 = 88.700 and, respectively, 60.300 + 28.400 = 88.700.
    id: 'lfs23q1-labour-force',
    doc: 'lfs-2023-q1',
    text:
      'Lực lượng lao động quý I/2023 là 52,2 triệu người, tăng 88.700 người so với quý trước; khu vực thành thị tăng 121.000 người, ' +
      'còn nông thôn giảm 32.300 người; lao động nam và nữ tăng tương ứng 60.300 người và 28.400 người.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 88.700 người so với quý trước', indicator: 'lực lượng lao động', period: 'Q1/2023', forms: ['absolute', 'scale-words'] },
        fig('88.700', 88700, 'người'),
        52.1113,
        'Q4/2022 = 52,2 triệu − 88.700 = 52,111 triệu người',
      ),
      rate({ span: 'tăng 121.000 người', indicator: 'lực lượng lao động thành thị', period: 'Q1/2023', forms: ['absolute'] }, '121.000', 121000, 'người'),
      rate({ span: 'giảm 32.300 người', indicator: 'lực lượng lao động nông thôn', period: 'Q1/2023', forms: ['absolute'] }, '32.300', 32300, 'người'),
      rate({ span: '60.300 người', indicator: 'lực lượng lao động nam', period: 'Q1/2023', forms: ['absolute', 'respectively'] }, '60.300', 60300, 'người'),
      rate({ span: '28.400 người', indicator: 'lực lượng lao động nữ', period: 'Q1/2023', forms: ['absolute', 'respectively'] }, '28.400', 28400, 'người'),
    ],
    findings: [],
    quiet: [{ situation: 'parts-total', why: '121.000 − 32.300 = 88.700 and 60.300 + 28.400 = 88.700' }],
  },
  {
    // Source: lfs-2023-q1. Points against the same quarter of the previous year.
    id: 'lfs23q1-trained',
    doc: 'lfs-2023-q1',
    text: 'Tỷ lệ lao động qua đào tạo có bằng, chứng chỉ quý I/2023 là 26,4%, không đổi so với quý trước và cao hơn 0,3 điểm phần trăm so với cùng kỳ năm trước.',
    claims: [
      implied(
        { kind: 'comparison', span: 'cao hơn 0,3 điểm phần trăm so với cùng kỳ năm trước', indicator: 'tỷ lệ lao động qua đào tạo', period: 'Q1/2023', forms: ['points', 'comparative-difference', 'same-period'] },
        fig('0,3', 0.3, 'điểm phần trăm'),
        26.1,
        'Q1/2022 = 26,4 − 0,3 = 26,1%',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: lfs-2022-q3 (Tổng cục Thống kê, 10/2022, via Zing). The chart's rounded values 5,2 and 6,7 give 28,85% by the
    // point estimate, yet the printed 30,1% is right by the interval rule: [6,65/5,25; 6,75/5,15] = [26,67; 31,07]%.
    id: 'lfs22q3-income-interval',
    doc: 'lfs-2022-q3',
    text:
      'Thu nhập bình quân tháng của người lao động quý III/2022 là 6,7 triệu đồng, quý III/2021 là 5,2 triệu đồng và quý III/2019 là ' +
      '5,9 triệu đồng. So với cùng kỳ năm 2021, thu nhập tăng 30,1%, tương ứng khoảng 1,6 triệu đồng; so với cùng kỳ năm 2019 tăng ' +
      '14,5%, tương ứng khoảng 854.000 đồng.',
    claims: [
      {
        kind: 'comparison',
        span: 'thu nhập tăng 30,1%',
        figure: fig('30,1', 30.1, '%'),
        indicator: 'thu nhập bình quân tháng',
        period: 'Q3/2022',
        forms: ['percent-change', 'same-period'],
        verdict: 'match',
        computed: 28.85,
        why: '6,7 / 5,2 − 1 = 28,85% (point); over the value intervals [26,67; 31,07]%, meeting [30,05; 30,15]',
      },
      {
        kind: 'comparison',
        span: 'khoảng 1,6 triệu đồng',
        figure: fig('1,6', 1.6, 'triệu đồng'),
        indicator: 'thu nhập bình quân tháng',
        period: 'Q3/2022',
        forms: ['absolute', 'qualifier', 'scale-words'],
        verdict: 'match',
        computed: 1.5,
        why: '6,7 − 5,2 = 1,5 ∈ [1,4; 1,6] by the value intervals; "khoảng" widens 1,6 to ±5% = [1,52; 1,68]: they meet',
      },
      {
        kind: 'comparison',
        span: 'tăng 14,5%',
        figure: fig('14,5', 14.5, '%'),
        indicator: 'thu nhập bình quân tháng',
        period: 'Q3/2022',
        forms: ['percent-change'],
        verdict: 'match',
        computed: 13.56,
        why: '6,7 / 5,9 − 1 = 13,56% (point); over [6,65/5,95; 6,75/5,85] = [11,76; 15,38]%, meeting [14,45; 14,55]',
      },
      {
        kind: 'comparison',
        span: 'khoảng 854.000 đồng',
        figure: fig('854.000', 854000, 'đồng'),
        indicator: 'thu nhập bình quân tháng',
        period: 'Q3/2022',
        forms: ['absolute', 'qualifier', 'scale-words'],
        verdict: 'match',
        computed: 800000,
        why: '6,7 − 5,9 = 0,8 triệu ∈ [0,7; 0,9] triệu đồng, which holds 854.000 đồng after converting the scale word',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: langson-lfs-2022-q2 (Cục Thống kê Lạng Sơn). "tương ứng" list whose parts sum to the total: 0,3 + 0,1 = 0,4.
    id: 'langson22q2-labour',
    doc: 'langson-lfs-2022-q2',
    text:
      'Lực lượng lao động từ 15 tuổi trở lên quý II/2022 là 51,6 triệu người, tăng hơn 0,4 triệu người so với quý trước, trong đó ' +
      'nông thôn và thành thị tăng tương ứng 0,3 triệu người và 0,1 triệu người.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng hơn 0,4 triệu người so với quý trước', indicator: 'lực lượng lao động', period: 'Q2/2022', forms: ['absolute', 'qualifier', 'scale-words'] },
        fig('0,4', 0.4, 'triệu người'),
        51.2,
        'Q1/2022 below 51,6 − 0,4 = 51,2 triệu người ("hơn" makes 0,4 a lower bound)',
      ),
      rate({ span: '0,3 triệu người', indicator: 'lực lượng lao động nông thôn', period: 'Q2/2022', forms: ['absolute', 'respectively', 'scale-words'] }, '0,3', 0.3, 'triệu người'),
      rate({ span: '0,1 triệu người', indicator: 'lực lượng lao động thành thị', period: 'Q2/2022', forms: ['absolute', 'respectively', 'scale-words'] }, '0,1', 0.1, 'triệu người'),
    ],
    findings: [],
    quiet: [{ situation: 'parts-total', why: '0,3 + 0,1 = 0,4 (tolerance ±0,1); "hơn 0,4" is a lower bound the parts meet' }],
  },
];
