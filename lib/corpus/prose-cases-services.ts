import { fig, implied, part, rate } from './build';
import type { ProseCase } from './types';

/**
 * Services, tourism, enterprises and public investment: GSO's monthly figures, ministries' registers and provincial
 * releases, where sector names hold commas, places share one count and parts of a budget share most of their words.
 * Our wording, the documents' figures.
 */
export const SERVICE_CASES: readonly ProseCase[] = [
  {
    // Source: gso-2023-07-services (7 months of 2023: 395,8 nghìn tỷ đồng, +17,7%; lodging and food +16,3%, travel
    // +53,6%). The sector's name holds a comma; its parts are not the whole.
    id: 'gso23-07-services-parts',
    doc: 'gso-2023-07-services',
    text:
      'Tính chung 7 tháng năm 2023, doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành đạt 395,8 nghìn tỷ đồng, tăng 17,7% ' +
      'so với cùng kỳ năm trước; trong đó dịch vụ lưu trú, ăn uống tăng 16,3% và du lịch lữ hành tăng 53,6%.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 17,7%', indicator: 'doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành', period: '7T/2023' },
        fig('17,7', 17.7, '%'),
        336.2787,
        '395,8 / 1,177 = 336,28 nghìn tỷ đồng',
      ),
      rate({ span: 'tăng 16,3%', indicator: 'dịch vụ lưu trú, ăn uống', period: '7T/2023' }, '16,3', 16.3),
      rate({ span: 'tăng 53,6%', indicator: 'du lịch lữ hành', period: '7T/2023' }, '53,6', 53.6),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: tourism-2023-q1 (TP.HCM, quý I/2023: 8,6 triệu lượt khách, +79,17%; 36.112 tỷ đồng, "hơn 1,5 tỷ USD",
    // +77,2%). The amount said again in dollars is no level of its own.
    id: 'hcm23q1-tourism-equivalent',
    doc: 'tourism-2023-q1',
    text:
      'Trong quý I/2023, TP.HCM đón 8,6 triệu lượt khách du lịch, tăng 79,17% so với cùng kỳ; tổng thu du lịch đạt 36.112 tỷ ' +
      'đồng (tương đương hơn 1,5 tỷ USD), tăng 77,2% so với cùng kỳ năm 2022.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 79,17%', indicator: 'lượt khách du lịch (TP.HCM)', period: 'Q1/2023' },
        fig('79,17', 79.17, '%'),
        4.8,
        '8,6 / 1,7917 = 4,80 triệu lượt',
      ),
      implied(
        { kind: 'comparison', span: 'tăng 77,2%', indicator: 'tổng thu du lịch', period: 'Q1/2023' },
        fig('77,2', 77.2, '%'),
        20379,
        '36.112 / 1,772 = 20.379 tỷ đồng (not 1,5 tỷ USD / 1,772)',
      ),
    ],
    findings: [],
    quiet: [],
  },
  {
    // Source: thanhhoa-2021-07-investment (July 2021: 882 tỷ đồng, −7,2% on June; province 372,6, −11,9%; districts
    // 276,3, −3,3%; communes 233,1, −3,4%). 372,6 + 276,3 + 233,1 = 882,0; each level of the budget is its own series.
    id: 'thanhhoa21-07-budget-levels',
    doc: 'thanhhoa-2021-07-investment',
    text:
      'Tháng 7/2021, vốn đầu tư thực hiện từ nguồn ngân sách Nhà nước đạt 882 tỷ đồng, giảm 7,2% so với tháng trước. Trong đó, ' +
      'vốn ngân sách Nhà nước cấp tỉnh 372,6 tỷ đồng, giảm 11,9% so với tháng trước; vốn ngân sách Nhà nước cấp huyện 276,3 tỷ ' +
      'đồng, giảm 3,3%; vốn ngân sách Nhà nước cấp xã 233,1 tỷ đồng, giảm 3,4%.',
    claims: [
      implied(
        { kind: 'comparison', span: 'giảm 7,2%', indicator: 'vốn đầu tư thực hiện từ nguồn ngân sách Nhà nước', period: 'T7/2021' },
        fig('7,2', 7.2, '%'),
        950.431,
        '882 / 0,928 = 950,4 tỷ đồng',
      ),
      implied(
        { kind: 'comparison', span: 'giảm 11,9%', indicator: 'vốn ngân sách Nhà nước cấp tỉnh', period: 'T7/2021' },
        fig('11,9', 11.9, '%'),
        422.9285,
        '372,6 / 0,881 = 422,9 tỷ đồng',
      ),
      implied(
        { kind: 'comparison', span: 'giảm 3,3%', indicator: 'vốn ngân sách Nhà nước cấp huyện', period: 'T7/2021' },
        fig('3,3', 3.3, '%'),
        285.7291,
        '276,3 / 0,967 = 285,7 tỷ đồng',
      ),
      implied(
        { kind: 'comparison', span: 'giảm 3,4%', indicator: 'vốn ngân sách Nhà nước cấp xã', period: 'T7/2021' },
        fig('3,4', 3.4, '%'),
        241.3043,
        '233,1 / 0,966 = 241,3 tỷ đồng',
      ),
    ],
    findings: [],
    quiet: [{ situation: 'parts-total', why: '372,6 + 276,3 + 233,1 = 882,0' }],
  },
  {
    // Source: mpi-2024-01-enterprises (January 2024: 13.536 new enterprises, +24,8%; services 10.177, 75,2%, +24,4%;
    // industry and construction 3.208, 23,7%, +26,3%; farming 151, 1,1%, +20,8%). 10.177 + 3.208 + 151 = 13.536.
    id: 'mpi24-01-enterprises-groups',
    doc: 'mpi-2024-01-enterprises',
    text:
      'Tháng 1/2024 cả nước có 13.536 doanh nghiệp thành lập mới, tăng 24,8% so với cùng kỳ năm 2023. Trong đó, nhóm ngành dịch vụ có ' +
      '10.177 doanh nghiệp, chiếm 75,2% tổng số doanh nghiệp thành lập mới, tăng 24,4% so với cùng kỳ; nhóm công nghiệp và xây ' +
      'dựng có 3.208 doanh nghiệp, chiếm 23,7%, tăng 26,3%; khu vực nông, lâm nghiệp và thủy sản có 151 doanh nghiệp, chiếm ' +
      '1,1%, tăng 20,8%.',
    claims: [
      implied(
        { kind: 'comparison', span: 'tăng 24,8%', indicator: 'doanh nghiệp thành lập mới', period: 'T1/2024' },
        fig('24,8', 24.8, '%'),
        10846.1538,
        '13.536 / 1,248 = 10.846 doanh nghiệp',
      ),
      part('share', { span: 'chiếm 75,2%', indicator: 'nhóm ngành dịch vụ', period: 'T1/2024' }, '75,2', 75.2),
      implied(
        { kind: 'comparison', span: 'tăng 24,4%', indicator: 'nhóm ngành dịch vụ', period: 'T1/2024' },
        fig('24,4', 24.4, '%'),
        8180.8682,
        '10.177 / 1,244 = 8.181 doanh nghiệp (the group\'s count, not the share or the whole)',
      ),
      part('share', { span: 'chiếm 23,7%', indicator: 'nhóm công nghiệp và xây dựng', period: 'T1/2024' }, '23,7', 23.7),
      implied(
        { kind: 'comparison', span: 'tăng 26,3%', indicator: 'nhóm công nghiệp và xây dựng', period: 'T1/2024' },
        fig('26,3', 26.3, '%'),
        2540.0,
        '3.208 / 1,263 = 2.540 doanh nghiệp',
      ),
      part('share', { span: 'chiếm 1,1%', indicator: 'khu vực nông, lâm nghiệp và thủy sản', period: 'T1/2024' }, '1,1', 1.1),
      implied(
        { kind: 'comparison', span: 'tăng 20,8%', indicator: 'khu vực nông, lâm nghiệp và thủy sản', period: 'T1/2024' },
        fig('20,8', 20.8, '%'),
        125.0,
        '151 / 1,208 = 125 doanh nghiệp',
      ),
    ],
    findings: [],
    quiet: [{ situation: 'shares', why: '75,2 + 23,7 + 1,1 = 100,0' }],
  },
  {
    // Source: brvt-2023-10m-budget (10 months of 2023: total 77.856 tỷ đồng, 87,9% of the estimate, 83,2% of last
    // year's; crude oil 27.412, 14,7% over the estimate, 72,8% of last year's). "tăng 14,7% so với dự toán" is over the
    // plan: the estimate is 27.412 / 1,147, never a value of 2022.
    id: 'brvt23-10m-budget-over-plan',
    doc: 'brvt-2023-10m-budget',
    text:
      'Tổng thu ngân sách Nhà nước trên địa bàn tỉnh 10 tháng năm 2023 ước tính 77.856 tỷ đồng, đạt 87,9% so với dự toán và ' +
      'bằng 83,2% so với cùng kỳ. Cụ thể, thu dầu thô 27.412 tỷ đồng, ước tăng 14,7% so với dự toán và bằng 72,8% so với cùng kỳ.',
    claims: [
      implied(
        { kind: 'plan', span: 'đạt 87,9% so với dự toán', indicator: 'Tổng thu ngân sách Nhà nước trên địa bàn tỉnh', period: '10T/2023', forms: ['plan-estimate'] },
        fig('87,9', 87.9, '%'),
        88573.3788,
        'estimate = 77.856 / 0,879 = 88.573 tỷ đồng',
      ),
      implied(
        { kind: 'index', span: 'bằng 83,2% so với cùng kỳ', indicator: 'Tổng thu ngân sách Nhà nước trên địa bàn tỉnh', period: '10T/2023', forms: ['index', 'same-period'] },
        fig('83,2', 83.2, '%'),
        93576.9231,
        'the same months of 2022 = 77.856 / 0,832 = 93.577 tỷ đồng',
      ),
      implied(
        { kind: 'plan', span: 'ước tăng 14,7% so với dự toán', indicator: 'thu dầu thô', period: '10T/2023', forms: ['plan-exceed'] },
        fig('14,7', 14.7, '%'),
        23898.8666,
        'estimate = 27.412 / 1,147 = 23.899 tỷ đồng (over the plan, not a rise on 2022)',
      ),
      implied(
        { kind: 'index', span: 'bằng 72,8% so với cùng kỳ', indicator: 'thu dầu thô', period: '10T/2023', forms: ['index', 'same-period'] },
        fig('72,8', 72.8, '%'),
        37653.8462,
        'the same months of 2022 = 27.412 / 0,728 = 37.654 tỷ đồng',
      ),
    ],
    findings: [],
    quiet: [],
  },
];
