import type { RowView } from '../dataset/types';
import { formatNumber } from '../numbers/format-number';
import { formatRowFigure } from '../series/recomputed-figure';
import type { Decision } from './types';

/** One confirmed finding as the review sheet gives it. Always Vietnamese (an official document). */
export interface ReviewSheetEntry {
  /** "Bảng 2 …, dòng 14" (a table) or "trang 3, dòng 14" (a document with pages). */
  readonly location: string;
  /** The indicator, the years and the printed values. */
  readonly printed: string;
  /** The printed claim itself ("Tăng 3,8 lần"). */
  readonly claim: string;
  /** The recomputed figure and its arithmetic. */
  readonly recomputed: string;
  readonly suggested: string;
  readonly comment: string;
  readonly reviewer: string;
}

/**
 * The review sheet ("phiếu rà soát số liệu") laid out as an official document (Nghị định
 * 30/2020/NĐ-CP): issuing body, number, place and date, title and subject, the confirmed
 * findings, and the signature blocks.
 */
export interface ReviewSheet {
  readonly issuer: string;
  /** "Số: …/PRS" with the number left for the office to fill in. */
  readonly number: string;
  readonly nation: string;
  readonly motto: string;
  /** "Cao Bằng, ngày 04 tháng 12 năm 2026". */
  readonly placeAndDate: string;
  readonly title: string;
  readonly subject: string;
  readonly intro: string;
  readonly entries: readonly ReviewSheetEntry[];
  readonly none: string;
  readonly columns: {
    readonly index: string;
    readonly location: string;
    readonly printed: string;
    readonly recomputed: string;
    readonly suggested: string;
    readonly comment: string;
  };
  readonly recipientsTitle: string;
  readonly recipients: readonly string[];
  readonly signers: readonly { readonly role: string; readonly note: string; readonly name: string }[];
}

export interface ReviewSheetInput {
  readonly documentTitle: string;
  /** The office issuing the sheet (`SOATSO_ORG_NAME`), or null. */
  readonly org: string | null;
  /** Where it is issued (the document's place), or null. */
  readonly place: string | null;
  readonly date: Date;
  /** The confirmed findings, in the order of the report, each with its latest decision. */
  readonly findings: readonly { readonly row: RowView; readonly tableTitle: string; readonly decision: Decision; readonly page?: number | null }[];
}

/** Dates on the sheet are Vietnam's. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * "ngày 04 tháng 12 năm 2026" as Nghị định 30/2020 writes dates (day and month under 10 with a
 * leading zero for day 1–9 and months 1–2).
 *
 * @example
 * officialDate(new Date('2026-12-04T03:00:00Z')) // 'ngày 04 tháng 12 năm 2026'
 */
export function officialDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(date);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const day = get('day');
  const month = get('month');
  return `ngày ${String(day).padStart(2, '0')} tháng ${month <= 2 ? String(month).padStart(2, '0') : String(month)} năm ${get('year')}`;
}

function printedSide(row: RowView, side: 'from' | 'to'): string | null {
  const point = row[side];
  if (!point || point.value === null) return null;
  const cell = row.cells.find((c) => c.year === point.year && c.value === point.value && c.raw.trim() !== '');
  return `${point.year}: ${cell ? cell.raw.trim() : formatNumber(point.value)}`;
}

/**
 * One finding as the sheet gives it.
 *
 * @example
 * sheetEntry(row, 'Bảng 2', decision).location // 'Bảng 2, dòng 14'
 */
export function sheetEntry(row: RowView, tableTitle: string, decision: Decision, page: number | null = null): ReviewSheetEntry {
  const values = [printedSide(row, 'from'), printedSide(row, 'to')].filter((v): v is string => v !== null).join(' → ');
  const unit = row.unit ? ` (${row.unit})` : '';
  const figure = formatRowFigure(row, 'vi');
  return {
    location: page === null ? `${tableTitle}, dòng ${row.row}` : `trang ${page}, dòng ${row.row}`,
    printed: `${row.indicator}${values ? `: ${values}${unit}` : unit}`,
    claim: row.claim ?? '',
    recomputed: [figure ? `Tính lại: ${figure}` : null, row.message || null].filter((v): v is string => v !== null).join('. '),
    suggested: row.expected ?? '—',
    comment: decision.comment || '—',
    reviewer: decision.userName,
  };
}

/** What frames a sheet: the document, the office, the place and the date. */
export type ReviewSheetFrame = Omit<ReviewSheetInput, 'findings'>;

/**
 * The review sheet of a document's confirmed findings.
 *
 * @example
 * buildReviewSheet({ documentTitle: 'Báo cáo …', org: 'Cục Thống kê tỉnh Cao Bằng', place: 'Cao Bằng', date, findings }).title
 * // 'PHIẾU RÀ SOÁT SỐ LIỆU'
 */
export function buildReviewSheet(input: ReviewSheetInput): ReviewSheet {
  return layOutReviewSheet(
    input,
    input.findings.map((f) => sheetEntry(f.row, f.tableTitle, f.decision, f.page ?? null)),
  );
}

/**
 * Lays entries already written out as the official sheet (a stored document's findings use it too);
 * the reviewers who sign are those named in the entries, in order.
 *
 * @example
 * layOutReviewSheet({ documentTitle: 'bao-cao.txt', org: null, place: null, date }, entries).signers[0]?.role // 'NGƯỜI RÀ SOÁT'
 */
export function layOutReviewSheet(frame: ReviewSheetFrame, entries: readonly ReviewSheetEntry[]): ReviewSheet {
  const reviewers = [...new Set(entries.map((e) => e.reviewer))];
  return {
    issuer: (frame.org ?? 'CƠ QUAN THỐNG KÊ').toUpperCase(),
    number: 'Số: ……/PRS',
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeAndDate: `${frame.place ?? '……'}, ${officialDate(frame.date)}`,
    title: 'PHIẾU RÀ SOÁT SỐ LIỆU',
    subject: `V/v rà soát số liệu trong ${frame.documentTitle}`,
    intro: `Qua rà soát, các số liệu dưới đây trong ${frame.documentTitle} được xác nhận là sai (${formatNumber(entries.length, 0)} phát hiện). Đề nghị đơn vị soạn thảo kiểm tra và chỉnh sửa trước khi ban hành.`,
    entries,
    none: 'Không có phát hiện nào được xác nhận sai.',
    columns: {
      index: 'TT',
      location: 'Vị trí (trang, dòng)',
      printed: 'Số liệu in trong tài liệu',
      recomputed: 'Số tính lại và phép tính',
      suggested: 'Đề xuất sửa',
      comment: 'Nhận xét của người rà soát',
    },
    recipientsTitle: 'Nơi nhận:',
    recipients: ['- Đơn vị soạn thảo;', '- Lưu: VT.'],
    signers: [
      { role: 'NGƯỜI RÀ SOÁT', note: '(Ký, ghi rõ họ tên)', name: reviewers.join(', ') },
      { role: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký, ghi rõ họ tên, đóng dấu)', name: '' },
    ],
  };
}
