import type { CorpusDocument } from './types';

/** Releases read in the stops of 5 and 6 December 2026: GRDP with contributions, monthly reports, plans, trade, GDP. */
export const PROVINCIAL_DOCUMENTS_3: readonly CorpusDocument[] = [
  {
    id: 'kiengiang-2015-9m',
    title: 'Tình hình kinh tế - xã hội 9 tháng năm 2015 tỉnh Kiên Giang',
    issuer: 'Cục Thống kê tỉnh Kiên Giang',
    date: '2015-09',
    kind: 'provincial-report',
    address: 'http://www.cucthongkekg.gov.vn/news.php?id=1304',
    via: null,
  },
  {
    id: 'thanhhoa-2016-q1',
    title: 'Tình hình kinh tế - xã hội Quý 1 năm 2016',
    issuer: 'Cục Thống kê tỉnh Thanh Hóa',
    date: '2016-03',
    kind: 'provincial-report',
    address: 'http://ctk.thanhhoa.gov.vn/portal/Pages/2016-3-22/Tinh-hinh-kinh-te--xa-hoi-Quy-1-nam-2016a8pfmx.aspx',
    via: null,
  },
  {
    id: 'laocai-2022-6m',
    title: 'Tình hình kinh tế - xã hội tháng 6 và 6 tháng đầu năm 2022 của tỉnh Lào Cai',
    issuer: 'UBND tỉnh Lào Cai',
    date: '2022-06',
    kind: 'provincial-report',
    address: 'https://www.mpi.gov.vn/Pages/tinbai.aspx?idTin=55541&idcm=506',
    via: 'Bộ Kế hoạch và Đầu tư (mpi.gov.vn)',
  },
  {
    id: 'quangngai-2025-6m',
    title: 'Quảng Ngãi: GRDP tăng 11,51% trong 6 tháng đầu năm',
    issuer: 'UBND tỉnh Quảng Ngãi',
    date: '2025-06',
    kind: 'provincial-report',
    address: 'https://vneconomy.vn/quang-ngai-grdp-tang-11-51-trong-6-thang-dau-nam.htm',
    via: 'VnEconomy',
  },
  {
    id: 'haiquan-2017-7m',
    title: 'Tình hình xuất khẩu, nhập khẩu hàng hóa của Việt Nam tháng 7 và 7 tháng năm 2017',
    issuer: 'Tổng cục Hải quan',
    date: '2017-08',
    kind: 'gso-release',
    address: 'https://dnlogis.com/blogs/thi-truong-trong-nuoc/tinh-hinh-xuat-khau-nhap-khau-hang-hoa-cua-viet-nam-thang-7-va-7-thang-nam-2017',
    via: 'dnlogis.com',
  },
  {
    id: 'gso-2025-q1',
    title: 'GDP quý 1 tăng trưởng ấn tượng 6,93%, mức cao nhất trong vòng 5 năm',
    issuer: 'Cục Thống kê (Bộ Tài chính)',
    date: '2025-04',
    kind: 'gso-release',
    address: 'https://www.vietnamplus.vn/gdp-quy-1-tang-truong-an-tuong-693-muc-cao-nhat-trong-vong-5-nam-post1025073.vnp',
    via: 'VietnamPlus',
  },
];
