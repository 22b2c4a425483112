import type { CorpusDocument } from './types';

/**
 * Releases read in the stop of 6 December 2026 (afternoon): a province's farming quarter, a district's five-year review,
 * a State Bank branch's credit, a province's half year, GSO's poverty rates and a statistics office's monthly report.
 */
export const PROVINCIAL_DOCUMENTS_4: readonly CorpusDocument[] = [
  {
    id: 'baclieu-2022-4m',
    title: 'Bạc Liêu: kinh tế vẫn tăng trưởng đứng đầu khu vực',
    issuer: 'Cục Thống kê tỉnh Bạc Liêu',
    date: '2022-05',
    kind: 'provincial-report',
    address: 'https://tieudung.kinhtedothi.vn/doi-song/bac-lieu:-kinh-te-van-tang-truong-dung-dau-khu-vuc-64073.html',
    via: 'Tiêu dùng (Kinh tế & Đô thị)',
  },
  {
    id: 'luongson-2016-2020',
    title: 'Kết quả thực hiện các chỉ tiêu kinh tế - xã hội giai đoạn 2016 - 2020',
    issuer: 'UBND huyện Lương Sơn, tỉnh Hòa Bình',
    date: '2020',
    kind: 'plan-review',
    address:
      'http://luongson.hoabinh.gov.vn/tia-ng-anh/ba-o-ca-o-tha-ng-ka/3088-ka-t-qua-tha-c-hia-n-ca-c-cha-tia-u-kinh-ta-xa-ha-i-giai-oa-n-2016-2020',
    via: null,
  },
  {
    id: 'gialai-2021-5m-credit',
    title: 'Gia Lai: nhu cầu tín dụng suy giảm vì dịch bệnh',
    issuer: 'Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Gia Lai',
    date: '2021-06',
    kind: 'provincial-report',
    address: 'https://baogialai.com.vn/channel/8207/202106/gia-lai-nhu-cau-tin-dung-suy-giam-vi-dich-benh-5738061/',
    via: 'Báo Gia Lai',
  },
  {
    id: 'backan-2018-h1',
    title: 'Bắc Kạn: tốc độ tăng trưởng kinh tế cao hơn cùng kỳ năm trước',
    issuer: 'UBND tỉnh Bắc Kạn',
    date: '2018-07',
    kind: 'provincial-report',
    address: 'https://baobackan.vn/bac-kan-toc-do-tang-truong-kinh-te-cao-hon-cung-ky-nam-truoc-post36167.html',
    via: 'Báo Bắc Kạn',
  },
  {
    id: 'gso-poverty-2006-2021',
    title: 'Lai Châu có tỷ lệ hộ nghèo giảm nhanh nhất cả nước giai đoạn 2006 - 2021',
    issuer: 'Tổng cục Thống kê',
    date: '2022',
    kind: 'gso-release',
    address: 'https://xaydungdang.org.vn/nhan-quyen-va-cuoc-song/lai-chau-co-ty-le-ho-ngheo-giam-nhanh-nhat-ca-nuoc-giai-doan-2006-2021-17554',
    via: 'Tạp chí Xây dựng Đảng',
  },
  {
    id: 'hatinh-2021-8m',
    title: 'Tình hình kinh tế - xã hội tháng 8 và 8 tháng năm 2021',
    issuer: 'Cục Thống kê tỉnh Hà Tĩnh',
    date: '2021-08',
    kind: 'provincial-report',
    address: 'https://pdfslide.tips/documents/tnh-hnh-kinh-t-x-hi.html',
    via: 'pdfslide.tips',
  },
];
