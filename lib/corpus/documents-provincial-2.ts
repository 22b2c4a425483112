import type { CorpusDocument } from './types';

/** More provincial releases: GRDP with signed changes and sector contributions, transport and passengers. */
export const PROVINCIAL_DOCUMENTS_2: readonly CorpusDocument[] = [
  {
    id: 'bacninh-2023-q4',
    title: 'Báo cáo tình hình kinh tế - xã hội quý IV và cả năm 2023 tỉnh Bắc Ninh',
    issuer: 'UBND tỉnh Bắc Ninh (Cục Thống kê tỉnh)',
    date: '2023-12',
    kind: 'provincial-report',
    address: 'https://bacninh.gov.vn/news/-/details/20182/bao-cao-tinh-hinh-kinh-te-xa-hoi-quy-iv-va-ca-nam-2023-55144227',
    via: null,
  },
  {
    id: 'ninhbinh-2023',
    title: 'Họp báo công bố số liệu thống kê kinh tế - xã hội tỉnh Ninh Bình năm 2023',
    issuer: 'Cục Thống kê tỉnh Ninh Bình',
    date: '2023-12',
    kind: 'provincial-report',
    address: 'https://thongtin.vietnam.vn/id/hop-bao-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-tinh-ninh-binh-nam-2023',
    via: 'vietnam.vn',
  },
  {
    id: 'haugiang-2024-02-transport',
    title: 'Vận chuyển, luân chuyển hành khách, hàng hóa tháng 2 năm 2024 tỉnh Hậu Giang',
    issuer: 'Sở Giao thông vận tải Hậu Giang (qua báo Hậu Giang)',
    date: '2024-02-28',
    kind: 'provincial-report',
    address: 'https://www.baohaugiang.com.vn/an-toan-giao-thong/van-chuyen-luan-chuyen-hanh-khach-hang-hoa-thang-2-tang-130207.html',
    via: 'Báo Hậu Giang',
  },
  {
    id: 'namdinh-2022-h1-transport',
    title: 'Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ 6 tháng đầu năm 2022 tỉnh Nam Định',
    issuer: 'Cục Thống kê tỉnh Nam Định (qua báo Nam Định)',
    date: '2022-06',
    kind: 'provincial-report',
    address: 'http://baonamdinh.vn/channel/5083/202206/doanh-thu-van-tai-kho-bai-va-dich-vu-ho-tro-6-thang-dau-nam-tang-125-so-cung-ky-2551558/',
    via: 'Báo Nam Định',
  },
  {
    id: 'namdinh-2019-rice',
    title: 'Diện tích, năng suất, sản lượng lúa vụ mùa và cả năm 2019 tỉnh Nam Định',
    issuer: 'Cục Thống kê tỉnh Nam Định (qua báo Nam Định)',
    date: '2019-11-28',
    kind: 'provincial-report',
    address: 'http://baonamdinh.com.vn/channel/5083/201911/tong-san-luong-luong-thuc-nam-2019-cua-toan-tinh-giam-5240-tan-so-voi-nam-2018-2534371/',
    via: 'Báo Nam Định',
  },
];
