import { fig, implied, part, rate } from './build';
import type { ProseCase } from './types';

/**
 * Output and transport in provincial and GSO releases: a base named before its index, a subject before its base,
 * what a count counts glued to its unit, the year before in brackets, a breakdown without its comma, a signed change
 * said strongly, and a name with a comma in its brackets. Our wording, the documents' figures.
 */
export const OUTPUT_CASES: readonly ProseCase[] = [
  {
    // Source: haugiang-2024-02-transport (February 2024: "hơn 2,531 triệu lượt hành khách", 101,72 % of January; by
    // river "hơn 2,312 triệu", 101,34 %). The base is named before the index.
    id: 'haugiang24-02-index-after-base',
    doc: 'haugiang-2024-02-transport',
    text:
      'Ước tháng 2/2024, toàn tỉnh vận chuyển hơn 2,531 triệu lượt hành khách, so với tháng trước bằng 101,72%; trong đó ' +
      'đường sông vận chuyển hơn 2,312 triệu lượt hành khách, so với tháng trước bằng 101,34%.',
    claims: [
      implied(
        { kind: 'index', span: 'bằng 101,72%', indicator: 'vận chuyển hành khách', period: 'T2/2024', forms: ['index', 'qualifier', 'scale-words'] },
        fig('101,72', 101.72, '%'),
        2.488,
        '2,531 / 1,0172 = 2,488 triệu lượt in January',
      ),
      implied(
        { kind: 'index', span: 'bằng 101,34%', indicator: 'đường sông vận chuyển hành khách', period: 'T2/2024', forms: ['index', 'qualifier', 'scale-words'] },
        fig('101,34', 101.34, '%'),
        2.2814,
        '2,312 / 1,0134 = 2,281 triệu lượt in January',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: gso-2024-h1-transport (first half of 2024: 2.312,1 triệu lượt khách, +4,3 %, the year before +17,9 %;
    // 132,5 tỷ lượt khách.km, +11,0 %, the year before +33,5 %). What a count counts is glued to its unit; the
    // brackets are the first half of 2023.
    id: 'gso24-h1-passengers-year-before',
    doc: 'gso-2024-h1-transport',
    text:
      'Tính chung 6 tháng đầu năm 2024, vận tải hành khách ước đạt 2.312,1 triệu lượt khách vận chuyển, tăng 4,3% so với ' +
      'cùng kỳ năm trước (cùng kỳ năm 2023 tăng 17,9%) và luân chuyển đạt 132,5 tỷ lượt khách.km, tăng 11,0% (cùng kỳ năm ' +
      'trước tăng 33,5%).',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 4,3%', indicator: 'vận tải hành khách', period: '6T/2024', forms: ['percent-change', 'scale-words', 'same-period'] },
        fig('4,3', 4.3, '%'),
        2216.78,
        '2.312,1 / 1,043 = 2.216,8 triệu lượt',
      ),
      rate({ span: 'tăng 17,9%', indicator: 'vận tải hành khách', period: '6T/2023' }, '17,9', 17.9),
      implied(
        { kind: 'comparison', span: 'tăng 11,0%', indicator: 'luân chuyển hành khách', period: '6T/2024', forms: ['percent-change', 'scale-words'] },
        fig('11,0', 11, '%'),
        119.369,
        '132,5 / 1,11 = 119,37 tỷ lượt khách.km',
      ),
      rate({ span: 'tăng 33,5%', indicator: 'luân chuyển hành khách', period: '6T/2023' }, '33,5', 33.5),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: bacninh-2023-q4 (GRDP of 2023 at 2010 prices, 126.484 tỷ đồng, "(-9,28%)" on the year before). The base
    // alone between the level and its change; the fall said strongly, its sign repeated.
    id: 'bacninh23-grdp-signed-fall',
    doc: 'bacninh-2023-q4',
    text: 'Năm 2023, GRDP của tỉnh (giá so sánh 2010) ước đạt 126.484 tỷ đồng, so với cùng kỳ giảm nhiều (-9,28%).',
    claims: [
      implied(
        { kind: 'comparison', span: 'giảm nhiều (-9,28%)', indicator: 'GRDP', period: '2023', forms: ['percent-change', 'signed-bracket', 'same-period'] },
        fig('9,28', 9.28, '%'),
        139422.4,
        '126.484 / 0,9072 = 139.422 tỷ đồng in 2022',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: ninhbinh-2023 (GRDP at 2010 prices 53.389,8 tỷ đồng, +7,27 %; sectors 4.693,9 / 18.969,3 / 20.402,2 and
    // taxes 9.324,4, up 2,86 / 2,95 / 13,23 / 6,38 %, contributing 0,26 + 1,09 + 4,79 + 1,13 = 7,27 points). The name
    // holds a comma in its brackets; the parts add up to the whole and the contributions to the growth.
    id: 'ninhbinh23-grdp-contributions',
    doc: 'ninhbinh-2023',
    text:
      'Năm 2023, tổng sản phẩm trên địa bàn tỉnh (GRDP, giá so sánh 2010) ước đạt 53.389,8 tỷ đồng, tăng 7,27% so với năm ' +
      '2022; trong đó khu vực nông, lâm nghiệp và thủy sản đạt 4.693,9 tỷ đồng, tăng 2,86%, đóng góp 0,26 điểm phần trăm; ' +
      'khu vực công nghiệp và xây dựng đạt 18.969,3 tỷ đồng, tăng 2,95%, đóng góp 1,09 điểm phần trăm; khu vực dịch vụ đạt ' +
      '20.402,2 tỷ đồng, tăng 13,23%, đóng góp 4,79 điểm phần trăm; thuế sản phẩm trừ trợ cấp sản phẩm đạt 9.324,4 tỷ đồng, ' +
      'tăng 6,38%, đóng góp 1,13 điểm phần trăm.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 7,27%', indicator: 'tổng sản phẩm trên địa bàn tỉnh (GRDP, giá so sánh 2010)', period: '2023' },
        fig('7,27', 7.27, '%'),
        49771.4,
        '53.389,8 / 1,0727 = 49.771,4 tỷ đồng',
      ),
      implied({ kind: 'comparison', span: 'tăng 2,86%', indicator: 'khu vực nông, lâm nghiệp và thủy sản', period: '2023' }, fig('2,86', 2.86, '%'), 4563.39, '4.693,9 / 1,0286'),
      part('contribution', { span: 'đóng góp 0,26 điểm phần trăm', indicator: 'khu vực nông, lâm nghiệp và thủy sản', period: '2023' }, '0,26', 0.26, 'điểm phần trăm'),
      implied({ kind: 'comparison', span: 'tăng 2,95%', indicator: 'khu vực công nghiệp và xây dựng', period: '2023' }, fig('2,95', 2.95, '%'), 18425.74, '18.969,3 / 1,0295'),
      part('contribution', { span: 'đóng góp 1,09 điểm phần trăm', indicator: 'khu vực công nghiệp và xây dựng', period: '2023' }, '1,09', 1.09, 'điểm phần trăm'),
      implied({ kind: 'comparison', span: 'tăng 13,23%', indicator: 'khu vực dịch vụ', period: '2023' }, fig('13,23', 13.23, '%'), 18018.37, '20.402,2 / 1,1323'),
      part('contribution', { span: 'đóng góp 4,79 điểm phần trăm', indicator: 'khu vực dịch vụ', period: '2023' }, '4,79', 4.79, 'điểm phần trăm'),
      implied({ kind: 'comparison', span: 'tăng 6,38%', indicator: 'thuế sản phẩm trừ trợ cấp sản phẩm', period: '2023' }, fig('6,38', 6.38, '%'), 8765.18, '9.324,4 / 1,0638'),
      part('contribution', { span: 'đóng góp 1,13 điểm phần trăm', indicator: 'thuế sản phẩm trừ trợ cấp sản phẩm', period: '2023' }, '1,13', 1.13, 'điểm phần trăm'),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: namdinh-2022-h1-transport (first half of 2022: 3.017 tỷ đồng, +12,5 %; passengers 610 tỷ đồng, +11,7 %).
    // "Trong đó" without its comma breaks down the sentence before, in its time.
    id: 'namdinh22-h1-breakdown-no-comma',
    doc: 'namdinh-2022-h1-transport',
    text:
      'Tính chung 6 tháng năm 2022, doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải ước đạt 3.017 tỷ đồng, tăng 12,5% ' +
      'so với cùng kỳ năm 2021. Trong đó vận tải hành khách đạt 610 tỷ đồng, tăng 11,7%.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 12,5%', indicator: 'doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải', period: '6T/2022' },
        fig('12,5', 12.5, '%'),
        2681.78,
        '3.017 / 1,125 = 2.681,8 tỷ đồng',
      ),
      implied({ kind: 'comparison', span: 'tăng 11,7%', indicator: 'vận tải hành khách', period: '6T/2022' }, fig('11,7', 11.7, '%'), 546.11, '610 / 1,117'),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: brvt-2022-9m-exports (9 months of 2022: "hơn 4,36 tỷ USD", +11,73 %; Asia 67,2 % of the exports, +12,09 %).
    // The share in brackets is a remark: the rise is of the exports to Asia, whose value the text does not print.
    id: 'brvt22-9m-share-remark',
    doc: 'brvt-2022-9m-exports',
    text:
      'Chín tháng năm 2022, kim ngạch xuất khẩu trừ dầu thô toàn tỉnh đạt hơn 4,36 tỷ USD, tăng 11,73% so với cùng kỳ; ' +
      'trong đó châu Á (chiếm tỷ trọng 67,2% trong tổng kim ngạch xuất khẩu toàn tỉnh) tăng 12,09% so với cùng kỳ.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 11,73%', indicator: 'kim ngạch xuất khẩu trừ dầu thô', period: '9T/2022', forms: ['percent-change', 'qualifier', 'scale-words'] },
        fig('11,73', 11.73, '%'),
        3.9023,
        '4,36 / 1,1173 = 3,902 tỷ USD',
      ),
      part('share', { span: 'chiếm tỷ trọng 67,2%', indicator: 'châu Á', period: '9T/2022' }, '67,2', 67.2),
      rate({ span: 'tăng 12,09%', indicator: 'châu Á', period: '9T/2022' }, '12,09', 12.09),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: mof-2023-budget-sectors (the three economic sectors: 49,5 % of the estimate, +4,2 %; without corporate
    // income tax 89,7 % of the same time of 2022). An index whose base follows without "so với".
    id: 'mof23-index-same-time',
    doc: 'mof-2023-budget-sectors',
    text:
      'Thu từ ba khu vực kinh tế ước đạt 49,5% dự toán, tăng 4,2% so cùng kỳ; nếu không kể thuế thu nhập doanh nghiệp, số ' +
      'thu của ba khu vực này chỉ bằng 89,7% cùng kỳ năm 2022.',
    claims: [
      rate({ span: 'đạt 49,5% dự toán', indicator: 'thu từ ba khu vực kinh tế', period: '2023' }, '49,5', 49.5, '%', 'plan'),
      rate({ span: 'tăng 4,2%', indicator: 'thu từ ba khu vực kinh tế', period: '2023' }, '4,2', 4.2),
      rate({ span: 'bằng 89,7%', indicator: 'số thu của ba khu vực', period: '2023', forms: ['index', 'same-period'] }, '89,7', 89.7, '%', 'index'),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: vungtau-2022-10m (industry: October 3.115 tỷ đồng; the ten months 29.520 tỷ đồng, 91,28 % of the plan,
    // +48,64 %). "lũy kế 10 tháng" names the months summed so far.
    id: 'vungtau22-10m-cumulative',
    doc: 'vungtau-2022-10m',
    text:
      'Giá trị sản xuất ngành công nghiệp tháng 10/2022 ước đạt 3.115 tỷ đồng, lũy kế 10 tháng ước 29.520 tỷ đồng (đạt ' +
      '91,28% kế hoạch, tăng 48,64% so với cùng kỳ).',
    claims: [
      implied(
        { kind: 'plan', span: 'đạt 91,28% kế hoạch', indicator: 'giá trị sản xuất ngành công nghiệp', period: '10T/2022', forms: ['plan-estimate'] },
        fig('91,28', 91.28, '%'),
        32340.05,
        'plan 29.520 / 0,9128 = 32.340 tỷ đồng',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 48,64%', indicator: 'giá trị sản xuất ngành công nghiệp', period: '10T/2022' },
        fig('48,64', 48.64, '%'),
        19860.06,
        '29.520 / 1,4864 = 19.860 tỷ đồng',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: vinhlinh-2022 (agriculture +8,31 % against a plan of 3-4 %; income 55,3 triệu đồng against 55-56, +3,1
    // triệu đồng; investment 2.337 tỷ đồng against 2.000-2.100, +258 tỷ đồng). The plan beside each figure is a target.
    id: 'vinhlinh22-actual-over-plan',
    doc: 'vinhlinh-2022',
    text:
      'Năm 2022, khu vực nông, lâm nghiệp và thủy sản ước tăng 8,31%/KH tăng 3-4%. Thu nhập bình quân đầu người ước đạt ' +
      '55,3 triệu đồng/KH 55-56 triệu đồng, tăng 3,1 triệu đồng so với năm 2021. Tổng nguồn vốn đầu tư phát triển toàn xã hội ' +
      'ước đạt 2.337 tỷ đồng/KH 2.000-2.100 tỷ đồng, tăng 258 tỷ đồng so với năm 2021.',
    claims: [
      rate({ span: 'tăng 8,31%', indicator: 'khu vực nông, lâm nghiệp và thủy sản', period: '2022' }, '8,31', 8.31),
      implied(
        { kind: 'comparison', span: 'tăng 3,1 triệu đồng', indicator: 'thu nhập bình quân đầu người', period: '2022', forms: ['absolute', 'scale-words'] },
        fig('3,1', 3.1, 'triệu đồng'),
        52.2,
        '55,3 − 3,1 = 52,2 triệu đồng (not 56 − 3,1, the plan)',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 258 tỷ đồng', indicator: 'tổng nguồn vốn đầu tư phát triển toàn xã hội', period: '2022', forms: ['absolute', 'scale-words'] },
        fig('258', 258, 'tỷ đồng'),
        2079,
        '2.337 − 258 = 2.079 tỷ đồng (not 2.100 − 258, the plan)',
      ),
    ],
    findings: [],
    quiet: [],
  },
];
