import type { CorpusDocument } from './types';

/** Provincial releases read in the stops of 5 December 2026: GRDP with contributions, monthly reports, plans. */
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
];
