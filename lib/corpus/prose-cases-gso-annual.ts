import { fig, implied, part, rate } from './build';
import type { ProseCase } from './types';

/** National annual and quarterly releases of 2022-2023 (Tổng cục Thống kê). Our wording, the releases' figures. */
export const GSO_ANNUAL_CASES: readonly ProseCase[] = [
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
