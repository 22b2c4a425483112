import type { Lang } from '@/lib/verify/labels';

/** Texts of the export and sharing controls. */
export interface ExportUiStrings {
  readonly chartGroup: string;
  readonly png: string;
  readonly svg: string;
  readonly pngHint: string;
  readonly svgHint: string;
  readonly dataGroup: string;
  readonly csv: string;
  readonly xlsx: string;
  readonly options: string;
  readonly scope: string;
  readonly scopeVisible: (n: number) => string;
  readonly scopeAll: (n: number) => string;
  readonly delimiter: string;
  readonly semicolon: string;
  readonly comma: string;
  readonly numbers: string;
  readonly numbersVi: string;
  readonly numbersPlain: string;
  readonly working: string;
  readonly done: (name: string) => string;
  readonly failed: string;
  readonly noChart: string;
  readonly copyLink: string;
  readonly copied: string;
  readonly copyManual: string;
  readonly linkLabel: string;
  readonly unit: string;
  readonly source: string;
  readonly credit: (date: string) => string;
  readonly verdict: string;
}

export const EXPORT_UI_STRINGS: Readonly<Record<Lang, ExportUiStrings>> = {
  vi: {
    chartGroup: 'Tải biểu đồ',
    png: 'Tải PNG',
    svg: 'Tải SVG',
    pngHint: 'Ảnh PNG độ phân giải gấp đôi, có tiêu đề, đơn vị, năm và nguồn',
    svgHint: 'Ảnh vector SVG, có tiêu đề, đơn vị, năm và nguồn',
    dataGroup: 'Tải dữ liệu',
    csv: 'Tải CSV',
    xlsx: 'Tải XLSX',
    options: 'Tùy chọn tải',
    scope: 'Dòng cần tải',
    scopeVisible: (n: number) => `Đang hiển thị sau khi lọc (${n})`,
    scopeAll: (n: number) => `Tất cả (${n})`,
    delimiter: 'Dấu phân cách CSV',
    semicolon: 'Chấm phẩy “;” (Excel tiếng Việt)',
    comma: 'Phẩy “,”',
    numbers: 'Cách viết số',
    numbersVi: 'Kiểu Việt Nam: 3.957,9',
    numbersPlain: 'Số thuần: 3957.9',
    working: 'Đang tạo tệp…',
    done: (name: string) => `Đã tải ${name}`,
    failed: 'Không tạo được tệp. Hãy thử lại.',
    noChart: 'Biểu đồ chưa vẽ xong, hãy thử lại sau giây lát.',
    copyLink: 'Sao chép liên kết',
    copied: 'Đã sao chép liên kết',
    copyManual: 'Không sao chép tự động được. Hãy chọn và sao chép liên kết này:',
    linkLabel: 'Liên kết tới trang này',
    unit: 'Đơn vị',
    source: 'Nguồn',
    credit: (date: string) => `Kiểm tra bằng soát số, ${date}`,
    verdict: 'Kết luận',
  },
  en: {
    chartGroup: 'Download chart',
    png: 'Download PNG',
    svg: 'Download SVG',
    pngHint: 'PNG image at double resolution, with title, unit, years and source',
    svgHint: 'SVG vector image, with title, unit, years and source',
    dataGroup: 'Download data',
    csv: 'Download CSV',
    xlsx: 'Download XLSX',
    options: 'Download options',
    scope: 'Rows to download',
    scopeVisible: (n: number) => `Shown after filters (${n})`,
    scopeAll: (n: number) => `All (${n})`,
    delimiter: 'CSV delimiter',
    semicolon: 'Semicolon “;” (Vietnamese Excel)',
    comma: 'Comma “,”',
    numbers: 'Number style',
    numbersVi: 'Vietnamese: 3.957,9',
    numbersPlain: 'Plain: 3957.9',
    working: 'Creating the file…',
    done: (name: string) => `Downloaded ${name}`,
    failed: 'Could not create the file. Please try again.',
    noChart: 'The chart is not drawn yet; try again in a moment.',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyManual: 'Could not copy automatically. Select and copy this link:',
    linkLabel: 'Link to this page',
    unit: 'Unit',
    source: 'Source',
    credit: (date: string) => `Checked with soát số, ${date}`,
    verdict: 'Verdict',
  },
};
