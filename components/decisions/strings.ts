import type { Lang } from '@/lib/i18n/lang';
import type { DecisionStatus } from '@/lib/team/types';

/** Text of decisions on findings: status, history, the form, the filter and the open counts. */
export interface DecisionStrings {
  readonly statusWords: Readonly<Record<DecisionStatus, string>>;
  readonly statusLabel: string;
  readonly decidedBy: (name: string, when: string) => string;
  readonly comment: string;
  readonly history: (count: number) => string;
  readonly historyEntry: (status: string, name: string, when: string) => string;
  readonly decide: string;
  readonly newStatus: string;
  readonly save: string;
  readonly saved: string;
  readonly saving: string;
  readonly networkError: string;
  readonly unreadableResponse: string;
  readonly statusFilter: string;
  readonly openFindings: (open: string, total: string) => string;
  readonly openFindingsShort: (open: string) => string;
  readonly reviewLink: string;
  readonly reviewSheet: string;
  readonly reviewSheetDocx: string;
  readonly reviewSheetPage: string;
  readonly printSheet: string;
  /** A decision carried over from an earlier version of a document (`null` when that version is gone). */
  readonly carriedFrom: (version: number | null) => string;
  readonly documentReviewTitle: string;
  readonly documentReviewIntro: string;
  readonly allStatuses: string;
  readonly noFindings: string;
  readonly noFindingsWithStatus: string;
  readonly showingFindings: (shown: string, total: string) => string;
  readonly location: (where: { readonly page: number | null; readonly line: number; readonly table: number | null }) => string;
  readonly expected: string;
  readonly documentsOpenTotal: (open: string, documents: string) => string;
}

/** A symbol per status, so a status is never told by colour alone. */
export const STATUS_SYMBOLS: Readonly<Record<DecisionStatus, string>> = {
  unreviewed: '○',
  confirmed: '✗',
  accepted: '✓',
  dismissed: '–',
};

export const DECISION_STRINGS: Readonly<Record<Lang, DecisionStrings>> = {
  vi: {
    statusWords: { unreviewed: 'Chưa xem', confirmed: 'Xác nhận sai', accepted: 'Chấp nhận', dismissed: 'Bỏ qua' },
    statusLabel: 'Trạng thái',
    decidedBy: (name, when) => `${name}, ${when}`,
    comment: 'Nhận xét',
    history: (n) => `Lịch sử quyết định (${n})`,
    historyEntry: (status, name, when) => `${status} · ${name} · ${when}`,
    decide: 'Ghi quyết định',
    newStatus: 'Trạng thái mới',
    save: 'Lưu quyết định',
    saved: 'Đã lưu quyết định.',
    saving: 'Đang lưu…',
    networkError: 'Không kết nối được máy chủ. Hãy thử lại.',
    unreadableResponse: 'Máy chủ trả lời không đọc được. Hãy thử lại.',
    statusFilter: 'Trạng thái soát',
    openFindings: (open, total) => `${open} / ${total} phát hiện chưa xem`,
    openFindingsShort: (open) => `${open} phát hiện chưa xem`,
    reviewLink: 'Soát các phát hiện',
    reviewSheet: 'Phiếu rà soát số liệu',
    reviewSheetDocx: 'Tải phiếu rà soát (.docx)',
    reviewSheetPage: 'Phiếu rà soát (bản in)',
    printSheet: 'In phiếu',
    carriedFrom: (v) => (v === null ? 'chuyển từ phiên bản trước' : `chuyển từ phiên bản ${v}`),
    documentReviewTitle: 'Soát các phát hiện',
    documentReviewIntro: 'Mỗi nhận định không khớp và mỗi kiểm tra nhất quán được ghi một trạng thái kèm nhận xét. Lịch sử được giữ nguyên; quyết định trên phát hiện còn nguyên được chuyển sang phiên bản sau.',
    allStatuses: 'Tất cả',
    noFindings: 'Tài liệu này không có phát hiện nào cần soát.',
    noFindingsWithStatus: 'Không có phát hiện nào có trạng thái này.',
    showingFindings: (shown, total) => `Đang hiện ${shown} trong ${total} phát hiện`,
    location: ({ page, line, table }) => [page === null ? null : `trang ${page}`, table === null ? null : `bảng ${table}`, `dòng ${line}`].filter((p) => p !== null).join(', '),
    expected: 'Nên ghi',
    documentsOpenTotal: (open, documents) => `${open} phát hiện chưa xem trong ${documents} tài liệu (phiên bản mới nhất)`,
  },
  en: {
    statusWords: { unreviewed: 'Not reviewed', confirmed: 'Confirmed wrong', accepted: 'Accepted as printed', dismissed: 'Dismissed' },
    statusLabel: 'Status',
    decidedBy: (name, when) => `${name}, ${when}`,
    comment: 'Comment',
    history: (n) => `Decision history (${n})`,
    historyEntry: (status, name, when) => `${status} · ${name} · ${when}`,
    decide: 'Record a decision',
    newStatus: 'New status',
    save: 'Save decision',
    saved: 'The decision was saved.',
    saving: 'Saving…',
    networkError: 'The server could not be reached. Try again.',
    unreadableResponse: 'The server gave an answer that cannot be read. Try again.',
    statusFilter: 'Review status',
    openFindings: (open, total) => `${open} of ${total} findings not reviewed`,
    openFindingsShort: (open) => `${open} findings not reviewed`,
    reviewLink: 'Review the findings',
    reviewSheet: 'Review sheet',
    reviewSheetDocx: 'Download the review sheet (.docx)',
    reviewSheetPage: 'Review sheet (printable)',
    printSheet: 'Print the sheet',
    carriedFrom: (v) => (v === null ? 'carried over from an earlier version' : `carried over from version ${v}`),
    documentReviewTitle: 'Review the findings',
    documentReviewIntro: 'Each claim that is not a match and each consistency check gets a status with a comment. The history is kept; decisions on findings left as they were carry over to the next version.',
    allStatuses: 'All',
    noFindings: 'This document has no findings to review.',
    noFindingsWithStatus: 'No finding has this status.',
    showingFindings: (shown, total) => `Showing ${shown} of ${total} findings`,
    location: ({ page, line, table }) => [page === null ? null : `page ${page}`, table === null ? null : `table ${table}`, `line ${line}`].filter((p) => p !== null).join(', '),
    expected: 'Should read',
    documentsOpenTotal: (open, documents) => `${open} findings not reviewed in ${documents} documents (latest versions)`,
  },
};
