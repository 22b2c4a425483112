import { fig, implied, rate } from './build';
import type { ProseCase } from './types';

/** Labour force surveys. Our wording, the publications' figures. */
export const LABOUR_CASES: readonly ProseCase[] = [
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
