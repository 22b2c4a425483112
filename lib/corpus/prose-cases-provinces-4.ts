import { fig, implied, part, rate } from './build';
import type { ProseCase } from './types';

/**
 * Provincial releases read in the stop of 5 December 2026: contributions printed after what they go to, the year
 * before in brackets, sectors written with a comma. Our wording, the documents' figures.
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
];
