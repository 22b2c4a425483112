import type { Lang } from '@/lib/i18n/lang';

const integer = (lang: Lang) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 });
const megabytes = (lang: Lang, bytes: number) =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
/** A file size in KB below 1 MB, else in MB. */
const fileSize = (lang: Lang, bytes: number) =>
  bytes < 1024 * 1024
    ? `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${megabytes(lang, bytes)} MB`;

/** Text of the upload page, the upload result and the dataset list. */
export interface UploadStrings {
  readonly pageTitle: string;
  readonly eyebrow: string;
  readonly intro: string;
  readonly formTitle: string;
  readonly dropHint: string;
  readonly chooseFile: string;
  readonly accepted: (maxBytes: number) => string;
  readonly chosen: (name: string, size: number) => string;
  readonly nameLabel: string;
  readonly nameHint: string;
  readonly sheetLabel: string;
  readonly allSheets: string;
  readonly sheetLoading: string;
  readonly submit: string;
  readonly uploading: (percent: number) => string;
  readonly checking: string;
  readonly progressLabel: string;
  readonly tooLargeClient: (name: string, size: number, maxBytes: number) => string;
  readonly wrongTypeClient: (name: string) => string;
  readonly networkError: string;
  readonly unreadableResponse: string;
  readonly errorTitle: string;
  readonly resultTitle: string;
  readonly recognisedTitle: string;
  readonly warningsTitle: (n: number) => string;
  readonly moreWarnings: (n: number) => string;
  readonly findingsTitle: string;
  readonly noClaims: string;
  readonly moreFindings: (n: number) => string;
  readonly openDataset: string;
  /** The data-quality review's count, said after the verdicts ("1 cảnh báo, 0 ghi chú."). */
  readonly qualityFound: (count: string) => string;
  readonly verdictColumn: string;
  readonly countColumn: string;
  readonly indicatorColumn: string;
  readonly claimColumn: string;
  readonly messageColumn: string;
  readonly rowColumn: string;
  readonly listTitle: string;
  readonly listEmpty: string;
  readonly listCaption: string;
  readonly summaryColumn: string;
  readonly rename: string;
  readonly renameLabel: (name: string) => string;
  readonly save: string;
  readonly cancel: string;
  readonly delete: string;
  readonly confirmDelete: (name: string) => string;
  readonly confirmYes: string;
  readonly renamed: (name: string) => string;
  readonly deleted: (name: string) => string;
  readonly claims: (n: number) => string;
  readonly noClaimsShort: string;
  readonly uploadLink: string;
  readonly overviewIntro: string;
  /** While the overview fetches the list after first paint. */
  readonly listLoading: string;
  readonly recheck: string;
  readonly rechecking: string;
  readonly rechecked: string;
  readonly exportJson: string;
  readonly chartHeading: (title: string) => string;
  readonly tableHeading: (title: string) => string;
  readonly tableCaption: (title: string) => string;
  readonly datasetMeta: {
    readonly created: string;
    readonly checked: string;
    readonly files: string;
    readonly claims: string;
  };
  readonly summaryChartLabel: (parts: string) => string;
  readonly summaryTitle: string;
  readonly breadcrumbLabel: string;
  readonly breadcrumbHome: string;
  readonly breadcrumbUploads: string;
}

