import type { Lang } from '@/lib/i18n/lang';
import type { VersionState } from '@/lib/documents/compare-versions';

const vi = new Intl.NumberFormat('vi-VN');
const en = new Intl.NumberFormat('en-GB');

/** Text of stored documents: the list, `/tai-lieu/[id]`, saving from /van-ban, versions. */
export interface DocumentStrings {
  readonly listTitle: string;
  readonly listIntro: string;
  readonly listEmpty: string;
  readonly listLoading: string;
  readonly listUnavailable: string;
  readonly version: (n: number) => string;
  readonly pages: (n: number) => string;
  readonly checkedClaims: (n: number) => string;
  readonly savedAt: string;
  readonly checkedAt: string;
  readonly format: string;
  readonly save: string;
  readonly saving: string;
  readonly saved: string;
  readonly open: string;
  readonly saveHint: string;
  readonly recheck: string;
  readonly rechecking: string;
  readonly rechecked: string;
  readonly networkError: string;
  readonly unreadable: string;
  readonly versionsTitle: string;
  readonly thisVersion: string;
  readonly newVersionTitle: string;
  readonly newVersionHint: string;
  readonly newVersionFile: string;
  readonly newVersionSubmit: string;
  readonly uploading: string;
  readonly chooseFile: string;
  readonly compareTitle: (from: number, to: number) => string;
  readonly compareIntro: string;
  readonly compareCounts: string;
  readonly states: Readonly<Record<VersionState, { readonly word: string; readonly symbol: string }>>;
  readonly colState: string;
  readonly colIndicator: string;
  readonly colBefore: string;
  readonly colAfter: string;
  readonly figureChanged: string;
  readonly absent: string;
  readonly check: string;
  readonly page: (n: number) => string;
  readonly noIndicator: string;
}

export const DOCUMENT_STRINGS: Readonly<Record<Lang, DocumentStrings>> = {
  vi: {
    listTitle: 'Tài liệu đã lưu',
    listIntro: 'Văn bản đã kiểm tra và lưu lại, cùng các phiên bản của chúng. Kiểm tra văn bản ở trang “Văn bản”.',
    listEmpty: 'Chưa có tài liệu nào được lưu.',
    listLoading: 'Đang tải danh sách tài liệu…',
    listUnavailable: 'Không đọc được danh sách tài liệu đã lưu lúc này; tài liệu không bị mất. Hãy tải lại trang sau.',
    version: (n) => `phiên bản ${vi.format(n)}`,
    pages: (n) => `${vi.format(n)} trang`,
    checkedClaims: (n) => `${vi.format(n)} nhận định có so sánh`,
    savedAt: 'Lưu lúc',
    checkedAt: 'Kiểm tra lúc',
    format: 'Định dạng',
    save: 'Lưu thành tài liệu',
    saving: 'Đang lưu…',
    saved: 'Đã lưu.',
    open: 'Mở tài liệu đã lưu',
    saveHint: 'Lưu tệp gốc, văn bản đọc được và mọi kết quả để mở lại, kiểm tra lại và so sánh với phiên bản sau.',
    recheck: 'Kiểm tra lại bằng công cụ hiện tại',
    rechecking: 'Đang kiểm tra lại…',
    rechecked: 'Đã kiểm tra lại.',
    networkError: 'Không kết nối được máy chủ. Hãy thử lại.',
    unreadable: 'Máy chủ trả lời không đọc được. Hãy thử lại.',
    versionsTitle: 'Các phiên bản',
    thisVersion: '(đang xem)',
    newVersionTitle: 'Tải lên phiên bản mới',
    newVersionHint: 'Chọn bản sửa của tài liệu này (.txt, .docx hoặc .pdf). Các phát hiện được so theo chỉ tiêu, năm, loại nhận định và con số, không theo số dòng.',
    newVersionFile: 'Tệp phiên bản mới',
    newVersionSubmit: 'Tải lên và so sánh',
    uploading: 'Đang tải lên…',
    chooseFile: 'Hãy chọn một tệp trước.',
    compareTitle: (from, to) => `So sánh phiên bản ${vi.format(to)} với phiên bản ${vi.format(from)}`,
    compareIntro: 'Mỗi phát hiện của phiên bản sau: đã sửa (trước sai, nay đúng hoặc đã bỏ), còn nguyên (như trước) hay mới.',
    compareCounts: 'Tóm tắt',
    states: {
      fixed: { word: 'đã sửa', symbol: '✓' },
      unchanged: { word: 'còn nguyên', symbol: '=' },
      new: { word: 'mới', symbol: '+' },
    },
    colState: 'Trạng thái',
    colIndicator: 'Chỉ tiêu',
    colBefore: 'Phiên bản trước',
    colAfter: 'Phiên bản này',
    figureChanged: 'số liệu đã đổi',
    absent: '(không có)',
    check: 'kiểm tra nhất quán',
    page: (n) => `trang ${vi.format(n)}`,
    noIndicator: '(không rõ chỉ tiêu)',
  },
  en: {
    listTitle: 'Saved documents',
    listIntro: 'Texts checked and kept, with their versions. Check a text on the “Text” page.',
    listEmpty: 'No document has been saved yet.',
    listLoading: 'Loading the saved documents…',
    listUnavailable: 'The saved documents cannot be listed right now; they are not lost. Reload the page later.',
    version: (n) => `version ${en.format(n)}`,
    pages: (n) => `${en.format(n)} pages`,
    checkedClaims: (n) => `${en.format(n)} claims that compare`,
    savedAt: 'Saved',
    checkedAt: 'Checked',
    format: 'Format',
    save: 'Save as a document',
    saving: 'Saving…',
    saved: 'Saved.',
    open: 'Open the saved document',
    saveHint: 'Keeps the original file, the text read and every finding, to open again, re-check and compare with a later version.',
    recheck: 'Check again with the current engine',
    rechecking: 'Checking again…',
    rechecked: 'Checked again.',
    networkError: 'The server could not be reached. Try again.',
    unreadable: 'The server answered something unreadable. Try again.',
    versionsTitle: 'Versions',
    thisVersion: '(shown)',
    newVersionTitle: 'Upload a new version',
    newVersionHint: 'Choose the corrected version of this document (.txt, .docx or .pdf). Findings are matched by indicator, years, claim kind and figure, never by line number.',
    newVersionFile: 'New version file',
    newVersionSubmit: 'Upload and compare',
    uploading: 'Uploading…',
    chooseFile: 'Choose a file first.',
    compareTitle: (from, to) => `Version ${en.format(to)} compared with version ${en.format(from)}`,
    compareIntro: 'Each finding of the later version: fixed (wrong before, right or removed now), unchanged (as before) or new.',
    compareCounts: 'Summary',
    states: {
      fixed: { word: 'fixed', symbol: '✓' },
      unchanged: { word: 'unchanged', symbol: '=' },
      new: { word: 'new', symbol: '+' },
    },
    colState: 'State',
    colIndicator: 'Indicator',
    colBefore: 'Earlier version',
    colAfter: 'This version',
    figureChanged: 'figure changed',
    absent: '(none)',
    check: 'consistency check',
    page: (n) => `page ${en.format(n)}`,
    noIndicator: '(indicator unknown)',
  },
};
