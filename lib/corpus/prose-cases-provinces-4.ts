import { fig, implied, part, rate } from './build';
import type { ProseCase } from './types';

/**
 * Releases read in the stop of 5 December 2026: contributions printed after what they go to or said strongly, the
 * year before in brackets, sectors written with a comma, growth said as such. Our wording, the documents' figures.
 */
export const PROVINCE_CASES_4: readonly ProseCase[] = [
  {
    // Source: kiengiang-2015-9m (GRDP of 9 months of 2015 at 2010 prices, 54.141,99 tỷ đồng, +9,43 %; agriculture
    // +4,65 %, 1,94 points (2014: +7,09 %, 2,98 points); industry and construction +11,14 %, 2,58 points (2014: +9,12 %,
    // 2,04 points)). "đóng góp cho tăng trưởng chung 1,94 điểm %" was a level named "đóng góp cho tăng trưởng chung",
    // and the two sectors' 2014 contributions gave a false conflicting-values error.
    id: 'kiengiang15-9m-contributions-after-object',
    doc: 'kiengiang-2015-9m',
    text:
      'Ước 9 tháng năm 2015, GRDP toàn tỉnh theo giá so sánh 2010 đạt 54.141,99 tỷ đồng, tăng 9,43% so với cùng kỳ năm ' +
      '2014. Trong đó khu vực nông, lâm nghiệp, thủy sản tăng 4,65% và đóng góp cho tăng trưởng chung 1,94 điểm % (cùng ' +
      'kỳ năm 2014: tăng 7,09%, đóng góp cho tăng trưởng chung 2,98 điểm %); khu vực công nghiệp, xây dựng tăng 11,14% ' +
      'và đóng góp cho tăng trưởng chung 2,58 điểm % (cùng kỳ năm 2014: tăng 9,12%, đóng góp cho tăng trưởng chung 2,04 ' +
      'điểm %).',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 9,43% so với cùng kỳ năm 2014', indicator: 'GRDP', period: '9T/2015', forms: ['percent-change', 'same-period'] },
        fig('9,43', 9.43, '%'),
        49476.37,
        '54.141,99 / 1,0943 = 49.476,37 tỷ đồng in 9 months of 2014',
      ),
      rate({ span: 'tăng 4,65%', indicator: 'khu vực nông, lâm nghiệp, thủy sản', period: '9T/2015' }, '4,65', 4.65),
      part('contribution', { span: 'đóng góp cho tăng trưởng chung 1,94 điểm %', indicator: 'khu vực nông, lâm nghiệp, thủy sản', period: '9T/2015' }, '1,94', 1.94, 'điểm phần trăm'),
      rate({ span: 'tăng 7,09%', indicator: 'khu vực nông, lâm nghiệp, thủy sản', period: '9T/2014' }, '7,09', 7.09),
      part('contribution', { span: 'đóng góp cho tăng trưởng chung 2,98 điểm %', indicator: 'khu vực nông, lâm nghiệp, thủy sản', period: '9T/2014' }, '2,98', 2.98, 'điểm phần trăm'),
      rate({ span: 'tăng 11,14%', indicator: 'khu vực công nghiệp, xây dựng', period: '9T/2015' }, '11,14', 11.14),
      part('contribution', { span: 'đóng góp cho tăng trưởng chung 2,58 điểm %', indicator: 'khu vực công nghiệp, xây dựng', period: '9T/2015' }, '2,58', 2.58, 'điểm phần trăm'),
      rate({ span: 'tăng 9,12%', indicator: 'khu vực công nghiệp, xây dựng', period: '9T/2014' }, '9,12', 9.12),
      part('contribution', { span: 'đóng góp cho tăng trưởng chung 2,04 điểm %', indicator: 'khu vực công nghiệp, xây dựng', period: '9T/2014' }, '2,04', 2.04, 'điểm phần trăm'),
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: 'each contribution is of its own sector and year: 1,94 and 2,58 points are two sectors, not two values of one' }],
  },
  {
    // PLANTED from gso-2005-h1 (GDP of the first half of 2005 +7,63 %: industry and construction 3,68 points, services
    // 3,07, agriculture 0,88; services grew 7,6 % and agriculture 4,23 %). Planted: industry's 3,68 written 3,86, said
    // strongly ("đóng góp tới"), which was not read, so the sum went unchecked; growth said as "tăng trưởng" was a level.
    id: 'planted-gso05h1-contribution-said-strongly',
    doc: 'constructed',
    text:
      'Sáu tháng đầu năm 2005, GDP tăng 7,63% so với cùng kỳ năm trước, trong đó công nghiệp, xây dựng đóng góp tới 3,86 ' +
      'điểm phần trăm, dịch vụ đóng góp 3,07 điểm phần trăm và nông, lâm nghiệp, thủy sản đóng góp 0,88 điểm phần trăm. ' +
      'Sáu tháng đầu năm 2005, khu vực dịch vụ tăng trưởng 7,6% và khu vực nông, lâm nghiệp, thủy sản tăng trưởng 4,23% ' +
      'so với cùng kỳ năm 2004.',
    claims: [
      rate({ span: 'tăng 7,63% so với cùng kỳ năm trước', indicator: 'GDP', period: '6T/2005', forms: ['percent-change', 'same-period'] }, '7,63', 7.63),
      part('contribution', { span: 'đóng góp tới 3,86 điểm phần trăm', indicator: 'công nghiệp, xây dựng', period: '6T/2005' }, '3,86', 3.86, 'điểm phần trăm'),
      part('contribution', { span: 'đóng góp 3,07 điểm phần trăm', indicator: 'dịch vụ', period: '6T/2005' }, '3,07', 3.07, 'điểm phần trăm'),
      part('contribution', { span: 'đóng góp 0,88 điểm phần trăm', indicator: 'nông, lâm nghiệp, thủy sản', period: '6T/2005' }, '0,88', 0.88, 'điểm phần trăm'),
      rate({ span: 'tăng trưởng 7,6%', indicator: 'khu vực dịch vụ', period: '6T/2005' }, '7,6', 7.6),
      rate({ span: 'tăng trưởng 4,23% so với cùng kỳ năm 2004', indicator: 'khu vực nông, lâm nghiệp, thủy sản', period: '6T/2005' }, '4,23', 4.23),
    ],
    findings: [
      {
        situation: 'contributions',
        severity: 'error',
        spans: ['tăng 7,63% so với cùng kỳ năm trước', 'đóng góp tới 3,86 điểm phần trăm', 'đóng góp 3,07 điểm phần trăm', 'đóng góp 0,88 điểm phần trăm'],
        computed: 7.81,
        why: '3,86 + 3,07 + 0,88 = 7,81 points against a stated 7,63% (tolerance ±0,02)',
        planted: true,
      },
    ],
    quiet: [],
  },
];
