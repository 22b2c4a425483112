import { fig, rangeFig } from './build';
import type { ProseCase } from './types';

/**
 * Constructed cases. Two families, each marked in its comment:
 * - PLANTED: a real document's figures with one figure altered on purpose, so that the text is inconsistent; the
 *   finding is `planted: true`.
 * - FORM: a §2b form that none of the documents found prints in this exact shape (compound amounts, bracketed signs,
 *   "tốc độ phát triển", ranges with values); the figures are real where a source is named, otherwise invented and
 *   consistent.
 */
export const PLANTED_CASES: readonly ProseCase[] = [
  {
    // PLANTED from gso-2022-q1: the services contribution 2,17 points (43,16% of 5,03) is written 2,71.
    id: 'planted-contributions',
    doc: 'constructed',
    text:
      'Quý I/2022, GDP tăng 5,03%, trong đó nông, lâm nghiệp và thủy sản đóng góp 0,29 điểm phần trăm, công nghiệp và xây dựng đóng ' +
      'góp 2,57 điểm phần trăm và dịch vụ đóng góp 2,71 điểm phần trăm.',
    claims: [
      { kind: 'comparison', span: 'GDP tăng 5,03%', figure: fig('5,03', 5.03, '%'), indicator: 'GDP', period: 'Q1/2022', forms: ['percent-change'], verdict: 'not_computable', computed: null, why: 'no values printed' },
      { kind: 'contribution', span: 'đóng góp 0,29 điểm phần trăm', figure: fig('0,29', 0.29, 'điểm phần trăm'), indicator: 'nông, lâm nghiệp và thủy sản', period: 'Q1/2022', forms: ['contribution'], verdict: 'none', computed: null, why: 'a part of the growth' },
      { kind: 'contribution', span: 'góp 2,57 điểm phần trăm', figure: fig('2,57', 2.57, 'điểm phần trăm'), indicator: 'công nghiệp và xây dựng', period: 'Q1/2022', forms: ['contribution'], verdict: 'none', computed: null, why: 'a part of the growth' },
      { kind: 'contribution', span: 'đóng góp 2,71 điểm phần trăm', figure: fig('2,71', 2.71, 'điểm phần trăm'), indicator: 'dịch vụ', period: 'Q1/2022', forms: ['contribution'], verdict: 'none', computed: null, why: 'a part of the growth' },
    ],
    findings: [
      {
        situation: 'contributions',
        severity: 'error',
        spans: ['GDP tăng 5,03%', '0,29 điểm phần trăm', '2,57 điểm phần trăm', '2,71 điểm phần trăm'],
        computed: 5.57,
        why: '0,29 + 2,57 + 2,71 = 5,57 points against a stated 5,03% (tolerance ±0,02)',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // PLANTED from census-2019: the total 96.208.984 is written 96.280.984 (digits swapped).
    id: 'planted-parts-total',
    doc: 'constructed',
    text: 'Tổng số dân năm 2019 là 96.280.984 người, trong đó nam 47.881.061 người và nữ 48.327.923 người.',
    claims: [],
    findings: [
      {
        situation: 'parts-total',
        severity: 'error',
        spans: ['96.280.984 người', '47.881.061 người', '48.327.923 người'],
        computed: 96208984,
        why: '47.881.061 + 48.327.923 = 96.208.984 ≠ 96.280.984 (gap 72.000)',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // PLANTED from hungyen-yearbook-2022: the 2013 total 33.927.875 is written 33.972.875.
    id: 'planted-sector-total',
    doc: 'constructed',
    text:
      'Năm 2013, GRDP theo giá so sánh 2010 đạt 33.972.875 triệu đồng, gồm nông, lâm nghiệp và thủy sản 4.897.433 triệu đồng, công ' +
      'nghiệp và xây dựng 17.986.819 triệu đồng, dịch vụ 8.974.665 triệu đồng và thuế sản phẩm trừ trợ cấp sản phẩm 2.068.959 triệu đồng.',
    claims: [],
    findings: [
      {
        situation: 'parts-total',
        severity: 'error',
        spans: ['33.972.875 triệu đồng', '4.897.433 triệu đồng', '2.068.959 triệu đồng'],
        computed: 33927876,
        why: 'the parts sum to 33.927.876, 44.999 below the printed total',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // PLANTED from census-2019: "tăng ... lên" turned into "giảm ... xuống" over rising values.
    id: 'planted-direction',
    doc: 'constructed',
    text: 'Mật độ dân số cả nước giảm từ 259 người/km2 năm 2009 xuống 290 người/km2 năm 2019.',
    claims: [
      {
        kind: 'from-to',
        span: 'giảm từ 259 người/km2 năm 2009 xuống 290 người/km2 năm 2019',
        figure: fig('290', 290, 'người/km2'),
        indicator: 'mật độ dân số',
        period: '2009-2019',
        forms: ['from-to', 'slash-unit'],
        verdict: 'wrong_direction',
        computed: null,
        why: '259 → 290 rises; the text says "giảm"',
      },
    ],
    findings: [
      {
        situation: 'direction',
        severity: 'error',
        spans: ['giảm từ 259 người/km2 năm 2009 xuống 290 người/km2 năm 2019'],
        computed: 31,
        why: '290 − 259 = +31 người/km2 against the word "giảm"',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // PLANTED (invented consistent levels): the 2020 level reached from 2015 at 11,23%/năm is printed as 15,8%/năm.
    id: 'planted-average-total',
    doc: 'constructed',
    text: 'Thu ngân sách của tỉnh tăng từ 10.200 tỷ đồng năm 2015 lên 17.363 tỷ đồng năm 2020, bình quân tăng 15,8%/năm.',
    claims: [
      {
        kind: 'from-to',
        span: 'tăng từ 10.200 tỷ đồng năm 2015 lên 17.363 tỷ đồng năm 2020',
        figure: fig('17.363', 17363, 'tỷ đồng'),
        indicator: 'thu ngân sách',
        period: '2015-2020',
        forms: ['from-to'],
        verdict: 'match',
        computed: null,
        why: '10.200 → 17.363 rises',
      },
      {
        kind: 'average-annual',
        span: 'bình quân tăng 15,8%/năm',
        figure: fig('15,8', 15.8, '%/năm'),
        indicator: 'thu ngân sách',
        period: '2015-2020',
        forms: ['average-annual'],
        verdict: 'mismatch',
        computed: 11.23,
        why: '(17.363 / 10.200)^(1/5) − 1 = 11,23%/năm, not 15,8',
      },
    ],
    findings: [
      {
        situation: 'average-total',
        severity: 'error',
        spans: ['bình quân tăng 15,8%/năm', 'tăng từ 10.200 tỷ đồng năm 2015 lên 17.363 tỷ đồng năm 2020'],
        computed: 11.23,
        why: 'the average rate implies 10.200 × 1,158^5 = 21.263 tỷ đồng in 2020, not 17.363',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // PLANTED from hungyen-2022-hdnd: a second per-capita value for the same year (102,3 in the source).
    id: 'planted-two-values',
    doc: 'constructed',
    text: 'Năm 2022, GRDP bình quân đầu người của tỉnh đạt 102,3 triệu đồng. Tính chung năm 2022, GRDP bình quân đầu người đạt 104,2 triệu đồng.',
    claims: [],
    findings: [
      {
        situation: 'two-values',
        severity: 'error',
        spans: ['102,3 triệu đồng', '104,2 triệu đồng'],
        computed: 1.9,
        why: 'one indicator and year printed as 102,3 and 104,2 triệu đồng (gap 1,9, tolerance ±0,1)',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // PLANTED (unit sanity) from brvt 6 months 2023: an index rise printed in triệu đồng (source: "tăng 6,25%").
    id: 'planted-unit',
    doc: 'constructed',
    text: 'Sáu tháng đầu năm 2023, chỉ số sản xuất công nghiệp trừ dầu thô và khí đốt ước tăng 6,25 triệu đồng so với cùng kỳ.',
    claims: [],
    findings: [
      {
        situation: 'unit',
        severity: 'error',
        spans: ['tăng 6,25 triệu đồng'],
        computed: null,
        why: 'an index changes in % or points, never in triệu đồng',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // PLANTED from thainguyen-2022-h1 (real 9.528,3 tỷ đồng, "tăng 29,3%"): the index is written 104,2% with the base beside it.
    id: 'planted-index-mismatch',
    doc: 'constructed',
    text: 'Thu ngân sách 6 tháng đầu năm 2022 ước đạt 9.528,3 tỷ đồng, bằng 104,2% so với cùng kỳ năm trước (7.369,1 tỷ đồng).',
    claims: [
      {
        kind: 'index',
        span: 'bằng 104,2% so với cùng kỳ năm trước (7.369,1 tỷ đồng)',
        figure: fig('104,2', 104.2, '%'),
        indicator: 'thu ngân sách',
        period: '6T/2022',
        forms: ['index', 'same-period', 'bracketed-base'],
        verdict: 'mismatch',
        computed: 129.3,
        why: '9.528,3 / 7.369,1 × 100 = 129,30, not 104,2',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // FORM "bằng …% so với cùng kỳ" with real figures (thainguyen-2022-h1: 9.528,3 tỷ, +29,3% → base 7.369,1 derived by us).
    id: 'form-index-same-period',
    doc: 'constructed',
    text: 'Thu ngân sách 6 tháng đầu năm 2022 ước đạt 9.528,3 tỷ đồng, bằng 129,3% so với cùng kỳ năm trước (7.369,1 tỷ đồng).',
    claims: [
      {
        kind: 'index',
        span: 'bằng 129,3% so với cùng kỳ năm trước (7.369,1 tỷ đồng)',
        figure: fig('129,3', 129.3, '%'),
        indicator: 'thu ngân sách',
        period: '6T/2022',
        forms: ['index', 'same-period', 'bracketed-base'],
        verdict: 'match',
        computed: 129.3,
        why: '9.528,3 / 7.369,1 × 100 = 129,3007 → 129,3',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // FORM "tốc độ phát triển" with real figures (gso-2022-retail: Q4 1.514,6 nghìn tỷ, +4,8% → Q3 1.445,2 derived by us).
    id: 'form-growth-index',
    doc: 'constructed',
    text:
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý III/2022 đạt 1.445,2 nghìn tỷ đồng và quý IV/2022 đạt 1.514,6 ' +
      'nghìn tỷ đồng, tốc độ phát triển 104,8%.',
    claims: [
      {
        kind: 'index',
        span: 'tốc độ phát triển 104,8%',
        figure: fig('104,8', 104.8, '%'),
        indicator: 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
        period: 'Q4/2022',
        forms: ['growth-index', 'scale-words'],
        verdict: 'match',
        computed: 104.8,
        why: '1.514,6 / 1.445,2 × 100 = 104,802 → 104,8',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // FORM issue 12 pattern 1, both values in brackets (invented, consistent): 2,99 / 1,07 = 2,794 → 2,79.
    id: 'form-ratio-bracket-both',
    doc: 'constructed',
    text: 'Thu nhập bình quân đầu người ở vùng đồng bào dân tộc năm 2020 tăng 2,79 lần so với năm 2010 (từ 1,07 lên 2,99 triệu đồng/tháng).',
    claims: [
      {
        kind: 'comparison',
        span: 'tăng 2,79 lần so với năm 2010 (từ 1,07 lên 2,99 triệu đồng/tháng)',
        figure: fig('2,79', 2.79, 'lần'),
        indicator: 'thu nhập bình quân đầu người',
        period: '2010-2020',
        forms: ['ratio', 'bracketed-base', 'slash-unit'],
        verdict: 'match',
        computed: 2.7944,
        why: '2,99 / 1,07 = 2,7944; over [2,985/1,075; 2,995/1,065] = [2,7767; 2,8122], meeting [2,785; 2,795]',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // FORM compound amount (invented, consistent): 1.234 tỷ 560 triệu = 1.234,56 tỷ; 1.097 tỷ 386 triệu = 1.097,386 tỷ; ratio 1,125.
    id: 'form-compound-amount',
    doc: 'constructed',
    text: 'Thu ngân sách năm 2023 của huyện đạt 1.234 tỷ 560 triệu đồng, tăng 12,5% so với năm 2022 (1.097 tỷ 386 triệu đồng).',
    claims: [
      {
        kind: 'comparison',
        span: 'tăng 12,5% so với năm 2022 (1.097 tỷ 386 triệu đồng)',
        figure: fig('12,5', 12.5, '%'),
        indicator: 'thu ngân sách',
        period: '2023',
        forms: ['percent-change', 'compound-amount', 'bracketed-base'],
        verdict: 'match',
        computed: 12.5,
        why: '1.234,56 / 1.097,386 − 1 = 12,500% (compound amounts read as tỷ + triệu)',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // FORM "giảm (-9,28%)" with both counts (invented, consistent): 1.046 / 1.153 − 1 = −9,28%.
    id: 'form-signed-bracket-values',
    doc: 'constructed',
    text: 'Số doanh nghiệp giải thể năm 2023 giảm (-9,28%) so với năm 2022, từ 1.153 xuống 1.046 doanh nghiệp.',
    claims: [
      {
        kind: 'comparison',
        span: 'giảm (-9,28%) so với năm 2022',
        figure: fig('9,28', 9.28, '%'),
        indicator: 'số doanh nghiệp giải thể',
        period: '2023',
        forms: ['percent-change', 'signed-bracket'],
        verdict: 'match',
        computed: 9.28,
        why: '1.046 / 1.153 − 1 = −9,2801%: a fall of 9,28%, as the word and the bracketed sign both say',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // FORM range with values (invented, consistent with thainguyen-2022-h1's 16,8 tỷ USD): 16,8 / 15,6 − 1 = 7,69% ∈ [6,5; 8,5].
    id: 'form-range-match',
    doc: 'constructed',
    text: 'Giá trị xuất khẩu 6 tháng đầu năm 2022 đạt 16,8 tỷ USD, tăng 7-8% so với cùng kỳ (15,6 tỷ USD).',
    claims: [
      {
        kind: 'comparison',
        span: 'tăng 7-8% so với cùng kỳ (15,6 tỷ USD)',
        figure: rangeFig('7-8', 7, 8, '%'),
        indicator: 'giá trị xuất khẩu',
        period: '6T/2022',
        forms: ['range', 'same-period', 'bracketed-base'],
        verdict: 'match',
        computed: 7.69,
        why: '16,8 / 15,6 − 1 = 7,69% lies in the range interval [6,5; 8,5]',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // PLANTED range: the base 15,1 makes the rise 11,26%, outside [6,5; 8,5].
    id: 'planted-range-mismatch',
    doc: 'constructed',
    text: 'Giá trị xuất khẩu 6 tháng đầu năm 2022 đạt 16,8 tỷ USD, tăng 7-8% so với cùng kỳ (15,1 tỷ USD).',
    claims: [
      {
        kind: 'comparison',
        span: 'tăng 7-8% so với cùng kỳ (15,1 tỷ USD)',
        figure: rangeFig('7-8', 7, 8, '%'),
        indicator: 'giá trị xuất khẩu',
        period: '6T/2022',
        forms: ['range', 'same-period', 'bracketed-base'],
        verdict: 'mismatch',
        computed: 11.26,
        why: '16,8 / 15,1 − 1 = 11,26%, outside [6,5; 8,5]',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // FORM period named in a heading (figures of hcm-2020-draft; the 5,9%/năm is our computation): (6.799 / 5.104)^(1/5) − 1 = 5,90%.
    id: 'form-heading-period',
    doc: 'constructed',
    text: 'Giai đoạn 2015 - 2020\nGRDP bình quân đầu người của Thành phố tăng từ 5.104 USD lên 6.799 USD, bình quân tăng 5,9%/năm.',
    claims: [
      {
        kind: 'average-annual',
        span: 'bình quân tăng 5,9%/năm',
        figure: fig('5,9', 5.9, '%/năm'),
        indicator: 'GRDP bình quân đầu người',
        period: '2015-2020',
        forms: ['average-annual', 'heading-period'],
        verdict: 'match',
        computed: 5.9,
        why: '(6.799 / 5.104)^(1/5) − 1 = 5,903%; years 2015 and 2020 come from the heading',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // FORM typed without diacritics (figures of lfs-2023-q1).
    id: 'form-no-diacritics',
    doc: 'constructed',
    text: 'Thu nhap binh quan thang cua nguoi lao dong quy I/2023 la 7 trieu dong, tang 640.000 dong so voi cung ky nam truoc.',
    claims: [
      {
        kind: 'comparison',
        span: 'tang 640.000 dong so voi cung ky nam truoc',
        figure: fig('640.000', 640000, 'đồng'),
        indicator: 'thu nhập bình quân tháng',
        period: 'Q1/2023',
        forms: ['absolute', 'no-diacritics', 'scale-words', 'same-period'],
        verdict: 'implied',
        computed: 6.36,
        why: 'base not printed; implied Q1/2022 = 7 − 0,64 = 6,36 triệu đồng',
      },
    ],
    findings: [],
    quiet: [],
  },
];