export const UPLOAD_STRINGS: Readonly<Record<Lang, UploadStrings>> = {
  vi: {
    pageTitle: 'Tải bảng lên',
    eyebrow: 'Bảng của bạn',
    intro:
      'Tải lên bảng chỉ tiêu xuất từ Excel (CSV, TSV, "Unicode Text" hoặc .xlsx) đúng như bảng in trong báo cáo. soát số nhận ra mã hoá, dấu phân cách và dòng tiêu đề, rồi kiểm tra từng khẳng định tăng giảm.',
    formTitle: 'Chọn tệp',
    dropHint: 'Kéo thả tệp vào đây, hoặc',
    chooseFile: 'chọn tệp từ máy',
    accepted: (maxBytes: number) => `Nhận .csv, .tsv, .txt, .xlsx (và .xls khi máy chủ có LibreOffice); tối đa ${megabytes('vi', maxBytes)} MB.`,
    chosen: (name: string, size: number) => `Đã chọn: ${name} (${fileSize('vi', size)})`,
    nameLabel: 'Tên bộ dữ liệu (không bắt buộc)',
    nameHint: 'Để trống thì dùng tên tệp.',
    sheetLabel: 'Trang tính',
    allSheets: 'Mọi trang tính có bảng',
    sheetLoading: 'Đang đọc danh sách trang tính…',
    submit: 'Tải lên và kiểm tra',
    uploading: (percent: number) => `Đang tải lên… ${percent}%`,
    checking: 'Đã tải lên, đang đọc và kiểm tra bảng…',
    progressLabel: 'Tiến độ tải lên',
    tooLargeClient: (name: string, size: number, maxBytes: number) =>
      `${name}: tệp quá lớn (${megabytes('vi', size)} MB); giới hạn là ${megabytes('vi', maxBytes)} MB. Hãy chia bảng thành nhiều tệp nhỏ hơn.`,
    wrongTypeClient: (name: string) => `${name}: chỉ nhận tệp .csv, .tsv, .txt, .xlsx hoặc .xls.`,
    networkError: 'Không gửi được tệp tới máy chủ. Hãy kiểm tra kết nối và thử lại.',
    unreadableResponse: 'Máy chủ trả lời không đọc được. Hãy thử lại.',
    errorTitle: 'Không nhận được tệp',
    resultTitle: 'Kết quả kiểm tra',
    recognisedTitle: 'Đã nhận ra',
    warningsTitle: (n: number) => `${integer('vi').format(n)} cảnh báo về số liệu`,
    moreWarnings: (n: number) => `… và ${integer('vi').format(n)} cảnh báo khác.`,
    findingsTitle: 'Các khẳng định, chỗ sai trước',
    noClaims: 'Bảng không có cột so sánh nào để kiểm tra; các giá trị vẫn được đọc và lưu.',
    moreFindings: (n: number) => `… và ${integer('vi').format(n)} khẳng định khác (xem trang chi tiết).`,
    openDataset: 'Xem bảng, biểu đồ và toàn bộ kết quả',
    qualityFound: (count) => `Chất lượng dữ liệu: ${count} Xem từng lưu ý ở trang bộ dữ liệu.`,
    verdictColumn: 'Kết luận',
    countColumn: 'Số khẳng định',
    indicatorColumn: 'Chỉ tiêu',
    claimColumn: 'Khẳng định in trong bảng',
    messageColumn: 'Phép tính',
    rowColumn: 'Dòng',
    listTitle: 'Bộ dữ liệu đã tải lên',
    listEmpty: 'Chưa có bộ dữ liệu nào được tải lên.',
    listCaption: 'Bộ dữ liệu đã tải lên, mới nhất trước',
    summaryColumn: 'Kết quả',
    rename: 'Đổi tên',
    renameLabel: (name: string) => `Tên mới cho "${name}"`,
    save: 'Lưu',
    cancel: 'Huỷ',
    delete: 'Xoá',
    confirmDelete: (name: string) => `Xoá hẳn "${name}" cùng tệp gốc?`,
    confirmYes: 'Xoá hẳn',
    renamed: (name: string) => `Đã đổi tên thành "${name}".`,
    deleted: (name: string) => `Đã xoá "${name}".`,
    claims: (n: number) => `${integer('vi').format(n)} khẳng định`,
    noClaimsShort: 'không có khẳng định',
    uploadLink: 'Tải bảng lên',
    overviewIntro: 'Các bảng người dùng đã tải lên và kiểm tra.',
    listLoading: 'Đang tải danh sách…',
    recheck: 'Kiểm tra lại bằng bản mới',
    rechecking: 'Đang kiểm tra lại…',
    rechecked: 'Đã kiểm tra lại từ tệp gốc.',
    exportJson: 'Tải JSON (API)',
    chartHeading: (title: string) => `Biểu đồ: ${title}`,
    tableHeading: (title: string) => `Bảng: ${title}`,
    tableCaption: (title: string) => `${title}: giá trị, khẳng định in trong bảng và kết luận`,
    datasetMeta: {
      created: 'Tải lên',
      checked: 'Kiểm tra lần cuối',
      files: 'Tệp gốc',
      claims: 'Khẳng định',
    },
    summaryChartLabel: (parts: string) => `Số khẳng định theo kết luận: ${parts}`,
    summaryTitle: 'Tóm tắt kết luận',
    breadcrumbLabel: 'Đường dẫn',
    breadcrumbHome: 'Tổng quan',
    breadcrumbUploads: 'Tải bảng lên',
  },
  en: {
    pageTitle: 'Upload a table',
    eyebrow: 'Your tables',
    intro:
      'Upload an indicator table exported from Excel (CSV, TSV, "Unicode Text" or .xlsx), shaped as printed in the report. soát số recognises the encoding, delimiter and header row, then checks every growth claim.',
    formTitle: 'Choose a file',
    dropHint: 'Drop a file here, or',
    chooseFile: 'choose a file',
    accepted: (maxBytes: number) => `Accepts .csv, .tsv, .txt, .xlsx (and .xls when the server has LibreOffice); at most ${megabytes('en', maxBytes)} MB.`,
    chosen: (name: string, size: number) => `Chosen: ${name} (${fileSize('en', size)})`,
    nameLabel: 'Dataset name (optional)',
    nameHint: 'Left empty, the file name is used.',
    sheetLabel: 'Sheet',
    allSheets: 'Every sheet with a table',
    sheetLoading: 'Reading the sheet names…',
    submit: 'Upload and check',
    uploading: (percent: number) => `Uploading… ${percent}%`,
    checking: 'Uploaded; reading and checking the table…',
    progressLabel: 'Upload progress',
    tooLargeClient: (name: string, size: number, maxBytes: number) =>
      `${name}: file too large (${megabytes('en', size)} MB); the limit is ${megabytes('en', maxBytes)} MB. Split the table into smaller files.`,
    wrongTypeClient: (name: string) => `${name}: only .csv, .tsv, .txt, .xlsx or .xls files are accepted.`,
    networkError: 'The file could not be sent to the server. Check the connection and try again.',
    unreadableResponse: 'The server answered with something unreadable. Please try again.',
    errorTitle: 'File not accepted',
    resultTitle: 'Check results',
    recognisedTitle: 'Recognised',
    warningsTitle: (n: number) => `${integer('en').format(n)} data warning${n === 1 ? '' : 's'}`,
    moreWarnings: (n: number) => `… and ${integer('en').format(n)} more warning${n === 1 ? '' : 's'}.`,
    findingsTitle: 'Claims, problems first',
    noClaims: 'The table has no comparison column to check; its values were still read and stored.',
    moreFindings: (n: number) => `… and ${integer('en').format(n)} more claims (see the details page).`,
    openDataset: 'Open the tables, charts and all results',
    qualityFound: (count) => `Data quality: ${count} Each point is listed on the dataset's page.`,
    verdictColumn: 'Verdict',
    countColumn: 'Claims',
    indicatorColumn: 'Indicator',
    claimColumn: 'Claim as printed',
    messageColumn: 'Arithmetic',
    rowColumn: 'Row',
    listTitle: 'Uploaded datasets',
    listEmpty: 'No dataset has been uploaded yet.',
    listCaption: 'Uploaded datasets, newest first',
    summaryColumn: 'Results',
    rename: 'Rename',
    renameLabel: (name: string) => `New name for "${name}"`,
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    confirmDelete: (name: string) => `Delete "${name}" and its original files?`,
    confirmYes: 'Delete',
    renamed: (name: string) => `Renamed to "${name}".`,
    deleted: (name: string) => `Deleted "${name}".`,
    claims: (n: number) => `${integer('en').format(n)} claim${n === 1 ? '' : 's'}`,
    noClaimsShort: 'no claims',
    uploadLink: 'Upload a table',
    overviewIntro: 'Tables users have uploaded and checked.',
    listLoading: 'Loading the list…',
    recheck: 'Check again with this version',
    rechecking: 'Checking again…',
    rechecked: 'Checked again from the original files.',
    exportJson: 'Download JSON (API)',
    chartHeading: (title: string) => `Chart: ${title}`,
    tableHeading: (title: string) => `Table: ${title}`,
    tableCaption: (title: string) => `${title}: values, printed claims and verdicts`,
    datasetMeta: {
      created: 'Uploaded',
      checked: 'Last checked',
      files: 'Original files',
      claims: 'Claims',
    },
    summaryChartLabel: (parts: string) => `Claims by verdict: ${parts}`,
    summaryTitle: 'Verdict summary',
    breadcrumbLabel: 'Breadcrumb',
    breadcrumbHome: 'Overview',
    breadcrumbUploads: 'Upload a table',
  },
};

