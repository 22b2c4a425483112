import { fig, implied, part } from './build';
import type { ProseCase } from './types';

/**
 * Releases read in the stop of 6 December 2026: a paragraph whose first sentence names the time and the price basis of
 * the sentences after it, a change printed in % and in the level's unit, and a rate said to be higher than another.
 * Our wording, the documents' figures.
 */
export const PROVINCE_CASES_6: readonly ProseCase[] = [
  {
    // Source: quangngai-2025-6m (GRDP of the first half of 2025: 41.690,8 tỷ đồng at 2010 prices, +11,51 %; the
    // agriculture sector 6.628,4 tỷ đồng, +3,53 %; at current prices 85.881,6 and 13.895,9 tỷ đồng, a share of 16,18 %).
    // The sector's two values were a false conflict of one indicator, and the sentences after the first had no time.
    id: 'quangngai25-h1-two-price-bases',
    doc: 'quangngai-2025-6m',
    text:
      'Sáu tháng đầu năm 2025, GRDP của tỉnh ước đạt 41.690,8 tỷ đồng (theo giá so sánh 2010), tăng 11,51% so với cùng kỳ ' +
      'năm 2024. Trong đó, khu vực nông, lâm nghiệp và thủy sản đạt 6.628,4 tỷ đồng, tăng 3,53%. Khu vực dịch vụ đạt ' +
      '13.483,5 tỷ đồng, tăng 8,33%.\n\nTính theo giá hiện hành, GRDP sáu tháng đầu năm 2025 đạt 85.881,6 tỷ đồng; khu vực ' +
      'nông, lâm nghiệp và thủy sản đạt 13.895,9 tỷ đồng, chiếm tỷ trọng 16,18%.',
    claims: [
      implied({ kind: 'comparison', span: 'tăng 11,51% so với cùng kỳ năm 2024', indicator: 'GRDP của tỉnh', period: '6T/2025', forms: ['percent-change', 'same-period', 'price-basis'] }, fig('11,51', 11.51, '%'), 37387.5, '41.690,8 / 1,1151 = 37.387,5 tỷ đồng (both at 2010 prices)'),
      implied({ kind: 'comparison', span: 'tăng 3,53%', indicator: 'khu vực nông, lâm nghiệp và thủy sản', period: '6T/2025' }, fig('3,53', 3.53, '%'), 6402.4, '6.628,4 / 1,0353 = 6.402,4 tỷ đồng'),
      implied({ kind: 'comparison', span: 'tăng 8,33%', indicator: 'Khu vực dịch vụ', period: '6T/2025' }, fig('8,33', 8.33, '%'), 12446.8, '13.483,5 / 1,0833 = 12.446,8 tỷ đồng'),
      part('share', { span: 'chiếm tỷ trọng 16,18%', indicator: 'khu vực nông, lâm nghiệp và thủy sản', period: '6T/2025' }, '16,18', 16.18),
    ],
    findings: [],
    quiet: [{ situation: 'two-values', why: '6.628,4 tỷ đồng is at 2010 prices (the paragraph says so first), 13.895,9 tỷ đồng at current prices: two series' }],
  },
  {
    // PLANTED from haiquan-2017-7m: the FDI sector's imports of the first 7 months of 2017, 70,89 tỷ USD, rose 27,2 %,
    // "nearly 15,17 tỷ USD"; here the rate is written 25,0 %. 70,89 / 1,25 = 56,71 but 70,89 − 15,17 = 55,72.
    id: 'planted-haiquan17-7m-rate-against-amount',
    doc: 'constructed',
    text: 'Bảy tháng năm 2017, nhập khẩu của khối doanh nghiệp FDI đạt 70,89 tỷ USD, tăng 25,0%, tương ứng tăng gần 15,17 tỷ USD so với cùng kỳ năm trước.',
    claims: [
      implied({ kind: 'comparison', span: 'tăng 25,0%', indicator: 'nhập khẩu của khối doanh nghiệp FDI', period: '7T/2017' }, fig('25,0', 25, '%'), 56.71, '70,89 / 1,25 = 56,71 tỷ USD'),
    ],
    findings: [
      {
        situation: 'two-values',
        severity: 'error',
        spans: ['tăng 25,0%', 'tăng gần 15,17 tỷ USD so với cùng kỳ năm trước'],
        computed: 0.99,
        why: 'the base from the rate (56,71) and from the amount (55,72) cannot meet: 15,17 tỷ USD is a rise of 27,2 %',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // Source: gso-2025-q1 (GDP of the first quarter of 2025 +6,93 %; of the first quarter of 2024 +5,98 %).
    id: 'gso25-q1-higher-than-a-year-before',
    doc: 'gso-2025-q1',
    text: 'Tổng sản phẩm trong nước (GDP) quý I/2025 ước tăng 6,93% so với cùng kỳ năm trước, cao hơn mức tăng 5,98% của quý I/2024.',
    claims: [],
    findings: [],
    quiet: [{ situation: 'direction', why: '6,93% is higher than 5,98%, as "cao hơn" says' }],
  },
  {
    // PLANTED from gso-2025-q1: the first quarter of 2024 written 7,98 %, so "cao hơn" says 6,93 > 7,98.
    id: 'planted-gso25-q1-higher-than-a-higher-rate',
    doc: 'constructed',
    text: 'Tổng sản phẩm trong nước (GDP) quý I/2025 ước tăng 6,93% so với cùng kỳ năm trước, cao hơn mức tăng 7,98% của quý I/2024.',
    claims: [],
    findings: [
      {
        situation: 'direction',
        severity: 'error',
        spans: ['tăng 6,93% so với cùng kỳ năm trước', 'tăng 7,98%'],
        computed: -1.05,
        why: '"cao hơn" between 6,93% and 7,98%, which is the higher',
        planted: true,
      },
    ],
    quiet: [],
  },
];
