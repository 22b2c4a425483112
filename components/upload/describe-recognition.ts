import { yearPartText } from '@/lib/verify/reference-period';
import type { Lang } from '@/lib/i18n/lang';
import type { Recognition } from '@/lib/upload/types';

const ENCODING_NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (có BOM)',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
};

const DELIMITER_NAMES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: { ',': 'dấu phẩy', ';': 'chấm phẩy', '\t': 'tab' },
  en: { ',': 'comma', ';': 'semicolon', '\t': 'tab' },
};

function count(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 }).format(n);
}

function encodingName(encoding: string, lang: Lang): string {
  const name = ENCODING_NAMES[encoding] ?? encoding;
  return lang === 'en' ? name.replace('(có BOM)', '(with BOM)') : name;
}

/**
 * One line saying what the reader recognised in a file, in the words an official uses:
 * "Mã hoá UTF-16, phân cách: tab, dòng tiêu đề: 3, năm so sánh: 2020 với 2015, 12 chỉ tiêu".
 *
 * @example
 * describeRecognition({ format: 'csv', encoding: 'utf-16le', delimiter: '\t', headerRow: 3,
 *   compare: { from: 2015, to: 2020 }, indicatorCount: 12, kind: 'report', … }, 'vi')
 * // 'Mã hoá UTF-16, phân cách: tab, dòng tiêu đề: 3, năm so sánh: 2020 với 2015, 12 chỉ tiêu'
 */
export function describeRecognition(r: Recognition, lang: Lang): string {
  const parts: string[] = [];
  if (r.format === 'xlsx') {
    parts.push(lang === 'vi' ? `Tệp Excel, trang tính "${r.sheet ?? ''}"` : `Excel workbook, sheet "${r.sheet ?? ''}"`);
  } else {
    if (r.encoding) parts.push(lang === 'vi' ? `Mã hoá ${encodingName(r.encoding, lang)}` : `Encoding ${encodingName(r.encoding, lang)}`);
    if (r.delimiter) {
      const name = DELIMITER_NAMES[lang][r.delimiter] ?? r.delimiter;
      parts.push(lang === 'vi' ? `phân cách: ${name}` : `delimiter: ${name}`);
    }
  }
  parts.push(lang === 'vi' ? `dòng tiêu đề: ${count(lang, r.headerRow)}` : `header row: ${count(lang, r.headerRow)}`);
  if (r.kind === 'series') {
    const first = r.years[0];
    const last = r.years[r.years.length - 1];
    if (first !== undefined && last !== undefined) parts.push(lang === 'vi' ? `năm ${first}–${last}` : `years ${first}–${last}`);
    parts.push(
      lang === 'vi'
        ? `chuỗi số liệu: ${count(lang, r.indicatorCount)} chỉ tiêu, ${count(lang, r.rowCount)} giá trị`
        : `long series: ${count(lang, r.indicatorCount)} indicators, ${count(lang, r.rowCount)} values`,
    );
  } else {
    if (r.compare?.fromPlan === true) {
      parts.push(lang === 'vi' ? `so sánh: năm ${r.compare.to} với kế hoạch` : `compared: ${r.compare.to} with the plan`);
    } else if (r.compare) {
      const when = (year: number): string => yearPartText(String(year), r.compare?.part ?? '', lang);
      parts.push(lang === 'vi' ? `năm so sánh: ${when(r.compare.to)} với ${when(r.compare.from)}` : `years compared: ${when(r.compare.to)} with ${when(r.compare.from)}`);
    }
    parts.push(lang === 'vi' ? `${count(lang, r.indicatorCount)} chỉ tiêu` : `${count(lang, r.indicatorCount)} indicators`);
    // A CPI table prints indices alone: nothing in it can be recomputed (its reading note says why).
    if (r.years.length === 0) parts.push(lang === 'vi' ? 'chỉ có chỉ số so sánh, không in số liệu của các kỳ' : 'comparison indices only, no values of the periods');
  }
  if (r.numberStyle === 'en') parts.push(lang === 'vi' ? 'số viết kiểu tiếng Anh (1,234.5)' : 'English-style numbers (1,234.5)');
  if (r.shape === 'years-down') parts.push(lang === 'vi' ? 'năm theo dòng (niên giám)' : 'years down the rows (yearbook)');
  if (r.legacyFont) {
    const font = r.legacyFont === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
    parts.push(lang === 'vi' ? `gõ bằng phông ${font}, đã chuyển sang Unicode` : `typed in the ${font} font, converted to Unicode`);
  }
  if (r.reused) {
    parts.push(
      lang === 'vi'
        ? `dùng lại sửa đổi vai trò cột từ bộ dữ liệu “${r.reused.name}”`
        : `column roles corrected as saved with the dataset “${r.reused.name}”`,
    );
  }
  return parts.join(', ');
}
