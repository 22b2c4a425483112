import type { Lang } from '@/lib/i18n/lang';

/** Text of the /van-ban page (check a report's prose). */
export interface ProseStrings {
  readonly pageTitle: string;
  readonly intro: string;
  readonly formTitle: string;
  readonly textLabel: string;
  readonly textHint: string;
  readonly fileLabel: string;
  readonly fileHint: string;
  readonly clearFile: string;
  readonly sourcesLegend: string;
  readonly bundledLabel: (title: string) => string;
  readonly datasetLabel: string;
  readonly datasetNone: string;
  readonly noUploads: string;
  readonly submit: string;
  readonly checking: string;
  readonly emptyInput: string;
  readonly networkError: string;
  readonly editAgain: string;
  readonly resultsTitle: string;
  readonly summary: (claims: number, compared: number) => string;
  readonly readFrom: (name: string | null, format: string, chars: string) => string;
  readonly searched: (labels: string) => string;
  readonly searchedTextOnly: string;
  readonly toPanel: string;
  readonly documentTitle: string;
  readonly documentHint: string;
  readonly showValues: string;
  readonly legend: string;
  readonly panelTitle: string;
  readonly checksTitle: string;
  readonly checksNone: string;
  readonly findingsTitle: string;
  readonly findingsNone: string;
  readonly goTo: string;
  readonly noIndicator: string;
  readonly exportTitle: string;
  readonly delimiter: string;
  readonly delimiterSemicolon: string;
  readonly delimiterComma: string;
  readonly download: string;
  readonly fileTitle: string;
  readonly originText: string;
  readonly originTables: string;
  readonly originUpload: string;
  readonly from: string;
  readonly to: string;
  readonly comparedWith: string;
  /** "trang 12" / "page 12". */
  readonly page: (n: number) => string;
  /** The separator shown where a PDF page begins in the text. */
  readonly pageBreak: (n: number) => string;
  readonly pagesRead: (n: string) => string;
  readonly tablesTitle: string;
  readonly tablesHint: string;
  readonly tableName: (n: number) => string;
  readonly tableIndicator: string;
  readonly tableClaim: string;
  readonly tableVerdict: string;
  readonly tableMessage: string;
  readonly tableNoClaims: string;
}

