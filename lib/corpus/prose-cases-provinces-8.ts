import { fig, implied } from './build';
import type { ProseCase } from './types';

/**
 * Releases read in the stop of 6 December 2026 (afternoon): a total with its breakdown in brackets, a district's
 * five-year review that prints its values as "(later/earlier)" and an average rate its absolute change contradicts, a
 * State Bank branch's stock against the end of a year, value added and a rate of a poverty fall in points. Our wording,
 * the documents' figures.
 */
export const PROVINCE_CASES_8: readonly ProseCase[] = [
  {
    // Source: baclieu-2022-4m (93.298 tấn in four months, of which shrimp 34.948 and fish 58.350; 20,25 % of the plan;
    // up 3,53 %). Both rates had been read of the last part in the brackets.
    id: 'baclieu22-4m-breakdown',
    doc: 'baclieu-2022-4m',
    text:
      'Bốn tháng đầu năm 2022, tổng sản lượng thủy sản nuôi trồng và khai thác ước đạt 93.298 tấn (trong đó tôm 34.948 tấn, ' +
      'cá và thủy sản khác 58.350 tấn), đạt 20,25% kế hoạch, tăng 3,53% so với cùng kỳ.',
    claims: [
      implied(
        { kind: 'plan', span: 'đạt 20,25% kế hoạch', indicator: 'tổng sản lượng thủy sản nuôi trồng và khai thác', period: '4T/2022', forms: ['plan-estimate'] },
        fig('20,25', 20.25, '%'),
        460730.86,
        '93.298 / 0,2025 = 460.730,86 tấn',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 3,53%', indicator: 'tổng sản lượng thủy sản nuôi trồng và khai thác', period: '4T/2022', forms: ['percent-change', 'same-period'] },
        fig('3,53', 3.53, '%'),
        90116.87,
        '93.298 / 1,0353 = 90.116,87 tấn',
      ),
    ],
    findings: [],
    quiet: [{ situation: 'parts-total', why: '34.948 + 58.350 = 93.298' }],
  },
  {
    // CONSTRUCTED from baclieu-2022-4m: the year before is written out (its total derived from the 3,53 %, its fish
    // invented). The change had been a false mismatch against the fish: 58.350 / 50.000 − 1 = 16,70 %.
    id: 'constructed-baclieu-breakdown-base',
    doc: 'constructed',
    text:
      'Bốn tháng đầu năm 2021, tổng sản lượng thủy sản đạt 90.117 tấn, trong đó cá và thủy sản khác 50.000 tấn. Bốn tháng ' +
      'đầu năm 2022, tổng sản lượng thủy sản ước đạt 93.298 tấn (trong đó tôm 34.948 tấn, cá và thủy sản khác 58.350 tấn), ' +
      'tăng 3,53% so với cùng kỳ.',
    claims: [
      {
        kind: 'comparison',
        span: 'tăng 3,53%',
        figure: fig('3,53', 3.53, '%'),
        indicator: 'tổng sản lượng thủy sản',
        period: '4T/2022',
        forms: ['percent-change', 'same-period'],
        verdict: 'match',
        computed: 3.5299,
        why: '93.298 / 90.117 − 1 = 3,530 % → 3,53',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: luongson-2016-2020 (the budget revenue of 2020, 380 tỷ đồng, up 249,9 tỷ đồng on 2015, "bình quân tăng
    // 20,1%/năm"): 130,1 → 380 in five years is 23,91 %/năm, a real error of the review.
    id: 'luongson-2020-budget-average',
    doc: 'luongson-2016-2020',
    text: 'Năm 2020, thu ngân sách nhà nước trên địa bàn huyện ước đạt 380 tỷ đồng, tăng 249,9 tỷ đồng so với năm 2015, bình quân tăng 20,1%/năm.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 249,9 tỷ đồng', indicator: 'thu ngân sách nhà nước trên địa bàn huyện', period: '2020', forms: ['absolute'] },
        fig('249,9', 249.9, 'tỷ đồng'),
        130.1,
        '380 − 249,9 = 130,1 tỷ đồng',
      ),
      implied(
        { kind: 'average-annual', span: 'bình quân tăng 20,1%/năm', indicator: 'thu ngân sách nhà nước trên địa bàn huyện', period: '2015-2020', forms: ['average-annual'] },
        fig('20,1', 20.1, '%'),
        152.08,
        '380 / 1,201^5 = 152,08 tỷ đồng',
      ),
    ],
    findings: [
      {
        situation: 'average-total',
        severity: 'error',
        spans: ['tăng 249,9 tỷ đồng', 'bình quân tăng 20,1%/năm'],
        computed: 23.91,
        why: '(380 / 130,1)^(1/5) − 1 = 23,91 %/năm, not 20,1 (which gives 130,1 × 1,201^5 = 325,1 tỷ đồng)',
        planted: false,
      },
    ],
    quiet: [],
  },
  {
    // Source: luongson-2016-2020 (the sectors grew 2,58 times on 2015, "(24.013/9.278 tỷ đồng)": 2,588, cut; GRDP per
    // head 1,3 times the province's, "(83,5/64 triệu đồng)").
    id: 'luongson-2020-slash-pairs',
    doc: 'luongson-2016-2020',
    text:
      'Năm 2020, quy mô các ngành kinh tế của huyện tăng gấp 2,58 lần so với năm 2015 (24.013/9.278 tỷ đồng); GRDP bình quân ' +
      'đầu người của huyện gấp 1,3 lần của tỉnh (83,5/64 triệu đồng).',
    claims: [
      {
        kind: 'comparison',
        span: 'tăng gấp 2,58 lần',
        figure: fig('2,58', 2.58, 'lần'),
        indicator: 'quy mô các ngành kinh tế của huyện',
        period: '2020',
        forms: ['ratio', 'bracketed-base'],
        verdict: 'match_truncated',
        computed: 2.5882,
        why: '24.013 / 9.278 = 2,5882: rounds to 2,59, cut to 2,58',
      },
      {
        kind: 'comparison',
        span: 'gấp 1,3 lần của tỉnh',
        figure: fig('1,3', 1.3, 'lần'),
        indicator: 'GRDP bình quân đầu người của huyện',
        period: '2020',
        forms: ['ratio', 'bracketed-base'],
        verdict: 'match',
        computed: 1.3047,
        why: '83,5 / 64 = 1,3047 → 1,3',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gialai-2021-5m-credit (loans of 93.100 tỷ đồng at the end of May 2021, down 1,4 % on the end of 2020).
    id: 'gialai21-5m-year-end-base',
    doc: 'gialai-2021-5m-credit',
    text: 'Đến cuối tháng 5/2021, tổng dư nợ cho vay trên địa bàn ước đạt 93.100 tỷ đồng, giảm 1,4% so với cuối năm 2020.',
    claims: [
      implied(
        { kind: 'comparison', span: 'giảm 1,4%', indicator: 'tổng dư nợ cho vay trên địa bàn', period: '5T/2021', forms: ['percent-change'] },
        fig('1,4', 1.4, '%'),
        94421.91,
        '93.100 / 0,986 = 94.421,91 tỷ đồng at the end of 2020',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: backan-2018-h1 (value added of about 4.206.175 triệu đồng in the first half of 2018, 46,27 % of the plan).
    // "gia tăng" had been read as a rise of 4.206.175 triệu đồng.
    id: 'backan18-h1-value-added',
    doc: 'backan-2018-h1',
    text: 'Sáu tháng đầu năm 2018, tổng giá trị gia tăng trên địa bàn ước đạt khoảng 4.206.175 triệu đồng, bằng 46,27% kế hoạch năm.',
    claims: [
      implied(
        { kind: 'plan', span: 'bằng 46,27% kế hoạch năm', indicator: 'tổng giá trị gia tăng trên địa bàn', period: '6T/2018', forms: ['plan-estimate'] },
        fig('46,27', 46.27, '%'),
        9090501.4,
        '4.206.175 / 0,4627 = 9.090.501,4 triệu đồng',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-poverty-2006-2021 (Lai Châu's poverty rate, 58,2 % in 2006 and 27,9 % in 2021, "giảm đi 30,3%").
    id: 'gso-poverty-laichau-points',
    doc: 'gso-poverty-2006-2021',
    text: 'Tỷ lệ hộ nghèo của Lai Châu giảm từ 58,2% năm 2006 xuống 27,9% năm 2021, như vậy sau 16 năm đã giảm đi 30,3%.',
    claims: [
      {
        kind: 'comparison',
        span: 'giảm đi 30,3%',
        figure: fig('30,3', 30.3, '%'),
        indicator: 'Tỷ lệ hộ nghèo của Lai Châu',
        period: '2006-2021',
        forms: ['percent-change', 'points', 'from-to'],
        verdict: 'match_points',
        computed: 52.0619,
        why: '58,2 − 27,9 = 30,3 points; relative fall 1 − 27,9 / 58,2 = 52,06 %',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: hatinh-2021-8m (rice of 223.951 tấn, 105,21 % of the year before, up 11.106 tấn): 223.951 / 212.845 =
    // 105,218 %, cut to 105,21; the two changes agree.
    id: 'hatinh21-8m-index-and-amount',
    doc: 'hatinh-2021-8m',
    text: 'Tháng 8/2021, sản lượng lúa ước đạt 223.951 tấn, so với thực hiện cùng kỳ năm trước bằng 105,21% (tăng 11.106 tấn).',
    claims: [
      implied(
        { kind: 'index', span: 'bằng 105,21%', indicator: 'sản lượng lúa', period: 'T8/2021', forms: ['index', 'same-period'] },
        fig('105,21', 105.21, '%'),
        212860.94,
        '223.951 / 1,0521 = 212.860,94 tấn',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 11.106 tấn', indicator: 'sản lượng lúa', period: 'T8/2021', forms: ['absolute', 'bracketed-base'] },
        fig('11.106', 11106, 'tấn'),
        212845,
        '223.951 − 11.106 = 212.845 tấn',
      ),
    ],
    findings: [],
    quiet: [],
  },
];
