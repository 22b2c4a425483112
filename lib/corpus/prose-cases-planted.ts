import { fig } from './build';
import type { ProseCase } from './types';

/**
 * PLANTED cases: a real document's figures with one figure altered on purpose, so that the text is inconsistent;
 * each finding is `planted: true`. (The other constructed family, FORM cases, is in prose-cases-forms.ts.)
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
    // PLANTED from gso-2023-q3 (exports 259,67 and imports 237,99 tỷ USD in the first nine months of 2023, a surplus
    // of 21,68): the surplus is written 12,68.
    id: 'planted-trade-balance',
    doc: 'constructed',
    text:
      'Tính chung 9 tháng năm 2023, kim ngạch xuất khẩu hàng hóa đạt 259,67 tỷ USD; nhập khẩu hàng hóa đạt 237,99 tỷ USD. Cán cân ' +
      'thương mại hàng hóa xuất siêu 12,68 tỷ USD.',
    claims: [],
    findings: [
      {
        situation: 'parts-total',
        severity: 'error',
        spans: ['259,67 tỷ USD', '237,99 tỷ USD', '12,68 tỷ USD'],
        computed: 21.68,
        why: 'exports − imports = 259,67 − 237,99 = 21,68 ≠ the surplus 12,68 (tolerance ±0,015)',
        planted: true,
      },
    ],
    quiet: [],
  },
];