export const PROSE_STRINGS: Readonly<Record<Lang, ProseStrings>> = {
  vi: {
    pageTitle: 'Soát số trong văn bản',
    intro:
      'Dán nội dung báo cáo hoặc chọn tệp .txt, .docx hay .pdf. Mọi con số so sánh được tìm ra và tính lại: trước hết với số liệu in ngay trong văn bản, sau đó với bảng số liệu kèm theo và bộ dữ liệu đã tải lên. Văn bản chỉ được xử lý trên máy chủ này, không lưu lại.',
    formTitle: 'Văn bản cần kiểm tra',
    textLabel: 'Dán văn bản báo cáo',
    textHint: 'Văn bản chép từ PDF cũng được: dòng bị ngắt và số trang được tự nối và bỏ.',
    fileLabel: 'hoặc chọn tệp (.txt, .docx, .pdf)',
    fileHint: 'Tệp .txt mã UTF-8 hoặc UTF-16; tệp Word .docx; tệp PDF có lớp chữ (không phải bản quét ảnh). Khi đã chọn tệp, nội dung dán ở trên được bỏ qua.',
    clearFile: 'Bỏ tệp đã chọn',
    sourcesLegend: 'Đối chiếu với',
    bundledLabel: (title: string) => `Bảng số liệu kèm theo (${title})`,
    datasetLabel: 'Bộ dữ liệu đã tải lên (tra sau cùng)',
    datasetNone: '— Không dùng —',
    noUploads: 'Chưa có bộ dữ liệu nào được tải lên.',
    submit: 'Kiểm tra văn bản',
    checking: 'Đang kiểm tra…',
    emptyInput: 'Hãy dán văn bản hoặc chọn một tệp .txt, .docx hay .pdf.',
    networkError: 'Không gửi được văn bản tới máy chủ. Hãy kiểm tra kết nối rồi thử lại.',
    editAgain: 'Sửa văn bản hoặc kiểm tra văn bản khác',
    resultsTitle: 'Kết quả',
    summary: (claims: number, compared: number) => `${claims} số liệu, trong đó ${compared} nhận định có phép so sánh`,
    readFrom: (name: string | null, format: string, chars: string) =>
      name === null ? `Văn bản dán vào, ${chars} ký tự` : `Tệp ${name} (${format}), ${chars} ký tự`,
    searched: (labels: string) => `Giá trị còn thiếu được tra theo thứ tự: văn bản, ${labels}.`,
    searchedTextOnly: 'Giá trị còn thiếu chỉ được tra trong văn bản.',
    toPanel: 'Đến danh sách kết quả',
    documentTitle: 'Văn bản đã đánh dấu',
    documentHint: 'Mỗi số liệu được tô màu theo kết quả; đưa chuột hoặc dùng phím Tab tới một chỗ đánh dấu để xem phép tính.',
    showValues: 'Đánh dấu cả số liệu không có phép so sánh',
    legend: 'Chú giải',
    panelTitle: 'Phát hiện',
    checksTitle: 'Kiểm tra nhất quán',
    checksNone: 'Không thấy mâu thuẫn giữa các số liệu trong văn bản.',
    findingsTitle: 'Nhận định, nặng nhất trước',
    findingsNone: 'Văn bản không có nhận định so sánh nào.',
    goTo: 'Xem trong văn bản',
    noIndicator: '(không rõ chỉ tiêu)',
    exportTitle: 'Xuất kết quả',
    delimiter: 'Dấu phân cách',
    delimiterSemicolon: 'Chấm phẩy ; (Excel tiếng Việt)',
    delimiterComma: 'Phẩy ,',
    download: 'Tải CSV',
    fileTitle: 'soat-so-van-ban',
    originText: 'trong văn bản',
    originTables: 'bảng kèm theo',
    originUpload: 'dữ liệu tải lên',
    from: 'Gốc',
    to: 'So sánh',
    comparedWith: 'so với',
    page: (n: number) => `trang ${new Intl.NumberFormat('vi-VN').format(n)}`,
    pageBreak: (n: number) => `Trang ${new Intl.NumberFormat('vi-VN').format(n)}`,
    pagesRead: (n: string) => `${n} trang`,
    tablesTitle: 'Bảng số liệu trong tài liệu',
    tablesHint: 'Các bảng trong tệp được đọc như bảng tải lên: mỗi dòng có so sánh được tính lại theo tên chỉ tiêu của bảng.',
    tableName: (n: number) => `Bảng ${new Intl.NumberFormat('vi-VN').format(n)}`,
    tableIndicator: 'Chỉ tiêu',
    tableClaim: 'Nhận định',
    tableVerdict: 'Kết quả',
    tableMessage: 'Cách tính',
    tableNoClaims: 'Bảng không có dòng so sánh nào để kiểm tra.',
  },
  en: {
    pageTitle: 'Check the figures in a text',
    intro:
      'Paste a report or choose a .txt, .docx or .pdf file. Every comparison is found and recomputed: first from the values the text itself prints, then from the bundled tables and an uploaded dataset. The text is processed on this server only and is not stored.',
    formTitle: 'Text to check',
    textLabel: 'Paste the report text',
    textHint: 'Text copied from a PDF is fine: wrapped lines and page numbers are joined and dropped.',
    fileLabel: 'or choose a file (.txt, .docx, .pdf)',
    fileHint: 'A UTF-8 or UTF-16 .txt file, a Word .docx, or a PDF with a text layer (not a scanned image). When a file is chosen, the pasted text is ignored.',
    clearFile: 'Remove the chosen file',
    sourcesLegend: 'Compare with',
    bundledLabel: (title: string) => `The bundled tables (${title})`,
    datasetLabel: 'An uploaded dataset (searched last)',
    datasetNone: '— None —',
    noUploads: 'No dataset has been uploaded yet.',
    submit: 'Check the text',
    checking: 'Checking…',
    emptyInput: 'Paste some text or choose a .txt, .docx or .pdf file.',
    networkError: 'The text could not be sent to the server. Check the connection and try again.',
    editAgain: 'Edit the text or check another one',
    resultsTitle: 'Results',
    summary: (claims: number, compared: number) => `${claims} figures, ${compared} of them comparisons`,
    readFrom: (name: string | null, format: string, chars: string) =>
      name === null ? `Pasted text, ${chars} characters` : `File ${name} (${format}), ${chars} characters`,
    searched: (labels: string) => `Missing values were looked up in this order: the text, ${labels}.`,
    searchedTextOnly: 'Missing values were looked up in the text only.',
    toPanel: 'Go to the list of findings',
    documentTitle: 'The text, marked',
    documentHint: 'Each figure is coloured by its result; hover or Tab to a mark to see the arithmetic.',
    showValues: 'Also mark figures that compare nothing',
    legend: 'Legend',
    panelTitle: 'Findings',
    checksTitle: 'Consistency checks',
    checksNone: 'No contradictions between the figures of the text.',
    findingsTitle: 'Claims, worst first',
    findingsNone: 'The text makes no comparison.',
    goTo: 'Show in the text',
    noIndicator: '(indicator unknown)',
    exportTitle: 'Export',
    delimiter: 'Delimiter',
    delimiterSemicolon: 'Semicolon ; (Vietnamese Excel)',
    delimiterComma: 'Comma ,',
    download: 'Download CSV',
    fileTitle: 'soat-so-text',
    originText: 'in the text',
    originTables: 'bundled tables',
    originUpload: 'uploaded data',
    from: 'Base',
    to: 'Compared',
    comparedWith: 'vs',
    page: (n: number) => `page ${new Intl.NumberFormat('en-GB').format(n)}`,
    pageBreak: (n: number) => `Page ${new Intl.NumberFormat('en-GB').format(n)}`,
    pagesRead: (n: string) => `${n} pages`,
    tablesTitle: 'Tables in the document',
    tablesHint: 'The tables of the file are read like uploaded tables: every row that compares is recomputed under the indicator names of its table.',
    tableName: (n: number) => `Table ${new Intl.NumberFormat('en-GB').format(n)}`,
    tableIndicator: 'Indicator',
    tableClaim: 'Claim',
    tableVerdict: 'Verdict',
    tableMessage: 'Arithmetic',
    tableNoClaims: 'The table has no comparison to check.',
  },
};


