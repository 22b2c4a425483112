import { part, rate } from './build';
import type { ProseCase } from './types';

/**
 * National releases of the General Statistics Office (Tổng cục Thống kê). Every sentence is our own wording; the
 * figures are the release's, and the source is the document named by `doc` (see documents.ts).
 */
export const GSO_CASES: readonly ProseCase[] = [
  {
    // Source: gso-2024-10-cpi (CPI of October 2024: +0,33% on the month, +2,89% on the year; transport +0,66%, the
    // largest; ten-month average +3,78%). Our sentences, with the press's "tháng 10-2024" and a base named before its change.
    id: 'gso24-10-cpi',
    doc: 'gso-2024-10-cpi',
    text:
      'Chỉ số giá tiêu dùng (CPI) tháng 10-2024 tăng 0,33% so với tháng trước, trong đó nhóm giao thông tăng mạnh nhất với 0,66%; ' +
      'so với cùng kỳ năm trước, CPI tăng 2,89%. Bình quân 10 tháng năm 2024, CPI tăng 3,78% so với cùng kỳ năm trước.',
    claims: [
      rate({ span: 'tăng 0,33%', indicator: 'Chỉ số giá tiêu dùng (CPI)', period: 'T10/2024', forms: ['percent-change', 'same-period'] }, '0,33', 0.33),
      rate({ span: 'tăng mạnh nhất với 0,66%', indicator: 'nhóm giao thông', period: 'T10/2024' }, '0,66', 0.66),
      rate({ span: 'tăng 2,89%', indicator: 'CPI', period: 'T10/2024', forms: ['percent-change', 'same-period'] }, '2,89', 2.89),
      rate({ span: 'tăng 3,78%', indicator: 'CPI', period: '10T/2024', forms: ['percent-change', 'same-period'] }, '3,78', 3.78),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-2023-q3 (Tổng cục Thống kê, 29/9/2023, via Tiền Phong / VTC).
    id: 'gso23q3-headline',
    doc: 'gso-2023-q3',
    text: 'Theo ước tính, GDP quý III/2023 tăng 5,33% so với cùng kỳ năm trước; cộng dồn 9 tháng năm 2023, GDP tăng 4,24% so với cùng kỳ.',
    claims: [
      rate({ span: 'tăng 5,33% so với cùng kỳ năm trước', indicator: 'GDP', period: 'Q3/2023', forms: ['percent-change', 'same-period'] }, '5,33', 5.33),
      rate({ span: 'tăng 4,24% so với cùng kỳ', indicator: 'GDP', period: '9T/2023', forms: ['percent-change', 'same-period'] }, '4,24', 4.24),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-2023-q3. The three quarters are three periods, not three values of one indicator.
    id: 'gso23q3-quarters',
    doc: 'gso-2023-q3',
    text: 'Tăng trưởng GDP năm 2023 đi lên qua từng quý: quý I tăng 3,28%, quý II tăng 4,05% và quý III tăng 5,33%.',
    claims: [
      rate({ span: 'quý I tăng 3,28%', indicator: 'GDP', period: 'Q1/2023' }, '3,28', 3.28),
      rate({ span: 'quý II tăng 4,05%', indicator: 'GDP', period: 'Q2/2023' }, '4,05', 4.05),
      rate({ span: 'quý III tăng 5,33%', indicator: 'GDP', period: 'Q3/2023' }, '5,33', 5.33),
    ],
    findings: [],
    quiet: [
      { situation: 'two-values', why: 'three quarters, three periods: no indicator-period pair is printed twice' },
      { situation: 'direction', why: '"đi lên" over 3,28 < 4,05 < 5,33 agrees with the values' },
    ],
  },
  {
    // Source: gso-2023-q3. "2,19% và 1,57% ... các năm 2020 và 2021" pairs in order (respectively); not a from-to.
    id: 'gso23q3-respectively-years',
    doc: 'gso-2023-q3',
    text: 'Mức tăng 4,24% của 9 tháng năm 2023 chỉ cao hơn tốc độ tăng 2,19% và 1,57% của 9 tháng các năm 2020 và 2021.',
    claims: [
      rate({ span: 'Mức tăng 4,24%', indicator: 'GDP', period: '9T/2023' }, '4,24', 4.24),
      rate({ span: 'tốc độ tăng 2,19%', indicator: 'GDP', period: '9T/2020', forms: ['percent-change', 'respectively', 'two-years'] }, '2,19', 2.19),
      rate({ span: '1,57%', indicator: 'GDP', period: '9T/2021', forms: ['percent-change', 'respectively', 'two-years'] }, '1,57', 1.57),
    ],
    findings: [],
    quiet: [
      { situation: 'direction', why: '4,24 is higher than both 2,19 and 1,57, as "cao hơn" says; 2,19 → 1,57 is no from-to statement' },
      { situation: 'two-values', why: '2,19 and 1,57 belong to 2020 and 2021 respectively' },
    ],
  },
  {
    // Source: gso-2023-q3. Contributions are shares of the growth and sum to 9,16 + 22,27 + 68,57 = 100,00.
    id: 'gso23q3-contributions',
    doc: 'gso-2023-q3',
    text:
      'Trong mức tăng của tổng giá trị tăng thêm 9 tháng, khu vực nông, lâm nghiệp và thủy sản tăng 3,43% và đóng góp 9,16%; ' +
      'khu vực công nghiệp và xây dựng tăng 2,41%, đóng góp 22,27%; khu vực dịch vụ tăng 6,32%, đóng góp 68,57%.',
    claims: [
      rate({ span: 'tăng 3,43%', indicator: 'nông, lâm nghiệp và thủy sản', period: '9T/2023' }, '3,43', 3.43),
      part('contribution', { span: 'đóng góp 9,16%', indicator: 'nông, lâm nghiệp và thủy sản', period: '9T/2023' }, '9,16', 9.16),
      rate({ span: 'tăng 2,41%', indicator: 'công nghiệp và xây dựng', period: '9T/2023' }, '2,41', 2.41),
      part('contribution', { span: 'đóng góp 22,27%', indicator: 'công nghiệp và xây dựng', period: '9T/2023' }, '22,27', 22.27),
      rate({ span: 'tăng 6,32%', indicator: 'dịch vụ', period: '9T/2023' }, '6,32', 6.32),
      part('contribution', { span: 'đóng góp 68,57%', indicator: 'dịch vụ', period: '9T/2023' }, '68,57', 68.57),
    ],
    findings: [],
    quiet: [{ situation: 'contributions', why: '9,16 + 22,27 + 68,57 = 100,00, within ±0,015' }],
  },
  {
    // Source: gso-2023-q3 as printed by Tiền Phong. REAL inconsistency: 259,67 + 237,99 = 497,66, not 494,66.
    id: 'gso23q3-trade-total',
    doc: 'gso-2023-q3',
    text:
      'Chín tháng đầu năm 2023, tổng kim ngạch xuất nhập khẩu hàng hóa ước đạt 494,66 tỷ USD, gồm xuất khẩu 259,67 tỷ USD và ' +
      'nhập khẩu 237,99 tỷ USD; cán cân thương mại xuất siêu 21,68 tỷ USD.',
    claims: [],
    findings: [
      {
        situation: 'parts-total',
        severity: 'error',
        spans: ['494,66 tỷ USD', '259,67 tỷ USD', '237,99 tỷ USD'],
        computed: 497.66,
        why: '259,67 + 237,99 = 497,66 ∉ [494,655; 494,665] widened by the parts\' ±0,01: gap 3,00 tỷ USD',
        planted: false,
      },
    ],
    quiet: [{ situation: 'parts-total', why: 'the balance 259,67 − 237,99 = 21,68 agrees exactly' }],
  },
  {
    // Source: gso-2023-q3. Four bases: previous month, December, same month last year, nine-month average.
    id: 'gso23q3-cpi',
    doc: 'gso-2023-q3',
    text:
      'Chỉ số giá tiêu dùng tháng 9/2023 tăng 1,08% so với tháng trước, tăng 3,12% so với tháng 12/2022 và tăng 3,66% so với ' +
      'cùng kỳ năm trước; bình quân 9 tháng, CPI tăng 3,16%.',
    claims: [
      rate({ span: 'tăng 1,08% so với tháng trước', indicator: 'CPI', period: 'T9/2023' }, '1,08', 1.08),
      rate({ span: 'tăng 3,12% so với tháng 12/2022', indicator: 'CPI', period: 'T9/2023' }, '3,12', 3.12),
      rate({ span: 'tăng 3,66% so với cùng kỳ năm trước', indicator: 'CPI', period: 'T9/2023', forms: ['percent-change', 'same-period'] }, '3,66', 3.66),
      rate({ span: 'CPI tăng 3,16%', indicator: 'CPI bình quân', period: '9T/2023' }, '3,16', 3.16),
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: 'one month against four different bases: four different comparisons, no conflict' }],
  },
  {
    // Source: gso-2023-q3. Market services, budget revenue and spending for nine months.
    id: 'gso23q3-services',
    doc: 'gso-2023-q3',
    text:
      'Chín tháng năm 2023, bán buôn và bán lẻ tăng 8,04% so với cùng kỳ; vận tải, kho bãi tăng 8,66%; tài chính, ngân hàng và ' +
      'bảo hiểm tăng 6,91%; lưu trú và ăn uống tăng 13,17%. Thu ngân sách nhà nước ước giảm 8,3%, còn chi ngân sách ước tăng 14,1%.',
    claims: [
      rate({ span: 'tăng 8,04% so với cùng kỳ', indicator: 'bán buôn và bán lẻ', period: '9T/2023', forms: ['percent-change', 'same-period'] }, '8,04', 8.04),
      rate({ span: 'tăng 8,66%', indicator: 'vận tải, kho bãi', period: '9T/2023' }, '8,66', 8.66),
      rate({ span: 'tăng 6,91%', indicator: 'tài chính, ngân hàng và bảo hiểm', period: '9T/2023' }, '6,91', 6.91),
      rate({ span: 'tăng 13,17%', indicator: 'lưu trú và ăn uống', period: '9T/2023' }, '13,17', 13.17),
      rate({ span: 'giảm 8,3%', indicator: 'thu ngân sách nhà nước', period: '9T/2023' }, '8,3', 8.3),
      rate({ span: 'tăng 14,1%', indicator: 'chi ngân sách', period: '9T/2023' }, '14,1', 14.1),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-2023-q1 (Tổng cục Thống kê, via CafeBiz 6/4/2023). Industry "làm giảm 4,76%": a negative contribution.
    id: 'gso23q1-contributions-negative',
    doc: 'gso-2023-q1',
    text:
      'Quý I/2023, khu vực nông, lâm nghiệp và thủy sản tăng 2,52%, đóng góp 8,85% vào mức tăng chung; khu vực công nghiệp và ' +
      'xây dựng giảm 0,4%, làm giảm 4,76%; khu vực dịch vụ tăng 6,79%, đóng góp 95,91%.',
    claims: [
      rate({ span: 'tăng 2,52%', indicator: 'nông, lâm nghiệp và thủy sản', period: 'Q1/2023' }, '2,52', 2.52),
      part('contribution', { span: 'đóng góp 8,85%', indicator: 'nông, lâm nghiệp và thủy sản', period: 'Q1/2023' }, '8,85', 8.85),
      rate({ span: 'giảm 0,4%', indicator: 'công nghiệp và xây dựng', period: 'Q1/2023' }, '0,4', 0.4),
      part('contribution', { span: 'làm giảm 4,76%', indicator: 'công nghiệp và xây dựng', period: 'Q1/2023' }, '4,76', 4.76),
      rate({ span: 'tăng 6,79%', indicator: 'dịch vụ', period: 'Q1/2023' }, '6,79', 6.79),
      part('contribution', { span: 'đóng góp 95,91%', indicator: 'dịch vụ', period: 'Q1/2023' }, '95,91', 95.91),
    ],
    findings: [],
    quiet: [{ situation: 'contributions', why: '8,85 − 4,76 + 95,91 = 100,00: the negative contribution counts negatively' }],
  },
  {
    // Source: gso-2023-q1. One list for 2023, a bracketed "tương ứng" list for the same quarter of 2022.
    id: 'gso23q1-structure-respectively',
    doc: 'gso-2023-q1',
    text:
      'Cơ cấu kinh tế quý I/2023: nông, lâm nghiệp và thủy sản chiếm 11,66%; công nghiệp và xây dựng 35,47%; dịch vụ 43,65%; thuế ' +
      'sản phẩm trừ trợ cấp sản phẩm 9,22% (cùng kỳ năm 2022 tương ứng là 11,57%; 37,08%; 42,06%; 9,29%).',
    claims: [
      part('share', { span: 'chiếm 11,66%', indicator: 'nông, lâm nghiệp và thủy sản', period: 'Q1/2023' }, '11,66', 11.66),
      part('share', { span: '35,47%', indicator: 'công nghiệp và xây dựng', period: 'Q1/2023' }, '35,47', 35.47),
      part('share', { span: '43,65%', indicator: 'dịch vụ', period: 'Q1/2023' }, '43,65', 43.65),
      part('share', { span: '9,22%', indicator: 'thuế sản phẩm trừ trợ cấp sản phẩm', period: 'Q1/2023' }, '9,22', 9.22),
      part('share', { span: '11,57%', indicator: 'nông, lâm nghiệp và thủy sản', period: 'Q1/2022', forms: ['share', 'respectively', 'same-period'] }, '11,57', 11.57),
      part('share', { span: '37,08%', indicator: 'công nghiệp và xây dựng', period: 'Q1/2022', forms: ['share', 'respectively', 'same-period'] }, '37,08', 37.08),
      part('share', { span: '42,06%', indicator: 'dịch vụ', period: 'Q1/2022', forms: ['share', 'respectively', 'same-period'] }, '42,06', 42.06),
      part('share', { span: '9,29%', indicator: 'thuế sản phẩm trừ trợ cấp sản phẩm', period: 'Q1/2022', forms: ['share', 'respectively', 'same-period'] }, '9,29', 9.29),
    ],
    findings: [],
    quiet: [
      { situation: 'shares', why: '2023: 11,66 + 35,47 + 43,65 + 9,22 = 100,00; 2022: 11,57 + 37,08 + 42,06 + 9,29 = 100,00' },
      { situation: 'two-values', why: 'the bracketed list is the same quarter of 2022, paired in order: never a second value for 2023' },
    ],
  },
  {
    // Source: gso-2023-q1. Use of GDP: contributions of demand components sum to 46,11 + 0,14 + 53,75 = 100,00.
    id: 'gso23q1-use-of-gdp',
    doc: 'gso-2023-q1',
    text:
      'Về sử dụng GDP quý I/2023, tiêu dùng cuối cùng tăng 3,01% và đóng góp 46,11%; tích lũy tài sản tăng 0,02%, đóng góp 0,14%; ' +
      'xuất khẩu hàng hóa và dịch vụ giảm 8,33%, nhập khẩu giảm 10,52%, còn chênh lệch xuất nhập khẩu đóng góp 53,75%.',
    claims: [
      rate({ span: 'tăng 3,01%', indicator: 'tiêu dùng cuối cùng', period: 'Q1/2023' }, '3,01', 3.01),
      part('contribution', { span: 'đóng góp 46,11%', indicator: 'tiêu dùng cuối cùng', period: 'Q1/2023' }, '46,11', 46.11),
      rate({ span: 'tăng 0,02%', indicator: 'tích lũy tài sản', period: 'Q1/2023' }, '0,02', 0.02),
      part('contribution', { span: 'đóng góp 0,14%', indicator: 'tích lũy tài sản', period: 'Q1/2023' }, '0,14', 0.14),
      rate({ span: 'giảm 8,33%', indicator: 'xuất khẩu hàng hóa và dịch vụ', period: 'Q1/2023' }, '8,33', 8.33),
      rate({ span: 'giảm 10,52%', indicator: 'nhập khẩu hàng hóa và dịch vụ', period: 'Q1/2023' }, '10,52', 10.52),
      part('contribution', { span: 'đóng góp 53,75%', indicator: 'chênh lệch xuất nhập khẩu', period: 'Q1/2023' }, '53,75', 53.75),
    ],
    findings: [],
    quiet: [{ situation: 'contributions', why: '46,11 + 0,14 + 53,75 = 100,00' }],
  },
  {
    // Source: gso-2023-q1. "giai đoạn 2011-2023" is a span of years, not a claim.
    id: 'gso23q1-headline',
    doc: 'gso-2023-q1',
    text: 'GDP quý I/2023 ước tăng 3,32% so với cùng kỳ năm trước, chỉ cao hơn mức tăng 3,21% của quý I/2020 trong giai đoạn 2011-2023.',
    claims: [
      rate({ span: 'tăng 3,32% so với cùng kỳ năm trước', indicator: 'GDP', period: 'Q1/2023', forms: ['percent-change', 'same-period'] }, '3,32', 3.32),
      rate({ span: 'mức tăng 3,21%', indicator: 'GDP', period: 'Q1/2020' }, '3,21', 3.21),
    ],
    findings: [],
    quiet: [{ situation: 'direction', why: '3,32 > 3,21 as "cao hơn" says' }],
  },
];
