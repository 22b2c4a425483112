import { fig, implied, part, rate } from './build';
import type { ProseCase } from './types';

/**
 * National releases of the General Statistics Office (Tổng cục Thống kê). Every sentence is our own wording; the
 * figures are the release's, and the source is the document named by `doc` (see documents.ts).
 */
export const GSO_CASES: readonly ProseCase[] = [
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
  {
    // Source: gso-2023-annual (Tổng cục Thống kê, 29/12/2023, via Nhân Dân). Real growth beside a nominal level.
    id: 'gso23-size',
    doc: 'gso-2023-annual',
    text: 'Năm 2023, GDP ước tăng 5,05% so với năm trước; quy mô nền kinh tế theo giá hiện hành đạt 10.221,8 nghìn tỷ đồng, tương đương 430 tỷ USD.',
    claims: [
      rate({ span: 'tăng 5,05% so với năm trước', indicator: 'GDP', period: '2023', forms: ['percent-change', 'price-basis'] }, '5,05', 5.05),
    ],
    findings: [],
    quiet: [{ situation: 'unit', why: '10.221,8 nghìn tỷ đồng and 430 tỷ USD are one level in two currencies, not two values' }],
  },
  {
    // Source: gso-2023-annual. "tăng 160 USD" with the later value printed: the 2022 value is implied.
    id: 'gso23-per-capita',
    doc: 'gso-2023-annual',
    text: 'GDP bình quân đầu người năm 2023 ước đạt 101,9 triệu đồng/người, tương đương 4.284 USD, tăng 160 USD so với năm 2022.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 160 USD so với năm 2022', indicator: 'GDP bình quân đầu người', period: '2023', forms: ['absolute', 'slash-unit'] },
        fig('160', 160, 'USD'),
        4124,
        '2022 = 4.284 − 160 = 4.124 USD',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-2023-annual. The 3,65% is a constant-price rate: it must not be checked against the USD levels.
    id: 'gso23-productivity',
    doc: 'gso-2023-annual',
    text:
      'Năng suất lao động toàn nền kinh tế năm 2023 đạt 199,3 triệu đồng/lao động (khoảng 8.380 USD/lao động, tăng 274 USD so với ' +
      'năm 2022); tính theo giá so sánh, năng suất lao động tăng 3,65%.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 274 USD so với năm 2022', indicator: 'năng suất lao động', period: '2023', forms: ['absolute', 'slash-unit'] },
        fig('274', 274, 'USD'),
        8106,
        '2022 = 8.380 − 274 = 8.106 USD/lao động',
      ),
      rate({ span: 'năng suất lao động tăng 3,65%', indicator: 'năng suất lao động (giá so sánh)', period: '2023', forms: ['percent-change', 'price-basis'] }, '3,65', 3.65),
    ],
    findings: [],
    quiet: [{ situation: 'direction', why: 'the real rate 3,65% is never compared with the nominal USD levels (8.106 → 8.380 would give 3,38%)' }],
  },
  {
    // Source: gso-2023-annual. Percentage points against the previous year.
    id: 'gso23-trained-labour',
    doc: 'gso-2023-annual',
    text: 'Tỷ lệ lao động qua đào tạo có bằng, chứng chỉ năm 2023 ước đạt 27%, cao hơn 0,6 điểm phần trăm so với năm 2022.',
    claims: [
      implied(
        { kind: 'comparison', span: 'cao hơn 0,6 điểm phần trăm so với năm 2022', indicator: 'tỷ lệ lao động qua đào tạo', period: '2023', forms: ['points', 'comparative-difference'] },
        fig('0,6', 0.6, 'điểm phần trăm'),
        26.4,
        '2022 = 27 − 0,6 = 26,4%',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-2023-annual. 11,96 + 37,12 + 42,54 + 8,38 = 100,00.
    id: 'gso23-structure',
    doc: 'gso-2023-annual',
    text:
      'Cơ cấu nền kinh tế năm 2023: khu vực nông, lâm nghiệp và thủy sản chiếm 11,96%; công nghiệp và xây dựng chiếm 37,12%; dịch vụ ' +
      'chiếm 42,54%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 8,38%.',
    claims: [
      part('share', { span: 'chiếm 11,96%', indicator: 'nông, lâm nghiệp và thủy sản', period: '2023' }, '11,96', 11.96),
      part('share', { span: 'chiếm 37,12%', indicator: 'công nghiệp và xây dựng', period: '2023' }, '37,12', 37.12),
      part('share', { span: 'chiếm 42,54%', indicator: 'dịch vụ', period: '2023' }, '42,54', 42.54),
      part('share', { span: 'chiếm 8,38%', indicator: 'thuế sản phẩm trừ trợ cấp sản phẩm', period: '2023' }, '8,38', 8.38),
    ],
    findings: [],
    quiet: [{ situation: 'shares', why: '11,96 + 37,12 + 42,54 + 8,38 = 100,00' }],
  },
  {
    // Source: gso-2023-annual (via VnEconomy). Fourth-quarter contributions 7,51 + 42,58 + 49,91 = 100,00.
    id: 'gso23q4-contributions',
    doc: 'gso-2023-annual',
    text:
      'GDP quý IV/2023 tăng 6,72%; trong đó khu vực nông, lâm nghiệp và thủy sản tăng 4,13%, đóng góp 7,51%; công nghiệp và xây ' +
      'dựng tăng 7,35%, đóng góp 42,58%; dịch vụ tăng 7,29%, đóng góp 49,91%.',
    claims: [
      rate({ span: 'tăng 6,72%', indicator: 'GDP', period: 'Q4/2023' }, '6,72', 6.72),
      rate({ span: 'tăng 4,13%', indicator: 'nông, lâm nghiệp và thủy sản', period: 'Q4/2023' }, '4,13', 4.13),
      part('contribution', { span: 'đóng góp 7,51%', indicator: 'nông, lâm nghiệp và thủy sản', period: 'Q4/2023' }, '7,51', 7.51),
      rate({ span: 'tăng 7,35%', indicator: 'công nghiệp và xây dựng', period: 'Q4/2023' }, '7,35', 7.35),
      part('contribution', { span: 'đóng góp 42,58%', indicator: 'công nghiệp và xây dựng', period: 'Q4/2023' }, '42,58', 42.58),
      rate({ span: 'tăng 7,29%', indicator: 'dịch vụ', period: 'Q4/2023' }, '7,29', 7.29),
      part('contribution', { span: 'đóng góp 49,91%', indicator: 'dịch vụ', period: 'Q4/2023' }, '49,91', 49.91),
    ],
    findings: [],
    quiet: [{ situation: 'contributions', why: '7,51 + 42,58 + 49,91 = 100,00' }],
  },
  {
    // Source: gso-2023-annual (via Mekong ASEAN). Contributions in points of three sub-sectors: a partial list.
    id: 'gso23-agri-points',
    doc: 'gso-2023-annual',
    text:
      'Năm 2023, giá trị tăng thêm ngành nông nghiệp tăng 3,88%, đóng góp 0,34 điểm phần trăm vào mức tăng chung; lâm nghiệp tăng ' +
      '3,74%, đóng góp 0,02 điểm phần trăm; thủy sản tăng 3,71%, đóng góp 0,1 điểm phần trăm.',
    claims: [
      rate({ span: 'tăng 3,88%', indicator: 'nông nghiệp', period: '2023' }, '3,88', 3.88),
      part('contribution', { span: 'đóng góp 0,34 điểm phần trăm', indicator: 'nông nghiệp', period: '2023' }, '0,34', 0.34, 'điểm phần trăm'),
      rate({ span: 'tăng 3,74%', indicator: 'lâm nghiệp', period: '2023' }, '3,74', 3.74),
      part('contribution', { span: 'đóng góp 0,02 điểm phần trăm', indicator: 'lâm nghiệp', period: '2023' }, '0,02', 0.02, 'điểm phần trăm'),
      rate({ span: 'tăng 3,71%', indicator: 'thủy sản', period: '2023' }, '3,71', 3.71),
      part('contribution', { span: 'đóng góp 0,1 điểm phần trăm', indicator: 'thủy sản', period: '2023' }, '0,1', 0.1, 'điểm phần trăm'),
    ],
    findings: [],
    quiet: [{ situation: 'contributions', why: 'three sub-sectors of one sector: no total growth is stated for them, so no sum to check' }],
  },
  {
    // Source: gso-2022-annual (Báo cáo số 331/BC-TCTK, 29/12/2022). Issue 12 pattern 9: never "from 4,7% to 5,17%".
    id: 'gso22q4-pairing',
    doc: 'gso-2022-annual',
    text: 'GDP quý IV/2022 ước tăng 5,92% so với cùng kỳ, cao hơn tốc độ tăng 4,7% và 5,17% của cùng kỳ năm 2020 và 2021.',
    claims: [
      rate({ span: 'tăng 5,92% so với cùng kỳ', indicator: 'GDP', period: 'Q4/2022', forms: ['percent-change', 'same-period'] }, '5,92', 5.92),
      rate({ span: 'tốc độ tăng 4,7%', indicator: 'GDP', period: 'Q4/2020', forms: ['percent-change', 'respectively', 'two-years'] }, '4,7', 4.7),
      rate({ span: '5,17%', indicator: 'GDP', period: 'Q4/2021', forms: ['percent-change', 'respectively', 'two-years'] }, '5,17', 5.17),
    ],
    findings: [],
    quiet: [{ situation: 'direction', why: '5,92 is above both 4,7 and 5,17; 4,7 and 5,17 are two years, not a change' }],
  },
  {
    // Source: gso-2022-annual. 5,11 + 38,24 + 56,65 = 100,00.
    id: 'gso22-contributions',
    doc: 'gso-2022-annual',
    text:
      'Cả năm 2022 GDP tăng 8,02%; trong mức tăng của tổng giá trị tăng thêm, khu vực nông, lâm nghiệp và thủy sản tăng 3,36% ' +
      '(đóng góp 5,11%), công nghiệp và xây dựng tăng 7,78% (đóng góp 38,24%), dịch vụ tăng 9,99% (đóng góp 56,65%).',
    claims: [
      rate({ span: 'GDP tăng 8,02%', indicator: 'GDP', period: '2022' }, '8,02', 8.02),
      rate({ span: 'tăng 3,36%', indicator: 'nông, lâm nghiệp và thủy sản', period: '2022' }, '3,36', 3.36),
      part('contribution', { span: 'đóng góp 5,11%', indicator: 'nông, lâm nghiệp và thủy sản', period: '2022' }, '5,11', 5.11),
      rate({ span: 'tăng 7,78%', indicator: 'công nghiệp và xây dựng', period: '2022' }, '7,78', 7.78),
      part('contribution', { span: 'đóng góp 38,24%', indicator: 'công nghiệp và xây dựng', period: '2022' }, '38,24', 38.24),
      rate({ span: 'tăng 9,99%', indicator: 'dịch vụ', period: '2022' }, '9,99', 9.99),
      part('contribution', { span: 'đóng góp 56,65%', indicator: 'dịch vụ', period: '2022' }, '56,65', 56.65),
    ],
    findings: [],
    quiet: [{ situation: 'contributions', why: '5,11 + 38,24 + 56,65 = 100,00' }],
  },
  {
    // Source: gso-2022-annual (via SGGP). Two absolute changes with the later value printed; a constant-price rate.
    id: 'gso22-per-capita',
    doc: 'gso-2022-annual',
    text:
      'GDP bình quân đầu người năm 2022 theo giá hiện hành ước đạt 95,6 triệu đồng/người, tương đương 4.110 USD, tăng 393 USD so với ' +
      'năm 2021; năng suất lao động đạt 188,1 triệu đồng/lao động (8.083 USD/lao động), tăng 622 USD, còn theo giá so sánh thì tăng 4,8%.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 393 USD so với năm 2021', indicator: 'GDP bình quân đầu người', period: '2022', forms: ['absolute', 'slash-unit'] },
        fig('393', 393, 'USD'),
        3717,
        '2021 = 4.110 − 393 = 3.717 USD',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 622 USD', indicator: 'năng suất lao động', period: '2022', forms: ['absolute', 'slash-unit'] },
        fig('622', 622, 'USD'),
        7461,
        '2021 = 8.083 − 622 = 7.461 USD/lao động',
      ),
      rate({ span: 'tăng 4,8%', indicator: 'năng suất lao động (giá so sánh)', period: '2022', forms: ['percent-change', 'price-basis'] }, '4,8', 4.8),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-2022-annual (via mpi.gov.vn). Industry for the year and for the fourth quarter.
    id: 'gso22-industry',
    doc: 'gso-2022-annual',
    text:
      'Năm 2022, giá trị tăng thêm ngành công nghiệp tăng 7,69% so với năm trước, trong đó công nghiệp chế biến, chế tạo tăng ' +
      '8,10%; riêng quý IV/2022, công nghiệp chỉ tăng 3,6% so với cùng kỳ năm trước.',
    claims: [
      rate({ span: 'tăng 7,69% so với năm trước', indicator: 'công nghiệp', period: '2022' }, '7,69', 7.69),
      rate({ span: 'tăng 8,10%', indicator: 'công nghiệp chế biến, chế tạo', period: '2022' }, '8,10', 8.1),
      rate({ span: 'tăng 3,6% so với cùng kỳ năm trước', indicator: 'công nghiệp', period: 'Q4/2022', forms: ['percent-change', 'same-period'] }, '3,6', 3.6),
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: '7,69 (year) and 3,6 (fourth quarter) are two periods' }],
  },
  {
    // Source: gso-2022-q1 (via Doanh nhân, 30/3/2022). 5,76 + 51,08 + 43,16 = 100,00.
    id: 'gso22q1-contributions',
    doc: 'gso-2022-q1',
    text:
      'GDP quý I/2022 tăng 5,03%; khu vực nông, lâm nghiệp và thủy sản tăng 2,45%, đóng góp 5,76% vào mức tăng chung; công nghiệp ' +
      'và xây dựng tăng 6,38%, đóng góp 51,08%; dịch vụ tăng 4,58%, đóng góp 43,16%.',
    claims: [
      rate({ span: 'tăng 5,03%', indicator: 'GDP', period: 'Q1/2022' }, '5,03', 5.03),
      rate({ span: 'tăng 2,45%', indicator: 'nông, lâm nghiệp và thủy sản', period: 'Q1/2022' }, '2,45', 2.45),
      part('contribution', { span: 'đóng góp 5,76%', indicator: 'nông, lâm nghiệp và thủy sản', period: 'Q1/2022' }, '5,76', 5.76),
      rate({ span: 'tăng 6,38%', indicator: 'công nghiệp và xây dựng', period: 'Q1/2022' }, '6,38', 6.38),
      part('contribution', { span: 'đóng góp 51,08%', indicator: 'công nghiệp và xây dựng', period: 'Q1/2022' }, '51,08', 51.08),
      rate({ span: 'tăng 4,58%', indicator: 'dịch vụ', period: 'Q1/2022' }, '4,58', 4.58),
      part('contribution', { span: 'đóng góp 43,16%', indicator: 'dịch vụ', period: 'Q1/2022' }, '43,16', 43.16),
    ],
    findings: [],
    quiet: [{ situation: 'contributions', why: '5,76 + 51,08 + 43,16 = 100,00' }],
  },
];