/** CSV column headers and row kinds, per language. */
export interface ProseExportStrings {
  readonly no: string;
  readonly finding: string;
  readonly claimRow: string;
  readonly checkRow: string;
  readonly result: string;
  readonly code: string;
  readonly indicator: string;
  readonly text: string;
  readonly years: string;
  readonly compareTo: string;
  readonly computed: string;
  readonly message: string;
  readonly from: string;
  readonly to: string;
  readonly position: string;
}

export const PROSE_EXPORT_STRINGS: Readonly<Record<Lang, ProseExportStrings>> = {
  vi: {
    no: 'STT',
    finding: 'Loại phát hiện',
    claimRow: 'Nhận định',
    checkRow: 'Kiểm tra nhất quán',
    result: 'Kết quả',
    code: 'Mã kết quả',
    indicator: 'Chỉ tiêu',
    text: 'Đoạn trích',
    years: 'Năm',
    compareTo: 'So với',
    computed: 'Tính lại',
    message: 'Giải thích',
    from: 'Giá trị gốc',
    to: 'Giá trị so sánh',
    position: 'Vị trí (ký tự)',
  },
  en: {
    no: 'No.',
    finding: 'Finding',
    claimRow: 'Claim',
    checkRow: 'Consistency check',
    result: 'Result',
    code: 'Code',
    indicator: 'Indicator',
    text: 'Excerpt',
    years: 'Years',
    compareTo: 'Compared with',
    computed: 'Recomputed',
    message: 'Explanation',
    from: 'Base value',
    to: 'Compared value',
    position: 'Position (character)',
  },
};
