import type { ProseCase } from './types';

/**
 * PLANTED cases of the stop of 6 December 2026 (afternoon): parts and totals as provinces print them across sentences
 * and paragraphs, each published text consistent, one figure altered here. Our wording, the documents' figures.
 */
export const PLANTED_CASES_2: readonly ProseCase[] = [
  {
    // PLANTED from cantho-2023-01-retail: other services 1.220,02 written 1.320,02 (the five levels, a paragraph each, add
    // up exactly in the release: 8.642,53 + 1.496,12 + 65,27 + 1.220,02 = 11.423,94).
    id: 'planted-retail-parts',
    doc: 'constructed',
    text:
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 1/2023 ước đạt 11.423,94 tỉ đồng.\n\n' +
      'Doanh thu bán lẻ hàng hóa ước đạt 8.642,53 tỉ đồng.\n\nDoanh thu dịch vụ lưu trú, ăn uống ước đạt 1.496,12 tỉ đồng. ' +
      'Doanh thu du lịch lữ hành ước đạt 65,27 tỉ đồng.\n\nDoanh thu dịch vụ khác ước đạt 1.320,02 tỉ đồng.',
    claims: [],
    findings: [
      {
        situation: 'parts-total',
        severity: 'error',
        spans: ['11.423,94 tỉ đồng', '1.320,02 tỉ đồng'],
        computed: 11523.94,
        why: '8.642,53 + 1.496,12 + 65,27 + 1.320,02 = 11.523,94 ≠ 11.423,94: the four parts are the whole by definition',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // PLANTED from hagiang-2022: services 6.507 written 7.507 (the sectors, a paragraph under the GRDP, "hơn" on two of
    // them: 4.771 + 4.128 + 6.507 + 863 = 16.269 against 16.270).
    id: 'planted-sectors-next-paragraph',
    doc: 'constructed',
    text:
      'Năm 2022, tổng sản phẩm trên địa bàn tỉnh (GRDP) theo giá so sánh 2010 ước đạt 16.270 tỷ đồng.\n\n' +
      'Trong đó, khu vực nông, lâm nghiệp và thủy sản đạt 4.771 tỷ đồng; khu vực công nghiệp, xây dựng đạt hơn 4.128 tỷ đồng; ' +
      'khu vực dịch vụ đạt 7.507 tỷ đồng; thuế sản phẩm trừ trợ cấp sản phẩm đạt hơn 863 tỷ đồng.',
    claims: [],
    findings: [
      {
        situation: 'parts-total',
        severity: 'error',
        spans: ['16.270 tỷ đồng', '7.507 tỷ đồng'],
        computed: 17269,
        why: 'at least 4.771 + 4.128 + 7.507 + 863 = 17.269 (two of them lower bounds) against 16.270',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // PLANTED from gso-2012-farm: farming 183,6 written 193,6 ("bao gồm:" and items separated by ";": 183,6 + 8,3 + 63,3
    // = 255,2 in the release).
    id: 'planted-enumeration-after-colon',
    doc: 'constructed',
    text:
      'Giá trị sản xuất nông, lâm nghiệp và thủy sản năm 2012 theo giá so sánh 1994 ước đạt 255,2 nghìn tỷ đồng, bao gồm: ' +
      'nông nghiệp đạt 193,6 nghìn tỷ đồng; lâm nghiệp đạt 8,3 nghìn tỷ đồng; thủy sản đạt 63,3 nghìn tỷ đồng.',
    claims: [],
    findings: [
      {
        situation: 'parts-total',
        severity: 'error',
        spans: ['255,2 nghìn tỷ đồng', '193,6 nghìn tỷ đồng'],
        computed: 265.2,
        why: '193,6 + 8,3 + 63,3 = 265,2 ≠ 255,2 ("bao gồm" lists the whole)',
        planted: true,
      },
    ],
    quiet: [],
  },
  {
    // PLANTED from phuyen-2023: the taxes' 0,17 points written 0,57 (a caption between the growth and its contributions:
    // 0,78 + 5,62 + 2,59 + 0,17 = 9,16 in the release).
    id: 'planted-contributions-after-caption',
    doc: 'constructed',
    text:
      'Dự ước GRDP năm 2023 của tỉnh tăng 9,16% so với năm trước.\n\nĐồ họa: Báo Phú Yên.\n\n' +
      'Trong đó, khu vực nông, lâm nghiệp và thuỷ sản đóng góp 0,78 điểm %; khu vực công nghiệp và xây dựng đóng góp 5,62 ' +
      'điểm %; khu vực dịch vụ đóng góp 2,59 điểm %; thuế sản phẩm trừ trợ cấp sản phẩm đóng góp 0,57 điểm % vào mức tăng trưởng chung.',
    claims: [],
    findings: [
      {
        situation: 'contributions',
        severity: 'error',
        spans: ['0,78 điểm %', '0,57 điểm %'],
        computed: 9.56,
        why: '0,78 + 5,62 + 2,59 + 0,57 = 9,56 points against a growth of 9,16%',
        planted: true,
      },
    ],
    quiet: [],
  },
];
