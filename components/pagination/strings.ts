import type { Lang } from '@/lib/i18n/lang';

const integer = (lang: Lang, n: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);

/** Text of the pagination bar. */
export interface PaginationStrings {
  readonly previous: string;
  readonly next: string;
  readonly page: (n: number) => string;
  /** `Dòng 201–400 trên 50.000`. */
  readonly showing: (from: number, to: number, total: number, noun: string) => string;
  /** What each list counts, and the name of its page navigation. */
  readonly rowsNoun: string;
  readonly findingsNoun: string;
  readonly claimsNoun: string;
  readonly tablePagesLabel: string;
  readonly findingsPagesLabel: string;
  readonly claimsPagesLabel: string;
  /** Under a table cut to one page: search, filters and sorting work on the rows of this page. */
  readonly pageNote: string;
  /** The link from a table's first rows to its own pages. */
  readonly wholeTable: (rows: number) => string;
  /** Under a chart that draws only the rows of this page. */
  readonly chartPageNote: string;
}

export const PAGINATION_STRINGS: Readonly<Record<Lang, PaginationStrings>> = {
  vi: {
    previous: '‹ Trang trước',
    next: 'Trang sau ›',
    page: (n) => `Trang ${integer('vi', n)}`,
    showing: (from, to, total, noun) => `${noun} ${integer('vi', from)}–${integer('vi', to)} trên ${integer('vi', total)}`,
    rowsNoun: 'Dòng',
    findingsNoun: 'Kết quả',
    claimsNoun: 'Nhận định',
    tablePagesLabel: 'Các trang của bảng',
    findingsPagesLabel: 'Các trang kết quả',
    claimsPagesLabel: 'Các trang nhận định',
    pageNote: 'Bảng dài được chia trang: tìm kiếm, lọc và sắp xếp áp dụng cho các dòng của trang này. Tệp CSV/XLSX xuất ra có đủ mọi dòng.',
    wholeTable: (rows) => `Xem cả bảng (${integer('vi', rows)} dòng, chia trang)`,
    chartPageNote: 'Biểu đồ vẽ các dòng của trang này.',
  },
  en: {
    previous: '‹ Previous page',
    next: 'Next page ›',
    page: (n) => `Page ${integer('en', n)}`,
    showing: (from, to, total, noun) => `${noun} ${integer('en', from)}–${integer('en', to)} of ${integer('en', total)}`,
    rowsNoun: 'Rows',
    findingsNoun: 'Results',
    claimsNoun: 'Claims',
    tablePagesLabel: 'Pages of the table',
    findingsPagesLabel: 'Pages of results',
    claimsPagesLabel: 'Pages of claims',
    pageNote: 'A long table is split into pages: search, filters and sorting apply to the rows of this page. CSV/XLSX exports hold every row.',
    wholeTable: (rows) => `See the whole table (${integer('en', rows)} rows, in pages)`,
    chartPageNote: 'The chart draws the rows of this page.',
  },
};
