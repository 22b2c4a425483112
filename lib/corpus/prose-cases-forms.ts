import { fig, rangeFig } from './build';
import type { ProseCase } from './types';

/**
 * FORM cases: a §2b form that none of the documents found prints in this exact shape (compound amounts, bracketed
 * signs, "tốc độ phát triển", ranges with values, a period in a heading). The figures are real where a source is
 * named, otherwise invented and consistent; the one planted range mismatch says so.
 */
export const FORM_CASES: readonly ProseCase[] = [
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
  {
    // FORM "so với cùng kỳ năm 2022" with real figures (gso-2023-08: 8 months of 2023 4.043,9 nghìn tỷ, +10%; gso-2022-retail:
    // the whole of 2022 5.679,9; 8 months of 2022 3.676,3 derived by us). The base is the same eight months, not the year.
    id: 'form-same-months-base',
    doc: 'constructed',
    text:
      'Tám tháng năm 2022, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 3.676,3 nghìn tỷ đồng; cả năm 2022 đạt 5.679,9 ' +
      'nghìn tỷ đồng. Tính chung 8 tháng năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 4.043,9 nghìn tỷ ' +
      'đồng, tăng 10% so với cùng kỳ năm 2022.',
    claims: [
      {
        kind: 'comparison',
        span: 'tăng 10% so với cùng kỳ năm 2022',
        figure: fig('10', 10, '%'),
        indicator: 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
        period: '8T/2023',
        forms: ['percent-change', 'same-period', 'scale-words'],
        verdict: 'match',
        computed: 10,
        why: '4.043,9 / 3.676,3 − 1 = 9,9991% → 10%',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // FORM a quarter against the quarter before, named with its year (gso-2022-retail: Q4 1.514,6 nghìn tỷ, +4,8% on Q3,
    // Q3 1.445,2 derived by us, as in form-growth-index).
    id: 'form-quarter-base',
    doc: 'constructed',
    text:
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý III/2022 đạt 1.445,2 nghìn tỷ đồng. Quý IV/2022, tổng mức bán lẻ ' +
      'hàng hóa và doanh thu dịch vụ tiêu dùng đạt 1.514,6 nghìn tỷ đồng, tăng 4,8% so với quý III/2022.',
    claims: [
      {
        kind: 'comparison',
        span: 'tăng 4,8% so với quý III/2022',
        figure: fig('4,8', 4.8, '%'),
        indicator: 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
        period: 'Q4/2022',
        forms: ['percent-change', 'scale-words'],
        verdict: 'match',
        computed: 4.8,
        why: '1.514,6 / 1.445,2 − 1 = 4,802% → 4,8%',
      },
    ],
    findings: [],
    quiet: [],
  },
  {
    // FORM two changes that name what they measure, "về số lượng … về trị giá" (vfa-2023-4t: rice exports to mid-April
    // 2023, 2,4 triệu tấn worth 1,251 tỷ USD, +33,70% in quantity and +44,55% in value; the 2022 levels 1,8 triệu tấn
    // and 0,865 tỷ USD derived by us). Each change is of its own level: read with the value's level, the first would be
    // a false mismatch.
    id: 'form-about-measure',
    doc: 'constructed',
    text:
      'Bốn tháng đầu năm 2022 xuất khẩu gạo đạt 1,8 triệu tấn, trị giá 0,865 tỷ USD. Bốn tháng đầu năm 2023 xuất khẩu gạo đạt ' +
      '2,4 triệu tấn, trị giá 1,251 tỷ USD, tăng 33,70% về số lượng và tăng 44,55% về trị giá so với cùng kỳ năm 2022.',
    claims: [
      {
        kind: 'comparison',
        span: 'tăng 33,70% về số lượng',
        figure: fig('33,70', 33.7, '%'),
        indicator: 'xuất khẩu gạo',
        period: '4T/2023',
        forms: ['percent-change', 'about-measure', 'same-period', 'scale-words'],
        verdict: 'match',
        computed: 33.3333,
        why: '2,4 / 1,8 − 1 = 33,33%; within the rounding of 2,4 and 1,8 (27,0–40,0) 33,70 holds',
      },
      {
        kind: 'comparison',
        span: 'tăng 44,55% về trị giá so với cùng kỳ năm 2022',
        figure: fig('44,55', 44.55, '%'),
        indicator: 'trị giá',
        period: '4T/2023',
        forms: ['percent-change', 'about-measure', 'same-period', 'scale-words'],
        verdict: 'match',
        computed: 44.6243,
        why: '1,251 / 0,865 − 1 = 44,62%; within the rounding of both values (44,48–44,77) 44,55 holds',
      },
    ],
    findings: [],
    quiet: [],
  },
];
