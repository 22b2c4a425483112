import { fig, implied, part } from './build';
import type { ProseCase } from './types';

/**
 * Releases read in the stop of 6 December 2026 (evening): a business survey's answers, a structure listed with "và",
 * a second rate with its own base, a from–to split around its verb and a level per head. Our wording, the documents'
 * figures.
 */
export const PROVINCE_CASES_9: readonly ProseCase[] = [
  {
    // Source: caobang-2023-h1 (37,5 % better, 37,5 % stable, 25 % worse). Three answers of one question had been read
    // as two values of one indicator: a false conflicting-values error.
    id: 'caobang23-h1-survey',
    doc: 'caobang-2023-h1',
    text:
      'Theo kết quả khảo sát, có 37,5% doanh nghiệp đánh giá tình hình sản xuất kinh doanh quý II/2023 tốt hơn quý I/2023, ' +
      '37,5% doanh nghiệp đánh giá tình hình sản xuất kinh doanh ổn định và 25% doanh nghiệp đánh giá tình hình sản xuất kinh doanh khó khăn hơn.',
    claims: [],
    findings: [],
    quiet: [{ situation: 'two-values', why: 'three answers of one survey question (37,5 + 37,5 + 25 = 100), not two values of one indicator' }],
  },
  {
    // Source: brvt-2020, the sentence as the paper prints it: the last item joined with "và" after "so với 2015". The
    // base swallowed it: the farm share was lost and 58,66 + 29,36 = 88,02 gave a false shares-not-100 warning.
    id: 'brvt20-structure-va',
    doc: 'brvt-2020',
    text:
      'Cơ cấu kinh tế năm 2020 của tỉnh: công nghiệp - xây dựng chiếm 58,66%, tăng 3,73% so với 2015; dịch vụ chiếm 29,36%, ' +
      'giảm 2,88% so với 2015 và nông nghiệp chiếm 11,98%, giảm 0,85% so với 2015.',
    claims: [
      part('share', { span: 'chiếm 58,66%', indicator: 'công nghiệp - xây dựng', period: '2020' }, '58,66', 58.66),
      implied(
        { kind: 'comparison', span: 'tăng 3,73% so với 2015', indicator: 'tỷ trọng công nghiệp - xây dựng', period: '2020', forms: ['percent-change', 'points'] },
        fig('3,73', 3.73, '%'),
        54.93,
        '2015 = 58,66 − 3,73 = 54,93 under the points reading that makes the 2015 shares sum to 100 (advise "điểm phần trăm")',
      ),
      part('share', { span: 'chiếm 29,36%', indicator: 'dịch vụ', period: '2020' }, '29,36', 29.36),
      implied(
        { kind: 'comparison', span: 'giảm 2,88% so với 2015', indicator: 'tỷ trọng dịch vụ', period: '2020', forms: ['percent-change', 'points'] },
        fig('2,88', 2.88, '%'),
        32.24,
        '2015 = 29,36 + 2,88 = 32,24 (points reading)',
      ),
      part('share', { span: 'chiếm 11,98%', indicator: 'nông nghiệp', period: '2020' }, '11,98', 11.98),
      implied(
        { kind: 'comparison', span: 'giảm 0,85% so với 2015', indicator: 'tỷ trọng nông nghiệp', period: '2020', forms: ['percent-change', 'points'] },
        fig('0,85', 0.85, '%'),
        12.83,
        '2015 = 11,98 + 0,85 = 12,83 (points reading)',
      ),
    ],
    findings: [],
    quiet: [{ situation: 'shares', why: '58,66 + 29,36 + 11,98 = 100,00' }],
  },
  {
    // Source: brvt-2023-10m-industry (37,6 nghìn tỷ đồng in October 2023; +7,64 % on September, +13,14 % on October
    // 2022). The second rate had taken the first one's base, the month before.
    id: 'brvt23-10m-second-base',
    doc: 'brvt-2023-10m-industry',
    text:
      'Tháng 10/2023, giá trị sản xuất công nghiệp (giá so sánh 2015, trừ dầu thô và khí đốt) ước đạt 37,6 nghìn tỷ đồng, ' +
      'tăng 7,64% so với tháng trước và 13,14% so với cùng kỳ năm trước.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 7,64% so với tháng trước', indicator: 'giá trị sản xuất công nghiệp', period: 'T10/2023', forms: ['percent-change'] },
        fig('7,64', 7.64, '%'),
        34.93,
        'September 2023 = 37,6 / 1,0764 = 34,93 nghìn tỷ đồng',
      ),
      implied(
        { kind: 'comparison', span: '13,14% so với cùng kỳ năm trước', indicator: 'giá trị sản xuất công nghiệp', period: 'T10/2023', forms: ['percent-change', 'same-period'] },
        fig('13,14', 13.14, '%'),
        33.23,
        'October 2022 = 37,6 / 1,1314 = 33,23 nghìn tỷ đồng',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: haiduong-2020-poverty (7,19 % in 2015, 1,36 % at the end of 2020, 1,17 a year). The from–to split
    // around its verb gave the average rate no ends: "Thiếu cả hai giá trị".
    id: 'haiduong20-poverty-split',
    doc: 'haiduong-2020-poverty',
    text: 'Tỷ lệ hộ nghèo của tỉnh từ 7,19% năm 2015 dự kiến giảm xuống còn 1,36% vào cuối năm 2020, bình quân mỗi năm giảm 1,17%.',
    claims: [
      {
        kind: 'from-to',
        span: 'giảm xuống còn 1,36%',
        figure: fig('1,36', 1.36, '%'),
        indicator: 'tỷ lệ hộ nghèo',
        period: '2015-2020',
        forms: ['from-to'],
        verdict: 'match',
        computed: null,
        why: '7,19 % → 1,36 % is a fall',
      },
      {
        kind: 'average-annual',
        span: 'bình quân mỗi năm giảm 1,17%',
        figure: fig('1,17', 1.17, '%'),
        indicator: 'tỷ lệ hộ nghèo',
        period: '2015-2020',
        forms: ['average-annual', 'points'],
        verdict: 'match_points',
        computed: 1.166,
        why: '(7,19 − 1,36) / 5 = 1,166 points a year → 1,17 (advise "điểm phần trăm"); relative it is 28,33 %/năm',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: hcm-2020-draft (6.799 USD in 2020; above 8.500 USD/người in 2025, 1,3 times 2020). The two levels' units
    // differ by "/người" and the first name carried "tiếp tục tăng …": the ratio stayed implied.
    id: 'hcm20-per-head-ratio',
    doc: 'hcm-2020-draft',
    text:
      'GRDP bình quân đầu người tiếp tục tăng qua các năm, đến năm 2020 ước đạt 6.799 USD. Mục tiêu đến năm 2025, GRDP ' +
      'bình quân đầu người đạt trên 8.500 USD/người, gấp 1,3 lần năm 2020.',
    claims: [
      {
        kind: 'comparison',
        span: 'gấp 1,3 lần năm 2020',
        figure: fig('1,3', 1.3, 'lần'),
        indicator: 'GRDP bình quân đầu người',
        period: '2025',
        forms: ['ratio'],
        verdict: 'match',
        computed: 1.2502,
        why: '8.500 / 6.799 = 1,250 → 1,3 (8.500 is a lower bound)',
      },
    ],
    findings: [],
    quiet: [],
  },
];
