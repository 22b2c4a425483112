import type { CorpusDocument } from './types';

/** Provincial releases read in the stop of 5 December 2026: GRDP with contributions, monthly reports, plans. */
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
];
