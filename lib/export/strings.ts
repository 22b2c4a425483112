import type { Lang } from '../verify/labels';

/** Column headers of the exported sheets, Vietnamese and English. */
export interface ExportStrings {
  readonly stt: string;
  readonly table: string;
  readonly indicator: string;
  readonly unit: string;
  readonly fromYear: string;
  readonly fromValue: string;
  readonly toYear: string;
  readonly toValue: string;
  readonly claim: string;
  readonly computed: string;
  readonly verdict: string;
  readonly verdictCode: string;
  readonly message: string;
  readonly warnings: string;
  readonly source: string;
  readonly fileRow: string;
  readonly year: string;
  readonly value: (unit: string) => string;
  readonly printed: string;
  readonly name: string;
}

export const EXPORT_STRINGS: Readonly<Record<Lang, ExportStrings>> = {
  vi: {
    stt: 'STT',
    table: 'Bảng',
    indicator: 'Chỉ tiêu',
    unit: 'ĐVT',
    fromYear: 'Năm gốc',
    fromValue: 'Giá trị năm gốc',
    toYear: 'Năm so sánh',
    toValue: 'Giá trị năm so sánh',
    claim: 'Nhận định trong báo cáo',
    computed: 'Tính lại',
    verdict: 'Kết luận',
    verdictCode: 'Mã kết luận',
    message: 'Diễn giải',
    warnings: 'Cảnh báo dữ liệu',
    source: 'Nguồn',
    fileRow: 'Tệp:dòng',
    year: 'Năm',
    value: (unit: string) => (unit ? `Giá trị (${unit})` : 'Giá trị'),
    printed: 'Số in trong báo cáo',
    name: 'Tên trong bảng',
  },
  en: {
    stt: 'No.',
    table: 'Table',
    indicator: 'Indicator',
    unit: 'Unit',
    fromYear: 'Base year',
    fromValue: 'Base value',
    toYear: 'Compared year',
    toValue: 'Compared value',
    claim: 'Claim in the report',
    computed: 'Recomputed',
    verdict: 'Verdict',
    verdictCode: 'Verdict code',
    message: 'Arithmetic (Vietnamese)',
    warnings: 'Data warnings',
    source: 'Source',
    fileRow: 'File:line',
    year: 'Year',
    value: (unit: string) => (unit ? `Value (${unit})` : 'Value'),
    printed: 'As printed',
    name: 'Name in the table',
  },
};
