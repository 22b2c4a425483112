import { fig, implied, part, rate } from './build';
import type { ProseCase } from './types';

/**
 * Releases read in the second stop of 5 December 2026: a price base outside brackets, the growth named in % before its
 * contributions, a comparison's base before a colon, indices that carry the base of the first. Our wording, the
 * documents' figures.
 */
export const PROVINCE_CASES_5: readonly ProseCase[] = [
  {
    // Source: thanhhoa-2016-q1 (GRDP of the first quarter of 2016 at 2010 prices +8,01 %; agriculture +2,01 %, industry
    // and construction +11,51 %; contributions 0,35 + 5,43 + 1,90 + 0,33 = 8,01 points). "theo giá so sánh năm 2010"
    // named the rates and dated them 2010; "Trong 8,01% tăng trưởng" was no total for the contributions.
    id: 'thanhhoa16-q1-price-base-and-growth-in-percent',
    doc: 'thanhhoa-2016-q1',
    text:
      'Tổng sản phẩm trên địa bàn tỉnh (GRDP) quý I/2016 theo giá so sánh năm 2010 ước tăng 8,01% so với cùng kỳ; ngành ' +
      'nông, lâm nghiệp và thủy sản tăng 2,01%, ngành công nghiệp, xây dựng tăng 11,51%. Trong 8,01% tăng trưởng của quý ' +
      'I/2016, ngành nông, lâm nghiệp và thủy sản đóng góp 0,35 điểm phần trăm; ngành công nghiệp, xây dựng đóng góp 5,43 ' +
      'điểm phần trăm; các ngành dịch vụ đóng góp 1,90 điểm phần trăm; thuế sản phẩm trừ trợ cấp đóng góp 0,33 điểm phần trăm.',
    claims: [
      rate({ span: 'tăng 8,01% so với cùng kỳ', indicator: 'Tổng sản phẩm trên địa bàn tỉnh (GRDP)', period: 'Q1/2016', forms: ['percent-change', 'same-period'] }, '8,01', 8.01),
      rate({ span: 'tăng 2,01%', indicator: 'ngành nông, lâm nghiệp và thủy sản', period: 'Q1/2016' }, '2,01', 2.01),
      rate({ span: 'tăng 11,51%', indicator: 'ngành công nghiệp, xây dựng', period: 'Q1/2016' }, '11,51', 11.51),
      part('contribution', { span: 'đóng góp 0,35 điểm phần trăm', indicator: 'ngành nông, lâm nghiệp và thủy sản', period: 'Q1/2016' }, '0,35', 0.35, 'điểm phần trăm'),
      part('contribution', { span: 'đóng góp 5,43 điểm phần trăm', indicator: 'ngành công nghiệp, xây dựng', period: 'Q1/2016' }, '5,43', 5.43, 'điểm phần trăm'),
      part('contribution', { span: 'đóng góp 1,90 điểm phần trăm', indicator: 'các ngành dịch vụ', period: 'Q1/2016' }, '1,90', 1.9, 'điểm phần trăm'),
      part('contribution', { span: 'đóng góp 0,33 điểm phần trăm', indicator: 'thuế sản phẩm trừ trợ cấp', period: 'Q1/2016' }, '0,33', 0.33, 'điểm phần trăm'),
    ],
    findings: [],
    quiet: [{ situation: 'contributions', why: '0,35 + 5,43 + 1,90 + 0,33 = 8,01 points, the growth the sentence names in %' }],
  },
  {
    // PLANTED from thanhhoa-2016-q1: the taxes' 0,33 points written 0,53, so the contributions add up to 8,21 points
    // against the 8,01% growth the sentence names; the sum went unchecked while the growth was named in % only.
    id: 'planted-thanhhoa16-q1-contribution-over-growth',
    doc: 'constructed',
    text:
      'Trong 8,01% tăng trưởng của quý I/2016, ngành nông, lâm nghiệp và thủy sản đóng góp 0,35 điểm phần trăm; ngành công ' +
      'nghiệp, xây dựng đóng góp 5,43 điểm phần trăm; các ngành dịch vụ đóng góp 1,90 điểm phần trăm; thuế sản phẩm trừ trợ ' +
      'cấp đóng góp 0,53 điểm phần trăm.',
    claims: [
      part('contribution', { span: 'đóng góp 0,35 điểm phần trăm', indicator: 'ngành nông, lâm nghiệp và thủy sản', period: 'Q1/2016' }, '0,35', 0.35, 'điểm phần trăm'),
      part('contribution', { span: 'đóng góp 5,43 điểm phần trăm', indicator: 'ngành công nghiệp, xây dựng', period: 'Q1/2016' }, '5,43', 5.43, 'điểm phần trăm'),
      part('contribution', { span: 'đóng góp 1,90 điểm phần trăm', indicator: 'các ngành dịch vụ', period: 'Q1/2016' }, '1,90', 1.9, 'điểm phần trăm'),
      part('contribution', { span: 'đóng góp 0,53 điểm phần trăm', indicator: 'thuế sản phẩm trừ trợ cấp', period: 'Q1/2016' }, '0,53', 0.53, 'điểm phần trăm'),
    ],
    findings: [
      {
        situation: 'contributions',
        severity: 'error',
        spans: ['8,01%', 'đóng góp 0,35 điểm phần trăm', 'đóng góp 5,43 điểm phần trăm', 'đóng góp 1,90 điểm phần trăm', 'đóng góp 0,53 điểm phần trăm'],
        computed: 8.21,
        why: '0,35 + 5,43 + 1,90 + 0,53 = 8,21 points against a stated 8,01% (tolerance ±0,025)',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // Source: laocai-2022-6m (first quarter of 2022 against the same quarter of 2021: agriculture +2,75 %, industry and
    // construction +3,52 %, services +6,16 %). The base year before the colon dated the three rates 2021.
    id: 'laocai22-q1-base-before-colon',
    doc: 'laocai-2022-6m',
    text:
      'Quý I năm 2022, tốc độ tăng GRDP của các khu vực so với cùng kỳ năm 2021 còn thấp: khu vực nông, lâm nghiệp và thủy ' +
      'sản tăng 2,75%; khu vực công nghiệp và xây dựng tăng 3,52%; khu vực dịch vụ tăng 6,16%.',
    claims: [
      rate({ span: 'tăng 2,75%', indicator: 'khu vực nông, lâm nghiệp và thủy sản', period: 'Q1/2022' }, '2,75', 2.75),
      rate({ span: 'tăng 3,52%', indicator: 'khu vực công nghiệp và xây dựng', period: 'Q1/2022' }, '3,52', 3.52),
      rate({ span: 'tăng 6,16%', indicator: 'khu vực dịch vụ', period: 'Q1/2022' }, '6,16', 6.16),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-2019-h1-farming (winter–spring rice of 2019: 3.123,9 thousand ha, 100,7 % of the year before; the
    // north 1.117,1 and 99,1 %, the south 2.006,8 and 101,6 %). The later two indices were levels in %.
    id: 'gso19-h1-rice-indices-carry-their-base',
    doc: 'gso-2019-h1-farming',
    text:
      'Năm 2019, diện tích gieo cấy lúa đông xuân cả nước đạt 3.123,9 nghìn ha, bằng 100,7% cùng kỳ năm trước, trong đó ' +
      'các địa phương phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%; các địa phương phía Nam đạt 2.006,8 nghìn ha, bằng 101,6%.',
    claims: [
      implied(
        { kind: 'index', span: 'bằng 100,7% cùng kỳ năm trước', indicator: 'diện tích gieo cấy lúa đông xuân cả nước', period: '2019', forms: ['index', 'same-period'] },
        fig('100,7', 100.7, '%'),
        3102.2,
        '3.123,9 / 1,007 = 3.102,2 nghìn ha in 2018',
      ),
      implied(
        { kind: 'index', span: 'bằng 99,1%', indicator: 'các địa phương phía Bắc', period: '2019', forms: ['index'] },
        fig('99,1', 99.1, '%'),
        1127.2,
        '1.117,1 / 0,991 = 1.127,2 nghìn ha in 2018',
      ),
      implied(
        { kind: 'index', span: 'bằng 101,6%', indicator: 'các địa phương phía Nam', period: '2019', forms: ['index'] },
        fig('101,6', 101.6, '%'),
        1975.2,
        '2.006,8 / 1,016 = 1.975,2 nghìn ha in 2018',
      ),
    ],
    findings: [],
    quiet: [],
  },
];
