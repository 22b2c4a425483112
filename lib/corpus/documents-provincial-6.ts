import type { CorpusDocument } from './types';

/**
 * Releases read in the stop of 6 December 2026 (afternoon): a province's retail month, its GRDP and sectors, a plan with
 * ranges, a retail quarter by ownership, a five-year table printed one cell a line, a province's crops of four months,
 * GSO's farm output of a year, and a province's GRDP contributions.
 */
export const PROVINCIAL_DOCUMENTS_6: readonly CorpusDocument[] = [
  {
    id: 'cantho-2023-01-retail',
    title: 'Tháng 1, doanh thu bán lẻ hàng hóa và dịch vụ tăng mạnh',
    issuer: 'Cục Thống kê TP Cần Thơ (qua Báo Cần Thơ)',
    date: '2023-02',
    kind: 'provincial-report',
    address: 'https://baocantho.com.vn/thang-1-doanh-thu-ban-le-hang-hoa-va-dich-vu-tang-manh-a155935.html',
    via: 'Báo Cần Thơ',
  },
  {
    id: 'hagiang-2022',
    title: 'Hà Giang: Nhiều chỉ tiêu phát triển kinh tế tăng trưởng khá',
    issuer: 'Cục Thống kê tỉnh Hà Giang (qua Báo Nhân Dân)',
    date: '2022-12',
    kind: 'provincial-report',
    address: 'https://nhandan.vn/ha-giang-nhieu-chi-tieu-phat-trien-kinh-te-tang-truong-kha-post732396.html',
    via: 'Báo Nhân Dân',
  },
  {
    id: 'cantho-2018-plan',
    title: 'Các chỉ tiêu kinh tế - xã hội năm 2018 của TP Cần Thơ',
    issuer: 'HĐND TP Cần Thơ (qua Báo Dân Việt)',
    date: '2017-12',
    kind: 'plan-review',
    address: 'http://danviet.vn/nha-nong/xay-dung-manh-dat-tay-do-van-minh-hien-dai-xanh-sach-dep-846945.html',
    via: 'Báo Dân Việt',
  },
  {
    id: 'thainguyen-2019-q1-retail',
    title: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội tăng so với cùng kỳ',
    issuer: 'Cục Thống kê tỉnh Thái Nguyên (qua Báo Thái Nguyên)',
    date: '2019-04',
    kind: 'provincial-report',
    address: 'http://m.baothainguyen.vn/tin-tuc/kinh-te/tong-muc-ban-le-hang-hoa-va-dich-vu-tieu-dung-xa-hoi-tang-so-voi-cung-ky-263045-108.html',
    via: 'Báo Thái Nguyên',
  },
  {
    id: 'hue-2011-2015',
    title: 'Các chỉ tiêu phát triển kinh tế - xã hội chủ yếu đạt được trong giai đoạn 2011–2015',
    issuer: 'UBND tỉnh Thừa Thiên Huế',
    date: '2016',
    kind: 'plan-review',
    address: 'https://thuathienhue.gov.vn/vi-vn/Thong-tin-kinh-te-xa-hoi/cid/99D35E99-9258-4CA9-8955-A720008B29A2',
    via: null,
  },
  {
    id: 'hanam-2021-04',
    title: 'Tình hình kinh tế - xã hội tháng 4 năm 2021 của tỉnh Hà Nam',
    issuer: 'Cục Thống kê tỉnh Hà Nam (qua Bộ Kế hoạch và Đầu tư)',
    date: '2021-04',
    kind: 'provincial-report',
    address: 'https://chuyendoiso.mpi.gov.vn/Pages/tinbaitonghop.aspx?idTin=50280&idcm=469',
    via: 'Bộ Kế hoạch và Đầu tư',
  },
  {
    id: 'gso-2012-farm',
    title: 'Tình hình sản xuất nông, lâm nghiệp, thủy sản và sản xuất công nghiệp 12 tháng năm 2012',
    issuer: 'Tổng cục Thống kê (qua Tạp chí Tài chính)',
    date: '2012-12',
    kind: 'gso-release',
    address: 'http://tapchitaichinh.vn/bao-cao-va-thong-ke-tai-chinh/tinh-hinh-san-xuat-nong-lam-nghiep-thuy-san-va-san-xuat-cong-nghiep-12-thang-nam-2012-33673.html',
    via: 'Tạp chí Tài chính',
  },
  {
    id: 'phuyen-2023',
    title: 'Tốc độ tăng GRDP của Phú Yên vào top 10 cả nước',
    issuer: 'Cục Thống kê tỉnh Phú Yên (qua Cổng TTĐT TP Tuy Hòa, theo Báo Phú Yên)',
    date: '2023-12',
    kind: 'provincial-report',
    address: 'https://tptuyhoa.phuyen.gov.vn/kinh-te-chinh-tri/toc-do-tang-grdp-cua-phu-yen-vao-top-10-ca-nuoc-767809',
    via: 'Báo Phú Yên',
  },
];
