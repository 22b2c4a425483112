import type { CorpusDocument } from './types';

/**
 * Releases read in the stop of 6 December 2026 (evening): a statistics office's half year with a business survey, a
 * province's industry in ten months and a province's poverty review of five years.
 */
export const PROVINCIAL_DOCUMENTS_5: readonly CorpusDocument[] = [
  {
    id: 'caobang-2023-h1',
    title: 'Họp báo công bố số liệu thống kê kinh tế - xã hội 6 tháng đầu năm 2023',
    issuer: 'Cục Thống kê tỉnh Cao Bằng',
    date: '2023-07',
    kind: 'provincial-report',
    address: 'https://thongkecaobang.gso.gov.vn/Tin-tuc/hop-bao-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2023-1132.html',
    via: null,
  },
  {
    id: 'brvt-2023-10m-industry',
    title: 'Ngành công nghiệp 10 tháng năm 2023 tăng trưởng vượt mục tiêu',
    issuer: 'Sở Công Thương tỉnh Bà Rịa - Vũng Tàu',
    date: '2023-11',
    kind: 'provincial-report',
    address: 'https://baobariavungtau.com.vn/kinh-te/202311/nganh-cong-nghiep-10-thang-nam-2023-tang-truong-vuot-muc-tieu-995834/',
    via: 'Báo Bà Rịa - Vũng Tàu',
  },
  {
    id: 'haiduong-2020-poverty',
    title: 'Tỷ lệ hộ nghèo giảm còn 1,36%',
    issuer: 'UBND tỉnh Hải Dương',
    date: '2020-08',
    kind: 'plan-review',
    address: 'http://baohaiduong.vn/kinh-te---tieu-dung/ty-le-ho-ngheo-giam-con-136-143775',
    via: 'Báo Hải Dương',
  },
];
